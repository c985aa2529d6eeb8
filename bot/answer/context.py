"""What the composer needs besides the question: candidate passages (search results plus the
passages of matching extracted obligations) and corpus word statistics.

Kept apart from the composer so compose() stays a pure function; rebuilt when the store changes.
"""
from __future__ import annotations

import hashlib
import json
import threading
import zlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.answer import saved_statistics
from bot.answer.model import ObligationHint, list_lead, row_cells
from bot.answer.lexicon import Lexicon
from bot.answer.obligations import ObligationIndex
from bot.answer.saved_statistics import Statistics
from bot.answer.cases import sets_condition
from bot.answer.composer import field_spans
from bot.answer.question import BENEFICIARY, DEADLINE, QuestionKind, classify, field_answers_any, planned, states
from bot.answer.list_items import ListAsk, list_asked
from bot.answer.sections import articles_under, topic_heading
from bot.answer.table_cells import key_named, same_table
from ingest.place import article_path, named_place, place_of, stands_at
from troly.vntext import STOP_FOLDED, Abbreviations, fold, words
from vectorstore.search import Filters, Passage
from vectorstore.store import DocRecord, Store, StoredChunk

if TYPE_CHECKING:
    from bot.answer.service import Assistant

SAVED_STATISTICS = Path("statistics") / "words.pickle"  # in the data folder (saved_statistics)


def _word_pairs(text: str) -> set[tuple[str, str]]:
    """The pairs of neighbouring words of a text, folded, that are no filler: a word of two syllables names a thing."""
    folded = [w for w in words(fold(text)) if w not in STOP_FOLDED]
    return set(zip(folded, folded[1:]))


