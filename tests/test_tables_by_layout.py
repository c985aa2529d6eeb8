"""Tables however a document lays them out, and the paragraph leading in to one (new-user trial of session 45, M3 and
M10; layout47): a table drawn in a .txt file with box borders ("+-----+" over "| Chỉ tiêu | Năm 2025 |") is read as
the same table typed in markdown — its border under the header ended the table there, and its rows were read with no
column's name; a table with one row a year holds rows of figures alone ("| 2025 | 1.318 | 12,4 |"), which answers
dropped as holding no word, though their header names every figure; a paragraph stating totals and ending "Kết quả
cụ thể:" before a table is cited for its totals, not the table's header row that carried it as its lead-in, and the
paragraphs after the table are not read as rows of it. The documents and wordings are this file's own."""
from __future__ import annotations

from ingest.box_tables import boxes_as_rows
from ingest.parse import parse_document
from tests.helpers import assistant_fixture

NOTICE = """ỦY BAN NHÂN DÂN
THÀNH PHỐ CẦN THƠ
Số: 77/TB-UBND
Cần Thơ, ngày 05 tháng 10 năm 2027

THÔNG BÁO
Kết luận về phát triển trạm sạc xe điện công cộng

I. ĐÁNH GIÁ CHUNG

Mạng lưới trạm sạc công cộng đã được mở rộng ở các phường trung tâm.

Số liệu qua các năm:

  +-------------------------------+----------+----------+----------+
  | Chỉ tiêu                      | Năm 2025 | Năm 2026 | Năm 2027 |
  +-------------------------------+----------+----------+----------+
  | Số trạm sạc công cộng (trạm)  |    12    |    35    |    58    |
  | Số cổng sạc nhanh (cổng)      |    20    |    64    |   110    |
  +-------------------------------+----------+----------+----------+

II. NHIỆM VỤ

1. Sở Công Thương rà soát quy hoạch điểm đặt trạm sạc, báo cáo trước ngày 15 tháng 12 năm 2027.
"""

REPORT = """# BÁO CÁO
## Kết quả cấp giấy phép xây dựng năm 2027 của huyện Châu Thành

#### 1. Kết quả cấp phép

Trong năm, toàn huyện đã cấp 2.418 giấy phép xây dựng, tăng 9,3% so với năm 2026; thời gian giải quyết bình quân 11 ngày làm việc. Tỷ lệ hồ sơ nộp qua mạng đạt 77,2% (năm 2026 đạt 61,5%). Kết quả cụ thể:

| STT | Loại công trình | Năm 2026 | Năm 2027 |
|---|---|---|---|
| 1 | Nhà ở riêng lẻ | 1.905 | 2.077 |
| 2 | Công trình công cộng | 307 | 341 |

Có 46 hồ sơ bị trả lại do bản vẽ thiết kế không đúng mẫu quy định.

#### 2. Kiểm tra trật tự xây dựng

| Năm | Số công trình được kiểm tra | Số công trình vi phạm | Tỷ lệ vi phạm (%) |
|---|---|---|---|
| 2025 | 640 | 71 | 11,1 |
| 2026 | 702 | 58 | 8,3 |
| 2027 | 755 | 49 | 6,5 |
"""

BUSES = """SỞ GIAO THÔNG VẬN TẢI TỈNH TRÀ VINH
Số: 415/SGTVT-QLVT
Trà Vinh, ngày 02 tháng 3 năm 2027

Về việc phân bổ xe đưa đón học sinh năm học 2027 - 2028

1. Số xe phân bổ cho các huyện

+----+--------------------+----------+----------+------------+
| TT | Địa phương         | Xe buýt  | Xe buýt  | Tài xế     |
|    |                    | 29 chỗ   | 45 chỗ   | (người)    |
+----+--------------------+----------+----------+------------+
| 1  | Huyện Cầu Kè       | 7        | 3        | 10         |
| 2  | Huyện Trà Cú       | 11       | 6        | 17         |
+----+--------------------+----------+----------+------------+
|    | Tổng cộng          | 18       | 9        | 27         |
+----+--------------------+----------+----------+------------+

2. Các huyện bố trí tài xế có giấy phép lái xe hạng D trở lên.
"""

assistant = assistant_fixture("tb-tram-sac-can-tho.txt", NOTICE, ("bc-giay-phep-chau-thanh.md", REPORT),
                              ("cv-xe-hoc-sinh-tra-vinh.txt", BUSES))


def test_a_box_table_is_read_as_a_markdown_table():
    rows = boxes_as_rows(NOTICE)
    assert "| Chỉ tiêu | Năm 2025 | Năm 2026 | Năm 2027 |" in rows, rows
    assert "+---" not in rows
    chunks = parse_document(NOTICE, "tb.txt").chunks
    row = next(c for c in chunks if c.text.startswith("| Số trạm sạc"))
    assert row.lead == "Chỉ tiêu | Năm 2025 | Năm 2026 | Năm 2027", row.lead  # read under its header, not as data


