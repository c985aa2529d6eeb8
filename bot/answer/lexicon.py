"""Word matching for the answer composer: syllables with and without diacritics, abbreviations
expanded, and corpus-wide rarity (IDF) so that "lương" weighs more than "công đoàn".

A question syllable typed with diacritics matches only the same syllable ("lương" ≠ "lượng");
one typed without diacritics matches any syllable that folds to it ("luong" = "lương" = "lượng"). A text
typed without diacritics (a document the ingest warned about) holds every syllable by its folded form
only: "hội thao" is there as "hoi thao", for it cannot say otherwise.
The text rules themselves (syllables, folding, abbreviations, filler words) are troly/vntext.py's.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from troly.synonyms import synonyms
from troly.vntext import STOP_WORDS, Abbreviations, fold, has_marks, is_stopword, phrases, syllables, \
    typed_without_diacritics, words


@dataclass
class Terms:
    """A text as matchable units: accented and folded syllables and adjacent pairs. Abbreviation
    expansions are folded only, so they are matched by their folded form."""
    accented: set[str] = field(default_factory=set)
    folded: set[str] = field(default_factory=set)
    expanded: set[str] = field(default_factory=set)
    pairs_accented: set[tuple[str, str]] = field(default_factory=set)
    pairs_folded: set[tuple[str, str]] = field(default_factory=set)
    pairs_expanded: set[tuple[str, str]] = field(default_factory=set)
    named: frozenset[int] = frozenset()  # the synonym groups (prompts/synonyms.toml) a phrase of which the text says
    plain: bool = False  # typed without diacritics: a question's word typed with them is held by its folded form
    text: str = ""  # what the neighbours are read from, when asked

    @property
    def around(self) -> dict[str, list[tuple[str, str]]]:
        """Each syllable's neighbours (before, after; "" at an end), once per place it stands, as written."""
        return self._neighbours[0]

    @property
    def around_folded(self) -> dict[str, list[tuple[str, str]]]:
        """around, folded."""
        return self._neighbours[1]

    @cached_property
    def _neighbours(self) -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[tuple[str, str]]]]:
        """around and around_folded, read from the text when first asked: only the composer's check that a syllable
        stands as a word of its own asks, of few of the texts whose Terms are made."""
        written: dict[str, list[tuple[str, str]]] = {}
        folded: dict[str, list[tuple[str, str]]] = {}
        for phrase in phrases(self.text):
            for seq, around in ((phrase, written), ([fold(x) for x in phrase], folded)):
                for n, tok in enumerate(seq):
                    around.setdefault(tok, []).append((seq[n - 1] if n else "",
                                                       seq[n + 1] if n + 1 < len(seq) else ""))
        return written, folded

    @cached_property
    def held(self) -> frozenset[str]:
        """Every unit tagged with its kind, so that matching a probe is one set operation (the composer
        matches the same question against every sentence of every passage)."""
        return frozenset([*("a" + x for x in self.accented), *("e" + x for x in self.expanded),
                          *("f" + x for x in self.folded), *(f"A{a} {b}" for a, b in self.pairs_accented),
                          *(f"E{a} {b}" for a, b in self.pairs_expanded),
                          *(f"F{a} {b}" for a, b in self.pairs_folded), *(f"S{g}" for g in self.named),
                          *(("p" + x for x in self.folded) if self.plain else ()),
                          *((f"P{a} {b}" for a, b in self.pairs_folded) if self.plain else ())])

    def has(self, token: str, exact: bool | None = None) -> bool:
        """`exact`: match diacritics (default: when the token has any)."""
        return not self.held.isdisjoint(probe(token, exact))


def probe(token: str, exact: bool | None = None) -> tuple[str, ...]:
    """What a text's Terms.held must contain (one of) to have `token`: as written, or as an abbreviation's
    expansion, or folded in a text typed without diacritics (Terms.plain), when `exact` (default: when the token has
    diacritics); else folded."""
    exact = has_marks(token) if exact is None else exact
    return ("a" + token, "e" + fold(token), "p" + fold(token)) if exact else ("f" + fold(token),)


