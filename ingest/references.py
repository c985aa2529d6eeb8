"""A text's references to its own clauses and points ("trường hợp nêu tại điểm a khoản 2 Điều 2", "quy định tại
khoản 1 Điều này", "điểm b khoản này") resolved to the passages they name: the lexical index reads a passage that
names one with the words of the passage named, so "đạt giải nhất cấp tỉnh được thưởng bao nhiêu" finds "Thưởng
500.000 đồng đối với trường hợp nêu tại điểm a khoản 1 Điều 3" (point a: "Đạt giải nhất cấp tỉnh"); and an answer
quoting such a line shows the line it names (bot/answer/referred.py), read by the same `references_in`."""
from __future__ import annotations

import re
from typing import NamedTuple

from ingest.markers import GROUPS
from ingest.model import Chunk
from ingest.place import Place
from troly import tables
from troly.texts import alternation
from troly.vntext import fold

_W = tables.toml("header_words.toml")
_R = _W["references"]
_KINDS = alternation([row[1] for row in tables.rows("document_kinds.tsv") if len(row) > 1 and row[1]]
                     + [_W["divisions"][k] for k in GROUPS])
# "[điểm a] khoản 2[,] Điều 3", "khoản 1 Điều này", "điểm b khoản này", "khoản 2" (of the article it stands in)
_REF_RE = re.compile(rf"(?:\b{_R['point']}\s+([a-zđ])\s*,?\s+)?\b{_R['clause']}\s+(\d+(?![.,]\d)|{_R['this']})\b"
                     rf"(?:\s*,?\s+{_W['divisions']['dieu']}\s+(\d+|{_R['this']})\b)?", re.I)
# "khoản 1 và khoản 2 Điều 5 Nghị định …", "khoản 1, 2 Điều 5": a clause named before others of the same article takes
# their article
_JOINED_RE = re.compile(rf"(?:\s*(?:,|{alternation(_R['joined'])})\s*(?:(?:{_R['point']}\s+[a-zđ]\s*,?\s+)?"
                        rf"{_R['clause']}\s+)?\d+\b)+\s*,?\s+{_W['divisions']['dieu']}\s+(\d+|{_R['this']})\b", re.I)
# What a bare "khoản 2" (no article named) must follow to be a reference: a referring word, or a reference and "và"/","
_REFERRING_RE = re.compile(rf"(?:\b(?:{alternation(_R['referring'])})|(?P<joined>,|\b(?:{alternation(_R['joined'])})))"
                           rf"\s*$", re.I)
_NEXT_WORD_RE = re.compile(r"\s*(\w+)")
_UNITS = frozenset(tables.toml("count_words.toml")["not_people"])  # folded: "khoản 2 triệu đồng" is money
_OTHER_RE = re.compile(rf"\s*(?:{_R['of']}\s+)?{_KINDS}\b(?!\s+{_R['this']})", re.I)
REFERRED_CHARS = 600  # at most this much of the passages a passage names is read with it


class Reference(NamedTuple):
    """A clause or point of the same text a line names, as written ("điểm a khoản 2 Điều 2") and where it is."""
    words: str
    start: int
    end: int
    article: str  # "" for the article the line stands in ("Điều này", or none written)
    clause: str  # "" for the clause the line stands in ("khoản này")
    point: str  # lower case; "" for the whole clause

    def at(self, own: Place) -> Place | None:
        """The place named, read from the place of the line naming it; None for the line's own clause whole
        ("quy định tại khoản này": nothing else to read)."""
        if not self.clause and not self.point:
            return None
        place = (self.article or own[0], self.clause or own[1], self.point)
        return place if place[0] and place[1] else None


def references_in(text: str) -> list[Reference]:
    """The clauses and points of its own text a line names; not another text's ("khoản 2 Điều 3 Thông tư 25/2010",
    "… của Nghị định 12/2022/NĐ-CP")."""
    this = _R["this"]
    found: list[Reference] = []
    for m in _REF_RE.finditer(text):
        joined = None if m.group(3) else _JOINED_RE.match(text, m.end())
        if _OTHER_RE.match(text, joined.end() if joined else m.end()):
            continue
        if not m.group(3) and not joined and m.group(2).lower() != this and not _bare_clause_refers(text, m, found):
            continue
        clause, article = m.group(2), m.group(3) or (joined.group(1) if joined else "")
        found.append(Reference(m.group(0), m.start(), m.end(), "" if article.lower() == this else article,
                               "" if clause.lower() == this else clause, (m.group(1) or "").lower()))
    return found


def _bare_clause_refers(text: str, m: re.Match[str], found: list[Reference]) -> bool:
    """Whether "khoản 2" named without its article is a clause of the text: after a referring word ("nêu tại"), or
    joined to a reference just before ("tại khoản 1 hoặc khoản 2"), and not an amount ("một khoản 2 triệu đồng")."""
    after = _NEXT_WORD_RE.match(text, m.end())
    if after and fold(after.group(1).lower()) in _UNITS:
        return False
    before = _REFERRING_RE.search(text, 0, m.start())
    if not before:
        return False
    return not before.group("joined") or bool(found) and not text[found[-1].end:before.start()].strip()


def resolve(chunks: list[Chunk], places: list[Place]) -> None:
    """Set each chunk's `refers`: the text of the clauses and points of the same document it names."""
    named: dict[Place, list[str]] = {}
    for chunk, (article, clause, point) in zip(chunks, places):
        if article and clause:
            named.setdefault((article, clause, ""), []).append(chunk.text)
            if point:
                named.setdefault((article, clause, point), []).append(chunk.text)
    for chunk, own in zip(chunks, places):
        found: list[str] = []
        for ref in references_in(chunk.text):
            place = ref.at(own)
            found += [t for t in named.get(place, []) if t != chunk.text and t not in found] if place else []
        joined = " ".join(found)
        chunk.refers = joined if len(joined) <= REFERRED_CHARS else joined[:REFERRED_CHARS].rsplit(" ", 1)[0]
