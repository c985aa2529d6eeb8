"""Yes or no of whether a text named by its number is still in force ("QĐ 33/2019 còn hiệu lực không?"), answered
by the line of the text that replaces or repeals it ("Quyết định này … thay thế Quyết định số 33/2019/QĐ-UBND"):
"Không." (or "Có." asked whether it has ended) — not the "Có." a line that holds every word of the question would
otherwise open with. The phrases live in prompts/question_cues.toml [replaced]."""
from __future__ import annotations

import re
from dataclasses import replace

from bot.answer.composer import spans
from bot.answer.model import Answer, Citation, quote
from troly.tables import toml
from troly.texts import t
from troly.vntext import fold
from vectorstore.query import doc_refs

_TABLE = toml("question_cues.toml")["replaced"]
_IN_FORCE = re.compile(_TABLE["in_force"])
_ENDED = re.compile(_TABLE["ended"])
_AFTER = re.compile(_TABLE["after"])
_BEFORE = re.compile(_TABLE["before"])


def ended_refs(line: str) -> set[int]:
    """The numbers of the texts a line replaces, repeals or says have ended: those written after "thay thế"/"bãi bỏ",
    or before "hết hiệu lực" in the same sentence."""
    folded = fold(line)
    found: set[int] = set()
    for sentence in re.split(r"(?<=[.;])\s+", folded):
        after = _AFTER.search(sentence)
        if after:
            found |= {number for _, number in doc_refs(sentence[after.end():])}
        before = _BEFORE.search(sentence)
        if before:
            found |= {number for _, number in doc_refs(sentence[:before.start()])}
    return found


def with_replaced(answer: Answer, question: str) -> Answer | None:
    """The answer opened by "Không." (asked whether still in force) or "Có." (asked whether ended) over its line that
    replaces or repeals the text the question names by number — or, not answered, when a sentence of a passage it
    shows does (that sentence then answers, cited); None otherwise."""
    folded = fold(question).strip()
    in_force, ended = bool(_IN_FORCE.search(folded)), bool(_ENDED.search(folded))
    asked = {number for _, number in doc_refs(question)}
    if answer.mode != "offline" or in_force == ended or not asked:
        return None
    verdict = "answer.case_yes" if ended else "answer.case_no"
    if answer.found and not answer.nearest:
        lines = answer.answer.split("\n")
        at = next((i for i, line in enumerate(lines) if asked & ended_refs(line)), None)
        if at is None:
            return None
        return replace(answer, answer="\n".join([t(verdict, line=lines[at]), *lines[:at], *lines[at + 1:]]))
    for cited in answer.citations:
        for start, sentence in spans(cited.passage.text):
            if asked & ended_refs(sentence):
                return replace(answer, answer=t(verdict, line=f"{quote(sentence)} [1]"), found=True, nearest=False,
                               citations=[Citation(1, cited.passage, [(start, start + len(sentence))])])
    return None
