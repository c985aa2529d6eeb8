"""The lines of a text's opening that say what it rests on or carries out ("Căn cứ Quyết định số 402/QĐ-UBND …;",
"Thực hiện Kế hoạch số 45/KH-LĐLĐ …"): the answer to "căn cứ vào văn bản nào?" (bot/answer/document_facts.py), and
no fact of the text itself — a date or a name in them is the other text's, so such a line is no second line of an
answer to a question that asks no text. Words: prompts/question_cues.toml [issued_by] grounds_leads, text_leads,
grounds, asks_text."""
from __future__ import annotations

import re

from troly.doc_numbers import doc_refs
from troly.tables import toml
from troly.texts import alternation
from troly.vntext import kind_names, plain_words

_CUES = toml("question_cues.toml")["issued_by"]
_LEAD = re.compile(rf"^\W*{alternation(map(plain_words, _CUES['grounds_leads']))} ")
# "Sở hướng dẫn gì": a kind that is a verb too ("hướng dẫn", "quy định") asks what is said before "gì", not which text
_KIND_VERBS = {plain_words(w) for w in toml("header_words.toml")["scope"]["kind_verbs"]}


def _cue(name: str) -> re.Pattern[str]:
    """A cue of [issued_by] with its word lists in place: KINDS (every kind of text), NOUNS (those no verb too),
    LEADS (the words naming a text as rested on or carried out)."""
    kinds = kind_names()
    return re.compile(_CUES[name].replace("LEADS", _CUES["text_leads"]).replace("KINDS", alternation(kinds))
                      .replace("NOUNS", alternation(k for k in kinds if k not in _KIND_VERBS)))


_GROUNDS = _cue("grounds")
_ASKS_TEXT = _cue("asks_text")


def names_basis(sentence: str) -> bool:
    """Whether a sentence opens with a word of basis or of carrying out and names another text by its number."""
    return bool(_LEAD.match(f"{plain_words(sentence)} ")) and bool(doc_refs(sentence))


def asks_grounds(question: str) -> bool:
    """Whether a question ends asking what a text rests on or carries out ("… căn cứ vào văn bản nào?")."""
    return bool(_GROUNDS.search(plain_words(question)))


def asks_text(question: str) -> bool:
    """Whether a question asks which text ("theo quyết định nào", "văn bản gì", "căn cứ vào văn bản nào"): a basis
    line may answer."""
    return bool(_ASKS_TEXT.search(plain_words(question)))
