"""Recognising the numbering of Vietnamese directive texts: Phần/Chương/Mục/Điều, I./1./1.1./a), bullets."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from troly import tables

# A law's divisions, named by a word (prompts/header_words.toml [divisions]: "Phần", "Chương", "Mục", "Điều"): the
# groups that hold articles, and the articles. Always headings, never a list's items.
GROUPS = ("phan", "chuong", "muc")
DIVISIONS = (*GROUPS, "dieu")

# Rank = depth in the hierarchy; a heading closes every open heading of equal or deeper rank.
RANKS = {"phan": 1, "chuong": 2, "muc": 3, "dieu": 4, "alpha": 5, "roman": 6, "arabic": 7, "subnumber": 8,
         "letter": 9}

_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
_D = {k: re.escape(v) for k, v in tables.toml("header_words.toml")["divisions"].items()}  # "Phần", "Điều" …
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("phan", re.compile(rf"^({_D['phan']}\s+(?:{_D['ordinal']}\s+\w+|[IVXLC]+|\d+))\b[.:]?\s*", re.I)),
    ("chuong", re.compile(rf"^({_D['chuong']}\s+(?:[IVXLC]+|\d+))\b[.:]?\s*", re.I)),
    ("muc", re.compile(rf"^({_D['muc']}\s+(?:\d+|[IVXLC]+))\b[.:]?\s*")),
    ("dieu", re.compile(rf"^({_D['dieu']}\s+\d+[a-z]?)\s*[.:]?\s*")),
    ("roman", re.compile(r"^((?=[IVX])" + _ROMAN + r")[.)/]\s*(?=\S)")),
    # "A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG …": parts of a plan above its roman sections (only with a title
    # in capitals: "A. Nguyễn" is an initial)
    ("alpha", re.compile(r"^([A-ZĐ])\.\s+(?=\S)")),
    ("subnumber", re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)")),
    # "3. 100% tổ công đoàn …": an item may open with a share (a target); another number after "3." is no item
    # "06/CT-TTg ngày …" at a wrapped line's start is a document's number, no item "06/"
    ("arabic", re.compile(r"^(\d{1,2})(?:[.)]|/(?![A-ZĐ&]+[-/]))(?!\d)\s*(?=[^\s\d]|\d{1,3}(?:[.,]\d+)?\s?%)")),
    ("letter", re.compile(r"^([a-zđ])\)\s*(?=\S)")),
]
_STEP = re.compile(rf"^({_D['step']}\s+\d{{1,2}})\s*[.:]\s*", re.I)
BULLET_RE = re.compile(r"^\s*([-–—+•●○▪◦*])\s*(?=\S)")


@dataclass(frozen=True)
class HeadingMatch:
    kind: str
    label: str
    rest: str

    @property
    def rank(self) -> int:
        return RANKS[self.kind]


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


@lru_cache(maxsize=16_384)
def heading_match(line: str) -> HeadingMatch | None:
    """The numbering a line opens with, if any (not yet deciding heading vs numbered paragraph). Cached: answering
    asks it of every passage of a list or a document, question after question (list_lead, same_list)."""
    for kind, pattern in _PATTERNS:
        m = pattern.match(line)
        if m and m.group(1):
            rest = line[m.end():].strip()
            if kind == "alpha" and not _capitals(rest):
                continue
            return HeadingMatch(kind, m.group(1), rest)
    return None


def step_match(line: str) -> HeadingMatch | None:
    """"Bước 2. Tổ trưởng công đoàn xác minh …": a procedure's step, numbered by a word. An item of the list of
    steps (answers quote and count it as one), not a heading: structure leaves it the paragraph it is."""
    m = _STEP.match(line)
    return HeadingMatch("step", m.group(1), line[m.end():].strip()) if m else None


_LETTERS = "abcdđefghijklmnopqrstuvwxyz"  # a list's letters, đ after d as Vietnamese texts count them
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman_value(label: str) -> int:
    values = [_ROMAN_VALUES[c] for c in label.upper() if c in _ROMAN_VALUES]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def division_number(label: str) -> int | None:
    """The number of a division named by a word, in figures or roman ("Chương III" and "chương 3" → 3), so that one
    asked either way is found; None when its last word is neither."""
    last = (label.split() or [""])[-1]
    if last.isdigit():
        return int(last)
    return _roman_value(last) if last and all(c in _ROMAN_VALUES for c in last.upper()) else None


def ordinal(match: HeadingMatch) -> tuple[int, ...] | None:
    """Where a numbered item stands in its list ("c)" → (3,), "1.2" → (1, 2), "IV." → (4,)): an item after a
    heading of the same kind and a later place is that heading's sibling, not its child. None for the divisions
    named by a word ("Điều 5", "Chương II"), which are always headings."""
    label = match.label
    if match.kind in ("letter", "alpha"):
        return (_LETTERS.find(label.lower()) + 1,)
    if match.kind == "arabic":
        return (int(label),)
    if match.kind == "subnumber":
        return tuple(int(n) for n in label.split("."))
    if match.kind == "roman":
        return (_roman_value(label),)
    return None


def _places(item: HeadingMatch, heading: HeadingMatch) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """The places of an item and an open heading of the same list kind, None when the item is numbered under the
    heading ("1.2.1" under "1.2") or either has no place."""
    mine, theirs = ordinal(item), ordinal(heading)
    if item.kind != heading.kind or mine is None or theirs is None \
            or (len(mine) > len(theirs) and mine[:len(theirs)] == theirs):
        return None
    return mine, theirs


def follows(item: HeadingMatch, heading: HeadingMatch) -> bool:
    """`item` is a later sibling of `heading` ("đ) …" after "b) Bộ Tài chính", "1.3" after "1.2")."""
    places = _places(item, heading)
    return places is not None and places[0] > places[1]


def restarts(item: HeadingMatch, heading: HeadingMatch) -> bool:
    """`item` numbers a list afresh under `heading` ("1. …" under "1. TINH THẦN CHỈ ĐẠO", "1) …" under "2. Nhiệm
    vụ:"): no sibling of it, and neither are the items after it."""
    places = _places(item, heading)
    return places is not None and places[0] <= places[1]


def bullet_text(line: str) -> str | None:
    """The text of a bullet line without its marker, or None if the line is no bullet."""
    m = BULLET_RE.match(line)
    if not m:
        return None
    return line[m.end():].strip()
