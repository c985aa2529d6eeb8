"""An amount stated of siblings of what is asked: the same head named with other modifiers ("giải Khuyến khích"
asked, the line gives "giải Nhất …; giải Nhì …; giải Ba …").

A list of amounts names each of its items by a head and what tells it from the others. A line naming the question's
head with a modifier the question never says, its passage never saying the question's own modifier (with its lead-in,
headings and document's name), names a sibling (siblings_named); when the lines quoted for the amount asked, with
their passages, name that head with `weights.sibling_modifiers` such modifiers or more (a list: "tiền nhà ở" in one
article, "tiền ăn" in the next), they give the amounts of other items of it, not the one asked (abstain.of_subject):
none is an answer, however many other words of the question they share. One other modifier alone is no list: a head
may be written in other words than the question's ("khách lưu trú" of "khách sạn"). Words are syllables as written,
compared folded when the question is typed without diacritics (the caller's word lists); a phrase ends at a
punctuation mark or a table's cell bar; function words and numbers are neither head nor modifier. The modifier is
read after the head, as Vietnamese writes it. A level after a noun ("UBND phường", "ngân sách tỉnh") is one of a closed
list (prompts/body_levels.txt): a line naming the question's noun at one other level is enough (other_levels).
A list of labelled values ("Chủ tịch: hệ số 0,3; Phó Chủ tịch: hệ số 0,2") names each item by its label: a question
naming a subject none of them is, and its passage never names, asks an item the list leaves out (unlisted).
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from functools import cache, lru_cache

from troly import tables
from troly.texts import alternation
from troly.vntext import FUNCTION_FOLDED, STOP_FOLDED, fold, is_stopword


def _content(word: str) -> bool:
    """A word that may name a thing or tell it apart: not a number, not a function word."""
    return word.isalpha() and fold(word) not in STOP_FOLDED and fold(word) not in FUNCTION_FOLDED


# Values of one attribute, and words of rank (prompts/attribute_values.toml)
_ATTRIBUTES = tables.toml("attribute_values.toml")
# a rank's first syllable, with its marks and folded (a question typed without diacritics, its line read folded)
_RANKS = frozenset(w for rank in _ATTRIBUTES["ranks"] for w in (rank.split()[0], fold(rank.split()[0])))


def _modifier(word: str) -> bool:
    """A word that may tell an item from its siblings after their head: a content word, or a rank that is a function
    word elsewhere ("Nhì" of "giải Nhì", "Tư" of "giải Tư")."""
    return _content(word) or word in _RANKS


def siblings_named(asked: Sequence[str], line: Sequence[Sequence[str]], passage: Sequence[Sequence[str]],
                   context: Collection[str]) -> frozenset[tuple[str, str]]:
    """The (head, modifier) pairs naming siblings of what is asked ("giải", "nhất"): of each head of the question the
    line names with a modifier the question never says, the question's own modifier said nowhere in its passage, every
    such modifier of it in the line and its passage. `asked`: the question's words in order, "" for each saying
    nothing of its subject (how it asks, a number) and between its phrases; `line`, `passage`: the words of each phrase
    of the quoted line (with its lead-in or table header) and of its whole passage; `context`: every word of the
    passage with its lead-in, headings and document's name, folded — a modifier it writes with other marks may be the
    question's, its diacritics restored amiss ("công nhận" read of "cong nhan", the passage saying "công nhân")."""
    own = set(asked)
    heads = {a for a, b in zip(asked, asked[1:]) if _content(a) and _content(b) and fold(b) not in context}
    named = {x for words in line for x, y in zip(words, words[1:]) if x in heads and _modifier(y) and y not in own}
    return frozenset((x, y) for words in [*line, *passage] for x, y in zip(words, words[1:])
                     if x in named and _modifier(y) and y not in own)


def listed(pairs: Iterable[tuple[str, str]], modifiers: int) -> frozenset[str]:
    """The heads named with `modifiers` other modifiers or more (weights.sibling_modifiers): a list of siblings."""
    found: dict[str, set[str]] = {}
    for head, modifier in pairs:
        found.setdefault(head, set()).add(modifier)
    return frozenset(head for head, mods in found.items() if len(mods) >= modifiers)


# A level written after a noun tells which of its kind is meant ("UBND phường", "UBND thành phố"; "ngân sách tỉnh",
# "ngân sách trung ương"; prompts/body_levels.txt): the levels are one closed list, so each is a sibling of the others.
_LEVELS = sorted(tables.lines("body_levels.txt"), key=len, reverse=True)


@cache
def _level_pattern(marked: bool) -> tuple[re.Pattern[str], frozenset[str]]:
    """A noun and the level after it (the longest first: "thị xã" before "xã"), and the levels, as compared."""
    levels = _LEVELS if marked else [fold(level) for level in _LEVELS]
    return re.compile(r"(?<!\w)([^\W\d_]+) (" + "|".join(map(re.escape, levels)) + r")(?!\w)"), frozenset(levels)


@lru_cache(maxsize=4096)
def _levelled(text: str, marked: bool) -> frozenset[tuple[str, str]]:
    """The (noun, level) pairs a text writes, the level right after the noun in one phrase ("ubnd", "phường"): with
    its marks (`marked`: "tính" is no "tỉnh"), or folded."""
    said = text.lower() if marked else fold(text)
    pattern, levels = _level_pattern(marked)
    return frozenset((m[1], m[2]) for part in re.split(r"[,;:.?!()|\[\]\n\"“”]", said)
                     for m in pattern.finditer(" ".join(part.split()))
                     if not is_stopword(m[1]) and f"{m[1]} {m[2]}" not in levels)  # "thị xã" alone


