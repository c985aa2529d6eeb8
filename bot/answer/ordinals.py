"""One item of a list asked by its place ("nội dung thứ 5 là gì", "nhiệm vụ thứ hai", "mục tiêu cuối cùng", "mục
thứ 2"): search finds the lines repeating the question's words, which the place asked is none of ("thứ 5" is written
"5."), so the list is found as a list asked whole is (list_items: the heading or lead-in of the document asked naming
its items, or its parts when a division is asked) and its item at that place is quoted after its heading or lead-in,
cited. Not the Nth time ("Đại hội lần thứ 13") nor a day of the week ("họp vào thứ hai", "thứ ba tuần sau"). The
phrases live in prompts/question_cues.toml [ordinals]."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from bot.answer.list_items import (Asked, documents_read, headed_list, in_order, led_items, list_divisions,
                                   numbered_place, other_words, section_levels, shown_items)
from bot.answer.model import Answer, list_lead, quote
from ingest.markers import DIVISIONS
from troly.tables import toml
from troly.vntext import fold_same_length, plain_words
from troly.weights import DEFAULT, Weights
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_TABLE = toml("question_cues.toml")["ordinals"]
_ASKS = re.compile(_TABLE["asks"])
_PLACES: dict[str, int] = _TABLE["places"]
_MARKED = frozenset(_TABLE["marked"])
LAST = -1  # the place of "cuối cùng"
_OCCASIONS = frozenset(_TABLE["occasions"])
_WEEKDAY_BEFORE = frozenset(_TABLE["weekday_before"])
_WEEKDAY_AFTER = re.compile(rf"\s+(?:{'|'.join(_TABLE['weekday_after'])})\b")
_WEEKDAYS = range(2, 8)  # "thứ hai" (Monday) … "thứ bảy"


@dataclass(frozen=True)
class Place:
    """The words the question may name the list's items by (longest first: "các nội dung", "nội dung") and the place
    asked (1-based; LAST for the last), with where the question asks it."""
    names: tuple[tuple[str, str], ...]  # (as typed, folded)
    place: int
    span: tuple[int, int]


def place_asked(question: str) -> Place | None:
    """The place of an item a question asks ("nội dung thứ 5" → 5), or None."""
    folded = fold_same_length(question.lower())
    m = _ASKS.search(folded)
    if m is None:
        return None
    n = m["n"]
    typed = unicodedata.normalize("NFC", question[m.start("n"):m.end("n")].lower()) if n else ""
    if n and not n.isdigit() and typed != n and typed not in _MARKED:
        return None
    place = 1 if m["first"] else LAST if m["last"] else int(n) if n.isdigit() else _PLACES[n]
    if place == 0:
        return None
    # "Đại hội lần thứ 13": the 13th time, no item; "vào thứ hai", "thứ ba tuần sau": a day of the week
    before = m["items"].split()[-1]
    if before in _OCCASIONS or n and place in _WEEKDAYS and (
            before in _WEEKDAY_BEFORE or _WEEKDAY_AFTER.match(folded, m.end())):
        return None
    start = m.start("items")
    words = [(w.start() + start, w.end() + start) for w in re.finditer(r"\S+", m["items"])]
    # a word on its own names the items only when it is all the question says before the place ("giải thứ hai"):
    # the last of several ("vụ" of "nhiệm vụ") is in too many headings
    names = tuple((question[a:words[-1][1]], " ".join(plain_words(folded[a:words[-1][1]]).split()))
                  for a, _ in (words if len(words) == 1 else words[:-1]))
    return Place(names, place, m.span())


def _at(items: list, place: int):
    """The item at that place (1-based, LAST the last), None when the list is shorter."""
    if place == LAST:
        return items[-1] if items else None
    return items[place - 1] if 0 < place <= len(items) else None


def _numbered_first(items: list[Passage]) -> list[Passage]:
    """A list's items numbered at its own level ("1.", "2.", "a)"), when it has two or more: a sub-item or a line
    written between them takes no place."""
    numbered = [p for p in items if (numbered_place(p) or ())[:1] and len(numbered_place(p)) == 1]
    return numbered if len(numbered) >= 2 else items


def _under(own: list[Passage], heading: str) -> list[Passage]:
    """The passages standing under a heading, in the order written."""
    return [p for p in own if heading in section_levels(p)]


def _item(question: str, asked: Asked, place: int, own: list[Passage], named: bool, weights: Weights
          ) -> tuple[str, list] | None:
    """(answer text, citations) of the item at `place` of the list of `asked` in one document's passages."""
    about_words = set(plain_words(" ".join([own[0].document, own[0].short_title])).split())
    if asked.words in DIVISIONS:  # "mục thứ 2": the document's second part, its heading then its lines
        divisions = list_divisions(asked, own)
        if divisions is None or not other_words(question, asked, named) <= about_words:
            return None
        parts = dict(zip(divisions[1], divisions[0]))
        title = _at(list(parts), place)
        if title is None:
            return None
        heading = next((level for level in section_levels(parts[title]) if quote(level) == title), "")
        lines = _under(own, heading) if heading else [parts[title]]
        return in_order([title], lines, shown_items(lines, weights))
    found = headed_list(asked, own)
    if found is not None:
        heads, items, titles = found
        about_words |= set(plain_words(" ".join(heads)).split())
    else:
        items = led_items(asked, own)
        if items is None:
            return None
        heads, titles = [quote(list_lead(items[0]))], None
        about_words |= set(plain_words(" ".join([items[0].section, list_lead(items[0])])).split())
    if not other_words(question, asked, named) <= about_words:
        return None
    if titles:  # items that are headings ("1. Tuyên truyền …" over its own lines): that heading, then its lines
        title = _at(titles, place)
        if title is None:
            return None
        first = items[titles.index(title)]
        heading = next((level for level in section_levels(first) if quote(level) == title), "")
        lines = _under(own, heading) if heading else [first]
        return in_order([*heads, title], lines, shown_items(lines, weights))
    item = _at(_numbered_first(items), place)
    if item is None:
        return None
    lead = list_lead(item)
    heads = [*heads, *([quote(lead)] if lead and quote(lead) not in heads else [])]
    return in_order(heads, [item], 1)


def ordinal_answer(question: str, passages: list[Passage], doc_chunks: Callable[[str], list[StoredChunk]],
                   weights: Weights = DEFAULT) -> Answer | None:
    """The item at the place asked of the list the question names, from the first of the documents found holding
    one whose heading, lead-in and title hold the question's other words; None when no such list has that place."""
    asked = place_asked(question)
    if asked is None:
        return None
    for named, own in documents_read(passages, doc_chunks, weights):
        if not own:
            continue
        for typed, words in asked.names:
            found = _item(question, Asked(typed, words, False, asked.span), asked.place, own, named, weights)
            if found is not None:
                return Answer(question, found[0], True, found[1])
    return None
