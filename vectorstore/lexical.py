"""The lexical side of search: BM25 over Vietnamese syllables and syllable pairs, kept in SQLite.

Vietnamese writes one syllable per space-separated token and most words are two syllables, so
syllables plus adjacent pairs stand in for a word segmenter. Every token is indexed twice: as
written (lower-cased) and diacritic-folded ("~cong", "~cong_doan"), so a question typed without
accents still matches. Each chunk is indexed in three fields — its text, its section path and its
document title — whose scores are summed with weights.

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
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from troly.vntext import fold, pairs, phrases

log = logging.getLogger(__name__)

FOLD = "~"  # prefix of diacritic-folded tokens
FIELDS = {"text": 1.0, "section": 0.35, "title": 0.2}  # why: the paragraph itself carries the answer;
# the heading path says what it is about; the title mostly separates documents.


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


K1, B = 1.2, 0.75  # BM25 as bm25s ("lucene" idf, Robertson tf) computed it before: same ranking
POSTINGS_BUDGET = 150_000  # postings read to pick the lexical pool; rarer tokens first, the most
# common ones (near-zero idf) left out past it. Candidates are always scored on every token.
_DAMAGED = ("malformed", "not a database", "no such table", "no such column", "disk i/o error",
            "file is not", "unsupported file format")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value);
CREATE TABLE IF NOT EXISTS terms(id INTEGER PRIMARY KEY, term TEXT UNIQUE NOT NULL,
    df0 INTEGER NOT NULL DEFAULT 0, df1 INTEGER NOT NULL DEFAULT 0, df2 INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS chunks(row INTEGER PRIMARY KEY, chunk_id TEXT UNIQUE NOT NULL, doc_id TEXT NOT NULL,
    kind TEXT NOT NULL, year INTEGER NOT NULL, n0 INTEGER NOT NULL, n1 INTEGER NOT NULL, n2 INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE TABLE IF NOT EXISTS postings(term INTEGER NOT NULL, row INTEGER NOT NULL, tf0 INTEGER NOT NULL,
    tf1 INTEGER NOT NULL, tf2 INTEGER NOT NULL, PRIMARY KEY(term, row)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS docs(doc_id TEXT PRIMARY KEY, version TEXT NOT NULL, lo INTEGER NOT NULL,
    hi INTEGER NOT NULL, terms BLOB NOT NULL, vocab TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS words(form TEXT PRIMARY KEY, folded TEXT NOT NULL, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS bigrams(form TEXT PRIMARY KEY, folded TEXT NOT NULL, n INTEGER NOT NULL);
"""
_TABLES = ("meta", "terms", "chunks", "postings", "docs", "words", "bigrams")
_STATS = ("n", "len0", "len1", "len2", "generation")


def _damaged(exc: Exception) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and any(m in str(exc).lower() for m in _DAMAGED)


