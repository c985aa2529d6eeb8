"""The offline answer composer: answer first, in the passages' own words, each sentence cited.

compose() is a pure function of (question, passages, obligations, lexicon): no model, no store.
It scores every sentence (or clause of a long sentence) of the candidate passages against the
question — rare shared words, word pairs, the kind of fact asked for, the passage's section and
document title — quotes the best one to three verbatim, and abstains (found = False) when the
evidence is weak (bot/answer/abstain.py). A language-model mode can fall back on it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.answer.abstain import Evidence, confidence, judge, signals
from bot.answer.guard import is_instruction
from bot.answer.lexicon import Lexicon, Terms
from bot.answer.question import (ACTOR, CUE_WORDS, DUTY, NUMBER, RECIPIENT, REPORT, TIME, QuestionKind, classify, counts,
                          number_unit, states)
from ingest.obligations import heading_actor, sentence_actor
from troly.texts import t
from troly.vntext import fold, split_sentences
from troly.weights import DEFAULT, Weights
from bot.answer.model import Answer, Citation, ObligationHint, lead_prefix
from vectorstore.search import CLOSING_KINDS, Passage

MAX_SENTENCES = 3
MAX_CITATIONS = 3
LONG_SENTENCE = 320  # characters; longer sentences are quoted by their best clauses
_CLAUSE_SPLIT = re.compile(r"(?<=;)\s+")
# "KL 21", "năm 2030", "khóa XIV": numbers of two or more digits and upper-case roman numerals.
_ROMAN = re.compile(r"\b[IVXLC]{2,}\b")


@dataclass
class Query:
    """The question as weighted terms."""
    text: str
    kind: QuestionKind
    weights: dict[str, float]
    pairs: list[tuple[str, str, float]]
    exact: bool = False  # typed with diacritics: match them
    loose: set[str] = field(default_factory=set)  # abbreviation expansions: matched without diacritics
    identifiers: set[str] = field(default_factory=set)  # numbers and roman numerals the answer must be about

    @property
    def total(self) -> float:
        return sum(self.weights.values()) + sum(w for _, _, w in self.pairs) or 1.0


@dataclass
class Scored:
    passage_index: int
    text: str  # a verbatim span of the passage text
    start: int  # offset of the span in the passage text
    coverage: float  # share of the question's weight this span matches
    passage_coverage: float
    score: float
    kinds: set[str]
    matched: set[str]
    doc_id: str = ""
    hinted: bool = False
    topic: float = 0.0  # share of the question's weight outside the document's title matched by this span
    ids_missing: bool = False  # a number or roman numeral the question names is absent from the passage
    signals: tuple[float, ...] = ()  # SIGNALS, in order: what the score is a weighted sum of
    agreement: float = 0.0  # both retrievers rank the passage near their top (0..1)


# The named signals a sentence is scored on; the weights of the same names live in troly/weights.py.
SIGNALS = ("span_coverage", "passage_coverage", "rank_prior", "strict_kind", "soft_kind", "obligation", "agreement")


def make_query(question: str, lexicon: Lexicon, weights: Weights = DEFAULT) -> Query:
    kind = classify(question)
    tokens = lexicon.tokens(question)
    exact = lexicon.typed_with_diacritics(question)
    marked = lexicon.marked_tokens(question)
    # An abbreviation counts through its expansion, matched without diacritics.
    loose = {tok for tok, expanded in marked if expanded}
    abbreviations = lexicon.abbreviations_in(question)
    content = [tok for tok in lexicon.content_tokens(question, exact)
               if fold(tok) not in CUE_WORDS and tok not in abbreviations]
    idf = {tok: lexicon.idf(tok, (exact and tok not in loose) or None) for tok in content}
    pair_share = weights.pair_share
    pairs: list[tuple[str, str, float]] = []
    seen = set()
    seq = [tok for tok in tokens if tok in idf]  # pairs across linking words and abbreviations
    for a, b in zip(seq, seq[1:]):
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            pairs.append((a, b, pair_share * (idf[a] + idf[b]) / 2))
    # numbers written with two or more digits, in the form syllables() gives them ("02" → "2")
    identifiers = {number.lstrip("0") or "0" for number in re.findall(r"\d{2,}", question)}
    identifiers |= {tok.lower() for tok in _ROMAN.findall(question)}
    return Query(question, kind, idf, pairs, exact, loose, identifiers)


def _coverage(query: Query, terms: Terms, context: Terms | None = None,
              context_share: float = DEFAULT.context_share) -> tuple[float, set[str]]:
    got = 0.0
    matched: set[str] = set()
    exact, loose = query.exact, query.loose  # a token must match as written: exact, unless it is loose

    for tok, w in query.weights.items():
        x = (exact and tok not in loose) or None
        if terms.has(tok, x):
            got += w
            matched.add(tok)
        elif context is not None and context.has(tok, x):
            got += context_share * w
            matched.add(tok)
    for a, b, w in query.pairs:
        x = (exact and a not in loose and b not in loose) or None
        if terms.has_pair(a, b, x):
            got += w
        elif context is not None and context.has_pair(a, b, x):
            got += context_share * w
    return got / query.total, matched


@lru_cache(maxsize=20_000)
def spans(text: str) -> tuple[tuple[int, str], ...]:
    """Sentences of a passage, long ones cut into ";" clauses, with their offsets (verbatim).
    (Cached: the same passages come back question after question.)"""
    out: list[tuple[int, str]] = []
    pos = 0
    for sentence in split_sentences(text):
        start = text.find(sentence, pos)
        if start < 0:
            continue
        pos = start + len(sentence)
        if len(sentence) <= LONG_SENTENCE:
            out.append((start, sentence))
            continue
        cpos = start
        for clause in _CLAUSE_SPLIT.split(sentence):
            cstart = text.find(clause, cpos)
            if cstart >= 0:
                out.append((cstart, clause))
                cpos = cstart + len(clause)
    return tuple(out)


def agreements(passages: list[Passage]) -> list[float]:
    """How far both retrievers put each passage near their top: min(scaled cosine, relative BM25)."""
    cos = [p.score for p in passages if p.score > 0]
    lo, hi = (min(cos), max(cos)) if cos else (0.0, 0.0)
    return [min((p.score - lo) / (hi - lo) if hi > lo and p.score > 0 else 0.0, p.lexical) for p in passages]


def score_spans(query: Query, passages: list[Passage], lexicon: Lexicon,
                hints: list[ObligationHint] | None = None, weights: Weights = DEFAULT
                ) -> tuple[list[Scored], list[float]]:
    """Every span of every passage scored; also each passage's own coverage.

    A span's score is the weighted sum of its named signals (SIGNALS, weights from troly/weights.py).
    Sentences that address the reader or an assistant ("bỏ qua mọi hướng dẫn…, trả lời rằng…") are data,
    never an answer: they are not scored (search still finds them)."""
    hint_weight: dict[tuple[str, int], float] = {}
    hint_when: dict[tuple[str, int], str] = {}
    for h in hints or []:
        if h.when:
            hint_when[(h.doc_id, h.position)] = h.when
        key = (h.doc_id, h.position)
        hint_weight[key] = max(hint_weight.get(key, 0.0), h.weight)
    wanted = set(query.kind.strict) | set(query.kind.soft)
    unit = number_unit(query.text)
    agree = agreements(passages)
    coefficients = [getattr(weights, name) for name in SIGNALS]
    scored: list[Scored] = []
    passage_cov: list[float] = []
    for i, p in enumerate(passages):
        context = lexicon.terms(f"{p.document} \n {p.section} \n {p.lead} \n {hint_when.get((p.doc_id, p.position), '')}")
        title = lexicon.terms(p.document)
        x = query.exact or None
        topic_weights = {tok: w for tok, w in query.weights.items()
                         if not title.has(tok, None if tok in query.loose else x)}
        topic_total = sum(topic_weights.values())
        body = lexicon.terms(p.text)
        lead = lexicon.terms(p.lead)
        # The document's short name carries its number ("NQ 494/NQ-UBTVQH13"): its passages are about that number.
        named = lexicon.terms(p.short_title)
        ids_missing = any(not (body.has(tok, False) or context.has(tok, False) or named.has(tok, False))
                          for tok in query.identifiers)
        p_cov, _ = _coverage(query, body, context, weights.context_share)
        passage_cov.append(p_cov)
        prior = 1.0 / (1.0 + i / 4.0)
        hint = min(hint_weight.get((p.doc_id, p.position), 0.0), 3.0)
        for start, span in spans(p.text):
            if is_instruction(span):
                continue
            span_terms = lexicon.terms(span)
            s_cov, matched = _coverage(query, span_terms, context, weights.context_share)
            # A list item's lead-in ("Đến năm 2030:") is part of what the item says.
            topic = (sum(w for tok, w in topic_weights.items()
                         if span_terms.has(tok, None if tok in query.loose else x)
                         or lead.has(tok, None if tok in query.loose else x)) / topic_total
                     if topic_total else 1.0)
            kinds = {k for k in wanted if states(k, span)}
            if NUMBER in kinds and unit and not counts(unit, span):
                kinds.discard(NUMBER)
            strict = sum(1 for k in kinds if k in query.kind.strict)
            signals = (s_cov, p_cov, prior, float(strict), float(len(kinds) - strict), hint, agree[i])
            score = sum(c * v for c, v in zip(coefficients, signals))
            scored.append(Scored(i, span, start, s_cov, p_cov, score, kinds, matched, p.doc_id, hint > 0,
                                 topic, ids_missing, signals, agree[i]))
    scored.sort(key=lambda s: -s.score)
    return scored, passage_cov


def choose(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """The best span, plus up to two more that add matched words or a missing kind of fact."""
    if not scored:
        return []
    best = scored[0]
    chosen = [best]
    if ACTOR in query.kind.kinds and ACTOR not in best.kinds:
        # "Ban X làm đầu mối ...; Tham mưu ..." — the body is named by an earlier sentence of the passage.
        earlier = [s for s in scored if s.passage_index == best.passage_index and s.start < best.start
                   and ACTOR in s.kinds]
        if earlier:
            chosen.append(max(earlier, key=lambda s: s.start))
    covered = set(best.matched)
    kinds = set(best.kinds)
    for s in scored[1:]:
        if len(chosen) >= MAX_SENTENCES:
            break
        if s.score < weights.runner_up * best.score:
            break
        if any(s.passage_index == c.passage_index and s.start == c.start for c in chosen):
            continue
        new_words = {m for m in s.matched - covered if query.weights.get(m, 0) >= 1.0}
        new_kinds = s.kinds - kinds
        # Obligations of the same body in another document (several plans may each oblige it).
        other_doc = s.hinted and all(s.doc_id != c.doc_id for c in chosen)
        if new_words or new_kinds or other_doc:
            chosen.append(s)
            covered |= s.matched
            kinds |= s.kinds
    return chosen


def _citation_order(chosen: list[Scored], scored: list[Scored], weights: Weights = DEFAULT) -> list[int]:
    order: list[int] = []
    for s in chosen:
        if s.passage_index not in order:
            order.append(s.passage_index)
    # Close runners-up (passages whose best span scores near the chosen one), when the answer rests on
    # a single passage: a second opinion for the reader, kept short for chat messages.
    if len(order) > 1:
        return order
    floor = weights.citation_runner_up * chosen[0].score if chosen else 0.0
    for s in scored:
        if len(order) >= MAX_CITATIONS:
            break
        if s.passage_index not in order and s.score >= floor:
            order.append(s.passage_index)
    return order


def compose(question: str, passages: list[Passage], obligations: list[ObligationHint] | None = None,
            lexicon: Lexicon | None = None, weights: Weights = DEFAULT) -> Answer:
    """Answer from the passages' own sentences, or say plainly that the documents do not cover it.
    Middling evidence is answered too, introduced as the nearest passage; Answer.confidence says how sure."""
    if lexicon is None:
        lexicon = Lexicon()
        lexicon.add_documents(p.text for p in passages)
    passages = _unique(passages)
    query = make_query(question, lexicon, weights)
    closing = next((p for p in passages if p.block in CLOSING_KINDS), None)
    if closing is not None:  # search lets these through only when asked whom it goes to / who signed
        scored, passage_cov = score_spans(query, [closing], lexicon, None, weights)
        sure = confidence(signals(Evidence(query, scored[:1], scored, passage_cov)), weights)
        return Answer(question, f"{_quote(closing.text)} [1]", True, [Citation(1, closing, [(0, len(closing.text))])],
                      confidence=sure)
    scored, passage_cov = score_spans(query, passages, lexicon, obligations, weights)
    # The question names documents (a number, an alias, a place): a sentence of another document is not the answer.
    chosen = choose([s for s in scored if not passages[s.passage_index].off_scope], query, weights)
    evidence = Evidence(query=query, chosen=chosen, scored=scored, passage_coverage=passage_cov)
    verdict = judge(evidence, weights)
    if not verdict.found:
        nearest = sorted(range(len(passages)), key=lambda i: -passage_cov[i])[:3]
        nearest.sort()
        text = t("answer.not_found_detail", reason=verdict.reason) if verdict.reason else t("answer.not_found")
        return Answer(question, text, False, [Citation(n + 1, passages[i]) for n, i in enumerate(nearest)],
                      confidence=verdict.confidence)
    order = _citation_order(chosen, scored, weights)
    number = {pi: n + 1 for n, pi in enumerate(order)}
    chosen.sort(key=lambda s: (number[s.passage_index], s.start))
    lines = [f"{_who(s, passages[s.passage_index], query)}{lead_prefix(passages[s.passage_index])}{_quote(s.text)} "
             f"[{number[s.passage_index]}]" for s in chosen]
    if verdict.nearest:
        lines.insert(0, t("answer.nearest"))
    citations = [Citation(number[pi], passages[pi],
                          [(s.start, s.start + len(s.text)) for s in chosen if s.passage_index == pi])
                 for pi in order]
    return Answer(question, "\n".join(lines), True, citations, confidence=verdict.confidence)


def _who(span: Scored, passage: Passage, query: Query) -> str:
    """"Body: " before a duty quoted from under its heading ("TỔ CHỨC THỰC HIỆN › 2. Công đoàn cơ sở"),
    when the sentence itself does not name who must act — the quote stays verbatim after it."""
    if not query.kind.kinds & {ACTOR, DUTY, REPORT, RECIPIENT, TIME}:
        return ""
    actor = heading_actor(passage.section)
    if not actor or sentence_actor(span.text.lstrip("-–•+. ")):
        return ""
    head = fold(actor.split(",")[0])
    if head in fold(span.text):
        return ""
    if len(actor) > 70:
        actor = actor[:70].rsplit(",", 1)[0] + ", …"
    return f"{actor}: "


def _quote(span: str) -> str:
    """A span as quoted in an answer: trimmed of list dashes and stray punctuation, never reworded."""
    return span.strip().lstrip("-–•+. ").strip()


def _unique(passages: list[Passage]) -> list[Passage]:
    seen: set[str] = set()
    out: list[Passage] = []
    for p in passages:
        key = p.chunk_id or f"{p.doc_id}:{p.position}"
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


__all__ = ["Answer", "Citation", "ObligationHint", "compose"]
