"""The fact asked is in the line found, said another way than the question says it (r findings F1, F9; N2): a unit's
symbol for its spoken name ("mấy mét" of "4,5 m", "mấy khối" of "3 m3"), a substance measured in a unit ("bao nhiêu
nước sạch" of "dung tích tối thiểu 1,5 m3"), a share of the sum asked ("giảm bao nhiêu học phí" of "giảm 60% học
phí"), a definition ("thế nào thì được gọi là …" of "… là …"), a foreign word of a synonym group ("online" of "trực
tuyến"). Each was answered "not covered" while the line stood first. And a time of day is no length of time. The plan
and the wordings are this file's own, invented."""
from __future__ import annotations

from bot.answer.question import MONEY, PERCENT, classify
from tests.helpers import assistant_fixture
from troly.texts import t

_PLAN = """ỦY BAN NHÂN DÂN HUYỆN TÂN PHƯỚC
Số: 41/KH-UBND
Tân Phước, ngày 03 tháng 3 năm 2028

KẾ HOẠCH
Bảo đảm nước sinh hoạt và học tập mùa khô năm 2028 trên địa bàn huyện Tân Phước

I. GIẢI THÍCH TỪ NGỮ
Vùng lõi là xã có từ 30% số hộ gia đình không có nguồn nước ngọt dùng cho ăn uống trong 05 ngày liên tục trở lên.

II. NỘI DUNG THỰC HIỆN
1. Mỗi trạm cấp nước tập trung chủ động dự trữ nước sạch với dung tích tối thiểu 1,5 m3 trước ngày 15 tháng 4 năm 2028.
2. Ủy ban nhân dân huyện cấp cho mỗi trường tiểu học vùng nhiễm mặn 02 téc chứa nước loại 3 m3.
3. Đường ống dẫn nước vào khu dân cư được hỗ trợ khi hành lang thi công rộng tối thiểu 4,5 m.
4. Ủy ban nhân dân các xã kêu gọi người dân vùng lõi sử dụng nước tiết kiệm.
5. Lễ ra quân hưởng ứng mùa khô được tổ chức lúc 7 giờ 30 phút ngày 10 tháng 3 năm 2028 tại Nhà văn hóa huyện.

III. HỖ TRỢ HỌC SINH
1. Giảm 60% học phí đối với học sinh thuộc hộ thiếu nước sinh hoạt; giảm 40% học phí đối với học sinh là con của
người làm nghề muối.
2. Trường hợp nhà trường tổ chức dạy học trực tuyến thì thu bằng 80% mức học phí.
"""

plan = assistant_fixture("kh41-nuoc-sinh-hoat.txt", _PLAN)


def _first(answer) -> str:
    return answer.answer.split("\n")[0]


def test_a_unit_asked_by_its_spoken_name_is_given_by_its_symbol(plan):
    for question, said in (("Hành lang thi công đường ống phải rộng tối thiểu mấy mét mới được hỗ trợ?", "4,5 m"),
                           ("Trường tiểu học vùng nhiễm mặn được cấp téc nước mấy khối?", "3 m3")):
        answer = plan.ask(question)
        assert answer.found and said in _first(answer), (question, answer.answer)
        assert t("abstain.number") not in answer.answer, answer.answer


def test_a_substance_asked_how_much_of_is_given_in_a_unit_of_measure(plan):
    answer = plan.ask("Mỗi trạm cấp nước phải dự trữ tối thiểu bao nhiêu nước sạch?")
    assert answer.found and "1,5 m3" in _first(answer), answer.answer


def test_a_share_of_the_sum_asked_answers_how_much_of_it(plan):
    answer = plan.ask("Con của người làm nghề muối được giảm bao nhiêu học phí?")
    assert answer.found and "giảm 40% học phí" in answer.answer, answer.answer
    assert t("abstain.money") not in answer.answer, answer.answer
    # the question still asks money, not a percentage: a percentage question's words are read as before
    assert classify("Con của người làm nghề muối được giảm bao nhiêu học phí?").strict == [MONEY]
    assert classify("Học sinh được giảm bao nhiêu phần trăm học phí?").strict == [PERCENT]


def test_a_definition_asked_is_answered_by_the_line_defining_the_term(plan):
    for question in ("Thế nào thì được gọi là vùng lõi?", "Vùng lõi được hiểu như thế nào?"):
        answer = plan.ask(question)
        assert answer.found and "không có nguồn nước ngọt" in _first(answer), (question, answer.answer)
        assert "kêu gọi" not in _first(answer), (question, answer.answer)


def test_a_foreign_word_of_a_synonym_group_is_said_by_the_group_s_other_words(plan):
    answer = plan.ask("Học online thì học phí tính thế nào?")
    assert answer.found and "80% mức học phí" in _first(answer), answer.answer


def test_a_time_of_day_is_no_length_of_time(plan):
    answer = plan.ask("Lễ ra quân hưởng ứng mùa khô kéo dài bao lâu?")
    assert not (answer.found and "7 giờ 30 phút" in _first(answer) and not answer.nearest), answer.answer
