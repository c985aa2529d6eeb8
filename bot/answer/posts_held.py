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
from bot.answer.signatures import DEPUTY, post_in, role_at
from troly.tables import toml
from troly.vntext import STOP_FOLDED, bodies, padded_words, plain_words
from vectorstore.issuers import places_in

_POST = toml("question_cues.toml")["post"]
_ASKS = re.compile(_POST["asks"])
_ASKS_BEFORE = re.compile(_POST["asks_before"])
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


def holder_asked(question: str) -> str | None:
    """The question's plain words without those asking who holds a post ("… là ai", "ai là …"), None when it asks no
    holder so: what names the post and its body, for the lines of the documents (asked_post) and for the signatures
    (post_holder)."""
    asked = padded_words(question)
    return _ASKS.sub(" ", asked).strip() if _ASKS.search(asked) else None


def asked_post(question: str) -> AskedPost | None:
    """The post a question asks who holds ("… là ai", "ai là …"; "ai làm …" with the post next), or None when it
    asks no holder of a post."""
    asked, rest = padded_words(question), holder_asked(question)
    before = _ASKS_BEFORE.search(asked)
    if rest is not None:
        words, opening = rest.split(), False
    elif before:
        words, opening = asked[before.end():].split(), True
    else:
        return None
    post = post_in(words)
    if post is None or (opening and post.at > (1 if words[0] in DEPUTY else 0)):
        return None
    return AskedPost(post.role, post.deputy, _trimmed(post.after))


def _same_body(asked: tuple[str, ...], said: tuple[str, ...], where: str) -> bool:
    """Whether the body a line names after the post is the one asked: the same first word ("LĐLĐ tỉnh" of "LĐLĐ tỉnh
    Kon Tum"), or the same body by the table of bodies ("Liên đoàn Lao động tỉnh" of "LĐLĐ tỉnh …"); and the province
    asked, if any, named by it or by `where` it stands (its document's issuer: "… tỉnh Kon Tum")."""
    if not places_in(" ".join(asked)) <= places_in(f"{' '.join(said)} {where}"):
        return False
    if said[0] in asked:
        return True
    a, b = bodies().resolve(" ".join(asked)), bodies().resolve(" ".join(said))
    return a is not None and b is not None and a.name == b.name


def _held(post: AskedPost, line: str, where: str = "") -> int:
    """How a line names a person in the post asked: 2 of the body asked, or of none after it ("…, Trưởng ban." in a
    committee's own list); 1 of some body, the question naming none ("ai là trưởng ban": "Trưởng ban Dân vận"); 0
    not at all (module doc). `where`: what says where the line stands (its document's issuer)."""
    if not states(PERSON, line):
        return 0
    best = 0
    for clause in _CLAUSE.split(line):
        words = plain_words(clause).split()
        for i in role_at(words, post.role):
            body = _trimmed(words[i + len(post.role):])
            if (bool(i) and words[i - 1] in DEPUTY) != post.deputy:
                continue
            of_asked = post.body and _same_body(post.body, body or (post.body[0],), where)
            best = max(best, 2 if of_asked or not (body or post.body) else 1 if not post.body else 0)
    return best


def holder_first(ranked: list[Line], question: str, text: Callable[[Line], str],
                 where: Callable[[Line], str] = lambda _: "") -> list[Line]:
    """Lines in their rank, those naming the holder of the post a question asks first (module doc); as ranked for a
    question asking no holder of a post. `where`: what says where a line stands (its document's issuer)."""
    post = asked_post(question)
    if post is None:
        return ranked
    held = {id(s): _held(post, text(s), where(s)) for s in ranked}
    return sorted(ranked, key=lambda s: -held[id(s)])  # stable: in their rank within each


def of_other_post(lines: list[Line], question: str, text: Callable[[Line], str],
                  where: Callable[[Line], str] = lambda _: "") -> list[Line]:
    """The lines that are no answer to who holds the post a question asks: those naming a person in another post that
    holds its role words (module doc), and, when a line names the holder of the post and body asked, every line naming
    no one in it (a duty of the body asked, "… gửi về LĐLĐ tỉnh"): no answer, nor a second opinion beside it."""
    post = asked_post(question)
    if post is None:
        return []
    held = {id(s): _held(post, text(s), where(s)) for s in lines}
    whole = 2 in held.values()
    return [s for s in lines if not held[id(s)] and (whole or states(PERSON, text(s))
                                                       and role_at(plain_words(text(s)).split(), post.role))]
