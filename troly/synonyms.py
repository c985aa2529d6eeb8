"""Words of the domain that name the same thing (prompts/synonyms.toml), and the other names the loaded documents
give their own words (their glossary: "giáo án" for "kế hoạch bài dạy"), so that a question worded otherwise than the
text ("tăng ca" for "làm thêm giờ") still finds it."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from troly import tables
from troly.vntext import Abbreviations, fold, has_marks, syllables


def _key(phrase: str | Sequence[str]) -> tuple[str, ...]:
    """A phrase as written, lower case ("lương" is not "lượng", "tăng ca" not "tăng cả")."""
    return tuple(w.lower() for w in (syllables(phrase) if isinstance(phrase, str) else phrase))


def _folded(key: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(w) for w in key)


class Synonyms:
    """Groups of interchangeable phrases: the table's, and with a `glossary` ({other name: the words it names}, the
    loaded documents') one group for each term it gives names of words to (its abbreviations are Abbreviations')."""

    def __init__(self, glossary: Mapping[str, str] | None = None) -> None:
        self.groups: list[tuple[str, ...]] = []
        self.searched_only: set[int] = set()  # groups that widen the search but hold no word in an answer
        self._by_key: dict[tuple[str, ...], list[int]] = {}
        self._keys: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # a phrase's key as written and folded
        table = tables.toml("synonyms.toml")
        for group in table["groups"]:
            self._add(group)
        for group in table.get("searched_only", []):
            if self._add(group):
                self.searched_only.add(len(self.groups) - 1)
        self._asked_by: dict[tuple[str, ...], list[int]] = {}  # a narrower word's key: the wider word's group
        for kind in table.get("kinds", []):
            if self._add([kind["wider"], kind["wider"]], once=True):
                for phrase in kind["narrower"]:
                    key = _key(phrase)
                    for k in {key, _folded(key)} if len(key) > 1 else {key}:
                        self._asked_by.setdefault(k, []).append(len(self.groups) - 1)
        taught: dict[str, list[str]] = {}
        for name, term in (glossary or {}).items():
            if not Abbreviations.taught(name):
                taught.setdefault(term, [term]).append(name)
        for group in taught.values():
            self._add(group)
        self._longest = max((len(k) for k in [*self._by_key, *self._asked_by]), default=1)
        self._lengths: dict[str, set[int]] = {}  # a key's first word (as written; folded in a folded key): the lengths
        for key in [*self._by_key, *self._asked_by]:  # of the keys it opens
            self._lengths.setdefault(key[0], set()).add(len(key))
        self._folded_index: dict[tuple[str, ...], set[int]] = {}  # every key folded, one syllable too: its groups
        for key, groups in [*self._by_key.items(), *self._asked_by.items()]:
            self._folded_index.setdefault(_folded(key), set()).update(g for g in groups if g not in self.searched_only)

    def _add(self, group: Sequence[str], once: bool = False) -> bool:
        """A group of two phrases or more (`once`: of one, a wider word whose narrower words name it)."""
        phrases = tuple(dict.fromkeys(p.strip() for p in group if syllables(p)))
        if len(phrases) < (1 if once else 2):
            return False
        self.groups.append(phrases)
        for phrase in phrases:
            key = _key(phrase)
            self._keys[phrase] = (key, _folded(key))
            self._by_key.setdefault(key, []).append(len(self.groups) - 1)
            if len(key) > 1:  # a longer phrase typed without marks names it too ("tang ca")
                self._by_key.setdefault(_folded(key), []).append(len(self.groups) - 1)
        return True

    def groups_held(self, words: Sequence[str]) -> frozenset[int]:
        """The groups a phrase of which a run of words holds (a passage saying "hỏa hoạn" names what "cháy" names)."""
        return frozenset(g for _, _, g in self._phrases_in(words, asked=False))

    def groups_of_words(self, words: Sequence[str]) -> dict[str, frozenset[int]]:
        """Each word (lower case) of a run standing in a phrase of a group, and those groups ("cháy" of "nhà bị cháy":
        the group of "hỏa hoạn"): a text naming the thing by the group's other name holds the word."""
        lower = [w.lower() for w in words]
        out: dict[str, set[int]] = {}
        for start, n, g in self._phrases_in(words, asked=True):
            for w in lower[start:start + n]:
                out.setdefault(w, set()).add(g)
        return {w: frozenset(gs) for w, gs in out.items()}

    def groups_of_folded(self, words: Sequence[str]) -> dict[str, frozenset[int]]:
        """Each word of a run typed without marks (folded) standing in a phrase of a group or a narrower word, one
        syllable too ("ga" of "nuôi ga": "gà", a "gia cầm"), and those groups. Folded, one syllable may be several
        words ("ga" is also a station): only where a wrong match costs nothing but a note not said
        (bot/answer/cases.py), never to search."""
        folded = [fold(w).lower() for w in words]
        out: dict[str, set[int]] = {}
        for i in range(len(folded)):
            for n in range(1, self._longest + 1):
                for g in self._folded_index.get(tuple(folded[i:i + n]), ()) if i + n <= len(folded) else ():
                    for w in folded[i:i + n]:
                        out.setdefault(w, set()).add(g)
        return {w: frozenset(gs) for w, gs in out.items()}

    def _phrases_in(self, words: Sequence[str], asked: bool) -> list[tuple[int, int, int]]:
        """(start, length, group) of each phrase of a group (not searched_only) a run of words holds, matched as
        _spans matches: as written, or folded where typed without marks; `asked` (a question's words): a narrower word
        too, as its wider word's group. Only runs opening with a key's first word are looked at (a word typed without
        marks is its own folded form): every passage the composer weighs is read so."""
        lower = [w.lower() for w in words]
        found = []
        for i, w in enumerate(lower):
            for n in self._lengths.get(w, ()):
                run = tuple(lower[i:i + n])
                if len(run) < n:
                    continue
                key = run if n == 1 or any(map(has_marks, run)) else _folded(run)
                found.extend((i, n, g) for g in [*self._by_key.get(key, ()), *(self._asked_by.get(key, ()) if asked
                                                                               else ())] if g not in self.searched_only)
        return found

    def others(self, words: Sequence[str]) -> list[str]:
        """The phrases naming what a run of words names somewhere in it, less those it holds itself."""
        held = _spans(words, self._longest)
        found = dict.fromkeys(g for key in held for g in [*self._by_key.get(key, ()), *self._asked_by.get(key, ())])
        return list(dict.fromkeys(p for g in found for p in self.groups[g] if held.isdisjoint(self._keys[p])))


def _spans(words: Sequence[str], longest: int) -> set[tuple[str, ...]]:
    """Every run of up to `longest` words as typed (lower case), and folded where typed without marks: one word
    with its marks is never another folded alike ("tăng cả" is no "tăng ca")."""
    lower = [w.lower() for w in words]
    out = {(w,) for w in lower}
    for n in range(2, longest + 1):
        for i in range(len(lower) - n + 1):
            run = tuple(lower[i:i + n])
            out.add(run if any(map(has_marks, run)) else _folded(run))
    return out


def synonyms(glossary: Mapping[str, str] | None = None) -> Synonyms:
    """The table with a glossary's names of words, read once for each (the composer matches every sentence it scores
    against it)."""
    return _synonyms(frozenset((name, term) for name, term in (glossary or {}).items()
                               if not Abbreviations.taught(name)))


@lru_cache(maxsize=8)
def _synonyms(taught: frozenset[tuple[str, str]]) -> Synonyms:
    return Synonyms(dict(sorted(taught)))
