"""Lines of one part of a document shown in the order written after the line that answers: a reader follows a list
or a letter's paragraphs as the text runs ("06 địa phương" then "07 địa phương"), not as they scored; and the one
gatherer of a whole list's items (or a section's articles) in the order written (list_items, sections)."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.answer.model import list_lead
from ingest.chunker import CLOSING_KINDS
from vectorstore.search import Passage
from vectorstore.store import StoredChunk


def part_of(p: Passage) -> tuple[str, str, str]:
    """The part of its document a passage stands in: its section and the lead-in of its list."""
    return p.doc_id, p.section, list_lead(p)


def written_order(order: list[int], passages: list[Passage]) -> list[int]:
    """The passages cited (indices, best first), each part's passages in the order written, where the first of them
    stood — but the best passage, which answers, still opens the answer, the rest of its part after it."""
    parts: dict[tuple[str, str, str], list[int]] = {}
    for pi in order[1:]:
        parts.setdefault(part_of(passages[pi]), []).append(pi)
    if order:
        parts = {part_of(passages[order[0]]): parts.pop(part_of(passages[order[0]]), []), **parts}
    ordered = [pi for members in parts.values() for pi in sorted(members, key=lambda i: passages[i].position)]
    return order[:1] + ordered



def written(passages: Iterable[Passage], member: Callable[[Passage], bool] = lambda p: True) -> list[Passage]:
    """The passages of one list or part (`member`), each once, in the order written; a closing block (the
    recipients, the signature) is no item of any."""
    return sorted({p.position: p for p in passages if p.block not in CLOSING_KINDS and member(p)}.values(),
                  key=lambda p: p.position)


def written_document(doc_chunks: Callable[[str], list[StoredChunk]], doc_id: str) -> list[Passage]:
    """A document's passages, its closing block aside, in the order written (written): the whole text a list, a
    count or a structure is read from."""
    return written(Passage.from_chunk(c, 0.0) for c in doc_chunks(doc_id))
