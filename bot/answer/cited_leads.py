"""An answer quoting an item shows the lead-in of its list before it ("(… với tổng số tiền 570.000.000 đồng, trong đó)
Hỗ trợ xây mới 8 nhà …"): words of the text a reader takes as part of the answer. When a passage of its own states that
lead-in (an article's first line over its numbered items), it is cited too — every line an answer quotes is cited
from the passage it comes from — its number shown with the lead-in."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.answer.model import Answer, Citation, lead_prefix, list_lead
from vectorstore.search import Passage
from vectorstore.store import StoredChunk


def _lead_passage(p: Passage, chunks: list[StoredChunk]) -> Passage | None:
    """The nearest passage before `p` of its document whose whole text is `p`'s lead-in."""
    lead = " ".join(list_lead(p).split())
    before = [c for c in chunks if c.meta["position"] < p.position and " ".join(c.text.split()) == lead]
    return Passage.from_chunk(max(before, key=lambda c: c.meta["position"]), 0.0) if before else None


def with_cited_leads(answer: Answer, doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer:
    """The answer with the passage of each lead-in it shows cited, unless already cited."""
    if not answer.found:
        return answer
    text, citations = answer.answer, list(answer.citations)
    read: dict[str, list[StoredChunk]] = {}  # a document's passages, read once
    for cited in answer.citations:
        p = cited.passage
        shown = lead_prefix(p)
        if not shown or shown not in text:
            continue
        if p.doc_id not in read:
            read[p.doc_id] = doc_chunks(p.doc_id)
        owner = _lead_passage(p, read[p.doc_id])
        if owner is None:
            continue
        n = next((c.n for c in citations if c.passage.doc_id == owner.doc_id and c.passage.position == owner.position),
                 None)
        if n is None:
            n = len(citations) + 1
            citations.append(Citation(n, owner, [(0, len(owner.text))]))
        text = text.replace(shown, lead_prefix(p, n))
    return answer if text == answer.answer else replace(answer, answer=text, citations=citations)
