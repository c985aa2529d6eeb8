"""The Chroma store: chunks with their vectors, and one record per document.

Crash safety comes from the write order. A new version's chunks are written under new ids
first; then the document record is switched to that version in one upsert; then the old
version's chunks are deleted. Readers only trust chunks whose version the record names, so a
kill at any point leaves the old or the new version complete, and a rerun finishes the job.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.api import ClientAPI
from chromadb.config import Settings as ChromaSettings

CHUNKS = "troly_chunks"
DOCS = "troly_documents"
_PAGE = 2000
WRITE_BATCH = 128  # chunks per upsert: large enough to be cheap, small enough to show progress


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

    def summary(self) -> dict:
        return {"id": self.doc_id, "title": self.title, "kind": self.kind, "source": self.source,
                "chunks": self.chunks, "ingested_at": self.ingested_at}


@dataclass
class StoredChunk:
    id: str
    text: str
    meta: dict
    score: float = 0.0

    @property
    def doc_id(self) -> str:
        return self.meta["doc_id"]


def chunk_id(doc_id: str, version: str, position: int) -> str:
    return f"{doc_id}::{version}::{position:05d}"


Location = Path | str | ClientAPI  # a folder, a Chroma server URL ("http://host:8000"), or a client


def _client(where: Location) -> tuple[ClientAPI, str]:
    """The Chroma client for a location, and the location as a string (what caches are keyed by)."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if not isinstance(where, (str, Path)):
        return where, f"client:{id(where)}"
    if isinstance(where, str) and where.startswith(("http://", "https://")):
        url = urlparse(where)
        try:
            client = chromadb.HttpClient(host=url.hostname or "localhost",
                                         port=url.port or (443 if url.scheme == "https" else 8000),
                                         ssl=url.scheme == "https", settings=chroma_settings)
            client.heartbeat()
        except Exception as exc:  # connection refused, DNS, TLS...
            raise StoreError(f"Không kết nối được máy chủ Chroma tại {where}: {exc}") from exc
        return client, where
    path = Path(where)
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings), str(path.resolve())


