"""Fit the composer's weights (troly/weights.py) on the TUNING questions of bench/split.json, printing the evidence.

    PYTHONPATH=$PWD [TROLY_EMBED_CACHE=vectors.sqlite] \\
        .venv/bin/python bench/fit_weights.py [--data-dir bench/.stores/eval] [--out fitted.json]

The stores are the ones bench/eval_split.py ingested (run it first). Only tuning questions are read.
0. Retrieval (printed only, `--retrieval`; `--alqac-dir` adds ALQAC's tuning queries): Hit@1 and Hit@5 of the
   tuning questions over a grid of dense/lexical mixes and BM25 weights of the heading path, and the best
   setting of `dense`, `lexical` and `section_field` by Hit@1 + Hit@5 summed over the sets.
1. Sentence ranking: the weights of the named signals (composer.SIGNALS) by coordinate search — each weight
   in turn is tried at 0, 0.5, 1, 1.5, 2 and 3 times its value and kept where the top sentence most often
   comes from a gold passage (ties keep the current value), two rounds. Printed: every step's figure.
2. Confidence and abstention: a logistic model over abstain.CONFIDENCE_SIGNALS of the composed evidence of the
   tuning questions not gated (a number asked for or named that the quote lacks abstains whatever the
   confidence), label = "the answer quotes a gold passage". Printed: the current and the refitted coefficients,
   each with its log loss and a reliability table (confidence bins vs share right); `--keep-logistic` keeps the
   current ones for what follows. The abstention floors and cut-offs are chosen on the answerable tuning
   questions (positives) and the unanswerable ones (negatives): the sets' own and, with `--negatives`, each
   set's tuning questions asked of the other sets' stores and ALQAC's tuning queries asked of every store (their
   gold documents are absent there; those still answered are printed, to read by eye), and bench/near_topic_qa.jsonl
   asked of the five plans' store (our own questions on topics the plans never treat, in their common words).
   Objective: share of positives answered from a gold passage + share of negatives abstained, ties to the middle
   of the plateau. `topic_min` and `closeness_min` are each the highest floor of a printed grid that costs at most
   `--gold-tolerance` (1%) of the answers from a gold passage it is judged over (`closeness_min` for questions of
   `closeness_words` content words or more; the curve prints lost, stopped and stopped - 2 x lost); so are
   `subject_min` among the questions asking an amount a quoted line states, and `distinct_min` among the shorter
   questions no passage is that close to (the share of the question's words, weighed by idf to `distinct_power`, the
   quote holds), for each power of a small grid, the power whose floor stops
   the most negatives taken; `closeness_words` is the length of a printed curve (3 to 12 words, each with those floors
   fitted at it) whose floors stop the most negatives together; `passage_min`
   the best floor of a printed grid (each at its best cut-off); then the curve of cut-offs (positives
   gold-answered / wrong-answered / abstained, negatives answered / abstained, objective, precision):
   nearest_min is its best cut-off, answer_min the lowest from there whose answers are right at least 80% of
   the time (PRECISION) when as many questions asked are covered as not. `--keep-nearest` keeps nearest_min
   and chooses the floor at it; `--floors` sets the floor grid (one value: that floor).
Paste the printed field values into troly/weights.py (or point TROLY_WEIGHTS at --out).

One weight at a time: `--fit NAME [--values 0 0.5 1]` tries each value of that field of troly/weights.py (the
others as they are) and prints its curve: per set, the tuning questions' Hit@1, Hit@5 and MRR@10 of search
(as `troly search` ranks them; ALQAC's too with `--alqac-dir`) and the share of composed answers quoting a gold
passage first; then the value with the best sum of those figures over the sets (ties: the one nearest the
current value). `--whole` adds the assistant's whole answers (Assistant.ask: every answerer, not the composer
alone) scored as eval_split scores its tuning lines (cite/facts/abstain): the fields the answerers besides the composer
read (hand-set, from troly.weights.DEFAULT: those modules are passed no weights) are tried by setting them on DEFAULT
too. `--retrieval-only` leaves the answers out (search only: a grid over ALQAC takes minutes, not
tens of minutes); without --fit it prints the current weights' retrieval figures.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from functools import partial
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_split import SETS, SHARED, alqac_eval, qa_eval  # noqa: E402
from bot.answer.abstain import (  # noqa: E402
    CONFIDENCE_SIGNALS, amount_lines, fact_subject, ids_missing, question_length, signals, whole_topic)
from bot.answer.composer import SIGNALS, distinct, evidence  # noqa: E402
from bot.answer.service import Assistant  # noqa: E402
from troly.config import Settings  # noqa: E402
from troly.weights import DEFAULT, STRUCTURAL, Weights  # noqa: E402


def tuning_items(name: str) -> list[dict]:
    split = json.loads((ROOT / "bench" / "split.json").read_text(encoding="utf-8"))
    keep = set(split[name]["tune"])
    return [it for it in qa_eval.load_qa(SETS[name][0]) if it["id"] in keep]


def gather(data_dir: Path, items: list[dict]) -> list[tuple[dict, tuple]]:
    """(item, (passages, hints, lexicon)) per question, searched once."""
    assistant = Assistant(Settings(data_dir=data_dir))
    return [asked(assistant, it) for it in items]


def asked(assistant: Assistant, item: dict) -> tuple[dict, tuple]:
    """(item with its "reading", (passages, hints, lexicon)): what the composer reads of it, as `troly ask` does (a
    question typed without diacritics with them restored: QueryPlan.reading)."""
    return (dict(item, reading=assistant.searcher.plan(item["question"]).reading),
            assistant.answer_context.gather(item["question"]))


def compose_evidence(item: dict, ctx: tuple, weights: Weights):
    passages, hints, lexicon = ctx
    passages, ev = evidence(item["question"], passages, hints, lexicon, weights, item.get("reading", ""))
    return passages, ev.query, ev.scored, ev.passage_coverage, ev.chosen


def gold_passage(item: dict, text: str) -> bool:
    return bool(item.get("gold")) and bool(qa_eval.passage_hits([{"text": text}], item["gold"]))


def right_passage(item: dict, passage) -> bool:
    """The passage answers the item: it holds a gold phrase, or (an ALQAC question) stands in a gold article."""
    if "articles" in item:
        law, arts = alqac_eval.article_of(passage.to_json())
        return any((law, a) in item["articles"] for a in arts[:1])
    return gold_passage(item, passage.text)


PRECISION = 0.8
MULTIPLIERS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)


def top_share(groups: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray, answerable: int) -> float:
    """Share of answerable questions whose best-scoring sentence is a right one."""
    return sum(bool(y[int(np.argmax(x @ w))]) for x, y in groups) / max(answerable, 1)


def coordinate_search(groups, start: np.ndarray, answerable: int) -> np.ndarray:
    w = start.copy()
    best = top_share(groups, w, answerable)
    print(f"   start: {best:.3f}")
    for round_ in (1, 2):
        for j, name in enumerate(SIGNALS):
            base = w[j] if w[j] > 0 else 0.05
            tried = []
            for m in MULTIPLIERS:
                trial = w.copy()
                trial[j] = base * m
                tried.append((top_share(groups, trial, answerable), -abs(m - 1.0), trial[j]))
            share, _, value = max(tried)
            print(f"   round {round_} {name:17} " + " ".join(f"{t[2]:.3f}:{t[0]:.3f}" for t in tried)
                  + f"  -> {value:.3f}")
            if share > best + 1e-9:
                best, w[j] = share, value
    return w


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 0.02, steps: int = 5000, rate: float = 0.5
                 ) -> tuple[float, np.ndarray]:
    w = np.zeros(x.shape[1])
    b = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w += rate * ((y - p) @ x / len(y) - l2 * w)
        b += rate * float((y - p).mean())
    return b, w


def _alqac_first(searcher, query: dict) -> int | None:
    """Rank of the first result from a gold article of an ALQAC query (as alqac_eval scores it)."""
    gold = {(law, art) for law, art in query["gold"]}
    ranked = [alqac_eval.article_of(p.to_json()) for p in searcher.search(query["q"], k=10)]
    return next((r for r, (law, arts) in enumerate(ranked) if any((law, a) in gold for a in arts[:1])), None)


def _qa_first(searcher, item: dict) -> int | None:
    ranks = qa_eval.passage_hits([p.to_json() for p in searcher.search(item["question"], k=10)], item["gold"])
    return ranks[0] if ranks else None


@dataclass
class Run:
    """One question set's tuning questions over its store."""
    name: str
    assistant: Assistant
    items: list[dict]
    first_of: Callable  # (searcher, item) -> rank of the first gold result in the top 10, or None
    unanswerable: list[dict] = field(default_factory=list)  # the set's tuning questions its documents do not answer

    def use(self, weights: Weights) -> None:
        """Search and compose with these weights (the assistant's are read once, then kept)."""
        self.assistant.__dict__["weights"] = weights
        self.assistant.searcher.use(weights)

    def retrieval(self) -> tuple[float, float, float]:
        """Hit@1, Hit@5 and MRR@10 of the answerable tuning questions."""
        firsts = [self.first_of(self.assistant.searcher, it) for it in self.items]
        n = max(len(firsts), 1)
        return (sum(f == 0 for f in firsts) / n, sum(f is not None and f < 5 for f in firsts) / n,
                sum(1 / (f + 1) for f in firsts if f is not None) / n)

    def answered(self, weights: Weights) -> float:
        """Share of the answerable tuning questions whose composed answer quotes a gold passage first."""
        data = [asked(self.assistant, it) for it in self.items]
        return top_right(data, weights)

    def whole_answers(self) -> tuple[float, float, float]:
        """cite, facts and abstain of the assistant's whole answers (Assistant.ask: every answerer, not the composer
        alone), scored as eval_split scores its tuning lines."""
        cited = facts = facts_total = 0
        for it in self.items:
            answer = self.assistant.ask(it["question"]).to_json()
            cited += bool(qa_eval.passage_hits(answer.get("citations", []), it["gold"])) and answer.get("found", True)
            text = qa_eval.normalize(answer.get("answer", ""))
            facts_total += len(it.get("facts", []))
            facts += sum(qa_eval.normalize(f) in text for f in it.get("facts", []))
        abstained = sum(self.assistant.ask(it["question"]).found is False for it in self.unanswerable)
        return (cited / max(len(self.items), 1), facts / max(facts_total, 1),
                abstained / max(len(self.unanswerable), 1))


