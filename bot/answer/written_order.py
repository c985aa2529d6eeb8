"""Lines of one part of a document shown in the order written after the line that answers: a reader follows a list
or a letter's paragraphs as the text runs ("06 địa phương" then "07 địa phương"), not as they scored, and a list
whose items make up the answer answers from its first item."""
from __future__ import annotations

from bot.answer.model import list_lead
from ingest.markers import heading_match, ordinal
from vectorstore.search import CLOSING_KINDS, Passage


def _part(p: Passage) -> tuple[str, str, str]:
    """The part of its document a passage stands in: its section and the lead-in of its list."""
    return p.doc_id, p.section, list_lead(p)


def written_order(order: list[int], passages: list[Passage]) -> list[int]:
    """The passages cited (indices, best first), each part's passages in the order written, where the first of them
    stood — but the best passage, which answers, still opens the answer, the rest of its part after it."""
    parts: dict[tuple[str, str, str], list[int]] = {}
    for pi in order[1:]:
        parts.setdefault(_part(passages[pi]), []).append(pi)
    if order:
        parts = {_part(passages[order[0]]): parts.pop(_part(passages[order[0]]), []), **parts}
    ordered = [pi for members in parts.values() for pi in sorted(members, key=lambda i: passages[i].position)]
    return order[:1] + ordered


def _item(p: Passage) -> tuple[int, ...] | None:
    """Where a numbered list item ("1. …", "b) …") stands in its list; None for anything else."""
    m = heading_match(p.text.lstrip("*# "))
    return ordinal(m) if m and m.kind != "dieu" else None


def whole_list(order: list[int], passages: list[Passage]) -> list[Passage] | None:
    """"… cấm những hành vi nào?": when every passage cited is a numbered item of one list (two or more of them), the
    list's items found, in the order written, from its first item when search found it — not only those that repeat
    the question's words. None otherwise."""
    cited = [passages[pi] for pi in order]
    if len(cited) < 2 or len({_part(p) for p in cited}) > 1 or any(_item(p) is None for p in cited):
        return None
    part = _part(cited[0])
    items = sorted({p.position: p for p in passages if _part(p) == part and p.block not in CLOSING_KINDS
                    and _item(p) is not None}.values(), key=lambda p: p.position)
    first = next((n for n, p in enumerate(items) if _item(p)[-1:] == (1,)), None)
    if first is None or items[first].position > min(p.position for p in cited):
        return None
    return items[first:]
