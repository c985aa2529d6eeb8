"""The same question on the same store finds the same nearest passages in every process. Chroma kept the last
(up to 1,000) vectors written only in its log, and each process opening the store added them to its search graph
again, in parallel and in its own order: another graph, so another handful of passages found — one question answered
in two ways by two bots (or two runs of the evaluation) reading one store."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np

from tests.helpers import run_in_new_process
from vectorstore.store import DocRecord, Store, chunk_id

ROOT = Path(__file__).resolve().parents[1]
DIM = 384


def _nearest(chroma: str, lock_dir: str) -> list[list[str]]:
    """In a new process: the store opened, the 40 nearest passages of 25 vectors."""
    with Store(Path(chroma), "embedder", lock_dir=Path(lock_dir)) as store:
        asked = np.random.default_rng(11).standard_normal((25, DIM)).astype(np.float32)
        return [[c.id for c in store.nearest(vector, 40)] for vector in asked]


def _write(store: Store, doc_id: str, n: int, seed: int) -> None:
    version = "v1"
    metas = [{"doc_id": doc_id, "version": version, "position": p, "section": "I", "block": "paragraph",
              "embed_key": f"{doc_id}{p}"} for p in range(n)]
    vectors = np.random.default_rng(seed).standard_normal((n, DIM)).astype(np.float32)
    record = DocRecord(doc_id=doc_id, title=doc_id, kind="Kế hoạch", source=doc_id, content_hash=doc_id,
                       version=version, chunks=n, ingested_at="")
    store.write(record, [chunk_id(doc_id, version, p) for p in range(n)],
                [f"đoạn {p} của {doc_id}" for p in range(n)], metas, vectors)


def _nearest_in_a_new_process(tmp_path: Path) -> list[list[str]]:
    return run_in_new_process(_nearest, str(tmp_path / "chroma"), str(tmp_path))


def test_two_processes_reading_one_store_find_the_same_nearest_passages(tmp_path):
    with Store(tmp_path / "chroma", "embedder", lock_dir=tmp_path) as store:
        for i in range(9):  # 900 passages: fewer than Chroma's 1,000 it saved its graph after
            _write(store, f"van-ban-{i}.txt", 100, seed=i)
    first = _nearest_in_a_new_process(tmp_path)
    assert all(len(found) == 40 for found in first)
    for _ in range(3):
        assert _nearest_in_a_new_process(tmp_path) == first


WRITE_THE_OLD_WAY = """
import sys
import chromadb
import numpy as np
client = chromadb.PersistentClient(path=sys.argv[1])
chunks = client.get_collection("troly_chunks")
chunks.modify(configuration={"hnsw": {"sync_threshold": 1000, "batch_size": 100}})
for i in range(9):
    ids = ["van-ban-%%d.txt::v1::%%05d" %% (i, p) for p in range(100)]
    metas = [{"doc_id": "van-ban-%%d.txt" %% i, "version": "v1", "position": p, "block": "paragraph"}
             for p in range(100)]
    vectors = np.random.default_rng(i).standard_normal((100, %d)).astype(np.float32)
    chunks.upsert(ids=ids, documents=["doan %%d" %% p for p in range(100)], metadatas=metas, embeddings=vectors)
""" % DIM


def test_a_store_made_before_saves_its_unsaved_vectors_once_and_then_reads_the_same(tmp_path):
    """A store written while Chroma saved its graph only every 1,000 vectors (every store made before this fix)."""
    with Store(tmp_path / "chroma", "embedder", lock_dir=tmp_path):
        pass
    subprocess.run([sys.executable, "-c", WRITE_THE_OLD_WAY, str(tmp_path / "chroma")], check=True, cwd=ROOT)
    first = _nearest_in_a_new_process(tmp_path)
    assert all(len(found) == 40 for found in first)
    for _ in range(3):
        assert _nearest_in_a_new_process(tmp_path) == first
