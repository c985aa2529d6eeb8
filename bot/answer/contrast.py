"""Lines about the other member of a pair the question names: asked about "nam công nhân", a line on "nữ công nhân …"
shares every other word of the question, and search and sentence scoring may put it first. A member counts beside a
neighbouring word ("nam" beside "công nhân"), with its marks ("năm" is no "nam"), so that a member word in another use ("Việt Nam", "trong năm 2027")
stands for nothing unless a line names its opposite beside that same word. Pairs in prompts/contrast_words.toml."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

from troly.tables import toml
from troly.vntext import STOP_FOLDED, fold

_TABLE = toml("contrast_words.toml")


def _words(text: str) -> list[str]:
    """The text's words in lower case with their marks ("năm" is no "nam"), one Unicode form."""
    return re.findall(r"\w+", unicodedata.normalize("NFC", text.lower()))


_PAIRS: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (tuple(_words(a)), tuple(_words(b))) for a, b in _TABLE["pairs"]]
_WINDOW: int = _TABLE["window"]
_MEMBERS = sorted({m for pair in _PAIRS for m in pair}, key=len, reverse=True)

Mark = tuple[int, int, str]  # (pair, side, neighbouring word)
T = TypeVar("T")


@lru_cache(maxsize=20_000)
def marks(text: str) -> frozenset[Mark]:
    """Each member the text names, with each content word within the window on either side of it: longer members
    first ("ngoài công lập" is not "công lập" too)."""
    words = _words(text)
    taken = [False] * len(words)
    found: set[Mark] = set()
    for member in _MEMBERS:
        n = len(member)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) != member or any(taken[i:i + n]):
                continue
            taken[i:i + n] = [True] * n
            near = words[max(0, i - _WINDOW):i] + words[i + n:i + n + _WINDOW]
            for pair, sides in enumerate(_PAIRS):
                for side, named in enumerate(sides):
                    if named == member:
                        found |= {(pair, side, w) for w in near if fold(w) not in STOP_FOLDED}
    return frozenset(found)


def other_member(asked: frozenset[Mark], line: frozenset[Mark]) -> bool:
    """The line names the opposite member of a pair the question names, beside the same word, and never the member
    asked ("nữ công nhân được khám …" asked of "nam công nhân")."""
    pairs = {(pair, side) for pair, side, _ in asked}
    return any((pair, 1 - side, w) in line for pair, side, w in asked) and not any(
        (pair, side) == (p, s) for p, s, _ in line for pair, side in pairs)


def asked_member_first(ranked: Sequence[T], question: str, text: Callable[[T], str]) -> list[T]:
    """The ranked lines with the first naming the member asked put before a best line naming only the other member;
    as they were when the best line is no such line or none names the member asked."""
    asked = marks(question)
    if not ranked or not asked or not other_member(asked, marks(text(ranked[0]))):
        return list(ranked)
    first = next((s for s in ranked if marks(text(s)) & asked), None)
    return list(ranked) if first is None else [first, *(s for s in ranked if s is not first)]


def of_other_member(ranked: Sequence[T], question: str, text: Callable[[T], str]) -> list[T]:
    """The lines naming only the other member, when the best names the member asked: no runner-up nor second opinion
    of its answer ("nam công nhân … mấy lần" is not answered "… 01 lần" and "nữ công nhân … 02 lần" beside it)."""
    asked = marks(question)
    if not ranked or not asked or not marks(text(ranked[0])) & asked:
        return []
    return [s for s in ranked if other_member(asked, marks(text(s)))]
