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
from troly.tables import toml
from troly.texts import alternation, t
from troly.vntext import fold, places, plain_words
from vectorstore.search import Filters, Searcher
from vectorstore.store import DocRecord, StoredChunk

_CUES = toml("question_cues.toml")["chair"]
_ASKS = re.compile(_CUES["asks"].replace("MEETINGS", alternation(_CUES["meetings"])))
_ROLES = toml("header_words.toml")["roles"]
_CHAIR_WORDS = [w.lower() for w in _ROLES["signing_minutes"] if w not in _ROLES["countersigning"]]
_CHAIRED = re.compile(rf"(?<!\w){alternation(_CHAIR_WORDS)}(?!\w)", re.IGNORECASE)
_ADDRESS = re.compile(rf"^\s*:\s*(?:{alternation(toml('question_cues.toml')['issued_by']['address'])}\s+)?",
                      re.IGNORECASE)


def _chair_in(sentence: str) -> str:
    """The person a sentence names as chairing: the name right before the chair's word ("… Lê Quang Vỹ chủ trì cuộc
    họp"), or after it as a label ("Chủ trì: ông Nguyễn Văn An – …"); "" when it names none (a body leading a task,
    "Sở Xây dựng chủ trì, phối hợp …", names no person; nor does a place, "… thành phố Hà Nội chủ trì")."""
    for m in _CHAIRED.finditer(sentence):
        name = trailing_name(sentence[:m.start()].rstrip(" ,"))
        label = _ADDRESS.match(sentence, m.end())
        if not name and label and label.group(0).strip():
            rest = sentence[label.end():]
            name = trailing_name(re.split(r"\s*[,;–—(-]\s*|\s+(?=[a-zà-ỹđ])", rest, maxsplit=1)[0])
        if name and plain_words(name) not in places():
            return name
    return ""


def chaired(question: str, searcher: Searcher, records: list[DocRecord],
            doc_chunks: Callable[[str], list[StoredChunk]], filters: Filters | None) -> Answer | None:
    """Who chaired the meeting of the one document the question names (or the conversation is about), asked: the
    sentence of its opening naming them, quoted and cited. None when the question asks no such thing, names no one
    document, or its opening names no one chairing."""
    if not _ASKS.search(fold(question).lower()):
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
