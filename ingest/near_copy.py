"""A copy of a loaded document in another format — the PDF printed from a .txt, a .docx saved from a .md — holds
the same words in the same order, while its spaces, line breaks, case, bullets and a converter's marks differ, so its
content hash is another. The rule: two documents whose runs of SHINGLE words (lower case, diacritics aside) are at
least NEAR_COPY the same (Jaccard similarity, estimated from a MinHash signature of SIGNATURE_SIZE numbers kept in
each document's record) are one text: the one loaded first stays, the other is reported as its duplicate and not
loaded. Measured: the PDF copy of KL 51 against its .txt, and the .docx CV 5115 against its .md, 1.00; any two of
the 46 documents of corpus, corpus-dev and ALQAC, at most 0.07 (the two housing decisions dev_10 and dev_11)."""
from __future__ import annotations

import hashlib
import re

import numpy as np

from troly.vntext import fold

SHINGLE = 5
SIGNATURE_SIZE = 64
NEAR_COPY = 0.9
_PRIME = (1 << 31) - 1
_ROWS = 16_384
_rng = np.random.default_rng(20261203)  # fixed: signatures stored by one run are compared in the next
_A = _rng.integers(1, _PRIME, SIGNATURE_SIZE, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, SIGNATURE_SIZE, dtype=np.uint64)


def signature(text: str) -> list[int]:
    """The MinHash signature of a text's word runs ([] for a text without words)."""
    words = re.findall(r"\w+", fold(text).lower())
    runs = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))} if words else set()
    if not runs:
        return []
    hashes = np.fromiter((int.from_bytes(hashlib.blake2b(r.encode(), digest_size=4).digest(), "little")
                          for r in runs), dtype=np.uint64, count=len(runs))
    low = np.full(SIGNATURE_SIZE, _PRIME, dtype=np.uint64)
    for start in range(0, len(hashes), _ROWS):  # a block at a time: a 2 MB text has 300,000 runs
        low = np.minimum(low, ((np.outer(hashes[start:start + _ROWS], _A) + _B) % _PRIME).min(axis=0))
    return [int(v) for v in low]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated share of word runs two texts have in common (0 when either has no signature)."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b)) / len(a)


def copy_of(mine: list[int], others: dict[str, list[int]]) -> tuple[str, float] | None:
    """The document (id, similarity) whose text this one copies most closely, when at least NEAR_COPY; else None."""
    scored = [(similarity(mine, theirs), doc_id) for doc_id, theirs in others.items()]
    best = max(scored, default=(0.0, ""))
    return (best[1], best[0]) if best[0] >= NEAR_COPY else None
