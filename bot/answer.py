"""The offline answer composer: answer first, from the cited passages' own sentences."""
from __future__ import annotations

from dataclasses import dataclass, field

from ingest.chunker import split_sentences
from troly.texts import t
from vectorstore.search import Passage

MIN_SCORE = 0.80  # dense cosine below which the documents are taken not to answer


@dataclass
class Citation:
    n: int
    passage: Passage

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

    def to_json(self) -> dict:
        return {"question": self.question, "answer": self.answer, "found": self.found,
                "citations": [c.to_json() for c in self.citations], "mode": self.mode}


def compose(question: str, passages: list[Passage]) -> Answer:
    if not passages or passages[0].score < MIN_SCORE:
        return Answer(question, t("answer.not_found"), False,
                      [Citation(i + 1, p) for i, p in enumerate(passages[:3])])
    cited = passages[:3]
    first = split_sentences(cited[0].text)[:2]
    answer = " ".join(first) + " [1]"
    return Answer(question, answer, True, [Citation(i + 1, p) for i, p in enumerate(cited)])