def retrieval_runs(data_dir: Path, sets: list[str], alqac_dir: Path | None) -> list[Run]:
    runs = [Run(name, Assistant(Settings(data_dir=data_dir / name)),
                [it for it in tuning_items(name) if it.get("found", True)], _qa_first,
                [it for it in tuning_items(name) if not it.get("found", True)]) for name in sets]
    if alqac_dir is not None:
        split = json.loads((ROOT / "bench" / "split.json").read_text(encoding="utf-8"))
        lines = (SHARED / "bench" / "alqac" / "queries-dev.jsonl").read_text(encoding="utf-8").splitlines()
        queries = [json.loads(line) for line in lines if line.strip()]
        runs.append(Run("alqac", Assistant(Settings(data_dir=alqac_dir)),
                        [queries[i] for i in split["alqac"]["tune"]], _alqac_first))
    return runs


def default_values(current: float) -> list[float]:
    """A grid around the current value (multiples of it), or from 0 to 2 when it is 0."""
    if not current:
        return [0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0]
    return sorted({round(current * m, 4) for m in (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)})


def _shared_default(name: str, value) -> None:
    """The value tried, on troly.weights.DEFAULT too: the modules passed no weights (hand-set fields: followup,
    signatures, composer.spans …) read theirs from that one shared object, so a curve reaches them."""
    object.__setattr__(DEFAULT, name, value)