class Store:
    """`where`: the folder of an embedded store, a Chroma server URL, or a Chroma client."""

    def __init__(self, where: Location, embedder_name: str) -> None:
        self.client, self.location = _client(where)
        self.chunks = self.client.get_or_create_collection(
            CHUNKS, embedding_function=None, configuration={"hnsw": {"space": "cosine"}},
            metadata={"embedder": embedder_name})
        found = (self.chunks.metadata or {}).get("embedder")
        if found and found != embedder_name:
            raise StoreError(f"Kho dữ liệu được tạo với bộ nhúng «{found}», nhưng cấu hình hiện là «{embedder_name}». "
                             "Hãy đặt TROLY_EMBEDDINGS như cũ hoặc dùng thư mục dữ liệu khác (TROLY_DATA_DIR).")
        self.docs = self.client.get_or_create_collection(DOCS, embedding_function=None)
        self._records: dict[str, DocRecord] | None = None

    # ---- documents -------------------------------------------------------------------
    def records(self) -> dict[str, DocRecord]:
        """All document records by id (cached until this process writes)."""
        if self._records is None:
            got = self.docs.get(include=["documents"])
            self._records = {}
            for raw in got["documents"] or []:
                record = DocRecord(**json.loads(raw))
                self._records[record.doc_id] = record
        return self._records

    def get(self, doc_id: str) -> DocRecord | None:
        return self.records().get(doc_id)

    def find_content(self, content_hash: str) -> DocRecord | None:
        return next((r for r in self.records().values() if r.content_hash == content_hash), None)

    def active_versions(self) -> dict[str, str]:
        return {r.doc_id: r.version for r in self.records().values()}

    def fingerprint(self) -> str:
        """Changes whenever the set of live chunks changes (for caches built from the store)."""
        return json.dumps(sorted(self.active_versions().items()))

    # ---- writing ---------------------------------------------------------------------
    def vectors_for(self, embed_keys: list[str]) -> dict[str, np.ndarray]:
        """Stored vectors by embedding-input hash, so no text is embedded twice."""
        found: dict[str, np.ndarray] = {}
        keys = list(dict.fromkeys(embed_keys))
        for start in range(0, len(keys), 500):
            got = self.chunks.get(where={"embed_key": {"$in": keys[start:start + 500]}},
                                  include=["embeddings", "metadatas"])
            for meta, vec in zip(got["metadatas"] or [], got["embeddings"] if got["embeddings"] is not None else []):
                found.setdefault(meta["embed_key"], np.asarray(vec, dtype=np.float32))
        return found

    def write(self, record: DocRecord, ids: list[str], texts: list[str], metas: list[dict],
              vectors: np.ndarray, progress: Callable[[int], None] | None = None) -> None:
        """Store a document version: chunks, then the record (the switch), then drop old chunks.
        `progress` is told how many chunks each batch wrote."""
        batch = max(1, min(self.client.get_max_batch_size(), WRITE_BATCH))
        for start in range(0, len(ids), batch):
            end = start + batch
            self.chunks.upsert(ids=ids[start:end], documents=texts[start:end], metadatas=metas[start:end],
                               embeddings=vectors[start:end])
            if progress:
                progress(len(ids[start:end]))
        record.ingested_at = time.strftime("%Y-%m-%dT%H:%M:%S")
        self.docs.upsert(ids=[record.doc_id], embeddings=[[1.0]], documents=[json.dumps(asdict(record), ensure_ascii=False)],
                         metadatas=[{"content_hash": record.content_hash, "version": record.version}])
        self._records = None
        self._delete_chunks({"$and": [{"doc_id": record.doc_id}, {"version": {"$ne": record.version}}]})

    def remove(self, doc_id: str) -> bool:
        if self.get(doc_id) is None:
            return False
        self.docs.delete(ids=[doc_id])
        self._records = None
        self._delete_chunks({"doc_id": doc_id})
        return True

    def sweep(self) -> int:
        """Delete chunks no record points to (left by a killed ingest); returns how many."""
        active = self.active_versions()
        stale = [cid for cid, meta in self._iter_meta() if active.get(meta["doc_id"]) != meta["version"]]
        for start in range(0, len(stale), 1000):
            self.chunks.delete(ids=stale[start:start + 1000])
        return len(stale)

    def _delete_chunks(self, where: dict) -> None:
        while True:
            got = self.chunks.get(where=where, include=[], limit=_PAGE)
            if not got["ids"]:
                return
            self.chunks.delete(ids=got["ids"])

    def _iter_meta(self) -> Iterator[tuple[str, dict]]:
        offset = 0
        while True:
            got = self.chunks.get(include=["metadatas"], limit=_PAGE, offset=offset)
            if not got["ids"]:
                return
            yield from zip(got["ids"], got["metadatas"])
            offset += len(got["ids"])

    # ---- reading ---------------------------------------------------------------------
    def iter_chunks(self) -> Iterator[StoredChunk]:
        """Every live chunk (the lexical index is built from this)."""
        active = self.active_versions()
        offset = 0
        while True:
            got = self.chunks.get(include=["documents", "metadatas"], limit=_PAGE, offset=offset)
            if not got["ids"]:
                return
            for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"]):
                if active.get(meta["doc_id"]) == meta["version"]:
                    yield StoredChunk(cid, text, meta)
            offset += len(got["ids"])

    def get_chunks(self, ids: list[str]) -> list[StoredChunk]:
        if not ids:
            return []
        got = self.chunks.get(ids=ids, include=["documents", "metadatas"])
        by_id = {cid: StoredChunk(cid, text, meta) for cid, text, meta in
                 zip(got["ids"], got["documents"], got["metadatas"])}
        return [by_id[i] for i in ids if i in by_id]

    def doc_chunks(self, doc_id: str) -> list[StoredChunk]:
        record = self.get(doc_id)
        if record is None:
            return []
        got = self.chunks.get(where={"$and": [{"doc_id": doc_id}, {"version": record.version}]},
                              include=["documents", "metadatas"])
        chunks = [StoredChunk(cid, text, meta) for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"])]
        return sorted(chunks, key=lambda c: c.meta["position"])

    def dense(self, vector: np.ndarray, k: int, where: dict | None = None) -> list[StoredChunk]:
        """Nearest live chunks by cosine similarity (score = 1 - distance)."""
        total = self.chunks.count()
        if total == 0:
            return []
        active = self.active_versions()
        want = min(total, k + 8)
        while True:
            got = self.chunks.query(query_embeddings=[vector.tolist()], n_results=want, where=where,
                                    include=["documents", "metadatas", "distances"])
            hits = [StoredChunk(cid, text, meta, 1.0 - dist) for cid, text, meta, dist in
                    zip(got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0])
                    if active.get(meta["doc_id"]) == meta["version"]]
            if len(hits) >= k or want >= total or len(got["ids"][0]) < want:
                return hits[:k]
            want = min(total, want * 4)

    def count(self) -> int:
        return sum(r.chunks for r in self.records().values())
