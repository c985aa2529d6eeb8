"""The lexical side of search: BM25 over Vietnamese syllables and syllable pairs, kept in SQLite.

Vietnamese writes one syllable per space-separated token and most words are two syllables, so
syllables plus adjacent pairs stand in for a word segmenter. Every token is indexed twice: as
written (lower-cased) and diacritic-folded ("~cong", "~cong_doan"), so a question typed without
accents still matches. Each chunk is indexed in four fields — its text (with the text of the clauses it names:
ingest/references.py), its section path, its
document title and the title of the article (Điều) it belongs to — whose scores are summed with weights.

The index is one SQLite file in the data folder, changed document by document (ingest, update,
remove cost what that document costs, not what the store holds), shared by every process that
uses the folder, and rebuilt from Chroma when it is missing, damaged or from another version.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ingest.markers import heading_match
from ingest.model import SECTION_SEP
from troly.vntext import fold, pairs, phrases
from troly.weights import DEFAULT
from vectorstore.kept import Kept

log = logging.getLogger(__name__)

FOLD = "~"  # prefix of diacritic-folded tokens
FIELDS = ("text", "section", "title", "article")  # the paragraph itself, its heading path (and lead-ins), its
# document's title, the title words of its article ("Điều 12. Quyền của người lao động" -> "Quyền của người lao
# động"); each field's weight comes with the question (troly/weights.py: the text 1, the others fitted).
Fields = tuple[float, float, float, float]
PLAIN: Fields = (1.0, DEFAULT.section_field, DEFAULT.title_field, DEFAULT.article_field)
NF = len(FIELDS)


@lru_cache(maxsize=20_000)
def article_title(section: str) -> str:
    """The title words of the article (Điều) a heading path ends in, its number left out: what the
    passages under it are about ("Điều 12. Quyền của người lao động" -> "Quyền của người lao động").
    Other headings give nothing: a plan's ("2. LĐLĐ huyện, công đoàn cơ sở…") name who acts, not the topic.
    (Cached: every search reads it for each candidate, and the same headings come back question after question.)"""
    m = heading_match(section.rsplit(SECTION_SEP, 1)[-1].strip())
    return m.rest if m and m.kind == "dieu" else ""


def phrase_tokens(words: list[str], accented: bool = True, folded: bool = True,
                  with_pairs: bool = True) -> list[str]:
    """Index tokens for one phrase (troly.vntext.phrases): syllables, pairs ("a_b"), as written and folded."""
    out: list[str] = []
    folds = [fold(w) for w in words]
    if accented:
        out.extend(words)
    if folded:
        out.extend(FOLD + f for f in folds)
    if with_pairs:
        for (a, b), (fa, fb) in zip(pairs(words), pairs(folds)):
            if accented:
                out.append(a + "_" + b)
            if folded:
                out.append(FOLD + fa + "_" + fb)
    return out


def tokenize(text: str) -> list[str]:
    return [tok for words in phrases(text) for tok in phrase_tokens(words)]


@dataclass
class LexicalHit:
    chunk_id: str
    score: float


class Vocabulary:
    """Corpus statistics the query side uses: the accented forms each folded syllable (and
    syllable pair) takes, with counts — for restoring diacritics and fixing typos."""

    def __init__(self, unigrams: dict[str, dict[str, int]] | None = None,
                 bigrams: dict[str, dict[str, int]] | None = None) -> None:
        self.unigrams = unigrams or {}
        self.bigrams = bigrams or {}

    @classmethod
    def from_phrases(cls, all_phrases: Iterable[list[str]]) -> "Vocabulary":
        words: Counter[str] = Counter()
        bigrams: Counter[tuple[str, str]] = Counter()
        for phrase in all_phrases:
            words.update(phrase)
            bigrams.update(pairs(phrase))
        return cls.from_counts(words, bigrams)

    @classmethod
    def from_counts(cls, words: Counter, bigrams: Counter) -> "Vocabulary":
        uni: dict[str, dict[str, int]] = defaultdict(dict)
        bi: dict[str, dict[str, int]] = defaultdict(dict)
        for w, n in words.items():
            uni[fold(w)][w] = n
        for (a, b), n in bigrams.items():
            bi[fold(a) + " " + fold(b)][a + " " + b] = n
        return cls(dict(uni), dict(bi))

    def count(self, folded: str) -> int:
        return sum(self.unigrams.get(folded, {}).values())

    def to_json(self) -> dict:
        return {"unigrams": self.unigrams, "bigrams": self.bigrams}


# BM25 as bm25s ("lucene" idf, Robertson tf); its k1 and b (term saturation, length normalisation): weights.bm25_*
BM25_DEFAULT = (DEFAULT.bm25_k1, DEFAULT.bm25_b)
POSTINGS_BUDGET = 80_000  # postings read to pick the lexical pool; rarer tokens first, the most
# common ones (lowest idf) left out past it. Candidates are always scored on every token. A question
# over the 18 dev2 documents reads at most ~61,000, so there it never binds; at 100,000 chunks
# it keeps a search's lexical side to a few tens of milliseconds.
BLOCK = 124  # postings in one stored block of a token's list (1,984 bytes: two fit in a 4 KB page, where two
# of 128 did not and each took a page of its own): a question reads ~1,000 blocks rather than one row
# per (token, document); removing a document rewrites at most one or two blocks per token it holds.
BATCH = 5000  # chunks indexed in one transaction when many documents are added (a rebuild)
KEPT_POSTINGS = 2_000_000  # postings whose scores a process keeps between questions
# (vectorstore/kept.py; 12 bytes each)
KEPT_CHUNKS = 20_000  # chunks whose own tokens (FORWARD) a process keeps between questions (~1-3 KB each)
# One posting: the chunk's row, the token's count in each field, and each field's length, so a
# question's postings are scored without reading the chunks table.
POSTING = np.dtype([("row", "<i4"), ("tf", "<u2", (NF,)), ("n", "<u2", (NF,))])
# A chunk's own tokens (sorted): what scoring a few given chunks reads instead of whole postings.
FORWARD = np.dtype([("term", "<i4"), ("tf", "<u2", (NF,))])
_U16 = np.iinfo(np.uint16).max
_ROW_MAX = np.iinfo(np.int32).max
# A block's key: its token's id above the first row it holds, (term << 31) | lo (rows fit in 31 bits),
# so the postings are one rowid table. Why not WITHOUT ROWID on (term, lo): there a row keeps at most
# ~1,000 bytes in its page and a full block's other ~1,000 go to an overflow page of their own,
# so each 2 KB block took ~5 KB of file; a rowid table keeps up to ~4,000 bytes in the page.
_KEY = "((? << 31) | ?)"  # SQL: a block's key from (term, lo)
_DAMAGED = ("malformed", "not a database", "no such table", "no such column", "disk i/o error",
            "file is not", "unsupported file format")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value);
CREATE TABLE IF NOT EXISTS terms(id INTEGER PRIMARY KEY, term TEXT UNIQUE NOT NULL,
    df0 INTEGER NOT NULL DEFAULT 0, df1 INTEGER NOT NULL DEFAULT 0, df2 INTEGER NOT NULL DEFAULT 0,
    df3 INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS chunks(row INTEGER PRIMARY KEY, chunk_id TEXT UNIQUE NOT NULL, doc_id TEXT NOT NULL,
    n0 INTEGER NOT NULL, n1 INTEGER NOT NULL, n2 INTEGER NOT NULL, n3 INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE TABLE IF NOT EXISTS forward(row INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS postings(key INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS docs(doc_id TEXT PRIMARY KEY, version TEXT NOT NULL, lo INTEGER NOT NULL,
    hi INTEGER NOT NULL, kind TEXT NOT NULL, year INTEGER NOT NULL, terms BLOB NOT NULL, dfs BLOB NOT NULL,
    vocab TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS words(form TEXT PRIMARY KEY, folded TEXT NOT NULL, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS bigrams(form TEXT PRIMARY KEY, folded TEXT NOT NULL, n INTEGER NOT NULL);
"""
_TABLES = ("meta", "terms", "chunks", "forward", "postings", "docs", "words", "bigrams")
_STATS = ("n", "len0", "len1", "len2", "len3", "generation")


