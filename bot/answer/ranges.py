"""A quantity the question states, placed in the ranges a document's lines set on it: "CĐCS có 120 đoàn viên được
bầu bao nhiêu ủy viên?" over "a) … dưới 50 đoàn viên: …; b) … từ 50 đến dưới 500 đoàn viên: …; c) … từ 500 đoàn
viên trở lên: …" is answered by b), whose range holds 120, though no line writes 120; "đi khám xa 40 km" by "… ở xa
trên 30 km". A line bounds a unit when a figure followed by that unit stands after a bound word ("dưới", "trên",
"không quá", "ít nhất" …: count_words.toml's bounds) or before one written after ("… trở lên"), or ends a range
("từ 50 đến dưới 500 đoàn viên"); every bound of a clause on the unit must hold the quantity.

The line placing the quantity answers when nothing else did, or when the line answering bounds the same unit and
leaves the quantity out (the "c) từ 500 … trở lên" line for 120); asked yes or no, it says "Có."."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.answer.list_items import list_line
from bot.answer.model import Answer, Citation, list_lead, quote
from bot.answer.question import asks_yes_or_no
from ingest.chunker import CLOSING_KINDS
from troly.tables import toml
from troly.texts import t
from troly.vntext import STOP_FOLDED, fold, fold_same_length
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_COUNT = toml("count_words.toml")
_END = r"(\d{1,3}(?:\.\d{3})+(?![\d,])|\d+(?:[.,]\d+)?)"
_STATED = re.compile(r"(?<![\w/.,-])" + _END + r"\s+([a-z]+)(?!\w)")


def _words(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# bound words (folded), the figure after them or, written after it ("03 người trở lên"), before them
_UPPER = _words(["toi da", *_COUNT["bounds"]["toi da"]])
_LOWER = _words([*_COUNT["at_least"], *_COUNT["bounds"]["toi thieu"]])
_STRICT_UPPER = _words(_COUNT["strict_bounds"]["toi da"])
_STRICT_LOWER = _words(_COUNT["strict_bounds"]["toi thieu"])
_JOINS = _words(_COUNT["range_joins"])
_MONEY = frozenset(_COUNT["money_units"])
_CLAUSE = re.compile(r"[^;.]+(?:\.\d[^;.]*)*")  # clauses end at ";" or "." (not the "." inside "100.000")


def _value(number: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number):
        return float(number.replace(".", ""))
    return float(number.replace(",", "."))


@dataclass(frozen=True)
class Quantity:
    """A figure the question states with its unit ("120 đoàn viên": 120, "doan")."""
    value: float
    unit: str
    said: str  # as the question writes it


def quantities(question: str) -> list[Quantity]:
    """The figures the question states with a unit (a count, a distance, an age), not money (an amount is a claim
    premise_held weighs) nor a number naming a document ("KH 21")."""
    folded = fold_same_length(question.lower())
    found = []
    for m in _STATED.finditer(folded):
        unit = m.group(2)
        if unit in _MONEY or unit in STOP_FOLDED:
            continue
        found.append(Quantity(_value(m.group(1)), unit, question[m.start():m.end()]))
    return found


def holds(quantity: Quantity, clause: str) -> bool | None:
    """Whether every bound the clause sets on the quantity's unit holds it ("từ 50 đến dưới 500 đoàn viên" of 120:
    yes; "dưới 30 đoàn viên": no); None when the clause bounds no figure of that unit."""
    said = fold(clause)
    unit = re.escape(quantity.unit)
    v = quantity.value
    verdicts: list[bool] = []
    taken: list[tuple[int, int]] = []
    for m in re.finditer(rf"(?<![\w/.,-]){_END}\s*(?:{unit}\S*\s*)?(?:{_JOINS})\s*((?:{_STRICT_UPPER})\s+)?{_END}"
                         rf"\s+{unit}\b", said):
        lo, hi = _value(m.group(1)), _value(m.group(3))
        if lo < hi:
            verdicts.append(lo <= v and (v < hi if m.group(2) else v <= hi))
            taken.append(m.span())
    bounds = ((_UPPER, lambda n: v <= n), (_LOWER, lambda n: v >= n), (_STRICT_UPPER, lambda n: v < n),
              (_STRICT_LOWER, lambda n: v > n))
    for words, within in bounds:
        before = rf"(?<!\w)(?:{words})\s+(?:la\s+)?{_END}\s+{unit}\b"
        after = rf"(?<![\w/.,-]){_END}\s+{unit}\w*(?:\s+\w+)?\s+(?:{words})(?!\w)" if words in (_UPPER, _LOWER) else ""
        for rx in (before, after):
            for m in re.finditer(rx, said) if rx else ():
                if not any(a <= m.start() < b for a, b in taken):
                    verdicts.append(within(_value(m.group(1))))
                    taken.append(m.span())
    return all(verdicts) if verdicts else None


def _clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of a line, as (start, end) offsets: what one bound is said of."""
    return [(m.start(), m.end()) for m in _CLAUSE.finditer(text) if m.group().strip()]


