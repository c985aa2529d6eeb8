"""A markdown file (a converter's output) lays its closing out as a table row: "Nơi nhận" and its list in one cell,
the signature in the other, their lines apart by "<br>" ("| ***Nơi nhận:***<br>- …<br>- Lưu: VT. |
**GIÁM ĐỐC**<br><br>*(Đã ký)*<br><br>**Nguyễn Văn A** |"). Read line beside line, as a Word table of them is, the
signer and their post are read as in the other formats, whatever post is signed for (new-user trial of session 45,
M6). The report is invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.parse import parse_document
from ingest.readers import read_file

_REPORT = """| UBND HUYỆN AN PHÚ<br>**PHÒNG GIÁO DỤC VÀ ĐÀO TẠO** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|---|---|
| Số: 12/BC-PGDĐT | *An Phú, ngày 03 tháng 3 năm 2027* |

# BÁO CÁO

## Kết quả tuyển sinh lớp 1 năm học 2026 – 2027

Toàn huyện tuyển mới 1.250 học sinh lớp 1, đạt 99,2% kế hoạch.

Trên đây là báo cáo kết quả tuyển sinh của Phòng Giáo dục và Đào tạo./.

| ***Nơi nhận:***<br>- Sở GD&ĐT (b/c);<br>- UBND huyện (b/c);<br>- Lưu: VT. | **{post}**<br><br>*(Đã ký)*<br><br>**Lê Văn Tâm** |
|---|---|
"""


@pytest.mark.parametrize("post", ["GIÁM ĐỐC", "TRƯỞNG PHÒNG"])
def test_the_signature_beside_the_recipients_in_a_markdown_table_names_the_signer(tmp_path: Path, post: str):
    """Before, the row was one line of a table: no signer ("không có phần chữ ký"), no recipients."""
    path = tmp_path / "bc12.md"
    path.write_text(_REPORT.replace("{post}", post), encoding="utf-8")
    doc = parse_document(read_file(path, 10 ** 7), path.name)
    assert (doc.meta.signer, doc.meta.signer_role) == ("Lê Văn Tâm", post)
    assert doc.meta.recipients == ["Sở GD&ĐT (b/c)", "UBND huyện (b/c)"]
    assert not any("<br>" in c.text or "|" in c.text for c in doc.chunks)
