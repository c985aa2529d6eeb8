"""What an answer is: the text, whether it was found, and its numbered citations.

Kept apart from the composer so that channels can show answers without importing how they are made.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from vectorstore.search import Passage


@dataclass
class Citation:
    n: int
    passage: Passage
    spans: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of the quoted text in passage.text

    def to_json(self) -> dict:
        p = self.passage
        return {"n": self.n, "doc_id": p.doc_id, "document": p.document, "source": p.source,
                "section": p.section, "text": p.text}


@dataclass
class Answer:
    question: str
    answer: str
    found: bool
    citations: list[Citation] = field(default_factory=list)
    mode: str = "offline"
    confidence: float | None = None  # 0..1, how sure the offline composer is (None: not measured)

    def to_json(self) -> dict:
        out = {"question": self.question, "answer": self.answer, "found": self.found,
               "citations": [c.to_json() for c in self.citations], "mode": self.mode}
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 3)
        return out


@dataclass
class ObligationHint:
    """An extracted obligation that matches the question (bot/obligations.py): its passage gets credit."""
    doc_id: str
    position: int
    kind: str
    weight: float = 1.0
    when: str = ""  # the period it falls under ("Đến năm 2025"), which the passage itself may not repeat
