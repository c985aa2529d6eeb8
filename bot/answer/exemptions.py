"""Asked yes or no whether someone must pay ("Người dân Huế đi tham quan di tích có phải mua vé không?"), a document
listing who is exempt ("1. Miễn phí tham quan đối với các trường hợp sau: … c) Người dân có nơi thường trú trên địa
bàn thành phố Huế …") answers with the item naming that someone: "Không." and the item, under its lead-in — not a
line on how tickets are sold, which shares more of the question's words. The item names the one asked when it holds
two of the question's words side by side that the document's title does not (a phrase: "người dân"), more of them
than any other item of the exempt lists, and sets no bound leaving out a quantity the question states ("trẻ em 10
tuổi" of "Trẻ em dưới 7 tuổi"); words compared with their marks when the question has them."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from bot.answer.model import Answer, Citation, lead_prefix, list_lead, quote
from bot.answer.question import asks_yes_or_no
from bot.answer.ranges import excludes
from ingest.chunker import CLOSING_KINDS
from ingest.model import SECTION_SEP
from troly.tables import toml
from troly.texts import alternation, t
from troly.vntext import STOP_FOLDED, STOP_WORDS, fold, typed_without_diacritics
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_CUES = toml("question_cues.toml")
_PAYS = re.compile(rf"(?<!\w){alternation(fold(w) for w in _CUES['cases']['pays'])}(?!\w)")
_EXEMPT = re.compile(rf"(?i)(?<!\w){alternation(_CUES['cells']['exempt'])}(?!\w)")
_WORD = re.compile(r"\w+")


def asks_to_pay(question: str) -> bool:
    """Whether the question asks yes or no whether one must pay ("… có phải mua vé không?")."""
    return asks_yes_or_no(question) and bool(_PAYS.search(fold(question).lower()))


def _phrases(text: str, marked: bool) -> set[tuple[str, str]]:
    """The text's pairs of words side by side, lower case, folded unless compared with marks: not both function
    words ("người dân" is a phrase, "có nơi" none), no figure."""
    seq = [w if marked else fold(w) for w in _WORD.findall(unicodedata.normalize("NFC", text).lower())]
    stop = STOP_WORDS if marked else STOP_FOLDED
    return {(a, b) for a, b in zip(seq, seq[1:]) if not (a in stop and b in stop)
            and not a.isdigit() and not b.isdigit()}


def _exempt_list(p: Passage) -> bool:
    """An item of a list of cases exempt: its lead-in or innermost heading holds a word of exempting ("Miễn …")."""
    return bool(list_lead(p)) and bool(_EXEMPT.search(f"{list_lead(p)}\n{p.section.split(SECTION_SEP)[-1]}"))


def exemption_item(answer: Answer, question: str, doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer | None:
    """The answer "Không." with the exempt item naming whom the question asks about, of the documents it cites; None
    when the question asks no such thing or no item names them."""
    if not answer.citations or answer.mode != "offline" or not asks_to_pay(question):
        return None
    marked = not typed_without_diacritics(question)
    said = _phrases(question, marked)
    best: tuple[int, Passage] | None = None
    for doc_id in dict.fromkeys(c.passage.doc_id for c in answer.citations):
        own = [Passage.from_chunk(c, 0.0) for c in doc_chunks(doc_id)]
        items = [p for p in own if p.block not in CLOSING_KINDS and _exempt_list(p)]
        if not items:
            continue
        asked = said - _phrases(f"{items[0].document}\n{items[0].short_title}", marked)
        for p in items:
            if excludes(question, p.text):
                continue  # "trẻ em 10 tuổi" is not "Trẻ em dưới 7 tuổi"
            held = len(asked & _phrases(p.text, marked))
            if held and (best is None or held > best[0]):
                best = (held, p)
    if best is None:
        return None
    p = best[1]
    line = f"{lead_prefix(p) or t('answer.lead', lead=list_lead(p).rstrip(' :'))}{quote(p.text)} [1]"
    return replace(answer, answer=t("answer.case_no", line=line), found=True, nearest=False,
                   citations=[Citation(1, p, [(0, len(p.text))])])
