"""What a document's own data answers better than any passage: who issued it, and yes or no on who issued or signed
it ("Kế hoạch X do cơ quan nào ban hành?", "… có phải do Tổng LĐLĐ Việt Nam ban hành không?" — a sentence naming
another body issuing another plan, the one X implements, is no answer),
and when it was issued when no header passage found states a date ("Chỉ thị 11 ký ngày nào?" of a header whose date
line was lost in scanning), or that it states none; which provinces it concerns ("… ở những tỉnh nào?"). Each answer
cites the passage its data was read from. The cues live in prompts/question_cues.toml [issued_by] and [places]."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from bot.answer.basis import asks_grounds, names_basis
from bot.answer.composer import spans
from bot.answer.model import MISSING, Answer, Citation
from bot.answer.question import DATE, states_any
from bot.answer.signatures import asked_post, same_person, signed_as
from ingest.chunker import HEADER, RECIPIENTS, SIGNATURE, TITLE
from ingest.markers import heading_match
from ingest.model import shown_date
from troly.tables import toml
from troly.texts import alternation, t
from troly.vntext import (STOP_FOLDED, fold, fold_same_length, joined_parts, kind_names, padded_words, plain_words,
                          typed_without_diacritics)
from vectorstore.issuers import names_issuer, places_in
from vectorstore.query import closing_asked
from troly.doc_numbers import doc_refs
from vectorstore.search import Filters, Passage, Searcher
from vectorstore.store import DocRecord, StoredChunk

_CUES = toml("question_cues.toml")["issued_by"]
_YES_NO = re.compile(_CUES["yes_no"])
_BY = re.compile(_CUES["by"])
_WHO = re.compile(_CUES["who"])
_BETWEEN = re.compile(_CUES["between"])
_FOLLOWUP = toml("followup_words.toml")
_PARTICLES = frozenset(fold(w) for w in _FOLLOWUP["particle"])
_ITSELF = re.compile(rf"(?:{'|'.join(re.escape(fold(w)) for w in _FOLLOWUP['document_words'])})(?!\w)")
_WHEN = re.compile(_CUES["when"])
_PLACES = re.compile(toml("question_cues.toml")["places"]["asks"])


def one_document(question: str, searcher: Searcher, records: list[DocRecord], filters: Filters | None
                  ) -> DocRecord | None:
    """The one document the question (or --doc) names, or None."""
    scope = searcher.scope_of(question)
    if filters and filters.doc:
        scope = (scope & {filters.doc}) or {filters.doc}
    record = next((r for r in records if r.doc_id in scope), None) if len(scope) == 1 else None
    return record if record is not None and _named_as_itself(question, record) else None


def _kind_named(record: DocRecord) -> re.Pattern[str]:
    """The record's kind as a folded question names it: its name or code ("kế hoạch", "kh"); nothing for a record
    of no kind."""
    names = [name for name, kind in kind_names(codes=True).items() if kind == record.kind]
    return re.compile(rf"(?<!\w){alternation(names)}(?!\w)" if names else r"(?!)")


def _named_as_itself(question: str, record: DocRecord) -> bool:
    """Whether the question names the document itself, not one it implements: by no number, by its own number, or by
    its own kind before what it implements ("Kế hoạch CT 41", "KH KL21"). "Chỉ thị 41", or "Kế hoạch số 239" of a plan
    implementing Kế hoạch 239, names that source, whose issuer, signer and date are another's."""
    refs = doc_refs(question)
    own_kind = {kind for kind, _ in doc_refs(f"{record.kind} 1")}
    own_number = {number for _, number in doc_refs(f"{record.kind} {record.meta.get('number') or ''}")}
    if not refs or any(kind in own_kind and number in own_number for kind, number in refs):
        return True
    return bool(own_kind) and bool(_kind_named(record).search(fold(question).lower())) \
        and any(kind not in own_kind for kind, _ in refs)


def _issued_itself(rest: str, record: DocRecord) -> bool:
    """Whether what follows "cơ quan nào ban hành" is the document itself (its kind, "văn bản …") or a particle:
    "… đơn vị nào ban hành quy chế thi đua?" asks who issues something else, which the document's text says."""
    words = re.findall(r"\w+", rest)
    return all(w in STOP_FOLDED or w in _PARTICLES for w in words) or bool(_ITSELF.match(rest)) \
        or bool(_kind_named(record).match(rest))


def cited(record: DocRecord, chunks: list[StoredChunk], block: str, names: str = "") -> Passage | None:
    """The passage the document's data was read from: its header or signature block, else its first passage naming
    `names` (its issuer, in a plan's opening sentence), else its first passage."""
    own = next((c for c in chunks if c.meta.get("block") == block), None)
    if own is None and names:
        key = plain_words(names)
        own = next((c for c in chunks if key in plain_words(c.text)), None)
    own = own or (chunks[0] if chunks else None)
    return Passage.from_chunk(own, 1.0) if own is not None else None


