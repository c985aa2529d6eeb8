"""File formats → raw text. Each reader raises IngestError with a Vietnamese message on bad input."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ingest.decode import decode_text
from ingest.errors import IngestError
from ingest.legacy_vn import fix_legacy_unicode
from troly.texts import t

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_text_file(data: bytes) -> str:
    return decode_text(data)


def _ole_kind(data: bytes) -> str:
    """An OLE container named .docx is either a password-protected Office file (its encrypted
    package sits in a stream named EncryptedPackage) or an old binary .doc."""
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return "docx_encrypted"
    return "docx_old_format"


def _paragraph_text(p) -> str:
    return "".join(node.text or "" for node in p.iter() if node.tag in (_W + "t", _W + "tab"))


def _is_list_item(p) -> bool:
    """A paragraph in a Word list: its bullet or number is drawn by Word, not in the text."""
    ppr = p.find(_W + "pPr")
    if ppr is None:
        return False
    if ppr.find(_W + "numPr") is not None:
        return True
    style = ppr.find(_W + "pStyle")
    return style is not None and (style.get(_W + "val") or "").lower().startswith("list")


def read_docx(data: bytes) -> str:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    if data.startswith(_OLE_MAGIC):
        raise IngestError(t(f"ingest.errors.{_ole_kind(data)}"))
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise IngestError(t("ingest.errors.docx_corrupt")) from exc
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = _paragraph_text(child)
            if text.strip() and _is_list_item(child) and not text.lstrip()[:1] in "-–+•*":
                text = "- " + text.strip()
            lines.append(text)
        elif tag == "tbl":
            for row in child.iter(_W + "tr"):
                cells = [" ".join(_paragraph_text(p) for p in cell.iter(_W + "p")).strip()
                         for cell in row.iter(_W + "tc")]
                lines.append(" | ".join(c for c in cells if c))
        lines.append("")
    return "\n".join(lines)


def _page_text(page) -> str:
    """Text of a page in layout mode, which keeps the vertical gaps between paragraphs as blank
    lines (a hard-wrapped PDF has no other paragraph marks) and the columns of a header apart."""
    try:
        return page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode is stricter about odd fonts: fall back to the plain order
        return page.extract_text() or ""


def read_pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):  # an owner password alone still lets anyone read
                    raise IngestError(t("ingest.errors.pdf_encrypted"))
            except NotImplementedError as exc:
                raise IngestError(t("ingest.errors.pdf_unsupported_crypto")) from exc
        pages = [_page_text(page) for page in reader.pages]
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise IngestError(t("ingest.errors.pdf_corrupt")) from exc
    text = "\n\n".join(pages)
    if len("".join(text.split())) < 20:
        raise IngestError(t("ingest.errors.pdf_no_text"))
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
            prefix = "- " if el.name == "li" and el.parent is not None and el.parent.name == "ul" else ""
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
        raise IngestError(t("ingest.errors.unsupported", suffix=suffix or t("ingest.errors.no_suffix"),
                            supported=", ".join(SUPPORTED_SUFFIXES)))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise IngestError(t("ingest.errors.cannot_open", reason=exc.strerror or exc)) from exc
    if size > max_bytes:
        raise IngestError(t("ingest.errors.too_large", size=size / 1e6, limit=max_bytes / 1e6))
    if size == 0:
        raise IngestError(t("ingest.errors.empty"))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(t("ingest.errors.cannot_open", reason=exc.strerror or exc)) from exc
    text = _READERS[suffix](data)
    if suffix not in (".txt", ".md"):  # plain text was decoded from bytes, legacy encodings included
        text = fix_legacy_unicode(text)
    if not text.strip():
        raise IngestError(t("ingest.errors.no_text"))
    return text