def other_levels(question: str, line: str, context: str) -> frozenset[tuple[str, str]]:
    """The (noun, level) pairs by which the line names a noun the question names at another level, its passage
    (`context`: with its lead-in, headings and document's name) never at the question's own ("UBND phường" in a line
    asked the gift "của UBND thành phố"): the amount it states is another level's, not the one asked. The question
    and the passage are read folded (a question typed without diacritics, its restoring unsure of a rare word: "trung
    uong"), the line with its marks: a level it names is one ("tính" is no "tỉnh")."""
    asked = _levelled(question, False)
    said = _levelled(context, False)
    own = {noun for noun, level in asked if (noun, level) not in said}
    return frozenset(pair for noun, level in _levelled(line, True)
                     if (pair := (fold(noun), fold(level)))[0] in own and pair not in asked)


# "Chủ tịch: hệ số 0,3": a clause opening with a label (a few names, after a bullet or an item's number) and its value
_LABEL = re.compile(r"[\W\d_]*([^\W\d][^:;.()\n|]{1,80}?):\s*\S")


def labels(line: str) -> list[str]:
    """The labels a line keys its values by, when it is a list of two labelled pairs or more ("Chủ tịch: …; Phó Chủ
    tịch: …; Ủy viên BCH, Chủ nhiệm UBKT: …", each name a comma joins a label of its own); none for any other line: a
    single "Mức hỗ trợ: …" is a field, not a list of subjects, and a table row's cells ("STT | Chỉ tiêu | Năm 2025")
    are keyed by its columns, which need not name what is asked."""
    if "|" in line:
        return []
    pairs = [m.group(1) for clause in line.split(";") if (m := _LABEL.match(clause))]
    return [name for label in pairs for name in label.split(",") if name.strip()] if len(pairs) >= 2 else []


def unlisted(asked: Sequence[str], named: Sequence[Sequence[str]], context: Collection[str]) -> bool:
    """Whether the question asks the amount of a subject a line's labelled values leave out ("phụ cấp kế toán" of
    "Chủ tịch: …; Phó Chủ tịch: …; Ủy viên …: …"): no label's words are all the question's, and the question names a
    subject of two words or more its passage never writes whole ("thủ kho": "thủ" of "Thủ quỹ" is no "kho";
    `context`: every word of it with its lead-in, headings and document's name, folded) — the amount stated is another
    item's. `asked` as siblings_named reads it; `named`: the
    words of each label (labels). A label of the question's ("Phó Chủ tịch" of "phụ cấp phó chủ tịch") is its own."""
    own = set(asked)
    if not named or any(set(filter(_content, label)) <= own for label in named):
        return False
    return any(_content(a) and _content(b) and (fold(a) not in context or fold(b) not in context)
               for a, b in zip(asked, asked[1:]))


# Values of one attribute: "trong nước" and "nước ngoài" tell two items apart
_VALUE_GROUPS = [[fold(value).lower() for value in group] for group in _ATTRIBUTES["groups"]]
_GROUPS_OF = {value: [i for i, group in enumerate(_VALUE_GROUPS) if value in group] for g in _VALUE_GROUPS
              for value in g}


def _folded(key: str) -> str:
    """A regex alternation of the words of an attribute_values.toml list, folded."""
    return alternation((fold(w).lower() for w in _ATTRIBUTES[key]), spaced=False)


_VALUES = re.compile(rf"(?<!\w)({alternation(_GROUPS_OF, spaced=False)})(?!\w)")
# "khu vực 2", "4 sao": a number ranking a noun (folded); "hạng II": a roman numeral after any noun (as written: its
# capitals tell it from a word)
_RANKED = re.compile(rf"(?<!\w)(?:({_folded('ranked_by_number_after')}) 0*(\d{{1,2}})"
                     rf"|0*(\d{{1,2}}) ({_folded('ranked_by_number_before')}))(?![\w/.,-]\w)(?!\w)")
_NUMBERED = re.compile(r"(?<!\w)([^\W\d_]+)\s+([IVX]{1,5})(?![\w-])")  # not "X-quang"


def values(text: str) -> set[tuple[str, str]]:
    """The (attribute, value) pairs a text names: ("group 0", "trong nuoc") of a value of a word group (each group it
    stands in), ("khu vuc", "2") and ("sao", "4") of a ranking number, ("vuc", "III") of a roman numeral after a
    noun; folded."""
    said = " ".join(fold(text).lower().split())
    found = {(f"group {i}", m[1]) for m in _VALUES.finditer(said) for i in _GROUPS_OF[m[1]]}
    found |= {(m[1], m[2]) if m[1] else (m[4], m[3]) for m in _RANKED.finditer(said)}
    return found | {(fold(m[1]), m[2]) for m in _NUMBERED.finditer(" ".join(text.split()))}


def other_values(asked: Collection[tuple[str, str]], line: str, known: Collection[tuple[str, str]]
                 ) -> frozenset[tuple[str, str]]:
    """The (attribute, value) pairs by which the line names another value of an attribute the question names one of
    (`asked`: values() of the question), never the question's own ("trong nước" asked "hội chợ ở nước ngoài"; "khu
    vực III" asked "khu vực II"), that value in none of `known` (values() of the passages found of the line's
    document, with headings, lead-ins and name, read once per document): the amount it states is a sibling item's,
    the one asked the document does not give."""
    said = values(line)
    return frozenset((attribute, value) for attribute, value in said
                     if any(a == attribute and v != value and (a, v) not in said and (a, v) not in known
                            for a, v in asked))