def _siblings(p: Passage, own: list[Passage]) -> list[Passage]:
    """The items of the list the passage is an item of, in the order written (itself alone when none)."""
    lead = list_lead(p)
    if not lead and not list_line(p):
        return [p]
    items = sorted({q.position: q for q in own if q.section == p.section and list_lead(q) == lead
                    and q.block not in CLOSING_KINDS and (lead or list_line(q))}.values(), key=lambda q: q.position)
    return items or [p]


def _placing(quantity: Quantity, candidates: list[Passage]) -> tuple[Passage, tuple[int, int]] | None:
    """The first candidate's clause whose bounds on the quantity's unit hold it — of one passage's, the narrowest
    (the clause "dưới 10 đoàn viên" of 8, not "dưới 150")."""
    for p in candidates:
        held = [(c, _width(quantity, p.text[c[0]:c[1]])) for c in _clauses(p.text)
                if holds(quantity, p.text[c[0]:c[1]])]
        if held:
            return p, min(held, key=lambda h: h[1])[0]
    return None


def _width(quantity: Quantity, clause: str) -> float:
    """How wide the clause's bounds leave the quantity's place: the distance to its nearest bound figure of the unit."""
    figures = [_value(m.group(1)) for m in _STATED.finditer(fold(clause)) if m.group(2) == quantity.unit]
    return min((abs(f - quantity.value) for f in figures), default=float("inf"))


def placed(answer: Answer, question: str, doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer | None:
    """The answer said by the line whose range holds the quantity the question states, cited — when nothing was
    found, or the first line found bounds the quantity's unit and leaves it out; None otherwise."""
    asked = quantities(question)
    if not asked or not answer.citations or answer.mode != "offline":
        return None
    if answer.found:
        opening = answer.answer.split("\n", 1)[0]
        if not any(holds(q, opening) is False for q in asked):
            return None
        shown = [c.passage for c in answer.citations[:1]]
    else:
        shown = [c.passage for c in answer.citations]
    own_of: dict[str, list[Passage]] = {}
    candidates: list[Passage] = []
    for p in shown:
        if p.doc_id not in own_of:
            own_of[p.doc_id] = [Passage.from_chunk(c, 0.0) for c in doc_chunks(p.doc_id)]
        for q in [p, *_siblings(p, own_of[p.doc_id])]:
            if all((q.doc_id, q.position) != (r.doc_id, r.position) for r in candidates):
                candidates.append(q)
    for quantity in asked:
        found = _placing(quantity, candidates)
        if found is None:
            continue
        p, (start, end) = found
        line = f"{quote(p.text[start:end].rstrip(' ;.'))} [1]"
        if asks_yes_or_no(question):
            line = t("answer.case_yes", line=line)
        return replace(answer, answer=line, found=True, nearest=False, citations=[Citation(1, p, [(start, end)])])
    return None
