"""Greetings, thanks and "help" typed as text ("xin chào", "cảm ơn", "bạn là ai", "giúp tôi"):
a short reply that fits what was said (thanks → "không có gì"), not a search (which would find
"chào cờ đầu tuần"). The phrases and their kinds live in prompts/small_talk.toml, the replies in messages.toml.
Also a message asking which documents are loaded ("có những văn bản nào?"): the list answers it, not a passage.
Neither is a question a follow-up goes on from."""
from __future__ import annotations

import re
from functools import lru_cache

from troly.tables import toml
from troly.texts import t
from troly.vntext import plain_words


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str]]:
    """One pattern per kind, in the table's order of precedence, and one for every phrase and particle."""
    table = toml("small_talk.toml")

    def words(phrases: list[str]) -> re.Pattern[str]:
        ordered = sorted({" ".join(p.split()) for p in phrases}, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b")

    kinds = [(kind, words(phrases)) for kind, phrases in table["kinds"].items()]
    every = words([p for phrases in table["kinds"].values() for p in phrases] + table["words"]["particles"])
    return kinds, every


def small_talk_kind(message: str) -> str | None:
    """The kind of small talk the message is ("thanks", "greeting" ...), or None when it holds anything else
    (or nothing)."""
    if message.strip() and not any(c.isalnum() for c in message):  # "👍", "???"
        return toml("small_talk.toml")["words"]["symbols_only"]
    words = plain_words(message)
    kinds, every = _patterns()
    if not words or every.sub(" ", words).strip():
        return None
    return next((kind for kind, rx in kinds if rx.search(words)), None)


_CLAUSE = re.compile(r"[,.!;:]+\s*")


def without_small_talk_lead(message: str) -> str:
    """The message without the greeting or thanks opening it ("cảm ơn, còn năm 2030 thì sao?" → "còn năm 2030 thì
    sao?"): the clauses before the question are no part of it, and searched with it they find other passages."""
    rest = message
    while (clause := _CLAUSE.search(rest)) and clause.end() < len(rest) and small_talk_kind(rest[:clause.start()]):
        rest = rest[clause.end():]
    return rest


def small_talk_reply(kind: str) -> str:
    """The reply to this kind of small talk."""
    return t(f"answer.small_talk.{kind}", examples=t("answer.examples"))


_COLLECTION = re.compile(toml("question_cues.toml")["collection"]["asks"])


def asks_for_documents(question: str) -> bool:
    """Whether the message only asks which documents are loaded ("có những văn bản nào?", "liệt kê các kế
    hoạch"): no passage answers that, the list of documents does."""
    return bool(_COLLECTION.match(plain_words(question)))


def asks_nothing_of_the_texts(message: str) -> bool:
    """Small talk, or asking which documents there are: a turn a follow-up passes over ("cảm ơn", then "còn
    thời hạn thì sao?" goes on from the question before the thanks)."""
    return bool(small_talk_kind(message)) or asks_for_documents(message)
