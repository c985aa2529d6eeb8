"""Who signs, or when was signed, a thing a text describes rather than a loaded document: "Ai ký quyết định chi thăm
hỏi ở công đoàn cơ sở?" (a decision the guidance says who signs: "Chủ tịch công đoàn cơ sở ký quyết định chi"),
"thỏa ước lao động tập thể ký ngày nào?" (a report's "Ký kết Thỏa ước … ngày 15/4/2026"). Read as a question about a
document's signature or header, it was answered with every document's signer, or another document's date of issue.
The sentence of a passage found that signs that thing answers it; a question naming a document is not one of these."""
from __future__ import annotations

import re

from bot.answer.model import Answer, Citation
from bot.answer.question import DATE, states_any
from troly.tables import toml
from troly.vntext import fold_same_length, plain_words
from troly.weights import DEFAULT
from ingest.chunker import HEADER, RECIPIENTS, SIGNATURE
from vectorstore.query import closing_asked, closing_spans
from troly.doc_numbers import doc_refs, full_numbers
from vectorstore.search import Filters, Passage, Searcher

_CUES = toml("question_cues.toml")["signed_act"]
_VERB = "|".join(r"\W+".join(map(re.escape, plain_words(v).split())) for v in _CUES["verbs"])
_CLAUSE_END = re.compile(r"[,;.?!\n]")
_SENTENCE_END = re.compile(r"[.;!?](?!\d)|\n")  # "25.000 đồng" goes on


def signed_things(question: str, searcher: Searcher, filters: Filters | None) -> list[list[str]]:
    """The things a question asks who signed or when, by their first words (plain), when it asks only that (no
    recipients) of something no loaded document is: the words right after its "ai ký" or before its "ký ngày nào"
    ("quyet dinh chi tham", "thoa uoc lao"); none when it names a document (by number, title, place or --doc)."""
    asked = closing_asked(question)
    if not asked & {SIGNATURE, HEADER} or RECIPIENTS in asked or (filters and filters.doc) or doc_refs(question) \
            or full_numbers(question) or searcher.scope_of(question):
        return []
    folded = fold_same_length(question)
    spans = closing_spans(question)
    things = []
    for start, end in spans:
        if any(s < start < e or s < end < e for s, e in spans if (s, e) != (start, end)):
            continue  # "do ai ký" holds "ai ký": the longer cue's ends are the words' edges
        after = _CLAUSE_END.split(folded[end:], 1)[0]
        before = _CLAUSE_END.split(folded[:start])[-1]
        for run in (after, before):
            words = plain_words(run).split()[:DEFAULT.signed_thing_words]
            if len(words) >= 2:
                things.append(words)
    return things


def _stated(passage: Passage, words: list[str], when: bool) -> tuple[int, int] | None:
    """The span of the passage's sentence that signs the thing (the verb, then its words; or its words, then the
    verb): for a "when", one stating a date; for a "who", one naming someone before the verb."""
    text = fold_same_length(passage.text).lower()
    thing = r"\W+".join(map(re.escape, words))
    pattern = re.compile(rf"(?<!\w)(?:(?:{_VERB})\W+{thing}|"
                         rf"{thing}(?:\W+\w+){{0,{DEFAULT.signed_between}}}?\W+(?:{_VERB}))(?!\w)")
    for m in pattern.finditer(text):
        start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        end = next((e.start() + 1 for e in _SENTENCE_END.finditer(text, m.end())), len(text))
        sentence = passage.text[start:end].strip()
        if not sentence:
            continue
        if when and not states_any((DATE,), sentence):
            continue
        if not when and not plain_words(text[start:m.start()]):
            continue  # "Ký kết thỏa ước …" says when, not who
        lead = len(passage.text[start:end]) - len(passage.text[start:end].lstrip())
        return start + lead, start + lead + len(sentence)
    return None


def signed_in_text(question: str, things: list[list[str]], passages: list[Passage]) -> Answer | None:
    """The sentence of the first passage found (closing blocks aside) that signs a thing asked (signed_things),
    quoted and cited; None when none does."""
    when = HEADER in closing_asked(question) and SIGNATURE not in closing_asked(question)
    for passage in passages:
        if passage.block in (SIGNATURE, HEADER, RECIPIENTS):
            continue
        for words in things:
            span = _stated(passage, words, when)
            if span:
                return Answer(question, f"{passage.text[span[0]:span[1]]} [1]", True,
                              [Citation(1, passage, [span])])
    return None
