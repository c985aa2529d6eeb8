"""A question asking which article of a text says something ("Điều nào quy định mức hỗ trợ tối đa?", "quy chế …
điều nào nói về gia hạn nhiệm vụ, được gia hạn mấy lần?"): the answer names the article its first quoted line stands
in. The line quoted answers what the article says, not which one it is; the article's heading lives in the passage's
heading path, which the answer text otherwise never shows (only its sources do)."""
from __future__ import annotations

import re

from ingest.place import article_heading, place_of
from troly.tables import toml
from troly.texts import t
from troly.vntext import fold, padded_words
from vectorstore.search import Passage

_ASKS = re.compile(toml("question_cues.toml")["article"]["asks"])


def asks_article(question: str) -> bool:
    """The question asks which article (or clause) says something."""
    return bool(_ASKS.search(padded_words(question)))


def article_line(question: str, passage: Passage, n: int, answer: str) -> str:
    """The line naming the article `passage` (cited as [n]) stands in, with its clause when known, for a question
    asking which article; "" when it asks none, the passage stands in no article, or the answer names it already
    (a quoted heading "Điều 6. Mức hỗ trợ tối đa …")."""
    if not asks_article(question):
        return ""
    heading = article_heading(passage.whole_section) or article_heading(passage.text.split("\n", 1)[0])
    if not heading:
        return ""
    number = heading.split(".")[0].strip()
    if re.search(rf"(?<!\w){re.escape(fold(number))}(?!\d)", fold(answer), re.IGNORECASE):
        return ""
    clause = place_of(passage.section, passage.lead, passage.text)[1]
    place = t("answer.article_clause", clause=clause, heading=heading) if clause else heading
    return t("answer.article", place=place, n=n)
