"""The only one of a kind asked ("sản phẩm OCOP 5 sao duy nhất … là gì"): a report rarely says "duy nhất"; it counts
one ("trong đó 01 sản phẩm 5 sao (Chè Shan tuyết …)"). A sentence of a passage found counting one of the kind the
question names — the words after its "01" up to a bracket or a comma, all of them the question's — names it, so it
answers before lines sharing more of the question's other words (a place's name). Words: prompts/question_cues.toml
[only_one]."""
from __future__ import annotations

import re

from bot.answer.model import Answer, Citation
from troly.tables import toml
from troly.texts import alternation
from troly.vntext import fold, plain_words, split_sentences
from vectorstore.search import Passage

_W = toml("question_cues.toml")["only_one"]
_ASKS = re.compile(rf"\b{alternation(_W['asks'], spaced=False)}\b")
_ONE = re.compile(rf"\b{alternation(_W['one'], spaced=False)}\b")
_KIND = re.compile(r"[^(),;:]+")  # what is counted: up to a bracket naming it, or the next count


def _counts_one(sentence: str, asked: set[str]) -> bool:
    """Whether a sentence counts one of the kind asked: after a word counting one, two or more words, all the
    question's ("01 sản phẩm 5 sao (…)" asked "sản phẩm OCOP 5 sao duy nhất")."""
    folded = fold(sentence)
    for found in _ONE.finditer(folded):
        kind = _KIND.match(folded, found.end())
        words = plain_words(kind[0]).split() if kind else []
        if len(words) >= 2 and set(words) <= asked:
            return True
    return False


def only_one(answer: Answer, question: str, passages: list[Passage]) -> Answer | None:
    """The sentence of the first passage found (no table row) counting one of the kind the question asks the only one
    of, cited, alone (lines beside it share the question's other words); None when not asked, none does, or the
    answer is that sentence already."""
    folded = plain_words(question)
    if not _ASKS.search(folded):
        return None
    asked = set(_ASKS.sub(" ", folded).split())
    stated = next(((p, line) for p in passages if not p.off_scope and not p.text.lstrip().startswith("|")
                   for line in split_sentences(p.text) if _counts_one(line, asked)), None)
    if stated is None:
        return None
    p, line = stated
    span = (start := p.text.find(line), start + len(line.rstrip()))
    if [(c.passage.chunk_id, c.spans) for c in answer.citations] == [(p.chunk_id, [span])]:
        return None
    return Answer(answer.question, f"{line.strip()} [1]", True, [Citation(1, p, [span])], answer.mode,
                  answer.confidence)
