"""A recipients list that begins "Như trên" ("as above") means the addressees of the letter's "Kính gửi: …"
lines: an answer quoting such a list quotes those lines too, else the reader cannot tell who "as above" is — and
first, when the list opens the answer ("công văn gửi cho những ai"): the addressees are whom the letter is sent to,
the list's other names are sent a copy; a question naming the list ("nơi nhận của công văn") is answered by it first."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answer.model import Answer, Citation, lead_prefix, renumbered
from ingest.addressees import addressed_end, says_as_above
from ingest.chunker import RECIPIENTS
from ingest.model import SECTION_SEP
from troly.tables import toml
from troly.vntext import fold, padded_words
from vectorstore.query import closing_asked
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_SENT_TO = re.compile(toml("question_cues.toml")["recipients"]["sent_to"])

_LIST_NAMES = tuple(f" {w} " for w in dict.fromkeys(
    padded_words(name).strip() for name in toml("header_words.toml")["closing"]["recipients"]))


def _addressed(passage: Passage) -> bool:
    return bool(addressed_end(passage.text) or addressed_end(passage.lead))


def addressee_passages(chunks: list[StoredChunk], recipients: Passage) -> list[Passage]:
    """The last run of "Kính gửi" passages before the recipients list, of the same letter: in a file of several
    documents, under the same part ("CV 07/CV-CĐCS › Nơi nhận": only from under "CV 07/CV-CĐCS"). A line after one
    of them ending in ";" goes on with the list when it is an item ("Kính gửi: - Sở A;" then "- Sở B."), not the
    letter's first paragraph."""
    part = recipients.section.rpartition(SECTION_SEP)[0]
    run: list[Passage] = []
    for chunk in sorted(chunks, key=lambda c: Passage.from_chunk(c, 0.0).position):
        passage = Passage.from_chunk(chunk, 0.0)
        if passage.position >= recipients.position or (
                part and passage.section != part and not passage.section.startswith(part + SECTION_SEP)):
            continue
        follows = bool(run) and run[-1].position == passage.position - 1
        if _addressed(passage):
            run = [*run, passage] if follows else [passage]
        elif follows and passage.block == "bullet" and run[-1].text.rstrip().endswith(";"):
            run.append(passage)
    return run


def with_addressees(answer: Answer, doc_chunks: Callable[[str], list[StoredChunk]], question: str = "") -> Answer:
    """The answer, with the "Kính gửi" lines of each quoted recipients list that says "Như trên": after the answer,
    or before it when such a list is its first line and the question does not name the list ("Nơi nhận")."""
    lines, citations = [answer.answer], list(answer.citations)
    for cited in answer.citations:
        p = cited.passage
        if p.block != RECIPIENTS or not says_as_above(p.text):
            continue
        for extra in addressee_passages(doc_chunks(p.doc_id), p):
            if any(c.passage.chunk_id == extra.chunk_id for c in citations):
                continue
            n = len(citations) + 1
            citations.append(Citation(n, extra, [(0, len(extra.text))]))
            lines.append(f"{lead_prefix(extra)}{extra.text.strip()} [{n}]")
    if len(citations) == len(answer.citations):
        return answer
    first = answer.citations[0].passage if answer.citations else None
    if first is None or first.block != RECIPIENTS or not says_as_above(first.text) \
            or any(name in padded_words(question) for name in _LIST_NAMES):
        return replace(answer, answer="\n".join(lines), citations=citations)
    added, own = citations[len(answer.citations):], answer.citations
    shift = len(added)
    text = "\n".join([renumbered("\n".join(lines[1:]), lambda n: n - len(own)),
                      renumbered(answer.answer, lambda n: n + shift)])
    return replace(answer, answer=text, citations=[*(replace(c, n=c.n - len(own)) for c in added),
                                                   *(replace(c, n=c.n + shift) for c in own)])


def recipients_answer(question: str, scope_of: Callable[[str], set[str]],
                      doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer | None:
    """"KH 27 gửi những đơn vị nào?", "… được gửi đi đâu": whom one document is sent to, asked in words the search
    does not read as that (question_cues.toml recipients.sent_to): its "Nơi nhận" list, cited. `scope_of`: the
    documents the question's other words name. Read after the search, whose ranking stays as it was; None when the
    search reads the question so already, its other words name no one document, or that has no such list."""
    asked = _SENT_TO.search(fold(question))
    if asked is None or RECIPIENTS in closing_asked(question):
        return None
    scope = scope_of(f"{asked.string[:asked.start('ask')]} {asked.string[asked.end('ask'):]}")
    if len(scope) != 1:
        return None
    lists = [Passage.from_chunk(c, 0.0) for c in doc_chunks(next(iter(scope))) if c.meta.get("block") == RECIPIENTS]
    if not lists:
        return None
    p = lists[0]
    return Answer(question, f"{p.text.strip()} [1]", True, [Citation(1, p, [(0, len(p.text))])])
