"""A PDF's ruled tables (cells drawn with borders), read as rows.

pypdf's layout text prints a table as it looks: a cell wrapped on two lines puts its second line on a line of its
own, in among the row's other cells or above its row (a cell centred in a tall row), so the rows read in that
order are scrambled ("Điều trị nội trú từ 10 ngày trở 2 lên 2.000.000 …") and a header cell split over two lines
becomes a line of its own ("Mức hỗ trợ"). pdfplumber finds the tables by their rules and reads each cell whole;
the lines the layout text printed for a table are replaced by its rows, written as a Word table's are
(`word.table_row`), so a PDF table reads as the same table typed in markdown. Everything else on the page stays
pypdf's layout text.
"""
from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter

from ingest.header import letterhead
from ingest.word import one_line_cells, table_row
from troly import tables
from troly.vntext import common_abbreviations, plain_words

Rows = list[list[list[str]]]  # rows of cells, each cell its lines


_GAP_RE = re.compile(r"\S {3,}(?=\S)")  # the end of a column printed beside the next


def may_hold_table(page_text: str) -> bool:
    """Whether a page's layout text prints a table: two lines or more of three columns or more, apart by spaces (a
    header or a closing prints two). Only such pages are read again by pdfplumber, which costs some ten times
    pypdf's reading of the page: a law of hundreds of pages of text is not read twice."""
    return sum(1 for line in page_text.split("\n") if len(_GAP_RE.findall(line.strip())) >= 2) >= 2


def ruled_tables(data: bytes, pages: set[int]) -> dict[int, list[Rows]]:
    """The tables drawn with rules on those pages (by page index), those of two rows and two columns or more; none
    where pdfplumber cannot read what pypdf read (the layout text then stands as it is). Its parser inflates only the
    pages' content streams pypdf has already inflated within the file's limit."""
    if not pages:
        return {}
    import pdfplumber

    found: dict[int, list[Rows]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for index in sorted(pages):
                page = pdf.pages[index]
                tables = [[[(cell or "").split("\n") for cell in row] for row in table.extract()]
                          for table in page.find_tables()]
                tables = [rows for rows in tables if len(rows) >= 2 and max(map(len, rows)) >= 2]
                if tables:
                    found[index] = tables
                page.close()
    except Exception:  # noqa: BLE001 — pdfminer is stricter than pypdf about broken files; the text is read already
        return {}
    return found


# The one-word headers of table columns (folded: "stt", "tt", "dvt"), besides the common abbreviations: a narrow column
# wraps them inside the word ("ST" over "T"), which pdfplumber reads as two lines of the cell.
_COUNT = tables.toml("count_words.toml")
_HEADER_WORDS = frozenset(w for w in [*_COUNT["row_number"]["headers"], *_COUNT["table_units"]["headers"]]
                          if " " not in w)


def _known_word(word: str) -> bool:
    """A word in capitals that heads a column or is a common abbreviation ("STT", "ĐVT", "KPCĐ")."""
    return word.isupper() and (plain_words(word) in _HEADER_WORDS or common_abbreviations().find(word) is not None)


def _unwrapped(cell: list[str]) -> list[str]:
    """A cell's lines, a word wrapped over two of them by a narrow column joined back into the first ("ST" over "T":
    "STT") when the joined word is a known one (_known_word)."""
    out: list[str] = []
    for line in cell:
        head, _, rest = line.strip().partition(" ")
        if out and out[-1].strip() and head and _known_word(out[-1].split()[-1] + head):
            out[-1] = f"{out[-1].rstrip()}{head}{' ' + rest if rest else ''}"
        else:
            out.append(line)
    return out


def _words(line: str) -> list[str]:
    return unicodedata.normalize("NFC", line).split()


def _printed_span(lines: list[str], words: Counter) -> tuple[int, int] | None:
    """Where the layout text printed a table: the first run of lines made of the table's words and of all of them
    (each word as often as the table holds it), blank lines within it included."""
    for start, line in enumerate(lines):
        if not line.strip():
            continue
        left = Counter(words)
        for end in range(start, len(lines)):
            line_words = Counter(_words(lines[end]))
            if line_words - left:
                break
            left -= line_words
            if not left:
                return start, end + 1
    return None


def with_tables(page_text: str, tables: list[Rows]) -> str:
    """The page's layout text with each ruled table's printed lines replaced by its rows (`| a | b |`). A table
    holding the national motto is the issuer's header, read line beside line as it is printed: left as it is."""
    lines = page_text.split("\n")
    for rows in tables:
        cells = [row for row in one_line_cells(rows) if any(row)]
        if letterhead(" ".join(cell for row in cells for cell in row)):
            continue
        span = _printed_span(lines, Counter(w for row in cells for cell in row for w in _words(cell)))
        if span:  # found by the words as printed ("ST", "T"), written as read ("STT")
            written = [row for row in one_line_cells([[_unwrapped(cell) for cell in row] for row in rows]) if any(row)]
            lines[span[0]:span[1]] = [table_row(row) for row in written]
    return "\n".join(lines)
