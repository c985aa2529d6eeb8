"""Questions about the loaded documents themselves that their texts cannot answer, said plainly instead of
quoting passages that merely share a word: a document named by a number no loaded document has ("KH 76 nói
gì?"), and who signed documents that name no signer ("kế hoạch KL 51 do ai ký?" when it has no signature); and
what a named document is about: a loaded one named by its own number ("Công văn 87 về việc gì?") by its title,
a letter's "V/v" line included; another ("KL 51 về cái gì?") by the sentence naming it, after "về …"; and which
documents are loaded ("có những văn bản nào?"), the list /vanban shows."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from bot.answer.composer import spans
from bot.answer.list_items import in_order, shown_items
from bot.answer.model import SIGNERS, Answer, Citation, list_lead, quote
from bot.answer.question import classify
from bot.answer.signatures import names_signer, signed_as, signed_for, signer_said, signs_for
from ingest.chunker import HEADER, SIGNATURE, TITLE
from ingest.leads import ASK_WORDS
from ingest.model import SECTION_SEP
from ingest.naming import KIND_CODES
from ingest.parent import attached_to, is_appendix
from ingest.place import named_place
from troly.tables import toml
from troly.texts import alternation, t
from troly.vntext import (STOP_FOLDED, fold, fold_same_length, is_stopword, joined_parts, kind_names, padded_words,
                          plain_words, typed_without_diacritics)
from troly.weights import DEFAULT, Weights
from vectorstore.query import closing_asked, closing_spans
from troly.doc_numbers import doc_refs, full_numbers
from vectorstore.search import Filters, Passage, Searcher
from vectorstore.store import DocRecord, StoredChunk

CLOSEST = 3  # documents named as closest to a number no document has (display only: how long the answer's list is)
_ABOUT = toml("question_cues.toml")["about"]
_ASKS_ABOUT = re.compile(_ABOUT["asks"])
_ASKS_WHAT = re.compile(_ABOUT["what"])
_ASKS_REQUESTS = re.compile(_ABOUT["requests"])
_ROLES = toml("header_words.toml")["roles"]
# A role a signature block is signed in ("chủ tịch", "phó chủ tịch", "thủ tướng"; header_words.toml [roles]), folded
_SIGNING_ROLE = re.compile(r"(?<!\w)(?:(?:" + "|".join(fold(d) for d in _ROLES["signing_deputy"]) + r") )?(?:"
                           + "|".join(fold(r) for r in _ROLES["signing"]) + r")(?!\w)")
# "ai ký thay giám đốc sở": the mark signed for a post (question_cues.toml [signed_for]) asked right before its role
_SIGNED_FOR = toml("question_cues.toml")["signed_for"]
_FOR_ASKED = re.compile(r"(?<!\w)(?:" + "|".join(rf"(?P<{mark}>{'|'.join(cue['asked'])})" for mark, cue in
                                                  _SIGNED_FOR.items()) + r")\s+$")
_WHICH = re.compile(toml("question_cues.toml")["which_documents"]["asks"].replace("KINDS", alternation(kind_names())))
_DATE_WORDS = toml("date_words.toml")  # "năm", "tháng", folded as the question is read
_IN_MONTH, _IN_YEAR = (re.escape(plain_words(_DATE_WORDS[k])) for k in ("month", "year"))
_YEAR = re.compile(rf" (?:{_IN_YEAR}|{_IN_MONTH} (?:1[0-2]|0?[1-9])(?: {_IN_YEAR})?) ((?:19|20)\d\d) ")
_MONTH = re.compile(rf" {_IN_MONTH} (1[0-2]|0?[1-9])(?: {_IN_YEAR})? (?:19|20)\d\d ")
ABOUT_LISTED = 5  # documents named as being about a subject (display only; the rest counted)


def documents_text(records: list, kind: str = "", year: int | None = None, month: int | None = None) -> str:
    """The loaded documents, one line each (/vanban, and a question asking which there are); `kind`: only those of
    that kind ("Kế hoạch": a question asking how many plans are loaded is not answered with the directives too);
    `year`: only those issued that year ("năm 2026 có những văn bản nào"); `month`: and in that month of it."""
    if not records:
        return t("bot.docs_empty")
    if not kind and not year:
        lines = [t("bot.docs_header", count=len(records))]
    else:
        total = len(records)
        records = [r for r in records if (not kind or fold(r.kind) == fold(kind)) and (not year or r.year == year)
                   and (not month or _month(r) == month)]
        any_kind = (kind or t("bot.docs_any_kind")).lower()
        what = t("bot.docs_of_month", kind=any_kind, month=month, year=year) if year and month else \
            t("bot.docs_of_year", kind=any_kind, year=year) if year else kind.lower()
        if not records:
            return t("bot.docs_kind_none", kind=what, total=total)
        lines = [t("bot.docs_kind_header", count=len(records), kind=what, total=total)]
    lines += [t("bot.docs_line", id=r.doc_id, title=r.label, chunks=r.chunks,
                issuer=t("bot.docs_issuer", issuer=r.meta["issuer"]) if r.meta.get("issuer") else "",
                headline=t("bot.docs_headline", headline=r.headline) if r.headline else "") for r in records]
    return "\n".join(lines)


def asked_year(question: str) -> int | None:
    """The year a message asking which documents are loaded names ("năm 2026 có những văn bản nào"), or None."""
    m = _YEAR.search(padded_words(question))
    return int(m.group(1)) if m else None


def asked_month(question: str) -> int | None:
    """The month of that year it names ("tháng 11 năm 2026", "tháng 11/2026"), or None."""
    m = _MONTH.search(padded_words(question))
    return int(m.group(1)) if m else None


def _month(record: DocRecord) -> int | None:
    """The month a document was issued in, when its date says ("2026-11-05")."""
    parts = str(record.meta.get("date") or "").split("-")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


def _words_of(text: str, marked: bool) -> list[str]:
    """A text's words as a subject is compared with them: in lower case with their diacritics when the question has
    them ("tiền lương" is no "lực lượng"), else folded."""
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).lower()) if marked else plain_words(text).split()


def _subject_runs(words: list[str]) -> list[str]:
    """The runs of a subject's topic words, split at everyday words ("khám sức khỏe", "đoàn viên" of "khám sức khỏe
    cho đoàn viên"), each padded: a passage saying the subject holds each run whole ("đoàn phí", not "kinh phí …
    đoàn")."""
    runs, run = [], []
    for w in [*words, ""]:
        if w and not is_stopword(w):
            run.append(w)
        elif run:
            runs.append(f" {' '.join(run)} ")
            run = []
    return runs


