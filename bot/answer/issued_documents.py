"""Which documents a body or a place issued ("văn bản nào do LĐLĐ tỉnh Phú Yên ban hành?", "Quảng Trị có kế hoạch
gì?"): the loaded documents whose issuer is that body, or whose header names that place, each by its title cited
to its header — their data says it, where a search for the body's name finds only passages mentioning it."""
from __future__ import annotations

import re
from collections.abc import Callable

from bot.answer.about_documents import header_citation
from bot.answer.document_facts import grounds
from bot.answer.model import Answer
from troly.tables import toml
from troly.texts import alternation, t
from troly.vntext import bodies, kind_names, padded_words, plain_words
from vectorstore.issuers import issuer_places, local_places, names_issuer, places_in
from troly.weights import DEFAULT
from troly.doc_numbers import doc_refs
from vectorstore.store import DocRecord, StoredChunk

_ASKS = [re.compile(a.replace("KINDS", alternation(kind_names())))
         for a in toml("question_cues.toml")["documents_of"]["asks"]]
LISTED = 10  # documents named at most; /vanban lists them all (display only)
def _only_place(who: str) -> set[str]:
    """The places `who` names when it names nothing else ("Quảng Trị", "tỉnh Quảng Trị": a place, not a body there),
    else none."""
    found = places_in(who)
    rest = padded_words(who)
    for place in found:
        rest = rest.replace(place, " ")
    return found if found and len(rest.split()) <= DEFAULT.place_words and not bodies().bodies_in(who) else set()


def of_body(who: str, record: DocRecord, doc_chunks: Callable[[str], list[StoredChunk]] | None = None) -> bool:
    """Whether the record was issued by the body `who` names (the same kind of body, "LĐLĐ huyện", and whose, "Tuy
    An": not the one of "thành phố Đông Hà"), or in the place it names alone: the province its header names, or for a
    body within a province whose header names none (a quận's), the province of the upper body whose document its
    opening carries out (read only when `doc_chunks` is given)."""
    if names_issuer(who, record.meta):
        return True
    place = _only_place(who)
    if not place:
        return False
    named = issuer_places(record.meta)
    issuer = str(record.meta.get("issuer") or "")
    if named or doc_chunks is None or not local_places(issuer):
        return bool(place & named)
    return bool(place & places_in(" ".join(sentence for _, _, sentence in grounds(doc_chunks(record.doc_id)))))


def documents_of(question: str, records: list[DocRecord], doc_chunks: Callable[[str], list[StoredChunk]]
                 ) -> Answer | None:
    """The documents (of the kind asked) a body or a place issued, each by its title, cited to its header; None when
    the question asks no such thing, names a document ("kế hoạch 14 có văn bản nào") or none fits."""
    plain = plain_words(question)
    m = next((m for rx in _ASKS if (m := rx.match(plain))), None)
    if m is None or doc_refs(question):
        return None
    who, kind = m.group("who"), kind_names().get(m.group("kind"), "")
    typed = re.findall(r"\w+", question)
    if len(typed) == len(plain.split()):  # the body as typed, with its marks
        first = plain[:m.start("who")].count(" ")
        who = " ".join(typed[first:first + len(m.group("who").split())])
    fits = [r for r in records if (not kind or r.kind == kind) and of_body(who, r, doc_chunks)]
    lines, citations = [], []
    for record in fits[:LISTED]:
        citation = header_citation(record, doc_chunks, len(citations) + 1)
        if citation is not None:
            citations.append(citation)
            lines.append(t("answer.about_titled", title=record.label, subject=record.title, n=len(citations)))
    if not citations:
        return None
    if len(fits) > LISTED:  # the list cut: say how many more (the /vanban command lists them all)
        lines.append(t("answer.documents_of_more", count=len(fits) - LISTED))
    what = (kind or t("bot.docs_any_kind")).lower()
    header = t("answer.documents_of_count", count=len(fits), kind=what, who=who) if m.groupdict().get("count") else \
        t("answer.documents_of", kind=what, who=who)  # asked how many: the count leads
    return Answer(question, "\n".join([header, *lines]), True, citations, mode="documents")