def issued_by(question: str, searcher: Searcher, records: list[DocRecord],
              doc_chunks: Callable[[str], list[StoredChunk]], filters: Filters | None) -> Answer | None:
    """Who issued document X, asked ("X do cơ quan nào ban hành?") or to confirm ("was X issued (signed) by Y?": yes
    or no), from X's own issuer (signer): None when the question asks no such thing, names no one document, or the
    document's data does not say."""
    folded = fold(question)
    if _YES_NO.search(folded):
        by = _BY.search(fold_same_length(question))
        if by is None or not typed_without_diacritics(question) \
                and question[by.start(2):by.end(2)].lower() not in _CUES["verbs"]:
            return None
        issued, asked = by.group(2) == _CUES["issue_verb"], question[by.start(1):by.end(1)].strip()
        if not asked:
            return None
    elif who := _WHO.search(folded) or _BETWEEN.search(folded):
        issued, asked = True, ""
    else:
        return None
    record = one_document(question, searcher, records, filters)
    if record is None or not asked and not _issued_itself(folded[who.end():].strip().lower(), record):
        return None
    if not asked and who.re is _BETWEEN and not record.meta.get("co_issuers"):  # one issuer: its sentences say
        return None
    known = record.meta.get("issuer" if issued else "signer") or ""
    if known and issued and record.meta.get("co_issuers"):  # bodies issuing it together: all of them
        known = t("answer.joined", first=", ".join([known, *record.meta["co_issuers"]][:-1]),
                  last=record.meta["co_issuers"][-1])
    if not known:
        return None
    passage = cited(record, doc_chunks(record.doc_id), HEADER if issued else SIGNATURE, known)
    if passage is None:
        return None
    if asked:
        # a post asked ("do chủ tịch LĐLĐ tỉnh X ký") is the signer's own post of the body that issued the document
        # (or of the person named after it: "do chủ tịch Đặng Văn Khoa ký")
        post = None if issued else asked_post(asked)
        same = names_issuer(asked, record.meta) if issued else same_person(asked, known) if post is None else \
            signed_as(record.meta.get("signer_role") or "", post[0]) and (
                not post[1] or names_issuer(post[1], record.meta) or same_person(post[1], known))
        key = ("issued" if issued else "signed") + ("_yes" if same else "_no")
    else:
        key = "issued_who"
    return Answer(question, t(f"answer.{key}", title=record.label, who=known, asked=asked), True,
                  [Citation(1, passage, [(0, len(passage.text))])])


def _when(date: str) -> str:
    """"2018-12-03" → "ngày 3/12/2018", "2020-03" → "tháng 3/2020", "2020" → "năm 2020": the date as lists show it."""
    known = date.count("-")  # 0: the year alone, 1: the month too, 2: the day
    return t(("answer.issued_on_year", "answer.issued_on_month", "answer.issued_on_day")[known], date=shown_date(date))


def _written(date: str) -> re.Pattern[str]:
    """How a text writes an ISO date ("2018-12-03": "ngày 03 tháng 12 năm 2018", "3/12/2018"; "2020-03": "tháng 3 năm
    2020"), to cite the passage stating it."""
    parts = [int(p) for p in date.split("-")]
    sep = rf"\s*(?:/|-|\.|{'|'.join(_CUES['date_joins'])})\s*"
    return re.compile(sep.join(rf"0?{p}" for p in reversed(parts[1:])) + sep + rf"{parts[0]}(?!\d)"
                      if len(parts) > 1 else rf"(?<!\d){parts[0]}(?!\d)")


def issued_on(question: str, searcher: Searcher, records: list[DocRecord], passages: list[Passage],
              doc_chunks: Callable[[str], list[StoredChunk]], filters: Filters | None) -> Answer | None:
    """When the one document a question names was issued, asked ("ký ngày nào?") when no header or signature
    passage of it found states a date: its own date, cited to its header; or, when it has none, that it states none
    (a MISSING answer, which a part of a message says too). None otherwise."""
    own = joined_parts(question)  # a part going on from another ("ký ngày nào? (tiếp theo câu hỏi: … ai ký)")
    asked = own[0] if own else question
    if not _WHEN.search(fold(asked)) or closing_asked(asked) - {HEADER}:
        return None  # "ai ký, ký ngày nào?" whole: the signer first, the date as its part
    record = one_document(question, searcher, records, filters)
    if record is None or any(p.doc_id == record.doc_id and p.block in (HEADER, SIGNATURE)
                             and states_any((DATE,), p.text) for p in passages):
        return None
    date = record.meta.get("date") or ""
    if not date:
        return Answer(question, t("answer.no_date", title=record.label), False, mode=MISSING)
    chunks = doc_chunks(record.doc_id)
    written = _written(date)
    # a whole day is the document's own wherever written; a month or a year only in its header or signature (a
    # body sentence's "trong tháng 3 năm 2020" is a deadline)
    dated = next((c for c in sorted(chunks, key=lambda c: c.meta.get("block") not in (HEADER, SIGNATURE))
                  if written.search(c.text) and (date.count("-") == 2 or c.meta.get("block") in (HEADER, SIGNATURE))),
                 None)
    passage = Passage.from_chunk(dated, 1.0) if dated is not None else cited(record, chunks, HEADER)
    if passage is None:
        return None
    return Answer(question, t("answer.issued_on", title=record.named, when=_when(date)), True,
                  [Citation(1, passage, [(0, len(passage.text))])])


