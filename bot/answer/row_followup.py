"""A bare follow-up answered from the table rows the conversation's last answer quoted: "ở đâu?", "ai trình bày?" after
"Ngày: 12/01/2027 | Buổi: Sáng | Nội dung: … | Báo cáo viên: Đ/c … | Địa điểm: Hội trường …" is that row's cell of the
column giving what is asked (a place: "Địa điểm", "Nơi tổ chức"; a person: the column naming people; a day or time: the
column of days; else the column the question names, "nội dung gì?"), not a search: its few words find another text's
line, or none, while the row the user is reading states it. A chain of such follow-ups goes on from the same rows
(each answer quotes one cell of each)."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.answer.followup import RECENT_TURNS, Turn, asks_of_document, joined, points_to_document
from bot.answer.model import Answer, Citation, answer_cells, labelled_cell, labelled_row, row_cells
from bot.answer.question import (ACTOR, ADDRESS, CLOCK, DATE, PERSON, PLACE, TIME, classify, days_named, place_label,
                                 states)
from troly.tables import toml
from troly.texts import alternation, t
from troly.vntext import bodies, fold, fold_same_length, joined_parts, padded_words, plain_content
from troly.weights import DEFAULT
from vectorstore.query import closing_asked
from troly.doc_numbers import doc_refs
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_CITED = re.compile(r"\s\[(\d+)\]$")
_WHEN = frozenset({DATE, TIME, CLOCK})
_WORDS = toml("followup_words.toml")
_ROW_POINTER = re.compile(
    rf"(?<!\w){alternation(map(fold, [*_WORDS['person_pointer'], *_WORDS['body_pointer']]))}(?!\w)")
_COLUMN_WORDS = [[padded_words(w) for w in group] for group in _WORDS["column_words"]]


def without_pointer(question: str) -> str:
    """The follow-up without the words pointing back to the person or body of the row just shown ("anh ấy giữ chức vụ
    gì" → "giữ chức vụ gì"): the row is what they stand for, and what is left says which of its cells is asked."""
    plain = fold_same_length(question).lower()
    return " ".join(re.sub(r"\s+", " ", "".join(
        question[a:b] for a, b in _kept_spans(plain, len(question)))).split())


def with_named(question: str, named: str) -> str:
    """The follow-up with the person or body of the row just shown in place of the words pointing back to it ("kinh phí
    của đơn vị đó bao nhiêu" → "kinh phí của Phòng Y tế bao nhiêu"): shown as understood, it reads as a question would
    be typed, not the name put before the words left ("Phòng Y tế kinh phí của bao nhiêu")."""
    plain = fold_same_length(question).lower()
    pointer = _ROW_POINTER.search(plain)
    if pointer is None:
        return f"{named} {question}"
    return " ".join(without_pointer(question[:pointer.start()]).split() + [named]
                    + without_pointer(question[pointer.end():]).split())


def _kept_spans(plain: str, size: int) -> list[tuple[int, int]]:
    spans, at = [], 0
    for m in _ROW_POINTER.finditer(plain):
        spans.append((at, m.start()))
        at = m.end()
    return [*spans, (at, size)]


def _names_column(question: str, header: str) -> bool:
    """Whether a follow-up names a column: a word of its header ("tên gì" — "Họ và tên"), or words of the same column
    in other words (followup_words.toml column_words: "làm nghề gì" — "Chức vụ, đơn vị")."""
    if plain_content(question) & plain_content(header):
        return True
    asked, named = padded_words(question), padded_words(header)
    return any(any(w in asked for w in group) and any(w in named for w in group) for group in _COLUMN_WORDS)


def _lines(answer: str) -> list[str]:
    """The answer's lines that quote a source ("… [1]"), without their citation number."""
    return [_CITED.sub("", line) for line in answer.split("\n") if _CITED.search(line)]


def _rows(turns: Sequence[Turn], doc_chunks: Callable[[str], list[StoredChunk]]) -> list[Passage]:
    """The table rows the latest turn quoting rows led with, when each turn after it answered one cell of each: the
    rows of its document whose cells, as an answer quotes them (model.labelled_row), are those lines."""
    for turn in reversed(turns[-RECENT_TURNS:]):
        lines = _lines(turn.answer)
        if not lines or not turn.documents:
            return []
        if all(len(answer_cells(line)) == 1 and labelled_cell(line) for line in lines):
            continue  # an answer of this kind: one cell of each row
        if not all(len(answer_cells(line)) > 1 and all(map(labelled_cell, answer_cells(line))) for line in lines):
            return []
        shown = {labelled_row(p)[1]: p for p in (Passage.from_chunk(c, 0.0) for c in doc_chunks(turn.documents[0]))}
        rows = [next((p for said, p in shown.items() if said and line.endswith(said)), None) for line in lines]
        return [p for p in rows if p is not None] if all(rows) else []
    return []


def _column(question: str, rows: list[Passage]) -> str:
    """The header of the column giving what the bare follow-up asks, "" when none or several may."""
    kinds = classify(question).kinds
    cells = [row_cells(p) for p in rows]
    headers = [h for h, _ in cells[0]]
    named = [h for h in headers if _names_column(question, h)]  # "chị ấy ở đơn vị nào": the column it names, before
    # the kind of fact its asking words ask ("đơn vị nào" asks a body, as "ai" asks a person)
    if len(named) == 1:
        return named[0]
    if kinds & {PLACE, ADDRESS}:
        found = [h for h in headers if place_label(h)]
    elif kinds & {ACTOR, PERSON}:
        found = [h for i, h in enumerate(headers) if any(states(PERSON, row[i][1]) for row in cells)]
    elif kinds & _WHEN:  # "mấy giờ": a time of day, which a column of days does not give
        kind = CLOCK if CLOCK in kinds else DATE
        found = [h for i, h in enumerate(headers) if any(states(kind, row[i][1]) for row in cells)]
    else:  # "nội dung gì?", "buổi nào?": the column whose header's words the question says
        said = plain_content(question)
        found = [h for h in headers if (words := plain_content(h)) and words <= said]
    return found[0] if len(found) == 1 else ""


def _bare(question: str) -> bool:
    """A short follow-up naming nothing of its own (no day, body, document or number) and asking no document's own
    fact (who signed it: answered from the document, followup.talked_about)."""
    words = question.split()
    return len(words) <= DEFAULT.short_followup and not days_named(question) and not bodies().mentions(question) \
        and not doc_refs(question) and not re.search(r"\d", question) and not closing_asked(question) \
        and not asks_of_document(question) and not points_to_document(question)


def _named(row: Passage) -> str:
    """Whom or what a row names: its first cell that is no bare figure (the row number "TT: 4" is not)."""
    return next((value for _, value in row_cells(row) if value and not re.fullmatch(r"[\d\s.,]+", value)), "")


def row_followup(question: str, asked: str, history: Sequence[tuple[str, ...]] | None,
                 doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer | None:
    """The answer to a bare follow-up (`question` as typed, chat spellings spelled out; `asked`: as the conversation
    reads it, shown as understood) from the rows the conversation's last answer quoted: each row's cell of the column
    it asks, cited; None when it is no such follow-up, or no one column gives what it asks."""
    turns = [item if isinstance(item, Turn) else Turn(*item) for item in history or []]
    own = without_pointer(question)
    # read by the conversation as a question of its own ("buổi chiều thì sao?": the previous one, another slot), it is
    # searched as that; one pointing back to the row's person or body goes on from the row whatever the reading
    if not turns or not own or not _bare(own) or asked != question and own == question and not joined_parts(asked):
        return None
    rows = _rows(turns, doc_chunks)
    header = _column(own, rows) if rows else ""
    if not header:
        return None
    lines: list[str] = []
    citations: list[Citation] = []
    for p in rows:
        value = dict(row_cells(p))[header]
        if not value:
            continue
        n, at = len(citations) + 1, p.text.find(value)
        lines.append(f"{t('answer.cell', header=header, value=value)} [{n}]")
        citations.append(Citation(n, p, [(at, at + len(value))] if at >= 0 else []))
    # shown, and gone on from by the next follow-up, as what it asks of the question the rows answered; a word pointing
    # back to the one row shown, as the person or body it names ("Hiểu là: Phạm Văn A giữ chức vụ gì (tiếp theo …)")
    named = _named(rows[0]) if len(rows) == 1 and own != question else ""
    before = joined_parts(asked)
    gone_on = before[1] if before else turns[-1].asked or turns[-1].question
    shown = joined(with_named(question, named), gone_on) if named else \
        asked if before else joined(question, turns[-1].asked or turns[-1].question)
    return Answer(shown, "\n".join(lines), True, citations) if lines else None
