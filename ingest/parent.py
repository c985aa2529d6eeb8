"""An appendix ("PHỤ LỤC I …") issued with a parent text: which loaded document is its parent, and what it
inherits from it — number, date, issuer, kind, the texts it implements, a short name naming the parent — so
that a question naming the parent ("Phụ lục chỉ tiêu kèm NQ 03/NQ-CP", "NQ 03") finds the appendix too.
The parent is named in the appendix's bracketed line ("(Kèm theo … Nghị quyết số …/NQ-CP ngày … của Chính
phủ)"), often with a blank or wrong number or date: it is recognised by what of it fits, and only when one
document fits best."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from troly import tables
from troly.vntext import fold
from ingest.model import DocumentMeta
from ingest.naming import SHORT_MAX

_W = tables.toml("header_words.toml")["appendix"]
_STARTS = tuple(fold(w) for w in _W["starts"])
# "(Ban hành kèm theo Quyết định số … ngày … của …)": the bracketed line naming the text another is issued with
ATTACHED = re.compile(r"\(\s*(?:" + "|".join(re.escape(w) for w in _W["attached"]) + r")\b([^()]{10,400})\)",
                      re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Candidate:
    doc_id: str
    meta: DocumentMeta


class Titled(Protocol):
    """A document's metadata as parsed, or its stored record: either has a title."""
    title: str


def is_appendix(meta: Titled) -> bool:
    """Whether the document is an appendix: its title begins "PHỤ LỤC" (a parsed one, or a loaded one asked of)."""
    return labels_attached(meta.title)


def labels_attached(line: str) -> bool:
    """Whether a line opens what is issued with a parent text ("PHỤ LỤC I …", "Mẫu số 01", "Biểu mẫu 02"): a
    title so, or a form's label over its own title ("Mẫu số 01" / "BÁO CÁO …")."""
    return fold(line).startswith(_STARTS)


def attached_to(text: str) -> str:
    """The bracketed line naming the parent text, from the appendix's opening ("" when there is none)."""
    m = ATTACHED.search(text[:3000])
    return m.group(1).strip() if m else ""


def _words(text: str) -> set[str]:
    return set(_WORD.findall(fold(text)))


def _fit(reference: str, meta: DocumentMeta) -> float:
    """How much of the parent named in `reference` this document is: its number's code ("NQ-CP"), its issuer,
    its year, its number, and the share of its title's words the reference repeats."""
    ref = fold(reference)
    ref_words = _words(reference)
    score = 0.0
    number = fold(meta.number)
    code = number.split("/", 1)[-1] if "/" in number else ""
    if code and code in ref.replace(" ", ""):
        score += 2.0
    digits = number.split("/", 1)[0].lstrip("0")
    if digits and re.search(rf"(?<!\d)0*{re.escape(digits)}\s*/", ref):
        score += 2.0
    if meta.issuer and fold(meta.issuer) in ref:
        score += 1.0
    if meta.year and str(meta.year) in ref:
        score += 1.0
    title = _words(meta.title)
    if title:
        score += 2.0 * len(title & ref_words) / len(title)
    return score


def find_parent(reference: str, candidates: list[Candidate], floor: float = 3.0) -> Candidate | None:
    """The one document that fits the reference best, by a margin; None when none fits or two fit alike."""
    ranked = sorted(((_fit(reference, c.meta), c) for c in candidates if not is_appendix(c.meta)),
                    key=lambda sc: -sc[0])
    if not ranked or ranked[0][0] < floor or (len(ranked) > 1 and ranked[1][0] >= ranked[0][0] - 1.0):
        return None
    return ranked[0][1]


def inherit(meta: DocumentMeta, parent: Candidate) -> None:
    """The appendix takes its parent's number, date, issuer, kind and references, and a short name of both."""
    p = parent.meta
    meta.part_of = parent.doc_id
    for name in ("number", "date", "issuer", "kind"):
        if not getattr(meta, name):
            setattr(meta, name, getattr(p, name))
    meta.implements = list(dict.fromkeys([*meta.implements, *p.implements]))
    own = " ".join(w if re.fullmatch(r"[IVXLC]+|\d+", w) else w.lower() for w in meta.title.split()[:3])
    own = own[:1].upper() + own[1:]
    short = _W["short_name"].format(appendix=own, parent=p.short_title)
    meta.short_title = short if len(short) <= SHORT_MAX else short[:SHORT_MAX - 1] + "…"
