"""Abbreviations a document defines ("Công đoàn cơ sở (CĐCS)"), collected so that search
understands either form."""
from __future__ import annotations

import re

from troly.vntext import initial

_DEF_RE = re.compile(r"\(([A-ZĐƯƠ][A-ZĐƯƠ&]{1,12})\)")
_WORD_RE = re.compile(r"[\wđĐ&]+")


def _initial(word: str) -> str:
    return initial(word).upper()


def find_definitions(text: str) -> dict[str, str]:
    """{abbreviation: expansion} for every "expansion (ABBR)" whose initials spell ABBR."""
    found: dict[str, str] = {}
    for m in _DEF_RE.finditer(text):
        abbr = m.group(1)
        target = [_initial(c) for c in abbr if c.isalpha()]
        words = _WORD_RE.findall(text[max(0, m.start() - 200):m.start()])
        # Find the shortest run of trailing words whose initials cover the abbreviation's letters.
        for n in range(len(target), min(len(words), len(target) + 6) + 1):
            run = words[-n:]
            initials = [_initial(w) for w in run if w[0].isalpha()]
            if _subsequence(target, initials) and initials and initials[0] == target[0]:
                found.setdefault(abbr, " ".join(run))
                break
    return found


def _subsequence(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(any(ch == h for h in it) for ch in needle)