def header_citation(record: DocRecord, doc_chunks: Callable[[str], list[StoredChunk]], n: int) -> Citation | None:
    """Citation `n` of a document named by its title in a list of documents: its header (else its first passage)."""
    chunks = doc_chunks(record.doc_id)
    header = next((c for c in chunks if c.meta.get("block") == HEADER), chunks[0] if chunks else None)
    return Citation(n, Passage.from_chunk(header, 1.0), [(0, len(header.text))]) if header is not None else None


def documents_about(question: str, records: list[DocRecord], doc_chunks: Callable[[str], list[StoredChunk]],
                    search: Callable[[str], list[Passage]]) -> Answer | None:
    """Which documents are about a subject ("văn bản nào nói về an toàn vệ sinh lao động"): those whose title holds
    its topic words, cited to their header, then those a passage of which, found for the subject alone (the words
    asking for a "văn bản" find passages about documents), says it, with that sentence — the documents asked for, not
    three passages. None when the question asks no such thing or no document fits."""
    plain = plain_words(question)
    m = _WHICH.match(plain)
    if m is None:
        return None
    typed = re.findall(r"\w+", unicodedata.normalize("NFC", question))
    first, last = plain[:m.start("subject")].count(" "), plain[:m.end("subject")].count(" ") + 1
    asked = " ".join(typed[first:last]) if len(typed) == len(plain.split()) else m.group("subject")
    marked = not typed_without_diacritics(question)
    runs = _subject_runs(_words_of(asked, marked))
    if not runs:
        return None
    topic = set(" ".join(runs).split())
    kind = kind_names().get(m.group("kind"), "")  # "văn bản", "tài liệu", "vb": any kind ("")
    kept = {r.doc_id: r for r in records if not kind or r.kind == kind}
    lines, citations = [], []
    titled = [r for r in kept.values() if topic <= set(_words_of(f"{r.title} {r.short_title}", marked))]
    for record in titled:
        citation = header_citation(record, doc_chunks, len(citations) + 1) if len(citations) < ABOUT_LISTED else None
        if citation is not None:
            citations.append(citation)
            lines.append(t("answer.about_titled", title=record.label, subject=record.title, n=len(citations)))
    for p in search(asked):
        if len(citations) >= ABOUT_LISTED or p.doc_id not in kept or p.doc_id in {c.passage.doc_id for c in citations}:
            continue
        said = next(((start, sentence) for start, sentence in spans(p.text)
                     if all(run in f" {' '.join(_words_of(sentence, marked))} " for run in runs)), None)
        if said is not None:
            citations.append(Citation(len(citations) + 1, p, [(said[0], said[0] + len(said[1]))]))
            lines.append(t("answer.about_mentioned", title=kept[p.doc_id].label, quote=said[1].strip(),
                           n=len(citations)))
    if not citations:
        return None
    # asked how many: the count leads, the documents listed after it as for "which"
    count = len(citations) + max(0, len(titled) - ABOUT_LISTED)  # those titled so past the list counted too
    header = t("answer.about_count", count=count, subject=asked) if m.group("count") else \
        t("answer.about_header", subject=asked)
    return Answer(question, "\n".join([header, *lines]), True, citations, mode="documents")


