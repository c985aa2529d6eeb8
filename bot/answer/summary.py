"""A request to summarise one document ("Tóm tắt kế hoạch an toàn giao thông tết", "tóm lược văn bản này"): no
passage says "tóm tắt", and a language model is not needed to say what a directive text holds — its own structure
does. The answer is its title, then each of its main parts (its top-level headings, in order) with the first
sentence written under it, every line cited; a text with no headings, its first paragraphs. The phrases live in
prompts/question_cues.toml [summary]."""
from __future__ import annotations

import re
from collections.abc import Callable, Collection

from bot.answer.composer import spans
from bot.answer.model import Answer, Citation
from ingest.chunker import CLOSING_KINDS, TITLE
from ingest.model import SECTION_SEP
from troly.tables import toml
from troly.texts import t
from troly.vntext import plain_words
from vectorstore.search import Passage
from vectorstore.store import DocRecord, StoredChunk

SHOWN = 8  # main parts quoted in one summary (display only: the rest are in `troly show`)

_ASKS = re.compile(toml("question_cues.toml")["summary"]["asks"])


def asks_summary(question: str) -> bool:
    """Whether a question asks for a summary of a document ("tóm tắt …", "tóm lược …", "khái quát …")."""
    return bool(_ASKS.search(f" {plain_words(question)} "))


def summary(question: str, records: dict[str, DocRecord], scope: Collection[str],
            doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer | None:
    """The outline of the one document a summary request (asks_summary, which the caller checks before finding its
    scope) is about (`scope`: the documents it names, or the one the conversation is about): its title, then the first
    sentence under each main part; None when it names no single loaded document."""
    if len(scope) != 1:
        return None
    record = records.get(next(iter(scope)))
    if record is None:
        return None
    passages = [Passage.from_chunk(c, 1.0) for c in doc_chunks(record.doc_id)]
    title = next((p for p in passages if p.block == TITLE), None)
    body = [p for p in passages if p.block not in CLOSING_KINDS]
    parts: dict[str, list[Passage]] = {}  # each main part's passages, in the order written
    for p in body:
        parts.setdefault(p.whole_section.split(SECTION_SEP)[0].strip(" :"), []).append(p)
    if len([part for part in parts if part]) < 2:  # a letter with no headings: its first paragraphs
        parts = {str(i): [p] for i, p in enumerate(body[:SHOWN])}
    citations: list[Citation] = []
    lines: list[str] = []
    if title is not None:
        citations.append(Citation(1, title, [(0, len(title.text))]))
        lines.append(t("answer.summary_title", document=record.short_title or record.title,
                       title=record.title, n=1))
    for part, passages_of in list(parts.items())[:SHOWN]:
        heading = part if part and not part.isdigit() else ""  # "" : the opening paragraph, before any heading
        # a table's first passage is its header row, no sentence: the part's first prose, else its heading alone
        passage = next((p for p in passages_of if not p.text.lstrip().startswith("|")), None)
        first = next(iter(spans(passage.text)), None) if passage is not None else None
        n = len(citations) + 1
        if first is None:
            if heading:
                citations.append(Citation(n, passages_of[0], []))
                lines.append(t("answer.summary_heading", part=heading, n=n))
            continue
        start, sentence = first
        citations.append(Citation(n, passage, [(start, start + len(sentence))]))
        lines.append(t("answer.summary_part" if heading else "answer.summary_line", part=heading,
                       text=sentence.strip(), n=n))
    if not citations:
        return None
    return Answer(question, "\n".join(lines), True, citations, mode="summary")