def fit_one(name: str, values: list[float] | None, runs: list[Run], base: Weights, answers: bool,
            whole: bool = False) -> float:
    """Try each value of one weight on the tuning questions; print the curve and return the best value. `whole`: the
    assistant's whole answers scored too (cite/facts/abstain, as eval_split's tuning lines)."""
    current = getattr(base, name)
    kind = type(current)
    values = [kind(v) for v in (values or default_values(current))]
    shown = "Hit@1/Hit@5/MRR" + (" answered" if answers else "") + (" cite/facts/abstain" if whole else "")
    if name in STRUCTURAL:
        print(f"{name} is structural, hand-set, not fitted: {STRUCTURAL[name]}; its curve for the record")
    print(f"{name} (now {current}) -> per set, tuning questions: {shown}")
    best: tuple[float, float, float] = (-1.0, 0.0, current)
    for value in values:
        weights = replace(base, **{name: value})
        _shared_default(name, value)
        total, parts = 0.0, []
        for run in runs:
            run.use(weights)
            figures = run.retrieval()
            if answers and run.name != "alqac":
                figures = (*figures, run.answered(weights))
            if whole and run.name != "alqac":
                figures = (*figures, *run.whole_answers())
            total += sum(figures)
            parts.append(f"{run.name} " + "/".join(f"{f:.3f}" for f in figures))
        print(f"   {value:>6}: " + "  ".join(parts), flush=True)
        best = max(best, (round(total, 9), -abs(value - current), value))
    _shared_default(name, current)
    for run in runs:
        run.use(base)
    print(f"   best: {name} = {best[2]}")
    return best[2]


RETRIEVAL_GRID = {"dense": (0.4, 0.5, 0.6), "section_field": (0.35, 0.5, 0.7)}


def retrieval_curve(runs: list[Run], base: Weights) -> None:
    """Hit@1 / Hit@5 of the tuning questions (ALQAC's too, given its store) for a grid of fusion weights
    (lexical = 1 - dense); the best by Hit@1 + Hit@5 summed over sets."""
    print("0. retrieval on the tuning questions: " + ", ".join(RETRIEVAL_GRID) + " -> Hit@1/Hit@5 per set")
    best: tuple[float, dict] = (-1.0, {})
    for values in itertools.product(*RETRIEVAL_GRID.values()):
        setting = dict(zip(RETRIEVAL_GRID, values))
        total, shown = 0.0, []
        for run in runs:
            run.use(replace(base, **setting, lexical=1 - setting["dense"]))
            hit1, hit5, _ = run.retrieval()
            total += hit1 + hit5
            shown.append(f"{run.name} {hit1:.3f}/{hit5:.3f}")
        print("   " + " ".join(f"{k} {v:.2f}" for k, v in setting.items()) + ": " + "  ".join(shown), flush=True)
        if total > best[0] + 1e-9:
            best = (total, setting)
    print("   best: " + ", ".join(f"{k} = {v}" for k, v in {**best[1], "lexical": 1 - best[1]["dense"]}.items()))
    for run in runs:
        run.use(base)


def top_right(data, weights: Weights) -> float:
    right = 0
    answerable = 0
    for item, ctx in data:
        if not item.get("found", True):
            continue
        answerable += 1
        passages, _, scored, _, chosen = compose_evidence(item, ctx, weights)
        right += bool(chosen) and right_passage(item, passages[chosen[0].passage_index])
    return right / max(answerable, 1)