# A kind's code as references fold it → as it is written ("qd" → "QĐ").
_CODES = {fold(code): code for code in KIND_CODES}


def _ref(ref: tuple[str, int]) -> str:
    """("qd", 99) → "QĐ 99", as a user writes it."""
    return f"{_CODES.get(ref[0], ref[0].upper())} {ref[1]}"


def _kind_code(kind: str) -> str | None:
    """The code a kind of document is numbered with ("Kế hoạch" → "kh"), as references name it."""
    return next((code for code, _ in doc_refs(f"{kind} 1")), None)


def _own_ref(record: DocRecord) -> tuple[str, int] | None:
    """How a question names a document by its kind and the digits of its own number ("CV 87" for the letter
    87/SNNPTNT-KH, whose number names no kind)."""
    m = re.match(r"\s*0*(\d{1,4})(?!\d)", record.meta.get("number") or "")
    code = _kind_code(record.kind) if m else None
    return (code, int(m.group(1))) if code and m else None


@dataclass(frozen=True)
class Missing:
    """What to say of a number no loaded document has; `certain` unless a loaded document of that kind has a
    number nobody could read (it may be the one asked for: then said only when nothing answers the question)."""
    text: str
    certain: bool


def _appendix_of(record: DocRecord, code: str, doc_chunks: Callable[[str], list[StoredChunk]]) -> bool:
    """Whether the record is an appendix whose parent, not loaded, is of that kind and printed with no number ("(Kèm
    theo … Nghị quyết số /NQ-CP …)"): it may be part of the document asked by number, as one of no number read is."""
    if record.meta.get("number") or record.meta.get("part_of") or not is_appendix(record):
        return False
    chunks = doc_chunks(record.doc_id)[:1]
    line = fold(attached_to(chunks[0].text)) if chunks else ""
    return any(_kind_code(kind) == code and re.search(rf"(?<!\w){re.escape(fold(kind))}\s+so\s*/", line)
               for kind in set(kind_names().values()))


