"""A recipients list that begins "Như trên" ("as above") means the addressees of the letter's "Kính gửi: …"
lines: an answer quoting such a list quotes those lines too, else the reader cannot tell who "as above" is — and
first, when the list opens the answer ("công văn gửi cho những ai"): the addressees are whom the letter is sent to,
the list's other names are sent a copy; a question naming the list ("nơi nhận của công văn") is answered by it first."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answer.model import Answer, Citation, lead_prefix, renumbered
from bot.answer.question import DUTY, classify
from ingest.addressees import addressed_end, says_as_above
from ingest.chunker import RECIPIENTS
from ingest.model import SECTION_SEP
from troly.tables import toml
from troly.vntext import fold, padded_words
from vectorstore.query import closing_asked
from vectorstore.search import Passage
from vectorstore.store import StoredChunk
from vectorstore.subject import kind_named

_SENT_TO = re.compile(toml("question_cues.toml")["recipients"]["sent_to"])

_LIST_NAMES = tuple(f" {w} " for w in dict.fromkeys(
    padded_words(name).strip() for name in toml("header_words.toml")["closing"]["recipients"]))


def _addressed(passage: Passage) -> bool:
    return bool(addressed_end(passage.text) or addressed_end(passage.lead))


def addressee_passages(chunks: list[StoredChunk], recipients: Passage) -> list[Passage]:
    """The last run of "Kính gửi" passages before the recipients list, of the same letter: in a file of several
    documents, under the same part ("CV 07/CV-CĐCS › Nơi nhận": only from under "CV 07/CV-CĐCS")."""
    part = recipients.section.rpartition(SECTION_SEP)[0]
    before = [p for p in _in_order(chunks) if p.position < recipients.position and (
        not part or p.section == part or p.section.startswith(part + SECTION_SEP))]
    return ([], *_runs(before))[-1]


def addressee_run(chunks: list[StoredChunk], addressee: Passage) -> list[Passage]:
    """The whole run of "Kính gửi" passages one addressee line is of, in the order written ([] when none holds it)."""
    return next((run for run in _runs(_in_order(chunks)) if any(p.chunk_id == addressee.chunk_id for p in run)), [])


def _in_order(chunks: list[StoredChunk]) -> list[Passage]:
    return sorted((Passage.from_chunk(c, 0.0) for c in chunks), key=lambda p: p.position)


def _runs(passages: list[Passage]) -> list[list[Passage]]:
    """The runs of consecutive "Kính gửi" passages. A line after one of them ending in ";" goes on with the list
    when it is an item ("Kính gửi: - Sở A;" then "- Sở B."), not the letter's first paragraph."""
    runs: list[list[Passage]] = []
    for passage in passages:
        follows = bool(runs) and runs[-1][-1].position == passage.position - 1
        if _addressed(passage) and not follows:
            runs.append([passage])
        elif follows and _addressed(passage):
            runs[-1].append(passage)
        elif follows and passage.block == "bullet" and runs[-1][-1].text.rstrip().endswith(";"):
            runs[-1].append(passage)
    return runs


def _whole_addressees(answer: Answer, doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer:
    """An answer opening with an addressee of a letter ("Công văn 15 gửi những cơ quan nào?") quotes every one of
    them, in the order written: search finds a few of a long "Kính gửi" list, and a reader takes the lines quoted for
    all of them. Its lines quoting none stay after, their marks renumbered; a citation
    only a dropped line marked is dropped too."""
    if not answer.found or not answer.citations or not _addressed(answer.citations[0].passage):
        return answer
    first, lines = answer.citations[0].passage, answer.answer.split("\n")
    if not lines[0].endswith(f"[{answer.citations[0].n}]"):  # an answer introduced ("Đoạn gần nhất …") is left as is
        return answer
    run = addressee_run(doc_chunks(first.doc_id), first)
    ids = {p.chunk_id for p in run}
    if not run or all(any(c.passage.chunk_id == p.chunk_id for c in answer.citations) for p in run):
        return answer
    gone = {f"[{c.n}]" for c in answer.citations if c.passage.chunk_id in ids}
    left = [line for line in lines if not any(mark in line for mark in gone)]
    # a citation only a dropped line marked goes with it: the citations listed are those the lines shown mark
    own = [c for c in answer.citations if c.passage.chunk_id not in ids and any(f"[{c.n}]" in ln for ln in left)]
    number = {c.n: len(run) + k for k, c in enumerate(own, 1)}
    kept = [renumbered(line, lambda n: number.get(n, n)) for line in left]
    quoted = [f"{lead_prefix(p)}{p.text.strip()} [{n}]" for n, p in enumerate(run, 1)]
    return replace(answer, answer="\n".join([*quoted, *kept]),
                   citations=[*(Citation(n, p, [(0, len(p.text))]) for n, p in enumerate(run, 1)),
                              *(replace(c, n=number[c.n]) for c in own)])


def _addressee_duties(answer: Answer, doc_chunks: Callable[[str], list[StoredChunk]], question: str) -> Answer:
    """"Phòng Nội vụ phải làm gì": an answer opening with the "Kính gửi" line naming the body asked is its letter's
    section headed by that body ("5. Phòng Nội vụ"), its items quoted in the order written — being sent the letter is
    no duty, its section says what the body must do. As it was when no section of the letter is headed by a body the
    question and that line both name."""
    if not answer.found or not answer.citations or not _addressed(answer.citations[0].passage) \
            or DUTY not in classify(question).kinds:
        return answer
    first = answer.citations[0].passage
    asked, line = padded_words(question), padded_words(first.text)
    own = [p for p in _in_order(doc_chunks(first.doc_id)) if not _addressed(p) and p.block != RECIPIENTS]
    heads = [kind_named(p.section.split(SECTION_SEP)[-1]) for p in own]  # the body each one's last heading names
    body = next((named for named in heads if named and f" {named} " in asked and f" {named} " in line), "")
    if not body:
        return answer
    items = [p for p, named in zip(own, heads) if named == body]
    return replace(answer, answer="\n".join(f"{lead_prefix(p)}{p.text.strip()} [{n}]" for n, p in enumerate(items, 1)),
                   citations=[Citation(n, p, [(0, len(p.text))]) for n, p in enumerate(items, 1)])


def with_addressees(answer: Answer, doc_chunks: Callable[[str], list[StoredChunk]], question: str = "") -> Answer:
    """The answer, with the "Kính gửi" lines of each quoted recipients list that says "Như trên": after the answer,
    or before it when such a list is its first line and the question does not name the list ("Nơi nhận"). An answer
    opening with an addressee quotes them all (_whole_addressees) — asked what that body must do, its section
    (_addressee_duties)."""
    answer = _whole_addressees(_addressee_duties(answer, doc_chunks, question), doc_chunks)
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
