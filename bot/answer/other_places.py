"""A province the question names that the passages answering it are not of ("MTTQ tỉnh Bình Thuận hỗ trợ … bao
nhiêu tiền?" with only Ninh Thuận's guide loaded): the figure a province's body sets is that province's, and quoted
as the answer it tells the user another province's rule as if it were theirs. The answer then says the documents do
not state it for the place asked, and shows the passages found as possibly related only.

A document is of a province its issuer's name or upper body names ("Ban Thường trực" of "Ủy ban MTTQ tỉnh Ninh
Thuận": issuers.issuer_place_names without its seat); a ministry's, a district's or a company's, naming none, is of
no one province and may answer for any. A passage of a province's document still answers for the place asked when
its text, heading, lead-in or document's name — or another passage found of the same document — writes that place (a
partner, "phối hợp với tỉnh Bình Thuận", or a trip's destination), or when the place asked and the document's
province are one since the 2025 mergers (prompts/places.tsv: Bình Thuận and Lâm Đồng). Checked on the answer as
composed (service._answer), whichever answerer gave it: a table's row or a range holding a quantity asked quotes
another province's figure as much as a line does."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.answer.question import cue_spans
from troly import tables
from troly.texts import alternation
from troly.vntext import FUNCTION_FOLDED, STOP_FOLDED, fold, fold_same_length, merged_places, padded_words, places
from vectorstore.issuers import places_in
from vectorstore.search import Passage


def provinces_named(text: str) -> set[str]:
    """The provinces a text names, as prompts/places.tsv writes them ("tinh binh thuan": "Bình Thuận"), read as search
    reads them (issuers.places_in: the marks typed must fit the place's, so "cá lồng ăn" names no Long An)."""
    named = places_in(text)
    return {name for name in set(places().values()) if padded_words(name) in named}


def _one(names: set[str]) -> set[str]:
    """Each province with the one it merged into: either's name stands for both."""
    merged = merged_places()
    return names | {merged[name] for name in names if name in merged}


def of_another_place(question: str, chosen: Sequence[Passage], found: Sequence[Passage],
                     home: Callable[[str], set[str]]) -> tuple[str, str]:
    """(the province asked, the provinces the chosen passages' documents are of), each as named, "; "-joined, when
    every chosen passage is of a province's document (`home`: a document's provinces by its id) and neither it nor
    its document's passages found write the place asked; ("", "") otherwise."""
    asked = provinces_named(question)
    if not asked or not chosen:
        return "", ""
    same = _one(asked)
    others: list[str] = []
    for p in chosen:
        own = home(p.doc_id)
        written = provinces_named(" \n ".join(q.written for q in (p, *found) if q.doc_id == p.doc_id))
        if not own or _one(own) & same or _one(written) & same:
            return "", ""
        others += sorted(own - set(others))
    return "; ".join(sorted(asked)), "; ".join(others)


# A place below a province as a question names it: its level word ([scope] within_province: "huyện", "phường"), then
# the two words of its name ("huyện Tuy An")
_WITHIN = tables.toml("header_words.toml")["scope"]["within_province"]
_LOCAL = re.compile(rf"(?<!\w)({alternation(_WITHIN)})\s+([^\W\d_]+)\s+([^\W\d_]+)(?!\w)", re.I)
# each word of a level ("thị", "xã" of "thị xã"): no word of a place's name
_LEVEL_WORDS = frozenset(fold(word) for level in _WITHIN for word in level.split())


def _name_word(word: str) -> bool:
    """A word that may be one of a place's name: not a function word of the question ("có", "là", "được"), nor a level
    ("UBND xã phường kiểm tra …": two levels, no place)."""
    folded = fold(word)
    return folded not in FUNCTION_FOLDED and folded not in STOP_FOLDED and folded not in _LEVEL_WORDS


def _local_places_asked(question: str, unwritten: Callable[[str, str], bool]) -> list[tuple[str, str, str]]:
    """The places below a province the question names, (level, first word, second word) as typed: a level word and the
    two words after it, both written with a capital when the question writes any beyond its first letter ("Huyện Nghĩa
    Hưng", not "xã gửi báo cáo"); typed all in small letters ("huyện tuy an"), two words no loaded passage writes side
    by side (`unwritten`, folded): everyday words after a level ("huyện gửi báo cáo") are written, a place's name
    elsewhere is not. Never words asking a kind of fact ("về huyện hạn chót khi nào": question.cue_spans), nor a
    province's name ("thành phố Huế"): other_places reads those."""
    cased = any(ch.isupper() for ch in question[1:])
    asking = cue_spans(question)
    found = []
    for m in _LOCAL.finditer(question):
        level, first, second = m.groups()
        if not (_name_word(first) and _name_word(second)) or provinces_named(f"{first} {second}") or any(
                a < m.end(3) and m.start(2) < b for a, b in asking):
            continue
        if (first[0].isupper() and second[0].isupper()) if cased else unwritten(first, second):
            found.append((level, first, second))
    return found


def unwritten_place(question: str, texts: Callable[[], Sequence[str]], unwritten: Callable[[str, str], bool],
                    typed: str = "") -> str:
    """The place below a province the question names ("huyện Tuy An", "phường An Mỹ") that the answer's documents never
    write — neither its name nor its level word with the name's first word, in any of their passages (`texts`: each
    document's whole text with its headings and name, read only when the question names such a place) — its name
    capitalised ("huyện tuy an": "huyện Tuy An"); "" when none. A document giving figures for a province, a town or
    other districts gives none for a place it never names: its total, or another place's figure, answered for it,
    tells the user a figure that is not the one asked. `typed`: the question as typed, when `question` is its reading
    with diacritics restored (the name is said as typed: a rare name's marks may be restored amiss, "tuy an" read
    "tùy án")."""
    asked = _local_places_asked(question, unwritten)
    said = [" ".join(fold(text).split()) for text in texts()] if asked else []
    for level, first, second in asked:
        name, opening = fold(f"{first} {second}"), fold(f"{level} {first}")
        if said and not any(re.search(rf"(?<!\w)(?:{re.escape(name)}|{re.escape(opening)})(?!\w)", text)
                            for text in said):
            written = re.search(rf"(?i)(?<!\w){re.escape(fold(f'{level} {first} {second}'))}(?!\w)",
                                fold_same_length(typed)) if typed else None
            if written:
                level, first, second = typed[written.start():written.end()].rsplit(maxsplit=2)
            return f"{level.lower()} {first.capitalize()} {second.capitalize()}"
    return ""