def fit_ranking(data: list[tuple[dict, tuple]], base: Weights) -> Weights:
    """Step 1: the sentence-ranking weights by coordinate search (printed), returned with the others as given."""
    answerable = sum(1 for item, _ in data if item.get("found", True))

    def signal_groups(weights: Weights) -> list[tuple[np.ndarray, np.ndarray]]:
        groups = []
        for item, ctx in data:
            if item.get("found", True):
                passages, _, scored, _, _ = compose_evidence(item, ctx, weights)
                y = np.array([right_passage(item, passages[s.passage_index]) for s in scored], dtype=bool)
                if y.any():
                    groups.append((np.array([s.signals for s in scored]), y))
        return groups

    old = np.array([getattr(base, n) for n in SIGNALS], dtype=float)
    print("\n1. sentence ranking: share of answerable questions whose top sentence comes from a gold passage")
    # These two change the coverage signals themselves, so each value is scored afresh.
    for name, values in (("pair_share", (0.25, 0.5, 0.75, 1.0, 1.5, 2.0)),
                         ("context_share", (0.2, 0.4, 0.6, 0.8, 1.0))):
        curve = [(top_share(signal_groups(replace(base, **{name: v})), old, answerable),
                  -abs(v - getattr(base, name)), v) for v in values]
        print(f"   {name:17} " + " ".join(f"{v:.2f}:{share:.3f}" for share, _, v in curve))
        base = replace(base, **{name: max(curve)[2]})
    groups = signal_groups(base)
    print(f"   {len(groups)} of {answerable} have a gold passage among the candidates")
    fitted = coordinate_search(groups, old, answerable)
    ranked = replace(base, **{n: round(float(v), 3) for n, v in zip(SIGNALS, fitted)})
    print(f"   composed answers quoting a gold passage first: old weights {top_right(data, base):.3f}, "
          f"fitted {top_right(data, ranked):.3f}")

    return ranked


def alqac_tuning_queries() -> list[dict]:
    split = json.loads((ROOT / "bench" / "split.json").read_text(encoding="utf-8"))
    lines = (SHARED / "bench" / "alqac" / "queries-dev.jsonl").read_text(encoding="utf-8").splitlines()
    queries = [json.loads(line) for line in lines if line.strip()]
    return [queries[i] for i in split["alqac"]["tune"]]


# Unanswerable questions of our own near a set's documents' topics, in their common words (bench/near_topic_qa.md):
# tuning data, asked of that set's store as negatives.
NEAR_TOPIC = {"dev": ROOT / "bench" / "near_topic_qa.jsonl"}


def near_topic_negatives(data_dir: Path, sets: list[str]) -> list[tuple[dict, tuple]]:
    out = []
    for store in sets:
        if store in NEAR_TOPIC:
            items = [json.loads(line) for line in NEAR_TOPIC[store].read_text(encoding="utf-8").splitlines() if line]
            out += gather(data_dir / store, [dict(it, id=f"near:{it['id']}@{store}") for it in items])
    return out


def cross_negatives(data_dir: Path, sets: list[str]) -> list[tuple[dict, tuple]]:
    """Tuning questions asked of a store that does not hold their documents: each set's of the other sets'
    stores, ALQAC's of every store. Kept only when no gold document of the question is in that store's corpus
    (ALQAC's gold are laws none of the stores hold), so the right reply there is "không đề cập"."""
    out = []
    for store in sets:
        held = {p.name for p in SETS[store][1].iterdir()}
        asked = [dict(it, id=f"{name}:{it['id']}@{store}", found=False, gold=[])
                 for name in sets if name != store for it in tuning_items(name)
                 if not {g["doc"] for g in it.get("gold", [])} & held]
        asked += [{"id": f"alqac:{i}@{store}", "question": q["q"], "found": False, "gold": []}
                  for i, q in enumerate(alqac_tuning_queries())]
        out += gather(data_dir / store, asked)
    return out


def alqac_positives(alqac_dir: Path) -> list[tuple[dict, tuple]]:
    """ALQAC's tuning questions asked of its own store: each is answered by its gold article (a family of documents
    the composer was not written on, as the hidden sets' are)."""
    asked = [{"id": f"alqac:{i}", "question": q["q"], "found": True, "gold": [],
              "articles": {(law, art) for law, art in q["gold"]}} for i, q in enumerate(alqac_tuning_queries())]
    return gather(alqac_dir, asked)


def _median_of_best(scored: list[tuple[float, float]]) -> float:
    """The value in the middle of the plateau of best scores (score, value) pairs: ties go to its middle."""
    top = max(score for score, _ in scored)
    best = sorted(value for score, value in scored if score >= top - 1e-9)
    return best[len(best) // 2]


def _reliability(conf: np.ndarray, right: np.ndarray, title: str) -> None:
    print(f"   reliability, {title}: confidence bin  questions  share right  mean confidence")
    edges = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0001)
    for lo, hi in zip(edges, edges[1:]):
        on = (conf >= lo) & (conf < hi)
        if on.any():
            print(f"     {lo:.1f}-{min(hi, 1.0):.1f}  {int(on.sum()):9d}  {float(right[on].mean()):11.3f}"
                  f"  {float(conf[on].mean()):15.3f}")


CUTOFFS = np.round(np.arange(0.05, 0.96, 0.05), 2)
CLOSENESS_FLOORS = (0.0, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9)
DISTINCT_FLOORS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
DISTINCT_POWERS = (1.0, 2.0, 3.0)
LENGTHS = tuple(range(3, 13))  # closeness_words tried: content words of a question
SUBJECT_FLOORS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
TOPIC_FLOORS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
RESTATED_FLOORS = (0.86, 0.88, 0.89, 0.895, 0.9, 0.905, 0.91, 0.92, 0.95, 2.0)  # 2.0: off, no cosine reaches it
PASSAGE_FLOORS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.41, 0.42, 0.43, 0.44, 0.45, 0.46, 0.47, 0.48, 0.5, 0.55, 0.6)


