"""In a markdown file the '#' lines are the headings: under "### 3. Đăng ký và lệ phí" a list numbered afresh
("1. Đăng ký …", "2. Lệ phí đăng ký:") is a list, its items no headings — each a passage under its heading, the one
ending in ":" the lead-in its table's rows carry — and the next '#' heading, "### 4. Giải thưởng", heads what follows
it (j-part tester, session 58)."""
from __future__ import annotations

from ingest.parse import parse_document

NOTICE = """# THÔNG BÁO

## Về việc tổ chức Hội thi bơi lội thiếu nhi năm 2027

Sở Văn hóa, Thể thao và Du lịch thông báo tổ chức Hội thi bơi lội thiếu nhi năm 2027 như sau:

### 1. Thời gian, địa điểm

Hội thi diễn ra ngày 12/7/2027 tại Bể bơi Trung tâm Thể thao tỉnh.

### 2. Đăng ký và lệ phí

1. Đăng ký tại Phòng Quản lý Thể dục thể thao đến hết ngày 30/6/2027.
2. Lệ phí đăng ký:

| Nội dung | Lệ phí |
|---|---|
| 50 m tự do | 100.000 đồng |
| 100 m ếch | 150.000 đồng |

3. Lệ phí đã nộp không được hoàn lại.

### 3. Giải thưởng

1. Mỗi nội dung trao giải cho 03 vận động viên về đích sớm nhất:
   - Giải Nhất: 2.000.000 đồng;
   - Giải Nhì: 1.000.000 đồng.
2. Vận động viên hoàn thành cự ly được nhận huy chương.
"""


def _sections(doc) -> dict[str, str]:
    return {c.text: c.whole_section for c in doc.chunks}


def test_numbered_items_under_a_marked_heading_are_no_headings():
    sections = _sections(parse_document(NOTICE, "tb12.md"))
    assert all("Lệ phí đăng ký" not in section and "Mỗi nội dung" not in section for section in sections.values())
    assert sections["3. Lệ phí đã nộp không được hoàn lại."] == "2. Đăng ký và lệ phí"


def test_the_heading_after_a_list_heads_its_items():
    sections = _sections(parse_document(NOTICE, "tb12.md"))
    assert sections["2. Vận động viên hoàn thành cự ly được nhận huy chương."] == "3. Giải thưởng"
    assert sections["Giải Nhất: 2.000.000 đồng;"] == "3. Giải thưởng"


def test_a_numbered_lead_in_is_carried_by_its_tables_rows():
    doc = parse_document(NOTICE, "tb12.md")
    [row] = [c for c in doc.chunks if c.text.startswith("| 100 m ếch")]
    assert row.whole_section == "2. Đăng ký và lệ phí" and "Lệ phí đăng ký" in row.context
