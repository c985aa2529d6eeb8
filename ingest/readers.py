"""File formats → raw text. Each reader raises IngestError with a Vietnamese message on bad input."""
from __future__ import annotations

import io
import posixpath
import re
import stat
import zipfile
from collections import Counter
from itertools import zip_longest
from pathlib import Path

from lxml import etree

from ingest.decode import decode_text, ensure_language, language_warning
from ingest.errors import IngestError
from ingest.header import MOTTO_RE
from ingest.legacy_vn import fix_legacy_unicode
from ingest.numbering import BULLET, Numbering, html_label
from troly.texts import os_reason, t

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_HTML_MAGIC = (b"<!doctype html", b"<html")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Read apart from the text around them: a text box, and the copy of a drawing Word keeps for older readers.
_NOT_INLINE = (_W + "txbxContent", _MC + "Fallback")
_TOC_GALLERY = "Table of Contents"  # Word's name for the content control holding a table of contents
# What a file may inflate to (the parts of a .docx, the streams and text of a PDF), per byte of
# the file size limit.
INFLATE_RATIO = 50
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_PDF_LIMITS = ("maximum_declared_stream_length", "array_based_stream_maximum_output_length",
               "jbig2_maximum_output_length", "lzw_maximum_output_length", "run_length_maximum_output_length",
               "zlib_maximum_output_length", "brotli_maximum_output_length", "image_maximum_buffer_size",
               "stream_decoding_work_maximum_length")


def read_text_file(data: bytes, limit: int, warnings: list[str], declared: dict[str, str]) -> str:
    return decode_text(data, warnings)


_MD_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def read_markdown(data: bytes, limit: int, warnings: list[str], declared: dict[str, str]) -> str:
    """A markdown file's text, the line breaks a converter writes as "<br>" read as breaks: in the header table
    (issuer beside the motto) line beside line, as a Word header table reads; in any other table row a space
    between the lines of a cell, as a cell typed by hand has them; elsewhere the end of a line. Not "<br>" quoted
    in answers, nor a header table whose number and date go unread."""
    text = decode_text(data, warnings)
    if "<" not in text:
        return text
    lines: list[str] = []
    for line in text.split("\n"):
        if not line.lstrip().startswith("|"):
            lines.append(_MD_BREAK.sub("\n", line))
        elif _MD_BREAK.search(line) and MOTTO_RE.search(line):  # the header table, read as a Word one is
            lines += _side_by_side([[part.strip() for part in _MD_BREAK.split(cell)]
                                    for cell in line.strip().strip("|").split("|")])
        else:
            lines.append(_MD_BREAK.sub(" ", line))
    return "\n".join(lines)


def _ole_kind(data: bytes) -> str:
    """An OLE container named .docx is either a password-protected Office file (its encrypted
    package sits in a stream named EncryptedPackage) or an old binary .doc."""
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return "docx_encrypted"
    return "docx_old_format"


def _inside(node, tags: tuple[str, ...], top) -> bool:
    """Whether `node` stands inside an element of `tags` below `top`."""
    for up in node.iterancestors():
        if up is top:
            return False
        if up.tag in tags:
            return True
    return False


def _paragraph_text(p) -> str:
    """A paragraph's text; a line break typed inside it (Shift+Enter) ends a line, as Word shows it. A text box
    anchored in it ("DỰ THẢO", a number in a frame) gives lines of its own after it, once: not run into the
    paragraph's last word, nor twice (Word stores a copy of each box for older readers, `mc:Fallback`)."""
    parts = []
    for node in p.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        if _inside(node, _NOT_INLINE, p):
            continue
        if node.tag == _W + "t":
            parts.append(node.text or "")
        elif node.tag == _W + "tab":
            parts.append("\t")
        elif node.get(_W + "type") in (None, "textWrapping"):  # not a page or column break
            parts.append("\n")
    for box in p.iter(_W + "txbxContent"):
        if not _inside(box, _NOT_INLINE, p):
            parts.extend("\n" + _paragraph_text(line) for line in box.iterchildren(_W + "p"))
    return "".join(parts)


