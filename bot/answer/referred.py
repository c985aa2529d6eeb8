"""A line that states its content by naming another clause of its text ("Hỗ trợ 40 triệu đồng/hộ đối với trường hợp
nêu tại điểm a khoản 2 Điều 2", "mức quy định tại khoản 1 Điều này") says nothing a reader can use without that
clause: an answer quoting it shows the clause named too, cited on its own and introduced by the words naming it —
unless the line states the kind of fact asked itself ("hỗ trợ thêm 200.000 đồng … ngoài mức quy định tại khoản 1
hoặc khoản 2 Điều này" asked how much: the clauses named are other people's amounts, not this line's)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.answer.model import Answer, Citation, lead_prefix, quote
from bot.answer.question import asked_fact
from ingest.place import Place, article_path, place_of
from ingest.references import references_in
from troly.texts import t
from troly.vntext import fold
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

REFERRED_SHOWN = 3  # lines of a clause named shown (its points in order), then how many more (answer.list_more)


def _placed(p: Passage) -> Place:
    return place_of(p.section, p.lead, p.text)


def _standing_at(placed: list[tuple[Passage, Place]], place: Place, near: Passage) -> list[Passage]:
    """The passages of the clause (or point) named, in order: of the one article of that number nearest the line
    naming it (a file may hold two texts, each with its "Điều 2"). `placed`: a document's passages with where each
    stands."""
    point = fold(place[2])
    at = [p for p, where in placed if where[:2] == place[:2] and (not point or where[2] == point)]
    if not at:
        return []
    articles = {article_path(p.section) for p in at}
    nearest = min(articles, key=lambda a: min(abs(p.position - near.position) for p in at
                                              if article_path(p.section) == a))
    return sorted((p for p in at if article_path(p.section) == nearest), key=lambda p: p.position)


def with_referred(answer: Answer, question: str, doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer:
    """The answer, with the clauses and points of the same text its quoted lines name, each cited, of the lines not
    stating the kind of fact the question asks."""
    if not answer.found:
        return answer
    complete = asked_fact(question)
    lines, citations = [answer.answer], list(answer.citations)
    read: dict[str, list[tuple[Passage, Place]]] = {}  # a document's passages with where each stands, read once
    for cited in answer.citations:
        p = cited.passage
        quoted = " ".join(p.text[a:b] for a, b in cited.spans)
        refs = references_in(quoted)
        if not refs or complete and complete(quoted):
            continue
        if p.doc_id not in read:
            read[p.doc_id] = [(q, _placed(q)) for q in (Passage.from_chunk(c, 0.0) for c in doc_chunks(p.doc_id))]
        own = _placed(p)
        for ref in refs:
            place = ref.at(own)
            named = [q for q in _standing_at(read[p.doc_id], place, p) if q.position != p.position] if place else []
            new = [q for q in named if not any(c.passage.doc_id == q.doc_id and c.passage.position == q.position
                                               for c in citations)]
            if not new:
                continue
            lines.append(t("answer.referred", reference=ref.words))
            for q in new[:REFERRED_SHOWN]:
                n = len(citations) + 1
                citations.append(Citation(n, q, [(0, len(q.text))]))
                lines.append(f"{lead_prefix(q)}{quote(q.text)} [{n}]")
            if len(new) > REFERRED_SHOWN:
                lines.append(t("answer.list_more", n=len(new) - REFERRED_SHOWN))
    return answer if len(citations) == len(answer.citations) else replace(
        answer, answer="\n".join(lines), citations=citations)
