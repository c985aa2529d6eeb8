"""Which loaded documents a question is scoped to by the place that issued them ("ở Gia Lai",
"CĐGD Lâm Đồng", "tphcm"): names and the ways people type them come from prompts/places.tsv; and by their title,
a kind and a name ("Luật Công đoàn", "Điều lệ Công đoàn" for "Điều lệ Công đoàn Việt Nam").
(Document numbers and plan aliases — "QĐ 773", "KH KL21", "CT 41" — are read by vectorstore/query.py.)"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from troly import tables
from troly.vntext import is_stopword, plain_words
from troly.vntext import places as place_names


def _plain(text: str) -> str:
    """Plain words, padded: word-boundary matching by substring."""
    return f" {plain_words(text)} "


_JOINTS = ("", *tables.toml("header_words.toml")["scope"]["of"])
_KINDS = tuple(sorted({plain_words(row[1]) for row in tables.rows("document_kinds.tsv") if len(row) > 1 and row[1]},
                      key=len, reverse=True))  # "bo luat" before "luat"
# Kinds by the codes a question may type for them ("KH", "tb"): those the third column of the table marks "mã".
_CODED = {plain_words(row[0]): plain_words(row[1]) for row in tables.rows("document_kinds.tsv")
          if len(row) > 2 and row[0] and row[1] and "mã" in row[2]}
# A beginning of a title names its document when it holds the kind, NAME_WORDS words of the name after it at least,
# and TITLE_SHARE of the title's words ("Điều lệ Công đoàn" of "Điều lệ Công đoàn Việt Nam"; "Kế hoạch thực hiện Kết
# luận" names none of the plans whose long titles begin so).
NAME_WORDS = 2
TITLE_SHARE = 0.5
_ANY_WORDS = tables.toml("header_words.toml")["scope"]["any_document"]
# Two words of a kind ("ke hoach", "cong van") or that name any document ("van ban") name no one document.
_ANY_DOCUMENT = {" ".join(pair) for kind in (*_KINDS, *map(plain_words, _ANY_WORDS))
                 for pair in zip(kind.split(), kind.split()[1:])}


def _titled(title: str) -> tuple[str, int] | None:
    """A title as plain words and how many of them its kind takes ("luat cong doan", 1); None for a title that
    does not open with a kind, or is one alone."""
    plain = plain_words(title)
    kind = next((k for k in _KINDS if plain.startswith(k + " ")), None)
    return (plain, len(kind.split())) if kind else None


def _topic_words(text: str, kinds: Iterable[str], mark: str = "|") -> str:
    """A text's words folded and padded: `mark` for each kind's words ("ke hoach": a kind names no topic, and ends a
    run of them), "|" for each everyday word (judged with its diacritics when typed with them: "bóng đá" is no
    "đã"), number and "|" already there. What is left are the runs of words that may name a topic."""
    words = re.findall(r"\w+|\|", unicodedata.normalize("NFC", text).lower())
    folded = [plain_words(w) or "|" for w in words]
    spans = sorted({tuple(k.split()) for k in kinds}, key=len, reverse=True)
    out, i = [], 0
    while i < len(words):
        kind = next((k for k in spans if tuple(folded[i:i + len(k)]) == k), None)
        if kind:
            out.append(mark)
            i += len(kind)
            continue
        w = words[i]
        out.append("|" if w == "|" or is_stopword(w) or any(c.isdigit() for c in w) else folded[i])
        i += 1
    return " " + " ".join(out) + " "


def _named_run(words: str, after_kind: bool) -> str:
    """The runs of topic words right after a kind ("#"), which name a document as its title's words: "kế hoạch hội
    thao", "quyết định khen thưởng"; not the words the question asks about further on ("kế hoạch thực hiện …, bao
    nhiêu % đoàn viên tham gia"). Without `after_kind`, all of them (a text given as a document's name)."""
    if not after_kind:
        return words.replace(" # ", " | ")
    return " " + " | ".join(part.split(" | ")[0].split(" # ")[0] for part in words.split(" # ")[1:]) + " "


def _pairs(words: str) -> frozenset[str]:
    """Two topic words in a row ("hoi thao", "khen thuong") of _topic_words' runs, not two of a kind's ("ke hoach")."""
    split = words.split()
    return frozenset(f"{a} {b}" for a, b in zip(split, split[1:])
                     if "|" not in (a, b) and f"{a} {b}" not in _ANY_DOCUMENT)


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """{plain form people type: canonical plain name}."""
    return {f" {form} ": _plain(name) for form, name in place_names().items()}