class AnswerContext:
    def __init__(self, assistant: "Assistant") -> None:
        self.assistant = assistant
        self._key: str | None = None
        self._lexicon: Lexicon | None = None
        self._obligations: ObligationIndex | None = None
        self._lock = threading.Lock()  # bots ask from several threads: one rebuild, not one per thread
        self._chunks: dict[str, dict[int, StoredChunk]] = {}  # doc id -> its live chunks by position,
        # until the store changes

    def _refresh(self) -> None:
        with self._lock:
            self._rebuild_if_changed()

    def _rebuild_if_changed(self) -> None:
        store = self.assistant.store
        key = store.fingerprint()
        if key == self._key and self._lexicon is not None:
            return
        self._lexicon, self._obligations = _built(store, self.assistant.settings.data_dir / SAVED_STATISTICS)
        self._chunks = {}
        self._key = key

    @property
    def lexicon(self) -> Lexicon:
        self._refresh()
        assert self._lexicon is not None
        return self._lexicon

    @property
    def obligations(self) -> ObligationIndex:
        self._refresh()
        assert self._obligations is not None
        return self._obligations

    def gather(self, question: str, filters: Filters | None = None, meaning: str | None = None
               ) -> tuple[list[Passage], list[ObligationHint], Lexicon]:
        """`meaning`: the text the dense side searches with (Searcher.search), when not the question."""
        # in fused order: a passage's neighbours under its heading (a lead-in and its items) are read together
        passages = self.assistant.search(question, k=int(self.assistant.weights.answer_pool), filters=filters,
                                         spread=False, meaning=meaning, read=True)  # read by ask() already
        kind = classify(question)
        ask = list_asked(question, kind)
        passages = (passages + self._rest_of_article(question, kind, passages) + self._rest_of_list(ask, passages)
                    + self._rest_of_section(ask, passages))
        passages += self._fields_of(question, kind, passages)
        passages += self._due_of(question, kind, passages)
        passages += self._whom_of(kind, passages)
        passages += self._rows_keyed(question, passages)
        hints: list[ObligationHint] = []
        # The period a listed target falls under ("Đến năm 2025:" in a line of its own).
        for p in passages:
            when = self.obligations.period_of(p.doc_id, p.position)
            if when:
                hints.append(ObligationHint(p.doc_id, p.position, "target", 0.0, when))
        if kind.wants_obligations:
            matches = self.obligations.for_question(question, limit=self.assistant.weights.obligation_passages,
                                                    doc=filters.doc if filters else None,
                                                    weights=self.assistant.weights)
            have = {(p.doc_id, p.position) for p in passages}
            missing = [m for m in matches if (m.obligation.doc_id, m.obligation.position) not in have]
            added = self._passages_for(missing)
            # The documents the question names bound these too: another text's duty is not the answer.
            searcher = self.assistant.searcher
            scope = searcher.scope_of(question)
            if filters and filters.doc and scope:
                scope &= {filters.doc}
            for p in added:
                p.off_scope = bool(scope) and p.doc_id not in scope
            passages = passages + added
            hints += [ObligationHint(m.obligation.doc_id, m.obligation.position, m.obligation.kind, m.score,
                                     self.obligations.period_of(m.obligation.doc_id, m.obligation.position))
                      for m in matches]
        return passages, hints, self.lexicon

    def _rest_of_article(self, question: str, kind: QuestionKind, passages: list[Passage]) -> list[Passage]:
        """ "Điều 10 nói gì?": a whole article named and no fact asked is answered with the article in the order
        written, so its passages that search left out ("1.", "2.") are added, from the first document found."""
        named = named_place(question)
        if named is None or named[1] or kind.kinds:
            return []
        best = next((p for p in passages if stands_at(place_of(p.section, p.lead, p.text), named)), None)
        article = article_path(best.section) if best else ""
        if not article:
            return []
        have = {(p.doc_id, p.position) for p in passages}
        return [Passage.from_chunk(chunk, 0.0) for position, chunk in sorted(self._doc_chunks(best.doc_id).items())
                if (best.doc_id, position) not in have and article_path(chunk.meta.get("section", "")) == article]

    def _rest_of_list(self, ask: ListAsk, passages: list[Passage]) -> list[Passage]:
        """ "… có nhiệm vụ gì?": a list of the duties or reports asked an item found belongs to is answered whole
        (list_items.whole_list), so the items of those lists that search left out are added, in the order written."""
        if not ask.kinds:
            return []
        have = {(p.doc_id, p.position) for p in passages}
        lists = dict.fromkeys((p.doc_id, p.section, list_lead(p)) for p in passages if list_lead(p))
        out: list[Passage] = []
        for doc_id, section, lead in lists:  # a chunk of another heading or lead-in is no item: no Passage made
            out += [p for p in (Passage.from_chunk(chunk, 0.0) for position, chunk in
                                sorted(self._doc_chunks(doc_id).items()) if (doc_id, position) not in have
                                and chunk.meta.get("section", "") == section and chunk.meta.get("lead", "") == lead)
                    if list_lead(p) == lead]
        return out

    def _rest_of_section(self, ask: ListAsk, passages: list[Passage]) -> list[Passage]:
        """ "Liệt kê toàn bộ quyền của công đoàn": a chapter or section whose heading names what is asked for all of
        is answered with its articles' titles (list_items.whole_list), so the first passage of each of its articles
        that search left out is added."""
        found = topic_heading(list(ask.topic), (p for p in passages if not p.off_scope))
        if found is None:
            return []
        doc_id, path = found
        have = {article for article, _ in articles_under(passages, doc_id, path)}
        rest = (Passage.from_chunk(chunk, 0.0) for _, chunk in sorted(self._doc_chunks(doc_id).items()))
        return [p for article, p in articles_under(rest, doc_id, path) if article not in have]

    def _fields_of(self, question: str, kind: QuestionKind, passages: list[Passage]) -> list[Passage]:
        """ "hội thao tổ chức ngày nào": the line "Thời gian: từ ngày 05/5 …" of the plan organising the Hội thao names
        no word of the question (its title does), so search ranks below it every deadline line naming the event
        ("… báo cáo kết quả hội thao trước ngày 15/5"): the time of a duty, not of the event. The labelled lines
        giving the kind asked, of the documents found whose title names what the question names (two words side by
        side: planned), are added for the composer to weigh (composer.field_spans)."""
        asked = frozenset(kind.kinds)
        if not asked or not field_answers_any(asked):
            return []
        pairs = _word_pairs(question)
        have = {(p.doc_id, p.position) for p in passages}
        docs = dict.fromkeys(p.doc_id for p in passages[:self.assistant.weights.field_documents] if not p.off_scope
                             and pairs & _word_pairs(planned(p.document)))
        return [Passage.from_chunk(chunk, 0.0) for doc_id in docs
                for position, chunk in sorted(self._doc_chunks(doc_id).items())
                if (doc_id, position) not in have and any(field_spans(chunk.text, asked).values())]

    def _due_of(self, question: str, kind: QuestionKind, passages: list[Passage]) -> list[Passage]:
        """ "hạn chót nộp hồ sơ …": the line ending the window the thing asked is handed in ("Bán và tiếp nhận hồ sơ:
        từ … đến 17 giờ 00 phút ngày 01 tháng 7 …") shares a word or two with the question, where the conditions of
        taking part share all of them: search ranks it below them. Of the first documents found none of whose lines
        found states a deadline, the lines stating one that name a thing the question names (two words side by side)
        are added for the composer to weigh (a document whose deadline lines search found already has its answer
        among them: another of its duties' due days is no better one)."""
        if DEADLINE not in kind.kinds:
            return []
        pairs = _word_pairs(question)
        have = {(p.doc_id, p.position) for p in passages}
        due = {p.doc_id for p in passages if states(DEADLINE, p.text)}
        docs = dict.fromkeys(p.doc_id for p in passages[:self.assistant.weights.field_documents]
                             if not p.off_scope and p.doc_id not in due)
        return [Passage.from_chunk(chunk, 0.0) for doc_id in docs
                for position, chunk in sorted(self._doc_chunks(doc_id).items())
                if (doc_id, position) not in have and states(DEADLINE, chunk.text)
                and pairs & _word_pairs(f"{chunk.meta.get('section', '')} {chunk.text}")]

    def _whom_of(self, kind: QuestionKind, passages: list[Passage]) -> list[Passage]:
        """ "Quyết định 45 hỗ trợ cho ai?": the lines saying whom the document named is for ("Điều 1. Đối tượng hỗ
        trợ", "Đối tượng: …"; cases.sets_condition) name no word of the question but the verb, which every line on
        its amounts repeats; they are added for the composer to put first (composer._whom). Only of a document
        the question names: another text's beneficiaries are not the ones asked."""
        if BENEFICIARY not in kind.kinds:
            return []
        have = {(p.doc_id, p.position) for p in passages}
        docs = dict.fromkeys(p.doc_id for p in passages if p.named and not p.off_scope)
        whom = [p for doc_id in docs for p in (Passage.from_chunk(chunk, 0.0) for position, chunk in
                                               sorted(self._doc_chunks(doc_id).items())
                                               if (doc_id, position) not in have)
                if sets_condition(p)]
        for p in whom:
            p.named = True  # of the document named, as the passages found of it are
        return whom

    def _rows_keyed(self, question: str, passages: list[Passage]) -> list[Passage]:
        """ "khu vực phường có bao nhiêu trẻ …": the row keyed "Phường" of a table whose other rows were found (they
        share the question's other words: "Xã khu vực I, II") may rank below what search keeps; the rows of the found
        rows' tables that the question names by their key (table_cells.key_named) are added for the composer to put
        first (composer._key_named_first)."""
        have = {(p.doc_id, p.position) for p in passages}
        found = [p for p in passages if row_cells(p) and not p.off_scope]
        rows = [Passage.from_chunk(chunk, 0.0) for doc_id in dict.fromkeys(p.doc_id for p in found)
                for position, chunk in sorted(self._doc_chunks(doc_id).items()) if (doc_id, position) not in have]
        return [p for p in rows if key_named(question, p) and any(same_table(p, f) for f in found)]

    def _doc_chunks(self, doc_id: str) -> dict[int, StoredChunk]:
        """A document's live chunks by position, read once per document while the store stays as it is."""
        chunks = self._chunks.get(doc_id)
        if chunks is None:
            chunks = self._chunks[doc_id] = {int(c.meta.get("position", -1)): c
                                             for c in self.assistant.store.doc_chunks(doc_id)}
        return chunks

    def _passages_for(self, matches: list) -> list[Passage]:
        out: list[Passage] = []
        by_doc: dict[str, set[int]] = {}
        for m in matches:
            by_doc.setdefault(m.obligation.doc_id, set()).add(m.obligation.position)
        for doc_id, positions in by_doc.items():  # those passages alone (by id): not their whole documents
            out += [Passage.from_chunk(chunk, 0.0) for chunk in self.assistant.store.doc_chunks(doc_id, positions)]
        return out


