"""Who chaired the meeting a document records or concludes ("TB 562 là kết luận của ai?", "ai chủ trì cuộc họp?" of a
named notice or minutes): the person its opening names as chairing ("Ngày 21 tháng 11 năm 2026, Phó Chủ tịch Ủy ban
nhân dân thành phố Lê Quang Vỹ chủ trì cuộc họp …", "Chủ trì: ông Nguyễn Văn An, …"), quoted with its sentence,
which says when the meeting was too. Not the signer: a notice of conclusions is signed for the office that writes up
another's conclusions ("TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG"). The chair is a role stated in the text, as the signer's
is in the signature; a biên bản's chair signs in it (header_words.toml [roles] signing_minutes), whose words are the
chair's here. Cues: prompts/question_cues.toml [chair]."""
from __future__ import annotations

import re
from collections.abc import Callable

from bot.answer.document_facts import one_document, opening
from bot.answer.model import Answer, Citation
from ingest.structure import trailing_name
from troly.doc_numbers import is_doc_ref
from troly.tables import toml
from troly.texts import alternation, t
from troly.vntext import bodies, fold, places, plain_words
from vectorstore.search import Filters, Searcher
from vectorstore.store import DocRecord, StoredChunk

_CUES = toml("question_cues.toml")["chair"]
_ASKS = re.compile(_CUES["asks"].replace("MEETINGS", alternation(_CUES["meetings"])))
_ASKS_BARE = re.compile(_CUES["asks_bare"])
_BARE_LEAD = re.compile(rf"^(?:{alternation(_CUES['bare_leads'])})\s+")
_ROLES = toml("header_words.toml")["roles"]
_CHAIR_WORDS = [w.lower() for w in _ROLES["signing_minutes"] if w not in _ROLES["countersigning"]]
_CHAIRED = re.compile(rf"(?<!\w){alternation(_CHAIR_WORDS)}(?!\w)", re.IGNORECASE)
_TITLES = alternation(toml("question_cues.toml")["issued_by"]["address"])
_ADDRESS = re.compile(rf"\s*:\s*(?:{_TITLES}\s+)?", re.IGNORECASE)
# "ông Hoàng Minh Đức, Giám đốc …": a name after a title of address, up to the clause's next comma or dash
_ADDRESSED = re.compile(rf"(?<!\w)(?:{_TITLES})\s+([^,;:–—()-]+)", re.IGNORECASE)
# A name opening with a post ("Giám đốc", "Phó Chủ tịch") or a body's kind ("Sở", "Phòng") is no person's
_NOT_PERSON = re.compile(rf"(?:(?:{alternation(_ROLES['signing_deputy'])})\s+)?(?:{alternation(_ROLES['signing'])}"
                         rf"|{alternation(list(bodies().heads()))})(?!\w)", re.IGNORECASE)


def _person(name: str) -> str:
    """`name` when it is a person's: not a body ("Huyện ủy", "Sở Nội Vụ", "Phòng Văn Hóa Thông Tin": a name the table
    of bodies holds or one opening with a body's kind), nor a post ("Giám đốc Sở Tài Chính": a signing role of
    header_words.toml at its start); else ""."""
    if not name or plain_words(name) in places() or bodies().mentions(name) or _NOT_PERSON.match(name):
        return ""
    return name


def _addressed(clause: str) -> str:
    """The person a clause names after a title of address ("đồng chí Nguyễn Văn An, Bí thư Huyện ủy", "ông Hoàng
    Minh Đức, Giám đốc Sở …"): the name the post after it belongs to; "" when none."""
    for m in _ADDRESSED.finditer(clause):
        name = _person(m.group(1).strip())
        if name and trailing_name(name) == name:
            return name
    return ""


def _chair_in(sentence: str) -> str:
    """The person a sentence names as chairing: the name right before the chair's word ("… Lê Quang Vỹ chủ trì cuộc
    họp"), the one addressed earlier in its clause when a post stands there ("đồng chí Nguyễn Văn An, Bí thư Huyện ủy
    chủ trì"), or after it as a label ("Chủ trì: ông Nguyễn Văn An – …"); "" when it names none (a body leading a
    task, "Sở Xây dựng chủ trì, phối hợp …", names no person; nor does a place, "… thành phố Hà Nội chủ trì")."""
    for m in _CHAIRED.finditer(sentence):
        before = sentence[:m.start()].rstrip(" ,")
        name = _person(trailing_name(before)) or _addressed(re.split(r"[.;:]\s", before)[-1])
        label = _ADDRESS.match(sentence, m.end())
        if not name and label and label.group(0).strip():
            rest = sentence[label.end():]
            name = _person(trailing_name(re.split(r"\s*[,;–—(-]\s*|\s+(?=[a-zà-ỹđ])", rest, maxsplit=1)[0]))
        if name:
            return name
    return ""


def _asks(folded: str) -> bool:
    """Whether a folded question asks who chaired a meeting: by a word of the meeting, or "ai chủ trì?" after nothing
    but the document's name — words before it name a task ("việc bố trí gian hàng ai chủ trì?"), whose lead its line
    says."""
    if _ASKS.search(folded):
        return True
    bare = _ASKS_BARE.search(folded)
    if bare is None:
        return False
    before = _BARE_LEAD.sub("", folded[:bare.start()].strip(" ,:;"))
    return not before or is_doc_ref(before)


def chaired(question: str, searcher: Searcher, records: list[DocRecord],
            doc_chunks: Callable[[str], list[StoredChunk]], filters: Filters | None) -> Answer | None:
    """Who chaired the meeting of the one document the question names (or the conversation is about), asked: the
    sentence of its opening naming them, quoted and cited. None when the question asks no such thing, names no one
    document, or its opening names no one chairing."""
    if not _asks(fold(question).lower()):
        return None
    record = one_document(question, searcher, records, filters)
    if record is None:
        return None
    for passage, start, sentence in opening(doc_chunks(record.doc_id)):
        name = _chair_in(sentence)
        if name:
            return Answer(question, "\n".join([t("answer.chaired", title=record.label, who=name), f"{sentence} [1]"]),
                          True, [Citation(1, passage, [(start, start + len(sentence))])])
    return None
