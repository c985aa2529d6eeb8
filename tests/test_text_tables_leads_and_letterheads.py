"""What a table's lead-in says, tables typed in plain text, and what a letterhead and a title block name (n-part
tester of session 53, N3, N4, N11): a .txt table with a "---+---" rule under its header and no box was read as two
passages — its header, and every row glued to the rule — so a question about one row quoted the whole table; a
sentence stating a figure before the one leading in to a table ("Xã hiện có 4.215 hộ. Kết quả như sau:") was only
the rows' lead-in, never a passage, so the figure was never found; an issuer printed in capitals came out "Ủy Ban
nhân dân …"; the council's term under a resolution's title ("KHÓA IX, KỲ HỌP THỨ 5") stayed in the printed title;
the outline of a decision issuing rules listed the rules' articles, not the decision's own. The documents and
wordings are this file's own."""
from __future__ import annotations

from ingest.box_tables import boxes_as_rows
from ingest.parse import parse_document
from ingest.readers import read_html
from tests.helpers import assistant_fixture

FEES = """HỘI ĐỒNG NHÂN DÂN
TỈNH HẢI DƯƠNG
Số: 14/2027/NQ-HĐND
Hải Dương, ngày 08 tháng 7 năm 2027

NGHỊ QUYẾT
Quy định mức hỗ trợ tiền mua thẻ thư viện cho học sinh trên địa bàn tỉnh
HỘI ĐỒNG NHÂN DÂN TỈNH HẢI DƯƠNG
KHÓA IX, KỲ HỌP THỨ 5

Điều 1. Mức hỗ trợ

1. Mức hỗ trợ tính trên giá thẻ thư viện hằng năm, cụ thể như sau:

   TT  | Nhóm học sinh                     | Mức hỗ trợ
   ----+-----------------------------------+-----------
   1   | Học sinh thuộc hộ nghèo           | 70%
   2   | Học sinh khuyết tật               | 55%
   3   | Học sinh vùng đặc biệt khó khăn   | 40%

2. Học sinh thuộc nhiều nhóm chỉ được hưởng một mức hỗ trợ cao nhất.

Điều 2. Hiệu lực thi hành

Nghị quyết này có hiệu lực từ ngày 01 tháng 9 năm 2027.
"""

SPACED = """Bảng giá vé tham quan:

  Đối tượng            Giá vé
  -------------------+---------
  Người lớn            50.000 đồng
  Trẻ em               20.000 đồng
"""

WELLS = """<html><body>
<p>ỦY BAN NHÂN DÂN</p><p>XÃ TÂN PHÚ</p>
<p>Số: 31/KH-UBND</p><p>Tân Phú, ngày 02 tháng 3 năm 2027</p>
<p>KẾ HOẠCH</p><p>Cấp nước sạch cho hộ dân năm 2027</p>
<h3>I. CHỈ TIÊU</h3>
<p>Toàn xã hiện có 4.215 hộ dân, trong đó 612 hộ chưa có nước sạch. Phấn đấu đạt các chỉ tiêu sau:</p>
<table><tr><th>Chỉ tiêu</th><th>Năm 2027</th></tr>
<tr><td>Số hộ được lắp đồng hồ nước</td><td>300 hộ</td></tr>
<tr><td>Số giếng khoan được cải tạo</td><td>45 giếng</td></tr></table>
<h3>II. TỔ CHỨC THỰC HIỆN</h3>
<p>Ban quản lý nước sạch xã tổ chức lắp đặt trước ngày 30 tháng 11 năm 2027.</p>
</body></html>"""

RULES = """ỦY BAN NHÂN DÂN
HUYỆN HÒA VANG
Số: 09/2027/QĐ-UBND
Hòa Vang, ngày 11 tháng 5 năm 2027

QUYẾT ĐỊNH
Ban hành Quy chế quản lý bến thuyền du lịch

ỦY BAN NHÂN DÂN HUYỆN HÒA VANG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý bến thuyền du lịch.

Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2027.

Điều 3. Chánh Văn phòng, Trưởng phòng Kinh tế chịu trách nhiệm thi hành Quyết định này.

QUY CHẾ
Quản lý bến thuyền du lịch

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý bến thuyền du lịch; Ban Quản lý bến thuyền và Ban Chỉ đạo du lịch huyện thực hiện.

Điều 2. Giờ hoạt động

Bến thuyền hoạt động từ 6 giờ đến 18 giờ hằng ngày.
"""