def test_a_box_table_header_wrapped_over_two_lines_names_each_column_whole():
    """Before, the header's second line ("|  | 29 chỗ | 45 chỗ | (người) |") was read as a row of data and both
    columns were named "Xe buýt": a row could not say which figure is which size of bus."""
    rows = boxes_as_rows(BUSES)
    assert "| TT | Địa phương | Xe buýt 29 chỗ | Xe buýt 45 chỗ | Tài xế (người) |" in rows, rows
    row = next(c for c in parse_document(BUSES, "cv.txt").chunks if "Trà Cú" in c.text)
    assert "Xe buýt 45 chỗ" in row.lead, row.lead


def test_a_cell_under_a_wrapped_header_is_answered_for_the_column_asked(assistant):
    answer = assistant.ask("Huyện Trà Cú được phân bổ bao nhiêu xe buýt 45 chỗ?")
    assert answer.found and "45 chỗ: 6" in answer.answer, answer.answer  # the figure under its column's whole name
    assert "Trà Cú" in answer.citations[0].passage.text, answer.citations[0].passage.text


def test_a_cell_of_a_box_table_is_answered_for_the_year_asked(assistant):
    answer = assistant.ask("Năm 2026 Cần Thơ có bao nhiêu trạm sạc công cộng?")
    assert answer.found and "35" in answer.answer, answer.answer
    assert answer.citations[0].passage.text.startswith("| Số trạm sạc"), answer.citations[0].passage.text


def test_a_row_of_figures_in_a_table_by_year_answers_its_year(assistant):
    answer = assistant.ask("Tỷ lệ công trình vi phạm trật tự xây dựng năm 2026 ở Châu Thành là bao nhiêu?")
    assert answer.found and "8,3" in answer.answer, answer.answer
    assert any(c.passage.text.startswith("| 2026 |") for c in answer.citations), [c.passage.text for c in
                                                                                  answer.citations]


def test_a_paragraph_leading_in_to_a_table_stays_its_own():
    chunks = parse_document(REPORT, "bc.md").chunks
    header = next(c for c in chunks if c.text.startswith("| STT"))
    assert not header.lead, header.lead  # the header row names columns; the paragraph is a passage of its own
    after = next(c for c in chunks if c.text.startswith("Có 46 hồ sơ"))
    assert not after.lead and not after.context, (after.lead, after.context)  # no row of the table above


def test_the_totals_before_a_table_are_cited_to_their_paragraph(assistant):
    answer = assistant.ask("Năm 2027 Châu Thành cấp bao nhiêu giấy phép xây dựng, tăng bao nhiêu phần trăm?")
    assert answer.found and "2.418" in answer.answer and "9,3%" in answer.answer, answer.answer
    assert answer.citations[0].passage.text.startswith("Trong năm, toàn huyện"), answer.citations[0].passage.text


TASKS = """CÔNG ĐOÀN TRƯỜNG THPT AN BÌNH
Số: 08/KH-CĐ
An Bình, ngày 10 tháng 01 năm 2027

KẾ HOẠCH
Công tác đoàn viên năm 2027

I. NHIỆM VỤ

Các việc cần làm:

  +--------------------------------+------------------+
  | Nội dung                       | Thời hạn         |
  +--------------------------------+------------------+
  | Rà soát danh sách đoàn viên    | Trước 15/3/2027  |
  | Tuyên truyền thường xuyên      |                  |
  | Tổng kết, báo cáo kết quả      | Trước 30/11/2027 |
  | công tác năm                   |                  |
  +--------------------------------+------------------+
"""


def test_a_task_with_no_deadline_in_a_box_table_is_a_row_of_its_own():
    """Before, a row with its deadline cell empty was read as the row above going on: "Rà soát danh sách đoàn viên
    Tuyên truyền thường xuyên" was one task due 15/3/2027 (review47 R6). A cell written over two lines ("… kết quả"
    / "công tác năm") is still one cell."""
    rows = boxes_as_rows(TASKS)
    assert "| Tuyên truyền thường xuyên |  |" in rows, rows
    assert "| Tổng kết, báo cáo kết quả công tác năm | Trước 30/11/2027 |" in rows, rows
    due = {o.quote: o.due["date"] for o in parse_document(TASKS, "kh.txt").obligations if o.due}
    assert due.get("Rà soát danh sách đoàn viên — Trước 15/3/2027") == "2027-03-15", due
    assert not any("Tuyên truyền" in quote for quote in due), due  # the ongoing task takes no other task's deadline