# A floor may cost this share of the gold answers it is fitted over (counted among the rows it is judged on): at
# ~800 tuning positives one outlier under every floor of a grid made "costs none" pick 0 (refit48); 1% is what one
# answer was when the floors in force were fitted lossless over ~100 positives. 0 gives the lossless rule back.
GOLD_TOLERANCE = 0.01


def _floor_within(name: str, values: np.ndarray, grid: tuple[float, ...], gold: np.ndarray, negatives: np.ndarray,
                 among: str, quiet: bool = False, tolerance: float = GOLD_TOLERANCE) -> float:
    """The highest floor of `grid` under which at most `tolerance` (GOLD_TOLERANCE) of the `gold` questions (answered
    from a gold passage) fall, printing per floor (unless `quiet`) the gold answers lost, the `negatives` stopped
    (both counted among the rows `among` names) and stopped - 2 x lost, to read the trade by eye."""
    allowed = int(tolerance * int(gold.sum()) + 1e-9)
    if not quiet:
        print(f"   {name}  gold answers lost (of {int(gold.sum())}, {allowed} allowed)  negatives stopped"
              f"  stopped - 2 x lost")
    best = 0.0
    for floor in grid:
        lost = int(((values < floor) & gold).sum())
        stopped = int(((values < floor) & negatives).sum())
        if not quiet:
            print(f"   {floor:{len(name)}.2f}  {lost:17d}  {stopped:d} of {int(negatives.sum())} {among}"
                  f"  {stopped - 2 * lost:d}")
        if lost <= allowed:
            best = floor
    if not quiet:
        print(f"   {name} {best:.2f}")
    return best


