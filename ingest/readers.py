"""File formats → raw text. Each reader raises IngestError with a Vietnamese message on bad input."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ingest.decode import decode_text
from ingest.errors import IngestError

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")


def read_text_file(data: bytes) -> str:
    return decode_text(data)


def read_docx(data: bytes) -> str:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    if data[:4] == b"\xd0\xcf\x11\xe0":  # OLE container: encrypted (password) or old .doc
        raise IngestError("Tệp .docx được đặt mật khẩu hoặc là định dạng Word cũ (.doc); hãy mở khóa hoặc lưu lại dưới dạng .docx.")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(f"Tệp .docx bị hỏng, không đọc được ({exc.__class__.__name__}).") from exc
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for cell in row:
                        if cell.tag.endswith("}tc"):
                            cells.append(" ".join("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                                                  for p in cell.iter() if p.tag.endswith("}p")).strip())
                    lines.append(" | ".join(c for c in cells if c))
        lines.append("")
    return "\n".join(lines)


def read_pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise IngestError("Tệp PDF được đặt mật khẩu; hãy gỡ mật khẩu rồi gửi lại.")
            except NotImplementedError as exc:
                raise IngestError("Tệp PDF được mã hóa theo cách chưa hỗ trợ; hãy gỡ mật khẩu rồi gửi lại.") from exc
        pages = [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise IngestError(f"Tệp PDF bị hỏng, không đọc được ({exc.__class__.__name__}).") from exc
    text = "\n\n".join(pages)
    if len("".join(text.split())) < 20:
        raise IngestError("Tệp PDF không có lớp văn bản (có thể là ảnh quét); cần nhận dạng chữ (OCR) trước khi nạp.")
    return text


def read_html(data: bytes) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode_text(data), "html.parser")
    for tag in soup(["script", "style", "noscript", "head"]):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    blocks = []
    for el in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "div", "td", "pre"]):
        if el.find(["p", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table"]):
            continue  # container: its children are taken on their own
        text = el.get_text(" ", strip=False).strip()
        if text:
            prefix = "- " if el.name == "li" else ""
            blocks.append(prefix + text)
    return "\n\n".join(blocks) if blocks else soup.get_text("\n")


_READERS = {
    ".txt": read_text_file,
    ".md": read_text_file,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".html": read_html,
    ".htm": read_html,
}


def read_file(path: Path, max_bytes: int) -> str:
    """Raw text of a supported file, or IngestError saying why not."""
    suffix = path.suffix.lower()
    if suffix not in _READERS:
        raise IngestError(f"Định dạng {suffix or '(không có đuôi)'} chưa được hỗ trợ; "
                          f"chỉ nhận {', '.join(SUPPORTED_SUFFIXES)}.")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(f"Không mở được tệp: {exc.strerror or exc}.") from exc
    if size > max_bytes:
        raise IngestError(f"Tệp quá lớn ({size / 1e6:.1f} MB); giới hạn là {max_bytes / 1e6:.0f} MB.")
    if size == 0:
        raise IngestError("Tệp rỗng, không có nội dung.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"Không đọc được tệp: {exc.strerror or exc}.") from exc
    text = _READERS[suffix](data)
    if not text.strip():
        raise IngestError("Tệp không có nội dung văn bản.")
    return text
