"""Abbreviations a document defines ("Công đoàn cơ sở (CĐCS)"), collected so that search
understands either form."""
from __future__ import annotations

import re

from troly import tables
from troly.vntext import fold, initial

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


# ---- other names a document teaches ("X (sau đây gọi tắt là Y)", "N Trước đây còn được gọi là Y, Z") --------------
_TAUGHT = tables.toml("synonyms.toml")["taught"]
_PHRASE_RE = re.compile(r"(?<![^\W_])(" + "|".join(
    r"\s+".join(map(re.escape, p.split()))
    for p in sorted([*_TAUGHT["one_name"], *_TAUGHT["other_names"]], key=len, reverse=True)) + r")\s+", re.IGNORECASE)
_OTHER_NAMES = {" ".join(p.casefold().split()) for p in _TAUGHT["other_names"]}
_NAME_END_RE = re.compile(r"[)(.;:\n]|\s[-–]\s")
_NAMES_SPLIT_RE = re.compile(r",|\s+hoặc\s+")
_FOOTNOTE_RE = re.compile(r"^\s*(\d{1,3})\s+$")
_CLAUSE_START_RE = re.compile(r".*(?:[.;:()\n]|^)\s*(?:(?:\d+(?:\.\d+)*\.?|[a-zđ]\))\s+)?", re.DOTALL)
_MAX_NAME_WORDS = 8  # a longer run before the phrase is a sentence, not a name


def find_aliases(text: str) -> list[list[str]]:
    """[what is named, its other names…] for every name a document teaches. What is named is the words before the
    phrase back to the start of the clause (at most a few), or, for a footnote, the words its number marks."""
    found: dict[tuple[str, ...], None] = {}
    for line in text.splitlines():
        for m in _PHRASE_RE.finditer(line):
            many = " ".join(m.group(1).casefold().split()) in _OTHER_NAMES
            names = _names(line[m.end():], many)
            footnote = _FOOTNOTE_RE.match(line[:m.start()])
            named = _footnoted(text, footnote.group(1)) if footnote else _named_before(line[:m.start()])
            # A shorter name made of the named words teaches no new word ("Tổng Liên đoàn Lao động …" → "Tổng Liên đoàn").
            names = [n for n in names if not set(_folded_words(n)) <= set(_folded_words(named))]
            if named and names:
                group = tuple(dict.fromkeys([named, *names]))
                if len(group) > 1:
                    found.setdefault(group, None)
    return [list(g) for g in found]


def _folded_words(text: str) -> list[str]:
    return [fold(w.lower()) for w in _WORD_RE.findall(text)]


def _names(rest: str, many: bool) -> list[str]:
    """The name(s) after the phrase, up to a bracket or the end of the sentence."""
    end = _NAME_END_RE.search(rest)
    head = rest[:end.start()] if end else rest
    parts = _NAMES_SPLIT_RE.split(head) if many else [head]
    out = [p.strip(" \"“”'‘’,") for p in parts]
    return [p for p in out if p and 0 < len(_WORD_RE.findall(p)) <= _MAX_NAME_WORDS and re.search(r"[^\W\d_]", p)]


def _named_before(before: str) -> str:
    """The words before the phrase, back to the start of their clause, without brackets, commas or footnote marks:
    a name, which opens its clause with a capital ("Kế hoạch bài dạy"). A run opening in lower case is the tail of a
    sentence ("… giao cho bên kia"), one holding "là" a definition ("Bảo lãnh là việc người thứ ba …"): no name."""
    before = re.sub(r"<sup>.*?</sup>", "", before).rstrip(" ,(")
    clause = before[_CLAUSE_START_RE.match(before).end():].strip()
    words = list(_WORD_RE.finditer(clause))
    if not words or len(words) > _MAX_NAME_WORDS or not words[0].group()[0].isupper() \
            or any(w.group().casefold() == "là" for w in words):
        return ""
    return clause[words[0].start():].strip(" ,")


def _footnoted(text: str, number: str) -> str:
    """The words a footnote's number marks in the text ("Kế hoạch bài dạy<sup>11</sup>")."""
    mark = re.search(rf"<sup>\s*{number}\s*</sup>", text)
    return _named_before(text[:mark.start()].rsplit("\n", 1)[-1]) if mark else ""
