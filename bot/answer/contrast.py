"""Lines about the other member of a pair the question names: asked about "nam công nhân", a line on "nữ công nhân …"
shares every other word of the question, and search and sentence scoring may put it first. A member counts beside a
neighbouring word ("nam" beside "công nhân"), with its marks ("năm" is no "nam"), so that a member word in another use
("Việt Nam", "trong năm 2027") stands for nothing unless a line names its opposite beside that same word. Pairs in
prompts/contrast_words.toml."""
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


_OWNING = frozenset(fold(w) for w in _TABLE["owning"])


def _folded(text: str) -> list[str]:
    return [fold(w) for w in _words(text)]


def _shared_run(asked: list[str], line: list[str]) -> tuple[int, int, int] | None:
    """The longest run of two or more words the line writes as the question does: (its start in the question, its
    start in the line, its length)."""
    best = None
    places: dict[str, list[int]] = {}  # where the line writes each word: a run starts only where the words agree
    for j, word in enumerate(line):
        places.setdefault(word, []).append(j)
    for i in range(len(asked)):
        for j in places.get(asked[i], ()):
            n = 0
            while i + n < len(asked) and j + n < len(line) and asked[i + n] == line[j + n]:
                n += 1
            if n >= 2 and (best is None or n > best[2]):
                best = (i, j, n)
    return best


def owned(question: str, line: str) -> tuple[str, ...]:
    """The words of the question's subject ("đoàn viên qua đời") that the line names only as whose another subject is
    ("Bố, mẹ, vợ hoặc chồng, con của đoàn viên qua đời"), the question not ("Đoàn viên qua đời được bao nhiêu?");
    () when the line names them as its own subject or shares none."""
    asked, said = _folded(question), _folded(line)
    run = _shared_run(asked, said)
    if run is None:
        return ()
    i, j, n = run
    if j == 0 or said[j - 1] not in _OWNING or (i > 0 and asked[i - 1] in _OWNING):
        return ()
    return tuple(asked[i:i + n])


def _names_as_own(words: tuple[str, ...], line: str) -> bool:
    """The line writes these words, once at least not after a word of owning."""
    said = _folded(line)
    n = len(words)
    return any(tuple(said[j:j + n]) == words and (j == 0 or said[j - 1] not in _OWNING) for j in range(len(said)))


def own_subject_first(ranked: Sequence[T], question: str, text: Callable[[T], str],
                      alike: Callable[[T, T], bool]) -> list[T]:
    """The ranked lines with the first naming the question's subject as its own put before a best line naming it only
    as whose another subject is ("con của đoàn viên qua đời" asked "đoàn viên qua đời được bao nhiêu"): a table's
    member row and its relatives' row share every word of the question; the row of the one asked answers. Only a line
    `alike` the best (holding every word of the question it holds): "Trách nhiệm của Sở Xây dựng:" names the body
    asked after "của" too, and a line on the body's doings that lacks "trách nhiệm" does not answer before it."""
    if not ranked:
        return list(ranked)
    words = owned(question, text(ranked[0]))
    if not words:
        return list(ranked)
    first = next((s for s in ranked[1:] if alike(s, ranked[0]) and _names_as_own(words, text(s))), None)
    return list(ranked) if first is None else [first, *(s for s in ranked if s is not first)]


def _named_members(text: str) -> set[tuple[int, int]]:
    """The (pair, side) of each member the text names as a word of its own (marks), written in lower case: "Nam" of
    "Việt Nam" names a country, no member."""
    lowered = {(pair, side) for pair, side, _ in marks(text)}
    capital = {(pair, side) for pair, sides in enumerate(_PAIRS) for side, named in enumerate(sides)
               if re.search(r"(?<!\w)" + r"\s+".join(w.capitalize() for w in named) + r"(?!\w)",
                            unicodedata.normalize("NFC", text))
               and not re.search(r"(?<!\w)" + r"\s+".join(named) + r"(?!\w)", unicodedata.normalize("NFC", text))}
    return lowered - capital


_HEADED = frozenset(_words(" ".join(_TABLE["headed"])))
# the pairs whose members each qualify a head word ("trong"/"ngoài"): named as a pair only beside the same head
_HEADED_PAIRS = frozenset(pair for pair, sides in enumerate(_PAIRS)
                          if all(len(member) == 1 and member[0] in _HEADED for member in sides))


def only_other_member(question: str, line: str) -> bool:
    """The question names one member of a pair and not the other ("… có cho nam tham gia không?"), the line the other
    and not the one asked ("Đối tượng: nữ đoàn viên dưới 45 tuổi"), whatever words stand beside them, or, members
    qualifying a head ("nước ngoài"), beside the same head ("trong nước", not "trong nghiên cứu"): said of who a rule
    is for, the line excludes the member asked."""
    asked, said = _named_members(question), _named_members(line)
    beside_asked, beside_said = marks(question), marks(line)

    def other_named(pair: int, side: int) -> bool:
        if pair not in _HEADED_PAIRS:
            return (pair, 1 - side) in said
        return any((pair, 1 - side, w) in beside_said for p, s, w in beside_asked if (p, s) == (pair, side))
    return any(other_named(pair, side) and (pair, side) not in said and (pair, 1 - side) not in asked
               for pair, side in asked)
