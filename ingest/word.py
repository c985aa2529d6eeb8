"""Word (.docx) → raw text: paragraphs with the numbers Word draws, tables as markdown reads them, text boxes and
content controls once each. Raises IngestError with a Vietnamese message on bad input."""
from __future__ import annotations

import io
import posixpath
import zipfile
from itertools import zip_longest

from lxml import etree

from ingest.errors import IngestError
from ingest.glossary import defines, noted
from ingest.header import letterhead
from ingest.numbering import BULLET, Numbering
from ingest.structure import signature_cells
from ingest.table_grid import Spanned, clamped_span, laid_out
from troly.texts import t

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Read apart from the text around them: a text box, and the copy of a drawing Word keeps for older readers.
_NOT_INLINE = (_W + "txbxContent", _MC + "Fallback")
_TOC_GALLERY = "Table of Contents"  # Word's name for the content control holding a table of contents
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


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


def _paragraph_text(p, notes: dict[str, str] | None = None) -> str:
    """A paragraph's text; a line break typed inside it (Shift+Enter) ends a line, as Word shows it. A text box
    anchored in it ("DỰ THẢO", a number in a frame) gives lines of its own after it, once: not run into the
    paragraph's last word, nor twice (Word stores a copy of each box for older readers, `mc:Fallback`). A footnote
    of `notes` (those giving their term another name, _defining_notes) is read in brackets at its mark."""
    parts = []
    for node in p.iter(_W + "t", _W + "tab", _W + "br", _W + "cr", _W + "footnoteReference"):
        if _inside(node, _NOT_INLINE, p):
            continue
        if node.tag == _W + "footnoteReference":
            if notes and node.get(_W + "id") in notes:
                parts.append(noted(notes[node.get(_W + "id")]))
        elif node.tag == _W + "t":
            parts.append(node.text or "")
        elif node.tag == _W + "tab":
            parts.append("\t")
        elif node.get(_W + "type") in (None, "textWrapping"):  # not a page or column break
            parts.append("\n")
    for box in p.iter(_W + "txbxContent"):
        if not _inside(box, _NOT_INLINE, p):
            parts.extend("\n" + _paragraph_text(line) for line in box.iterchildren(_W + "p"))
    return "".join(parts)


def _cell_lines(cell) -> list[str]:
    """A table cell's lines: its paragraphs' lines, and a table inside it as `_inner_table` reads it, in the
    order written — not the paragraphs of its text boxes (their anchor paragraph reads them)."""
    out: list[str] = []
    for block in _blocks(cell):
        if block.tag == _W + "tbl":
            out.append(_inner_table(block))
        else:
            out.extend(line.strip() for line in _paragraph_text(block).split("\n"))
    return out


def _rows(table) -> list[list[list[str]]]:
    """The rows of a table, each a list of cells' lines: its own rows and cells, not those of a table inside one."""
    return [[_cell_lines(cell) for cell in _blocks(row, ("tc",))] for row in _blocks(table, ("tr",))]


def one_line_cells(rows: list[list[list[str]]]) -> list[list[str]]:
    """Each cell of each row on one line: its lines joined by spaces, empty lines left out."""
    return [[" ".join(line for line in cell if line) for cell in row] for row in rows]


def _inner_table(table) -> str:
    """A table inside a cell, on the cell's one line: each row after its header row's cells ("Đơn vị: Công đoàn
    cơ sở, Nhiệm vụ: Vận động …"), rows apart by "; " — once, not run together with its rows repeated."""
    rows = [row for row in one_line_cells(_rows(table)) if any(row)]
    if len(rows) < 2:
        return " ".join(cell for row in rows for cell in row if cell)
    header = rows[0]
    return "; ".join(", ".join(f"{h}: {c}" if h else c for h, c in zip_longest(header, row, fillvalue="") if c)
                     for row in rows[1:])


# Word's outline levels 0–5 (the built-in "Heading 1"–"Heading 6" styles, or any style or paragraph given one) are
# markdown's "#"–"######": a heading Word marks reads as a markdown file's heading does (ingest/md_headings.py).
_MD_LEVELS = 6


