"""A text's references to its own clauses and points ("trường hợp nêu tại điểm a khoản 2 Điều 2", "quy định tại
khoản 1 Điều này", "điểm b khoản này") resolved to the passages they name: the lexical index reads a passage that
names one with the words of the passage named, so "đạt giải nhất cấp tỉnh được thưởng bao nhiêu" finds "Thưởng
500.000 đồng đối với trường hợp nêu tại điểm a khoản 1 Điều 3" (point a: "Đạt giải nhất cấp tỉnh"); and an answer
quoting such a line shows the line it names (bot/answer/referred.py), read by the same `references_in`."""
from __future__ import annotations

import re
from typing import NamedTuple

from ingest.markers import GROUPS, heading_match
from ingest.model import Block, Chunk
from troly import tables
from troly.texts import alternation

_W = tables.toml("header_words.toml")
_R = _W["references"]
_KINDS = alternation([row[1] for row in tables.rows("document_kinds.tsv") if len(row) > 1 and row[1]]
                     + [_W["divisions"][k] for k in GROUPS])
# "[điểm a] khoản 2[,] Điều 3", "khoản 1 Điều này", "điểm b khoản này", "khoản 2" (of the article it stands in)
_REF_RE = re.compile(rf"(?:\b{_R['point']}\s+([a-zđ])\s*,?\s+)?\b{_R['clause']}\s+(\d+|{_R['this']})\b"
                     rf"(?:\s*,?\s+{_W['divisions']['dieu']}\s+(\d+|{_R['this']})\b)?", re.I)
# "khoản 1 và khoản 2 Điều 5 Nghị định …": a clause named before another of the same article takes that one's article
_JOINED_RE = re.compile(rf"(?:\s*(?:,|{alternation(_R['joined'])})\s*(?:{_R['point']}\s+[a-zđ]\s*,?\s+)?"
                        rf"{_R['clause']}\s+\d+\b)+\s*,?\s+{_W['divisions']['dieu']}\s+(\d+|{_R['this']})\b", re.I)
_OTHER_RE = re.compile(rf"\s*(?:{_R['of']}\s+)?{_KINDS}\b(?!\s+{_R['this']})", re.I)
REFERRED_CHARS = 600  # at most this much of the passages a passage names is read with it

Place = tuple[str, str, str]  # article number, clause number, point letter ("" where the passage is in none)


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
        clause, article = m.group(2), m.group(3) or (joined.group(1) if joined else "")
        found.append(Reference(m.group(0), m.start(), m.end(), "" if article.lower() == this else article,
                               "" if clause.lower() == this else clause, (m.group(1) or "").lower()))
    return found


def place_of(stack: list[Block], block: Block, last: Place) -> Place:
    """Where a body block stands: the article of the headings above it (or its own "Điều 2. …"), the clause
    ("2.") and point ("a)") it opens, or else those of the block before it (a paragraph goes on with them)."""
    own = heading_match(block.text) if block.label else None
    if own and own.kind == "dieu":
        return own.label.split()[-1], "", ""
    article = next((m.label.split()[-1] for b in reversed(stack) if (m := heading_match(b.text)) and m.kind == "dieu"),
                   "")
    if article != last[0]:
        last = (article, "", "")
    if own and own.kind == "arabic":
        return article, own.label, ""
    if own and own.kind == "letter":
        return article, last[1], own.label
    return last


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
