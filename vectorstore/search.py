"""Hybrid search over the store: dense (Chroma) and lexical (BM25 over syllables) rankings fused by
score (see Searcher), after the question is normalised (vectorstore/query.py). Returns Passages: what a
citation needs, and LangChain Documents on request."""
from __future__ import annotations

import logging
import re
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from langchain_core.documents import Document

from ingest.addressees import addressed_end
from ingest.chunker import CLOSING_KINDS, RECIPIENTS, is_header_row
from ingest.place import article_words, named_place, place_of, stands_at
from vectorstore.embed_cache import EmbedCache, question_key
from vectorstore.embeddings import TrolyEmbeddings
from troly.vntext import fold, typed_without_diacritics
from vectorstore.issuers import issuer_place_names
from vectorstore.lexical import FOLD, LexicalIndex, article_title, tokenize
from vectorstore.query import QueryAnalyzer, QueryPlan, closing_spans
from vectorstore.rerank import Reranker
from vectorstore.scope import DocumentScope
from vectorstore.store import Store, StoredChunk, is_live
from vectorstore.subject import asks_heading_body, asks_title, named, subjects, topic_run
from troly.weights import DEFAULT, Weights

# "QĐ 22/2013/QĐ-TTg (26/4/2013)": the date a short name ends with.
_ISSUED = re.compile(r"\s*\(\d{1,2}/\d{1,2}/\d{4}\)")


@dataclass
class Passage:
    """One retrieved chunk. Results come in fused order (`fused`); `score` is the passage's cosine
    similarity to the (normalised) question — an absolute figure, comparable across questions,
    that answer code can threshold on; `lexical` is its BM25 score relative to the best hit."""
    chunk_id: str
    doc_id: str
    document: str  # the document title
    source: str
    section: str
    text: str
    score: float
    position: int = 0
    fused: float = 0.0
    lexical: float = 0.0
    short_title: str = ""  # the document's short name, for citations
    lead: str = ""  # the lead-in of the list this passage is an item of ("Đến năm 2030:")
    block: str = "paragraph"  # paragraph | bullet | recipients | signature | data_row … (the chunk's kind)
    off_scope: bool = False  # the question names documents (by number, alias or place) and this is none of them
    named: bool = False  # the question names this passage's document (so the number it names it by is no topic)
    context: str = ""  # its lead-ins, outermost first (a table row's: its header row, then the group rows above it)
    path: str = ""  # its heading path with every heading whole, when `section` shortens one
    issuer: str = ""  # the body that issued its document (the header's): named by a question as its title is
    places: str = ""  # the provinces its document's header names (issuer, place line, upper body): named so too
    signing: dict = field(default_factory=dict)  # its document's signer and their capacity (ingest/signing.py)

    @property
    def whole_section(self) -> str:
        """The heading path as a reader is shown it: every heading whole."""
        return self.path or self.section

    @property
    def short_name(self) -> str:
        """Its document's short name without the date it ends with ("QĐ 22/2013/QĐ-TTg"): a document issued in 2025
        is not about "năm 2025"."""
        return _ISSUED.sub("", self.short_title)

    @property
    def naming(self) -> str:
        """What names its document, one line each: its title, short name, the body that issued it and the provinces
        its header names — a question names the document so ("kế hoạch của LĐLĐ tỉnh Phú Yên"), its lines seldom."""
        return f"{self.document} \n {self.short_name} \n {self.issuer} \n {self.places}"

    @classmethod
    def from_chunk(cls, chunk: StoredChunk, score: float) -> "Passage":
        m = chunk.meta
        return cls(chunk.id, m["doc_id"], m.get("title", ""), m.get("source", ""), m.get("section", ""),
                   chunk.text, score, int(m.get("position", 0)), short_title=m.get("short_title", ""),
                   lead=m.get("lead", ""), block=m.get("block", "paragraph"), context=m.get("context", ""),
                   path=m.get("path", ""))

    def to_json(self) -> dict:
        return {"doc_id": self.doc_id, "document": self.document, "short_title": self.short_title,
                "source": self.source, "section": self.whole_section, "lead": self.lead, "kind": self.block,
                "text": self.text, "score": round(self.score, 4), "lexical": round(self.lexical, 4)}

    def to_document(self) -> Document:
        return Document(page_content=self.text, id=self.chunk_id,
                        metadata={"doc_id": self.doc_id, "document": self.document, "source": self.source,
                                  "section": self.section, "score": self.score, "position": self.position})


@dataclass
class Filters:
    doc: str | None = None
    kind: str | None = None
    year: int | None = None

    def where(self) -> dict | None:
        clauses: list[dict] = []
        if self.doc:
            clauses.append({"doc_id": self.doc})
        if self.kind:
            clauses.append({"doc_kind": self.kind})
        if self.year:
            clauses.append({"year": self.year})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


