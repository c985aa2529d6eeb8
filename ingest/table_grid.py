"""A table's merged cells laid out on its grid. A Word table (gridSpan, vMerge) or a web page's (colspan, rowspan)
may merge cells: a column's name over two rows ("STT" beside "Số đoàn viên" over "Nam | Nữ"), a group's name over
the columns under it, a unit's name down the rows it covers. Read cell by cell, the rows under such a header hold
more cells than it, and every cell after the merged one was read under another column's name: "Nữ: 12" said as
"Ghi chú: 12" (new-user trial of session 39, N9). Laid out here, each cell stands in each column it covers, and the
rows of a header stacked over two or more rows make one header row ("Số đoàn viên Nam", "Số đoàn viên Nữ")."""
from __future__ import annotations

from dataclasses import dataclass

_MAX_SPAN = 64  # the most columns or rows one cell is taken to cover: a malformed span ("99999") cannot swell the grid


def clamped_span(value: str | None) -> int:
    """A colspan, rowspan or gridSpan as a table writes it: the columns or rows the cell covers (1 when unreadable)."""
    try:
        return max(1, min(int(value or 1), _MAX_SPAN))
    except ValueError:
        return 1


@dataclass(frozen=True)
class Spanned:
    """One cell as a table writes it: its text, the columns it covers, and the rows it covers (a web page's
    rowspan) or whether it goes on the merged cell above it (Word's vMerge without "restart")."""
    text: str
    across: int = 1
    down: int = 1
    continued: bool = False


@dataclass
class Grid:
    """A table's rows of cells, a merged cell's text in each column and row it covers (a merged data cell's text only
    in its first column: "Tổng cộng" is said once), and how many of its first rows name its columns (1: the first
    row alone, or none; more: a header stacked over several rows). A first row of one cell over every column is the
    table's title ("BIỂU TỔNG HỢP SỐ LIỆU …"), said once above it: no row of the grid, no column's name."""
    rows: list[list[str]]
    header_rows: int = 1
    title: str = ""

    def header(self) -> list[str]:
        """The header rows as one row: each column's names top to bottom, a name merged over rows said once."""
        out = []
        for column in zip(*self.rows[:self.header_rows]):
            names: list[str] = []
            for name in column:
                if name and (not names or names[-1] != name):
                    names.append(name)
            out.append(" ".join(names))
        return out


def _width(rows: list[list[Spanned]]) -> int:
    """The columns of a table: the most any row fills, with its own cells and those of rows above still covering it
    (a web page's rowspan: the row under "Đơn vị" merged down two rows holds one cell fewer)."""
    covered = [0] * len(rows)  # the columns of each row that cells of the rows above cover
    width = 0
    for r, row in enumerate(rows):
        width = max(width, covered[r] + sum(max(c.across, 1) for c in row))
        for cell in row:
            for below in range(r + 1, min(r + max(cell.down, 1), len(rows))):
                covered[below] += max(cell.across, 1)
    return width


def laid_out(rows: list[list[Spanned]]) -> Grid:
    """The grid of a table's rows. A cell is placed in the first free column of its row (one a cell above still
    covers is taken); its text goes into each column it covers in the rows that name columns, into its first column
    in the others, and down every row it covers. The header is as deep as the first row's tallest cell, or two rows
    when the first row names a group over some of the columns (not a title over all of them); a table of one row, or
    whose every row is the first's cells going on, keeps one. A title row over every column is set apart (Grid)."""
    width = _width(rows)
    if len(rows) > 1 and width > 1 and len(rows[0]) == 1 and rows[0][0].across >= width:
        under = laid_out(rows[1:])
        return Grid(under.rows, under.header_rows, rows[0][0].text)
    grid: list[list[str | None]] = [[None] * width for _ in rows]
    origin = [[-1] * width for _ in rows]  # the row where the cell in each place begins
    starts: list[list[tuple[int, int]]] = [[] for _ in rows]  # (column, across) of each cell written in a row
    for r, row in enumerate(rows):
        col = 0
        for cell in row:
            while col < width and grid[r][col] is not None:
                col += 1
            across = min(max(cell.across, 1), width - col)
            if across <= 0:
                break
            text, begins = cell.text, r
            if cell.continued and r:  # Word: the merged cell above goes on here
                text, begins = grid[r - 1][col] or "", origin[r - 1][col]
            for c in range(col, col + across):
                for down in range(r, min(r + max(cell.down, 1), len(rows))):
                    if grid[down][c] is None:
                        grid[down][c], origin[down][c] = text, begins
            starts[r].append((col, across))
            col += across
    # the header reaches as far down as a cell of the first row does
    depth = next((r for r in range(1, len(rows)) if 0 not in origin[r]), len(rows))
    if depth == 1 and len(rows) > 1 and any(1 < c.across < width for c in rows[0]):
        depth = 2  # a group's name over some of the columns, each named in the row under it
    depth = depth if depth < len(rows) else 1  # a cell down the whole table names no column (a layout's margin)
    out = []
    for r, row in enumerate(grid):
        cells = [text or "" for text in row]
        if r >= depth:  # a data cell merged across columns is said once, in its first column
            for col, across in starts[r]:
                for c in range(col + 1, col + across):
                    cells[c] = ""
        out.append(cells)
    return Grid(out, depth)

