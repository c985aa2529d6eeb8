"""The answer service every channel uses: one object holding the store, the embedder and search."""
from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from bot.answer import Answer, compose
from ingest.pipeline import IngestReport, Ingestor, ProgressFactory
from troly.config import Settings, get_settings
from troly.texts import t
from vectorstore.embed_cache import EmbedCache
from vectorstore.embeddings import TrolyEmbeddings, make_embeddings
from vectorstore.search import Filters, Passage, Searcher
from vectorstore.store import DocRecord, Store

TokenCallback = Callable[[str], None]


class Assistant:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or get_settings()

    @cached_property
    def embeddings(self) -> TrolyEmbeddings:
        return make_embeddings(self.settings.embeddings)

    @cached_property
    def store(self) -> Store:
        name = self.settings.embeddings
        return Store(self.settings, name)

    @cached_property
    def searcher(self) -> Searcher:
        return Searcher(self.store, self.embeddings)

    # ---- documents -------------------------------------------------------------------
    def ingest(self, paths: list[Path], doc_id: str | None = None,
               progress: ProgressFactory | None = None) -> IngestReport:
        cache = EmbedCache(self.settings.embed_cache, self.embeddings.name) if self.settings.embed_cache else None
        ingestor = Ingestor(self.store, self.embeddings, int(self.settings.max_file_mb * 1e6),
                            self.settings.embed_batch, cache=cache)
        return ingestor.ingest(paths, doc_id=doc_id, progress=progress)

    def remove(self, doc_id: str) -> bool:
        return self.store.remove(doc_id)

    def documents(self) -> list[DocRecord]:
        return sorted(self.store.records().values(), key=lambda r: r.doc_id)

    # ---- questions -------------------------------------------------------------------
    def search(self, question: str, k: int = 10, filters: Filters | None = None) -> list[Passage]:
        return self.searcher.search(question, k=k, filters=filters)

    def ask(self, question: str, history: list[tuple[str, str]] | None = None,
            on_token: TokenCallback | None = None, filters: Filters | None = None) -> Answer:
        """Answer a question. `history` holds (question, answer) turns of this conversation;
        `on_token` receives text as it is generated (language-model mode only)."""
        question = question.strip()
        if not question:
            return Answer(question, t("answer.empty_question"), False)
        if not self.store.records():
            return Answer(question, t("answer.no_documents"), False)
        return compose(question, self.search(question, k=10, filters=filters))