class LexicalIndex:
    """BM25 over the live chunks in one SQLite file (WAL: one writer at a time, readers never
    blocked, every process sees a commit at once). Adding or removing a document touches only its
    own rows: its chunks, their postings (term, row, tf per field) and the counters they change
    (document frequencies, field lengths, vocabulary counts). Scores are computed in numpy from the
    postings of the question's tokens, with bm25s's formula, so ranking matches the old index.

    `store` (vectorstore.store.Store) is where it rebuilds from when the file is missing, emptied,
    damaged or written by another version; `path` None (or an unwritable folder) keeps it in memory."""

    VERSION = 9  # bump when tokenisation or the schema changes: the file is then rebuilt

    def __init__(self, path: Path | None, store=None, where: str = "") -> None:
        self.path = path
        self.store = store
        self.where = where
        self._lock = threading.RLock()
        self._vocab: tuple[int, Vocabulary] | None = None
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
            self._vocab = None
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
        """fn's reads in one read transaction: one committed state, whatever other processes write."""
        self._db.execute("BEGIN")
        try:
            return fn(*args)
        finally:
            self._db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "LexicalIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- state -------------------------------------------------------------------------
    def _stats(self) -> dict[str, int]:
        return {k: int(v) for k, v in self._db.execute(
            f"SELECT key, value FROM meta WHERE key IN ({','.join('?' * len(_STATS))})", _STATS)}

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
        for doc_id, doc_chunks in by_doc.items():
            index.put(doc_id, str(doc_chunks[0].meta.get("version", "")), doc_chunks)
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
        if len(missing) <= 20:
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
        for doc_id, chunks in batches:
            pending.append((doc_id, chunks))
            size += len(chunks)
            if size >= 2000:
                self._write(lambda: self._put_many(pending, store if full else None, want))
                pending, size = [], 0
        if pending:
            self._write(lambda: self._put_many(pending, store if full else None, want))

    @staticmethod
    def _fresh(store) -> dict[str, str]:
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
        for doc_id, chunks in batch:
            version = want.get(doc_id)
            chunks = [c for c in chunks if c.meta.get("version") == version]
            if not chunks or have.get(doc_id) == version or (doc_id in have and store is None):
                continue
            self._remove(doc_id)
            self._add(doc_id, version, chunks)

    def put(self, doc_id: str, version: str, chunks: list) -> None:
        """Index a document version (replacing whatever version was indexed)."""
        def run() -> None:
            self._remove(doc_id)
            self._add(doc_id, version, list(chunks))
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

    def _add(self, doc_id: str, version: str, chunks: list) -> None:
        """Index one document's chunks; its rows are consecutive (writers are serialised), so its
        postings are found again by (term, row range) when it is removed."""
        db = self._db
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
                bigrams.update(pairs(phrase))
                found.update(phrase_tokens(phrase))
            if shared:
                known[text] = found
            return found

        rows: list[tuple[int, list[Counter]]] = []
        lens = [0, 0, 0]
        for chunk in chunks:
            meta = chunk.meta
            section = meta.get("section", "") or ""
            if meta.get("context"):  # a list item is about what its lead-ins say ("Đến năm 2025:")
                section = f"{section} › {meta['context']}"
            fields = [tokens(chunk.text, False), tokens(section, True), tokens(meta.get("title", "") or "", True)]
            sizes = [max(1, sum(c.values())) for c in fields]  # an empty field counts one token, as in bm25s
            row = db.execute("INSERT INTO chunks(chunk_id, doc_id, kind, year, n0, n1, n2) VALUES (?,?,?,?,?,?,?)",
                             (chunk.id, doc_id, fold(meta.get("doc_kind", "") or ""), int(meta.get("year") or 0),
                              *sizes)).lastrowid
            rows.append((row, fields))
            lens = [a + b for a, b in zip(lens, sizes)]
        terms = self._term_ids({tok for _, fields in rows for c in fields for tok in c})
        postings: list[tuple[int, int, int, int, int]] = []
        df: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        for row, fields in rows:
            tfs: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
            for i, counter in enumerate(fields):
                for tok, tf in counter.items():
                    tfs[tok][i] = tf
            for tok, (a, b, c) in tfs.items():
                tid = terms[tok]
                postings.append((tid, row, a, b, c))
                d = df[tid]
                d[0] += a > 0
                d[1] += b > 0
                d[2] += c > 0
        postings.sort()
        db.executemany("INSERT INTO postings(term, row, tf0, tf1, tf2) VALUES (?,?,?,?,?)", postings)
        db.executemany("UPDATE terms SET df0 = df0 + ?, df1 = df1 + ?, df2 = df2 + ? WHERE id = ?",
                       [(*d, tid) for tid, d in df.items()])
        self._bump(len(rows), lens)
        vocab = {"w": dict(words), "b": {a + " " + b: n for (a, b), n in bigrams.items()}}
        db.executemany("INSERT INTO words(form, folded, n) VALUES (?,?,?) ON CONFLICT(form) DO UPDATE SET n = n + excluded.n",
                       [(w, fold(w), n) for w, n in vocab["w"].items()])
        db.executemany("INSERT INTO bigrams(form, folded, n) VALUES (?,?,?) ON CONFLICT(form) DO UPDATE SET n = n + excluded.n",
                       [(f, fold(f), n) for f, n in vocab["b"].items()])
        ids = np.asarray(sorted(df), dtype=np.int64)
        lo, hi = (rows[0][0], rows[-1][0]) if rows else (0, -1)
        db.execute("INSERT INTO docs(doc_id, version, lo, hi, terms, vocab) VALUES (?,?,?,?,?,?)",
                   (doc_id, version, lo, hi, ids.tobytes(), json.dumps(vocab, ensure_ascii=False)))

    def _term_ids(self, tokens: set[str]) -> dict[str, int]:
        self._db.executemany("INSERT OR IGNORE INTO terms(term) VALUES (?)", [(t,) for t in tokens])
        return self._lookup(tokens, "id, term")

    def _lookup(self, tokens: Iterable[str], columns: str) -> dict:
        out = {}
        tokens = list(tokens)
        for start in range(0, len(tokens), 500):
            part = tokens[start:start + 500]
            for row in self._db.execute(f"SELECT {columns} FROM terms WHERE term IN ({','.join('?' * len(part))})", part):
                out[row[1]] = row[0] if len(row) == 2 else (row[0], *row[2:])
        return out

    def _remove(self, doc_id: str) -> None:
        db = self._db
        found = db.execute("SELECT lo, hi, terms, vocab FROM docs WHERE doc_id = ?", (doc_id,)).fetchone()
        if found is None:
            return
        lo, hi, blob, vocab = found
        terms = np.frombuffer(blob, dtype=np.int64).tolist()
        for start in range(0, len(terms), 500):
            part = terms[start:start + 500]
            db.executemany("UPDATE terms SET df0 = df0 - ?, df1 = df1 - ?, df2 = df2 - ? WHERE id = ?", [
                (a, b, c, tid) for tid, a, b, c in db.execute(
                    "SELECT term, SUM(tf0 > 0), SUM(tf1 > 0), SUM(tf2 > 0) FROM postings "
                    f"WHERE term IN ({','.join('?' * len(part))}) AND row BETWEEN ? AND ? GROUP BY term",
                    [*part, lo, hi]).fetchall()])
        db.executemany("DELETE FROM postings WHERE term = ? AND row BETWEEN ? AND ?", [(t, lo, hi) for t in terms])
        n, *lens = db.execute("SELECT COUNT(*), TOTAL(n0), TOTAL(n1), TOTAL(n2) FROM chunks WHERE doc_id = ?",
                              (doc_id,)).fetchone()
        self._bump(-n, [-int(x) for x in lens])
        db.execute("DELETE FROM chunks WHERE doc_id = ?", (doc_id,))
        counts = json.loads(vocab)
        for table, forms in (("words", counts["w"]), ("bigrams", counts["b"])):
            db.executemany(f"UPDATE {table} SET n = n - ? WHERE form = ?", [(n, f) for f, n in forms.items()])
            db.execute(f"DELETE FROM {table} WHERE n <= 0")
        db.execute("DELETE FROM docs WHERE doc_id = ?", (doc_id,))

    # ---- querying ----------------------------------------------------------------------
    def _plan(self, groups: list[tuple[list[str], float]]):
        """The question's known tokens: ids, weights, idf per field, document frequencies, and
        each field's average length."""
        weight: Counter[str] = Counter()
        for tokens, w in groups:
            for tok in tokens:  # a token repeated in a group counts again, as in bm25s
                weight[tok] += w
        stats = self._stats()
        known = self._lookup(weight, "id, term, df0, df1, df2")
        n = stats["n"]
        if not known or n == 0:
            return None
        toks = list(known)
        ids = np.asarray([known[t][0] for t in toks], dtype=np.int64)
        df = np.asarray([known[t][1:] for t in toks], dtype=np.float64)
        idf = np.where(df > 0, np.log(1 + (n - df + 0.5) / (df + 0.5)), 0.0)
        wt = np.asarray([weight[t] for t in toks], dtype=np.float64)
        avg = np.asarray([max(stats[f"len{i}"], 1) / n for i in range(3)], dtype=np.float64)
        return ids, wt, idf, df, avg

    @staticmethod
    def _score(plan, rows: np.ndarray) -> np.ndarray:
        """Scores of posting rows [term id, row, tf0, tf1, tf2, n0, n1, n2]."""
        ids, wt, idf, _, avg = plan
        where = {int(t): i for i, t in enumerate(ids)}
        k = np.fromiter((where[int(t)] for t in rows[:, 0]), dtype=np.int64, count=len(rows))
        tf, dl = rows[:, 2:5].astype(np.float64), rows[:, 5:8].astype(np.float64)
        part = tf / (K1 * ((1 - B) + B * dl / avg) + tf)
        field_w = np.asarray(list(FIELDS.values()))
        return wt[k] * (part * idf[k] * field_w).sum(axis=1)

    def top(self, groups: list[tuple[list[str], float]], n: int, doc: str | None = None,
            kind: str | None = None, year: int | None = None, docs: Iterable[str] | None = None) -> list[LexicalHit]:
        """The n best chunks for weighted token groups among those passing the filters. Scores
        are exact unless POSTINGS_BUDGET left the commonest tokens out (score() is always exact)."""
        return self._guarded(self._snapshot, self._top, groups, n, doc, kind, year, None if docs is None else list(docs))

    def _top(self, groups, n, doc, kind, year, docs) -> list[LexicalHit]:
        plan = self._plan(groups)
        if plan is None or n <= 0 or (docs is not None and not docs):
            return []
        ids, _, _, df, _ = plan
        chosen, total = [], 0
        for i in np.argsort(df.sum(axis=1), kind="stable"):
            if chosen and total + df[i].sum() > POSTINGS_BUDGET:
                break
            chosen.append(int(ids[i]))
            total += df[i].sum()
        sql = ("SELECT p.term, p.row, p.tf0, p.tf1, p.tf2, c.n0, c.n1, c.n2 FROM postings p "
               f"JOIN chunks c ON c.row = p.row WHERE p.term IN ({','.join('?' * len(chosen))})")
        args: list = list(chosen)
        if doc:
            sql, args = sql + " AND c.doc_id = ?", [*args, doc]
        if docs is not None:
            sql, args = sql + f" AND c.doc_id IN ({','.join('?' * len(docs))})", [*args, *docs]
        if kind:
            sql, args = sql + " AND c.kind = ?", [*args, fold(kind)]
        if year:
            sql, args = sql + " AND c.year = ?", [*args, int(year)]
        rows = np.asarray(self._db.execute(sql, args).fetchall(), dtype=np.int64).reshape(-1, 8)
        if not len(rows):
            return []
        row_ids, inverse = np.unique(rows[:, 1], return_inverse=True)
        scores = np.bincount(inverse, weights=self._score(plan, rows))
        n = min(n, int(np.count_nonzero(scores > 0)))
        if n <= 0:
            return []
        best = np.argpartition(-scores, n - 1)[:n]
        best = best[np.argsort(-scores[best], kind="stable")]
        names = dict(self._db.execute(
            f"SELECT row, chunk_id FROM chunks WHERE row IN ({','.join('?' * len(best))})",
            [int(row_ids[i]) for i in best]))
        return [LexicalHit(names[int(row_ids[i])], float(scores[i])) for i in best]

    def score(self, groups: list[tuple[list[str], float]], chunk_ids: Iterable[str]) -> dict[str, float]:
        """Exact BM25 of the given chunks (those not indexed are left out; unmatched ones score 0)."""
        return self._guarded(self._snapshot, self._score_ids, groups, list(chunk_ids))

    def _score_ids(self, groups, chunk_ids: list[str]) -> dict[str, float]:
        if not chunk_ids:
            return {}
        rows_of = dict(self._db.execute(
            f"SELECT row, chunk_id FROM chunks WHERE chunk_id IN ({','.join('?' * len(chunk_ids))})", chunk_ids))
        out = {cid: 0.0 for cid in rows_of.values()}
        plan = self._plan(groups)
        if plan is None or not rows_of:
            return out
        terms, rows = [int(t) for t in plan[0]], list(rows_of)
        got = np.asarray(self._db.execute(
            "SELECT p.term, p.row, p.tf0, p.tf1, p.tf2, c.n0, c.n1, c.n2 FROM chunks c CROSS JOIN postings p "
            f"ON p.row = c.row WHERE c.row IN ({','.join('?' * len(rows))}) "
            f"AND p.term IN ({','.join('?' * len(terms))})", [*rows, *terms]).fetchall(),
            dtype=np.int64).reshape(-1, 8)
        if len(got):
            for row, value in zip(got[:, 1], self._score(plan, got)):
                out[rows_of[int(row)]] += float(value)
        return out