def fit_confidence(data: list[tuple[dict, tuple]], negatives: list[tuple[dict, tuple]], ranked: Weights,
                   keep_logistic: bool = False, keep_nearest: bool = False,
                   floors_grid: tuple[float, ...] = PASSAGE_FLOORS, tolerance: float = GOLD_TOLERANCE) -> Weights:
    """Step 2: the confidence logistic (on the tuning questions of the sets: label = the answer quotes a gold
    passage), then topic_min, passage_min and the cut-offs, chosen on the tuning positives and the unanswerable
    questions (the sets' own and the cross-corpus `negatives`)."""
    floor_of = partial(_floor_within, tolerance=tolerance)
    rows = []  # (signals, answered from a gold passage, answerable, gated: abstains whatever the confidence, item)
    for item, ctx in data + negatives:
        found, hints, lexicon = ctx
        passages, ev = evidence(item["question"], found, hints, lexicon, ranked, item.get("reading", ""))
        query, chosen = ev.query, ev.chosen
        ok = item.get("found", True) and bool(chosen) and any(
            right_passage(item, passages[s.passage_index]) for s in chosen)
        strict_missing = query.kind.strict and not any(k in s.kinds for s in chosen for k in query.kind.strict)
        gated = not chosen or ids_missing(ev) or bool(strict_missing)
        quote = passages[chosen[0].passage_index].text if chosen else ""
        quoted = [passages[i] for i in dict.fromkeys(s.passage_index for s in chosen)]
        rows.append((signals(ev) if chosen else (0.0,) * len(CONFIDENCE_SIGNALS), ok, item.get("found", True),
                     gated, item, quote, question_length(query, ev.titled), query.judged,
                     {p: distinct(query, quoted, lexicon, replace(ranked, distinct_power=p)) for p in DISTINCT_POWERS},
                     query.asserted, fact_subject(ev) if chosen else 1.0, ev.quoted_closeness,
                     bool(chosen) and bool(amount_lines(ev)), bool(chosen) and whole_topic(ev)))
    x = np.array([r[0] for r in rows])
    y = np.array([r[1] for r in rows], dtype=bool)
    ans = np.array([r[2] for r in rows], dtype=bool)
    gated = np.array([r[3] for r in rows], dtype=bool)
    own = np.arange(len(rows)) < len(data)
    fit_on = own & ~gated
    print(f"\n2. confidence: logistic over the {int(fit_on.sum())} tuning questions of the sets not gated "
          f"({int(y[fit_on].sum())} answered from a gold passage; gated: a number asked for or named missing)")
    now = (ranked.conf_bias, np.array([getattr(ranked, f"conf_{n}") for n in CONFIDENCE_SIGNALS]))
    fitted = fit_logistic(x[fit_on], y[fit_on].astype(float))
    for title, (b, c) in (("current", now), ("refitted", fitted)):
        p = np.clip(1 / (1 + np.exp(-(x[fit_on] @ c + b))), 1e-6, 1 - 1e-6)
        loss = -float(np.mean(np.where(y[fit_on], np.log(p), np.log(1 - p))))
        print(f"   {title}: conf_bias {b:.3f}; " + "; ".join(f"conf_{n} {v:.3f}" for n, v in zip(CONFIDENCE_SIGNALS, c))
              + f"  (log loss {loss:.3f})")
        _reliability(p, y[fit_on], f"{title}, the sets' tuning questions")
    bias, coef = now if keep_logistic else fitted
    print(f"   the cut-offs below use the {'current' if keep_logistic else 'refitted'} coefficients")
    conf = 1 / (1 + np.exp(-(x @ coef + bias)))
    if negatives:
        _reliability(conf[~own & ~gated], y[~own & ~gated], "cross-corpus negatives (all wrong if answered)")
    neg = ~ans
    print(f"   positives (answerable tuning questions): {int(ans.sum())}; negatives: {int((own & neg).sum())} "
          f"of the sets + {int((~own).sum())} cross-corpus ({int((~own & gated).sum())} of them gated)")
    # topic_min: the highest floor of the grid costing at most --gold-tolerance of the tuning questions answered from a
    # gold passage (not gated).
    topic = x[:, CONFIDENCE_SIGNALS.index("topic")]
    topic_min = floor_of("topic_min", topic, TOPIC_FLOORS, y & ~gated, neg & ~gated, "not gated")
    # closeness_words, closeness_min, distinct_power and distinct_min together: a question of closeness_words content
    # words or more is answered only when a passage is closeness_min close; a shorter one that no passage is that close
    # to, only when the quote holds distinct_min of its words weighed by idf^distinct_power. For each length of
    # LENGTHS, each floor is the highest of its grid costing at most --gold-tolerance of the tuning answers from a gold
    # passage it judges (closeness_min: the long questions; distinct_min: the short ones no passage is that close to),
    # the power the one whose floor stops the most; the length taken is the one whose floors stop the most negatives
    # together (ties: the nearest the current value). Printed: the curve, then the floors' own curves at that length.
    # Each allowance is counted over the rows its floor judges, not all positives: counted over all, it stayed the same
    # at every length while the judged set shrank, so the loop drifted to the grid's longest length.
    words = np.array([r[6] for r in rows])
    said = x[:, CONFIDENCE_SIGNALS.index("closeness")]
    near = np.where([r[13] for r in rows], 1.0, said)  # a quote holding the whole topic is never far (whole_topic)
    reached = ~gated & (topic >= topic_min)
    held_by_power = {p: np.array([r[8][p] for r in rows]) for p in DISTINCT_POWERS}
    print(f"   closeness_words (questions of this many content words or more judged by closeness_min, shorter ones by "
          f"distinct_min) -> floors costing at most {tolerance:.0%} of the gold answers each judges, negatives stopped "
          f"(of {int((neg & reached).sum())} not gated nor under topic_min)")
    print("   words  gold answers long/short  closeness_min  distinct_power  distinct_min  stopped")
    lengths = []
    for length in LENGTHS:
        long = words >= length
        c_min = floor_of("", np.where(long, near, 1.0), CLOSENESS_FLOORS, y & reached & long, neg & reached & long,
                         "", quiet=True)
        short_far = ~long & (near < c_min)
        by_power = [(int(((held_by_power[p] < d) & short_far & reached & neg).sum()), -p, p, d) for p in DISTINCT_POWERS
                    for d in [floor_of("", held_by_power[p], DISTINCT_FLOORS, y & reached & short_far,
                                       neg & reached & short_far, "", quiet=True)]]
        _, _, power, d_min = max(by_power)
        stopped = int((reached & neg & ((long & (near < c_min)) | (short_far & (held_by_power[power] < d_min)))).sum())
        print(f"   {length:5d}  {int((y & reached & long).sum()):10d}/{int((y & reached & ~long).sum()):<12d}"
              f"  {c_min:13.2f}  {power:14.1f}  {d_min:12.2f}  {stopped:7d}")
        lengths.append((stopped, -abs(length - ranked.closeness_words), length))
    closeness_words = max(lengths)[2]
    long = words >= closeness_words
    print(f"   closeness_words {closeness_words}")
    closeness = np.where(long, near, 1.0)
    closeness_min = floor_of("closeness_min", closeness, CLOSENESS_FLOORS, y & reached & long, neg & reached & long,
                             f"questions of {closeness_words}+ words, not gated nor under topic_min")
    # subject_min: likewise, the share of the question's topic the passage stating the fact asked (an amount, a date)
    # must hold (abstain.fact_subject): under it the fact is another subject's, and no kind asked is stated. Judged
    # over the questions asking an amount that a quoted line states (abstain.amount_lines); the others hold 1.0.
    subject = np.array([r[10] for r in rows])
    amount = np.array([r[12] for r in rows], dtype=bool)
    subject_min = floor_of("subject_min", subject, SUBJECT_FLOORS, y & reached & amount, neg & reached & amount,
                           "asking an amount stated, not gated nor under topic_min")
    # statement_closeness_min: likewise for statements to judge (framed, or bare: vntext.asserts) of closeness_words or
    # more content words, which restate the passage that says or denies them.
    statement = np.array([r[7] or r[9] for r in rows], dtype=bool) & long
    print(f"   statements to judge of {closeness_words}+ content words: {int((statement & y & reached).sum())} "
          f"answered from a gold passage, {int((statement & neg & reached).sum())} negatives")
    statement_closeness_min = floor_of(
        "statement_closeness_min", np.where(statement, said, 1.0),
        CLOSENESS_FLOORS, y & reached & statement, neg & reached & statement,
        "statements, not gated nor under topic_min")
    short, short_far = ~long, ~long & (near < closeness_min)
    print(f"   short questions: {int((short & reached & y).sum())} answered from a gold passage "
          f"({int((short_far & reached & y).sum())} of them far), {int((short_far & reached & neg).sum())} far "
          f"negatives (not gated nor under topic_min)")
    fits = []
    for power in DISTINCT_POWERS:
        values = held_by_power[power]
        print(f"   distinct_power {power}: the lowest of the short answers from a gold passage "
              + " ".join(f"{v:.2f}" for v in sorted(values[y & reached & short])[:8]))
        floor = floor_of("distinct_min", values, DISTINCT_FLOORS, y & reached & short_far, neg & reached & short_far,
                         "short, far, not gated nor under topic_min")
        stopped = int(((values < floor) & short_far & reached & neg).sum())
        fits.append((stopped, -power, power, floor, values))
    _, _, distinct_power, distinct_min, held = max(fits, key=lambda f: f[:2])
    print(f"   distinct_power {distinct_power}, distinct_min {distinct_min:.2f}")
    covered = x[:, CONFIDENCE_SIGNALS.index("passage")]
    judged = np.array([r[7] for r in rows], dtype=bool)
    judged_min = ranked.judged_min
    quoted = np.array([r[11] for r in rows])  # the quoted passage's own cosine (abstain.restated)
    restated_min = ranked.restated_min

    def answered(floor: float, t: float) -> np.ndarray:
        return (~gated & ((covered >= np.where(judged, judged_min, floor)) | (quoted >= restated_min))
                & (topic >= topic_min)
                & (closeness >= closeness_min) & ~(short_far & (held < distinct_min)) & (conf >= t)
                & ~(statement & (x[:, CONFIDENCE_SIGNALS.index("closeness")] < statement_closeness_min))
                & (subject >= subject_min))

    def objective(on: np.ndarray) -> float:
        """Share of positives answered from a gold passage + share of negatives abstained."""
        return float((on & y).sum()) / max(int(ans.sum()), 1) + float((~on & neg).sum()) / max(int(neg.sum()), 1)

    print("   objective: share of positives answered from a gold passage + share of negatives abstained")
    print(f"   passage_min  best cut-off  objective  objective at the current nearest_min {ranked.nearest_min}"
          f" ({'taken: --keep-nearest' if keep_nearest else 'shown'})")
    floors = []
    for floor in floors_grid:
        sums = [(round(objective(answered(floor, t)), 6), float(t)) for t in CUTOFFS]
        best = max(sums)
        at_now = round(objective(answered(floor, ranked.nearest_min)), 6)
        print(f"   {floor:11.2f}  {_median_of_best(sums):12.2f}  {best[0]:9.3f}  {at_now:.3f}")
        floors.append((at_now if keep_nearest else best[0], floor))
    passage_min = _median_of_best(floors)
    print(f"   passage_min {passage_min:.2f} (middle of the best floors)")
    # judged_min: the floor for statements to judge and choices to make, at that passage_min and the current cut-off
    print(f"   judged_min  objective  (questions framed so: {int((judged & ans).sum())} positives, "
          f"{int((judged & ~ans).sum())} negatives)")
    sums = []
    for floor in (*PASSAGE_FLOORS, 0.65, 0.7, 0.75):
        judged_min = floor
        sums.append((round(objective(answered(passage_min, ranked.nearest_min)), 6), floor))
        print(f"   {floor:10.2f}  {sums[-1][0]:.3f}")
    judged_min = _median_of_best(sums)
    print(f"   judged_min {judged_min:.2f} (middle of the best floors)")
    # restated_min: a passage under those floors quoted as the nearest when itself this close in meaning; the lowest
    # floor of the grid answering no more negatives than the band off (2.0) does
    print("   restated_min  gold answers  wrong passages  negatives answered")
    counts = []
    for floor in RESTATED_FLOORS:
        restated_min = floor
        on = answered(passage_min, ranked.nearest_min)
        counts.append((floor, int((on & y).sum()), int((on & ans & ~y).sum()), int((on & neg).sum())))
        print(f"   {floor:12.3f}  {counts[-1][1]:12d}  {counts[-1][2]:14d}  {counts[-1][3]:18d}")
    restated_min = next(floor for floor, _, _, negs in counts if negs <= counts[-1][3])
    print(f"   restated_min {restated_min:.3f} (the lowest floor answering no more negatives than none)")
    print("   cut-off  positives: gold-answered wrong-answered abstained | negatives: answered abstained"
          " | objective  precision")
    curve = []
    for t in CUTOFFS:
        on = answered(passage_min, t)
        # precision when as many questions asked are covered as not (the weighting of the objective)
        shares = (float((on & y).sum()) / max(int(ans.sum()), 1), float((on & ans & ~y).sum()) / max(int(ans.sum()), 1),
                  float((on & neg).sum()) / max(int(neg.sum()), 1))
        prec = shares[0] / max(sum(shares), 1e-9)
        curve.append((round(objective(on), 6), float(t), prec))
        print(f"   {t:6.2f}   {int((on & y).sum()):24d} {int((on & ans & ~y).sum()):14d} {int((~on & ans).sum()):9d}"
              f" | {int((on & neg).sum()):19d} {int((~on & neg).sum()):9d} | {curve[-1][0]:9.3f}  {prec:9.3f}")
    nearest_min = ranked.nearest_min if keep_nearest else _median_of_best([(c[0], c[1]) for c in curve])
    answer_min = next((t for _, t, prec in curve if t >= nearest_min and prec >= PRECISION), 0.95)
    print(f"   nearest_min {nearest_min:.2f} (middle of the best objective), answer_min {answer_min:.2f} "
          f"(lowest cut-off from there whose answers are right >= {PRECISION:.0%}, half the questions covered)")
    on = answered(passage_min, nearest_min)
    wrong = [i for i in np.flatnonzero(on & neg)]
    print(f"   negatives still answered ({len(wrong)}), to read by eye:")
    for i in wrong[:12]:
        print(f"     {rows[i][4]['id']} conf {conf[i]:.2f}: {rows[i][4]['question'][:80]} -> {rows[i][5][:70]!r}")
    return replace(ranked, conf_bias=round(bias, 3), passage_min=passage_min, judged_min=judged_min,
                   topic_min=topic_min, closeness_min=closeness_min, closeness_words=closeness_words,
                   statement_closeness_min=statement_closeness_min, subject_min=subject_min,
                   restated_min=restated_min,
                   distinct_min=distinct_min, distinct_power=distinct_power,
                   nearest_min=round(nearest_min, 2), answer_min=round(answer_min, 2),
                   **{f"conf_{n}": round(float(c), 3) for n, c in zip(CONFIDENCE_SIGNALS, coef)})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=ROOT / "bench" / ".stores" / "eval")
    ap.add_argument("--sets", nargs="+", default=["dev", "dev2"])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--retrieval", action="store_true", help="print the retrieval curve first")
    ap.add_argument("--alqac-dir", type=Path, help="ALQAC's ingested store: its tuning queries join the retrieval "
                    "curve, and step 2's positives (each answerable from its gold article)")
    ap.add_argument("--fit", metavar="NAME", choices=[f.name for f in fields(Weights)],
                    help="fit only this field of troly/weights.py: print its curve and the best value, then stop")
    ap.add_argument("--values", type=float, nargs="+", help="the values --fit tries (default: a grid around it)")
    ap.add_argument("--whole", action="store_true", help="with --fit: the assistant's whole answers scored too "
                    "(cite/facts/abstain of Assistant.ask, every answerer: the hand-set fields act there)")
    ap.add_argument("--retrieval-only", action="store_true",
                    help="score search only (Hit@1, Hit@5, MRR@10), no answers: fast")
    ap.add_argument("--negatives", action="store_true",
                    help="step 2 also asks each set's tuning questions (and ALQAC's) of the other sets' stores, "
                         "where they are unanswerable: the negatives the abstention cut-offs are chosen with")
    ap.add_argument("--keep-logistic", action="store_true",
                    help="step 2 keeps the current conf_* coefficients (printed beside the refitted ones)")
    ap.add_argument("--keep-nearest", action="store_true",
                    help="step 2 keeps the current nearest_min and fits passage_min and answer_min at it")
    ap.add_argument("--floors", type=float, nargs="+", help="the passage_min grid of step 2 (one value: keep it)")
    ap.add_argument("--gold-tolerance", type=float, default=GOLD_TOLERANCE,
                    help="step 2: the share of the gold answers a floor may cost (0: none, the lossless rule)")
    ap.add_argument("--confidence-only", action="store_true", help="skip step 1: the current ranking weights")
    args = ap.parse_args()
    base = Weights.load()
    if args.fit or args.retrieval_only or args.retrieval:
        runs = retrieval_runs(args.data_dir, args.sets, args.alqac_dir)
        if args.retrieval:
            retrieval_curve(runs, base)
        if args.fit:
            fit_one(args.fit, args.values, runs, base, answers=not args.retrieval_only, whole=args.whole)
            return
        if args.retrieval_only:
            for run in runs:
                print(f"{run.name:5} tune " + " ".join(f"{k} {v:.3f}" for k, v in
                                                       zip(("Hit@1", "Hit@5", "MRR@10"), run.retrieval())))
            return
    data = []
    for name in args.sets:
        data += gather(args.data_dir / name, tuning_items(name))
    if args.alqac_dir is not None:
        data += alqac_positives(args.alqac_dir)
    print(f"tuning questions: {len(data)} ({sum(1 for it, _ in data if not it.get('found', True))} unanswerable)")

    start = base
    if args.confidence_only:
        ranked = base
        print("\n1. sentence ranking: skipped (--confidence-only), the current weights")
    else:
        ranked = fit_ranking(data, base)

    # 2. confidence and abstention
    negatives = cross_negatives(args.data_dir, args.sets) + near_topic_negatives(args.data_dir, args.sets) \
        if args.negatives else []
    fitted_weights = fit_confidence(data, negatives, ranked, args.keep_logistic, args.keep_nearest,
                                    tuple(args.floors or PASSAGE_FLOORS), args.gold_tolerance)
    changed = {k: v for k, v in fitted_weights.to_json().items() if v != getattr(start, k)}
    print("\nfitted fields:\n" + "\n".join(f"    {k}: {v}" for k, v in changed.items()))
    if args.out:
        args.out.write_text(json.dumps(fitted_weights.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"written to {args.out}")


if __name__ == "__main__":
    main()
