"""Greetings, thanks and "help" typed as text ("xin chào", "cảm ơn", "bạn là ai", "giúp tôi"):
a short reply that fits what was said (thanks → "không có gì"), not a search (which would find
"chào cờ đầu tuần"). The phrases and their kinds live in prompts/small_talk.toml, the replies in messages.toml.
Also a message asking which documents are loaded ("có những văn bản nào?"): the list answers it, not a passage.
Neither is a question a follow-up goes on from."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from troly.tables import toml
from troly.texts import alternation, t
from troly.vntext import fold, has_marks, kind_names, padded_words, plain_words


Phrase = tuple[str, ...]


@lru_cache(maxsize=1)
def _phrases() -> tuple[list[tuple[str, list[Phrase]]], list[Phrase]]:
    """Each kind's phrases, in the table's order of precedence, and every phrase and particle, longest first (as
    written: lower case, with the marks they were written with, if any)."""
    table = toml("small_talk.toml")

    def phrases(listed: list[str]) -> list[Phrase]:
        return sorted({tuple(unicodedata.normalize("NFC", p).lower().split()) for p in listed},
                      key=lambda p: len(" ".join(p)), reverse=True)

    kinds = [(kind, phrases(listed)) for kind, listed in table["kinds"].items()]
    every = phrases([p for listed in table["kinds"].values() for p in listed] + table["words"]["particles"])
    return kinds, every


@lru_cache(maxsize=1)
def _openings() -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Where in _phrases()'s list of every phrase those opening with each word stand, by that word as written and
    folded: a message's word is tried only against the phrases it may open (_said), not against all of them."""
    written: dict[str, list[int]] = {}
    folded: dict[str, list[int]] = {}
    for n, phrase in enumerate(_phrases()[1]):
        if phrase:
            written.setdefault(phrase[0], []).append(n)
            folded.setdefault(fold(phrase[0]), []).append(n)
    return written, folded


def _said(phrase: Phrase, words: list[tuple[str, str]], at: int, marked: bool) -> bool:
    """Whether the message's words (as typed, folded) say the phrase at `at`. A phrase written with marks ("ngu quá")
    is said by a message typed with marks only as written ("ngủ quá" says no "ngu quá"); otherwise folded."""
    exact = marked and any(has_marks(w) for w in phrase)
    said = words[at:at + len(phrase)]
    return len(said) == len(phrase) and all((typed if exact else folded) == (w if exact else fold(w))
                                            for w, (typed, folded) in zip(phrase, said))


def _message_words(message: str) -> list[tuple[str, str]]:
    """The message's words, each as typed (lower case) and folded, every other character dropped."""
    out = []
    for word in re.findall(r"[^\W_]+", unicodedata.normalize("NFC", message).lower()):
        folded = re.findall(r"[a-z0-9]+", fold(word))
        out.extend([(word, folded[0])] if len(folded) == 1 else [(f, f) for f in folded])
    return out


def small_talk_kind(message: str, answered: bool = True) -> str | None:
    """The kind of small talk the message is ("thanks", "greeting" ...), or None when it holds anything else
    (or nothing). A message of symbols alone acknowledges an answer ("👍"); asking ("???") or with no answer before
    it (`answered` False: "🙂" opening a chat, or `troly ask "🙂"`) it asks for help."""
    if message.strip() and not any(c.isalnum() for c in message):  # "👍", "???"
        words = toml("small_talk.toml")["words"]
        asking = not answered or any(c in words["asking_marks"] for c in message)
        return words["symbols_asking"] if asking else words["symbols_only"]
    words = _message_words(message)
    marked = any(has_marks(typed) for typed, _ in words)
    kinds, every = _phrases()
    written, folded = _openings()
    at = 0
    while at < len(words):  # nothing but phrases and particles, each taken longest first
        opening = sorted({*written.get(words[at][0], ()), *folded.get(words[at][1], ())})
        phrase = next((every[n] for n in opening if _said(every[n], words, at, marked)), None)
        if phrase is None:
            return None
        at += len(phrase)
    return next((kind for kind, phrases in kinds
                 if any(_said(p, words, i, marked) for p in phrases for i in range(len(words)))), None)


def ends_chat(message: str) -> bool:
    """Whether the message takes leave ("tạm biệt", "thôi thoát", "không hỏi nữa"): a goodbye that asks nothing. A
    chat that quits on it must not quit on a question ("tạm biệt à?") or on an acceptance ("được thôi")."""
    asking = toml("small_talk.toml")["words"]["asking_marks"]
    return small_talk_kind(message) == "bye" and not any(c in asking for c in message)


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


@lru_cache(maxsize=1)
def _remind() -> re.Pattern[str]:
    table = toml("small_talk.toml")["remind"]
    return re.compile(rf"^(?:(?:{'|'.join(table['openers'])}) )*(?:{'|'.join(table['asks'])})\b")


def asks_to_remind(message: str) -> bool:
    """Whether the message asks to be reminded of something ("nhắc tôi nộp báo cáo vào ngày 15/6"): a request, not
    a question a passage answers."""
    return bool(_remind().match(plain_words(message)))


_COLLECTION = re.compile(toml("question_cues.toml")["collection"]["asks"].replace("KINDS", alternation(kind_names())))


def asks_for_documents(question: str) -> bool:
    """Whether the message only asks which documents are loaded ("có những văn bản nào?", "liệt kê các kế
    hoạch"): no passage answers that, the list of documents does."""
    return bool(_COLLECTION.match(plain_words(question)))


def asked_kind(question: str) -> str:
    """The kind of document a message asking which are loaded names ("có bao nhiêu kế hoạch?" → "Kế hoạch"); "" when
    it asks for documents of every kind ("văn bản", "tài liệu")."""
    words = padded_words(question)
    return next((kind for name, kind in sorted(kind_names().items(), key=lambda k: -len(k[0])) if f" {name} " in words),
                "")


def asks_nothing_of_the_texts(message: str) -> bool:
    """Small talk, or asking which documents there are: a turn a follow-up passes over ("cảm ơn", then "còn
    thời hạn thì sao?" goes on from the question before the thanks)."""
    return bool(small_talk_kind(message)) or asks_for_documents(message)
