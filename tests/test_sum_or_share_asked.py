""""Bao nhiêu kinh phí / học phí / vốn …" asks a sum of money OR a share of it: a directive very often states such a
sum as a part of the whole ("hỗ trợ 70% kinh phí", "giảm 50% học phí"), and that line answers — not a line stating
money of another subject, nor a note that no sum is stated. A sum in money still answers ("bổ sung 9 tỷ đồng vốn").
The plan, the notice and the wordings are this file's own, invented."""
from __future__ import annotations

from bot.answer.question import MONEY, PERCENT, classify
from tests.helpers import assistant_fixture
from troly.texts import t

_PLAN = """ỦY BAN NHÂN DÂN HUYỆN KHE SANH
Số: 27/KH-UBND
Khe Sanh, ngày 12 tháng 2 năm 2027

KẾ HOẠCH
Đào tạo nghề cho lao động nông thôn huyện Khe Sanh năm 2027

I. CHÍNH SÁCH HỖ TRỢ
1. Ngân sách huyện hỗ trợ 60% kinh phí đào tạo nghề cho lao động thuộc hộ cận nghèo; người học tự chi trả phần
còn lại.
2. Lao động thuộc hộ nghèo được hỗ trợ tiền đi lại 20.000 đồng/ngày thực học.
3. Quỹ hỗ trợ nông dân huyện được bổ sung 9 tỷ đồng vốn cho vay học nghề.

II. HỌC PHÍ
1. Học viên là người khuyết tật được giảm 40% học phí các lớp nghề dài hạn.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Lao động - Thương binh và Xã hội chủ trì mở 10 lớp đào tạo nghề.
"""

plan = assistant_fixture("kh27-dao-tao-nghe.txt", _PLAN)


def test_a_sum_measured_in_money_may_be_asked_as_a_share():
    for question in ("Huyện hỗ trợ bao nhiêu kinh phí đào tạo nghề?",
                     "Học viên khuyết tật được giảm bao nhiêu học phí?"):
        assert {MONEY, PERCENT} <= set(classify(question).strict), question
    assert classify("Mỗi người được hỗ trợ bao nhiêu tiền?").strict == [MONEY]


def test_a_share_of_the_sum_answers_before_money_of_another_subject(plan):
    answer = plan.ask("Ngân sách huyện hỗ trợ bao nhiêu kinh phí đào tạo nghề cho lao động hộ cận nghèo?")
    first = answer.answer.split("\n")[0]
    assert answer.found and "60%" in first and "20.000" not in first, answer.answer


def test_a_share_is_no_sum_left_unstated(plan):
    answer = plan.ask("Học viên khuyết tật được giảm bao nhiêu học phí?")
    assert answer.found and "40%" in answer.answer, answer.answer
    assert t("abstain.money") not in answer.answer, answer.answer


def test_a_sum_in_money_still_answers(plan):
    answer = plan.ask("Quỹ hỗ trợ nông dân huyện được bổ sung bao nhiêu vốn cho vay học nghề?")
    assert answer.found and "9 tỷ đồng" in answer.answer, answer.answer
