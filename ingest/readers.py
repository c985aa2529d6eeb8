"""File formats → raw text. Each reader raises IngestError with a Vietnamese message on bad input."""
from __future__ import annotations

import io
import re
import stat
from collections import Counter
from pathlib import Path

from lxml import etree

from ingest.decode import decode_text, ensure_language, ensure_letters, language_warning, repair_mojibake
from ingest.errors import IngestError
from ingest.glossary import defines, noted
from ingest.header import letterhead
from ingest.legacy_vn import fix_legacy_unicode
from ingest.numbering import BULLET, html_label
from ingest.pdf_tables import may_hold_table, ruled_tables, with_tables
from ingest.table_grid import Spanned, clamped_span, laid_out
from ingest.structure import signature_cells
from ingest.word import header_rule, read_docx, side_by_side, signatures_beside, table_row
from troly.texts import os_reason, t

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")
_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_HTML_MAGIC = (b"<!doctype html", b"<html")
# What a file may inflate to (the parts of a .docx, the streams and text of a PDF), per byte of
# the file size limit.
INFLATE_RATIO = 50
_PDF_LIMITS = ("maximum_declared_stream_length", "array_based_stream_maximum_output_length",
               "jbig2_maximum_output_length", "lzw_maximum_output_length", "run_length_maximum_output_length",
               "zlib_maximum_output_length", "brotli_maximum_output_length", "image_maximum_buffer_size",
               "stream_decoding_work_maximum_length")


def read_text_file(data: bytes, limit: int, warnings: list[str], declared: dict[str, str]) -> str:
    return decode_text(data, warnings)