@dataclass(frozen=True)
class _Built:
    """The latest word statistics and obligations built in this process, with what they were built from (the
    passages counted, zlib-packed JSON: a quarter of their UTF-8 size on the dev2 store), so that a document removed
    or replaced since takes back exactly what it added."""
    stats: Statistics
    obligations: ObligationIndex


_last: _Built | None = None
_last_lock = threading.Lock()


def _counted(chunks: list[StoredChunk], version: str) -> tuple[str, bytes, frozenset[str]]:
    """A document's version (its chunks' own: the store may have moved on since its records were read), its
    passages, packed, and the words in them that may be abbreviations (which a changed glossary may read otherwise)."""
    version = chunks[0].meta.get("version", version) if chunks else version
    return (version, zlib.compress(json.dumps([c.text for c in chunks], ensure_ascii=False).encode()),
            frozenset(w for c in chunks for w in words(c.text) if Abbreviations.may_be(w)))


def _whole(read: dict[str, list[StoredChunk]], records: dict[str, DocRecord]) -> bool:
    """Whether every document read holds as many passages as its record says (one being written by another process
    may not yet, nor one whose chunks an offset-paged read skipped): a saved copy is trusted by later processes."""
    return all(len(chunks) == records[doc_id].chunks for doc_id, chunks in read.items() if doc_id in records)