log = logging.getLogger(__name__)
AskedFact = Callable[[str], Callable[[str], bool] | None]  # question -> does a passage's text state what it asks?
AskedWords = Callable[[str], list[str]]  # question -> words a passage states the kind of fact it asks with
RERANK_POOL = 20  # fused candidates an optional cross-encoder reorders: the default of Settings.rerank_candidates, a
# user's setting of a model the evaluations do not load (Settings.reranker unset); not a fitted number
EXACT_CHUNKS = 500  # a store, or filtered or named documents, with at most this many chunks: compared
# exactly (_dense_among)
STACKS_KEPT = 8  # lists of chunks whose vectors a Searcher keeps stacked (_listed_vectors: at most EXACT_CHUNKS each)
LISTED_CHUNKS = 20_000  # at most this many: searched by id in Chroma (its metadata filter is slower)
KEEP_PAUSE = 60  # seconds no question is written to the vector cache after a write failed (Searcher._keep)
# "Nơi nhận", signature, header, the title's printed lines (ingest/chunker.py): passages only when asked for


def _where_and(where: dict | None, extra: dict) -> dict:
    if not where:
        return extra
    clauses = where["$and"] if "$and" in where else [where]
    return {"$and": [*clauses, extra]}


def _without_closing(question: str) -> str:
    """The question with "|" for the words asking who signed it or when and by whom it was issued ("ai ký", "ban
    hành ngày nào"), as typed otherwise: what is left may name the document by its title words."""
    cut = len(question)
    for start, end in reversed(closing_spans(question)):
        if end <= cut:  # spans may overlap: the later one cut already
            question, cut = f"{question[:start]} | {question[end:]}", start
    return question


def _scaled(values: np.ndarray) -> np.ndarray:
    """Min-max to [0, 1]; all-equal values give 0 (they say nothing about order)."""
    if values.size == 0:
        return values
    lo, hi = float(values.min()), float(values.max())
    return (values - lo) / (hi - lo) if hi > lo else np.zeros_like(values)


def _behind_document_best(values: np.ndarray, docs: list[str]) -> np.ndarray:
    """1 - value / the best value among the same document's candidates (0 for a document's best, and
    for documents where all are 0). Idf counted within one document says which of its passages a
    question picks out, not which document: a document with one or two candidates sees every word
    as rare there, and a scale shared across documents gave its passages a lead over a document whose
    many passages all hold the question's rare words."""
    _, group = np.unique(np.asarray(docs), return_inverse=True)
    best = np.zeros(int(group.max()) + 1 if len(docs) else 0, dtype=values.dtype)
    np.maximum.at(best, group, values)
    top = best[group]
    return np.where(top > 0, 1 - values / np.where(top > 0, top, 1), 0).astype(np.float32)


