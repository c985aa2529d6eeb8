""""Bao nhiêu" answered by the line search ranks first, whatever unit it writes its figure in: a table cell's unit in
its column's header ("Số tiền còn nợ (đồng)"), a percentage placed in the range a decision pays by, a count written
with another noun counting the same ("ủy viên" / "đồng chí", "căn" / "nhà", "13/15 ủy viên"). A yes or no claiming
another share, number of times, place or count is told "Không." with the line. Words naming the document itself
("… thực hiện nghị quyết này") are which document, not what the line must hold. Invented documents, worded apart
from any trial's: a provincial education union's notice of dues owed, its decision paying members hurt at work, and
a conference's resolution."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture

NOTICE = ("CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH PHÚ YÊN\n\nSố: 77/TB-CĐN\n\nPhú Yên, ngày 05 tháng 12 năm 2027\n\n"
          "# THÔNG BÁO\n\nKết quả thu kinh phí công đoàn năm 2027\n\n"
          "Ban Thường vụ Công đoàn ngành thông báo số kinh phí công đoàn các đơn vị còn nợ như sau:\n\n"
          "| TT | Đơn vị | Số tiền còn nợ (đồng) | Tỷ lệ đã nộp (%) |\n|---|---|---|---|\n"
          "| 1 | CĐCS Trường THPT Lê Trung Kiên | 18.500.000 | 62 |\n"
          "| 2 | CĐCS Trường THCS Hòa Vinh | 7.200.000 | 85 |\n\n"
          "Đề nghị các đơn vị nộp đủ trước ngày 25/12/2027.\n\n"
          "TM. BAN THƯỜNG VỤ\n\nCHỦ TỊCH\n\nLê Văn Hậu\n")

DECISION = ("CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH PHÚ YÊN\nSố: 81/QĐ-CĐN\nPhú Yên, ngày 10 tháng 12 năm 2027\n\n"
            "QUYẾT ĐỊNH\nVề việc trợ cấp đoàn viên bị tai nạn lao động\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Mức trợ cấp\n"
            "1. Đoàn viên bị tai nạn lao động được trợ cấp theo tỷ lệ suy giảm khả năng lao động như sau:\n"
            "a) Suy giảm khả năng lao động dưới 21%: 1.500.000 đồng;\n"
            "b) Suy giảm khả năng lao động từ 21% đến dưới 61%: 3.000.000 đồng;\n"
            "c) Suy giảm khả năng lao động từ 61% trở lên: 6.000.000 đồng.\n"
            "2. Mỗi đoàn viên được trợ cấp không quá 03 lần trong một năm.\n\n"
            "Điều 2. Kinh phí trợ cấp chi từ quỹ xã hội của Công đoàn ngành.\n\n"
            "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Văn Hậu\n")

RESOLUTION = ("CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH PHÚ YÊN\nSố: 03/NQ-HN\nPhú Yên, ngày 15 tháng 12 năm 2027\n\n"
              "NGHỊ QUYẾT\nHội nghị Ban Chấp hành lần thứ tư\n\n"
              "1. Có mặt 13/15 ủy viên Ban Chấp hành; vắng 02 đồng chí có lý do.\n"
              "2. Hội nghị đã bầu bổ sung Ủy ban Kiểm tra gồm 05 đồng chí.\n"
              "3. Năm 2028 xây dựng 04 nhà tình nghĩa cho nhà giáo khó khăn về nhà ở.\n"
              "4. Hội thao nhà giáo năm 2028 tổ chức vào tháng 4/2028 tại Khánh Hòa.\n"
              "5. Đoàn phí công đoàn thu bằng 1% tiền lương làm căn cứ đóng bảo hiểm xã hội.\n"
              "6. Ủy ban Kiểm tra kiểm tra tài chính các công đoàn cơ sở mỗi năm 02 lần.\n"
              "7. Văn phòng Công đoàn ngành theo dõi, đôn đốc, tổng hợp tình hình và báo cáo Thường trực trước "
              "ngày 20/12/2028.\n\n"
              "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nLê Văn Hậu\n")

union = assistant_fixture("tb77_no_kinh_phi.md", NOTICE, ("qd81_tro_cap.txt", DECISION),
                          ("nq03_hoi_nghi.txt", RESOLUTION))


def _first(answer) -> str:
    return answer.answer.split("\n")[0]


# Before: the row's amount had no money unit beside it ("| 7.200.000 |": the unit is in the column's header) and the
# question was said to have no amount stated; the percentage column the same for "bao nhiêu phần trăm".
@pytest.mark.parametrize("question, figure", [("CĐCS Trường THCS Hòa Vinh còn nợ bao nhiêu tiền?", "7.200.000"),
                                              ("Trường THPT Lê Trung Kiên đã nộp được bao nhiêu phần trăm?", "62")])
def test_a_cell_is_read_in_its_columns_unit(union, question, figure):
    answer = union.ask(question)
    assert answer.found and figure in _first(answer), answer.answer


# Before: "45%" was no quantity (a figure followed by letters was), so b) was never placed; the refusal then echoed
# the word before the number as if it were its unit.
def test_a_percentage_is_placed_in_the_range_holding_it(union):
    answer = union.ask("Đoàn viên suy giảm khả năng lao động 45% được trợ cấp bao nhiêu?")
    assert answer.found and "3.000.000" in _first(answer) and "1.500.000" not in _first(answer), answer.answer


# Before: each was "không đề cập con số cụ thể": the count's noun in the line differs from the question's.
@pytest.mark.parametrize("question, count", [("Hội nghị bầu bổ sung bao nhiêu ủy viên Ủy ban Kiểm tra?", "05 đồng chí"),
                                             ("Năm 2028 có bao nhiêu căn được xây cho nhà giáo khó khăn?", "04 nhà"),
                                             ("Có bao nhiêu ủy viên Ban Chấp hành có mặt tại hội nghị?", "13/15")])
def test_a_count_written_with_another_counting_noun_answers(union, question, count):
    answer = union.ask(question)
    assert answer.found and count in _first(answer), answer.answer


# Before: the line was quoted with no "Không." (only days and money were compared), or the question was refused
# although its top line denies the claim. Denied, the answer opens "Không." or says what the line states instead
# ("Không, văn bản ghi 02 lần.").
@pytest.mark.parametrize("question, line", [
    ("Đoàn phí công đoàn thu bằng 2% tiền lương đúng không?", "1% tiền lương"),
    ("Ủy ban Kiểm tra kiểm tra tài chính 4 lần một năm phải không?", "mỗi năm 02 lần"),
    ("Hội thao nhà giáo năm 2028 tổ chức ở Hà Nội phải không?", "tại Khánh Hòa"),
    ("Hội nghị bầu bổ sung 7 ủy viên Ủy ban Kiểm tra đúng không?", "05 đồng chí"),
    ("Đoàn viên bị tai nạn lao động 5 lần một năm có được trợ cấp cả 5 lần không?", "không quá 03 lần")])
def test_a_claim_the_line_states_otherwise_is_denied(union, question, line):
    answer = union.ask(question)
    first = _first(answer)
    assert answer.found and first.startswith(("Không.", "Không,")) and line in first, answer.answer


def test_a_claim_the_line_states_is_confirmed(union):
    answer = union.ask("Hội thao nhà giáo năm 2028 tổ chức ở Khánh Hòa phải không?")
    assert answer.found and _first(answer).startswith("Có."), answer.answer


# Before: "thực hiện nghị quyết này" counted as words the duty line must hold (it never names its own document so).
def test_words_naming_the_document_itself_are_no_content(union):
    answer = union.ask("Ai chịu trách nhiệm tổng hợp tình hình thực hiện nghị quyết này?")
    assert answer.found and "Văn phòng Công đoàn ngành" in _first(answer), answer.answer


# What the documents do not say is still not answered.
@pytest.mark.parametrize("question", ["Hội thao nhà giáo năm 2028 có giải thưởng bao nhiêu tiền?",
                                      "Có bao nhiêu ủy viên Ban Thường vụ được khen thưởng?"])
def test_what_no_line_says_is_still_not_answered(union, question):
    assert not union.ask(question).found
