"""The period a recurring report, plan or meeting is of ("báo cáo tháng", "báo cáo 6 tháng", "kế hoạch năm"): the
qualifier that tells sibling lines of one list apart, which share every other word of a question asking one of them."""
from __future__ import annotations

import re
from functools import lru_cache

from troly.tables import toml
from troly.texts import alternation
from troly.vntext import fold

_WORDS = toml("date_words.toml")


def _alternation(words: list[str]) -> str:
    """The words folded, as one group (a text is folded before it is read)."""
    return alternation(map(fold, words), spaced=False)


# "bao cao (dinh ky) (6) thang", folded; not followed by a number or a roman numeral ("thang 6", "nam 2027", "quy II")
_QUALIFIED = re.compile(rf"\b(?:{_alternation(_WORDS['period_of'])})\s+(?:(?:{_alternation(_WORDS['period_every'])})"
                        rf"\s+)?(?:(\d{{1,2}})\s+)?({_alternation(_WORDS['periods'])})\b(?!\s*[\d/])(?!\s+[ivx]+\b)")


@lru_cache(maxsize=20_000)
def periods_named(text: str) -> frozenset[str]:
    """The periods a text qualifies a report, plan or meeting by ("6 thang", "quy"), folded, numbers as numbers.
    (Cached: the same lines come back question after question.)"""
    return frozenset(f"{int(n)} {p}" if n else p for n, p in _QUALIFIED.findall(fold(text)))


def other_period(asked: frozenset[str], line: str) -> bool:
    """Whether a line qualifies its report by periods, none of them one the question asks."""
    said = periods_named(line)
    return bool(asked) and bool(said) and said.isdisjoint(asked)