def _cell_paragraphs(cell) -> list:
    """A table cell's paragraphs, those of tables inside it too, not those of its text boxes (their anchor
    paragraph reads them)."""
    return [p for p in cell.iter(_W + "p") if not _inside(p, _NOT_INLINE, cell)]


def _is_list_item(p) -> bool:
    """A paragraph in a Word list: its bullet or number is drawn by Word, not in the text."""
    ppr = p.find(_W + "pPr")
    if ppr is None:
        return False
    if ppr.find(_W + "numPr") is not None:
        return True
    style = ppr.find(_W + "pStyle")
    return style is not None and (style.get(_W + "val") or "").lower().startswith("list")


def table_row(cells: list[str]) -> str:
    """A row of a table of data as a markdown table writes it ("| Nội dung | Đơn vị | Thời hạn |"), empty
    cells kept: a Word or web page table then reads as the same table typed in markdown, its rows carrying
    its header row and a task table's rows read as tasks (doer and due by their columns)."""
    return "| " + " | ".join(cells) + " |"


def _side_by_side(cells: list[list[str]]) -> list[str]:
    """A header table's row (issuer beside the motto), each cell several lines, as printed: line beside line."""
    return [" | ".join(line for line in aside if line) for aside in zip_longest(*cells, fillvalue="")]


def _table_lines(table) -> list[str]:
    """A Word table's rows, cells apart by " | ". The header table (issuer beside the motto, each
    cell several lines) is read line beside line, as it is printed, so that the issuer's lines, the
    number and the place-date stay lines of their own; any other cell is one line, its rows as `table_row`."""
    rows = [[[line.strip() for p in _cell_paragraphs(cell) for line in _paragraph_text(p).split("\n")]
             for cell in row.iter(_W + "tc")] for row in table.iter(_W + "tr")]
    if MOTTO_RE.search(" ".join(line for row in rows for cell in row for line in cell)):
        return [line for row in rows for line in _side_by_side(row)]
    cells = [[" ".join(line for line in cell if line) for cell in row] for row in rows]
    return [table_row(row) for row in cells if any(row)]


