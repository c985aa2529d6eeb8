"""A question naming a chapter, section or part of a document by its number ("Chương III quy chế gồm những điều
nào?", "Chương V quy chế"): search finds lines of one article of it, or lines of others that share its words, but
what it holds is the document's outline — the titles of the articles under that heading, each cited. One the
document does not have is said so, with the first and last it has, rather than quoting unrelated lines."""
from __future__ import annotations

import re
from collections.abc import Callable

from bot.answer.list_items import in_order
from bot.answer.model import MISSING, Answer, quote, with_part
from bot.answer.sections import articles_under
from bot.answer.written_order import written_document
from ingest.markers import division_number, heading_match
from ingest.model import SECTION_SEP
from ingest.place import article_path, named_place, place_words
from troly.tables import toml
from troly.texts import t
from troly.vntext import fold, kind_names, padded_words
from vectorstore.search import Passage
from vectorstore.store import DocRecord, StoredChunk

_CUES = toml("question_cues.toml")["division"]
_NAMED = re.compile(_CUES["named"])
_ASKS = re.compile(_CUES["asks"])


def _label(text: str) -> str:
    """A division's label folded for comparing ("Chương III" → "chuong iii")."""
    return " ".join(fold(text).lower().split())


def _divisions(record: DocRecord, kind: str) -> list[str]:
    """The heading paths of the document's divisions of `kind` ("chuong"), first to last, each once."""
    out: list[str] = []
    for path in record.outline:
        levels = path.split(SECTION_SEP)
        for depth, level in enumerate(levels):
            m = heading_match(level.strip())
            if m and m.kind == kind:
                head = SECTION_SEP.join(levels[:depth + 1])
                if head not in out:
                    out.append(head)
    return out


def _asks_outline(folded: str, named: re.Match[str]) -> bool:
    """The question asks what the division holds: a cue saying so, or no words but the division's and a kind of
    document's ("Chương V quy chế")."""
    if _ASKS.search(folded):
        return True
    rest = f" {folded[:named.start()]} {folded[named.end():]} "
    for kind in kind_names():
        rest = re.sub(rf"\b{re.escape(kind)}\b", " ", rest)
    return not rest.split()


def division_answer(question: str, records: list[DocRecord], scope: set[str],
                    doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer | None:
    """The outline under the division the question names, of the one document asked (`scope`, else the one document
    divided so); that the document has no such division, naming those it has; None when the question names no
    division, asks more than what it holds, or the document cannot be told."""
    folded = padded_words(question)
    named = _NAMED.search(folded)
    if named is None or not _asks_outline(folded, named):
        return None
    kind, asked = named.group(1), _label(named.group(0))
    divided = [(r, heads) for r in records if (not scope or r.doc_id in scope) and (heads := _divisions(r, kind))]
    if len(divided) != 1:
        return None
    record, heads = divided[0]
    number = division_number(asked)
    if number is None:
        return None
    path = next((h for h in heads if division_number(heading_match(h.split(SECTION_SEP)[-1].strip()).label) == number),
                None)
    if path is None:
        first, last = (heading_match(h.split(SECTION_SEP)[-1].strip()).label for h in (heads[0], heads[-1]))
        last = last.split()[-1]  # "Chương I–IV": the kind said once
        text = t("answer.division_missing", title=record.label,
                 asked=_typed(question, named.group(0)) or named.group(0), first=first, last=last)
        return Answer(question, text, False, mode=MISSING)
    passages = written_document(doc_chunks, record.doc_id)
    articles = articles_under(passages, record.doc_id, path)
    if not articles:
        return None
    titles = [quote(heading) for heading, _ in articles]
    text, citations = in_order([quote(level) for level in path.split(SECTION_SEP)], [p for _, p in articles],
                               len(titles), titles)
    return Answer(question, text, True, citations)


def _articles(passages: list[Passage], number: int) -> list[tuple[list[str], Passage]]:
    """The document's articles numbered `number` (a file's second text may have one too): each one's heading path and
    first passage, in the order written. An article of one line is a passage of its own, under the heading above."""
    found: list[tuple[list[str], Passage]] = []
    for p in passages:
        path = article_path(p.section)
        levels = path.split(SECTION_SEP) if path else [*filter(None, p.section.split(SECTION_SEP)), p.text]
        m = heading_match(levels[-1].strip())
        if m and m.kind == "dieu" and division_number(m.label) == number and all(levels != f[0] for f in found):
            found.append((levels, p))
    return found


def article_choice(question: str, records: list[DocRecord], scope: set[str],
                   doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer | None:
    """"Điều 6 quy định gì?" naming no document, where several loaded documents (or several of those the question or
    conversation is about, `scope`) have an article 6: which ones, each article's heading cited, and the question back —
    not one of them picked by the words "quy định gì" share with its lines. None when the question names no article,
    asks something of it other than what it holds, or one document alone has it."""
    named = named_place(question)
    words = place_words(question)
    if named is None or not words:
        return None
    folded = padded_words(question)
    said = re.search(rf"\b{re.escape(padded_words(words).strip())}\b", folded)
    if said is None or not _asks_outline(folded, said):
        return None
    found = [(record, levels, first) for record in records if not scope or record.doc_id in scope
             for levels, first in _articles(written_document(doc_chunks, record.doc_id),
                                            int(named[0]))]
    if len({record.doc_id for record, _, _ in found}) < 2:  # a law and the charter it carries: one file, asked as one
        return None
    titles = []
    for record, levels, _ in found:
        document, levels = with_part(record.label, levels)
        titles.append(t("answer.article_in_document", document=document, article=quote(levels[-1])))
    typed = words.strip()
    # as the document spells it when typed without diacritics ("dieu 6" → "Điều 6")
    asked = typed if typed != fold(typed) else heading_match(found[0][1][-1].strip()).label
    example = f"{asked} {found[0][0].named.split(' · ')[0]}"
    text, citations = in_order([t("answer.article_which", asked=asked, example=example)],
                               [first for _, _, first in found], len(found), titles)
    return Answer(question, text, True, citations)


def _typed(question: str, folded: str) -> str:
    """The words of the question as typed that fold to `folded` ("Chương V" for "chuong v"), else ""."""
    words = question.split()
    size = len(folded.split())
    for i in range(len(words) - size + 1):
        span = " ".join(w.strip("?.,:;!") for w in words[i:i + size])
        if _label(span) == folded:
            return span
    return ""