def places_in(text: str) -> set[str]:
    plain = _plain(text)
    return {canonical for form, canonical in places().items() if form in plain}


class DocumentScope:
    """Documents by the places their issuer or file name names (not the title: "tư tưởng Hồ Chí Minh"), by
    their kind and issuer together ("công văn của Bộ Xây dựng", "Thông tư Bộ Tài chính"), and by their title."""

    def __init__(self, documents: dict[str, str], issued: dict[str, tuple[str, str]] | None = None,
                 titles: dict[str, str] | None = None) -> None:
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

        # {" luat cong doan ": ids}: each title whole, and each beginning of it long enough (NAME_WORDS,
        # TITLE_SHARE) that begins no other title ("dieu le cong doan" of "Điều lệ Công đoàn Việt Nam")
        names: dict[str, set[str]] = {}
        whole: set[str] = set()
        for doc_id, title in (titles or {}).items():
            titled = _titled(title)
            if titled:
                words, kind = titled[0].split(), titled[1]
                whole.add(titled[0])
                for n in range(max(kind + NAME_WORDS, math.ceil(TITLE_SHARE * len(words))), len(words) + 1):
                    names.setdefault(" ".join(words[:n]), set()).add(doc_id)
                names.setdefault(titled[0], set()).add(doc_id)
        self.by_title = {f" {name} ": ids for name, ids in names.items() if name in whole or len(ids) == 1}
        self.kinds = {doc_id: plain_words(kind) for doc_id, (kind, _) in (issued or {}).items() if kind}
        # each title's pairs of topic words (its kind dropped), and how rare each pair is among the distinct titles
        self.title_pairs = {doc_id: _pairs(_topic_words(title, _KINDS))
                            for doc_id, title in (titles or {}).items()}
        distinct = set(self.title_pairs.values())
        held: dict[str, int] = {}
        for pairs in distinct:
            for pair in pairs:
                held[pair] = held.get(pair, 0) + 1
        self.idf = {pair: math.log(len(distinct) / n) for pair, n in held.items()}

    def titled_in(self, question: str) -> set[str]:
        """Documents the question names by their title or a beginning of it only they have ("Luật Công đoàn
        quy định …"); the longest name found wins ("Luật Công đoàn sửa đổi" over "Luật Công đoàn")."""
        plain = _plain(question)
        found = [name for name in self.by_title if name in plain]
        longest = max(found, key=len, default="")
        return set(self.by_title[longest]) if longest else set()

    def worded_in(self, question: str, margin: float, any_kind: bool = False) -> set[str]:
        """Documents the question names by words of their title: of the kind it names (its name or code: "KH"),
        the title holding the question's pairs of words in a row ("kế hoạch hội thao" → the plan "Tổ chức Hội thao
        …") weighed by how few titles hold each (idf over the loaded titles), ahead of every other title of that kind
        by `margin` at least: a pair many titles hold ("thực hiện", "người có công") names none of them. A question
        naming no kind, or another kind than the document's ("quyết định khen thưởng" of a plan on it), names none:
        those words may be any document's topic — unless `any_kind` (a text given as a document's name, `--doc`)."""
        plain = _plain(question)
        named = [k for k in _KINDS if f" {k} " in plain] + [k for code, k in _CODED.items() if f" {code} " in plain]
        kinds = {k for k in named if not any(k != other and f" {k} " in f" {other} " for other in named)}
        if not kinds and not any_kind:
            return set()
        asked = _pairs(_named_run(_topic_words(question, (*named, *_CODED, *map(plain_words, _ANY_WORDS)), "#"),
                                  bool(kinds)))
        candidates = {doc_id: title for doc_id, title in self.title_pairs.items()
                      if any_kind or self.kinds.get(doc_id) in kinds}
        scores = {title: sum(self.idf[p] for p in asked & title) for title in set(candidates.values())}
        ranked = sorted(scores.values(), reverse=True)
        if not ranked or ranked[0] <= 0 or ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0) < margin:
            return set()
        return {doc_id for doc_id, title in candidates.items() if scores[title] == ranked[0]}

    def named_in(self, question: str) -> set[str]:
        """Documents of the places the question names; none when that would be every document."""
        found = set().union(*(self.by_place.get(p, set()) for p in places_in(question)))
        return found if len(found) < self.count else set()

    def issued_in(self, question: str) -> set[str]:
        """Documents the question names by kind and issuer ("công văn của Bộ Xây dựng")."""
        plain = _plain(question)
        return set().union(*(ids for name, ids in self.by_issuer.items() if name in plain))
