"""Fit the composer's weights (troly/weights.py) on the TUNING questions of bench/split.json, printing the evidence.

    PYTHONPATH=$PWD TROLY_EMBED_CACHE=/work/cache/vectors.sqlite \\
        /work/main/.venv/bin/python bench/fit_weights.py [--data-dir /work/cache/eval-data] [--out fitted.json]

The stores are the ones bench/eval_split.py ingested (run it first). Only tuning questions are read.
0. Retrieval (printed only, `--retrieval`; `--alqac-dir` adds ALQAC's tuning queries): Hit@1 and Hit@5 of the
   tuning questions over a grid of dense/lexical mixes and BM25 weights of the heading path, and the best
   setting of `dense`, `lexical` and `section_field` by Hit@1 + Hit@5 summed over the sets.
1. Sentence ranking: the weights of the named signals (composer.SIGNALS) by coordinate search — each weight
   in turn is tried at 0, 0.5, 1, 1.5, 2 and 3 times its value and kept where the top sentence most often
   comes from a gold passage (ties keep the current value), two rounds. Printed: every step's figure.
2. Confidence: a logistic model over abstain.CONFIDENCE_SIGNALS of the composed evidence, label = "the
   answer would cite a gold passage". Printed: the coefficients, then a curve of cut-offs with the share of
   answerable questions answered from a gold passage, the share of unanswerable ones abstained, and the
   precision of what is answered, after `passage_min` (the weak-retrieval floor) is chosen from a printed grid
   of floors, each with its best cut-off, by the same sum, and `topic_min` (the share of the question's own topic the
   quote must cover) is the highest floor of a printed grid that costs no answer from a gold passage. nearest_min is the cut-off with the best (answered right + abstained) sum;
   answer_min the lowest cut-off whose answers are right at least 80% of the time (PRECISION).
Paste the printed field values into troly/weights.py (or point TROLY_WEIGHTS at --out).

One weight at a time: `--fit NAME [--values 0 0.5 1]` tries each value of that field of troly/weights.py (the
others as they are) and prints its curve: per set, the tuning questions' Hit@1, Hit@5 and MRR@10 of search
(as `troly search` ranks them; ALQAC's too with `--alqac-dir`) and the share of composed answers quoting a gold
passage first; then the value with the best sum of those figures over the sets (ties: the one nearest the
current value). `--retrieval-only` leaves the answers out (search only: a grid over ALQAC takes minutes, not
tens of minutes); without --fit it prints the current weights' retrieval figures.
"""
from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_split import SETS, SHARED, alqac_eval, qa_eval  # noqa: E402
from bot.answer.abstain import CONFIDENCE_SIGNALS, Evidence, ids_missing, signals  # noqa: E402
from bot.answer.composer import SIGNALS, evidence  # noqa: E402
from bot.answer.service import Assistant  # noqa: E402
from troly.config import Settings  # noqa: E402
from troly.weights import Weights  # noqa: E402


def tuning_items(name: str) -> list[dict]:
    split = json.loads((ROOT / "bench" / "split.json").read_text(encoding="utf-8"))
    keep = set(split[name]["tune"])
    return [it for it in qa_eval.load_qa(SHARED / SETS[name][0]) if it["id"] in keep]


def gather(data_dir: Path, items: list[dict]) -> list[tuple[dict, tuple]]:
    """(item, (passages, hints, lexicon)) per question, searched once."""
    assistant = Assistant(Settings(data_dir=data_dir))
    return [(it, assistant.answer_context.gather(it["question"])) for it in items]


def compose_evidence(item: dict, ctx: tuple, weights: Weights):
    passages, hints, lexicon = ctx
    passages, ev = evidence(item["question"], passages, hints, lexicon, weights)
    return passages, ev.query, ev.scored, ev.passage_coverage, ev.chosen


def gold_passage(item: dict, text: str) -> bool:
    return bool(item.get("gold")) and bool(qa_eval.passage_hits([{"text": text}], item["gold"]))


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

    def use(self, weights: Weights) -> None:
        """Search and compose with these weights (the assistant's are read once, then kept)."""
        self.assistant.__dict__["weights"] = weights
        self.assistant.searcher.weights = weights

    def retrieval(self) -> tuple[float, float, float]:
        """Hit@1, Hit@5 and MRR@10 of the answerable tuning questions."""
        firsts = [self.first_of(self.assistant.searcher, it) for it in self.items]
        n = max(len(firsts), 1)
        return (sum(f == 0 for f in firsts) / n, sum(f is not None and f < 5 for f in firsts) / n,
                sum(1 / (f + 1) for f in firsts if f is not None) / n)

    def answered(self, weights: Weights) -> float:
        """Share of the answerable tuning questions whose composed answer quotes a gold passage first."""
        data = [(it, self.assistant.answer_context.gather(it["question"])) for it in self.items]
        return top_right(data, weights)


