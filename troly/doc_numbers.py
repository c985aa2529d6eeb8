"""How a text names a document by its kind and number ("QĐ 33/2019", "Quyết định số 33/2019"): the kinds' names and
codes (prompts/document_kinds.tsv) and the one reader of a number written with its year after its kind — for search
(vectorstore/query.py doc_refs) and for the years a text states (troly/years.py: that year names the document, no
period asked about). Here, below both, so that neither reads it a second way."""
from __future__ import annotations

import re

from troly import tables
from troly.vntext import fold, fold_same_length


def _doc_kinds() -> dict[str, str]:
    """How a question names a kind of document before its number ("ket luan", "kl") → the kind's code ("kl"),
    folded; the third column of prompts/document_kinds.tsv says which names count."""
    out: dict[str, str] = {}
    for row in tables.rows("document_kinds.tsv"):
        named_by = {w.strip() for w in (row[2] if len(row) > 2 else "").split(",")}
        code = fold(row[0])
        if "tên" in named_by:
            out[fold(row[1])] = code
        if "mã" in named_by:
            out[code] = code
    return out


DOC_KINDS = _doc_kinds()
# "QĐ 22/2013", "Thông tư 98/2013" (folded): a kind, then the number and its year.
NUMBER_YEAR_RE = re.compile(r"\b(" + "|".join(sorted(DOC_KINDS, key=len, reverse=True)) +
                            r")\s*(?:so\s*)?0*(\d{1,4})\s*/\s*((?:19|20)\d{2})\b")


def number_year_spans(text: str) -> set[tuple[int, int]]:
    """Where the year of a document's number written after its kind stands ("Quyết định 33/2019", "QĐ số 33/2019"
    → the span of "2019"): that document's name, no year a question asks about."""
    return {m.span(3) for m in NUMBER_YEAR_RE.finditer(fold_same_length(text))}