def _doc_clauses(doc: str | None, kind: str | None, year: int | None, docs: list[str] | None
                 ) -> tuple[list[str], list]:
    """SQL conditions on the docs table for search filters, and their arguments."""
    clauses: list[str] = []
    args: list = []
    if doc:
        clauses.append("doc_id = ?")
        args.append(doc)
    if docs is not None:
        clauses.append(f"doc_id IN ({','.join('?' * len(docs))})")
        args.extend(docs)
    if kind:
        clauses.append("kind = ?")
        args.append(fold(kind))
    if year:
        clauses.append("year = ?")
        args.append(int(year))
    return clauses, args


def _damaged(exc: Exception) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and any(m in str(exc).lower() for m in _DAMAGED)


def _places(ids: np.ndarray, terms: np.ndarray) -> np.ndarray:
    """Each term's place in `ids`."""
    order = np.argsort(ids)
    return order[np.searchsorted(ids, terms, sorter=order)]


def _within(rows: np.ndarray, values: np.ndarray, ranges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The rows (and their values) inside `ranges`: (lo, hi) row ranges sorted by lo."""
    at = np.searchsorted(ranges[:, 0], rows, side="right") - 1
    keep = (at >= 0) & (rows <= ranges[np.maximum(at, 0), 1])
    return rows[keep], values[keep]


def _idf_by_document(ids: np.ndarray, terms: np.ndarray, postings: np.ndarray, docs: list[str]) -> np.ndarray:
    """An idf per posting and field: its token's, counted among the scored chunks of its chunk's
    document (postings["row"]: the chunk's place in `docs`)."""
    names, doc = np.unique(np.asarray(docs), return_inverse=True)
    size = np.bincount(doc, minlength=len(names)).astype(np.float64)
    group = doc[postings["row"]]
    k = _places(ids, terms)
    df = np.zeros((len(names), len(ids), NF), dtype=np.float64)
    np.add.at(df, (group, k), (postings["tf"] > 0).astype(np.float64))  # one posting per chunk and token
    n, d = size[group][:, None], df[group, k]
    return np.log(1 + (n - d + 0.5) / (d + 0.5))


class LexicalIndex:
    """BM25 over the live chunks in one SQLite file (WAL: one writer at a time, readers never
    blocked, every process sees a commit at once). Adding or removing a document touches only its
    own rows and what holds them: its chunks; its postings, kept per token in blocks of up to BLOCK
    POSTING records that each hold a run of consecutive rows (a new document's rows come after
    every indexed row, so its postings fill each token's last block and start new ones; removing
    it rewrites the one or two blocks per token that hold its rows); each chunk's own tokens
    (FORWARD, to score given chunks); and the counters they change (document frequencies, field
    lengths, vocabulary counts). A question reads a few blocks per token and scores them in numpy
    with bm25s's formula, so ranking matches the old index; scoring given candidates reads only
    their own rows. What a question read and scored that does not depend on it (each term's scored postings, each
    candidate's rows) the process keeps until the index changes, which every commit shows it (its counters move).
    Many documents at once (a rebuild) go in batches of BATCH chunks.

    `store` (vectorstore.store.Store) is where it rebuilds from when the file is missing, emptied,
    damaged, written by another version or for another store (`where`: a server's URL, or the name of
    the Chroma folder beside it, so a moved data folder keeps its index); `path` None (or an unwritable
    folder) keeps it in memory."""

    VERSION = 19  # bump when tokenisation or the schema changes: the file is then rebuilt

    def __init__(self, path: Path | None, store=None, where: str = "") -> None:
        self.path = path
        self.store = store
        self.where = where
        self._lock = threading.RLock()
        self._vocab: tuple[int, Vocabulary] | None = None
        self._plans: tuple[tuple, tuple | None] | None = None  # the last question's plan, by generation (_plan)
        self._read: dict[str, int] | None = None  # the counters read in the read transaction under way (_snapshot)
        self._scores_kept, self._rows_kept = self._new_kept()
        self._db = self._open()

    # ---- the file ----------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                try:
                    return self._connect(str(self.path))
                except sqlite3.DatabaseError as exc:
                    if not _damaged(exc):
                        raise
                    log.warning("lexical index %s damaged (%s): rebuilding it", self.path, exc)
                    self._unlink()
                    return self._connect(str(self.path))
            except (OSError, sqlite3.Error) as exc:  # read-only folder, full disk: search from memory
                log.warning("lexical index kept in memory, %s unusable: %s", self.path, exc)
        return self._connect(":memory:")

    def _connect(self, target: str) -> sqlite3.Connection:
        db = sqlite3.connect(target, timeout=60, isolation_level=None, check_same_thread=False)
        try:
            if target != ":memory:":
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            meta = dict(db.execute("SELECT key, value FROM meta")) if "meta" in tables else {}
            if tables and (meta.get("version") != self.VERSION or meta.get("where") != self.where
                           or not set(_TABLES) <= tables):
                db.execute("BEGIN IMMEDIATE")
                for table in _TABLES:
                    db.execute(f"DROP TABLE IF EXISTS {table}")
                db.execute("COMMIT")
                if target != ":memory:":  # give the old pages back (the file kept its size: 2 GB at 100,000 chunks)
                    try:
                        db.execute("VACUUM")
                    except sqlite3.OperationalError as exc:  # busy: the next version change tries again
                        log.info("lexical index %s not vacuumed: %s", target, exc)
            db.executescript(_SCHEMA)
            db.executemany("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)",
                           [("version", self.VERSION), ("where", self.where), *((k, 0) for k in _STATS)])
        except BaseException:
            db.close()
            raise
        return db

    def _unlink(self) -> None:
        assert self.path is not None
        for suffix in ("", "-wal", "-shm"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)

    def _reset(self) -> None:
        """Start again from an empty file (the old one is damaged) and rebuild from the store."""
        log.warning("lexical index %s damaged: rebuilding it from the store", self.path)
        with self._lock:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            if self.path is not None:
                self._unlink()
            self._vocab = self._plans = None
            self._scores_kept, self._rows_kept = self._new_kept()
            self._db = self._open()
        if self.store is not None:  # adding only: a reader must not wait for writers
            self.sync(self.store, full=False)

    def _guarded(self, fn, *args):
        """Run fn; a damaged file is rebuilt from the store and fn run once more."""
        try:
            with self._lock:
                return fn(*args)
        except sqlite3.DatabaseError as exc:
            if not _damaged(exc):
                raise
        self._reset()
        with self._lock:
            return fn(*args)

    def _snapshot(self, fn, *args):
        """fn's reads in one read transaction: one committed state, whatever other processes write — so its
        counters are read once (_stats)."""
        self._db.execute("BEGIN")
        self._read = {}
        try:
            return fn(*args)
        finally:
            self._read = None
            self._db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "LexicalIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- state -------------------------------------------------------------------------
    @staticmethod
    def _new_kept() -> tuple[Kept[tuple[np.ndarray, np.ndarray]], Kept[tuple]]:
        """Empty keeps: terms' (rows, scores) by term id (_term_scores), chunks' rows by chunk id (_chunk_rows)."""
        return Kept(KEPT_POSTINGS, lambda kept: len(kept[0])), Kept(KEPT_CHUNKS)

    def _state(self) -> tuple[int, ...]:
        """The index's counters: any committed change, in any process, moves them."""
        stats = self._stats()
        return tuple(stats[k] for k in _STATS)

    def _stats(self) -> dict[str, int]:
        """The index's counters; inside a read transaction (_snapshot) read once: a search's plan and its postings'
        keep ask them in turn, and they cannot move there."""
        if self._read:
            return self._read
        stats = {k: int(v) for k, v in self._db.execute(
            f"SELECT key, value FROM meta WHERE key IN ({','.join('?' * len(_STATS))})", _STATS)}
        if self._read is not None:
            self._read = stats
        return stats

    def generation(self) -> int:
        """Changes with every committed change, whichever process made it."""
        return self._guarded(lambda: self._stats()["generation"])

    def __len__(self) -> int:
        return self._guarded(lambda: self._stats()["n"])

    def versions(self) -> dict[str, str]:
        """Document id → version, as indexed."""
        return self._guarded(lambda: dict(self._db.execute("SELECT doc_id, version FROM docs")))

    @property
    def vocab(self) -> Vocabulary:
        """The corpus vocabulary (accented forms of each folded syllable and pair, with counts)."""
        def load() -> Vocabulary:
            generation = self._stats()["generation"]
            if self._vocab is None or self._vocab[0] != generation:
                uni: dict[str, dict[str, int]] = defaultdict(dict)
                bi: dict[str, dict[str, int]] = defaultdict(dict)
                for form, folded, n in self._db.execute("SELECT form, folded, n FROM words"):
                    uni[folded][form] = n
                for form, folded, n in self._db.execute("SELECT form, folded, n FROM bigrams"):
                    bi[folded][form] = n
                self._vocab = (generation, Vocabulary(dict(uni), dict(bi)))
            return self._vocab[1]
        return self._guarded(load)

    # ---- writing -----------------------------------------------------------------------
    @classmethod
    def build(cls, chunks: Iterable, path: Path | None = None) -> "LexicalIndex":
        """An index of the given StoredChunk-like objects (tests, benches): meta needs doc_id
        (and may hold version, section, title, doc_kind, year, position)."""
        index = cls(path)
        by_doc: dict[str, list] = defaultdict(list)
        for chunk in chunks:
            by_doc[chunk.meta["doc_id"]].append(chunk)
        index._guarded(index._write, lambda: index._add_many(
            [(doc_id, str(c[0].meta.get("version", "")), c) for doc_id, c in by_doc.items()]))
        return index

    def sync(self, store, full: bool = True) -> None:
        """Bring the index in step with what the store holds: documents gone or changed are taken
        out, new ones put in (read from the store). A full sync runs in the store's write turn
        (Store.writing(), re-entrant: a writer already holds it), so no other writer changes the
        store meanwhile. `full` False only adds documents missing here (a reader healing a missing
        file, without waiting for writers; removing is left to them)."""
        if full:
            with store.writing():
                self._guarded(self._sync, store, full)
        else:
            self._guarded(self._sync, store, full)

    def mend(self, store) -> None:
        """Bring the index in step with the store if it is not, from a reader. A writer switches a document's
        version in the store, then updates the index: killed between the two (or still ingesting other files), it
        leaves the index at the old version, whose passages are no longer live, so no search finds anything of the
        document. Mended in the store's write turn when it is free (no write under way); a writer holding it updates
        the index itself after its write, so a reader only adds documents missing here and never waits."""
        if self.versions() == dict(store.active_versions()):
            return
        with store.writing_if_free() as free:
            self.sync(store, full=free)

    def _sync(self, store, full: bool) -> None:
        want = store.active_versions()
        have = dict(self._db.execute("SELECT doc_id, version FROM docs"))
        if full:
            stale = [d for d in have if want.get(d) != have[d]]
            missing = [d for d in want if have.get(d) != want[d]]
        else:
            stale, missing = [], [d for d in want if d not in have]
        if stale:
            self._write(lambda: self._drop_stale(store))
        if not missing:
            return
        bulk = len(missing) > 20
        if not bulk:
            batches: Iterable[tuple[str, list]] = ((d, store.doc_chunks(d)) for d in missing)
        else:  # a (re)build: one pass over the store rather than one query per document
            wanted = set(missing)
            grouped: dict[str, list] = defaultdict(list)
            for chunk in store.iter_chunks():
                if chunk.meta["doc_id"] in wanted:
                    grouped[chunk.meta["doc_id"]].append(chunk)
            batches = grouped.items()
        pending: list[tuple[str, list]] = []
        size = 0
        if bulk:  # a rebuild: skip the disk syncs (only a power cut could then damage the file, and a
            # damaged file is rebuilt)
            self._db.execute("PRAGMA synchronous=OFF")
        try:
            for doc_id, chunks in batches:
                pending.append((doc_id, chunks))
                size += len(chunks)
                if size >= BATCH:
                    self._write(lambda: self._put_many(pending, store if full else None, want))
                    pending, size = [], 0
            if pending:
                self._write(lambda: self._put_many(pending, store if full else None, want))
        finally:
            if bulk:
                self._db.execute("PRAGMA synchronous=NORMAL")

    @staticmethod
    def _fresh(store) -> Mapping[str, str]:
        """The store's versions as they are now: read in the store's write turn (taking it reopened
        the store), inside the index's write transaction, so a writer never undoes another
        writer's newer change with what it read before it."""
        return store.active_versions()

    def _drop_stale(self, store) -> None:
        want = self._fresh(store)
        for doc_id, version in list(self._db.execute("SELECT doc_id, version FROM docs")):
            if want.get(doc_id) != version:
                self._remove(doc_id)

    def _put_many(self, batch: list[tuple[str, list]], store, want: dict[str, str]) -> None:
        """Index read chunks of documents still at the version read (`store`: check that afresh,
        and replace a different indexed version; None: only add documents the index lacks)."""
        if store is not None:
            want = self._fresh(store)
        have = dict(self._db.execute("SELECT doc_id, version FROM docs"))
        todo = []
        for doc_id, chunks in batch:
            version = want.get(doc_id)
            chunks = [c for c in chunks if c.meta.get("version") == version]
            if not chunks or have.get(doc_id) == version or (doc_id in have and store is None):
                continue
            self._remove(doc_id)
            todo.append((doc_id, version, chunks))
        self._add_many(todo)

    def put(self, doc_id: str, version: str, chunks: list) -> None:
        """Index a document version (replacing whatever version was indexed)."""
        def run() -> None:
            self._remove(doc_id)
            self._add_many([(doc_id, version, list(chunks))])
        self._guarded(self._write, run)

    def remove(self, doc_id: str) -> None:
        self._guarded(self._write, lambda: self._remove(doc_id))

    def _write(self, change) -> None:
        """One transaction (other writers wait for it; readers keep the last committed state)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            change()
            self._db.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'")
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def _bump(self, n: int, lens: list[int]) -> None:
        self._db.executemany("UPDATE meta SET value = value + ? WHERE key = ?",
                             [(n, "n"), *((x, f"len{i}") for i, x in enumerate(lens))])

    def _add_many(self, documents: list[tuple[str, str, list]]) -> None:
        """Index documents' chunks (doc id, version, chunks), all in one pass: their rows are
        consecutive and above every row indexed (writers are serialised), so each token's new
        postings go at the end of its last block, and each document's rows are one range."""
        db = self._db
        row = int(db.execute("SELECT IFNULL(MAX(row), 0) FROM chunks").fetchone()[0]) + 1
        docs: list[tuple[str, str, list, int, int, dict]] = []  # id, version, chunks, lo, hi, vocab
        rows: list[tuple[int, list[Counter], list[int]]] = []
        chunk_rows: list[tuple] = []
        words_all: Counter[str] = Counter()
        bigrams_all: Counter[str] = Counter()
        lens = [0] * NF
        for doc_id, version, chunks in documents:
            chunks = sorted(chunks, key=lambda c: int(c.meta.get("position", 0)))
            words: Counter[str] = Counter()
            bigrams: Counter[tuple[str, str]] = Counter()
            known: dict[str, Counter] = {}  # section and title values: tokenised (and counted) once

            def tokens(text: str, shared: bool) -> Counter:
                if shared and text in known:
                    return known[text]
                found: Counter[str] = Counter()
                for phrase in phrases(text):
                    words.update(phrase)
                    found.update(phrase_tokens(phrase))
                for phrase in phrases(text.replace(",", " ")):
                    bigrams.update(pairs(phrase))  # read across a list's commas, as questions are typed
                    # ("các tỉnh, thành phố" restores "tinh thanh pho" to "tỉnh thành phố")
                if shared:
                    known[text] = found
                return found

            lo = row
            for chunk in chunks:
                meta = chunk.meta
                path = section = meta.get("section", "") or ""
                if meta.get("context"):  # a list item is about what its lead-ins say ("Đến năm 2025:")
                    section = f"{section}{SECTION_SEP}{meta['context']}"
                text = chunk.text  # with what the clauses it names say ("điểm a khoản 2 Điều 2") and what the
                # abbreviations its document defines stand for ("HSSV": "học sinh sinh viên"), and for a row of figures
                # alone the names of its columns ("| 2028 | 4,5 |" counts "Năm | Tỷ lệ hộ nghèo (%)")
                for more in (meta.get("refers"), meta.get("spelled"), meta.get("columns")):
                    if more:
                        text = f"{text}\n{more}"
                fields = [tokens(text, False), tokens(section, True), tokens(meta.get("title", "") or "", True),
                          tokens(article_title(path), True)]
                sizes = [max(1, sum(c.values())) for c in fields]  # an empty field counts one token, as in bm25s
                chunk_rows.append((row, chunk.id, doc_id, *sizes))
                rows.append((row, fields, sizes))
                lens = [a + b for a, b in zip(lens, sizes)]
                row += 1
            vocab = {"w": dict(words), "b": {a + " " + b: n for (a, b), n in bigrams.items()}}
            words_all.update(words)
            bigrams_all.update(vocab["b"])
            docs.append((doc_id, version, chunks, lo, row - 1, vocab))
        db.executemany("INSERT INTO chunks(row, chunk_id, doc_id, n0, n1, n2, n3) VALUES (?,?,?,?,?,?,?)", chunk_rows)
        terms = self._term_ids({tok for _, fields, _ in rows for c in fields for tok in c})
        as_arrays: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # a field's (term ids, counts), once per value

        def arrays(counter: Counter) -> tuple[np.ndarray, np.ndarray]:
            got = as_arrays.get(id(counter))
            if got is None:
                got = as_arrays[id(counter)] = (np.fromiter((terms[t] for t in counter), np.int64, len(counter)),
                                                np.fromiter(counter.values(), np.int64, len(counter)))
            return got

        parts = [(*arrays(counter), i, r) for r, fields, _ in rows for i, counter in enumerate(fields)]
        doc_terms: list[tuple[np.ndarray, np.ndarray]] = [(np.zeros(0, np.int32),
                                                           np.zeros((0, NF), np.int32))] * len(docs)
        if parts and sum(len(t) for t, *_ in parts):
            row_ids = np.asarray([r for r, _, _ in rows], dtype=np.int64)
            base, span = int(row_ids[0]), len(row_ids)
            tid = np.concatenate([t for t, *_ in parts])
            at = np.concatenate([np.full(len(t), r - base, dtype=np.int64) for t, _, _, r in parts])
            field = np.concatenate([np.full(len(t), i, dtype=np.int64) for t, _, i, _ in parts])
            keys, where = np.unique(tid * span + at, return_inverse=True)  # sorted by (term, row)
            tf = np.zeros((len(keys), NF), dtype=np.int64)
            tf[where, field] = np.concatenate([c for _, c, _, _ in parts])
            offset = keys % span
            posting_rows = offset + base
            lengths = np.asarray([n for _, _, n in rows], dtype=np.int64)[offset]
            table_terms = keys // span
            starts = np.flatnonzero(np.diff(table_terms, prepend=-1))
            ids = table_terms[starts]
            dfs = np.add.reduceat(tf > 0, starts, axis=0).astype(np.int64)
            packed = np.empty(len(keys), dtype=POSTING)
            packed["row"] = posting_rows
            packed["tf"] = np.minimum(tf, _U16)
            packed["n"] = np.minimum(lengths, _U16)
            self._append_postings(ids, packed, [*starts.tolist(), len(keys)])
            db.executemany("UPDATE terms SET df0 = df0 + ?, df1 = df1 + ?, df2 = df2 + ?, df3 = df3 + ? WHERE id = ?",
                           [(*map(int, d), int(t)) for t, d in zip(ids, dfs)])
            by_row = np.argsort(offset, kind="stable")  # each row's tokens stay in term order
            forward = np.empty(len(keys), dtype=FORWARD)
            forward["term"] = table_terms[by_row]
            forward["tf"] = packed["tf"][by_row]
            row_bounds = np.searchsorted(offset[by_row], np.arange(span + 1))
            db.executemany("INSERT INTO forward(row, data) VALUES (?,?)",
                           [(base + i, forward[a:b].tobytes()) for i, (a, b) in
                            enumerate(zip(row_bounds.tolist(), row_bounds[1:].tolist())) if b > a])
            doc_bounds = row_bounds[[d[3] - base for d in docs] + [docs[-1][4] + 1 - base]]
            for k, (a, b) in enumerate(zip(doc_bounds.tolist(), doc_bounds[1:].tolist())):
                if b > a:  # the document's tokens and in how many of its chunks each field holds them
                    own, inverse = np.unique(forward["term"][a:b], return_inverse=True)
                    counts = np.zeros((len(own), NF), dtype=np.int64)
                    np.add.at(counts, inverse, forward["tf"][a:b] > 0)
                    doc_terms[k] = (own.astype(np.int32), counts.astype(np.int32))
        self._bump(len(rows), lens)
        db.executemany("INSERT INTO words(form, folded, n) VALUES (?,?,?) "
                       "ON CONFLICT(form) DO UPDATE SET n = n + excluded.n",
                       [(w, fold(w), n) for w, n in words_all.items()])
        db.executemany("INSERT INTO bigrams(form, folded, n) VALUES (?,?,?) "
                       "ON CONFLICT(form) DO UPDATE SET n = n + excluded.n",
                       [(f, fold(f), n) for f, n in bigrams_all.items()])
        db.executemany("INSERT INTO docs(doc_id, version, lo, hi, kind, year, terms, dfs, vocab) "
                       "VALUES (?,?,?,?,?,?,?,?,?)",
                       [(doc_id, version, lo, hi, fold((chunks[0].meta if chunks else {}).get("doc_kind", "") or ""),
                         int((chunks[0].meta if chunks else {}).get("year") or 0), own.tobytes(), counts.tobytes(),
                         json.dumps(vocab, ensure_ascii=False))
                        for (doc_id, version, chunks, lo, hi, vocab), (own, counts) in zip(docs, doc_terms)])

    def _blocks_at(self, terms: list[int], row: int) -> list[tuple[int, int, bytes]]:
        """(term, key, data) of each term's block that would hold `row`: the last starting at or
        before it (one index seek per term)."""
        return self._db.execute(
            "SELECT p.key >> 31, p.key & 2147483647, p.data FROM json_each(?) t JOIN postings p ON p.key = "
            "(SELECT q.key FROM postings q WHERE q.key BETWEEN (t.value << 31) AND ((t.value << 31) | ?) "
            "ORDER BY q.key DESC LIMIT 1)",
            (json.dumps(terms), row)).fetchall()

    def _append_postings(self, ids: np.ndarray, packed: np.ndarray, bounds: list[int]) -> None:
        """Add each token's new postings (packed[bounds[i]:bounds[i+1]] for ids[i], rows above any
        indexed): the token's last block is filled up to BLOCK, the rest go in new blocks."""
        db = self._db
        id_list = ids.tolist()
        last = {t: (lo, data) for t, lo, data in self._blocks_at(id_list, _ROW_MAX)}
        updates: list[tuple[bytes, int, int]] = []
        inserts: list[tuple[int, int, bytes]] = []
        for i, term in enumerate(id_list):
            new = packed[bounds[i]:bounds[i + 1]]
            if term in last:
                lo, data = last[term]
                room = BLOCK - len(data) // POSTING.itemsize
                if room > 0:
                    updates.append((data + new[:room].tobytes(), term, lo))
                    new = new[room:]
            for a in range(0, len(new), BLOCK):
                piece = new[a:a + BLOCK]
                inserts.append((term, int(piece["row"][0]), piece.tobytes()))
        db.executemany(f"UPDATE postings SET data = ? WHERE key = {_KEY}", updates)
        db.executemany(f"INSERT INTO postings(key, data) VALUES ({_KEY}, ?)", inserts)

    def _term_ids(self, tokens: set[str]) -> dict[str, int]:
        self._db.executemany("INSERT OR IGNORE INTO terms(term) VALUES (?)", [(t,) for t in tokens])
        return self._lookup(tokens, "id, term")

    def _lookup(self, tokens: Iterable[str], columns: str) -> dict:
        out = {}
        tokens = list(tokens)
        for start in range(0, len(tokens), 500):
            part = tokens[start:start + 500]
            for row in self._db.execute(f"SELECT {columns} FROM terms WHERE term IN ({','.join('?' * len(part))})",
                                        part):
                out[row[1]] = row[0] if len(row) == 2 else (row[0], *row[2:])
        return out

    def _remove(self, doc_id: str) -> None:
        db = self._db
        found = db.execute("SELECT lo, hi, terms, dfs, vocab FROM docs WHERE doc_id = ?", (doc_id,)).fetchone()
        if found is None:
            return
        lo, hi, ids, dfs, vocab = found
        terms = np.frombuffer(ids, dtype=np.int32).tolist()
        counts = np.frombuffer(dfs, dtype=np.int32).reshape(-1, NF).tolist()
        db.executemany("UPDATE terms SET df0 = df0 - ?, df1 = df1 - ?, df2 = df2 - ?, df3 = df3 - ? WHERE id = ?",
                       [(*d, t) for t, d in zip(terms, counts)])
        updates: list[tuple[bytes, int, int]] = []
        deletes: list[tuple[int, int]] = []
        # the blocks holding the document's rows: the last one starting at or before lo, and any
        # starting inside (lo, hi]
        inside = db.execute("SELECT p.key >> 31, p.key & 2147483647, p.data FROM json_each(?) t JOIN postings p "
                            "ON p.key > ((t.value << 31) | ?) AND p.key <= ((t.value << 31) | ?)",
                            (json.dumps(terms), lo, hi))
        for term, key, data in [*self._blocks_at(terms, lo), *inside]:
            block = np.frombuffer(data, dtype=POSTING)
            keep = (block["row"] < lo) | (block["row"] > hi)
            if not keep.all():
                if keep.any():
                    updates.append((block[keep].tobytes(), term, key))
                else:
                    deletes.append((term, key))
        db.executemany(f"UPDATE postings SET data = ? WHERE key = {_KEY}", updates)
        db.executemany(f"DELETE FROM postings WHERE key = {_KEY}", deletes)
        n, *lens = db.execute("SELECT COUNT(*), TOTAL(n0), TOTAL(n1), TOTAL(n2), TOTAL(n3) FROM chunks "
                              "WHERE doc_id = ?", (doc_id,)).fetchone()
        self._bump(-n, [-int(x) for x in lens])
        db.execute("DELETE FROM forward WHERE row BETWEEN ? AND ?", (lo, hi))
        db.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
        forms = json.loads(vocab)
        for table, known in (("words", forms["w"]), ("bigrams", forms["b"])):
            db.executemany(f"UPDATE {table} SET n = n - ? WHERE form = ?", [(n, f) for f, n in known.items()])
            db.execute(f"DELETE FROM {table} WHERE n <= 0")
        db.execute("DELETE FROM docs WHERE doc_id = ?", (doc_id,))

    # ---- querying ----------------------------------------------------------------------
    def _plan(self, groups: list[tuple[list[str], float]], fields: Fields = PLAIN,
              bm25: tuple[float, float] = BM25_DEFAULT):
        """The question's known tokens: ids, weights, idf per field, document frequencies,
        each field's average length, the fields' weights and BM25's k1 and b. Kept for the next call while
        the index is unchanged: a search asks for the same plan two or three times (top, then score)."""
        stats = self._stats()
        key = (stats["generation"], [(tuple(tokens), w) for tokens, w in groups], tuple(fields), tuple(bm25))
        last = self._plans
        if last is not None and last[0] == key:
            return last[1]
        plan = self._new_plan(groups, fields, bm25, stats)
        self._plans = (key, plan)
        return plan

    def _term_scores(self, plan, terms: list[int]) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """The postings of these terms (term order, then row order, as _postings reads them): each one's row and
        score before the question's weight of its token, and how many each term has. Kept while the index is in the
        same state, for the same fields' weights and BM25's k1 and b (all a term's scores depend on)."""
        kept = self._scores_kept
        missing = kept.missing((self._state(), tuple(plan[5].tolist()), tuple(plan[6])), terms)
        if missing:
            owner, postings = self._postings(missing)
            scores = self._parts(plan, owner, postings)
            ends = np.searchsorted(owner, np.asarray(missing, dtype=np.int64), side="right").tolist()
            for term, a, b in zip(missing, [0, *ends], ends):
                kept.add(term, (postings["row"][a:b].copy(), scores[a:b].copy()))
            kept.trim(len(terms))
        parts = [kept.values[t] for t in terms]
        return (np.concatenate([rows for rows, _ in parts]), np.concatenate([scores for _, scores in parts]),
                [len(rows) for rows, _ in parts])

    def _new_plan(self, groups: list[tuple[list[str], float]], fields: Fields, bm25: tuple[float, float],
                  stats: dict[str, int]):
        weight: Counter[str] = Counter()
        for tokens, w in groups:
            for tok in tokens:  # a token repeated in a group counts again, as in bm25s
                weight[tok] += w
        known = self._lookup(weight, "id, term, df0, df1, df2, df3")
        n = stats["n"]
        if not known or n == 0:
            return None
        toks = list(known)
        ids = np.asarray([known[t][0] for t in toks], dtype=np.int64)
        df = np.asarray([known[t][1:] for t in toks], dtype=np.float64)
        idf = np.where(df > 0, np.log(1 + (n - df + 0.5) / (df + 0.5)), 0.0)
        wt = np.asarray([weight[t] for t in toks], dtype=np.float64)
        avg = np.asarray([max(stats[f"len{i}"], 1) / n for i in range(NF)], dtype=np.float64)
        return ids, wt, idf, df, avg, np.asarray(fields, dtype=np.float64), bm25

    @staticmethod
    def _parts(plan, terms: np.ndarray, postings: np.ndarray, idf: np.ndarray | None = None) -> np.ndarray:
        """Scores of postings (POSTING records) of the plan's terms (`terms`: each one's term id) before the
        question's weight of each term; `idf`: one per posting and field instead of the plan's (_idf_by_document)."""
        ids, _, token_idf, _, avg, field_w, (k1, b) = plan
        tf, dl = postings["tf"].astype(np.float64), postings["n"].astype(np.float64)
        part = tf / (k1 * ((1 - b) + b * dl / avg) + tf)
        return (part * (token_idf[_places(ids, terms)] if idf is None else idf) * field_w).sum(axis=1)

    @classmethod
    def _score(cls, plan, terms: np.ndarray, postings: np.ndarray, idf: np.ndarray | None = None) -> np.ndarray:
        """_parts weighed by the question's weight of each posting's term."""
        return plan[1][_places(plan[0], terms)] * cls._parts(plan, terms, postings, idf)

    def _postings(self, terms: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """The postings of these terms (in term order, then row order: every chunk's score is
        summed in the same order), each with its term id."""
        got = self._db.execute("SELECT p.key, p.data FROM json_each(?) t JOIN postings p ON p.key "
                               "BETWEEN (t.value << 31) AND ((t.value << 31) | 2147483647)",
                               (json.dumps(terms),)).fetchall()
        if not got:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=POSTING)
        keys = np.asarray([k for k, _ in got], dtype=np.int64)
        if np.any(np.diff(keys) < 0):  # read in term order already (terms sorted); sorting in SQL copies every blob
            got = [got[i] for i in np.argsort(keys, kind="stable")]
            keys = np.sort(keys)
        blobs = [data for _, data in got]
        sizes = np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs)) // POSTING.itemsize
        owner = np.repeat(keys >> 31, sizes)
        return owner, np.frombuffer(b"".join(blobs), dtype=POSTING)

    def top(self, groups: list[tuple[list[str], float]], n: int, doc: str | None = None,
            kind: str | None = None, year: int | None = None, docs: Iterable[str] | None = None,
            fields: Fields = PLAIN, bm25: tuple[float, float] = BM25_DEFAULT) -> list[LexicalHit]:
        """The n best chunks for weighted token groups among those passing the filters, each field
        weighed by `fields`, BM25's k1 and b `bm25`. Scores are exact unless POSTINGS_BUDGET left the commonest tokens
        out (score() is always exact)."""
        return self._guarded(self._snapshot, self._top, groups, n, doc, kind, year,
                             None if docs is None else list(docs), fields, bm25)

    def _top(self, groups, n, doc, kind, year, docs, fields: Fields, bm25: tuple[float, float]) -> list[LexicalHit]:
        plan = self._plan(groups, fields, bm25)
        if plan is None or n <= 0 or (docs is not None and not docs):
            return []
        ids, _, _, df, *_ = plan
        chosen, total = [], 0.0
        listed = df.sum(axis=1)  # how many postings each token has, all fields
        for i in np.argsort(listed, kind="stable").tolist():
            if chosen and total + listed[i] > POSTINGS_BUDGET:
                break
            chosen.append(int(ids[i]))
            total += listed[i]
        clauses, args = _doc_clauses(doc, kind, year, docs)
        ranges = None
        if clauses:
            ranges = np.asarray(self._db.execute(f"SELECT lo, hi FROM docs WHERE {' AND '.join(clauses)} ORDER BY lo",
                                                 args).fetchall(), dtype=np.int64).reshape(-1, 2)
            if not len(ranges):
                return []
        terms = sorted(chosen)
        rows, parts, counts = self._term_scores(plan, terms)
        scored = np.repeat(plan[1][_places(ids, np.asarray(terms, dtype=np.int64))], counts) * parts
        if ranges is not None:
            rows, scored = _within(rows, scored, ranges)
        if not len(rows):
            return []
        rows = rows.astype(np.int64)
        first = int(rows.min())
        sums = np.bincount(rows - first, weights=scored)
        present = np.flatnonzero(np.bincount(rows - first))
        row_ids, scores = present + first, sums[present]
        n = min(n, int(np.count_nonzero(scores > 0)))
        if n <= 0:
            return []
        best = np.argpartition(-scores, n - 1)[:n]
        best = best[np.argsort(-scores[best], kind="stable")]
        names = dict(self._db.execute(
            f"SELECT row, chunk_id FROM chunks WHERE row IN ({','.join('?' * len(best))})",
            [int(row_ids[i]) for i in best]))
        return [LexicalHit(names[int(row_ids[i])], float(scores[i])) for i in best]

    def holding(self, tokens: list[str], docs: Iterable[str] | None = None) -> list[str]:
        """The chunks (of `docs`, when given) whose own text holds every one of `tokens` (index tokens: tokenize()),
        in the order indexed: read from those tokens' postings alone, not from every stored chunk (a month asked: the
        passages stating its number and its year, due_questions)."""
        return self._guarded(self._snapshot, self._holding, list(dict.fromkeys(tokens)),
                             None if docs is None else list(docs))

    def _holding(self, tokens: list[str], docs: list[str] | None) -> list[str]:
        ids = self._lookup(tokens, "id, term")
        if not tokens or len(ids) < len(tokens) or (docs is not None and not docs):
            return []
        owner, postings = self._postings(sorted(ids.values()))
        in_text = postings["tf"][:, 0] > 0
        rows: np.ndarray | None = None
        for term in ids.values():
            mine = postings["row"][(owner == term) & in_text].astype(np.int64)
            rows = mine if rows is None else np.intersect1d(rows, mine)
        clauses, args = _doc_clauses(None, None, None, docs)
        if clauses and rows is not None and len(rows):
            ranges = np.asarray(self._db.execute(f"SELECT lo, hi FROM docs WHERE {' AND '.join(clauses)} ORDER BY lo",
                                                 args).fetchall(), dtype=np.int64).reshape(-1, 2)
            rows = _within(rows, np.zeros(len(rows)), ranges)[0] if len(ranges) else rows[:0]
        if rows is None or not len(rows):
            return []
        found = self._db.execute("SELECT c.chunk_id FROM json_each(?) t JOIN chunks c ON c.row = t.value "
                                 "ORDER BY c.row", (json.dumps(np.unique(rows).tolist()),)).fetchall()
        return [chunk_id for (chunk_id,) in found]

    def chunk_ids(self, limit: int, doc: str | None = None, kind: str | None = None, year: int | None = None,
                  docs: Iterable[str] | None = None) -> list[str] | None:
        """The indexed chunks of the documents passing the filters (as top()'s), or None when
        there are more than `limit`."""
        clauses, args = _doc_clauses(doc, kind, year, None if docs is None else list(docs))

        def read() -> list[str] | None:
            found = self._db.execute(
                "SELECT chunk_id FROM chunks WHERE doc_id IN "
                f"(SELECT doc_id FROM docs WHERE {' AND '.join(clauses) or '1'}) LIMIT ?",
                                     [*args, limit + 1]).fetchall()
            return None if len(found) > limit else [cid for (cid,) in found]
        return self._guarded(read)

    def score(self, groups: list[tuple[list[str], float]], chunk_ids: Iterable[str],
              fields: Fields = PLAIN, bm25: tuple[float, float] = BM25_DEFAULT) -> dict[str, float]:
        """Exact BM25 of the given chunks, fields weighed as in top() (those not indexed are left out;
        unmatched ones score 0)."""
        return self._guarded(self._snapshot, self._score_ids, groups, list(chunk_ids), fields, bm25, False)[0]

    def score_both(self, groups: list[tuple[list[str], float]], chunk_ids: Iterable[str],
                   fields: Fields = PLAIN, bm25: tuple[float, float] = BM25_DEFAULT) -> tuple[dict[str, float],
                                                                                              dict[str, float]]:
        """score()'s BM25 and, from the same read of the chunks, the same with each token's idf counted
        among the given chunks of the same document instead of the whole index, so the words a document's
        passages share (its topic, "hài cốt liệt sĩ", which found them all) weigh little and those telling
        them apart much."""
        plain, local = self._guarded(self._snapshot, self._score_ids, groups, list(chunk_ids), fields, bm25, True)
        return plain, local

    def _chunk_rows(self, chunk_ids: list[str]) -> list[tuple]:
        """The indexed chunks among these: (row, chunk id, n0…n3, doc id, their FORWARD tokens), kept while the
        index is in the same state (any committed change, in any process, moves its counters): a search scores its
        candidates, and they come back question after question. Past KEPT_CHUNKS those used longest ago go first."""
        kept = self._rows_kept
        missing = kept.missing((self._state(),), chunk_ids)
        if missing:
            got = self._db.execute(
                "SELECT c.row, c.chunk_id, c.n0, c.n1, c.n2, c.n3, c.doc_id, f.data FROM chunks c "
                f"LEFT JOIN forward f ON f.row = c.row WHERE c.chunk_id IN ({','.join('?' * len(missing))})",
                missing).fetchall()
            for row in got:
                kept.add(row[1], row)
            kept.trim(len(chunk_ids))
        return [row for cid in dict.fromkeys(chunk_ids) if (row := kept.values.get(cid)) is not None]

    def _score_ids(self, groups, chunk_ids: list[str], fields: Fields, bm25: tuple[float, float],
                   local: bool) -> list[dict[str, float]]:
        """[BM25 by chunk id], and with `local` also [.., BM25 with idf counted within each document]."""
        if not chunk_ids:
            return [{}, {}] if local else [{}]
        found = self._chunk_rows(chunk_ids)
        outs = [{cid: 0.0 for _, cid, *_ in found} for _ in range(2 if local else 1)]
        plan = self._plan(groups, fields, bm25)
        found = [f for f in found if f[-1]]
        if plan is None or not found:
            return outs
        tokens = np.frombuffer(b"".join(f[-1] for f in found), dtype=FORWARD)
        counts = [len(f[-1]) // FORWARD.itemsize for f in found]
        keep = np.isin(tokens["term"], plan[0])
        postings = np.empty(int(keep.sum()), dtype=POSTING)
        postings["row"] = np.repeat(np.arange(len(found)), counts)[keep]  # here: the chunk's place in `found`
        postings["tf"] = tokens["tf"][keep]
        postings["n"] = np.repeat(np.minimum(np.asarray([f[2:6] for f in found], dtype=np.int64), _U16),
                                  counts, axis=0)[keep]
        terms = tokens["term"][keep].astype(np.int64)
        idfs = [None, _idf_by_document(plan[0], terms, postings, [f[6] for f in found])][:len(outs)]
        for out, idf in zip(outs, idfs):
            # each chunk's tokens in term order: its score is summed in the same order as top()'s
            sums = np.bincount(postings["row"], weights=self._score(plan, terms, postings, idf), minlength=len(found))
            out.update(zip([f[1] for f in found], sums.tolist()))
        return outs
