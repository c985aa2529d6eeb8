"""A table drawn in plain text with box borders ("+------+------+" over "| Chỉ tiêu | Năm 2025 |", or with the
box-drawing characters ┌─┬─┐ │ ├─┼─┤ a converter writes) read as the same table typed in markdown: its rows as
markdown rows, its borders gone. Read line by line with its borders, the border under the header row ended the
table there: the rows under it were a second table whose first row ("| Số xe buýt điện (chiếc) | 0 | 24 | 61 |")
read as data, with no column's name ("Năm 2025") — a .txt table was not read as the .docx, .html and .md ones are.

A border between the header and the rows alone marks the header (as markdown's `|---|` row does), and so does a
border of "=" (a grid table's); a line with half its cells or more empty, its words opening in lower case, goes on
with the row above it (a long cell written over several lines). Any other table's header is judged as a markdown
table's without a rule (ingest/table_shape.first_row_is_data). A header set apart by a border and wrapped over
lines ("| Viên |" over "|  | 200.000 ĐV |": its lines after the first leave the first cell empty, where a row's number
or name stands) is one header row, its cells joined ("Viên 200.000 ĐV"): read line by line, the second line was a row
of data and the columns were named by half their names (two columns "Viên")."""
from __future__ import annotations

import re

from ingest.word import header_rule, table_row

_SIDES = "|│║┃"
_BORDER = re.compile(r"[+┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫┏┓┗┛┣┫┳┻╋]"
                     r"[-=+─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫┏┓┗┛┣┫┳┻╋:]*")
_RULE_CHARS = frozenset("-=─━═")
_ROW = re.compile(rf"^\s*[{_SIDES}].*[{_SIDES}]\s*$")


def _border(line: str) -> bool:
    """A box's border line ("+-----+----+", "├───┼───┤"): corners and rules only."""
    text = line.strip()
    return len(text) >= 3 and bool(_BORDER.fullmatch(text)) and any(c in _RULE_CHARS for c in text)


def _cells(line: str) -> list[str]:
    """A row line's cells, the box-drawing sides read as "|"."""
    for side in _SIDES[1:]:
        line = line.replace(side, "|")
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _continues(cells: list[str], above: list[str]) -> bool:
    """A line going on with the row above it: as many cells, at least half of them empty (the lines of a long cell
    beside short ones), its words going on mid-phrase ("| đoàn viên |  |": no filled cell opens with a capital); not
    a row of its own with a cell left empty ("| | Tổng cộng | 60.466 |", a task with no deadline "| Tuyên truyền
    thường xuyên |  |", review47 R6)."""
    filled = [c for c in cells if c]
    return len(cells) == len(above) and len(filled) * 2 <= len(cells) and not any(c[0].isupper() for c in filled)


def _rows(lines: list[str]) -> list[list[str]]:
    """The row lines between two borders as rows (_joined)."""
    return _joined([_cells(line) for line in lines])


def _joined(lines: list[list[str]]) -> list[list[str]]:
    """Each line's cells a row, a line going on with the row above (_continues) joined to it cell by cell."""
    rows: list[list[str]] = []
    for cells in lines:
        if rows and _continues(cells, rows[-1]):
            rows[-1] = [" ".join(part for part in pair if part) for pair in zip(rows[-1], cells)]
        else:
            rows.append(cells)
    return rows


def _wrapped_header(group: list[str]) -> list[str] | None:
    """The header over a border written over several lines, as one row: its lines after the first each leave the
    first cell empty and fill another, as many cells as the first; None when the group is not such a header."""
    lines = [_cells(line) for line in group]
    if len(lines) < 2 or not all(lines[0]):
        return None
    if any(len(cells) != len(lines[0]) or cells[0] or not any(cells) for cells in lines[1:]):
        return None
    return [" ".join(cell for cell in column if cell) for column in zip(*lines)]


