"""Ingest files into the store: read → parse → compare with what is stored → embed only new
text → write. One bad file never stops the others and never touches what is stored."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from ingest.errors import IngestError
from ingest.model import ParsedDocument, short_hash
from ingest.parse import parse_document
from ingest.readers import SUPPORTED_SUFFIXES, read_file
from vectorstore.embed_cache import EmbedCache
from vectorstore.embeddings import TrolyEmbeddings
from vectorstore.store import DocRecord, Store, chunk_id

ProgressFactory = Callable[[int], Callable[[int], None]]


@dataclass
class IngestResult:
    id: str
    source: str
    status: str  # added | updated | unchanged | duplicate | failed
    title: str = ""
    kind: str = ""
    chunks: int = 0
    embedded: int = 0
    error: str | None = None
    duplicate_of: str | None = None

    def to_json(self) -> dict:
        out = {k: v for k, v in asdict(self).items() if k not in ("embedded", "duplicate_of")}
        if self.duplicate_of:
            out["duplicate_of"] = self.duplicate_of
        return out


@dataclass
class IngestReport:
    documents: list[IngestResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return any(d.status == "failed" for d in self.documents)

    def to_json(self) -> dict:
        return {"documents": [d.to_json() for d in self.documents], "seconds": round(self.seconds, 3)}


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named, and supported files inside folders named (recursively, sorted)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                              and not p.name.startswith(".")))
        else:
            out.append(path)
    return out


def embed_input(doc: ParsedDocument, section: str, text: str) -> str:
    """What is embedded for a chunk: its text in the context of its document and section."""
    context = " › ".join(part for part in (doc.meta.title[:160], section) if part)
    return f"{context}\n{text}" if context else text


def _chunk_rows(doc: ParsedDocument, doc_id: str, version: str) -> tuple[list[str], list[str], list[dict], list[str]]:
    ids, texts, metas, inputs = [], [], [], []
    year = doc.meta.year
    for chunk in doc.chunks:
        payload = embed_input(doc, chunk.section, chunk.text)
        meta = {"doc_id": doc_id, "version": version, "position": chunk.position, "section": chunk.section,
                "block": chunk.kind, "title": doc.meta.title, "source": doc.source, "doc_kind": doc.meta.kind,
                "embed_key": short_hash(payload, 24)}
        if year:
            meta["year"] = year
        ids.append(chunk_id(doc_id, version, chunk.position))
        texts.append(chunk.text)
        metas.append(meta)
        inputs.append(payload)
    return ids, texts, metas, inputs


class Ingestor:
    def __init__(self, store: Store, embeddings: TrolyEmbeddings, max_bytes: int, batch: int = 32,
                 cache: EmbedCache | None = None) -> None:
        self.store = store
        self.embeddings = embeddings
        self.max_bytes = max_bytes
        self.batch = batch
        self.cache = cache

    def ingest(self, paths: list[Path], doc_id: str | None = None,
               progress: ProgressFactory | None = None) -> IngestReport:
        started = time.perf_counter()
        report = IngestReport()
        files = expand_paths(paths)
        if doc_id and len(files) > 1:
            raise IngestError("--id chỉ dùng khi nạp đúng một tệp.")
        for path in files:
            report.documents.append(self._one(path, doc_id or path.name, progress))
        self.store.sweep()
        report.seconds = time.perf_counter() - started
        return report

    def _one(self, path: Path, doc_id: str, progress: ProgressFactory | None) -> IngestResult:
        try:
            if not path.exists():
                raise IngestError("Không tìm thấy tệp.")
            doc = parse_document(read_file(path, self.max_bytes), path.name)
            if not doc.chunks:
                raise IngestError("Không tìm thấy đoạn văn bản nào để nạp.")
        except IngestError as exc:
            return IngestResult(doc_id, path.name, "failed", error=str(exc))
        except Exception as exc:  # a reader library failing on a malformed file
            return IngestResult(doc_id, path.name, "failed",
                                error=f"Không đọc được tệp ({exc.__class__.__name__}: {exc}).")
        result = IngestResult(doc_id, path.name, "added", title=doc.meta.title, kind=doc.meta.kind,
                              chunks=len(doc.chunks))
        existing = self.store.get(doc_id)
        if existing and existing.content_hash == doc.content_hash:
            result.status = "unchanged"
            return result
        twin = self.store.find_content(doc.content_hash)
        if twin and twin.doc_id != doc_id:
            result.status = "duplicate"
            result.duplicate_of = twin.doc_id
            result.chunks = 0
            return result
        version = doc.content_hash[:12]
        ids, texts, metas, inputs = _chunk_rows(doc, doc_id, version)
        vectors, result.embedded = self._vectors(inputs, metas, progress)
        record = DocRecord(doc_id=doc_id, title=doc.meta.title, kind=doc.meta.kind, source=doc.source,
                           content_hash=doc.content_hash, version=version, chunks=len(ids), ingested_at="",
                           year=doc.meta.year, meta=asdict(doc.meta), glossary=doc.glossary,
                           obligations=[o.to_dict() for o in doc.obligations], outline=doc.outline())
        self.store.write(record, ids, texts, metas, vectors)
        result.status = "updated" if existing else "added"
        return result

    def _vectors(self, inputs: list[str], metas: list[dict],
                 progress: ProgressFactory | None) -> tuple[np.ndarray, int]:
        """Vectors for every chunk, embedding only inputs the store has never seen."""
        keys = [m["embed_key"] for m in metas]
        known = self.store.vectors_for(keys)
        if self.cache:
            known.update(self.cache.get([k for k in keys if k not in known]))
        todo: dict[str, str] = {}
        for key, text in zip(keys, inputs):
            if key not in known:
                todo.setdefault(key, text)
        if todo:
            tick = progress(len(todo)) if progress else None
            fresh = dict(zip(todo.keys(), self.embeddings.embed_passages(list(todo.values()), batch=self.batch,
                                                                         progress=tick)))
            known.update(fresh)
            if self.cache:
                self.cache.put(fresh)
        return np.vstack([known[k] for k in keys]), len(todo)
