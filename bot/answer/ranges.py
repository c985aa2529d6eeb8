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
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.answer.list_items import list_line, same_list
from bot.answer.model import Answer, Citation, list_lead, quote
from bot.answer.question import PERCENT, asks_yes_or_no, classify, in_day, money_stated, states
from ingest.model import SECTION_SEP
from troly.figures import written
from troly.tables import toml
from troly.texts import pattern, t
from troly.vntext import STOP_FOLDED, content_words, fold, fold_same_length
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_COUNT = toml("count_words.toml")
_END = r"(\d{1,3}(?:\.\d{3})+(?![\d,])|\d+(?:[.,]\d+)?)"
# a figure and its unit: a word after it ("120 đoàn viên") or a percent sign ("40%")
_STATED = re.compile(r"(?<![\w/.,-])" + _END + r"(?:\s+([a-z]+)(?!\w)|\s*(%))")
_PERCENT = "%"


def _unit_of(m: re.Match[str]) -> str:
    return m.group(2) or m.group(3)


def _after_figure(unit: str) -> str:
    """The unit as written after its figure: a word after a space, a percent sign with or without one."""
    return r"\s*%" if unit == _PERCENT else rf"\s+{re.escape(unit)}\b"


def _words(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# bound words (folded), the figure after them or, written after it ("03 người trở lên"), before them
_UPPER = _words(["toi da", *_COUNT["bounds"]["toi da"]])
_LOWER = _words([*_COUNT["at_least"], *_COUNT["bounds"]["toi thieu"]])
_STRICT_UPPER = _words(_COUNT["strict_bounds"]["toi da"])
_STRICT_LOWER = _words(_COUNT["strict_bounds"]["toi thieu"])
_JOINS = _words(_COUNT["range_joins"])
_MONEY = frozenset(_COUNT["money_units"])
_BOUND_BEFORE = re.compile(rf"(?<!\w)(?:{_UPPER}|{_LOWER}|{_STRICT_UPPER}|{_STRICT_LOWER}|{_JOINS})\s+(?:la\s+)?$")
# the words a bound written after its figure may stand past: the rest of the unit's noun ("100 học sinh bán trú trở
# lên": the unit read is its first word)
_UNIT_REST = r"(?:\s+\w+){0,3}"
_BOUND_AFTER = re.compile(rf"{_UNIT_REST}\s+(?:{_UPPER}|{_LOWER})(?!\w)")
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
    premise_held weighs), nor a number naming a document ("KH 21"), nor one it bounds itself ("trên 3 tháng")."""
    question = unicodedata.normalize("NFC", question)
    folded = fold_same_length(question.lower())
    found = []
    for m in _STATED.finditer(folded):
        unit = _unit_of(m)
        if unit in _MONEY or unit in STOP_FOLDED or _BOUND_BEFORE.search(folded, 0, m.start()) \
                or _BOUND_AFTER.match(folded, m.end()) or in_day(question, m.start()):
            continue  # "học nghề trên 3 tháng": the question's own range, not a figure to place; "ngày 5 tháng 12"
        found.append(Quantity(_value(m.group(1)), unit, question[m.start():m.end()]))
    return found


def _bounds(quantity: Quantity, clause: str) -> list[tuple[bool, tuple[int, int]]]:
    """Each bound the clause sets on the quantity's unit, whether it holds the quantity, and where it is written."""
    said = fold_same_length(clause.lower())
    unit = _after_figure(quantity.unit)
    v = quantity.value
    found: list[tuple[bool, tuple[int, int]]] = []
    for m in pattern(rf"(?<![\w/.,-]){_END}(?:{unit}\S*)?\s*(?:{_JOINS})\s*((?:{_STRICT_UPPER})\s+)?{_END}"
                         rf"{unit}").finditer(said):
        lo, hi = _value(m.group(1)), _value(m.group(3))
        if lo < hi:
            found.append((lo <= v and (v < hi if m.group(2) else v <= hi), m.span()))
    bounds = ((_UPPER, lambda n: v <= n), (_LOWER, lambda n: v >= n), (_STRICT_UPPER, lambda n: v < n),
              (_STRICT_LOWER, lambda n: v > n))
    for words, within in bounds:
        before = rf"(?<!\w)(?:{words})\s+(?:la\s+)?{_END}{unit}"
        after = rf"(?<![\w/.,-]){_END}{unit}\w*{_UNIT_REST}\s+(?:{words})(?!\w)" if words in (_UPPER, _LOWER) else ""
        for rx in (before, after):
            for m in pattern(rx).finditer(said) if rx else ():
                if not any(a <= m.start() < b for _, (a, b) in found):
                    found.append((within(_value(m.group(1))), m.span()))
    return found