def pair_probe(a: str, b: str, exact: bool | None = None) -> tuple[str, ...]:
    """probe() for two adjacent tokens (exact by default when both have diacritics)."""
    exact = (has_marks(a) and has_marks(b)) if exact is None else exact
    fa, fb = fold(a), fold(b)
    return (f"A{a} {b}", f"E{fa} {fb}", f"P{fa} {fb}") if exact else (f"F{fa} {fb}",)


class Lexicon:
    """Abbreviation expansion and token statistics shared by a set of passages."""

    def __init__(self, glossary: Mapping[str, str] | None = None) -> None:
        self.glossary = dict(glossary or {})
        self.abbreviations = Abbreviations(glossary)
        self.synonyms = synonyms(glossary)  # the table's, and the other names the documents give their words
        self.df_accented: Counter[str] = Counter()
        self.df_folded: Counter[str] = Counter()
        self.df_pairs: Counter[tuple[str, str]] = Counter()  # syllables side by side, as written
        self.df_pairs_folded: Counter[tuple[str, str]] = Counter()  # ... folded
        self.n_docs = 0
        self._terms_cache: dict[str, Terms] = {}
        self._doc_words: dict[str, frozenset[str]] = {}

    # ---- tokens -------------------------------------------------------------------------
    def marked_tokens(self, text: str) -> list[tuple[str, bool]]:
        """(syllable, is_expansion): abbreviations followed by their (folded) expansion."""
        out: list[tuple[str, bool]] = []
        for word in words(text):
            out.append((word.lower(), False))
            entry = self.abbreviations.find(word)
            if entry:
                out.extend((x, True) for x in fold(" ".join(syllables(entry.expansion))).split())
        return out

    def abbreviations_in(self, text: str) -> set[str]:
        """The (lower-case) words of a text that are abbreviations."""
        return {word.lower() for word in words(text) if self.abbreviations.find(word)}

    def tokens(self, text: str) -> list[str]:
        return [tok for tok, _ in self.marked_tokens(text)]

    def terms(self, text: str) -> Terms:
        """Matchable units of a text; cached, as the same passages come back question after question."""
        cached = self._terms_cache.get(text)
        if cached is None:
            if len(self._terms_cache) > 20_000:
                self._terms_cache.clear()
            cached = self._terms_cache[text] = self._terms(text)
        return cached

    def _terms(self, text: str) -> Terms:
        toks = [(tok, expanded, fold(tok)) for tok, expanded in self.marked_tokens(text)]  # each folded once
        t = Terms(text=text, plain=typed_without_diacritics(text, self.abbreviations))
        for tok, expanded, folded in toks:
            (t.expanded if expanded else t.accented).add(tok)
            t.folded.add(folded)
        t.named = self.synonyms.groups_held([tok for tok, expanded, _ in toks if not expanded])
        # Adjacent pairs, and pairs across a linking word ("CĐGD các tỉnh" has the pair "CĐGD tỉnh").
        content = [tok for tok in toks if not is_stopword(tok[0])]
        for seq in (toks, content):
            for (a, ea, fa), (b, eb, fb) in zip(seq, seq[1:]):
                t.pairs_folded.add((fa, fb))
                if ea or eb:
                    t.pairs_expanded.add((fa, fb))
                else:
                    t.pairs_accented.add((a, b))
        return t

    def words_of(self, doc_id: str, texts: Callable[[], Iterable[str]]) -> frozenset[str]:
        """A document's words, folded and lower-case, from its `texts` (read once): a follow-up asks whether the
        document talked about speaks of its topic, again on each turn. A Lexicon is made anew whenever a document is
        added, changed or removed (context._built), so what it keeps is of the documents it counted."""
        held = self._doc_words.get(doc_id)
        if held is None:
            held = self._doc_words[doc_id] = frozenset(re.findall(r"\w+", fold(" ".join(texts())).lower()))
        return held

    def content_tokens(self, text: str, exact: bool | None = None) -> list[str]:
        """Tokens of a question that carry its topic (no stopwords, each once, in order)."""
        seen: dict[str, None] = {}
        for tok in self.tokens(text):
            stop = (tok in STOP_WORDS) if exact else is_stopword(tok)
            if stop or len(tok) < 2 and not tok.isdigit():
                continue
            seen.setdefault(tok, None)
        return list(seen)

    # ---- statistics -----------------------------------------------------------------------
    def add_documents(self, texts: Iterable[str]) -> None:
        self._count(texts, 1)

    def _count(self, texts: Iterable[str], sign: int, reading: "Lexicon | None" = None) -> None:
        """Count each passage's syllables and pairs once (`sign` -1: take back what adding them counted, its
        abbreviations read as `reading`'s glossary read them then). A copy saved by other counting code is not read
        (saved_statistics.counting)."""
        stats = (self.df_accented, self.df_folded, self.df_pairs, self.df_pairs_folded)
        for text in texts:
            toks = set((reading or self).tokens(text))
            side_by_side = {pair for phrase in phrases(text) for pair in zip(phrase, phrase[1:])}
            found = (toks, {fold(x) for x in toks}, side_by_side, {(fold(a), fold(b)) for a, b in side_by_side})
            for counter, keys in zip(stats, found):
                if sign > 0:
                    counter.update(keys)
                    continue
                counter.subtract(keys)
                for key in keys:
                    if not counter[key]:
                        del counter[key]
            self.n_docs += sign

    def changed(self, removed: Iterable[str], added: Iterable[str], glossary: Mapping[str, str] | None = None
                ) -> "Lexicon":
        """A new Lexicon: these statistics less the `removed` passages (counted here before) plus the `added` ones,
        read with `glossary` (default: this one) — what a store that lost, replaced or gained documents has,
        without reading the others. With another glossary, the passages holding a word it reads otherwise
        (read_otherwise) must be among both."""
        out = Lexicon(self.glossary if glossary is None else glossary)
        for name in ("df_accented", "df_folded", "df_pairs", "df_pairs_folded"):
            setattr(out, name, Counter(getattr(self, name)))
        out.n_docs = self.n_docs
        out._count(removed, -1, self)
        out._count(added, 1)
        return out

    def read_otherwise(self, glossary: Mapping[str, str], words: Iterable[str]) -> set[str]:
        """Of `words` (as written), those `glossary` expands otherwise than this Lexicon's (or only one of them
        does): the passages holding none count the same syllables with either."""
        other = Abbreviations(glossary)

        def expansion(abbreviations: Abbreviations, word: str) -> str | None:
            entry = abbreviations.find(word)
            return entry.expansion if entry else None

        return {w for w in words if expansion(self.abbreviations, w) != expansion(other, w)}

    def bound(self, pair: tuple[str, str], neighbour: str, share: float, exact: bool) -> bool:
        """Whether a syllable stands inside another word where it stands beside `neighbour` (`pair` is the two in
        order, as written when `exact`, else folded): the neighbour stands beside it in at least `share` of the
        passages holding the neighbour ("kịp" of "kịp thời", "tiếp" of "tiếp tục"), two at least (a syllable found
        once says nothing of the words it makes)."""
        pairs, df = (self.df_pairs, self.df_accented) if exact else (self.df_pairs_folded, self.df_folded)
        together = pairs[pair]
        return together >= 2 and together >= share * df[neighbour]

    def df(self, token: str, exact: bool | None = None) -> int:
        exact = has_marks(token) if exact is None else exact
        return self.df_accented[token] if exact else self.df_folded[fold(token)]

    def idf(self, token: str, exact: bool | None = None) -> float:
        """Rarity of a token; unseen tokens count as rare but not overwhelming."""
        n = max(self.n_docs, 1)
        df = self.df(token, exact)
        if df == 0:
            return math.log(1 + n / 2.0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))
