"""The unit a table row's figures are in (row_unit): one reader for the targets ingest lists (ingest/obligations.py)
and the figures answers quote (bot/answer/model.py in_column_units), so a row has one unit for both; and the one test
of a table whose columns are periods (column_periods), each caller reading its periods its own way — ingest a year
alone ("Năm 2027": year_columns, the targets it lists by year), answers also one year after a group's name ("Kế
hoạch các năm 2027") or a span ("Giai đoạn 2026 - 2030"; bot/answer/model.py _period_of_column). Words in
prompts/count_words.toml [table_units]."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from troly import tables
from troly.vntext import fold
from troly.years import YEAR

_COUNT = tables.toml("count_words.toml")
_UNIT_WORDS = frozenset(word for phrase in [*_COUNT["other_units"], *_COUNT["generic"], *_COUNT["classifiers"],
                                            *_COUNT["noun_first_classifiers"], *_COUNT["money_units"],
                                            *_COUNT["table_units"]["words"]]
                        for word in phrase.split())
_UNIT_HEADERS = frozenset(_COUNT["table_units"]["headers"])
_YEAR_WORD = tables.toml("date_words.toml")["year"]
_YEAR_LEADS = "|".join(re.escape(w) for w in _COUNT["table_units"]["year_leads"])
_REACHED = frozenset(_COUNT["table_units"]["year_reached"])
# a header naming a year alone ("Năm 2027"), maybe after what its figures are ("Kế hoạch năm 2027") or with a note
_YEAR_CELL = re.compile(rf"(?P<lead>(?:{_YEAR_LEADS})\s+)?(?:{_YEAR_WORD}\s+)?(?P<year>{YEAR})"
                        rf"(?:\s*\((?P<note>[^()]{{1,30}})\))?", re.IGNORECASE)
_BRACKET = re.compile(r"\(\s*([^()]{1,20}?)\s*\)\s*$")  # "Tỷ lệ che phủ rừng (%)": words in brackets closing a cell
_RATE = re.compile(r"[^\W\d_]\s*/\s*[^\W\d_]")  # "nghìn tấn/năm", "bác sĩ/vạn dân"
T = TypeVar("T")


def column_periods(headers: Sequence[str], period: Callable[[str], T]) -> list[T] | None:
    """What `period` reads in each column's header (a year, a month …; falsy for a column naming none), or None when
    fewer than two columns name one: the one test of a table whose COLUMNS are periods, for the targets ingest lists
    by year (year_columns) and the column answers quote of the period asked (bot/answer/slots.py)."""
    named = [period(cell) for cell in headers]
    return named if sum(1 for n in named if n) >= 2 else None


def _year_alone(header: str) -> int | None:
    """The year a header names alone ("Năm 2027", "2027", "Kế hoạch năm 2027"): a column of targets by that year."""
    return int(m.group("year")) if (m := _YEAR_CELL.fullmatch(header.strip())) else None


def target_columns(headers: Sequence[str], results: bool = False) -> list[bool]:
    """Which year columns hold targets: not one noted as reached ("Năm 2026 (ước thực hiện)"), nor, when some column
    names its figures as planned ("Kế hoạch năm 2027") or the table reports `results`, a year named bare ("Năm 2026":
    what it reached)."""
    found = [_YEAR_CELL.fullmatch(h.strip()) for h in headers]
    planned = results or any(m and m.group("lead") for m in found)
    return [bool(m) and not (m.group("note") and " ".join(fold(m.group("note")).lower().split()) in _REACHED)
            and (not planned or bool(m.group("lead"))) for m in found]


def year_columns(headers: Sequence[str]) -> list[int | None] | None:
    """The year each column of a targets-by-year table names in its header ("Chỉ tiêu | Năm 2026 | Năm 2027 | …"),
    None for a column naming none; None when fewer than two columns name a year."""
    return column_periods(headers, _year_alone)


def bracket_unit(cell: str) -> str:
    """The unit a cell names in brackets at its end ("Diện tích trồng (ha)" → "ha", "Tỷ lệ (%)" → "%", "Sản lượng
    (nghìn tấn/năm)"); "" when the brackets hold no unit: a short name ("Công đoàn ngành Giáo dục (CĐGD)"), a role
    ("Nguyễn Văn An (Chủ tịch)") or a place ("Trường THCS Lê Lợi (Cờ Đỏ)") says whose the row is, not what its figures
    count."""
    m = _BRACKET.search(cell)
    if not m:
        return ""
    inside = m.group(1)
    words = fold(inside).lower().split()
    return inside if inside == "%" or _RATE.search(inside) or (words and all(w in _UNIT_WORDS for w in words)) else ""


def unit_column(headers: list[str]) -> int | None:
    """The column whose cells name each row's unit ("Đơn vị tính", "ĐVT"), None when the table has none."""
    return next((k for k, header in enumerate(headers) if " ".join(fold(header).lower().split()) in _UNIT_HEADERS),
                None)


def row_unit(cells: list[str], headers: list[str], label: str) -> str:
    """The unit of a row's figures in a table whose columns are periods: its cell in the unit column ("| Tỷ lệ … | % |
    32,5 | 40 |"), else the unit its label names in brackets ("Tỷ lệ che phủ rừng (%)"); "" when neither names one."""
    column = unit_column(headers)
    named = cells[column].strip() if column is not None and column < len(cells) else ""
    return named or bracket_unit(label)
