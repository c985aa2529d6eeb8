"""A question finds its truly nearest passages. Chroma's vector search walks a graph and visits at most its search
depth (ef_search, 100 by default) of nodes: on a store of a couple of thousand passages whose vectors crowd around a
few topics it gave back some passage farther than one it missed — the passage answering could be the one missed.
The store is searched as deep as the weights say (Weights.dense_search_depth), also a store made at the old depth."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np

from tests.helpers import run_in_new_process
from vectorstore.store import DocRecord, Store, chunk_id

ROOT = Path(__file__).resolve().parents[1]
DIM, DOCS, PER_DOC, TOPICS, SPREAD, K = 384, 12, 125, 20, 3.0, 40
OLD_DEPTH = """
import sys
import chromadb
chromadb.PersistentClient(path=sys.argv[1]).get_collection("troly_chunks").modify(
    configuration={"hnsw": {"ef_search": 100}})
"""


def _crowded(rng: np.random.Generator, centres: np.ndarray, n: int) -> np.ndarray:
    """Vectors around a few topics, as a store's passages are."""
    return (centres[rng.integers(0, len(centres), n)] + SPREAD * rng.standard_normal((n, DIM))).astype(np.float32)


def _store_and_questions(tmp_path: Path) -> tuple[list[str], np.ndarray, np.ndarray]:
    rng = np.random.default_rng(5)
    centres = rng.standard_normal((TOPICS, DIM))
    ids, vectors = [], _crowded(rng, centres, DOCS * PER_DOC)
    with Store(tmp_path / "chroma", "embedder", lock_dir=tmp_path) as store:
        for d in range(DOCS):
            doc_id, part = f"van-ban-{d}.txt", vectors[d * PER_DOC:(d + 1) * PER_DOC]
            metas = [{"doc_id": doc_id, "version": "v1", "position": p, "section": "I", "block": "paragraph",
                      "embed_key": f"{doc_id}{p}"} for p in range(PER_DOC)]
            record = DocRecord(doc_id=doc_id, title=doc_id, kind="Kế hoạch", source=doc_id, content_hash=doc_id,
                               version="v1", chunks=PER_DOC, ingested_at="")
            ids += [chunk_id(doc_id, "v1", p) for p in range(PER_DOC)]
            store.write(record, ids[-PER_DOC:], [f"đoạn {p} của {doc_id}" for p in range(PER_DOC)], metas, part)
    return ids, vectors, _crowded(rng, centres, 30)


def _nearest(chroma: str, lock_dir: str, asked: list[list[float]]) -> list[list[str]]:
    """In a new process: the store opened, the K nearest passages of each vector asked."""
    with Store(Path(chroma), "embedder", lock_dir=Path(lock_dir)) as store:
        return [[c.id for c in store.nearest(vector, K)] for vector in np.array(asked, dtype=np.float32)]


def _found_share(tmp_path: Path, ids: list[str], vectors: np.ndarray, asked: np.ndarray) -> float:
    """The share of each question's K truly nearest passages (exact cosine) a new process's search gives back."""
    found_all = run_in_new_process(_nearest, str(tmp_path / "chroma"), str(tmp_path), asked.tolist())
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    shares = []
    for question, found in zip(asked, found_all):
        nearest = {ids[i] for i in np.argsort(-(unit @ (question / np.linalg.norm(question))))[:K]}
        shares.append(len(nearest & set(found)) / K)
    return float(np.mean(shares))


def test_a_question_finds_its_truly_nearest_passages(tmp_path):
    ids, vectors, asked = _store_and_questions(tmp_path)
    assert _found_share(tmp_path, ids, vectors, asked) >= 0.995  # Chroma's default depth: ~0.97


def test_a_store_made_at_the_old_depth_is_searched_as_deep_once_opened(tmp_path):
    ids, vectors, asked = _store_and_questions(tmp_path)
    subprocess.run([sys.executable, "-c", OLD_DEPTH, str(tmp_path / "chroma")], check=True, cwd=ROOT)
    assert _found_share(tmp_path, ids, vectors, asked) >= 0.995
