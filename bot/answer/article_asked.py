"""A question asking which article of a text says something ("Điều nào quy định mức hỗ trợ tối đa?", "quy chế …
điều nào nói về gia hạn nhiệm vụ, được gia hạn mấy lần?"): the answer names the article its first quoted line stands
in. The line quoted answers what the article says, not which one it is; the article's heading lives in the passage's
heading path, which the answer text otherwise never shows (only its sources do)."""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.place import article_heading, place_of
from troly.tables import toml
from troly.texts import t
from troly.vntext import STOP_FOLDED, fold, has_marks, padded_words
from vectorstore.search import Passage

_CUES = toml("question_cues.toml")["article"]
_ASKS = re.compile(_CUES["asks"])
_MARKED = set(_CUES["marked"])
_MARKED_FOLDED = {fold(w) for w in _MARKED}
_SAYS = [f" {fold(w)} " for w in _CUES["says"]]


def asks_article(question: str) -> bool:
    """The question asks which article (or clause) says something: its words matched folded, so typed without marks
    too; one typed with marks ("làn điệu nào": which tunes) only as "điều nào" is written."""
    return bool(_asking(question))


def _asking(question: str) -> list[tuple[int, int]]:
    """Where the words asking which article stand in the question (start and end offsets)."""
    words = list(re.finditer(r"[^\W_]+", question))
    typed = [w.group().lower() for w in words]
    padded = f" {' '.join(fold(w) for w in typed)} "
    found = []
    for match in _ASKS.finditer(padded):
        first = padded[:match.start()].count(" ")  # the index of its first word
        size = len(match.group().split())
        said = typed[first:first + size]
        if all(not has_marks(w) or fold(w) not in _MARKED_FOLDED or w in _MARKED for w in said):
            found.append((words[first].start(), words[first + size - 1].end()))
    return found


@lru_cache(maxsize=20_000)
def without_article_asked(question: str) -> str:
    """The question with its words asking which article left out: what else it asks is read alone ("Điều mấy quy định
    mức bồi thường?" asks the article's number, no count the line quoted must state)."""
    for start, end in reversed(_asking(question)):
        question = f"{question[:start]} {question[end:]}"
    return question


def asks_article_only(question: str) -> bool:
    """The question asks which article and names nothing it is asked of ("điều nào quy định?"): beside its asking
    words, only words saying a text says something."""
    if not asks_article(question):
        return False
    rest = _ASKS.sub(" ", padded_words(question))
    for says in _SAYS:
        rest = rest.replace(says, " ")
    return all(w in STOP_FOLDED for w in rest.split())


def is_article_line(line: str) -> bool:
    """A line of an answer naming the article it quotes ("Nội dung này được quy định tại Điều 2 … [1]:")."""
    return line.startswith(_ARTICLE_OPENS)


def article_line(question: str, passage: Passage, n: int, answer: str, alone: bool = True) -> str:
    """The line naming the article `passage` (cited as [n]) stands in, with its clause when known and the answer
    quotes that passage `alone` (lines of two clauses are no one clause's), for a question asking which article; ""
    when it asks none, the passage stands in no article, or the answer names it already (a quoted heading "Điều 6.
    Mức hỗ trợ tối đa …")."""
    if not asks_article(question):
        return ""
    heading = article_heading(passage.whole_section) or article_heading(passage.text.split("\n", 1)[0])
    if not heading:
        return ""
    number = heading.split(".")[0].strip()
    if re.search(rf"(?<!\w){re.escape(fold(number))}(?!\d)", fold(answer), re.IGNORECASE):
        return ""
    clause = place_of(passage.section, passage.lead, passage.text)[1] if alone else ""
    place = t("answer.article_clause", clause=clause, heading=heading) if clause else heading
    return t("answer.article", place=place, n=n)


_ARTICLE_OPENS = t("answer.article", place="\0", n=0).split("\0")[0]
