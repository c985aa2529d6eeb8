"""Who holds a post of a body ("ai là chủ tịch công đoàn trường X?"), when no sentence of the documents says: a
document that body issued was signed by the holder of that post, and its signature block says so ("TM. BAN CHẤP HÀNH
/ CHỦ TỊCH / Đinh Thị Mai"). The signer's own post ends the signature's role; a deputy's ("KT. CHỦ TỊCH / PHÓ CHỦ
TỊCH") is not the head's. Cues in prompts/question_cues.toml [post]."""
from __future__ import annotations

import re
from collections.abc import Callable

from ingest.chunker import SIGNATURE
from bot.answer.document_facts import cited
from bot.answer.model import Answer, Citation
from bot.answer.posts_held import holder_asked
from bot.answer.signatures import DEPUTY, own_post, post_length, signed_role
from troly.texts import pattern, t
from troly.vntext import STOP_FOLDED, padded_words, plain_words
from troly.weights import DEFAULT
from vectorstore.issuers import issuer_named
from vectorstore.store import DocRecord, StoredChunk



def _held(role: str, asked: str) -> tuple[str, str] | None:
    """The signer's own post (signatures.own_post: "TM. BAN CHẤP HÀNH CHỦ TỊCH": "Chủ tịch") when the question names
    it, the longest end of it named, and the words after it in the question (the body asked of), or None. A deputy's
    post ("phó chủ tịch") is held only when asked with "phó": no answer for the head."""
    role = signed_role(role)
    post = own_post(role)
    written = re.findall(r"\w+", role)[len(plain_words(role).split()) - len(post):]
    for n in range(len(post), DEFAULT.post_words - 1, -1):
        at = pattern(rf"(?<!\S){re.escape(' '.join(post[-n:]))}(?!\S)").search(asked)
        if at is None:
            continue
        if n < len(post) and post[-n - 1] in DEPUTY:
            return None
        body = asked[at.end():].split()
        while body and body[-1] in STOP_FOLDED:
            body.pop()
        shown = written[-n:]
        if n == len(post) and post_length(post) < n:  # the role names the body after the post ("GIÁM ĐỐC SỞ Y TẾ"):
            body, shown = [*post[post_length(post):], *body], shown[:post_length(post)]  # the body asked of
        return (" ".join(shown).capitalize(), " ".join(body)) if len(body) >= DEFAULT.body_words else None
    return None


def post_holder(question: str, records: list[DocRecord],
                doc_chunks: Callable[[str], list[StoredChunk]], said: str = "") -> Answer | None:
    """Who holds the post the question asks of a body, from the signature of the latest document that body issued
    and the holder signed; None when the question asks no holder or no signature says, or when `said` (the answer
    found in the sentences) names that post: a sentence saying who holds it answers first."""
    asked = holder_asked(question)
    if asked is None:
        return None
    found = []
    for record in records:
        signers = [[record.meta.get("signer") or "", record.meta.get("signer_role") or ""],
                   *record.meta.get("cosigners", [])]  # each who signed: a text two bodies issue has two
        for signer, role in signers:
            held = _held(role, asked) if signer else None
            issuer = issuer_named(held[1], record.meta) if held is not None else ""
            if issuer:
                found.append((record.meta.get("date") or "", record, held[0], signer, issuer))
    if not found:
        return None
    _, record, post, signer, issuer = max(found, key=lambda f: f[0])
    if padded_words(post) in padded_words(said):
        return None
    passage = cited(record, doc_chunks(record.doc_id), SIGNATURE, signer)
    if passage is None:
        return None
    return Answer(question, t("answer.post_holder", who=signer, post=post,
                              issuer=issuer, title=record.label), True,
                  [Citation(1, passage, [(0, len(passage.text))])])
