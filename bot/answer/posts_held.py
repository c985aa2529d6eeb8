"""Which line says who holds the post a question asks ("Chủ tịch LĐLĐ tỉnh Kon Tum là ai?", "ai là trưởng ban chỉ
đạo?"): one naming a person in that post whole — its role words not after "phó" (a deputy's post is another), and the
words after them, up to the clause's end, naming no other body ("Trưởng ban Tổ chức LĐLĐ tỉnh" is not the head of
the steering committee; "…, Trưởng ban." in the committee's own member list is). A line naming a person in another
post that holds the role words ("Phó Chủ tịch LĐLĐ tỉnh", "Phó Chủ tịch Ủy ban MTTQ tỉnh, Trưởng ban Dân vận") is no
answer: it shares the question's words, not its post. Posts: header_words.toml [roles] signing; asking words:
question_cues.toml [post] asks."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from bot.answer.question import PERSON, states
from bot.answer.signatures import DEPUTY, POSTS
from troly.tables import toml
from troly.vntext import STOP_FOLDED, bodies, plain_words

ASKS = re.compile(toml("question_cues.toml")["post"]["asks"])
# where a post's words end in a line: a clause's end, or a dash between spaces ("Ông A – Chủ tịch …")
_CLAUSE = re.compile(r"[,;:()\n]|\.(?!\d)|\s[–—-]\s")
Line = TypeVar("Line")


@dataclass(frozen=True)
class AskedPost:
    """A post asked of, in plain words: its role ("chu tich"), "phó" before it or not, and the body after it."""
    role: tuple[str, ...]
    deputy: bool
    body: tuple[str, ...]


def _trimmed(words: Sequence[str]) -> tuple[str, ...]:
    words = list(words)
    while words and words[0] in STOP_FOLDED:
        words.pop(0)
    while words and words[-1] in STOP_FOLDED:
        words.pop()
    return tuple(words)


def _at(words: Sequence[str], role: tuple[str, ...]) -> list[int]:
    return [i for i in range(len(words) - len(role) + 1) if tuple(words[i:i + len(role)]) == role]


def asked_post(question: str) -> AskedPost | None:
    """The post a question asks who holds ("… là ai", "ai là …"), or None when it asks no holder of a post."""
    asked = plain_words(question)
    if not ASKS.search(f" {asked} "):
        return None
    words = ASKS.sub(" ", f" {asked} ").split()
    found = min(((i, role) for role in POSTS for i in _at(words, role)), key=lambda f: (f[0], -len(f[1])),
                default=None)
    if found is None:
        return None
    i, role = found
    return AskedPost(role, bool(i) and words[i - 1] in DEPUTY, _trimmed(words[i + len(role):]))


def _same_body(asked: tuple[str, ...], said: tuple[str, ...]) -> bool:
    """Whether the body a line names after the post is the one asked: the same first word ("LĐLĐ tỉnh" of "LĐLĐ tỉnh
    Kon Tum"), or the same body by the table of bodies ("Liên đoàn Lao động tỉnh" of "LĐLĐ tỉnh …")."""
    if not asked or not said or said[0] in asked:
        return True
    a, b = bodies().resolve(" ".join(asked)), bodies().resolve(" ".join(said))
    return a is not None and b is not None and a.name == b.name


def holds(post: AskedPost, line: str) -> bool:
    """Whether a line names a person holding the post asked, whole (module doc)."""
    if not states(PERSON, line):
        return False
    for clause in _CLAUSE.split(line):
        words = plain_words(clause).split()
        for i in _at(words, post.role):
            if (bool(i) and words[i - 1] in DEPUTY) == post.deputy \
                    and _same_body(post.body, _trimmed(words[i + len(post.role):])):
                return True
    return False


def holder_first(ranked: list[Line], question: str, text: Callable[[Line], str]) -> list[Line]:
    """Lines in their rank, those naming the holder of the post a question asks first (module doc); as ranked for a
    question asking no holder of a post."""
    post = asked_post(question)
    if post is None:
        return ranked
    first = [s for s in ranked if holds(post, text(s))]
    return first + [s for s in ranked if s not in first]


def of_other_post(lines: list[Line], question: str, text: Callable[[Line], str]) -> list[Line]:
    """The lines naming a person in another post that holds the role words of the post a question asks (module
    doc): no answer, nor a second opinion beside it."""
    post = asked_post(question)
    if post is None:
        return []
    return [s for s in lines if states(PERSON, text(s)) and _at(plain_words(text(s)).split(), post.role)
            and not holds(post, text(s))]
