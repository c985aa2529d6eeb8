"""A measure the question names by its spoken unit is stated with the unit's symbol ("mấy độ" of "15°C", "bao nhiêu
mét" of "150m"), a substance asked how much of is stated in a unit of mass ("bao nhiêu thức ăn xanh" of "50 kg"), and
"quyết định số mấy", "mẫu số mấy" ask the number a text or a form is filed under, which the line naming it states: each
was answered "không đề cập con số cụ thể" while the line stood first (new-user trial of session 51, the o part). And a
number of hours bounded or of a rate ("tối thiểu 10 giờ mỗi ngày") is no time of day asked by "mấy giờ", and "10 tiếng"
is a value of hours a range of them may hold (tuning questions' misses). The decision and the wordings are this file's
own, invented."""
from __future__ import annotations

from bot.answer.question import CLOCK, NUMBER, REFERENCE, classify, counts_any, measured, measured_in, states
from tests.helpers import assistant_fixture
from troly.texts import t
from troly.vntext import unaccented

_DECISION = """ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
Số: 31/2028/QĐ-UBND
Yên Bái, ngày 20 tháng 10 năm 2028

QUYẾT ĐỊNH
Ban hành Quy định nuôi cá lồng trên hồ Thác Bà mùa đông năm 2028

Điều 1. Quy định nuôi cá lồng mùa đông
1. Khi nhiệt độ nước hồ xuống dưới 15°C, hộ nuôi cá lồng ngừng cho cá ăn thức ăn công nghiệp.
2. Mỗi lồng nuôi dự trữ thức ăn xanh tối thiểu 50 kg trước ngày 01 tháng 12 năm 2028.
3. Lồng nuôi đặt cách bến đò tối thiểu 150m.
4. Ban quản lý hồ tổ chức tập huấn kỹ thuật nuôi cá cho các hộ ven hồ.
5. Trạm kiểm soát thuyền ven hồ làm việc tối thiểu 10 giờ mỗi ngày.
6. Thuyền chở thức ăn chỉ được ra vào khu lồng nuôi trước 19 giờ.
7. Hộ nuôi hủy lịch kiểm dịch cá giống trước từ 06 giờ đến dưới 24 giờ được hoàn 50% phí kiểm dịch; trước từ 24 giờ trở
lên được hoàn 100% phí kiểm dịch.
8. Hồ sơ đăng ký nuôi cá lồng gồm đơn đăng ký theo mẫu số 03/ĐK-CL và bản sao giấy tờ về quyền sử dụng mặt nước.

Điều 2. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày 01 tháng 11 năm 2028 và thay thế Quyết định số 09/2022/QĐ-UBND ngày 14 tháng 3
năm 2022 của Ủy ban nhân dân tỉnh.
"""

decision = assistant_fixture("qd31-ca-long-thac-ba.txt", _DECISION)


def _first(answer) -> str:
    return answer.answer.split("\n")[0]


def test_a_temperature_asked_in_degrees_is_given_by_its_symbol(decision):
    assert counts_any(measured_in("Dưới mấy độ thì ngừng cho cá ăn?"), "nước xuống dưới 15°C")
    assert counts_any(measured_in("dưới bao nhiêu độ"), "dưới 15 độ C")
    assert not counts_any(measured_in("dưới bao nhiêu độ"), "Điều 12 do Sở Nông nghiệp chủ trì")
    for question in ("Nước hồ xuống dưới mấy độ thì phải ngừng cho cá lồng ăn thức ăn công nghiệp?",
                     unaccented("Nước hồ xuống dưới bao nhiêu độ thì ngừng cho cá lồng ăn thức ăn công nghiệp?")):
        answer = decision.ask(question)
        assert answer.found and "15°C" in _first(answer), (question, answer.answer)
        assert t("abstain.number") not in answer.answer


def test_a_length_written_unspaced_after_its_figure_answers_how_many_metres(decision):
    assert counts_any(measured_in("cách bao nhiêu mét"), "cách bến đò tối thiểu 150m")
    answer = decision.ask("Lồng nuôi cá phải đặt cách bến đò tối thiểu bao nhiêu mét?")
    assert answer.found and "150m" in _first(answer), answer.answer


def test_feed_asked_how_much_of_is_given_in_a_unit_of_mass(decision):
    for question in ("Mỗi lồng nuôi phải dự trữ bao nhiêu thức ăn xanh?",
                     unaccented("Mỗi lồng nuôi phải dự trữ bao nhiêu thức ăn xanh?")):
        answer = decision.ask(question)
        assert answer.found and "50 kg" in _first(answer), (question, answer.answer)


def test_a_text_s_number_asked_is_stated_by_the_line_naming_that_text(decision):
    assert classify("Quyết định này thay thế quyết định số mấy?").strict == [REFERENCE]
    assert classify("công văn đó có số hiệu là gì").strict == [REFERENCE]
    assert classify("Có bao nhiêu quyết định được ban hành?").strict == [NUMBER]  # a count of texts, no number
    for question in ("Quy định nuôi cá lồng hồ Thác Bà thay thế quyết định số mấy?",
                     unaccented("Quy định nuôi cá lồng hồ Thác Bà thay thế quyết định số bao nhiêu?")):
        answer = decision.ask(question)
        assert answer.found and "09/2022/QĐ-UBND" in _first(answer), (question, answer.answer)
        assert t("abstain.number") not in answer.answer


def test_a_form_s_number_asked_is_stated_by_the_line_naming_the_form(decision):
    assert classify("Đơn đăng ký theo mẫu số mấy?").strict == [REFERENCE]
    answer = decision.ask("Đơn đăng ký nuôi cá lồng làm theo mẫu số mấy?")
    assert answer.found and "03/ĐK-CL" in _first(answer), answer.answer


def test_a_number_of_hours_bounded_or_of_a_rate_is_no_time_of_day(decision):
    assert not states(CLOCK, "làm việc tối thiểu 10 giờ mỗi ngày")
    assert not states(CLOCK, "không quá 4 giờ") and not states(CLOCK, "40 giờ/tuần")
    assert states(CLOCK, "ra vào khu lồng nuôi trước 19 giờ") and states(CLOCK, "lúc 7h30")
    answer = decision.ask("Thuyền chở thức ăn được ra vào khu lồng nuôi đến mấy giờ?")
    assert answer.found and "19 giờ" in _first(answer), answer.answer
    assert "10 giờ mỗi ngày" not in _first(answer), answer.answer


def test_hours_said_as_tieng_are_a_value_within_a_range_of_hours(decision):
    assert measured("Hủy trước 10 tiếng thì sao?") == {"10"}
    answer = decision.ask("Hủy lịch kiểm dịch cá giống trước 10 tiếng thì được hoàn bao nhiêu %?")
    assert answer.found and "50%" in _first(answer), answer.answer