def holds(quantity: Quantity, clause: str) -> bool | None:
    """Whether every bound the clause sets on the quantity's unit holds it ("từ 50 đến dưới 500 đoàn viên" of 120:
    yes; "dưới 30 đoàn viên": no); None when the clause bounds no figure of that unit."""
    verdicts = [held for held, _ in _bounds(quantity, clause)]
    return all(verdicts) if verdicts else None


def excludes(question: str, line: str) -> bool:
    """Whether a bound the line sets leaves out a quantity the question states ("a) … dưới 10 ngày: 1.000.000 đồng"
    of "điều trị nội trú 12 ngày"): the line is said of another case than the one asked."""
    return any(holds(q, line) is False for q in quantities(question))


def places(question: str, line: str) -> bool:
    """Whether the line's bounds hold a quantity the question states ("b) … từ 10 ngày trở lên" of "12 ngày"): the
    line names the case asked, whatever words it is written in."""
    return any(holds(q, line) for q in quantities(question))


_BOUND_WORDS = re.compile(rf"(?<!\w)(?:{_UPPER}|{_LOWER}|{_STRICT_UPPER}|{_STRICT_LOWER})(?!\w)")


def range_words(text: str) -> set[str]:
    """The bound words a text writes (folded: "duoi", "tro len"): which side of a figure it speaks of."""
    return {m.group() for m in _BOUND_WORDS.finditer(fold_same_length(text.lower()))}


def _answers(question: str, quantity: Quantity, clause: str) -> bool:
    """Whether the clause, its bounds on the quantity aside, states every kind of fact the question asks ("mấy
    ngày" is not answered by "CĐCS có dưới 150 đoàn viên tổ chức đại hội toàn thể", whose only figure is its bound)."""
    rest = clause
    for _, (a, b) in _bounds(quantity, clause):
        rest = rest[:a] + " " * (b - a) + rest[b:]
    # the question's own percentage ("suy giảm 45%") reads as asking one: it is the quantity placed, not what is asked
    stated = {PERCENT} if quantity.unit == _PERCENT else set()
    return all(states(kind, rest) for kind in classify(question).strict if kind not in stated)


def _pairs(text: str) -> set[tuple[str, str]]:
    """The text's pairs of words standing side by side (folded), not both function words: a phrase it names."""
    words = re.findall(r"\w+", fold(text))
    return {(a, b) for a, b in zip(words, words[1:]) if not (a in STOP_FOLDED and b in STOP_FOLDED)
            and not a.isdigit() and not b.isdigit()}


def _about(question: str, quantity: Quantity, p: Passage, clause: str) -> bool:
    """Whether the clause, with its list's lead-in and heading, names a phrase of the question besides the quantity
    ("ủy viên Ban Chấp hành", "tổ chức đại hội"): a clause bounding the same count on another matter ("… 05 thành viên
    Ban Thanh tra" of "… tổ chức hội nghị vào tháng mấy") is no answer."""
    at = question.find(quantity.said)
    rest = question[:at] + " | " + " ".join(question[at + len(quantity.said):].split()[1:])
    return bool(_pairs(rest) & _pairs("\n".join((clause, list_lead(p), p.section.split(SECTION_SEP)[-1]))))