def unknown_number(question: str, searcher: Searcher, records: list[DocRecord], passages: list[Passage],
                   doc_chunks: Callable[[str], list[StoredChunk]]) -> Missing | None:
    """The question names documents only by numbers that no loaded document has or implements and that no
    passage found mentions: say so, naming a document of another kind with that number first, then the documents of
    that kind numbered closest, then those whose number is unknown (named only when none is numbered, or as an
    appendix of such a document; else counted once, as when there is no room to name them), then those naming the
    closest numbers."""
    refs = doc_refs(question)
    analyzer = searcher.analyzer
    known = {**analyzer.doc_refs, **analyzer.numbered}
    if not refs or any(r in known for r in refs):
        return None
    # a number the documents cite, or the part of a file a passage stands in is named by ("QĐ 01/2026/QĐ-CĐCS ›
    # Nơi nhận", a decision inside a dossier): the passages answer it
    if any(refs & (doc_refs(p.text) | doc_refs(p.section)) for p in passages):
        return None
    asked = min(refs)
    labels = {r.doc_id: r.label for r in records}
    unnumbered = [r for r in records if not r.meta.get("number") and _kind_code(r.kind) == asked[0]
                  and not any(r.doc_id in docs for ref, docs in analyzer.numbered.items())
                  or _appendix_of(r, asked[0], doc_chunks)]
    # those numbered closest themselves first (their label shows it), then those whose number is unknown (any may be
    # the one asked: counted when there is no room to name them), then those naming another text so numbered
    near = sorted((doc not in analyzer.numbered.get(ref, ()), abs(ref[1] - asked[1]), ref, doc)
                  for ref in known if ref[0] == asked[0] for doc in known[ref] if doc in labels)
    # a document of another kind with that very number first ("Quyết định 09" when Tờ trình 09 is loaded: the one
    # the user may mean, named by its label, never answered as a decision — kind_corrected)
    same = {doc: labels[doc] for ref, docs in sorted(analyzer.numbered.items())
            if ref[1] == asked[1] and ref[0] != asked[0] for doc in sorted(docs) if doc in labels}
    close = same | {doc: labels[doc] for named, _, _, doc in near if not named}
    close = dict(list(close.items())[:CLOSEST])
    # named only when none numbered is closer, or as an appendix of a document of that kind printed with no number
    # (what is known of it); else counted once
    room = max(CLOSEST - len(close), 0)
    shown = [r for r in unnumbered if not close or _appendix_of(r, asked[0], doc_chunks)][:room]
    close.update({r.doc_id: t("answer.document_unnumbered", title=r.label) for r in shown})
    for named, _, ref, doc in near:
        if named and doc not in close and len(close) < CLOSEST:
            close[doc] = t("answer.document_named", ref=_ref(ref), title=labels[doc])
    # counted: those not already named above (shown unnumbered, or as naming another text so numbered)
    others = [r for r in unnumbered if r.doc_id not in close]
    if others:
        kind = next((r.kind for r in others if r.kind), t("bot.docs_any_kind"))
        close[""] = t("answer.documents_unnumbered", count=len(others), kind=kind.lower())
    text = (t("answer.no_such_number_close", ref=_ref(asked), close="; ".join(close.values())) if close
            else t("answer.no_such_number", ref=_ref(asked)))
    return Missing(text, certain=not unnumbered)


def no_signer(question: str, searcher: Searcher, records: list[DocRecord], passages: list[Passage],
              filters: Filters | None) -> str | None:
    """Who signed, asked of documents (those the question or --doc names; else every loaded one) none of which
    names a signer, and no signature passage found: say that they name none. A part of a message joined to the part
    asking who signed ("gửi những nơi nào? (tiếp theo câu hỏi: KH 51 ai ký)") asks what its own words ask: the
    recipients, which the document may well list."""
    plan = searcher.plan(question)
    own = joined_parts(question)  # its own words asking a kind of fact ask that (as classify reads them)
    asked = closing_asked(own[0]) if own and (classify(own[0]).kinds or closing_asked(own[0])) else plan.closing
    if SIGNATURE not in asked:
        return None
    scope = searcher.scope_of(question, plan)
    if filters and filters.doc:
        scope = (scope & {filters.doc}) or {filters.doc}
    # Another document's signature found ("ai ky kh kl 51" typed without accents) answers nothing asked here.
    if any(p.block == SIGNATURE and (not scope or p.doc_id in scope) for p in passages):
        return None
    asked = [r for r in records if r.doc_id in scope] if scope else records
    if not asked or any(r.meta.get("signer") for r in asked):
        return None
    if scope:
        return t("answer.no_signer", titles="; ".join(f"«{r.label}»" for r in asked))
    return t("answer.no_signer_any")


