"""A text's references to its own clauses and points ("trường hợp nêu tại điểm a khoản 2 Điều 2", "quy định tại
khoản 1 Điều này") resolved to the passages they name: the lexical index reads a passage that names one with
the words of the passage named, so "đạt giải nhất cấp tỉnh được thưởng bao nhiêu" finds "Thưởng 500.000 đồng
đối với trường hợp nêu tại điểm a khoản 1 Điều 3" (point a: "Đạt giải nhất cấp tỉnh")."""
from __future__ import annotations

import re

from ingest.markers import GROUPS, heading_match
from ingest.model import Block, Chunk
from troly import tables
from troly.texts import alternation

_W = tables.toml("header_words.toml")
_R = _W["references"]
_KINDS = alternation([row[1] for row in tables.rows("document_kinds.tsv") if len(row) > 1 and row[1]]
                     + [_W["divisions"][k] for k in GROUPS])
_REF_RE = re.compile(rf"(?:\b{_R['point']}\s+([a-zđ])\s*,?\s+)?\b{_R['clause']}\s+(\d+)\s*,?\s+"
                     rf"{_W['divisions']['dieu']}\s+(\d+|{_R['this']})\b", re.I)
_OTHER_RE = re.compile(rf"\s*(?:{_R['of']}\s+)?{_KINDS}\b(?!\s+{_R['this']})", re.I)
REFERRED_CHARS = 600  # at most this much of the passages a passage names is read with it

Place = tuple[str, str, str]  # article number, clause number, point letter ("" where the passage is in none)


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
    for chunk, (own, _, _) in zip(chunks, places):
        found: list[str] = []
        for m in _REF_RE.finditer(chunk.text):
            if _OTHER_RE.match(chunk.text, m.end()):
                continue  # "khoản 2 Điều 3 Thông tư 25/2010": another text's
            article = own if m.group(3).lower() == _R["this"] else m.group(3)
            found += [t for t in named.get((article, m.group(2), (m.group(1) or "").lower()), [])
                      if t != chunk.text and t not in found]
        joined = " ".join(found)
        chunk.refers = joined if len(joined) <= REFERRED_CHARS else joined[:REFERRED_CHARS].rsplit(" ", 1)[0]
