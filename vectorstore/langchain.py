"""LangChain seam: the hybrid search as a VectorStore and a retriever, so LangChain chains and
agents get the same passages (with doc/section metadata for citations) as the bot does.

Writing goes through troly's ingestion (parsing, chunking, crash-safe versions), not add_texts."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from langchain_core.vectorstores import VectorStore
from pydantic import ConfigDict

from troly.texts import t
from vectorstore.search import Filters, Searcher


def _filters(kwargs: dict[str, Any]) -> Filters | None:
    f = kwargs.get("filter") or kwargs.get("filters")
    if isinstance(f, Filters):
        return f
    if isinstance(f, dict):
        return Filters(doc=f.get("doc") or f.get("doc_id"), kind=f.get("kind") or f.get("doc_kind"),
                       year=f.get("year"))
    return None


class TrolyVectorStore(VectorStore):
    """Read-only VectorStore over a Searcher. `filter` may be a Filters or {"doc", "kind", "year"}."""

    def __init__(self, searcher: Searcher) -> None:
        self.searcher = searcher

    @property
    def embeddings(self) -> Embeddings:
        return self.searcher.embeddings

    def similarity_search(self, query: str, k: int = 4, **kwargs: Any) -> list[Document]:
        return [p.to_document() for p in self.searcher.search(query, k=k, filters=_filters(kwargs))]

    def similarity_search_with_score(self, query: str, k: int = 4, **kwargs: Any) -> list[tuple[Document, float]]:
        return [(p.to_document(), p.score) for p in self.searcher.search(query, k=k, filters=_filters(kwargs))]

    def _similarity_search_with_relevance_scores(self, query: str, k: int = 4,
                                                 **kwargs: Any) -> list[tuple[Document, float]]:
        return [(p.to_document(), max(0.0, min(1.0, p.fused)))
                for p in self.searcher.search(query, k=k, filters=_filters(kwargs))]

    def add_texts(self, texts: Iterable[str], metadatas: list[dict] | None = None, **kwargs: Any) -> list[str]:
        raise NotImplementedError(t("store.langchain_add"))

    @classmethod
    def from_texts(cls, texts: list[str], embedding: Embeddings, metadatas: list[dict] | None = None,
                   **kwargs: Any) -> "TrolyVectorStore":
        raise NotImplementedError(t("store.langchain_create"))


class TrolyRetriever(BaseRetriever):
    """BaseRetriever over the hybrid search (k passages, optional filters)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: Searcher
    k: int = 5
    filters: Filters | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [p.to_document() for p in self.searcher.search(query, k=self.k, filters=self.filters)]