def _article_rounds(order: np.ndarray, articles: list[tuple[str, str]], cap: int) -> np.ndarray:
    """`order` with at most `cap` passages of one law article (Điều) before every other article's first `cap`:
    an article's clauses, alike in words, otherwise fill the first places and push out the article that answers
    (a law is cited by its articles). `articles`: (document, heading path) per candidate, the path "" for a
    passage in no article (never moved); cap 0 keeps `order`."""
    if cap <= 0:
        return order
    seen: dict[tuple[str, str], int] = {}
    rounds = []
    for i in order:
        key = articles[i]
        n = seen.get(key, 0) if key[1] else 0
        seen[key] = n + 1
        rounds.append(n // cap)
    return order[np.argsort(np.asarray(rounds), kind="stable")]


def _addressed(chunk: StoredChunk) -> bool:
    """A letter's addressees: the passage opening with "Kính gửi: …", or an item under it."""
    return bool(addressed_end(chunk.text) or addressed_end(chunk.meta.get("lead", "") or ""))


def _stacked(vectors) -> tuple[np.ndarray, np.ndarray]:
    """Stored vectors as one matrix, and its rows' norms (at least 1e-12: a zero vector scores 0)."""
    rows = np.asarray(vectors, dtype=np.float32)
    return rows, np.maximum(np.linalg.norm(rows, axis=1), 1e-12)


@lru_cache(maxsize=20_000)
def _plain(text: str, least: int) -> bool:
    """Whether a passage was typed without diacritics, `least` words at least (weights.plain_words;
    typed_without_diacritics; cached: the same passages come back question after question)."""
    return typed_without_diacritics(text, least=least)


def _cosines(stacked: tuple[np.ndarray, np.ndarray], vector: np.ndarray) -> np.ndarray:
    """Cosine of each stored vector (stacked: _stacked) with the question's (a zero vector scores 0)."""
    rows, norms = stacked
    return (rows @ vector) / (norms * (float(np.linalg.norm(vector)) or 1.0))


class Searcher:
    """Dense + lexical retrieval with fusion, filters, document references and optional reranking.
    The lexical index is shared with writers (theirs change it document by document, in any process);
    a search sees every committed change, and the question vocabulary follows the index's generation.

    Fusion is by scores, not ranks: both retrievers score every candidate either found (cosine from
    the stored vector, BM25 from the index), each side is scaled over the candidates and the two
    are mixed. Unlike reciprocal-rank fusion this keeps a decisive lead — a passage that matches
    the question's rare words far better than any other — instead of flattening it to "rank 1"."""

    def __init__(self, store: Store, embeddings: TrolyEmbeddings, index: LexicalIndex | None = None,
                 reranker: Reranker | None = None, rerank_candidates: int = RERANK_POOL,
                 weights: Weights = DEFAULT, asked_fact: AskedFact | None = None,
                 asked_words: AskedWords | None = None, vector_cache: EmbedCache | None = None) -> None:
        """`asked_fact`: given a question, a test of whether a passage states the kind of fact it asks for
        (an amount, a date …), or None when it asks for none (bot/answer/question.py); such passages gain
        weights.asked_kind. `asked_words`: the words a passage states that kind with, when the question may ask it
        in others ("hiệu lực" for "áp dụng từ khi nào"): searched as another name (QueryAnalyzer). `vector_cache`:
        the vectors of questions asked before, by this process or another (TROLY_EMBED_CACHE)."""
        self.store = store
        self.asked_fact = asked_fact
        self.asked_words = asked_words
        self.weights = weights  # fusion weights, scope bonus and pool size (troly/weights.py)
        self.rerank_candidates = rerank_candidates
        self.embeddings = embeddings
        self.index = index if index is not None else LexicalIndex(None, store)
        self.reranker = reranker
        self._generation: int | None = None
        self._records: dict | None = None  # the store's records the analyser was made from
        self._analyzer: QueryAnalyzer | None = None
        self._scope = DocumentScope({})
        self._scopes: dict[str, frozenset[str]] = {}  # scope_of by question, for the analyser made last
        self._lock = threading.Lock()
        self._steady = threading.local()  # depth of steady() in this thread, and whether the index was checked
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()  # recent question vectors
        self._vectors_lock = threading.Lock()
        self.vector_cache = vector_cache
        self._paused_until = 0.0  # monotonic time before which no question is written (after a failed write)
        self._keep_failed = False  # whether a write has failed (logged at warning once)
        self._cache_lock = threading.Lock()  # one SQLite connection, asked from the bots' threads
        self._stacks: dict[tuple, tuple[list[str], tuple[np.ndarray, np.ndarray]]] = {}  # _listed_vectors

    def use(self, weights: Weights) -> None:
        """Search with these weights from now on (bench/fit_weights.py tries values of one): the document scope, read
        with the old ones (name_words, title_share), is read again at the next search."""
        with self._lock:
            self.weights = weights
            self._analyzer = None

    def _vector(self, text: str) -> np.ndarray:
        """The question's vector; the last few are kept, as a chat often asks the same thing twice
        (search then ask, a retried message) and embedding is the slowest step of a search; with a vector cache,
        a question asked before by any process is read from it (the same vector: a question is embedded alone)."""
        with self._vectors_lock:  # questions are searched from several threads at once (the bots)
            vector = self._vectors.get(text)
            if vector is not None:
                self._vectors.move_to_end(text)
                return vector
        vector = self._cached(text)
        if vector is None:
            vector = self.embeddings.embed_question(text)
            self._keep(text, vector)
        with self._vectors_lock:
            self._vectors[text] = vector
            if len(self._vectors) > 256:
                self._vectors.popitem(last=False)
        return vector

    def _cached(self, text: str) -> np.ndarray | None:
        """The question's vector from the vector cache, None when not there (or the cache cannot be read)."""
        if self.vector_cache is None:
            return None
        key = question_key(text)
        try:
            with self._cache_lock:
                return self.vector_cache.get([key]).get(key)
        except sqlite3.Error as exc:  # a question is answered without the cache, never stopped by it
            log.warning("vector cache unreadable (%s): the question is embedded", exc)
            return None

    def _keep(self, text: str, vector: np.ndarray) -> None:
        """The question's vector into the vector cache, for the next process asking it (unless it cannot be written).
        A write that fails (read-only, full, locked by another process past the busy timeout) pauses writing for
        KEEP_PAUSE seconds, not for the life of the process: a bot keeps questions again once the other writer is
        done, and a cache that cannot be written costs one failed write a pause, not every question's wait."""
        if self.vector_cache is None or time.monotonic() < self._paused_until:
            return
        try:
            with self._cache_lock:
                self.vector_cache.put({question_key(text): vector})
        except sqlite3.Error as exc:  # said once at warning; a cache that stays read-only is no news each minute
            log.log(logging.DEBUG if self._keep_failed else logging.WARNING,
                    "vector cache not written (%s): questions are not kept in it for %d s", exc, KEEP_PAUSE)
            self._keep_failed = True
            self._paused_until = time.monotonic() + KEEP_PAUSE

    # ---- the lexical side ----------------------------------------------------------------
    def refresh(self) -> LexicalIndex:
        """The lexical index, and the question analyser for what it holds now. On the first call and whenever the
        store or the index changed, an index out of step with the store is mended (LexicalIndex.mend): documents it
        lacks (a missing or rebuilt file) added, one a writer killed midway left at its old version brought to the
        live one — the dense side lists a small store's passages from the index too (_dense_among)."""
        steady = self._steady
        if getattr(steady, "checked", False) and self._analyzer is not None:
            return self.index
        index = self._refresh()
        steady.checked = getattr(steady, "depth", 0) > 0
        return index

    def _refresh(self) -> LexicalIndex:
        """refresh, the index and the store checked."""
        with self._lock:
            index = self.index
            generation = index.generation()
            known = self.store.records()  # the Store follows other processes' writes itself
            if self._analyzer is not None and generation == self._generation and known is self._records:
                return index
            index.mend(self.store)
            generation, known = index.generation(), self.store.records()  # mending may reopen the store
            records = known.values()
            glossary: dict[str, str] = {}
            for record in records:
                glossary.update(record.glossary)
            # The short name ("QĐ 3210/QĐ-UBND (28/6/2014)") lets "Quyết định 3210" name the document.
            documents = {r.doc_id: " ".join([r.title, r.short_title, r.meta.get("number", "") or "",
                                              *(r.meta.get("implements") or [])]) for r in records}
            # A number without its code (the one a file names a scan by: "11") is its kind's number ("Chỉ thị 11").
            numbers = {r.doc_id: f"{r.kind} {n}" if n.isdigit() else n
                       for r in records if (n := str(r.meta.get("number") or ""))}
            self._analyzer = QueryAnalyzer(index.vocab, glossary, documents, numbers, self.asked_words)
            # a body's province is named by its issuer, or by the body above it ("Sở Xây dựng" under "UBND TỈNH PHÚ
            # YÊN"): a question naming the province names its documents as well
            self._scope = DocumentScope({r.doc_id: " ".join([r.source, str(r.meta.get("issuer") or ""),
                                                             str(r.meta.get("parent") or "")]) for r in records},
                                        {r.doc_id: (r.kind, str(r.meta.get("issuer") or "")) for r in records},
                                        {r.doc_id: r.title for r in records}, self.weights)
            self._scopes = {}
            self._generation, self._records = generation, known
            return index

    @contextmanager
    def steady(self) -> Iterator[None]:
        """Within it (one question answered), the index and the store are checked for other processes' changes once,
        at the first use, not at each of the dozens of reads of the analyser an answer makes: an answer reads one state
        of them throughout, and the next question sees every change committed before it."""
        steady = self._steady
        depth = getattr(steady, "depth", 0)
        steady.depth = depth + 1
        try:
            yield
        finally:
            steady.depth = depth
            if not depth:
                steady.checked = False

    @property
    def analyzer(self) -> QueryAnalyzer:
        self.refresh()
        assert self._analyzer is not None
        return self._analyzer

    def plan(self, question: str) -> QueryPlan:
        return self.analyzer.analyze(question)

    def scope_of(self, question: str, plan: QueryPlan | None = None) -> set[str]:
        """Documents the question names: by number or alias ("QĐ 22", "KH KL21"), else by its title or its kind and
        title words ("kế hoạch hội thao"), asking who signed it or when, by the kind of the one document of that kind
        (DocumentScope.sole_of_kind), by place ("ở Gia Lai": of several, those its kind and title words fit, when
        they fit some: DocumentScope.worded_near); both named, the documents that fit both (or
        either, when none fits both); and any named by kind and issuer ("công văn của Bộ Xây dựng"). Naming no
        document, a body it names by its own name ("công đoàn ngành giao thông vận tải …": DocumentScope.of_body_in)
        stands for that body's documents (of the place named, when one is); naming several alike ("quy chế chi tiêu"),
        that body's among them."""
        own = self.plan(question)
        if plan is not None and plan is not own:
            return self._scope_of(question, plan)
        scopes = self._scopes  # a message and its parts ask it of the same question up to a dozen times
        kept = scopes.get(question)
        if kept is None:
            if len(scopes) >= 256:
                scopes.clear()
            kept = scopes[question] = frozenset(self._scope_of(question, own))
        return set(kept)

    def _scope_of(self, question: str, plan: QueryPlan) -> set[str]:
        """scope_of, read anew."""
        refs = set(plan.doc_ids) | self._scope.titled_in(question) or self._scope.worded_in(
            _without_closing(question), self.weights.title_words, through=bool(plan.closing)) or (
            self._scope.sole_of_kind(_without_closing(question)) if plan.closing else set())
        places = self._scope.named_in(question) | self._typed_places(question)
        if len(places) > 1 and not refs:  # "kế hoạch tiêm vắc xin … của Quảng Bình": of the province's documents, the
            # ones its kind and title words fit, though they fit others' too (a neighbour province's plan on it)
            places = (places & self._scope.worded_near(_without_closing(question), self.weights.title_words,
                                                       through=bool(plan.closing))) or places
        body = self._scope.of_body_in(question)
        if refs & body:  # "quy chế chi tiêu của công đoàn hải quan": of the texts so titled, that body's
            refs &= body
        elif body and not refs:  # "công đoàn ngành xây dựng (tỉnh Phú Yên) …": that body's documents (of that place)
            places = (body & places) or body
        return (refs & places) or refs | places | self._scope.issued_in(question)

    def _typed_places(self, question: str) -> set[str]:
        """The documents of a place below a province the question names in small letters or without marks ("phòng nội
        vụ ninh hòa"), as people type names: one whose words no other document's text holds in a row is that
        place's name, not everyday words ("tinh thần đoàn kết" of a store with a "xã Đoàn Kết")."""
        index, found = self.refresh(), set()
        for name, ids in self._scope.typed_names(question).items():
            words = name.split()
            others = [doc for doc in self._records or {} if doc not in ids]
            if others and not index.holding([f"{FOLD}{a}_{b}" for a, b in zip(words, words[1:])], others):
                found |= ids
        return found

    def sole_of_kind(self, question: str) -> set[str]:
        """The one loaded document of the kind a question names ("tóm tắt kế hoạch" with one plan loaded), else none
        (DocumentScope.sole_of_kind)."""
        self.refresh()
        return self._scope.sole_of_kind(_without_closing(question))

    def worded_in(self, question: str, any_kind: bool = False) -> set[str]:
        """Documents a question names by its kind and words of their title (DocumentScope.worded_in, by the margin
        weights.title_words), the words asking who signed or issued it aside (and all its other words naming it:
        DocumentScope.worded_in's `through`); `any_kind`: a text given as a document's name (`--doc "hội thao"`),
        naming no kind."""
        self.refresh()
        return self._scope.worded_in(_without_closing(question), self.weights.title_words, any_kind,
                                     through=bool(self.plan(question).closing))

    def worded_near(self, question: str) -> set[str]:
        """The documents a question's title words (as worded_in reads them) cannot tell apart, or the one they name."""
        self.refresh()
        return self._scope.worded_near(_without_closing(question), self.weights.title_words,
                                       through=bool(self.plan(question).closing))

    # ---- search --------------------------------------------------------------------------
    def search(self, question: str, k: int = 10, filters: Filters | None = None, spread: bool = True,
               meaning: str | None = None) -> list[Passage]:
        """The k best passages; `spread`: at most weights.article_cap of one law article before the others' first
        (a list of places to read), else in fused order (what an answer is composed from: a lead-in with its items).
        `meaning`: the text whose vector the dense side searches with, when not the question's own (a part of a
        message searched with the whole message's vector: the same words, embedded once)."""
        filters = filters or Filters()
        index = self.refresh()
        if filters.kind:  # "kế hoạch", "ke hoach" -> the kind as stored ("Kế hoạch"), for Chroma's exact match
            known = {fold(r.kind): r.kind for r in self.store.records().values() if r.kind}
            filters = Filters(filters.doc, known.get(fold(filters.kind), filters.kind), filters.year)
        plan = self.analyzer.analyze(question)
        vector = self._vector(self.analyzer.analyze(meaning).dense_text if meaning else plan.dense_text)
        where = filters.where()
        w = self.weights
        pool = max(w.pool, k)
        scope = self.scope_of(question, plan)
        if filters.doc:
            scope &= {filters.doc}
        live = len(index)

        # A store this small is compared here, not searched in Chroma: its query hands the search to threads of
        # its own, which on a busy machine wait for a core (~1.4 ms of CPU on the plans, 4-16 ms wall at load 15)
        exact = live <= EXACT_CHUNKS
        chunks: dict[str, StoredChunk] = {}
        for hit in (self._dense_among(vector, pool, filters, None, live) if where or exact else
                    self._dense(vector, pool, None, live)):
            chunks[hit.id] = hit
        if scope:  # make sure the named documents take part even if other texts crowd them out
            for hit in self._dense_among(vector, pool // 2, filters, scope, live):
                chunks.setdefault(hit.id, hit)
        if plan.closing:  # the closing block is what is asked: let it take part whatever else matches
            for hit in (self._dense_among(vector, pool // 2, filters, scope or None, live, plan.closing) if exact else
                        self._dense(vector, pool // 2, _where_and(_where_and(
                            where, {"doc_id": {"$in": sorted(scope)}}) if scope else where,
                            {"block": {"$in": sorted(plan.closing)}}), live)):
                chunks.setdefault(hit.id, hit)
        fields = (1.0, w.section_field, w.title_field, w.article_field)
        bm25 = (w.bm25_k1, w.bm25_b)
        found = index.top(plan.groups, pool, filters.doc, filters.kind, filters.year, fields=fields, bm25=bm25)
        if scope:
            found += index.top(plan.groups, pool // 2, filters.doc, filters.kind, filters.year, docs=scope,
                               fields=fields, bm25=bm25)
        inside = self._inside_named(plan.groups, scope, fields, bm25) if scope and w.named_local else {}
        candidates = list(dict.fromkeys([*chunks, *(hit.chunk_id for hit in found),
                                         *sorted(inside, key=lambda cid: -inside[cid])[:pool // 2]]))
        self._load(candidates, chunks, vector)
        candidates = [cid for cid in candidates if cid in chunks and (
            chunks[cid].meta.get("block") not in CLOSING_KINDS or chunks[cid].meta.get("block") in plan.closing)]
        candidates = self._at_named_place(question, candidates, chunks, vector, filters, scope, pool)
        if not candidates:
            return []
        self._plain_rescored(candidates, chunks, plan)
        # BM25 and, from the same read of the candidates, BM25 within each document (the words that tell its
        # passages apart)
        scores, local = (index.score_both(plan.groups, candidates, fields, bm25) if w.local_lexical
                         else (index.score(plan.groups, candidates, fields, bm25), {}))
        lex = np.asarray([scores.get(cid, 0.0) for cid in candidates], dtype=np.float32)
        cos = np.asarray([chunks[cid].score for cid in candidates], dtype=np.float32)
        top_lex = float(lex.max()) if lex.size else 0.0
        lexical = lex / top_lex if top_lex > 0 else lex
        within = np.asarray([inside.get(cid, -1.0) for cid in candidates], dtype=np.float32)
        best = float(within.max()) if within.size else 0.0
        if best > 0:  # a named document's passages: told apart by the words telling them apart within it (when
            # none of them holds any such word, "Quy chế 05 gửi cho ai?", there is nothing to tell them apart by, and
            # their BM25 stands as any other document's: scaled down, another document's "Nơi nhận" would win)
            lexical = np.where(within >= 0, (1 - w.named_local) * lexical + w.named_local * within / best, lexical)
        fused = w.dense * _scaled(cos) + w.lexical * lexical
        if w.local_lexical:
            near = np.asarray([local.get(cid, 0.0) for cid in candidates], dtype=np.float32)
            fused -= w.local_lexical * _behind_document_best(near, [chunks[cid].doc_id for cid in candidates])
        if scope:
            fused += w.scoped * np.asarray([chunks[cid].doc_id in scope for cid in candidates], dtype=np.float32)
        states = self.asked_fact(question) if self.asked_fact and w.asked_kind else None
        if states:  # "hạn chót là ngày nào": a passage giving a date can answer, one without cannot
            fused += w.asked_kind * np.asarray([states(chunks[cid].text) for cid in candidates], dtype=np.float32)
        if w.subject:  # "Trách nhiệm của Bộ Y tế …", "Sở TTTT làm gì": the passages under that body's heading
            asked, words = named(question), " ".join(re.sub(r"[^\w&]+", " ", fold(plan.dense_text)).split())
            fused += w.subject * np.asarray([bool(asked & subjects(section, lead)) or asks_heading_body(
                words, section, lead) for section, lead in ((chunks[cid].meta.get("section", "") or "",
                                                            chunks[cid].meta.get("lead", "") or "")
                                                           for cid in candidates)], dtype=np.float32)
        if w.titled:  # "Nhiệm vụ của giáo dục thường xuyên là gì?": the article of that title, the longest title the
            # question opens with ("Cơ sở giáo dục thường xuyên …" asks that article, not one titled "Cơ sở giáo dục")
            opening = topic_run(plan.dense_text)
            said = np.asarray([asks_title(chunks[cid].meta.get("section", "") or "", opening) for cid in candidates])
            fused += w.titled * ((said > 0) & (said == said.max())).astype(np.float32)
        if plan.closing:  # whom a text goes to: its "Nơi nhận", and a letter's "Kính gửi: …" (its addressees) too
            fused += w.closing * np.asarray([chunks[cid].meta.get("block") in plan.closing or (
                RECIPIENTS in plan.closing and _addressed(chunks[cid])) for cid in candidates], dtype=np.float32)
        if w.table_header:  # a header row names a table's columns; the rows under it, which carry it, state the figures
            fused -= w.table_header * np.asarray([is_header_row(chunks[cid].text, chunks[cid].meta.get("block", ""),
                                                                chunks[cid].meta.get("context", "") or "")
                                                  for cid in candidates], dtype=np.float32)
        sections = [chunks[cid].meta.get("section", "") for cid in candidates]
        order = _article_rounds(np.argsort(-fused, kind="stable"),
                                [(chunks[cid].doc_id, s if article_title(s) else "")
                                 for cid, s in zip(candidates, sections)],
                                w.article_cap if spread else 0)
        want = max(k, self.rerank_candidates if self.reranker else k)
        passages = []
        for i in order[:want]:
            chunk = chunks[candidates[i]]
            p = Passage.from_chunk(chunk, chunk.score)
            p.fused = float(fused[i])
            p.lexical = float(lex[i] / top_lex) if top_lex > 0 else 0.0
            p.off_scope = bool(scope) and chunk.doc_id not in scope
            p.named = chunk.doc_id in scope
            record = (self._records or {}).get(chunk.doc_id)
            p.issuer = str(record.meta.get("issuer") or "") if record is not None else ""
            p.places = " \n ".join(issuer_place_names(record.meta)) if record is not None else ""
            p.signing = dict(record.meta.get("signing") or {}) if record is not None else {}
            passages.append(p)
        if self.reranker and len(passages) > 1:
            ranked = self.reranker.order(plan.dense_text, [p.text for p in passages])
            passages = [passages[i] for i in ranked]
        return passages[:k]

    def _inside_named(self, groups: list[tuple[list[str], float]], scope: set[str], fields: tuple[float, ...],
                      bm25: tuple[float, float]) -> dict[str, float]:
        """BM25 of every passage of the documents a question names, the question's words of their titles left out
        and each word's idf counted within its document (LexicalIndex.score_both): the words naming a plan ("kế
        hoạch hội thao công nhân viên chức lao động") stand in most of its passages and say nothing there, while
        over the whole index they are rare and fill the lexical pool with its passages that only repeat them. {}
        when the named documents hold more than EXACT_CHUNKS passages, or the question no word besides those."""
        records = self._records or {}
        naming = {tok for doc in scope if doc in records for tok in tokenize(records[doc].title)}
        topic = [(kept, wt) for tokens, wt in groups if (kept := [tok for tok in tokens if tok not in naming])]
        ids = self.index.chunk_ids(EXACT_CHUNKS, docs=scope) if topic else None
        return self.index.score_both(topic, ids, fields, bm25)[1] if ids else {}

    def _at_named_place(self, question: str, candidates: list[str], chunks: dict[str, StoredChunk],
                        vector: np.ndarray, filters: Filters, scope: set[str], pool: int) -> list[str]:
        """"Điều 26 …", "khoản 2 điều 4 …": the passages of that article (clause, point) of the named documents
        (of any, when none is named) are the candidates, found by their heading path; a passage elsewhere
        that merely names it ("theo quy định tại các điều 24, 25 và 26") is none. The finest level named
        that some passage stands at decides; none at all, and the search goes on as if nothing were named."""
        named = named_place(question)
        if named is None:
            return candidates
        found = self.index.top([(tokenize(article_words(named)), 1.0)], pool, filters.doc, filters.kind, filters.year,
                               docs=scope or None, fields=(0.0, 1.0, 0.0, 0.0),
                               bm25=(self.weights.bm25_k1, self.weights.bm25_b))
        extra = [hit.chunk_id for hit in found if hit.chunk_id not in chunks]
        self._load(extra, chunks, vector)
        pool_ids = [cid for cid in dict.fromkeys([*candidates, *extra]) if cid in chunks
                    and chunks[cid].meta.get("block") not in CLOSING_KINDS
                    and (not scope or chunks[cid].doc_id in scope)]
        places = {cid: place_of(chunks[cid].meta.get("section", ""), chunks[cid].meta.get("lead", ""),
                                chunks[cid].text) for cid in pool_ids}
        for depth in (3, 2, 1):
            level = (*named[:depth], *("",) * (3 - depth))
            if depth > 1 and not level[depth - 1]:
                continue
            at = [cid for cid in pool_ids if stands_at(places[cid], level)]
            if at:
                return at
        return candidates

    def _dense(self, vector: np.ndarray, k: int, where: dict | None, live: int,
               ids: list[str] | None = None) -> list[StoredChunk]:
        """Nearest live chunks (as Store.dense, which first counts the collection — a cost that
        grows with the store; the lexical index already knows how many chunks are live), among
        `ids` when given."""
        if live == 0:
            return []
        active = self.store.active_versions()
        want = min(live, k) + 8
        while True:
            found = self.store.nearest(vector, want, where, ids)
            hits = [c for c in found if is_live(c.meta, active)]
            if len(hits) >= k or len(found) < want or want >= 4 * live:
                return hits[:k]
            want *= 4

    def _dense_among(self, vector: np.ndarray, k: int, filters: Filters, docs: set[str] | None,
                     live: int, blocks: set[str] | frozenset[str] = frozenset()) -> list[StoredChunk]:
        """Nearest live chunks of the documents passing the filters (and among `docs`, if given; of the kinds of
        chunk `blocks`, if any: "signature" …). Chroma's metadata filter costs ~40-60 ms at 100,000 chunks whatever
        it selects, so the chunks are listed from the lexical index instead: up to EXACT_CHUNKS are compared here
        (their vectors read by id: exact, a few milliseconds), up to LISTED_CHUNKS searched by id
        in Chroma; more, and Chroma filters by metadata."""
        kinds = {"block": {"$in": sorted(blocks)}} if blocks else None
        ids = self.index.chunk_ids(LISTED_CHUNKS, filters.doc, filters.kind, filters.year, docs)
        if ids is None:
            where = filters.where()
            where = _where_and(where, {"doc_id": {"$in": sorted(docs)}}) if docs else where
            return self._dense(vector, k, _where_and(where, kinds) if kinds else where, live)
        if len(ids) > EXACT_CHUNKS:
            return self._dense(vector, k, kinds, live, ids)
        if not ids:
            return []
        if blocks:  # rows kept as vectors are: what a store this small holds is read once
            rows = self.store.rows(ids)
            ids = [cid for cid in ids if cid in rows and rows[cid][1].get("block") in blocks]
        listed, stacked = self._listed_vectors(ids)
        if not listed:
            return []
        cos = _cosines(stacked, vector)
        best = np.argsort(-cos, kind="stable")[:k + 8]  # a few spare: some may have been replaced meanwhile
        want = [listed[i] for i in best]
        rows = self.store.rows(want)
        active = self.store.active_versions()
        hits = [StoredChunk(cid, rows[cid][0], rows[cid][1], float(cos[i])) for cid, i in zip(want, best)
                if cid in rows and is_live(rows[cid][1], active)]
        return hits[:k]

    def _listed_vectors(self, ids: list[str]) -> tuple[list[str], tuple[np.ndarray, np.ndarray]]:
        """Those of the chunks that have a stored vector, in the order listed, and their vectors stacked; kept for
        the last few lists while the index is in the same state (when every one has): a small store's chunks (a named
        document's) are compared with question after question, and stacking them again cost more than comparing (the
        same matrix, so the same cosines to the last bit)."""
        key = (self._generation, tuple(ids))
        kept = self._stacks  # one dict: another thread may start a new one meanwhile
        found = kept.get(key)
        if found is None:
            vectors = self.store.vectors(ids)  # kept: the same documents are named question after question
            listed = [cid for cid in ids if cid in vectors]  # in the order written, as the store reads them
            found = (listed, _stacked([vectors[cid] for cid in listed]) if listed else (np.zeros((0, 0)), np.zeros(0)))
            if len(listed) < len(ids):  # some not readable yet (another process's write): read again next time
                return found
            if len(kept) >= STACKS_KEPT:
                kept = self._stacks = {}
            kept[key] = found
        return found

    def _plain_rescored(self, candidates: list[str], chunks: dict[str, StoredChunk], plan: QueryPlan) -> None:
        """A passage typed without diacritics (a document the ingest warned of) scored in meaning against the
        question typed so too: the embedder reads "duyet du toan" far from "duyệt dự toán", so that passage, holding
        every word asked, would seem far from the question (and the answer abstain). Its cosine is the better of
        the two; one more question embedded, only when such a passage is a candidate."""
        plain = [cid for cid in candidates if _plain(chunks[cid].text, self.weights.plain_words)]
        vectors = self.store.vectors(plain) if plain else {}
        if not vectors:
            return
        folded = self._vector(fold(plan.dense_text))
        found = sorted(vectors)
        for cid, score in zip(found, _cosines(_stacked([vectors[cid] for cid in found]), folded)):
            chunks[cid].score = max(chunks[cid].score, float(score))

    def _load(self, ids: list[str], chunks: dict[str, StoredChunk], vector: np.ndarray) -> None:
        """Read chunks only the lexical side found from Chroma, with their vectors for the cosine
        score. Ids no longer live in the store are left out, so a removed chunk never returns."""
        missing = [cid for cid in ids if cid not in chunks]
        if not missing:
            return
        vectors = self.store.vectors(missing)  # mostly kept from earlier questions, as their rows
        # by id, whichever were kept before (a cosine's last bits depend on the batch it is computed in: a question's
        # scores must not depend on what was asked before it); each document's chunks in the order written, as the
        # store reads them
        found = sorted(vectors)
        if not found:
            return
        rows = self.store.rows(found)
        active = self.store.active_versions()
        cos = _cosines(_stacked([vectors[cid] for cid in found]), vector)
        for cid, score in zip(found, cos):
            if cid in rows and is_live(rows[cid][1], active):
                chunks[cid] = StoredChunk(cid, *rows[cid], float(score))