def _bounded_part(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """One part of an Office package, inflated chunk by chunk and never past `limit` bytes."""
    out = bytearray()
    with archive.open(name) as part:
        while chunk := part.read(1 << 20):
            out += chunk
            if len(out) > limit:
                raise IngestError(t("ingest.input.inflates_too_much", limit=limit / 1e6))
    return bytes(out)


def _optional_part(archive: zipfile.ZipFile, name: str, limit: int):
    """A part of the package parsed, or None when the package has none (or a damaged one)."""
    try:
        return etree.fromstring(_bounded_part(archive, name, limit), _XML_PARSER)
    except (KeyError, etree.XMLSyntaxError):
        return None


def _main_part_name(archive: zipfile.ZipFile, limit: int) -> str:
    """The package's main document part, as its root relationships name it."""
    rels = etree.fromstring(_bounded_part(archive, "_rels/.rels", limit), _XML_PARSER)
    for rel in rels:
        if (rel.get("Type") or "").endswith("/officeDocument"):
            return (rel.get("Target") or "").lstrip("/")
    raise KeyError("officeDocument")


def _core_title(archive: zipfile.ZipFile, limit: int) -> str:
    """The title Word keeps in the document's properties (docProps/core.xml), or ""."""
    try:
        core = etree.fromstring(_bounded_part(archive, "docProps/core.xml", limit), _XML_PARSER)
    except (KeyError, etree.XMLSyntaxError):
        return ""
    return next((node.text or "" for node in core.iter("{http://purl.org/dc/elements/1.1/}title")), "")


def _blocks(parent):
    """The paragraphs and tables of a Word body in order, also those inside a content control (a template's
    fields, `w:sdt`) or a custom XML block, which hold text as any paragraph does — not a table of contents,
    whose lines repeat the headings with their page numbers."""
    for child in parent.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag in ("p", "tbl"):
            yield child
        elif tag == "sdt":
            gallery = child.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
            content = child.find(_W + "sdtContent")
            if content is not None and (gallery is None or gallery.get(_W + "val") != _TOC_GALLERY):
                yield from _blocks(content)
        elif tag == "customXml":
            yield from _blocks(child)


def read_docx(data: bytes, limit: int, warnings: list[str], declared: dict[str, str]) -> str:
    """Paragraphs, list items and table rows of a .docx body (its properties' title into `declared`).
    Only the main document part is inflated (images and the rest are never read), and only if every
    part of the package declares an inflated size under `limit` — zipfile never inflates past what a
    part declares."""
    if data.startswith(_OLE_MAGIC):
        raise IngestError(t(f"ingest.errors.{_ole_kind(data)}"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > limit:
                raise IngestError(t("ingest.input.inflates_too_much", limit=limit / 1e6))
            main = _main_part_name(archive, limit)
            body = etree.fromstring(_bounded_part(archive, main, limit), _XML_PARSER).find(_W + "body")
            declared["title"] = _core_title(archive, limit)
            numbering = Numbering.read(*(_optional_part(archive, posixpath.join(posixpath.dirname(main), name), limit)
                                         for name in ("numbering.xml", "styles.xml")))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, OSError, etree.XMLSyntaxError) as exc:
        raise IngestError(t("ingest.errors.docx_corrupt")) from exc
    if body is None:  # a package without a Word body (a spreadsheet renamed .docx)
        raise IngestError(t("ingest.errors.docx_corrupt"))
    lines: list[str] = []
    for child in _blocks(body):
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = _paragraph_text(child)
            label = numbering.label(child) if text.strip() else None
            if label is None and text.strip() and _is_list_item(child):
                label = BULLET
            if label and not text.lstrip()[:1] in "-–+•*":
                text = label + text.strip()
            lines.append(text)
        elif tag == "tbl":
            lines.extend(_table_lines(child))
        lines.append("")
    return "\n".join(lines)


def _page_text(page) -> str:
    """Text of a page in layout mode, which keeps the vertical gaps between paragraphs as blank
    lines (a hard-wrapped PDF has no other paragraph marks) and the columns of a header apart."""
    from pypdf.errors import LimitReachedError

    try:
        return page.extract_text(extraction_mode="layout") or ""
    except LimitReachedError:  # a stream inflating past the limit: the file is refused
        raise
    except Exception:  # layout mode is stricter about odd fonts: fall back to the plain order
        return page.extract_text() or ""


def read_pdf(data: bytes, limit: int, warnings: list[str], declared: dict[str, str]) -> str:
    """Text of every page (the title of its properties into `declared`); no stream inflates past
    `limit`, nor the text of all pages together."""
    from pypdf import apply_configuration, get_configuration

    defaults = get_configuration()  # pypdf's own caps on inflated streams, tightened to ours
    with apply_configuration(**{name: min(getattr(defaults, name), limit) for name in _PDF_LIMITS}):
        return _read_pdf(data, limit, declared)


def _read_pdf(data: bytes, limit: int, declared: dict[str, str]) -> str:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError

    too_much = IngestError(t("ingest.input.inflates_too_much", limit=limit / 1e6))
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):  # an owner password alone still lets anyone read
                    raise IngestError(t("ingest.errors.pdf_encrypted"))
            except NotImplementedError as exc:
                raise IngestError(t("ingest.errors.pdf_unsupported_crypto")) from exc
        declared["title"] = str(reader.metadata.title or "") if reader.metadata else ""
        pages, size = [], 0
        for page in reader.pages:
            pages.append(_page_text(page))
            size += len(pages[-1])
            if size > limit:
                raise too_much
    except IngestError:
        raise
    except LimitReachedError as exc:
        raise too_much from exc
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise IngestError(t("ingest.errors.pdf_corrupt")) from exc
    text = "\n\n".join(_without_running_lines(pages))
    if len("".join(text.split())) < 20:
        raise IngestError(t("ingest.errors.pdf_no_text"))
    return text


RUNNING_EDGE = 2  # lines at the top and at the foot of a page where a running header or footer may stand


def _without_running_lines(pages: list[str]) -> list[str]:
    """Pages without the lines printed at the top or foot of most of them (the plan's name, the issuer, "Trang 3
    / 12", numbers aside): the page's furniture, which would otherwise run into the sentence a page break cut
    ("LĐLĐ tỉnh … - Kế hoạch … thực sự trở thành …") and be read as a duty of its own."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split())).casefold()

    def edges(page: str) -> list[int]:
        filled = [i for i, line in enumerate(page.split("\n")) if line.strip()]
        return sorted(set(filled[:RUNNING_EDGE] + filled[-RUNNING_EDGE:]))

    if len(pages) < 2:
        return pages
    seen = Counter(k for page in pages for k in {key(page.split("\n")[i]) for i in edges(page)})
    running = {k for k, n in seen.items() if n >= max(2, len(pages) / 2) and any(c.isalpha() for c in k)}
    if not running:
        return pages
    out = []
    for page in pages:
        lines = page.split("\n")
        drop = {i for i in edges(page) if key(lines[i]) in running}
        out.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return out


_HTML_BLOCKS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "div", "td", "th", "pre"])
_HTML_CELL_MAX = 200  # longer cells are a page laid out in a table, not a table of data
_HTML_CONTAINS_BLOCKS = _HTML_BLOCKS | {"table"}
# Code, and a website's frame around the text: its menus, sidebars, forms, and the header and footer
# of the site (an article's own header or footer stays).
_HTML_NOT_TEXT = ("//script | //style | //noscript | //head | //template | //nav | //aside | //form"
                  " | //*[@role='navigation' or @role='complementary' or @role='search' or @role='banner']"
                  " | //header[not(ancestor::article or ancestor::main)]"
                  " | //footer[not(ancestor::article or ancestor::main)]")


def read_html(data: bytes, limit: int, warnings: list[str], declared: dict[str, str]) -> str:
    """Text of the innermost block elements (paragraphs, list items, cells …), in one pass over
    the tree (the page's <title> into `declared`); libxml2 refuses nesting deeper than 256, which is
    refused here in words."""
    import lxml.html

    parser = lxml.html.HTMLParser(recover=True, no_network=True, remove_comments=True)
    try:
        root = lxml.html.document_fromstring(decode_text(data, warnings), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(t("ingest.errors.html_corrupt")) from exc
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise IngestError(t("ingest.input.html_too_deep"))
    declared["title"] = " ".join(root.findtext(".//title", "").split())
    for el in root.xpath(_HTML_NOT_TEXT):
        el.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    rows = _html_data_rows(root)
    blocks: list[str] = []
    holds_block: set = set()  # elements with a block inside: containers, whose children are taken instead
    for _, el in etree.iterwalk(root, events=("end",)):
        parent = el.getparent()
        if el.tag in _HTML_CONTAINS_BLOCKS and parent is not None:
            holds_block.add(parent)
        if el in rows:
            blocks.append(rows[el])
        elif el.tag in _HTML_BLOCKS and el not in holds_block and parent not in rows:
            text = el.text_content().strip()
            if text:
                prefix = "" if el.tag != "li" or parent is None else BULLET if parent.tag == "ul" else \
                    html_label(el) if parent.tag == "ol" else ""
                blocks.append(prefix + text)
        if el in holds_block and parent is not None:
            holds_block.add(parent)
            holds_block.discard(el)
    return "\n\n".join(blocks) if blocks else root.text_content()


def _html_data_rows(root) -> dict:
    """The rows of the page's tables of data, each as one line (`table_row`, a header cell too). Not the header table beside the motto, whose cells are read one by
    one as lines of the header, nor a row holding paragraphs or long text (a page laid out in a table)."""
    rows = {}
    for table in root.iter("table"):
        if MOTTO_RE.search(table.text_content()):
            continue
        for tr in table.iter("tr"):
            if tr.xpath("ancestor::table[1]")[0] is not table:
                continue  # a row of a table inside a cell: that table's own
            cells = [c for c in tr if c.tag in ("td", "th")]
            texts = [" ".join(c.text_content().split()) for c in cells]
            if cells and all(len(text) <= _HTML_CELL_MAX and not c.xpath(".//*[self::p or self::div or self::li or "
                                                                            "self::table or self::h1 or self::h2 or "
                                                                            "self::h3 or self::h4 or self::pre]")
                             for c, text in zip(cells, texts)) and any(texts):
                rows[tr] = table_row(texts)
    return rows


_READERS = {
    ".txt": read_text_file,
    ".md": read_markdown,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".html": read_html,
    ".htm": read_html,
}


def _content_suffix(data: bytes, suffix: str) -> str:
    """The format the bytes are in where their signature says so beyond doubt (a PDF, a Word package, a web page
    saved as text), else the one the name says: text under a .pdf name may be a failed download's error page,
    never a document."""
    if data[:1024].lstrip().startswith(_PDF_MAGIC):
        return ".pdf"
    if data.startswith(_ZIP_MAGIC) and b"word/document" in data:  # member names are stored uncompressed
        return ".docx"
    if suffix in (".txt", ".md") and data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip().lower().startswith(_HTML_MAGIC):
        return ".html"  # its tags are no text to read
    return suffix


def save_as(suffix: str) -> str | None:
    """For a format not read whose program saves it as one that is (an old Word .doc, a spreadsheet), how to do
    so, as a sentence the user can act on; None for any other."""
    try:
        program = t(f"ingest.save_as.{suffix.lower()[1:]}") if suffix else None
    except KeyError:
        return None
    return t("ingest.errors.save_as", suffix=suffix, how=t(f"ingest.save_with.{program}")) if program else None


def refusal(suffix: str) -> str:
    """Why a file with this extension is not read, and how to make it readable when there is a way."""
    return save_as(suffix) or t("ingest.errors.unsupported", suffix=suffix or t("ingest.errors.no_suffix"),
                                supported=", ".join(SUPPORTED_SUFFIXES))


def read_file(path: Path, max_bytes: int, warnings: list[str] | None = None,
              declared: dict[str, str] | None = None) -> str:
    """Raw text of a supported file, or IngestError saying why not. Notes for the user (bytes
    replaced …) are appended to `warnings`; what the file declares of itself beside its text (the
    title of an .html, .docx or .pdf) goes into `declared`."""
    try:
        info = path.stat()
    except OSError as exc:
        raise IngestError(t("ingest.errors.cannot_open", reason=os_reason(exc, reading=True))) from exc
    if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
        raise IngestError(t("ingest.input.not_regular"))
    suffix, size = path.suffix.lower(), info.st_size
    if suffix not in _READERS:
        raise IngestError(refusal(suffix))
    if size > max_bytes:
        raise IngestError(t("ingest.errors.too_large", size=size / 1e6, limit=max_bytes / 1e6))
    if size == 0:
        raise IngestError(t("ingest.errors.empty"))
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # a file growing while read is still bounded
    except OSError as exc:
        raise IngestError(t("ingest.errors.cannot_open", reason=os_reason(exc, reading=True))) from exc
    if len(data) > max_bytes:
        raise IngestError(t("ingest.errors.too_large", size=len(data) / 1e6, limit=max_bytes / 1e6))
    found: dict[str, str] = {}
    notes = warnings if warnings is not None else []
    real = _content_suffix(data, suffix)
    if _READERS[real] is not _READERS[suffix]:  # renamed, or saved under the wrong name: read what it is
        notes.append(t("ingest.input.wrong_suffix", suffix=suffix, real=real))
        suffix = real
    text = _READERS[suffix](data, max_bytes * INFLATE_RATIO, notes, found)
    if suffix not in (".txt", ".md"):  # plain text was decoded from bytes, legacy encodings included
        text = fix_legacy_unicode(text)
    if not text.strip():
        raise IngestError(t("ingest.errors.no_text"))
    if declared is not None and found.get("title", "").strip():
        declared["title"] = fix_legacy_unicode(found["title"].strip())
    text = ensure_language(text)
    note = language_warning(text)
    if note and warnings is not None:
        warnings.append(note)
    return text
