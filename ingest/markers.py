"""Recognising the numbering of Vietnamese directive texts: Phần/Chương/Mục/Điều, I./1./1.1./a), bullets."""
from __future__ import annotations

import re
from dataclasses import dataclass

from troly import tables

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
    ("roman", re.compile(rf"^((?=[IVX])" + _ROMAN + r")[.)/]\s*(?=\S)")),
    # "A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG …": parts of a plan above its roman sections (only with a title
    # in capitals: "A. Nguyễn" is an initial)
    ("alpha", re.compile(r"^([A-ZĐ])\.\s+(?=\S)")),
    ("subnumber", re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)")),
    # "3. 100% tổ công đoàn …": an item may open with a share (a target); another number after "3." is no item
    ("arabic", re.compile(r"^(\d{1,2})[.)/](?!\d)\s*(?=[^\s\d]|\d{1,3}(?:[.,]\d+)?\s?%)")),
    ("letter", re.compile(r"^([a-zđ])\)\s*(?=\S)")),
]
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


def heading_match(line: str) -> HeadingMatch | None:
    """The numbering a line opens with, if any (not yet deciding heading vs numbered paragraph)."""
    for kind, pattern in _PATTERNS:
        m = pattern.match(line)
        if m and m.group(1):
            rest = line[m.end():].strip()
            if kind == "alpha" and not _capitals(rest):
                continue
            return HeadingMatch(kind, m.group(1), rest)
    return None


def bullet_text(line: str) -> str | None:
    """The text of a bullet line without its marker, or None if the line is no bullet."""
    m = BULLET_RE.match(line)
    if not m:
        return None
    return line[m.end():].strip()
