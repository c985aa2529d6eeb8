"""A province the question names that the passages answering it are not of ("MTTQ tỉnh Bình Thuận hỗ trợ … bao
nhiêu tiền?" with only Ninh Thuận's guide loaded): the figure a province's body sets is that province's, and quoted
as the answer it tells the user another province's rule as if it were theirs. The answer then says the documents do
not state it for the place asked, and shows the passages found as possibly related only.

A document is of a province its issuer's name or upper body names ("Ban Thường trực" of "Ủy ban MTTQ tỉnh Ninh
Thuận": issuers.issuer_place_names without its seat); a ministry's, a district's or a company's, naming none, is of
no one province and may answer for any. A passage of a province's document still answers for the place asked when
its text, heading, lead-in or document's name — or another passage found of the same document — writes that place (a
partner, "phối hợp với tỉnh Bình Thuận", or a trip's destination), or when the place asked and the document's
province are one since the 2025 mergers (prompts/places.tsv: Bình Thuận and Lâm Đồng). Checked on the answer as
composed (service._answer), whichever answerer gave it: a table's row or a range holding a quantity asked quotes
another province's figure as much as a line does."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from troly.vntext import merged_places, padded_words, places
from vectorstore.issuers import places_in
from vectorstore.search import Passage


def provinces_named(text: str) -> set[str]:
    """The provinces a text names, as prompts/places.tsv writes them ("tinh binh thuan": "Bình Thuận"), read as search
    reads them (issuers.places_in: the marks typed must fit the place's, so "cá lồng ăn" names no Long An)."""
    named = places_in(text)
    return {name for name in set(places().values()) if padded_words(name) in named}


def _one(names: set[str]) -> set[str]:
    """Each province with the one it merged into: either's name stands for both."""
    merged = merged_places()
    return names | {merged[name] for name in names if name in merged}


def of_another_place(question: str, chosen: Sequence[Passage], found: Sequence[Passage],
                     home: Callable[[str], set[str]]) -> tuple[str, str]:
    """(the province asked, the provinces the chosen passages' documents are of), each as named, "; "-joined, when
    every chosen passage is of a province's document (`home`: a document's provinces by its id) and neither it nor
    its document's passages found write the place asked; ("", "") otherwise."""
    asked = provinces_named(question)
    if not asked or not chosen:
        return "", ""
    same = _one(asked)
    others: list[str] = []
    for p in chosen:
        own = home(p.doc_id)
        written = provinces_named(" \n ".join(q.written for q in (p, *found) if q.doc_id == p.doc_id))
        if not own or _one(own) & same or _one(written) & same:
            return "", ""
        others += sorted(own - set(others))
    return "; ".join(sorted(asked)), "; ".join(others)
