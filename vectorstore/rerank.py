"""Optional cross-encoder reranking (TROLY_RERANKER): a sentence-transformers CrossEncoder reads
the question and each candidate passage together, which orders close candidates better than
either retriever alone — at the cost of one model pass per candidate, so it is off by default."""
from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np

from troly.texts import t


class Reranker:
    def __init__(self, model: str, max_length: int = 512) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from sentence_transformers import CrossEncoder
        except ImportError as exc:
            raise ValueError(t("settings.reranker_missing")) from exc
        try:
            self._model = CrossEncoder(model, device="cpu", max_length=max_length)
        except Exception as exc:  # missing folder, not a model, nothing in the local cache
            raise ValueError(t("settings.reranker_unusable", model=model, detail=exc)) from exc
        self.name = model

    def scores(self, question: str, texts: Sequence[str]) -> np.ndarray:
        """One relevance score per text (higher is better)."""
        if not texts:
            return np.zeros(0, dtype=np.float32)
        out = self._model.predict([(question, text) for text in texts], show_progress_bar=False,
                                  convert_to_numpy=True)
        out = np.asarray(out, dtype=np.float32)
        return out[:, -1] if out.ndim == 2 else out

    def order(self, question: str, texts: Sequence[str]) -> list[int]:
        """Indexes of `texts`, best first (stable for ties)."""
        s = self.scores(question, texts)
        return sorted(range(len(texts)), key=lambda i: -float(s[i]))