def signers(question: str, searcher: Searcher, records: list[DocRecord],
            doc_chunks: Callable[[str], list[StoredChunk]], filters: Filters | None) -> Answer | None:
    """"ai ký?" naming no document, with several loaded (and no earlier answer to follow, service.ask): each
    document's signature, verbatim and cited, one line each — not the one signature search ranks first, quoted
    as if it were the answer; named by words of a title several documents' titles hold alike, only those. Documents
    without one are counted; the last line says how to ask of one. Asked what
    someone signed, by a role ("phó chủ tịch ký văn bản nào") or by name ("Trần Văn Hùng ký những văn bản nào"):
    only the documents signed so."""
    plan = searcher.plan(question)
    if filters is not None:  # a year or a kind narrows the list (--doc names one document: asked of it)
        records = [r for r in records if not filters.doc and (not filters.kind or r.kind == filters.kind)
                   and (not filters.year or r.year == filters.year)]
    if SIGNATURE not in plan.closing or len(records) < 2 \
            or searcher.scope_of(question, plan) or doc_refs(question):  # named by a number, even one none has
        return None
    role, named, mark, (start, end) = _signer_named(question)
    # "ai ký văn bản về hội thao" of two documents so titled: those two, said to be the closest — not every one; the
    # post asked ("… ký thay chủ tịch") names whom it was signed by, no title
    near = searcher.worded_near(f"{question[:start]} {question[end:]}")
    records = [r for r in records if r.doc_id in near] if len(near) > 1 else records
    people = set() if role else {r.meta["signer"] for r in records
                                 if r.meta.get("signer") and names_signer(question, r.meta["signer"])}
    signed = [(record, [c for c in doc_chunks(record.doc_id) if c.meta.get("block") == SIGNATURE])
              for record in records]
    # only the documents signed in that role or by that person; none ("chủ tịch nước …"): said so, then who signed each
    if role:
        chosen = [(record, [c for c in chunks if _signed_as(role, named, c.text, record, mark)])
                  for record, chunks in signed]
    else:
        chosen = [(record, chunks if record.meta.get("signer") in people else []) for record, chunks in signed] \
            if people else signed
    none = bool(role) and not any(chunks for _, chunks in chosen)
    lines, citations = [], []
    for record, chunks in signed if none else chosen:
        for chunk in chunks:
            passage = Passage.from_chunk(chunk, 1.0)
            part = passage.section.split(SECTION_SEP)[0] if SECTION_SEP in passage.section else record.short_title
            citations.append(Citation(len(citations) + 1, passage, [(0, len(passage.text))]))
            said = signer_said(record.meta.get("signing") or {}, passage.text)  # in what capacity, in words
            lines.append(t("answer.signer_line", title=part, signature=said or " ".join(passage.text.split()),
                           n=len(citations)))
    if not citations:
        return None
    unsigned = sum(not chunks for _, chunks in signed)
    if unsigned and (none or not role and not people):
        lines.append(t("answer.signers_unsigned", count=unsigned))
    how = signed_for(mark, named) if mark else ""
    opening = [t("answer.signers_for_none", how=how) if mark else t("answer.signers_none", who=named)] if none else []
    header = t("answer.signers_for", how=how) if mark and not none \
        else t("answer.signers_by", who=named or "; ".join(sorted(people))) if (role or people) and not none \
        else t("answer.signers_near") if len(near) > 1 else t("answer.signers_header")
    return Answer(question, "\n".join([*opening, header, *lines, t("answer.signers_hint")]),
                  not none, citations, mode=SIGNERS)


def _signer_named(question: str) -> tuple[str, str, str, tuple[int, int]]:
    """The role a question asking what someone signed names that someone by, folded, its words as typed from that
    role up to the words asking ("chủ tịch nước ký văn bản nào": "chu tich", "chủ tịch nước"), the mark asked
    signed for it, folded ("ai ký thay giám đốc sở": "kt"; "" when signed in it), and where in the question the mark
    and role are asked; ("", "", "", (0, 0)) when it names none ("ai ký?", "các văn bản do ai ký")."""
    folded = fold_same_length(question)
    cues = closing_spans(question)
    for m in _SIGNING_ROLE.finditer(folded):
        if any(a <= m.start() < b for a, b in cues):
            continue
        mark = _FOR_ASKED.search(folded, 0, m.start())
        end = min((a for a, _ in cues if a >= m.end()), default=len(question))
        words = re.split(r"[,;.?!]", question[m.start():end])[0].split()
        while words and is_stopword(words[-1].lower()):  # "thủ tướng đã ký …"
            words.pop()
        return m.group(0), " ".join(words), (mark.lastgroup or "") if mark else "", \
            (mark.start() if mark else m.start(), m.start() + len(" ".join(words)))
    return "", "", "", (0, 0)