assistant = assistant_fixture("nq-the-thu-vien-hai-duong.txt", FEES, ("kh-nuoc-sach-tan-phu.html", WELLS))


def test_a_text_table_ruled_under_its_header_is_read_row_by_row():
    rows = boxes_as_rows(FEES)
    assert "| Học sinh khuyết tật | 55% |" in rows.replace("| 2 | ", "| "), rows
    chunks = parse_document(FEES, "nq.txt").chunks
    row = next(c for c in chunks if "khuyết tật" in c.text)
    assert "70%" not in row.text and "40%" not in row.text, row.text  # one row, not the whole table
    assert "Nhóm học sinh" in row.lead and "Mức hỗ trợ" in row.lead, row.lead  # under its header's names
    assert not any(c.text.lstrip().startswith("---") for c in chunks)


def test_a_text_table_with_spaced_columns_is_read_row_by_row():
    rows = boxes_as_rows(SPACED)
    assert "| Trẻ em | 20.000 đồng |" in rows, rows
    assert "| Đối tượng | Giá vé |" in rows, rows


def test_a_row_of_a_text_table_answers_its_own_figure(assistant):
    answer = assistant.ask("Học sinh khuyết tật được hỗ trợ bao nhiêu phần trăm tiền thẻ thư viện?")
    assert answer.found and "55%" in answer.answer and "70%" not in answer.answer, answer.answer
    assert "khuyết tật" in answer.citations[0].passage.text, answer.citations[0].passage.text


def test_a_fact_stated_before_a_tables_lead_in_is_a_passage_of_its_own():
    chunks = parse_document(read_html(WELLS.encode(), 10 ** 7, [], {}), "kh.html").chunks
    assert any(c.text.startswith("Toàn xã hiện có 4.215 hộ dân") for c in chunks), [c.text for c in chunks]
    row = next(c for c in chunks if "đồng hồ nước" in c.text)
    assert "4.215" in row.context, row.context  # and still the rows' lead-in


def test_the_figure_in_a_tables_lead_in_is_answered_and_cited(assistant):
    answer = assistant.ask("Xã Tân Phú hiện có bao nhiêu hộ dân?")
    assert answer.found and "4.215" in answer.answer, answer.answer
    assert answer.citations[0].passage.text.startswith("Toàn xã hiện có"), answer.citations[0].passage.text


def test_an_issuer_in_capitals_is_spelled_as_its_kind_of_body_is():
    """Before, "Ban" written capitalised in the text ("Ban Quản lý bến thuyền") cased the issuer "Ủy Ban …"."""
    meta = parse_document(RULES, "qd.txt").meta
    assert meta.issuer == "Ủy ban nhân dân huyện Hòa Vang", meta.issuer


def test_a_councils_term_under_the_title_is_no_part_of_the_title():
    doc = parse_document(FEES, "nq.txt")
    assert "KHÓA" not in doc.meta.title.upper() and "kỳ họp" not in doc.meta.title.lower(), doc.meta.title
    title = next(c for c in doc.chunks if c.kind == "title")
    assert "KHÓA IX" not in title.text and "HỘI ĐỒNG NHÂN DÂN" not in title.text, title.text


def test_the_outline_of_a_decision_lists_its_own_articles_and_the_rules():
    outline = parse_document(RULES, "qd.txt").outline()
    own = [path for path in outline if path.startswith("Điều ")]
    assert [path.split(".")[0] for path in own] == ["Điều 1", "Điều 2", "Điều 3"], outline
    assert any(path.endswith("Điều 2. Giờ hoạt động") for path in outline), outline
    assert outline.index(own[0]) < outline.index(next(p for p in outline if "Giờ hoạt động" in p))
