"""Which loaded documents a question is scoped to by the place that issued them ("ở Gia Lai",
"CĐGD Lâm Đồng", "tphcm"): names and the ways people type them come from prompts/places.tsv.
(Document numbers and plan aliases — "QĐ 773", "KH KL21", "CT 41" — are read by vectorstore/query.py.)"""
from __future__ import annotations

from functools import lru_cache

from troly import tables
from troly.vntext import plain_words
from troly.vntext import places as place_names


def _plain(text: str) -> str:
    """Plain words, padded: word-boundary matching by substring."""
    return f" {plain_words(text)} "


_JOINTS = ("", *tables.toml("header_words.toml")["scope"]["of"])


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """{plain form people type: canonical plain name}."""
    return {f" {form} ": _plain(name) for form, name in place_names().items()}


def places_in(text: str) -> set[str]:
    plain = _plain(text)
    return {canonical for form, canonical in places().items() if form in plain}


class DocumentScope:
    """Documents by the places their issuer or file name names (not the title: "tư tưởng Hồ Chí Minh"), and
    by their kind and issuer together ("công văn của Bộ Xây dựng", "Thông tư Bộ Tài chính")."""

    def __init__(self, documents: dict[str, str], issued: dict[str, tuple[str, str]] | None = None) -> None:
        self.by_place: dict[str, set[str]] = {}
        for doc_id, text in documents.items():
            for place in places_in(text):
                self.by_place.setdefault(place, set()).add(doc_id)
        self.count = len(documents)
        # {" cong van cua bo xay dung ": ids}, with and without "của" (prompts/places.tsv's neighbour words)
        self.by_issuer: dict[str, set[str]] = {}
        for doc_id, (kind, issuer) in (issued or {}).items():
            if kind and issuer:
                for joint in _JOINTS:
                    self.by_issuer.setdefault(_plain(f"{kind} {joint} {issuer}"), set()).add(doc_id)

    def named_in(self, question: str) -> set[str]:
        """Documents of the places the question names; none when that would be every document."""
        found = set().union(*(self.by_place.get(p, set()) for p in places_in(question)))
        return found if len(found) < self.count else set()

    def issued_in(self, question: str) -> set[str]:
        """Documents the question names by kind and issuer ("công văn của Bộ Xây dựng")."""
        plain = _plain(question)
        return set().union(*(ids for name, ids in self.by_issuer.items() if name in plain))