_MD_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")  # [Thông tư số 32/2018/TT-BGDĐT](#), an image's ![alt](…)
_MD_SUP = re.compile(r"<sup>\s*([^<]*?)\s*</sup>", re.IGNORECASE)
_UNIT_BEFORE = re.compile(r"(?<![^\W\d_])[kcd]?m$")  # "50 m<sup>2</sup>": a square metre, not a footnote
_MD_INLINE_TAG = re.compile(r"</?(?:u|b|i|em|strong|span|sub|small|mark)\b[^>]*>", re.IGNORECASE)
# a backslash before an ASCII punctuation mark: markdown's escape ("1\.", "QĐ\-UBND", "a\)"), markup, not text;
# an escaped "|" stays escaped: a table row's cells are split at the others
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[\\\]^_`{}~])")


def _superscript(m: re.Match[str]) -> str:
    """A unit's power as plain digits ("m2"); a footnote's mark ("tiểu học<sup>1</sup>") dropped: it refers to a
    note, and glued to the word it would hide the word from search."""
    return m.group(1) if _UNIT_BEFORE.search(m.string, 0, m.start()) else ""


def plain_inline(line: str) -> str:
    """A markdown line as a reader sees it: a link's text without its target, footnote marks and inline tags
    gone, a backslash escape read as the mark it escapes — never "[…](#)", "<sup>9</sup>" or "1\\." quoted in an
    answer, nor a clause "1\\." whose number goes unread."""
    if "[" in line:
        line = _MD_LINK.sub(r"\1", line)
    if "<" in line:
        line = _MD_INLINE_TAG.sub("", _MD_SUP.sub(_superscript, line))
    if "\\" in line:
        line = _MD_ESCAPE.sub(r"\1", line)
    return line


_MD_NOTE = re.compile(r"^\s*(?:<sup>\s*(\d{1,3})\s*</sup>|(\d{1,3}))\s+(\S.*)$",
                      re.IGNORECASE)  # "<sup>11</sup> …", "11 …"


def _defining_notes(lines: list[str], every: bool = False) -> list[str]:
    """The lines with each footnote that gives its term another name ("11 Trước đây còn được gọi là bài soạn, giáo
    án.") read beside its mark ("Kế hoạch bài dạy<sup>11</sup>" → "Kế hoạch bài dạy (Trước đây còn được gọi là bài
    soạn, giáo án)"), its own line gone: the name is found, and cited, at the clause it belongs to. A note is a line
    after the mark's opening with the mark's number; other notes stay where they are, their marks dropped — unless
    `every` (a web page's notes, each its own paragraph after the text: a short source note, "Hướng dẫn số 35 …",
    read alone was a passage outranking the sentence it annotates)."""
    marked: dict[str, int] = {}  # a mark's number → the line of its first use
    for n, line in enumerate(lines):
        for m in _MD_SUP.finditer(line):
            if m.group(1).isdigit() and not _UNIT_BEFORE.search(line, 0, m.start()):
                marked.setdefault(m.group(1), n)
    notes: dict[str, tuple[int, str]] = {}
    for n, line in enumerate(lines):
        m = _MD_NOTE.match(line)
        mark = m and (m.group(1) or m.group(2))
        if mark and marked.get(mark, n) < n and mark not in notes and (every or defines(m.group(3))):
            notes[mark] = (n, plain_inline(m.group(3)))
    if not notes:
        return lines
    gone = {n for n, _ in notes.values()}

    def beside(m: re.Match[str]) -> str:
        note = notes.get(m.group(1))
        return noted(note[1]) if note and not _UNIT_BEFORE.search(m.string, 0, m.start()) else m.group(0)
    return [_MD_SUP.sub(beside, line) for n, line in enumerate(lines) if n not in gone]


def read_markdown(data: bytes, limit: int, warnings: list[str], declared: dict[str, str]) -> str:
    """A markdown file's text, the line breaks a converter writes as "<br>" read as breaks: in the header table
    (issuer beside the motto, or a letterhead with none: header.letterhead) and in the closing's row ("Nơi nhận"
    beside the signature) line beside line, as a Word table of them reads; in any other table row a space between
    the lines of a cell, as a cell typed by hand has them; elsewhere the end of a line. Not "<br>" quoted
    in answers, nor a header table whose number and date go unread. Links, footnote marks and inline tags are
    read as their text (plain_inline), a footnote naming its term otherwise beside its mark (_defining_notes)."""
    text = "\n".join(plain_inline(line) for line in _defining_notes(decode_text(data, warnings).split("\n")))
    if "<" not in text:
        return text
    lines: list[str] = []
    for line in text.split("\n"):
        if not line.lstrip().startswith("|") or not _MD_BREAK.search(line):
            lines.append(_MD_BREAK.sub("\n", line))
            continue
        cells = [[part.strip() for part in _MD_BREAK.split(cell)] for cell in line.strip().strip("|").split("|")]
        plain = [[part.strip(" *_") for part in cell] for cell in cells]  # "**GIÁM ĐỐC**": a role, bold
        if letterhead(" ".join(part for cell in plain for part in cell)):  # the header table, read as a Word one is
            lines += side_by_side(cells)
        elif signature_cells(plain):  # "Nơi nhận" beside the signature, as Word's is
            lines += signatures_beside(plain)
        else:
            lines.append(_MD_BREAK.sub(" ", line))
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
    if len("".join("".join(pages).split())) < 20:  # a scan: refused before any table is looked for
        raise IngestError(t("ingest.errors.pdf_no_text"))
    tables = ruled_tables(data, {index for index, page in enumerate(pages) if may_hold_table(page)})
    pages = [with_tables(page, tables[index]) if index in tables else page for index, page in enumerate(pages)]
    return "\n\n".join(_without_running_lines(pages))


RUNNING_EDGE = 2  # lines at the top and at the foot of a page where a running header or footer may stand


def _without_running_lines(pages: list[str]) -> list[str]:
    """Pages without the lines printed at the top or foot of most of them (the plan's name, the issuer, "Trang 3
    / 12", numbers aside): the page's furniture, which would otherwise run into the sentence a page break cut
    ("LĐLĐ tỉnh … - Kế hoạch … thực sự trở thành …") and be read as a duty of its own."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split())).casefold()

    def edges(lines: list[str]) -> dict[int, str]:
        """The lines at a page's top and foot, by place, as keys."""
        filled = [i for i, line in enumerate(lines) if line.strip()]
        return {i: key(lines[i]) for i in sorted(set(filled[:RUNNING_EDGE] + filled[-RUNNING_EDGE:]))}

    if len(pages) < 2:
        return pages
    laid = [(lines, edges(lines)) for lines in (page.split("\n") for page in pages)]
    seen = Counter(k for _, keys in laid for k in set(keys.values()))
    running = {k for k, n in seen.items() if n >= max(2, len(pages) / 2) and any(c.isalpha() for c in k)}
    if not running:
        return pages
    out = []
    for lines, keys in laid:
        drop = {i for i, k in keys.items() if k in running}
        out.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return out


_HTML_BLOCKS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "div", "td", "th", "pre"])
_HTML_CELL_MAX = 200  # longer cells are a page laid out in a table, not a table of data
# a cell holding blocks of its own: a page laid out in a table, not a table of data
_HTML_CELL_BLOCKS = ".//*[self::p or self::div or self::li or self::table or self::h1 or self::h2 or self::h3 or " \
    "self::h4 or self::pre]"
_HTML_CONTAINS_BLOCKS = _HTML_BLOCKS | {"table"}
_HTML_BOX_TITLES = frozenset(["h1", "h2", "h3", "h4", "h5", "h6", "b", "strong", "p", "span"])
_HTML_MAIN_SHARE = 2  # the article holds at least 1/this of the page's words: the page's text, not a teaser on it
# The class or id names web pages give their frame (a <div class="footer"> where no <footer> element stands).
_HTML_FRAME_NAMES = ("footer", "site-footer", "page-footer", "copyright", "navbar", "menu", "sidebar", "breadcrumb",
                     "breadcrumbs")
# Code, and a website's frame around the text: its menus, sidebars, forms, and the header and footer
# of the site (an article's own header or footer stays).
_HTML_NOT_TEXT = ("//script | //style | //noscript | //head | //template | //nav | //aside | //form"
                  " | //*[@role='navigation' or @role='complementary' or @role='search' or @role='banner']"
                  " | //header[not(ancestor::article or ancestor::main)]"
                  " | //footer[not(ancestor::article or ancestor::main)]"
                  " | //*[@role='contentinfo'][not(ancestor::article or ancestor::main)]"
                  " | //*[not(ancestor::article or ancestor::main)][" + " or ".join(
                      f"contains(concat(' ', normalize-space(@{attr}), ' '), ' {name} ')"
                      for attr in ("class", "id") for name in _HTML_FRAME_NAMES) + "]")


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
    _keep_main_text(root)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for sup in root.iter("sup"):  # "tỉnh<sup>1</sup>": a footnote's mark, read as a markdown file's (plain_inline)
        mark = sup.text_content().strip()
        for child in list(sup):
            sup.remove(child)
        sup.text = f"<sup>{mark}</sup>" if mark else ""
    rows = _html_data_rows(root)
    blocks: list[str] = []
    holds_block: set = set()  # elements with a block inside: containers, whose children are taken instead
    for _, el in etree.iterwalk(root, events=("end",)):
        parent = el.getparent()
        if el.tag in _HTML_CONTAINS_BLOCKS and parent is not None:
            holds_block.add(parent)
        if el in rows:
            if rows[el]:  # not a row of a header stacked over rows: the first row says the whole header
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
    text = "\n\n".join(blocks) if blocks else root.text_content()
    if "<sup>" not in text:
        return text
    return "\n".join(_MD_SUP.sub(_superscript, line) for line in _defining_notes(text.split("\n"), every=True))


def _keep_main_text(root) -> None:
    """Only the page's one article (else its one <main>) when it holds most of the page's text: what stands beside
    it — a post's date and view count, its attachment line, a "related documents" box — is the portal's, not the
    document's (a related link's title was quoted as the plan's answer). Then, anywhere, a list whose every item is
    wholly a link is a box of links, not the document's text."""
    body = root.find("body")
    for path in ("//article", "//main | //*[@role='main']"):
        found = root.xpath(path)
        if len(found) != 1 or body is None:
            continue
        main = found[0]
        if len(main.text_content().split()) * _HTML_MAIN_SHARE >= len(body.text_content().split()):
            main.tail = None
            body.clear()
            body.append(main)
        break
    for listed in root.xpath("//ul | //ol"):
        items = [li for li in listed if li.tag == "li"]
        if len(items) > 1 and all(_wholly_a_link(li) for li in items):
            box = listed.getparent()
            others = [el for el in box if el is not listed]
            titled = len(others) <= 1 and all(el.tag in _HTML_BOX_TITLES and not (el.tail or "").strip()
                                              for el in others)
            # a box holding the list and at most its title ("Văn bản liên quan") goes whole
            (box if box.tag in ("div", "section") and titled and not (box.text or "").strip() else listed).drop_tree()


def _wholly_a_link(el) -> bool:
    """Whether an element's text is all its links' text ("<li><a>Kế hoạch …</a></li>"): a link to elsewhere."""
    text = " ".join(el.text_content().split())
    return bool(text) and text == " ".join(" ".join(a.text_content() for a in el.iter("a")).split())


def _html_data_rows(root) -> dict:
    """The rows of the page's tables of data, each as one line (`table_row`, a header cell too), a first row of
    header cells (`<th>`, or in `<thead>`) then marked as the header (`header_rule`). Not the header table beside
    the motto, whose cells are read one by one as lines of the header, nor a row holding paragraphs or long text
    (a page laid out in a table)."""
    rows = {}
    for table in root.iter("table"):
        if letterhead(" ".join(table.text_content().split())):
            continue
        own = [tr for tr in table.iter("tr") if tr.xpath("ancestor::table[1]")[0] is table]  # not a cell's table's
        if _spans(own):
            rows.update(_laid_out_rows(own))
            continue
        for tr in own:
            cells = _cells(tr)
            texts = [" ".join(c.text_content().split()) for c in cells]
            if cells and all(len(text) <= _HTML_CELL_MAX and not c.xpath(_HTML_CELL_BLOCKS)
                             for c, text in zip(cells, texts)) and any(texts):
                rows[tr] = table_row(texts)
                if tr is own[0] and (tr.getparent().tag == "thead" or all(c.tag == "th" for c in cells)):
                    rows[tr] += "\n" + header_rule(len(cells))
    return rows


def _cells(tr) -> list:
    return [c for c in tr if c.tag in ("td", "th")]


def _span(cell, name: str) -> int:
    return clamped_span(cell.get(name))


def _spans(trs: list) -> bool:
    """Whether a table of data merges cells (colspan, rowspan) — each cell short text, none holding blocks."""
    cells = [c for tr in trs for c in _cells(tr)]
    return any(_span(c, "colspan") > 1 or _span(c, "rowspan") > 1 for c in cells) and all(
        len(" ".join(c.text_content().split())) <= _HTML_CELL_MAX and not c.xpath(_HTML_CELL_BLOCKS) for c in cells)


def _laid_out_rows(trs: list) -> dict:
    """A table with merged cells as its rows on the grid (ingest/table_grid.py): a header stacked over rows as one
    header row, marked so; its other rows read as nothing more."""
    grid = laid_out([[Spanned(" ".join(c.text_content().split()), _span(c, "colspan"), _span(c, "rowspan"))
                      for c in _cells(tr)] for tr in trs])
    rows = {trs[0]: grid.title} if grid.title else {}
    trs = trs[1:] if grid.title else trs
    rows |= {tr: table_row(cells) for tr, cells in zip(trs, grid.rows) if any(cells)}
    if grid.header_rows > 1:
        rows.update({tr: "" for tr in trs[1:grid.header_rows]})
        rows[trs[0]] = table_row(grid.header()) + "\n" + header_rule(len(grid.rows[0]))
    elif trs[0] in rows and (grid.title or trs[0].getparent().tag == "thead"
                             or all(c.tag == "th" for c in _cells(trs[0]))):  # the names under a title head it
        rows[trs[0]] += "\n" + header_rule(len(grid.rows[0]))
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
    text = ensure_letters(ensure_language(repair_mojibake(text, notes)))
    note = language_warning(text)
    if note and warnings is not None:
        warnings.append(note)
    return text