def _clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of a line, as (start, end) offsets: what one bound is said of."""
    return [(m.start(), m.end()) for m in _CLAUSE.finditer(text) if m.group().strip()]


def _siblings(p: Passage, own: list[Passage]) -> list[Passage]:
    """The items of the list the passage is an item of, in the order written (itself alone when none)."""
    lead = list_lead(p)
    if not lead and not list_line(p):
        return [p]
    items = sorted({q.position: q for q in own if same_list(p, q)}.values(), key=lambda q: q.position)
    return items or [p]


def _placing(question: str, quantity: Quantity, candidates: list[Passage]) -> tuple[Passage, tuple[int, int]] | None:
    """The first candidate's clause whose bounds on the quantity's unit hold it — of one passage's, the narrowest
    (the clause "dưới 10 đoàn viên" of 8, not "dưới 150"), stating what the question asks."""
    for p in candidates:
        held = [(c, _width(quantity, p.text[c[0]:c[1]])) for c in _clauses(p.text)
                if holds(quantity, p.text[c[0]:c[1]]) and _answers(question, quantity, p.text[c[0]:c[1]])
                and _about(question, quantity, p, p.text[c[0]:c[1]])]
        if held:
            return p, min(held, key=lambda h: h[1])[0]
    return None


def _width(quantity: Quantity, clause: str) -> float:
    """How wide the clause's bounds leave the quantity's place: the distance to its nearest bound figure of the unit."""
    figures = [_value(m.group(1)) for m in _STATED.finditer(fold(clause)) if _unit_of(m) == quantity.unit]
    return min((abs(f - quantity.value) for f in figures), default=float("inf"))


def placed(answer: Answer, question: str, doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer | None:
    """The answer said by the line whose range holds the quantity the question states, cited — when nothing was
    found, or the first line found bounds the quantity's unit and leaves it out; summed with the line it adds to
    when it pays an amount "thêm" (found or not); None otherwise."""
    asked = quantities(question)
    if not asked or not answer.citations or answer.mode != "offline":
        return None
    excluded = answer.found and any(holds(q, answer.answer.split("\n", 1)[0]) is False for q in asked)
    own_of: dict[str, list[Passage]] = {}
    candidates: list[Passage] = []
    for p in (c.passage for c in answer.citations):
        if p.doc_id not in own_of:
            own_of[p.doc_id] = [Passage.from_chunk(c, 0.0) for c in doc_chunks(p.doc_id)]
        for q in [p, *_siblings(p, own_of[p.doc_id])]:
            if all((q.doc_id, q.position) != (r.doc_id, r.position) for r in candidates):
                candidates.append(q)
    for quantity in asked:
        found = _placing(question, quantity, candidates)
        if found is None:
            continue
        p, (start, end) = found
        base = _added_to(question, p, p.text[start:end], candidates)
        if base is not None:
            return _summed(answer, base, (p, (start, end)))
        if answer.found and not excluded:
            return None
        line = f"{quote(p.text[start:end].rstrip(' ;.'))} [1]"
        if asks_yes_or_no(question):
            line = t("answer.case_yes", line=line)
        return replace(answer, answer=line, found=True, nearest=False, citations=[Citation(1, p, [(start, end)])])
    return None


_ADDED = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _COUNT["added"])) + r")(?!\w)")
_CURRENCY = _COUNT["money"]["currency"]  # "đồng"
_PER = re.compile(r"/[^\s,;.]+")  # "40.000 đồng/ca": what an amount is paid per


def _added_to(question: str, p: Passage, clause: str, candidates: list[Passage]) -> Passage | None:
    """The line of the same document whose amount the placing clause adds to ("hỗ trợ thêm 200.000 đồng … ngoài mức
    quy định tại khoản 1 hoặc khoản 2"): it pays one amount, adds none, and names the case the question names more
    than any other such line does ("làm việc trong khu công nghiệp" of "a) Làm việc trong khu công nghiệp …: 1.000.000
    đồng" before "b) Làm việc tại các địa bàn khác"); None when the clause adds nothing or no one line stands out."""
    if not _ADDED.search(clause.lower()) or len(money_stated(clause)) != 1:
        return None
    asked = content_words(question) - content_words(clause)
    shared = sorted(((len(asked & content_words(q.text)), q.position, q) for q in candidates
                     if q.doc_id == p.doc_id and q.position != p.position and len(money_stated(q.text)) == 1
                     and not _ADDED.search(q.text.lower())), key=lambda x: (-x[0], x[1]))
    if not shared or shared[0][0] == 0 or (len(shared) > 1 and shared[1][0] == shared[0][0]):
        return None
    return shared[0][2]


def _summed(answer: Answer, base: Passage, added: tuple[Passage, tuple[int, int]]) -> Answer:
    """The two amounts summed, then the line paying the first and the clause adding the second, each cited."""
    p, (start, end) = added
    (first, *_), (second, *_) = money_stated(base.text), money_stated(p.text[start:end])
    per = _PER.match(unicodedata.normalize("NFC", base.text), first.end)
    total = written(round(first.value + second.value)) + f" {_CURRENCY}{per.group() if per else ''}"
    said = t("answer.sum_added", total=total, parts=f"{first.words} [1] + {second.words} [2]")
    lines = [said, f"{quote(base.text.rstrip(' ;.'))} [1]", f"{quote(p.text[start:end].rstrip(' ;.'))} [2]"]
    return replace(answer, answer="\n".join(lines), found=True, nearest=False,
                   citations=[Citation(1, base, [(0, len(base.text))]), Citation(2, p, [(start, end)])])