def _outline_levels(styles) -> dict[str, int]:
    """The outline level (0 = "Heading 1") of each paragraph style of styles.xml that has one, its own or that of the
    style it is based on."""
    own: dict[str, int | None] = {}
    based: dict[str, str] = {}
    for style in styles.iter(_W + "style") if styles is not None else ():
        sid = style.get(_W + "styleId") or ""
        level = style.find(f"{_W}pPr/{_W}outlineLvl")
        own[sid] = int(level.get(_W + "val")) if level is not None and (level.get(_W + "val") or "").isdigit() else None
        parent = style.find(_W + "basedOn")
        if parent is not None:
            based[sid] = parent.get(_W + "val") or ""
    out: dict[str, int] = {}
    for sid in own:
        seen, at = set(), sid
        while own.get(at) is None and at in based and at not in seen:  # a cycle of basedOn ends the walk
            seen.add(at)
            at = based[at]
        if own.get(at) is not None:
            out[sid] = own[at]
    return out


def _heading_mark(p, levels: dict[str, int]) -> str:
    """The markdown mark ("## ") of a paragraph Word shows as a heading: its own outline level, else its style's;
    "" for body text (level 9) and any level markdown has no heading for."""
    ppr = p.find(_W + "pPr")
    if ppr is None:
        return ""
    own = ppr.find(_W + "outlineLvl")
    style = ppr.find(_W + "pStyle")
    level = int(own.get(_W + "val")) if own is not None and (own.get(_W + "val") or "").isdigit() else \
        levels.get(style.get(_W + "val") or "") if style is not None else None
    return "#" * (level + 1) + " " if level is not None and level < _MD_LEVELS else ""


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


def header_rule(width: int) -> str:
    """The line a markdown table writes under its header row ("|---|---|"): what a Word or web page table's row
    marked as its header (a repeated header row, a `<th>` row) is followed by, so that it is read as the header
    however its cells read (`table_shape.first_row_is_data` guesses only where nothing says)."""
    return "|" + "---|" * width


def _marked_header(row) -> bool:
    """Whether a Word table row is marked as the table's header row (repeated at the top of each page)."""
    mark = row.find(f"{_W}trPr/{_W}tblHeader")
    return mark is not None and mark.get(_W + "val", "true") not in ("0", "false", "off")


def side_by_side(cells: list[list[str]]) -> list[str]:
    """A header table's row (issuer beside the motto), each cell several lines, as printed: line beside line."""
    return [" | ".join(line for line in aside if line) for aside in zip_longest(*cells, fillvalue="")]


def signatures_beside(cells: list[list[str]]) -> list[str]:
    """A row of signatures side by side (a Word or markdown table is how two parties' signatures, or "Nơi nhận"
    beside the signature, are laid out), line beside line: each cell's lines in its own column, as a PDF's two
    printed columns are read (structure.closing_columns), so that a signer keeps their role and name on lines
    of their own."""
    return [table_row(list(aside)) for aside in zip_longest(*cells, fillvalue="") if any(aside)]


def _table_lines(table) -> list[str]:
    """A Word table's rows, cells apart by " | ". The header table (issuer beside the motto, or a letterhead printing
    none: header.letterhead; each cell several lines) is read line beside line, as it is printed, so that the
    issuer's lines, the number and the place-date stay lines of their own; any other cell is one line, its rows as
    `table_row`."""
    rows = _rows(table)
    if letterhead(" ".join(line for row in rows for cell in row for line in cell)):
        return [line for row in rows for line in side_by_side(row)]
    if rows and all(signature_cells(row) or not any(map(any, row)) for row in rows):
        return [line for row in rows for line in signatures_beside(row)]
    grid = laid_out([[Spanned(text, *_span(tc)) for text, tc in zip(row, _blocks(tr, ("tc",)))]
                     for row, tr in zip(one_line_cells(rows), _blocks(table, ("tr",)))])
    title = [grid.title] if grid.title else []  # said once, above the table; the names under it head it
    if grid.header_rows > 1:  # a header stacked over rows by merged cells: one header row, each column named whole
        return title + [table_row(grid.header()), header_rule(len(grid.rows[0]))] + \
            [table_row(row) for row in grid.rows[grid.header_rows:] if any(row)]
    lines = [table_row(row) for row in grid.rows if any(row)]
    if grid.rows and any(grid.rows[0]) and (grid.title or _marked_header(next(_blocks(table, ("tr",))))):
        lines.insert(1, header_rule(len(grid.rows[0])))
    return title + lines