def _passages(counted: tuple[str, bytes, frozenset[str]] | None) -> list[str]:
    return json.loads(zlib.decompress(counted[1])) if counted else []


def _built(store: Store, saved: Path | None) -> tuple[Lexicon, ObligationIndex]:
    """The word statistics and obligation index of the store's live documents. Another Assistant of
    this process over the same documents (a copy of the store, a reopened one) reuses the latest
    built: it takes a third of a second at 200 passages, and grows with the store (a minute and more at
    100,000). A process that built none yet starts from the copy saved at `saved` by the last process that did
    (saved_statistics). Only the documents added, removed or at another version since are read (their passages
    now) and taken back (those counted for them then), and with a changed glossary (another document defines an
    abbreviation) those holding a word it reads otherwise. What was counted is saved for the next process."""
    global _last
    records = store.records()
    content = hashlib.sha256(json.dumps(sorted(({**asdict(r), "ingested_at": ""} for r in records.values()),
                                               key=lambda r: r["doc_id"]), sort_keys=True,
                                        ensure_ascii=False).encode()).hexdigest()
    versions = {doc_id: r.version for doc_id, r in records.items()}
    with _last_lock:
        if _last is not None and _last.stats.content == content:
            return _last.stats.lexicon, _last.obligations
        base = _last.stats if _last is not None else None
        if saved:  # another process may have counted this content (or, for a process that counted none, other)
            base = saved_statistics.load(saved, content if base else None) or base
        glossary: dict[str, str] = {}
        whole = True
        for r in records.values():
            glossary.update(r.glossary or {})
        if base is not None and base.content == content:
            stats = base
        elif base is not None:
            old = base.counted
            gone = {doc_id for doc_id, (version, *_) in old.items() if versions.get(doc_id) != version}
            if base.lexicon.glossary != glossary:  # and those holding a word the glossary now reads otherwise
                otherwise = base.lexicon.read_otherwise(glossary, {w for c in old.values() for w in c[2]})
                gone |= {doc_id for doc_id, c in old.items() if not otherwise.isdisjoint(c[2])}
            new = {doc_id: store.doc_chunks(doc_id) for doc_id in versions if doc_id in gone or doc_id not in old}
            whole = _whole(new, records)
            counted = {doc_id: c for doc_id, c in old.items() if doc_id not in gone}
            counted.update((doc_id, _counted(chunks, versions[doc_id])) for doc_id, chunks in new.items())
            stats = Statistics(content, counted, base.lexicon.changed(
                (t for doc_id in gone for t in _passages(old[doc_id])),
                (c.text for chunks in new.values() for c in chunks), glossary))
        else:
            by_doc: dict[str, list[StoredChunk]] = {}
            for c in store.iter_chunks():
                by_doc.setdefault(c.meta["doc_id"], []).append(c)
            for doc_id, r in records.items():  # paged past while another process wrote: read it whole, by its ids
                if len(by_doc.get(doc_id, ())) != r.chunks:
                    by_doc[doc_id] = store.doc_chunks(doc_id)
            whole = _whole(by_doc, records)
            lexicon = Lexicon(glossary)
            counted = {}
            for doc_id, chunks in by_doc.items():  # counted right after: their words are still cached
                counted[doc_id] = _counted(chunks, "")
                lexicon.add_documents(c.text for c in chunks)
            stats = Statistics(content, counted, lexicon)
        if saved and stats is not base and whole:  # never a copy other processes would trust with a document short
            saved_statistics.save(saved, stats)
        obligations = ObligationIndex.from_records(records.values(), stats.lexicon)
        _last = _Built(stats, obligations)
        return stats.lexicon, obligations
