"""A table of figures asked which rows fall below or rise above what a column compares them with ("khoản nào giảm so
với cùng kỳ", "chỉ tiêu nào chưa đạt kế hoạch") is answered with those rows, each cited — not with the line on the
total beside the table; and a row spelling out what a common abbreviation stands for ("DN có vốn đầu tư nước
ngoài") is found by a question using it ("khu vực FDI"). The report and its figures are this file's own, invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture

_REPORT = "\n\n".join([
    "CHI CỤC THUẾ KHU VỰC SÔNG HINH\nSố: 118/BC-CCT\nPhú Yên, ngày 08 tháng 01 năm 2028",
    "BÁO CÁO\nKết quả thu ngân sách nhà nước năm 2027",
    "I. KẾT QUẢ THU NĂM 2027",
    "Tổng thu ngân sách nhà nước trên địa bàn năm 2027 đạt 1.240 tỷ đồng, bằng 103,3% dự toán và tăng 4,2% so với "
    "cùng kỳ năm 2026.",
    "Kết quả theo từng khoản thu như sau:",
    "| STT | Khoản thu | Dự toán 2027 (tỷ đồng) | Thực hiện 2027 (tỷ đồng) | So dự toán (%) | So cùng kỳ (%) |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | Thu từ DNNN trung ương | 120 | 131 | 109,2 | 104,0 |\n"
    "| 2 | Thu từ DN có vốn đầu tư nước ngoài | 90 | 84 | 93,3 | 97,7 |\n"
    "| 3 | Thu từ DN ngoài nhà nước | 410 | 452 | 110,2 | 108,9 |\n"
    "| 4 | Thuế bảo vệ môi trường | 150 | 147 | 98,0 | 101,4 |\n"
    "| 5 | Thu tiền thuê đất | 230 | 241 | 104,8 | 92,5 |\n"
    "| 6 | Phí, lệ phí | 200 | 185 | 92,5 | 103,1 |\n"
    "| | Tổng cộng | 1.200 | 1.240 | 103,3 | 104,2 |",
    "II. NHIỆM VỤ NĂM 2028\n1. Phấn đấu thu ngân sách vượt 5% dự toán được giao.",
    "Nơi nhận:\n- Cục Thuế tỉnh;\n- Lưu: VT.",
    "CHI CỤC TRƯỞNG\nNguyễn Văn Khải\n"])

report = assistant_fixture("bc118-thu-ngan-sach-2027.md", _REPORT)


def test_rows_below_last_year_are_answered_not_the_total(report):
    """"Which revenue fell on last year": the rows whose "So cùng kỳ (%)" is under 100, each cited; before, the line
    on the total (up 4,2%) was the answer."""
    answer = report.ask("Khoản thu nào năm 2027 bị giảm so với cùng kỳ năm 2026?")
    assert answer.found, answer.answer
    assert "DN có vốn đầu tư nước ngoài" in answer.answer and "Thu tiền thuê đất" in answer.answer, answer.answer
    for other in ("DNNN trung ương", "DN ngoài nhà nước", "bảo vệ môi trường", "Phí, lệ phí", "Tổng cộng"):
        assert other not in answer.answer, answer.answer
    assert len([c for c in answer.citations if c.spans]) == 2, answer.answer


def test_rows_not_below_last_year_are_the_others(report):
    """"Which did not fall": the rows at or over 100 in "So cùng kỳ (%)" — not the two that fell."""
    answer = report.ask("Khoản thu nào không giảm so với cùng kỳ năm 2026?")
    assert answer.found, answer.answer
    for kept in ("DNNN trung ương", "DN ngoài nhà nước", "bảo vệ môi trường", "Phí, lệ phí"):
        assert kept in answer.answer, answer.answer
    assert "DN có vốn đầu tư nước ngoài" not in answer.answer and "Thu tiền thuê đất" not in answer.answer, \
        answer.answer


def test_rows_short_of_the_estimate_are_read_from_the_column_named(report):
    """"Chưa đạt dự toán" names the "So dự toán (%)" column, not "So cùng kỳ (%)": the three rows under 100 there."""
    answer = report.ask("Những khoản thu nào chưa đạt dự toán năm 2027?")
    assert answer.found, answer.answer
    for short in ("DN có vốn đầu tư nước ngoài", "Thuế bảo vệ môi trường", "Phí, lệ phí"):
        assert short in answer.answer, answer.answer
    for other in ("Thu tiền thuê đất", "DN ngoài nhà nước", "DNNN trung ương"):
        assert other not in answer.answer, answer.answer


def test_a_row_spelling_out_an_abbreviation_is_found_by_it(report):
    """"khu vực FDI", "thu từ FDI" are the row "DN có vốn đầu tư nước ngoài": before, the line on the total was
    answered, or nothing was found."""
    for question in ("Khu vực FDI nộp ngân sách năm 2027 bao nhiêu?", "Số thu từ FDI năm 2027 so cùng kỳ bao nhiêu %?"):
        answer = report.ask(question)
        assert answer.found and "DN có vốn đầu tư nước ngoài" in answer.answer.splitlines()[0], answer.answer