def retrieval_runs(data_dir: Path, sets: list[str], alqac_dir: Path | None) -> list[Run]:
    runs = [Run(name, Assistant(Settings(data_dir=data_dir / name)),
                [it for it in tuning_items(name) if it.get("found", True)], _qa_first) for name in sets]
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


def fit_one(name: str, values: list[float] | None, runs: list[Run], base: Weights, answers: bool) -> float:
    """Try each value of one weight on the tuning questions; print the curve and return the best value."""
    current = getattr(base, name)
    kind = type(current)
    values = [kind(v) for v in (values or default_values(current))]
    shown = "Hit@1/Hit@5/MRR" + (" answered" if answers else "")
    print(f"{name} (now {current}) -> per set, tuning questions: {shown}")
    best: tuple[float, float, float] = (-1.0, 0.0, current)
    for value in values:
        weights = replace(base, **{name: value})
        total, parts = 0.0, []
        for run in runs:
            run.use(weights)
            figures = run.retrieval()
            if answers and run.name != "alqac":
                figures = (*figures, run.answered(weights))
            total += sum(figures)
            parts.append(f"{run.name} " + "/".join(f"{f:.3f}" for f in figures))
        print(f"   {value:>6}: " + "  ".join(parts), flush=True)
        best = max(best, (round(total, 9), -abs(value - current), value))
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
        right += bool(chosen) and gold_passage(item, passages[chosen[0].passage_index].text)
    return right / max(answerable, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=Path("/work/cache/eval-data"))
    ap.add_argument("--sets", nargs="+", default=["dev", "dev2"])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--retrieval", action="store_true", help="print the retrieval curve first")
    ap.add_argument("--alqac-dir", type=Path, help="ALQAC's ingested store: its tuning queries join the retrieval curve")
    ap.add_argument("--fit", metavar="NAME", choices=[f.name for f in fields(Weights)],
                    help="fit only this field of troly/weights.py: print its curve and the best value, then stop")
    ap.add_argument("--values", type=float, nargs="+", help="the values --fit tries (default: a grid around it)")
    ap.add_argument("--retrieval-only", action="store_true",
                    help="score search only (Hit@1, Hit@5, MRR@10), no answers: fast")
    args = ap.parse_args()
    base = Weights.load()
    if args.fit or args.retrieval_only or args.retrieval:
        runs = retrieval_runs(args.data_dir, args.sets, args.alqac_dir)
        if args.retrieval:
            retrieval_curve(runs, base)
        if args.fit:
            fit_one(args.fit, args.values, runs, base, answers=not args.retrieval_only)
            return
        if args.retrieval_only:
            for run in runs:
                print(f"{run.name:5} tune " + " ".join(f"{k} {v:.3f}" for k, v in
                                                       zip(("Hit@1", "Hit@5", "MRR@10"), run.retrieval())))
            return
    data = []
    for name in args.sets:
        data += gather(args.data_dir / name, tuning_items(name))
    print(f"tuning questions: {len(data)} ({sum(1 for it, _ in data if not it.get('found', True))} unanswerable)")

    # 1. sentence ranking
    answerable = sum(1 for item, _ in data if item.get("found", True))

    def signal_groups(weights: Weights) -> list[tuple[np.ndarray, np.ndarray]]:
        groups = []
        for item, ctx in data:
            if item.get("found", True):
                passages, _, scored, _, _ = compose_evidence(item, ctx, weights)
                y = np.array([gold_passage(item, passages[s.passage_index].text) for s in scored], dtype=bool)
                if y.any():
                    groups.append((np.array([s.signals for s in scored]), y))
        return groups

    old = np.array([getattr(base, n) for n in SIGNALS], dtype=float)
    print("\n1. sentence ranking: share of answerable questions whose top sentence comes from a gold passage")
    # These two change the coverage signals themselves, so each value is scored afresh.
    for field, values in (("pair_share", (0.25, 0.5, 0.75, 1.0, 1.5, 2.0)),
                          ("context_share", (0.2, 0.4, 0.6, 0.8, 1.0))):
        curve = [(top_share(signal_groups(replace(base, **{field: v})), old, answerable),
                  -abs(v - getattr(base, field)), v) for v in values]
        print(f"   {field:17} " + " ".join(f"{v:.2f}:{share:.3f}" for share, _, v in curve))
        base = replace(base, **{field: max(curve)[2]})
    groups = signal_groups(base)
    print(f"   {len(groups)} of {answerable} have a gold passage among the candidates")
    fitted = coordinate_search(groups, old, answerable)
    ranked = replace(base, **{n: round(float(v), 3) for n, v in zip(SIGNALS, fitted)})
    print(f"   composed answers quoting a gold passage first: old weights {top_right(data, base):.3f}, "
          f"fitted {top_right(data, ranked):.3f}")

    # 2. confidence
    xs, ys, answerable = [], [], []
    for item, ctx in data:
        passages, query, scored, pcov, chosen = compose_evidence(item, ctx, ranked)
        ev = Evidence(query=query, chosen=chosen, scored=scored, passage_coverage=pcov)
        ok = item.get("found", True) and bool(chosen) and any(
            gold_passage(item, passages[s.passage_index].text) for s in chosen)
        if chosen and ids_missing(ev):
            continue  # abstains whatever the confidence
        if query.kind.strict and not any(k in s.kinds for s in chosen for k in query.kind.strict):
            continue  # so does a quote stating none of the strict facts asked for
        xs.append(signals(ev) if chosen else (0.0,) * len(CONFIDENCE_SIGNALS))
        ys.append(float(ok))
        answerable.append(item.get("found", True))
    x, y, ans = np.array(xs), np.array(ys), np.array(answerable, dtype=bool)
    bias, coef = fit_logistic(x, y)
    print(f"\n2. confidence: logistic over {len(y)} questions ({int(y.sum())} answered from a gold passage)")
    print(f"   conf_bias {bias:.3f}; " + "; ".join(f"conf_{n} {c:.3f}" for n, c in zip(CONFIDENCE_SIGNALS, coef)))
    conf = 1 / (1 + np.exp(-(x @ coef + bias)))
    # Weak retrieval (the best passage covers too little of the question) is never answered: its floor is chosen
    # from the same sum, over a grid of floors, each with its best cut-off (ties keep the current floor).
    covered = x[:, CONFIDENCE_SIGNALS.index("passage")]
    print("   passage_min  best cut-off  right-answered + abstained")
    floors = []
    for floor in (0.2, 0.25, 0.3, 0.35, 0.4, 0.42, 0.45, 0.5):
        sums = []
        for t in np.arange(0.05, 0.96, 0.05):
            on = (conf >= t) & (covered >= floor)
            sums.append((float((on & (y == 1)).sum()) / max(int(ans.sum()), 1)
                         + float((~on & ~ans).sum()) / max(int((~ans).sum()), 1), -float(t)))
        best = max(sums)
        print(f"   {floor:11.2f}  {-best[1]:12.2f}  {best[0]:.3f}")
        floors.append((round(best[0], 6), -abs(floor - ranked.passage_min), floor))
    passage_min = max(floors)[2]
    print(f"   passage_min {passage_min:.2f}")
    # The quote must cover some of the question's own topic: the highest floor of the grid that costs no tuning question
    # answered from a gold passage (an off-topic question scoring a year and a list's lead-in abstains below it).
    topic = x[:, CONFIDENCE_SIGNALS.index("topic")]
    print("   topic_min  gold answers lost  unanswerable abstained")
    topic_min = 0.0
    for floor in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
        lost = int(((topic < floor) & (y == 1)).sum())
        stopped = int(((topic < floor) & ~ans).sum())
        print(f"   {floor:9.2f}  {lost:17d}  {stopped:d} of {int((~ans).sum())}")
        if not lost:
            topic_min = floor
    print(f"   topic_min {topic_min:.2f}")
    conf = np.where((covered >= passage_min) & (topic >= topic_min), conf, 0.0)
    print("   cut-off  right-answered  abstained  precision")
    best_t, best_sum, answer_min = 0.5, -1.0, None
    for t in np.arange(0.05, 0.96, 0.05):
        on = conf >= t
        right = float((on & (y == 1)).sum()) / max(int(ans.sum()), 1)
        abstained = float((~on & ~ans).sum()) / max(int((~ans).sum()), 1)
        precision = float((on & (y == 1)).sum()) / max(int(on.sum()), 1)
        print(f"   {t:6.2f}   {right:14.3f}  {abstained:9.3f}  {precision:9.3f}")
        if right + abstained > best_sum + 1e-9:
            best_t, best_sum = float(t), right + abstained
        if answer_min is None and precision >= PRECISION:
            answer_min = float(t)
    answer_min = max(answer_min if answer_min is not None else 0.95, best_t)
    fitted_weights = replace(ranked, conf_bias=round(bias, 3), nearest_min=round(best_t, 2), passage_min=passage_min,
                             topic_min=topic_min,
                             answer_min=round(answer_min, 2),
                             **{f"conf_{n}": round(float(c), 3) for n, c in zip(CONFIDENCE_SIGNALS, coef)})
    print(f"   nearest_min {best_t:.2f} (best right + abstained), answer_min {answer_min:.2f} "
          f"(precision >= {PRECISION})")
    changed = {k: v for k, v in fitted_weights.to_json().items() if v != getattr(base, k)}
    print("\nfitted fields:\n" + "\n".join(f"    {k}: {v}" for k, v in changed.items()))
    if args.out:
        args.out.write_text(json.dumps(fitted_weights.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"written to {args.out}")


if __name__ == "__main__":
    main()
