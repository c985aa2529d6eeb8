"""What a document is, as `show`, `docs` and every citation name it: its title ends where the enacting post or the
body starts, and a heading a PDF wraps over two lines is one heading (invented documents, parsed only)."""
from __future__ import annotations

from pathlib import Path

import pytest

from ingest.parse import parse_document
from ingest.readers import read_file
from tests.test_formats import make_docx, make_html, make_md, make_pdf

SCHOOL = "TRƯỜNG TRUNG HỌC PHỔ THÔNG LÊ LỢI"
DECISION = [SCHOOL, "Số: 17/QĐ-THPTLL", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Đà Nẵng, ngày 04 tháng 9 năm 2026", "QUYẾT ĐỊNH", "Về việc ban hành Nội quy sử dụng thư viện",
            f"{{post}} {SCHOOL}",
            "Căn cứ Điều lệ trường trung học ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT;",
            "Theo đề nghị của Tổ trưởng Tổ Văn phòng.", "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Nội quy sử dụng thư viện của Trường.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Nơi nhận: Như Điều 2; Lưu: VT.", "{post}", "Phan Thị Ngọc Hân"]


def _parsed(path: Path):
    declared: dict[str, str] = {}
    return parse_document(read_file(path, 10**8, [], declared), path.name, declared.get("title", ""))


def _written(tmp_path: Path, suffix: str, lines: list[str]) -> Path:
    path = tmp_path / f"qd17{suffix}"
    if suffix == ".pdf":
        return make_pdf(path, [lines])
    if suffix == ".docx":
        return make_docx(path, "\n".join(lines))
    if suffix == ".html":
        return make_html(path, "\n".join(lines))
    return make_md(path, "\n".join(lines))


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".html", ".md"])
@pytest.mark.parametrize("post", ["HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG"])
def test_the_enacting_post_under_a_title_is_no_part_of_it(tmp_path, suffix, post):
    lines = [line.format(post=post.removeprefix("KT. ")) for line in DECISION]
    if post.startswith("KT."):  # signed by a deputy for the head: the post under the title is still the head's
        lines[-2:] = [post, "PHÓ HIỆU TRƯỞNG", "Phan Thị Ngọc Hân"]
    doc = _parsed(_written(tmp_path, suffix, lines))
    assert doc.meta.title == "Quyết định về việc ban hành Nội quy sử dụng thư viện"


REPORT = ["HỘI CỰU CHIẾN BINH HUYỆN KRÔNG NĂNG", "Số: 41-BC/CCB", "Krông Năng, ngày 20 tháng 11 năm 2026", "BÁO CÁO",
          "Kết quả phong trào cựu chiến binh làm kinh tế giỏi năm 2026",
          "I. KẾT QUẢ PHONG TRÀO CỰU CHIẾN BINH GIÚP NHAU LÀM KINH TẾ, XÓA ĐÓI",
          "GIẢM NGHÈO",
          "Năm 2026, các cấp Hội đã giúp 312 hộ hội viên thoát nghèo, vượt chỉ tiêu huyện giao.",
          "II. PHƯƠNG HƯỚNG NĂM 2027",
          "Phấn đấu giúp thêm 200 hộ hội viên thoát nghèo."]


def test_a_capital_heading_a_pdf_wraps_onto_the_next_line_is_one_heading(tmp_path):
    doc = _parsed(make_pdf(tmp_path / "bc41.pdf", [REPORT], centred=frozenset({"BÁO CÁO", "GIẢM NGHÈO"})))
    first = next(chunk for chunk in doc.chunks if "312 hộ" in chunk.text)
    assert first.section.endswith("XÓA ĐÓI GIẢM NGHÈO")
    assert not any(chunk.text == "GIẢM NGHÈO" for chunk in doc.chunks)  # no passage of the heading's last words


def test_the_bots_document_list_says_who_issued_each_and_what_it_is():
    """/vanban listed codes and file names only: each document now says its issuer and its title."""
    from bot.answer.about_documents import documents_text
    from vectorstore.store import DocRecord

    meta = {"number": "17/QĐ-THPTLL", "date": "2026-09-04", "issuer": "Trường THPT Lê Lợi",
            "short_title": "QĐ 17/QĐ-THPTLL (4/9/2026)"}
    record = DocRecord("qd17.docx", "Quyết định về việc ban hành Nội quy sử dụng thư viện", "Quyết định", "qd17.docx",
                       "hash", "v1", 4, "2026-09-04T10:00:00", meta=meta)
    listed = documents_text([record])
    assert "QĐ 17/QĐ-THPTLL (4/9/2026) — Trường THPT Lê Lợi" in listed
    assert "Quyết định về việc ban hành Nội quy sử dụng thư viện" in listed and "qd17.docx" in listed