def places_of(question: str, searcher: Searcher, records: list[DocRecord],
              doc_chunks: Callable[[str], list[StoredChunk]], filters: Filters | None) -> Answer | None:
    """Which provinces the one document a question names concerns ("QĐ 3210 áp dụng ở tỉnh nào?", "công văn thí điểm
    ở những tỉnh nào?"): those its recipients name when they name several (a letter to the provinces piloting a
    scheme: what its body calls "06 địa phương" is named only there), else the province its issuer's name holds (a
    city's decision applies there), quoted from its "Nơi nhận" or header. None when the question asks no such thing,
    names no one document, or neither says (a ministry's letter to every province)."""
    if not _PLACES.search(padded_words(question)):
        return None
    record = one_document(question, searcher, records, filters)
    if record is None:
        return None
    chunks = doc_chunks(record.doc_id)
    named = [r for r in record.meta.get("recipients") or [] if places_in(r)]
    listed = next((c for c in chunks if c.meta.get("block") == RECIPIENTS), None)
    if len(set().union(*map(places_in, named))) > 1 and listed is not None:
        spans = [(at, at + len(r)) for r in named if (at := listed.text.find(r)) >= 0]
        return Answer(question, t("answer.places_sent", title=record.label, places="; ".join(named)), True,
                      [Citation(1, Passage.from_chunk(listed, 1.0), spans)])
    issuer = str(record.meta.get("issuer") or "")
    header = next((c for c in chunks if c.meta.get("block") == HEADER), None)
    if not places_in(issuer) or header is None:
        return None
    return Answer(question, t("answer.places_issuer", title=record.label, issuer=issuer), True,
                  [Citation(1, Passage.from_chunk(header, 1.0), [(0, len(header.text))])])


def opening(chunks: list[StoredChunk]) -> Iterator[tuple[Passage, int, str]]:
    """The sentences of a document's opening, before its first heading or numbered item (its header, title and
    closing passages aside), each with its passage and where it starts there: what the text says of itself first
    (its grounds, the meeting it concludes)."""
    for chunk in sorted(chunks, key=lambda c: c.meta.get("position", 0)):
        if chunk.meta.get("block") in (HEADER, SIGNATURE, RECIPIENTS, TITLE):
            continue
        passage = Passage.from_chunk(chunk, 1.0)
        if passage.section or heading_match(passage.text.lstrip("*# ")):
            return  # the body has begun
        for start, sentence in spans(passage.text):
            yield passage, start, sentence


def grounds(chunks: list[StoredChunk]) -> list[tuple[Passage, int, str]]:
    """The sentences of a document's opening that open with a word of basis or of carrying out ("Căn cứ …", "Thực
    hiện Kế hoạch số 45/KH-LĐLĐ … của LĐLĐ tỉnh …") and name another text: each with its passage and where it starts
    there."""
    return [(passage, start, sentence) for passage, start, sentence in opening(chunks)
            if names_basis(sentence)]


def grounds_of(question: str, searcher: Searcher, records: list[DocRecord],
               doc_chunks: Callable[[str], list[StoredChunk]], filters: Filters | None) -> Answer | None:
    """What the one document a question names rests on ("Công văn 126 căn cứ vào văn bản nào?"): the sentences of
    its opening, before its first heading or numbered item, that open with a word of basis or of carrying out ("Căn
    cứ …", "Thực hiện Kế hoạch số 45/KH-LĐLĐ …") and name another text, each quoted and cited. None when the
    question asks no such thing, names no one document, or its opening names none."""
    if not asks_grounds(question):
        return None
    record = one_document(question, searcher, records, filters)
    if record is None:
        return None
    said = grounds(doc_chunks(record.doc_id))
    if not said:
        return None
    lines = [t("answer.grounds", title=record.label)]
    lines += [f"{sentence.strip()} [{n}]" for n, (_, _, sentence) in enumerate(said, 1)]
    return Answer(question, "\n".join(lines), True,
                  [Citation(n, p, [(start, start + len(sentence))]) for n, (p, start, sentence) in enumerate(said, 1)])
