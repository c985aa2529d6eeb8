"""The lexical side of search: BM25 (bm25s) over Vietnamese syllables and syllable pairs.

Vietnamese writes one syllable per space-separated token and most words are two syllables, so
syllables plus adjacent pairs stand in for a word segmenter. Every token is indexed twice: as
written (lower-cased) and diacritic-folded ("~cong", "~cong_doan"), so a question typed without
accents still matches. Each chunk is indexed in three fields — its text, its section path and its
document title — whose scores are summed with weights.

The index is built from what Chroma holds (Store.iter_chunks), saved under data_dir with the
store's fingerprint, and rebuilt when that fingerprint differs (after ingest/update/remove, here
or in another process before a restart).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np

from troly.vntext import fold, pairs, phrases

logging.getLogger("bm25s").setLevel(logging.WARNING)

FOLD = "~"  # prefix of diacritic-folded tokens
FIELDS = {"text": 1.0, "section": 0.35, "title": 0.2}  # why: the paragraph itself carries the answer;
# the heading path says what it is about; the title mostly separates documents.


def phrase_tokens(words: list[str], accented: bool = True, folded: bool = True,
                  with_pairs: bool = True) -> list[str]:
    """Index tokens for one phrase (troly.vntext.phrases): syllables, pairs ("a_b"), as written and folded."""
    out: list[str] = []
    folds = [fold(w) for w in words]
    if accented:
        out.extend(words)
    if folded:
        out.extend(FOLD + f for f in folds)
    if with_pairs:
        for (a, b), (fa, fb) in zip(pairs(words), pairs(folds)):
            if accented:
                out.append(a + "_" + b)
            if folded:
                out.append(FOLD + fa + "_" + fb)
    return out


def tokenize(text: str) -> list[str]:
    return [tok for words in phrases(text) for tok in phrase_tokens(words)]


@dataclass
class LexicalHit:
    chunk_id: str
    score: float


class Vocabulary:
    """Corpus statistics the query side uses: the accented forms each folded syllable (and
    syllable pair) takes, with counts — for restoring diacritics and fixing typos."""

    def __init__(self, unigrams: dict[str, dict[str, int]] | None = None,
                 bigrams: dict[str, dict[str, int]] | None = None) -> None:
        self.unigrams = unigrams or {}
        self.bigrams = bigrams or {}

    @classmethod
    def from_phrases(cls, all_phrases: Iterable[list[str]]) -> "Vocabulary":
        words: Counter[str] = Counter()
        bigrams: Counter[tuple[str, str]] = Counter()
        for phrase in all_phrases:
            words.update(phrase)
            bigrams.update(pairs(phrase))
        return cls.from_counts(words, bigrams)

    @classmethod
    def from_counts(cls, words: Counter, bigrams: Counter) -> "Vocabulary":
        uni: dict[str, dict[str, int]] = defaultdict(dict)
        bi: dict[str, dict[str, int]] = defaultdict(dict)
        for w, n in words.items():
            uni[fold(w)][w] = n
        for (a, b), n in bigrams.items():
            bi[fold(a) + " " + fold(b)][a + " " + b] = n
        return cls(dict(uni), dict(bi))

    def count(self, folded: str) -> int:
        return sum(self.unigrams.get(folded, {}).values())

    def to_json(self) -> dict:
        return {"unigrams": self.unigrams, "bigrams": self.bigrams}


def _key(fingerprint: str, where: str) -> str:
    return hashlib.sha256(f"{where}\n{fingerprint}".encode()).hexdigest()[:20]


class LexicalIndex:
    """BM25 over the live chunks; rows line up with `chunk_ids`."""

    VERSION = 6  # bump when tokenisation changes, so saved indexes are rebuilt

    def __init__(self, fingerprint: str, chunk_ids: list[str], doc_ids: list[str], kinds: list[str],
                 years: list[int], fields: dict[str, bm25s.BM25], vocab: Vocabulary) -> None:
        self.fingerprint = fingerprint
        self.chunk_ids = chunk_ids
        self.doc_ids = np.asarray(doc_ids, dtype=object)
        self.kinds = np.asarray(kinds, dtype=object)
        self._folded_kinds = np.asarray([fold(k) for k in kinds], dtype=object)
        self.years = np.asarray(years, dtype=np.int32)
        self.fields = fields
        self.vocab = vocab
        self._rows: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self.chunk_ids)

    def rows(self, ids: Iterable[str]) -> dict[str, int]:
        """Row numbers of the given chunk ids (ids not in the index are left out)."""
        if self._rows is None:
            self._rows = {cid: i for i, cid in enumerate(self.chunk_ids)}
        return {cid: self._rows[cid] for cid in ids if cid in self._rows}

    # ---- building ----------------------------------------------------------------------
    @classmethod
    def build(cls, chunks: Iterable, fingerprint: str) -> "LexicalIndex":
        """From StoredChunk-like objects (id, text, meta with doc_id/section/title/doc_kind/year).

        Memory: tokens become ids as soon as a chunk is read (one int object per distinct token,
        shared), section and title id lists are shared by all chunks with the same value, and
        the vocabulary is counted on the fly — so 100,000 chunks fit in a few hundred MB."""
        ids, doc_ids, kinds, years = [], [], [], []
        vocabs: dict[str, dict[str, int]] = {name: {"": 0} for name in FIELDS}
        field_ids: dict[str, list[list[int]]] = {name: [] for name in FIELDS}
        cache: dict[str, dict[str, list[int]]] = {"section": {}, "title": {}}
        words: Counter[str] = Counter()
        bigrams: Counter[tuple[str, str]] = Counter()

        def encode(name: str, text: str) -> list[int]:
            vocab = vocabs[name]
            out = []
            for phrase in phrases(text):
                words.update(phrase)
                bigrams.update(pairs(phrase))
                for tok in phrase_tokens(phrase):
                    tid = vocab.get(tok)
                    if tid is None:
                        tid = vocab[tok] = len(vocab)
                    out.append(tid)
            return out or [0]

        chunks = list(chunks)
        for chunk in chunks:
            meta = chunk.meta
            ids.append(chunk.id)
            doc_ids.append(meta["doc_id"])
            kinds.append(meta.get("doc_kind", "") or "")
            years.append(int(meta.get("year") or 0))
            field_ids["text"].append(encode("text", chunk.text))
            section = meta.get("section", "") or ""
            if meta.get("context"):  # a list item is about what its lead-ins say ("Đến năm 2025:")
                section = f"{section} › {meta['context']}"
            for name, value in (("section", section), ("title", meta.get("title", "") or "")):
                if value not in cache[name]:
                    cache[name][value] = encode(name, value)
                field_ids[name].append(cache[name][value])
        fields = {}
        for name, docs in field_ids.items():
            model = bm25s.BM25(k1=1.2, b=0.75)
            if docs:
                model.index((docs, vocabs[name]), show_progress=False)
            fields[name] = model
        return cls(fingerprint, ids, doc_ids, kinds, years, fields, Vocabulary.from_counts(words, bigrams))

    # ---- persistence -------------------------------------------------------------------
    def save(self, root: Path, where: str) -> Path:
        """Write under root/<key>/ atomically (temp dir then rename); older indexes are removed."""
        root.mkdir(parents=True, exist_ok=True)
        key = _key(self.fingerprint, where)
        final = root / key
        tmp = root / f".{key}.{os.getpid()}.{time.time_ns()}"
        tmp.mkdir()
        meta = {"version": self.VERSION, "fingerprint": self.fingerprint, "where": where,
                "chunk_ids": self.chunk_ids, "doc_ids": self.doc_ids.tolist(), "kinds": self.kinds.tolist(),
                "years": self.years.tolist(), "empty": len(self) == 0}
        if len(self):
            for name, model in self.fields.items():
                model.save(str(tmp / name), show_progress=False)
        (tmp / "vocab.json").write_text(json.dumps(self.vocab.to_json(), ensure_ascii=False), encoding="utf-8")
        (tmp / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        if final.exists():
            shutil.rmtree(final, ignore_errors=True)
        try:
            os.replace(tmp, final)
        except OSError:  # another process saved the same state first: theirs is as good
            shutil.rmtree(tmp, ignore_errors=True)
            return final
        for other in root.iterdir():
            if other.name != key and not other.name.startswith("."):
                shutil.rmtree(other, ignore_errors=True)
        return final

    @classmethod
    def load(cls, root: Path, fingerprint: str, where: str) -> "LexicalIndex | None":
        """The saved index for exactly this store state, or None."""
        path = root / _key(fingerprint, where)
        try:
            meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
            if meta.get("version") != cls.VERSION or meta.get("fingerprint") != fingerprint:
                return None
            vocab = json.loads((path / "vocab.json").read_text(encoding="utf-8"))
            fields = {}
            for name in FIELDS:
                fields[name] = (bm25s.BM25() if meta["empty"]
                                else bm25s.BM25.load(str(path / name), show_progress=False))
        except Exception:  # any damage (an emptied or truncated file, …): rebuilt from the store
            return None
        return cls(fingerprint, meta["chunk_ids"], meta["doc_ids"], meta["kinds"], meta["years"], fields,
                   Vocabulary(vocab.get("unigrams"), vocab.get("bigrams")))

    # ---- querying ----------------------------------------------------------------------
    def mask(self, doc: str | None = None, kind: str | None = None, year: int | None = None,
             docs: Iterable[str] | None = None) -> np.ndarray | None:
        """1.0 for chunks that pass the filters, 0.0 otherwise (None: no filter)."""
        if not (doc or kind or year or docs is not None):
            return None
        keep = np.ones(len(self), dtype=bool)
        if doc:
            keep &= self.doc_ids == doc
        if docs is not None:
            keep &= np.isin(self.doc_ids, list(docs))
        if kind:
            keep &= self._folded_kinds == fold(kind)
        if year:
            keep &= self.years == int(year)
        return keep.astype(np.float32)

    def scores(self, groups: list[tuple[list[str], float]], mask: np.ndarray | None = None) -> np.ndarray:
        """Weighted BM25 over all fields for weighted token groups."""
        total = np.zeros(len(self), dtype=np.float32)
        if not len(self):
            return total
        for name, field_weight in FIELDS.items():
            model = self.fields[name]
            for tokens, weight in groups:
                ids = model.get_tokens_ids(tokens)
                if ids:
                    total += (field_weight * weight) * model.get_scores_from_ids(ids)
        if mask is not None:
            total *= mask
        return total

    def search(self, groups: list[tuple[list[str], float]], n: int,
               mask: np.ndarray | None = None) -> list[LexicalHit]:
        scores = self.scores(groups, mask)
        positive = int(np.count_nonzero(scores > 0))
        n = min(n, positive)
        if n <= 0:
            return []
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [LexicalHit(self.chunk_ids[i], float(scores[i])) for i in top]
