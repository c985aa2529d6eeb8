"""A question asking what a list holds, or how many ("tháng công nhân gồm những hoạt động nào", "nghị quyết 02 có chỉ
tiêu gì", "kế hoạch 07 có bao nhiêu hoạt động"): what it asks for names a heading of the document it is about ("II.
NỘI DUNG HOẠT ĐỘNG"), or that document's title ("… và các hoạt động chào mừng …"); the items under that heading (or
the document's own numbered headings) are the answer, all of them in the order written — not the two or three lines
that repeat the question's words, which search and sentence scoring find."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.answer.composer import in_order, quote, shown_items
from bot.answer.model import Answer, Citation
from bot.answer.question import field_label
from ingest.markers import heading_match
from ingest.model import SECTION_SEP
from troly.tables import toml
from troly.texts import t
from troly.vntext import STOP_FOLDED, fold_same_length, kind_names, plain_words
from troly.weights import DEFAULT, Weights
from vectorstore.search import CLOSING_KINDS, Passage
from vectorstore.store import StoredChunk

_TABLE = toml("question_cues.toml")["items"]
_ASKS = re.compile(_TABLE["asks"])
_COUNTS = re.compile(_TABLE["counts"])
_LAW = ("phan", "chuong", "muc", "dieu")  # a law's divisions: sections.py answers for all of those
_DOCUMENTS = 3  # the first documents found (fused order) whose headings are read, as context.FIELD_DOCUMENTS


@dataclass(frozen=True)
class Asked:
    """What the list asked for holds, as typed ("hoạt động") and folded, and whether its size is asked."""
    typed: str
    words: str
    counted: bool
    asking: tuple[int, int]  # where the question asks it ("những hoạt động nào"): the rest names what the list is of


def asked_items(question: str) -> Asked | None:
    """The items a question asks for the list of ("những hoạt động nào") or the number of ("bao nhiêu hoạt động")."""
    folded = fold_same_length(question.lower())
    for rx, counted in ((_COUNTS, True), (_ASKS, False)):
        m = rx.search(folded)
        if m:
            words = " ".join(plain_words(m["items"]).split())
            if words and not set(words.split()) <= STOP_FOLDED:
                return Asked(question[m.start("items"):m.end("items")], words, counted, m.span())
    return None


def _holds(text: str, words: str) -> bool:
    return f" {words} " in f" {plain_words(text)} "


def _rest(question: str, asked: Asked, named: bool) -> set[str]:
    """The question's words naming what the list is of ("tháng công nhân"): neither the asking nor the items asked,
    nor, of a document the question names, the words naming it ("nghị quyết 02")."""
    start, end = asked.asking
    left = f" {plain_words(question[:start] + ' ' + question[end:])} "
    if named:
        for name in sorted(kind_names(codes=True), key=len, reverse=True):
            left = left.replace(f" {name} ", " ")
    return {w for w in left.split() if w not in STOP_FOLDED and not (named and w.isdigit())}


def _levels(p: Passage) -> list[str]:
    return [level.strip() for level in p.section.split(SECTION_SEP)] if p.section else []


def _item(p: Passage) -> bool:
    """A line of a list: numbered ("1. …", "b) …") or a bullet."""
    m = heading_match(p.text.lstrip("*# "))
    return p.block == "bullet" or bool(m and m.kind not in _LAW)


def _heading(asked: Asked, own: list[Passage]) -> list[str] | None:
    """The section path down to the first heading naming the items asked ([]: the document's title names them), or
    None; never a law's division (a chapter, an article)."""
    for p in own:
        levels = _levels(p)
        for depth, level in enumerate(levels):
            m = heading_match(level)
            if m and m.kind in _LAW:
                break
            if _holds(level, asked.words):
                return levels[:depth + 1]
    return [] if own and _holds(own[0].document, asked.words) else None


def _list(asked: Asked, own: list[Passage]) -> tuple[list[str], list[Passage], list[str] | None] | None:
    """(heading lines, items, their titles when they are headings) of the list in one document's passages."""
    path = _heading(asked, own)
    if path is None:
        return None
    depth = len(path)
    under = [p for p in own if _levels(p)[:depth] == path]
    heads: dict[str, Passage] = {}
    for p in under:
        below = _levels(p)[depth:depth + 1]
        m = heading_match(below[0]) if below else None
        if m and m.kind not in _LAW:
            heads.setdefault(below[0], p)
    if len(heads) >= 2:
        return [quote(path[-1])] if path else [], list(heads.values()), [quote(h) for h in heads]
    items = [p for p in under if len(_levels(p)) == depth and _item(p)]
    return ([quote(path[-1])] if path else [], items, None) if len(items) >= 2 else None


def _named_parts(asked: Asked, own: list[Passage]) -> tuple[Passage, int] | None:
    """"Giải thưởng: giải Nhất …; giải Nhì …; giải Ba …": the first line whose label names the items asked and
    whose parts (after the label, between ";") each name one, with how many it names (two or more)."""
    for p in own:
        label = field_label(p.text)
        if not label or not _holds(label, asked.words):
            continue
        parts = p.text.split(":", 1)[1].split(";")
        if len(parts) >= 2 and all(_holds(part, asked.words) for part in parts):
            return p, len(parts)
    return None


def _counted_line(question: str, asked: Asked, own: list[Passage], named: bool) -> Answer | None:
    """"hội diễn văn nghệ có mấy giải": the line listing them counted ("Có 3 giải:"), then quoted, cited."""
    found = _named_parts(asked, own)
    if found is None:
        return None
    p, n = found
    if not _rest(question, asked, named) <= set(plain_words(" ".join([p.document, p.section])).split()):
        return None
    text = "\n".join([t("answer.items_counted", n=n, items=asked.typed), f"{quote(p.text)} [1]"])
    return Answer(question, text, True, [Citation(1, p, [(0, len(p.text))])])


def list_answer(question: str, passages: list[Passage], doc_chunks: Callable[[str], list[StoredChunk]],
                counted: bool, weights: Weights = DEFAULT) -> Answer | None:
    """The whole list asked for (`counted`: asked how many, said first), from the first of the documents found
    whose heading or title names the items asked and whose title and heading hold the question's other words."""
    asked = asked_items(question)
    if asked is None or asked.counted != counted:
        return None
    docs = list(dict.fromkeys(p.doc_id for p in passages if not p.off_scope))[:_DOCUMENTS]
    for doc_id in docs:
        named = any(p.named for p in passages if p.doc_id == doc_id)
        own = sorted((p for p in (Passage.from_chunk(c, 0.0) for c in doc_chunks(doc_id))
                      if p.block not in CLOSING_KINDS), key=lambda p: p.position)
        found = _list(asked, own)
        if found is None:
            line = _counted_line(question, asked, own, named) if counted else None
            if line is not None:
                return line
            continue
        heads, items, titles = found
        about = " ".join([own[0].document, own[0].short_title, *heads])
        if not _rest(question, asked, named) <= set(plain_words(about).split()):
            continue
        if counted:
            heads = [t("answer.items_counted", n=len(items), items=asked.typed), *heads]
        text, citations = in_order(heads, items, len(items) if titles else shown_items(items, weights), titles)
        return Answer(question, text, True, citations)
    return None