def _signed_as(role: str, named: str, signature: str, record: DocRecord, mark: str = "") -> bool:
    """The signature is signed in that role, as the signer's own post (a deputy's "PHÓ CHỦ TỊCH" is not the
    chairman's) — or, asked signed for it (`mark`: "kt"), with that mark for that role ("KT. CHỦ TỊCH", not "TL. CHỦ
    TỊCH / KT. CHÁNH VĂN PHÒNG"): read from the signer's capacity in the document's metadata (ingest/signing.py) when
    it is that signer's block, else from the block as printed (several signing side by side); and the words named
    after the role ("nước", "công đoàn") stand in it or in its document's issuer (the body the signer heads)."""
    signed = " ".join(fold(signature).split())
    signing = record.meta.get("signing") or {}
    whom = " ".join(act["whom"] for act in signing.get("acts", []))
    around = f"{signed} {fold(record.meta.get('issuer') or '')} {fold(whom)}"
    rest = [fold(word) for word in named.split()[len(role.split()):] if not is_stopword(word.lower())]
    if signer_said(signing, signature):
        held = signs_for(signing, role, mark) if mark else signed_as(signing.get("post", ""), role)
    else:
        held = bool(re.search(rf"(?<!\w){mark}\.?\s+{role}(?!\w)", signed)) if mark else signed_as(signature, role)
    return held and all(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", around) for word in rest)


def _names_subject(sentence: str, refs: set[tuple[str, int]]) -> bool:
    """Whether the sentence names one of `refs` and then, before any other document, says what it is about
    ("Kết luận số 51-KL/TW ngày 30/5/2019 của Ban Bí thư về Tiếp tục …")."""
    lower = sentence.lower()
    for _, number in refs:
        for m in re.finditer(rf"(?<!\d)0*{number}(?!\d)", sentence):
            if not doc_refs(sentence[max(0, m.start() - 25):m.end() + 12]) & refs:
                continue  # the number of something else ("51 đoàn viên")
            joins = lower.find(_ABOUT["joins"], m.end())
            if 0 <= joins - m.end() <= DEFAULT.about_reach and not doc_refs(sentence[m.end():joins]) - refs:
                return True
    return False


def _named_record(question: str, searcher: Searcher, records: list[DocRecord]) -> DocRecord | None:
    """The one loaded document the question names by its own number, when it has a title of its own (not only its
    file's name); else None."""
    refs, analyzer = doc_refs(question), searcher.analyzer
    named = set().union(*(analyzer.numbered.get(r, set()) for r in refs),
                        *(analyzer.by_number.get(n, set()) for n in full_numbers(question)))
    named |= {r.doc_id for r in records if _own_ref(r) in refs}  # "CV 87": a letter's kind, its number's digits
    record = next((r for r in records if r.doc_id in named), None) if len(named) == 1 else None
    if record is None or record.title == record.source.rsplit(".", 1)[0] or record.title == record.kind:
        return None
    return record


def _only_title_words(folded: str, record: DocRecord) -> bool:
    """"nghị quyết 494 giám sát cái gì": every word of the question but those naming the document (its kind, its
    number) and the words asking what is a word of its title or of its issuer's name — it asks what the title says.
    At least one such word: "nghị quyết 494 gì" asks nothing of it."""
    named = fold(f"{record.title} {record.meta.get('issuer', '')}").split()
    asked = _ASKS_WHAT.sub(" ", folded).split()
    rest = [w for n, w in enumerate(asked) if not w.isdigit() and w not in STOP_FOLDED and not _names_kind(asked, n)]
    return bool(rest) and all(w in named for w in rest)


def _names_kind(words: list[str], at: int) -> bool:
    """Whether the word at `at` is of the kind's name a number follows ("cong van" of "cong van 21"): it names the
    document, not what is asked of it ("hướng dẫn" is a kind too, and the verb of "… hướng dẫn gì")."""
    kinds = kind_names(codes=True)
    return any(" ".join(words[start:end]) in kinds and end < len(words) and words[end].isdigit()
               for start in range(max(0, at - 2), at + 1) for end in range(at + 1, min(len(words), start + 3) + 1))


def _own_title(question: str, searcher: Searcher, records: list[DocRecord],
               doc_chunks: Callable[[str], list[StoredChunk]], record: DocRecord | None = None) -> Answer | None:
    """What a loaded document the question names by its own number is about: its title, whose subject line
    ("V/v …" of a letter, "Về việc …" of a decision) the text prints above its first sentence, cited to those
    printed lines (the title passage), else to the header that carries that number (else to its first passage).
    None when no single document is named so, or when it has no title of its own (only its file's name)."""
    record = record or _named_record(question, searcher, records)
    if record is None:
        return None
    chunks = doc_chunks(record.doc_id)
    if not chunks:
        return None
    printed = next((c for c in chunks if c.meta.get("block") == TITLE), None)
    if printed is not None:
        return Answer(question, t("answer.about_document", title=record.title), True,
                      [Citation(1, Passage.from_chunk(printed, 1.0), [(0, len(printed.text))])])
    header = next((c for c in chunks if c.meta.get("block") == HEADER), chunks[0])
    passage = Passage.from_chunk(header, 1.0)
    number = record.meta.get("number", "")
    spans, start = [], 0
    for line in passage.text.split("\n"):  # the header's line with the number
        if number and number in line:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return Answer(question, t("answer.about_document", title=record.title), True, [Citation(1, passage, spans[:1])])


def subject(question: str, passages: list[Passage], searcher: Searcher, records: list[DocRecord],
            doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer | None:
    """What a document the question names is about ("KL 51 về cái gì", "nội dung chính của công văn 2345 là
    gì"): a loaded document named by its own number, by its title; else the sentence naming it followed by
    "về …", quoted from the earliest such passage of the first document found that has one (the named
    document's own opening or title before a passage citing it)."""
    folded = padded_words(question)
    if not _ASKS_ABOUT.search(folded):
        # "nghị quyết 494 giám sát cái gì": asked what, in its title's words only, of one document named by number
        record = _named_record(question, searcher, records) if _ASKS_WHAT.search(folded) else None
        if record is None or named_place(question) or not _only_title_words(folded, record):
            return None
        return _own_title(question, searcher, records, doc_chunks, record)
    own = None if named_place(question) else _own_title(question, searcher, records, doc_chunks)
    if own is not None:  # (an article it names, "Điều 3 của QĐ 45 nói gì", is answered from that article)
        return own
    refs = doc_refs(question)
    if not refs:
        return None
    found = [(p, start, sentence) for p in passages for start, sentence in spans(p.text)
             if _names_subject(sentence, refs)]
    if not found:
        return None
    first = min(found, key=lambda f: not f[0].named)[0].doc_id
    p, start, sentence = min((f for f in found if f[0].doc_id == first), key=lambda f: (f[0].position, f[1]))
    return Answer(question, f"{sentence.strip()} [1]", True, [Citation(1, p, [(start, start + len(sentence))])])


def requests(question: str, searcher: Searcher, records: list[DocRecord],
             doc_chunks: Callable[[str], list[StoredChunk]], weights: Weights = DEFAULT) -> Answer | None:
    """What a document the question names by its own number asks done ("công văn 2150 yêu cầu gì"): the items of its
    first list whose lead-in asks them done ("… đề nghị các đơn vị thực hiện một số nội dung sau:"), quoted in order
    after that lead-in, each cited. A letter's whole body is often that list, and no line of it says "yêu cầu": the
    passages found by the question's words are its lead-in or its addressees, not what it asks. None when the question
    does not ask so, names no single document, or the document has no such list."""
    folded = padded_words(question)
    if not _ASKS_REQUESTS.search(folded):
        return None
    record = _named_record(question, searcher, records)
    if record is None:
        return None
    led = [p for p in (Passage.from_chunk(c, 1.0) for c in doc_chunks(record.doc_id))
           if list_lead(p).rstrip().endswith(":") and ASK_WORDS.search(list_lead(p))]
    if not led:
        return None
    lead = list_lead(led[0])
    items = [p for p in led if list_lead(p) == lead]
    text, citations = in_order([quote(lead)], items, shown_items(items, weights))
    return Answer(question, text, True, citations)
