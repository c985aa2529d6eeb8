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
from troly.doc_numbers import doc_refs, ref_years

_TABLE = toml("question_cues.toml")["replaced"]
_IN_FORCE = re.compile(_TABLE["in_force"])
_ENDED = re.compile(_TABLE["ended"])
_AFTER = re.compile(_TABLE["after"])
_BEFORE = re.compile(_TABLE["before"])
_PART = re.compile(_TABLE["part"])


# a number written with its year ("33/2019/QĐ-UBND", "QĐ 33/2019"), folded
_NUMBER_YEAR = re.compile(r"(?<![\d/])0*(\d{1,4})\s*/\s*((?:19|20)\d{2})(?!\d)")
Named = tuple[str, int, str]  # kind, number, year ("" when not written)


def _named(text: str) -> set[Named]:
    """The texts a (folded) stretch names, each with the year written with its number or after it ("Chỉ thị 11 năm
    2020"): "QĐ 33/2019" and "Thông tư số 33/2015" are other texts than "Quyết định số 33/2021"."""
    years = {int(number): year for number, year in _NUMBER_YEAR.findall(text)}
    after = ref_years(text)
    said = next(iter(after)) if len(after) == 1 else ""
    return {(kind, number, years.get(number, said)) for kind, number in doc_refs(text)}


def ended_refs(line: str) -> set[Named]:
    """The texts a line replaces, repeals or says have ended: those written after "thay thế"/"bãi bỏ" (not an
    article or a part of one: "Bãi bỏ Điều 33 của Quyết định số 12/2019" leaves it in force), or before "hết hiệu
    lực" in the same sentence."""
    found: set[Named] = set()
    for _, sentence in spans(fold(line)):
        after = _AFTER.search(sentence)
        if after and not _PART.search(sentence[after.end():]):
            found |= _named(sentence[after.end():])
        before = _BEFORE.search(sentence)
        if before:
            found |= _named(sentence[:before.start()])
    return found


def _same(asked: set[Named], ended: set[Named]) -> bool:
    """Whether a text asked is one a line ends: same kind and number, and the same year where both write one."""
    return any((kind, number) == (e_kind, e_number) and not (year and e_year and year != e_year)
               for kind, number, year in asked for e_kind, e_number, e_year in ended)


def with_replaced(answer: Answer, question: str) -> Answer | None:
    """The answer opened by "Không." (asked whether still in force) or "Có." (asked whether ended) over its line that
    replaces or repeals the text the question names by number — or, not answered, when a sentence of a passage it
    shows does (that sentence then answers, cited); None otherwise."""
    folded = fold(question).strip()
    in_force, ended = bool(_IN_FORCE.search(folded)), bool(_ENDED.search(folded))
    asked = _named(fold(question))
    if answer.mode != "offline" or in_force == ended or not asked:
        return None
    verdict = "answer.case_yes" if ended else "answer.case_no"
    if answer.found and not answer.nearest:
        lines = answer.answer.split("\n")
        at = next((i for i, line in enumerate(lines) if _same(asked, ended_refs(line))), None)
        if at is None:
            return None
        return replace(answer, answer="\n".join([t(verdict, line=lines[at]), *lines[:at], *lines[at + 1:]]))
    for cited in answer.citations:
        for start, sentence in spans(cited.passage.text):
            if _same(asked, ended_refs(sentence)):
                return replace(answer, answer=t(verdict, line=f"{quote(sentence)} [1]"), found=True, nearest=False,
                               citations=[Citation(1, cited.passage, [(start, start + len(sentence))])])
    return None
