"""Questions comparing what two documents say ("Suất quà Tết của công văn 126 và của hướng dẫn 05, bên nào nhiều
hơn?"): each named document is asked the question without its comparing words, and its own line is given, cited —
one document's line alone, or an abstention because no one passage states both, answers half of it. Which is more is
said only when both lines state one amount of money ("700.000 đồng", "1,5 triệu đồng", in đồng); otherwise the
reader compares (a rate and a total are not comparable by their digits)."""
from __future__ import annotations

import re
from collections.abc import Callable

from bot.answer.model import CITATION_MARK, Answer, Citation
from bot.answer.question import money_stated
from troly.tables import toml
from troly.texts import t
from troly.vntext import fold_same_length, is_stopword, kind_names, plain_content, plain_words
from troly.weights import DEFAULT
from vectorstore.search import Filters, Searcher
from vectorstore.store import DocRecord

_CUES = toml("question_cues.toml")["compared"]
_ASKS = re.compile(_CUES["asks"])
_ENDS = re.compile(_CUES["ends"])


def compared_documents(question: str, searcher: Searcher, records: list[DocRecord], filters: Filters | None
                       ) -> list[tuple[str, str]] | None:
    """The documents (two or more, in the order named) a question compares, each with what it is asked: the words
    naming something of it before it is named, else the whole question, without its comparing words; None when it
    compares nothing or names fewer than two documents."""
    if filters is not None and filters.doc:
        return None
    folded = fold_same_length(question).lower()
    m = _ASKS.search(folded)
    if m is None:
        return None
    scope = searcher.scope_of(question)
    numbers = {r.doc_id: str(r.meta.get("number") or "") for r in records}
    if not 2 <= len(scope) <= DEFAULT.compared_most:
        return None
    asked = question[:m.start()] + " " + question[m.end():]
    ends = _ENDS.search(fold_same_length(asked).lower())
    asked = " ".join((asked[:ends.start()] if ends else asked).split()).strip(" ,?") + "?"
    named = sorted((_named_at(asked, numbers.get(doc, "")), doc) for doc in scope)
    sides, start = [], 0
    for end, doc in named:  # "mức chi của HD 05 … mức hỗ trợ của CV 126": each document asked its own words
        own = asked[start:end]
        sides.append((doc, own + "?" if _topic(own) else asked))
        start = end
    return sides


def _named_at(question: str, number: str) -> int:
    """Where the question's words naming a document end: after the digits its number begins with ("05" of
    "05/HD-LĐLĐ"; a question may write "5"); past the end when it does not name them."""
    m = re.match(r"0*(\d+)", number)
    at = re.search(rf"(?<!\d)0*{m.group(1)}(?!\d)", question) if m else None
    return at.end() if at else len(question)


def _topic(words: str) -> bool:
    """Whether words asked of one document name something of it, besides naming it ("mức chi của hướng dẫn 05"; not
    "và của hướng dẫn 05")."""
    kinds = set(" ".join(kind_names(codes=True)).split())
    return any(not is_stopword(w) and w not in kinds and not w.isdigit() for w in plain_words(words).split())


def _amount(line: str) -> tuple[float, str] | None:
    """The one amount of money a line states, in đồng, with its words as written ("1,5 triệu đồng"), or None for
    none or several (question.money_stated: the units of count_words.toml's money_units)."""
    found = money_stated(line)
    return found[0] if len(found) == 1 else None


def _verdict(said: list[tuple[str, str]]) -> str | None:
    """Which of two documents' lines ((label, line)) states more, when each states one amount of money."""
    amounts = [_amount(line) for _, line in said]
    if len(said) != 2 or None in amounts:
        return None
    (a, x), (b, y) = [(label, amount) for (label, _), amount in zip(said, amounts)]
    if x[0] == y[0]:
        return t("answer.compared_same", amount=x[1])
    (more, high), (less, low) = ((a, x), (b, y)) if x[0] > y[0] else ((b, y), (a, x))
    return t("answer.compared_more", more=more, more_amount=high[1], less=less, less_amount=low[1])


def _own_line(answer: Answer, doc: str, asked: str) -> tuple[str, Citation] | None:
    """The line of a document's answer that answers what it was asked, with its citation: its first line, or, when
    that is a list's lead-in (cited to nothing), the item sharing the most words with the question ("mức hỗ trợ tai
    nạn lao động" is item 2 of a letter's list, not item 1); None when the answer abstained."""
    if not answer.found:
        return None
    words = plain_content(asked)
    best: tuple[int, str, Citation] | None = None
    for at, line in enumerate(answer.answer.split("\n")):
        marks = CITATION_MARK.findall(line)  # the last is its quote's: one before it cites its lead-in (cited_leads)
        cited = next((c for c in answer.citations if marks and c.n == int(marks[-1])), None)
        if at == 0 and cited is not None:
            return (CITATION_MARK.sub("", line).strip(), cited) if cited.passage.doc_id == doc else None
        if cited is None or cited.passage.doc_id != doc:
            continue
        shared = len(words & set(plain_words(line).split()))
        if best is None or shared > best[0]:
            best = (shared, CITATION_MARK.sub("", line).strip(), cited)
    return best[1:] if best else None


def side_by_side(question: str, records: list[DocRecord], sides: list[tuple[str, str]],
                 ask: Callable[[str, str], Answer]) -> Answer | None:
    """Each document's line answering what it is asked (`ask(doc, asked)`), cited, then which states more when both
    state one amount in the same unit; None when fewer than two documents answer — the ordinary answer then quotes
    them, where saying "not stated" of a document whose passages state it would be false."""
    labels = {r.doc_id: r.label for r in records}
    lines, citations, said = [t("answer.compared_header")], [], []
    for doc, asked in sides:
        own = _own_line(ask(doc, asked), doc, asked)
        if own is None:
            continue
        line, cited = own
        citations.append(Citation(len(citations) + 1, cited.passage, cited.spans))
        lines.append(t("answer.compared_line", title=labels.get(doc, doc), line=line, n=len(citations)))
        said.append((labels.get(doc, doc), line))
    if len(citations) < 2:
        return None
    verdict = _verdict(said) if len(said) == len(sides) else None
    return Answer(question, "\n".join([*lines, *([verdict] if verdict else [])]), True, citations)