def _span(tc) -> tuple[int, int, bool]:
    """A Word cell's span: the grid columns it covers (gridSpan), one row, and whether it goes on the merged cell
    above it (vMerge without "restart") — as `table_grid.Spanned` takes them."""
    across = tc.find(f"{_W}tcPr/{_W}gridSpan")
    merge = tc.find(f"{_W}tcPr/{_W}vMerge")
    width = clamped_span(across.get(_W + "val") if across is not None else None)
    return width, 1, merge is not None and merge.get(_W + "val", "continue") != "restart"


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


def _defining_notes(archive: zipfile.ZipFile, main: str, limit: int) -> dict[str, str]:
    """The footnotes that give their term another name ("Trước đây gọi là giáo án"), by id: read beside their mark,
    the name is found and cited at the term's clause (ingest/glossary.py). Other notes are not read."""
    part = _optional_part(archive, posixpath.join(posixpath.dirname(main), "footnotes.xml"), limit)
    notes: dict[str, str] = {}
    for note in (part.iter(_W + "footnote") if part is not None else ()):
        text = " ".join(_paragraph_text(p).strip() for p in note.iter(_W + "p")).strip()
        if text and defines(text):
            notes[note.get(_W + "id") or ""] = text
    return notes


def _main_part_name(archive: zipfile.ZipFile, limit: int) -> str:
    """The package's main document part, as its root relationships name it."""
    rels = etree.fromstring(_bounded_part(archive, "_rels/.rels", limit), _XML_PARSER)
    for rel in rels:
        if (rel.get("Type") or "").endswith("/officeDocument"):
            return (rel.get("Target") or "").lstrip("/")
    raise KeyError("officeDocument")


def _core_title(archive: zipfile.ZipFile, limit: int) -> str:
    """The title Word keeps in the document's properties (docProps/core.xml), or ""."""
    core = _optional_part(archive, "docProps/core.xml", limit)
    if core is None:
        return ""
    return next((node.text or "" for node in core.iter("{http://purl.org/dc/elements/1.1/}title")), "")


def _blocks(parent, tags: tuple[str, ...] = ("p", "tbl")):
    """The paragraphs and tables of a Word body or cell in order (with `tags`, a table's rows or a row's cells),
    also those inside a content control (a template's fields, `w:sdt`) or a custom XML block, which hold text
    as any paragraph does — not a table of contents, whose lines repeat the headings with their page numbers."""
    for child in parent.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag in tags:
            yield child
        elif tag == "sdt":
            gallery = child.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
            content = child.find(_W + "sdtContent")
            if content is not None and (gallery is None or gallery.get(_W + "val") != _TOC_GALLERY):
                yield from _blocks(content, tags)
        elif tag == "customXml":
            yield from _blocks(child, tags)


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
            parts = [_optional_part(archive, posixpath.join(posixpath.dirname(main), name), limit)
                     for name in ("numbering.xml", "styles.xml")]
            numbering, levels = Numbering.read(*parts), _outline_levels(parts[1])
            notes = _defining_notes(archive, main, limit)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, ValueError, OSError, etree.XMLSyntaxError) as exc:
        raise IngestError(t("ingest.errors.docx_corrupt")) from exc
    if body is None:  # a package without a Word body (a spreadsheet renamed .docx)
        raise IngestError(t("ingest.errors.docx_corrupt"))
    lines: list[str] = []
    for child in _blocks(body):
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = _paragraph_text(child, notes)
            label = numbering.label(child) if text.strip() else None
            if label is None and text.strip() and _is_list_item(child):
                label = BULLET
            if label and not text.lstrip()[:1] in "-–+•*":
                text = label + text.strip()
            mark = _heading_mark(child, levels) if text.strip() and "\n" not in text.strip() else ""
            lines.append(mark + text.strip() if mark else text)
        elif tag == "tbl":
            lines.extend(_table_lines(child))
        lines.append("")
    return "\n".join(lines)
