"""A fee asked by the word naming its kind ("lệ phí", "phí": money, as "kinh phí", "chi phí") is asked of what follows
it: "Lệ phí dự tuyển là bao nhiêu?" is answered by a notice stating "Phí dự tuyển … 300.000 đồng", which never writes
"lệ phí"; a fee for something the notice never speaks of is still not answered with another fee.
Invented document: a vocational school's notice of a recruitment exam."""
from __future__ import annotations

import pytest

from bot.answer.question import asked_head
from tests.helpers import assistant_fixture

NOTICE = ("TRƯỜNG TRUNG CẤP NGHỀ BẮC SƠN\nSố: 41/TB-TCN\nLạng Sơn, ngày 02 tháng 4 năm 2027\n\n"
          "THÔNG BÁO\nTuyển dụng giáo viên năm 2027\n\n"
          "I. SỐ LƯỢNG VÀ VỊ TRÍ\nTrường tuyển 06 giáo viên dạy nghề điện công nghiệp và cơ khí.\n\n"
          "II. HỒ SƠ\nThí sinh nộp hồ sơ tại Phòng Tổ chức - Hành chính từ ngày 10/4/2027 đến ngày 10/5/2027.\n\n"
          "III. PHÍ DỰ TUYỂN\n1. Phí dự tuyển là 300.000 đồng/thí sinh, nộp cùng hồ sơ.\n"
          "2. Thí sinh đã nộp phí nhưng không dự thi không được hoàn lại.\n\n"
          "IV. THỜI GIAN THI\nThi thực hành ngày 05/6/2027 tại xưởng của Trường.\n\n"
          "HIỆU TRƯỞNG\n\nNông Văn Thắng\n")

school = assistant_fixture("tb41_tuyen_dung.txt", NOTICE)


# Before, "lệ phí" was read as the noun the amount is of; the notice says "phí dự tuyển", and the fee went unanswered.
@pytest.mark.parametrize("question", ["Lệ phí dự tuyển là bao nhiêu?", "Phí dự tuyển là bao nhiêu tiền?"])
def test_a_fee_asked_by_its_kind_is_given(school, question):
    answer = school.ask(question)
    assert answer.found and "300.000 đồng" in answer.answer, answer.answer


def test_a_fee_of_something_unsaid_is_not_given(school):
    answer = school.ask("Lệ phí phúc khảo bài thi là bao nhiêu?")
    assert not answer.found, answer.answer


def test_the_fee_word_names_the_kind_of_amount():
    assert asked_head("Lệ phí dự tuyển là bao nhiêu?") == ("dự", "tuyển")
    assert asked_head("Phí dự tuyển là bao nhiêu?") == ("dự", "tuyển")
    assert asked_head("Học phí là bao nhiêu?") == ("học", "phí")
