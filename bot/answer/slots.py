"""The slot a schedule keys its rows by ("Tháng 9", "Quý III", "Đợt 2"): the row or line a question naming that slot
asks. Siblings of a month-by-month table share every other word of the question ("công đoàn ngành … có hoạt động
gì"); only the key tells them apart, so a row keyed by another number of the same word answers another slot. A table
whose COLUMNS are periods ("Chỉ tiêu | Năm 2026 | Năm 2027 | …") answers a question naming one with that column's
cell, not the row's every year (period_columns)."""
from __future__ import annotations

import re
from functools import lru_cache

from bot.answer.model import line_at, row_cells
from bot.answer.question import field_label
from ingest.chunker import plain_cells
from ingest.table_units import column_periods
from troly.tables import toml
from troly.texts import alternation
from troly.vntext import fold, quarter_number
from troly.years import stated_years
from vectorstore.search import Passage

_WORDS = toml("date_words.toml")
_NUMBER = r"(?:\d{1,2}|iv|i{1,3})"
# "tháng 9", "quý III", "tháng 9 - 10", "quý I và II", folded; not the month of a day ("ngày 5 tháng 12")
_SLOT_WORD = alternation(map(fold, _WORDS['slot_words']), spaced=False)
_JOINER = alternation(map(fold, _WORDS["slot_joiners"]), spaced=False)
_SPANS = frozenset(map(fold, _WORDS["slot_spans"]))
_SLOT = re.compile(rf"(?<!\w)({_SLOT_WORD})\s+({_NUMBER}(?:\s*{_JOINER}\s*(?:{_SLOT_WORD}\s+)?{_NUMBER})*)"
                   rf"(?!\w|\s*[/.]\s*\d{{1,2}}\b(?!\s*/))")
_DAY_BEFORE = re.compile(r"\d{1,2}\s*$")
_EACH = re.compile(rf"{_NUMBER}|{alternation(_SPANS, spaced=False)}")
_BARE_NUMBER = re.compile(r"[\d.\s]*")


def _numbers(said: str) -> frozenset[int]:
    """"9 - 11" → {9, 10, 11}, "i va ii" → {1, 2}: the numbers a slot's key covers, a span whole."""
    out: set[int] = set()
    tokens = _EACH.findall(said)
    for n, tok in enumerate(tokens):
        if tok in _SPANS:
            continue
        value = quarter_number(tok) if not tok.isdigit() else int(tok)
        if n >= 2 and tokens[n - 1] in _SPANS and out:
            out |= set(range(max(out) + 1, value))
        out.add(value)
    return frozenset(out)


@lru_cache(maxsize=20_000)
def slots_named(text: str) -> frozenset[tuple[str, int]]:
    """The slots a text names, (its word folded, a number): "Tháng 9 năm 2027" → {("thang", 9)}; a quarter however
    numbered ("quý III", "quý 3"). Not the month of a day ("ngày 5 tháng 12") nor a length ("6 tháng": no number
    after the word)."""
    folded = fold(text).lower()
    return frozenset((m.group(1), n) for m in _SLOT.finditer(folded)
                     if not (m.group(1) == fold(_WORDS["month"]) and _DAY_BEFORE.search(folded, 0, m.start()))
                     for n in _numbers(m.group(2)))


def _row_of(p: Passage, line: str) -> str:
    """The row of a passage's text holding a line (a span may be a clause of its row: "…; kiểm tra thu chi …"); the
    line itself when the text does not hold it."""
    at = p.text.find(line)
    return line_at(p.text, at) if at >= 0 else line


def _key(p: Passage, line: str) -> str:
    """What a line is keyed by: its table row's first cell that is no bare number (its "STT"), else the label it opens
    with ("Quý III: …"). The line's own row: a passage may hold several rows, each keyed by its own first cell."""
    row = _row_of(p, line)
    if row.lstrip().startswith("|"):
        return next((c for c in plain_cells(row) if c and not _BARE_NUMBER.fullmatch(c)), "")
    return field_label(line)


def keyed_by(p: Passage, line: str) -> frozenset[tuple[str, int]]:
    """The slots a line of a passage is keyed by ("| Tháng 9 | … |" → {("thang", 9)}), none for a line keyed by none."""
    return slots_named(_key(p, line))


def other_slot(asked: frozenset[tuple[str, int]], keyed: frozenset[tuple[str, int]]) -> bool:
    """Whether a line keyed by `keyed` answers another slot than every one asked: keyed by the same word ("tháng")
    with none of the numbers asked."""
    words = {w for w, _ in asked}
    same_word = {k for k in keyed if k[0] in words}
    return bool(same_word) and same_word.isdisjoint(asked)


def _periods(text: str) -> frozenset[tuple[str, int]]:
    """The periods a text names: its slots (slots_named) and its years ("Năm 2027" → {("nam", 2027)}), not the year of
    a date ("tháng 9/2027": the month is the slot) nor of a document's number ("27/2026/NQ-HĐND", troly/years.py)."""
    return slots_named(text) | {("nam", int(y)) for y in stated_years(text, dated=False)}


def period_columns(question: str, p: Passage) -> list[tuple[str, str]]:
    """The cells of a table row (header, value) to quote for a question naming a period its COLUMNS are keyed by
    ("Năm 2027 tỷ lệ … bao nhiêu" of "Chỉ tiêu | Năm 2026 | Năm 2027 | …"): the cells naming no period (the row's
    label) and those of the period asked — the row's every year quotes figures of years not asked, the one asked
    lost among them. [] when the row's columns are not periods (two at least), or the question names none of them."""
    cells = row_cells(p)
    keyed = column_periods([header for header, _ in cells], _periods)
    if keyed is None:
        return []
    asked = _periods(question)
    kept = [cell for cell, k in zip(cells, keyed) if not k or k & asked]
    if len(kept) == len(cells) or not any(k & asked for k in keyed):
        return []
    return kept