def _as_markdown(groups: list[list[str]], rules: list[str]) -> list[str]:
    """A box table's rows as markdown rows: `groups` are its row lines between borders, `rules[k]` the border under
    groups[k]. The header's rule under its first row when a border of "=" says so, or a border under it and no
    other between the rows (a header set apart), or a header wrapped over lines above a border (_wrapped_header)."""
    header = _wrapped_header(groups[0]) if len(groups) > 1 else None
    if header is not None:
        body = [table_row(row) for group in groups[1:] for row in _rows(group)]
        return [table_row(header), header_rule(len(header))] + body
    rows = [row for group in groups for row in _rows(group)]
    out = [table_row(row) for row in rows]
    set_apart = len(groups) == 2 and len(_rows(groups[0])) == 1
    if len(rows) > 1 and len(_rows(groups[0])) == 1 and ("=" in rules[0] or "═" in rules[0] or set_apart):
        out.insert(1, header_rule(len(rows[0])))
    return out


# The rule under a table's header row drawn without a box ("----+---------+-----", "---|---"): its "+" or "|" stand
# where the columns part.
_HEADER_RULE = re.compile(r"^\s*[-=]{2,}(?:\s*[+|]\s*[-=]{2,})+\s*$")


def _split_at(line: str, rule: str) -> list[str] | None:
    """A line of the table `rule` underlines, as its cells: parted at its "|" when it has one a junction of the rule,
    else at the junctions' places (columns spaced out); None when the line is no row of it (other "|", or words
    running across a junction's place)."""
    joints = [n for n, c in enumerate(rule) if c in "+|"]
    if "|" in line:
        cells = line.split("|")
        return [cell.strip() for cell in cells] if len(cells) == len(joints) + 1 else None
    if any(n < len(line) and line[n] not in " \t+" for n in joints):
        return None
    edges = [0, *joints, max(len(line), joints[-1] + 1)]
    return [line[a:b].strip(" +") for a, b in zip(edges, edges[1:])]


def _ruled(lines: list[str], at: int) -> tuple[list[str], int] | None:
    """The table whose header row `lines[at - 1]` stands over the rule `lines[at]` with no box around it ("STT |
    Đối tượng | Mức" over "----+----------+-----", its rows under it to a blank line) as markdown rows, and the line
    after it; None when the line over the rule is not a header of as many cells."""
    rule = lines[at]
    header = _split_at(lines[at - 1], rule) if at and lines[at - 1].strip() else None
    if not header or sum(bool(cell) for cell in header) < 2:
        return None
    rows, end = [], at + 1
    while end < len(lines) and lines[end].strip() and (cells := _split_at(lines[end], rule)) is not None:
        rows.append(cells)
        end += 1
    if not rows:
        return None
    return [table_row(header), header_rule(len(header)), *(table_row(row) for row in _joined(rows))], end


def _ruled_as_rows(lines: list[str]) -> list[str]:
    """The lines with every table drawn with a rule under its header and no box (_ruled) as a markdown table."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        table = _ruled(lines, i) if _HEADER_RULE.match(lines[i]) else None
        if table is None:
            out.append(lines[i])
            i += 1
            continue
        out[-1:], i = table[0], table[1]
    return out


def boxes_as_rows(text: str) -> str:
    """The text with every box table in it, and every table with a rule under its header alone (_ruled), written
    as a markdown table; any other line as it was."""
    if "+" in text or "|" in text:
        text = "\n".join(_ruled_as_rows(text.split("\n")))
    if "|" not in text and "│" not in text and "║" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _border(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        groups: list[list[str]] = []
        rules: list[str] = []
        current: list[str] = []
        j = i + 1
        while j < len(lines) and (_border(lines[j]) or _ROW.match(lines[j])):
            if _border(lines[j]):
                if current:
                    groups.append(current)
                    rules.append(lines[j])
                current = []
            else:
                current.append(lines[j])
            j += 1
        if current:  # rows after the last border: the box left open at its foot
            groups.append(current)
            rules.append("")
        if not groups:  # a rule drawn alone ("+-------+"): no table
            out.extend(lines[i:j])
        else:
            out.extend(_as_markdown(groups, rules))
        i = j
    return "\n".join(out)
