"""Search over the store. Returns Passages: what a citation needs, and LangChain Documents on request."""
from __future__ import annotations

from dataclasses import dataclass

from langchain_core.documents import Document

from vectorstore.embeddings import TrolyEmbeddings
from vectorstore.store import Store, StoredChunk


@dataclass
class Passage:
    chunk_id: str
    doc_id: str
    document: str  # the document title
    source: str
    section: str
    text: str
    score: float
    position: int = 0

    @classmethod
    def from_chunk(cls, chunk: StoredChunk, score: float) -> "Passage":
        m = chunk.meta
        return cls(chunk.id, m["doc_id"], m.get("title", ""), m.get("source", ""), m.get("section", ""),
                   chunk.text, score, int(m.get("position", 0)))

    def to_json(self) -> dict:
        return {"doc_id": self.doc_id, "document": self.document, "source": self.source,
                "section": self.section, "text": self.text, "score": round(self.score, 4)}

    def to_document(self) -> Document:
        return Document(page_content=self.text, id=self.chunk_id,
                        metadata={"doc_id": self.doc_id, "document": self.document, "source": self.source,
                                  "section": self.section, "score": self.score, "position": self.position})


@dataclass
class Filters:
    doc: str | None = None
    kind: str | None = None
    year: int | None = None

    def where(self) -> dict | None:
        clauses: list[dict] = []
        if self.doc:
            clauses.append({"doc_id": self.doc})
        if self.kind:
            clauses.append({"doc_kind": self.kind})
        if self.year:
            clauses.append({"year": self.year})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


class Searcher:
    """Dense retrieval; the hybrid (dense + lexical, fused) search builds on this."""

    def __init__(self, store: Store, embeddings: TrolyEmbeddings) -> None:
        self.store = store
        self.embeddings = embeddings

    def search(self, question: str, k: int = 10, filters: Filters | None = None) -> list[Passage]:
        vector = self.embeddings.embed_question(question)
        hits = self.store.dense(vector, k, where=(filters or Filters()).where())
        return [Passage.from_chunk(h, h.score) for h in hits]
