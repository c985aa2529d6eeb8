"""A quantity the question states ("350 công nhân", "80 km", "con 20 tháng tuổi") is placed in the ranges a document's
lines set on its unit: the line whose range holds it answers, though it never writes the figure; an amount paid "thêm"
is summed with the one it adds to. Invented document and wordings, this file's own: a company union's rules on its
inspection board, travel allowance and shift meals."""
from __future__ import annotations

import pytest

from bot.answer.abstain import naming_phrase
from bot.answer.composer import make_query
from bot.answer.lexicon import Lexicon
from tests.helpers import assistant_fixture, first_line

_RULES = ("CÔNG ĐOÀN CÔNG TY TNHH CƠ KHÍ HƯNG THỊNH\nSố: 04/QĐ-CĐ\nHưng Thịnh, ngày 02 tháng 4 năm 2027\n\n"
          "QUYẾT ĐỊNH\nBan hành quy định chi hỗ trợ và tổ chức Ban Thanh tra nhân dân năm 2027\n\n"
          "Điều 1. Số lượng thành viên Ban Thanh tra nhân dân theo số công nhân của đơn vị:\n"
          "a) Đơn vị có dưới 100 công nhân: 03 thành viên;\n"
          "b) Đơn vị có từ 100 đến dưới 1.000 công nhân: 05 thành viên;\n"
          "c) Đơn vị có từ 1.000 công nhân trở lên: 07 thành viên.\n\n"
          "Điều 2. Đoàn viên đi điều trị tại bệnh viện cách nơi cư trú trên 50 km được hỗ trợ tiền xe 150.000 "
          "đồng/lượt.\n\n"
          "Điều 3. Mức hỗ trợ tiền ăn ca\n"
          "1. Công nhân làm ca đêm: 40.000 đồng/ca.\n"
          "2. Công nhân làm ca ngày: 25.000 đồng/ca.\n"
          "3. Công nhân đang nuôi con dưới 36 tháng tuổi được hỗ trợ thêm 10.000 đồng/ca ngoài mức quy định tại khoản 1 "
          "hoặc khoản 2 Điều này.\n\n"
          "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nTrần Văn Lộc\n")

assistant = assistant_fixture("qd04_ho_tro.txt", _RULES)


@pytest.mark.parametrize("question, said, not_said", [
    ("Công ty có 350 công nhân thì Ban Thanh tra nhân dân có mấy thành viên?", "05 thành viên", "07 thành viên"),
    ("don vi 1500 cong nhan bau bao nhieu thanh vien ban thanh tra nhan dan", "07 thành viên", "05 thành viên"),
    ("Đơn vị có 60 công nhân thì Ban Thanh tra nhân dân gồm bao nhiêu thành viên?", "03 thành viên", "05 thành viên"),
])
def test_the_line_whose_range_holds_the_count_answers(assistant, question, said, not_said):
    answer = assistant.ask(question)
    assert answer.found and said in first_line(answer) and not_said not in answer.answer, answer.answer


def test_a_distance_beyond_the_bound_is_answered_yes(assistant):
    answer = assistant.ask("Đoàn viên đi viện cách nhà 80 km có được hỗ trợ tiền xe không?")
    assert answer.found and first_line(answer).startswith("Có.") and "150.000" in first_line(answer), answer.answer


def test_an_amount_paid_in_addition_is_summed_with_the_case_asked(assistant):
    answer = assistant.ask("Công nhân làm ca đêm, nuôi con 20 tháng tuổi được hỗ trợ tiền ăn ca tổng cộng bao nhiêu?")
    assert answer.found and "50.000" in first_line(answer), answer.answer
    assert "40.000" in answer.answer and "10.000" in answer.answer and "25.000" not in answer.answer, answer.answer


def test_a_count_no_line_answers_is_not_answered_by_a_range_on_another_matter(assistant):
    answer = assistant.ask("Công ty có 350 công nhân tổ chức hội nghị người lao động vào tháng mấy?")
    assert not answer.found and "05 thành viên" not in first_line(answer), answer.answer


# Before, a count no quote held was said with the word before it: "… không đề cập nội dung này cho có 120."; a day
# typed without its year by its day alone ("cho ngày 25"), a place by its marker alone ("cho thứ 13").
@pytest.mark.parametrize("question, said", [("CĐCS có 120 đoàn viên được bầu bao nhiêu ủy viên?", "120 đoàn viên"),
                                            ("Đến năm 2045 tỷ lệ đoàn viên là bao nhiêu?", "năm 2045"),
                                            ("Lịch trực ngày 25/01 có những ai?", "ngày 25/01"),
                                            ("Đại hội lần thứ 13 diễn ra ở đâu?", "lần thứ 13")])
def test_a_number_missing_is_said_with_what_it_names(question, said):
    assert naming_phrase(make_query(question, Lexicon())) == said
