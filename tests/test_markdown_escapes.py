"""A markdown export writes a backslash before the punctuation markdown would read as markup: "1\\." for a clause's
number, "QĐ\\-UBND" in a number, "\\- " before a recipient (r findings F4, F5 of session 50). The backslash is markup,
not text: read as the mark it escapes, the clause's number is recognised (the first clause of an article was glued
onto the article's heading and "1\\." quoted in answers), the header table's number and the signature table's signer
are read (a table holding "\\- Bộ Tư pháp;" beside the signature was read as rows of data: "không ghi người ký").
The decision is invented."""
from __future__ import annotations

from pathlib import Path

from ingest.parse import parse_document
from ingest.readers import read_file
from tests.helpers import assistant_fixture

DECISION = r"""| ỦY BAN NHÂN DÂN<br>**TỈNH NINH THUẬN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập \- Tự do \- Hạnh phúc** |
|---|---|
| Số: 15/2025/QĐ\-UBND | *Ninh Thuận, ngày 04 tháng 8 năm 2025* |

**QUYẾT ĐỊNH**

**Ban hành Quy định quản lý bến thuyền du lịch trên địa bàn tỉnh Ninh Thuận**

**Điều 1.** Ban hành kèm theo Quyết định này Quy định quản lý bến thuyền du lịch trên địa bàn tỉnh Ninh Thuận.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày 15 tháng 8 năm 2025.

**Điều 3.** Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Du lịch chịu trách nhiệm thi hành Quyết định này./.

| *Nơi nhận:*<br>\- Bộ Tư pháp;<br>\- TT Tỉnh ủy;<br>\- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br><br>**Lê Huyền Thư** |
|---|---|

* * *

**QUY ĐỊNH**

**Quản lý bến thuyền du lịch trên địa bàn tỉnh Ninh Thuận**

*(Kèm theo Quyết định số 15/2025/QĐ\-UBND ngày 04 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh Ninh Thuận)*

**Điều 1. Phạm vi điều chỉnh**

Quy định này quy định việc quản lý, khai thác bến thuyền du lịch ven biển.

**Điều 2. Mức thu phí neo đậu**

1\. Thuyền du lịch dưới 12 chỗ ngồi nộp phí neo đậu 150.000 đồng/tháng.

2\. Thuyền du lịch từ 12 chỗ ngồi trở lên nộp phí neo đậu 250.000 đồng/tháng.

3\. Phí neo đậu nộp trước ngày 10 hằng tháng tại Ban quản lý bến.
"""

assistant = assistant_fixture("qd15-ben-thuyen.md", DECISION)


def _parsed(tmp_path: Path):
    path = tmp_path / "qd15.md"
    path.write_text(DECISION, encoding="utf-8")
    return parse_document(read_file(path, 10 ** 7), path.name)


def test_escaped_numbering_makes_each_clause_its_own_passage(tmp_path: Path):
    doc = _parsed(tmp_path)
    texts = [c.text for c in doc.chunks]
    assert "1. Thuyền du lịch dưới 12 chỗ ngồi nộp phí neo đậu 150.000 đồng/tháng." in texts, texts
    assert not any("\\" in c.text or "\\" in c.section or "\\" in c.lead for c in doc.chunks), texts


def test_the_escaped_header_and_signature_tables_are_read(tmp_path: Path):
    meta = _parsed(tmp_path).meta
    assert meta.number == "15/2025/QĐ-UBND", meta.number
    assert meta.signer == "Lê Huyền Thư", meta.signer
    assert "PHÓ CHỦ TỊCH" in meta.signer_role, meta.signer_role


def test_who_signed_is_answered(assistant):
    answer = assistant.ask("Quyết định 15/2025/QĐ-UBND do ai ký?")
    assert answer.found and "Lê Huyền Thư" in answer.answer and "phó chủ tịch" in answer.answer.lower(), answer.answer


def test_the_first_clause_is_answered_without_the_escape(assistant):
    answer = assistant.ask("Thuyền du lịch dưới 12 chỗ nộp phí neo đậu bao nhiêu một tháng?")
    assert answer.found and "150.000 đồng" in answer.answer, answer.answer
    assert "\\" not in answer.answer, answer.answer
