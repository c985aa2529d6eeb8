"""An amount stated of siblings of what is asked: the same head named with other modifiers ("giải Khuyến khích"
asked, the line gives "giải Nhất …; giải Nhì …; giải Ba …").

A list of amounts names each of its items by a head and what tells it from the others. A line naming the question's
head with a modifier the question never says, in a passage naming that head with `weights.sibling_modifiers` such
modifiers or more (a list of its siblings) and never saying the question's own modifier (with its lead-in, headings
and document's name), gives the amounts of other items of that list, not the one asked: none is an answer, however
many other words of the question the passage shares. One other modifier alone is no list: a head may be written in
other words than the question's ("khách lưu trú" of "khách sạn"). Words are syllables as written, compared folded
when the question is typed without diacritics (the caller's word lists); a phrase ends at a punctuation mark or a
table's cell bar; function words and numbers are neither head nor modifier. The modifier is read after the head, as
Vietnamese writes it.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence

from troly.vntext import FUNCTION_FOLDED, STOP_FOLDED, fold


def _content(word: str) -> bool:
    """A word that may name a thing or tell it apart: not a number, not a function word."""
    return word.isalpha() and fold(word) not in STOP_FOLDED and fold(word) not in FUNCTION_FOLDED


def sibling_named(asked: Sequence[str], line: Sequence[Sequence[str]], passage: Sequence[Sequence[str]],
                  context: Collection[str], modifiers: int) -> str:
    """The head and the siblings' modifiers ("giải ba/nhất/nhì"), or "" when the line names no sibling of what is asked.
    `asked`: the question's words in order, "" for each saying nothing of its subject (how it asks, a number) and
    between its phrases; `line`, `passage`: the words of each phrase of the quoted line (with its lead-in or table
    header) and of its whole passage; `context`: every word of the passage with its lead-in, headings and document's
    name; `modifiers`: how many other modifiers of the head make a list (weights.sibling_modifiers)."""
    own = set(asked)
    heads = {a for a, b in zip(asked, asked[1:]) if _content(a) and _content(b) and b not in context}
    named = {x for words in line for x, y in zip(words, words[1:]) if x in heads and _content(y) and y not in own}
    others: dict[str, set[str]] = {head: set() for head in named}
    for words in [*line, *passage]:
        for x, y in zip(words, words[1:]):
            if x in others and _content(y) and y not in own:
                others[x].add(y)
    return next((f"{head} {'/'.join(sorted(mods))}" for head, mods in sorted(others.items())
                 if len(mods) >= modifiers), "")
