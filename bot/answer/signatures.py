"""How answers read a document's signature, in one place: the signer's own post in the role printed above the name
("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" is signed by the deputy, not the head: the post after the last mark is the signer's),
and whether a person a question names is the signer. Who signed what (about_documents.signers), who holds a post
(post_holder) and "was X signed by Y?" (document_facts.issued_by) all read signatures so. Roles: header_words.toml
[roles], the table ingest reads signature blocks by; titles of address: question_cues.toml [issued_by] address."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.signing import DEPUTY, POSTS
from troly.tables import toml
from troly.texts import alternation, t
from troly.vntext import plain_words
from troly.weights import DEFAULT

_ROLES = toml("header_words.toml")["roles"]
_ADDRESS_WORDS = [plain_words(a) for a in toml("question_cues.toml")["issued_by"]["address"]]
ADDRESS = re.compile(rf"^{alternation(_ADDRESS_WORDS)} ")
_MARK_SAID = {plain_words(mark): how for mark, how in _ROLES["marks"].items()}  # "kt": "thay", said after "ký"


@dataclass(frozen=True)
class NamedPost:
    """A post of the table named in plain words: where its role stands, the role ("chu tich"), "phó" before it or not,
    and the words after it (the body it is of, and what else follows)."""
    at: int
    role: tuple[str, ...]
    deputy: bool
    after: tuple[str, ...]


def role_at(words: Sequence[str], role: tuple[str, ...]) -> list[int]:
    """Where the words hold a role, each place it starts."""
    return [i for i in range(len(words) - len(role) + 1) if tuple(words[i:i + len(role)]) == role]


def post_in(words: Sequence[str]) -> NamedPost | None:
    """The first post of the table the words name (the longest of those starting there), "phó" before it or not: the
    one reader of which post is asked, by a question (posts_held.asked_post) or by a name asked (asked_post)."""
    found = min(((i, role) for role in POSTS for i in role_at(words, role)), key=lambda f: (f[0], -len(f[1])),
                default=None)
    if found is None:
        return None
    i, role = found
    return NamedPost(i, role, bool(i) and words[i - 1] in DEPUTY, tuple(words[i + len(role):]))


def signed_role(role: str) -> str:
    """The role a signature is signed in: its lines in capitals, when a line in small letters follows them (the
    signer's other post printed under them: "TM. BAN CHỈ ĐẠO / KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN / Phó Chủ tịch UBND
    huyện" is signed as the committee's deputy head); the role whole when written in small letters ("Chủ tịch Quốc
    hội", "TM. BAN THƯỜNG VỤ Chủ tịch": no post in capitals)."""
    words = role.split()
    small = next((i for i, word in enumerate(words) if any(c.islower() for c in word)), len(words))
    head = plain_words(" ".join(words[:small])).split()
    return " ".join(words[:small]) if any(tuple(head[i:i + len(post)]) == post for post in POSTS
                                          for i in range(len(head))) else role


def own_post(role: str) -> list[str]:
    """The signer's own post in a signature's role, in plain words: from the last post the role names, "phó" before it
    included, to its end ("TM. BAN CHẤP HÀNH / CHỦ TỊCH": chu tich; "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": pho chu tich;
    "Chủ tịch Quốc hội": chu tich quoc hoi); the role whole when it names no post of the table ("HIỆU TRƯỞNG")."""
    words = plain_words(signed_role(role)).split()
    start = max((i for i in range(len(words)) for post in POSTS if tuple(words[i:i + len(post)]) == post),
                default=None)
    if start is None:
        return words
    return words[start - 1:] if start and words[start - 1] in DEPUTY else words[start:]


def post_length(post: list[str]) -> int:
    """How many words of an own post (own_post) are the post of the table, "phó" included; the rest names the body
    ("giam doc so y te": 2), or is the head's body (its whole when it names no post of the table)."""
    start = 1 if post[:1] and post[0] in DEPUTY else 0
    return start + next((len(p) for p in POSTS if tuple(post[start:start + len(p)]) == p), len(post) - start)


def signed_as(role: str, asked: str) -> bool:
    """Whether a signature's role is signed in the post asked ("chu tich"): its own post begins with it — a deputy's
    ("phó chủ tịch") is not the head's, the head's ("chủ tịch quốc hội") is the chairman's."""
    post, want = own_post(role), plain_words(asked).split()
    return bool(want) and post[:len(want)] == want


def asked_post(asked: str) -> tuple[str, str] | None:
    """The post a name asked opens with and the body after it, in plain words ("chủ tịch LĐLĐ tỉnh Thái Bình": "chu
    tich", "ldld tinh thai binh"; "phó" before it included), or None when it names a person, not a post."""
    words = ADDRESS.sub("", plain_words(asked)).split()
    post = post_in(words)
    if post is None or post.at != (1 if words[:1] and words[0] in DEPUTY else 0):
        return None
    return " ".join(words[:post.at + len(post.role)]), " ".join(post.after)


def same_person(asked: str, known: str) -> bool:
    """Whether a name asked is the signer's: its last word is the signer's given name and its other words are the
    signer's, in order ("ông Thanh", "Bùi Thanh", "đồng chí Bùi Minh Thanh" are Bùi Minh Thanh; "Minh", "Bùi Minh"
    are not: a family or middle name is shared by many). A title of address before the name is no part of it."""
    words = ADDRESS.sub("", plain_words(asked)).split()
    signer = plain_words(known).split()
    if not words or not signer or words[-1] != signer[-1]:
        return False
    others = iter(signer[:-1])
    return all(word in others for word in words[:-1])


def names_signer(question: str, signer: str) -> bool:
    """Whether the question names the signer as a person: the signer's given name, after the signer's other words in
    order ("Trần Văn Hùng", "Trần Hùng") or after a title of address ("ông Hùng", "đ/c Hùng") — not the given name
    alone, any word of a sentence ("hùng" of "hào hùng")."""
    words, name = plain_words(question).split(), plain_words(signer).split()
    if not name:
        return False
    for end in (i for i, w in enumerate(words) if w == name[-1]):
        start, others = end, name[:-1]
        while start and others and words[start - 1] in others:  # the family and middle names before it, in order
            others = others[:others.index(words[start - 1])]
            start -= 1
        before = " " + " ".join(words[:start])
        if end + 1 - start >= DEFAULT.given_alone or any(before.endswith(" " + a) for a in _ADDRESS_WORDS):
            return True
    return False


def capacity(signing: dict, told: bool = False) -> str:
    """In what capacity the document's metadata says its signer signed (ingest/signing.py), as said after their name:
    ", Phó Chủ tịch, ký thay Chủ tịch, thay mặt Ủy ban nhân dân tỉnh …", ", Chủ tịch"; `told` in a sentence saying
    who signed, the verb closes one that signs for no one (", Chủ tịch, ký"; " ký" when it names no post either)."""
    post, also = signing.get("post", ""), signing.get("also", "")
    acts = t("answer.signed_act_sep").join(t("answer.signed_act", how=act["how"], whom=act["whom"])
                                             for act in signing.get("acts", []))
    said = (t("answer.signed_post_also", post=post, also=also) if also else t("answer.signed_post", post=post)) \
        if post else ""
    if acts:
        return said + t("answer.signed_acts" if post else "answer.signed_acts_alone", acts=acts)
    return said + (t("answer.signed_plain" if post else "answer.signed_plain_alone") if told else "")


def signer_said(signing: dict, block: str, told: bool = False) -> str:
    """The signer and their capacity in words ("Phạm Văn Thạnh, Phó Chủ tịch, ký thay Chủ tịch, thay mặt Ủy ban nhân
    dân tỉnh Tây Ninh"), for the signature `block` it was read from: the block's capitals run together ("TM. UỶ BAN
    NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH …") read as a string of posts. "" for a block that is not that one signature
    alone (several signing side by side, another part's signature): it is quoted as printed. `told`: capacity's."""
    name = signing.get("name", "")
    return name + capacity(signing, told) if name and " ".join(block.split()).endswith(name) else ""


def signed_by(signing: dict, block: str) -> str:
    """Who signed and in what capacity, told in a sentence ("Văn bản do Phạm Văn Thạnh, Phó Chủ tịch, ký thay …"),
    or "" (signer_said)."""
    said = signer_said(signing, block, told=True)
    return t("answer.signed_by", signer=said) if said else ""


def signs_for(signing: dict, post: str, mark: str) -> bool:
    """Whether a signer's capacity (ingest/signing.py) holds that mark (folded, without its dot: "kt") for that post
    (in plain words: "chu tich"): "KT. CHỦ TỊCH" does, "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG" signs for the Chánh Văn
    phòng by the Chủ tịch's order."""
    want = post.split()
    return any(plain_words(act["mark"]) == mark and plain_words(act["whom"]).split()[:len(want)] == want
               for act in signing.get("acts", []))


def signed_for(mark: str, whom: str) -> str:
    """A mark (folded, without its dot: "kt") followed by whom it signs for, as said: "ký thay giám đốc sở"."""
    return t("answer.signed_for", how=_MARK_SAID[mark], whom=whom)
