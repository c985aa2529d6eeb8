"""Whether a table's first row names its columns or is a row of data like the others. A markdown table says so
(its header row stands above the `|---|` row); a Word table or a web page's need not have one ("| 1 | Xây dựng
thể lệ | Ban Tuyên giáo | 15/01/2027 |" as its first row): read as a header, every later row would be quoted
after its cells ("Xây dựng thể lệ: Đăng ký danh sách | …") and no row of the table would be a task."""
from __future__ import annotations

import re
from collections.abc import Sequence

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NOT_SHAPE = re.compile(r"[^\d%/Y]")


def shape(cell: str) -> str:
    """A cell's figures as a pattern, its words dropped: "trước ngày 15/01/2027" → "9/9/Y", "95%" → "9%", "1." →
    "9", "2025" → "Y", "Thời hạn" → "" (no figure: a column's name, or a text)."""
    return _NOT_SHAPE.sub("", _NUMBER.sub("9", _YEAR.sub("Y", cell)))


def first_row_is_data(rows: Sequence[Sequence[str]]) -> bool:
    """Whether the first of a table's rows (its cells) is data: in more columns than not whose later cells all
    hold figures of one pattern (numbers "1", "2" …; dates; percentages), its cell holds that pattern too
    rather than a name ("STT", "Thời hạn", "Năm 2025" over "95%"). A table of words alone keeps its first row
    as its header, as before."""
    first, rest = rows[0], rows[1:]
    votes = 0
    for col, cell in enumerate(first):
        shapes = {shape(row[col]) for row in rest if col < len(row) and row[col].strip()}
        if len(shapes) != 1 or "" in shapes or not cell.strip():
            continue
        votes += 1 if shape(cell) in shapes else -1
    return votes > 0
