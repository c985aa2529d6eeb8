"""Whether a table's first row names its columns or is a row of data like the others. A markdown table says so
(its header row stands above the `|---|` row), and so does a web page's `<th>` row or a Word row marked to repeat
as the header on each page (the readers write those as markdown does); a Word table or a web page's need not have
one ("| 1 | Xây dựng thể lệ | Ban Tuyên giáo | 15/01/2027 |" as its first row): read as a header, every later row
would be quoted after its cells ("Xây dựng thể lệ: Đăng ký danh sách | …") and no row of the table would be a task."""
from __future__ import annotations

import re
from collections.abc import Sequence

from troly.years import YEAR  # a year as documents write it ("2025"), not part of a longer number

# A cell's figures, each as it is read: a year, a number, a percent or date sign. Marks that are no letter, so
# that no word ("NGÀY", "QUY ĐỊNH") reads as a figure.
_FIGURE = re.compile(rf"(?P<year>{YEAR})|(?P<number>\d+(?:[.,]\d+)*)|[%/]")
_MARKS = {"year": "#", "number": "9"}
LETTER = re.compile(r"[^\W\d_]")  # any letter (no digit, no underscore): a cell or line holding words
_WORDS_MARK = "~"  # before the figures of a cell that has words too ("Tháng 10"): it is no bare figure ("12")
# A date however written (day/month/year, day/month, month/year): a due column writes its dates several ways
# ("Trước ngày 15/4/2027" over "30/6/2027" and "Tháng 5/2027"), all of them data.
_DATE = re.compile(r"9/9(?:/#)?|9/#")
_DATE_SHAPE = "date"
BARE_NUMBER = _MARKS["number"]  # the shape of a cell holding one plain number and nothing else ("45", "1.250")
# A column's number as a numbering row under a header writes it: "3", "(3)", "03", "[3]", "4=2+3", "(3)=(1)+(2)".
_COLUMN_NUMBER = re.compile(r"[(\[]?0*(\d+)[)\]]?\s*(?:=.*)?")


def shape(cell: str) -> str:
    """A cell's figures as a pattern, after a mark if words stand with them: "95%" → "9%", "1." → "9", "2025" →
    "#", "Tháng 10" → "~9", "Thời hạn" → "" (no figure: a column's name, or a text); any date ("15/01/2027",
    "trước ngày 15/01/2027", "tháng 5/2027") → "date"."""
    figures = "".join(next((_MARKS[k] for k, v in m.groupdict().items() if v), m.group())
                      for m in _FIGURE.finditer(cell))
    if _DATE.search(figures):
        return _DATE_SHAPE
    return (_WORDS_MARK if figures and LETTER.search(cell) else "") + figures


def figures_only(row: str) -> bool:
    """A table row whose cells hold figures alone ("| 2028 | 4,5 | 3.700 |"): what they count is named only by its
    table's header row, which search (ingest/chunker.py) and answers (bot/answer/composer.py) read as its words. Not
    a row holding one figure alone (a row's number over empty cells: a form to fill in) nor the columns' numbers under
    a header ("| 1 | 2 | 3 | 4=2+3 |", "| (1) | (2) | (3)=(1)+(2) |", "| 01 | 02 | 03 |"): they count nothing."""
    filled = [cell.strip() for cell in row.strip().strip("|").split("|") if cell.strip()]
    numbers = [_COLUMN_NUMBER.fullmatch(cell) for cell in filled]
    numbering = all(m and int(m.group(1)) == k for k, m in enumerate(numbers, 1))
    return not LETTER.search(row) and len(filled) >= 2 and not numbering


def first_row_is_data(rows: Sequence[Sequence[str]]) -> bool:
    """Whether the first of a table's rows (its cells) is data: in more columns than not whose later cells all
    hold figures of one pattern (numbers "1", "2" …; dates; percentages), its cell holds that pattern too
    rather than a name ("STT", "Thời hạn", "Năm 2025" over "95%", "Tháng 10" over "12"). A table of words alone
    keeps its first row as its header, as before."""
    first, rest = rows[0], rows[1:]
    votes = 0
    for col, cell in enumerate(first):
        shapes = {shape(row[col]) for row in rest if col < len(row) and row[col].strip()}
        if len(shapes) != 1 or "" in shapes or not cell.strip():
            continue
        votes += 1 if shape(cell) in shapes else -1
    return votes > 0


def _names_columns(cell: str) -> bool:
    """A cell that names a column rather than holding a figure of a row: words ("Trục ấp, liên ấp", "Năm 2026",
    "Tỷ lệ (%)") or a year alone ("2026")."""
    return bool(LETTER.search(cell)) or shape(cell) == _MARKS["year"]


def header_below(header: Sequence[str], row: Sequence[str]) -> list[str] | None:
    """The names of a table's columns when the row under its header row is the header's second row, else None (a
    row of data). A header merged over two rows is written so by a markdown table, a PDF's or a Word table without
    merged cells: a group's name over the columns it covers, in the first of them, the others left empty
    ("| Năm | Đường GTNT (km) | | | Cầu (cái) |"), each column named in the row under it ("| | Trục xã | Trục ấp |
    Ngõ, xóm | |"), or years under one name ("| Chỉ tiêu | Kế hoạch các năm | | |" over "| | 2026 | 2027 | 2028 |").
    That row names columns: its first cell empty (the rows' names go on from the header above) or the header's
    own, every other filled cell words or a year alone, and it names a column the header left empty, or holds years
    alone, and nothing under a column no group covers. Each column is then named top to bottom ("Đường GTNT (km)
    Trục ấp", "Kế hoạch các năm 2027"), a group's name read over each column it covers: without them, a row of
    figures alone ("| 2027 | 45 | 120 | 60 |") was read under names its cells do not line up with, and the row of
    years was quoted as data."""
    if len(row) != len(header) or len(row) < 3 or (row[0] and row[0] != header[0]):
        return None
    filled = [cell for cell in row[1:] if cell]
    if len(filled) < 2 or not all(_names_columns(cell) for cell in filled):
        return None
    years = all(shape(cell) == _MARKS["year"] for cell in filled)
    if not years and not any(cell and not above for above, cell in zip(header[1:], row[1:])):
        return None
    # a column no group covers (the next header cell is filled, or it is the last) is one cell over both rows: named
    # under it again, the row is data ("| | Nguyễn Văn An | Phòng Tổ chức | Trưởng phòng |" under "| STT | Họ và tên |
    # Đơn vị | |": the name is under "Họ và tên", no group's)
    if any(above and cell and cell != above and (nxt is None or nxt)
           for above, cell, nxt in zip(header, row, [*header[1:], None])):
        return None
    names, group = [], ""
    for above, below in zip(header, row):
        group = (above or group) if below else ""  # a group's name goes on over the columns named under it
        names.append(" ".join(dict.fromkeys(name for name in (above or group, below) if name)))
    return names
