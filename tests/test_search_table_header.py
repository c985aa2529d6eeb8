"""A question worded in a table's column names finds the rows that state the figures, not the header row naming the
columns (which every row carries as its context, and which states no figure). The plan is this file's own, invented."""
from __future__ import annotations

from ingest.chunker import is_header_row
from tests.helpers import assistant_fixture

_PLAN = "\n\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ LAM\nSố: 31/KH-LĐLĐ\nHà Lam, ngày 05 tháng 01 năm 2027",
    "KẾ HOẠCH\nPhát triển đoàn viên năm 2027",
    "I. MỤC ĐÍCH\nTăng số đoàn viên công đoàn trong các doanh nghiệp ngoài nhà nước.",
    "II. CHỈ TIÊU",
    "| STT | Đơn vị | Chỉ tiêu kết nạp đoàn viên mới năm 2027 | Chỉ tiêu thành lập công đoàn cơ sở |\n"
    "|---|---|---|---|\n"
    "| 1 | Liên đoàn Lao động huyện Sông Mây | 450 | 6 |\n"
    "| 2 | Liên đoàn Lao động huyện Đồi Cát | 380 | 5 |\n"
    "| 3 | Công đoàn các khu công nghiệp | 1.200 | 12 |",
    "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị báo cáo kết quả về Ban Tổ chức trước ngày 15 tháng 12 năm 2027.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn Bình\n"])

plan = assistant_fixture("kh-phat-trien-doan-vien-halam.txt", _PLAN)


def test_a_question_in_the_column_names_is_answered_by_a_row(plan):
    top = plan.searcher.search("Chỉ tiêu kết nạp đoàn viên mới và thành lập công đoàn cơ sở năm 2027 là bao nhiêu?",
                               k=4)
    assert top[0].text.startswith("|") and not top[0].text.startswith("| STT"), [p.text for p in top]


def test_only_the_header_row_is_one():
    header = "| STT | Đơn vị | Chỉ tiêu |"
    assert is_header_row(header, "paragraph", "")
    assert is_header_row(header, "paragraph", "II. CHỈ TIÊU")  # a lead-in above the table is no header row
    assert not is_header_row("| 1 | Huyện Sông Mây | 450 |", "paragraph", "STT | Đơn vị | Chỉ tiêu")
    assert not is_header_row("| 1 | Huyện Sông Mây | 450 |", "data_row", "")  # a table with no header row
    assert not is_header_row("Chỉ tiêu năm 2027:", "paragraph", "")
