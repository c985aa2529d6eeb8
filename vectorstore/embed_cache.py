"""An optional on-disk cache of passage and question vectors, shared across stores and processes (TROLY_EMBED_CACHE).

The store already reuses its own vectors; this cache also spares the embedding cost when the
same text is ingested into another store (a fresh data directory, a test run, a re-index), and when a question
is asked again by another process (a restarted bot, an evaluation run again): embedding a question is most of
an answer's CPU on a small store."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np

from ingest.model import short_hash


def question_key(text: str) -> str:
    """A question's key: apart from the passages' (the same text embedded as a question is another vector)."""
    return "question:" + short_hash(text, 24)


INGEST_WAIT = 30.0  # seconds a write waits for another process holding the file: an ingest can wait
QUESTION_WAIT = 1.0  # … a question's write: inside a user's answer, given up soon (the question is only not kept)


class EmbedCache:
    def __init__(self, path: Path, embedder: str, busy_wait: float = INGEST_WAIT) -> None:
        """`busy_wait`: how long a write waits for another process's lock before it fails."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), timeout=busy_wait, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # a cache: a vector a power cut loses is embedded again
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (embedder TEXT, key TEXT, data BLOB, "
                         "PRIMARY KEY (embedder, key))")
        self._embedder = embedder

    def get(self, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            rows = self._db.execute(
                f"SELECT key, data FROM vec WHERE embedder = ? AND key IN ({','.join('?' * len(part))})",
                [self._embedder, *part]).fetchall()
            found.update((k, np.frombuffer(d, dtype=np.float32)) for k, d in rows)
        return found

    def put(self, items: dict[str, np.ndarray]) -> None:
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?, ?)",
                                 [(self._embedder, k, np.asarray(v, dtype=np.float32).tobytes())
                                  for k, v in items.items()])

    def close(self) -> None:
        self._db.close()
