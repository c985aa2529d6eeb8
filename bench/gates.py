"""Which test of abstain.judge decided each TUNING question: the evidence to change an abstention gate on.

Issue #10: a right answer refused, a trap answered, and which gate did it, over the whole tuning part.

    PYTHONPATH=$PWD TROLY_EMBED_CACHE=vectors.sqlite .venv/bin/python bench/gates.py --data-dir D \\
        [--sets dev dev2 trial] [--rows]

For every tuning question of bench/split.json (the stores bench/eval_split.py ingested under D): the composer's
evidence as compose() builds it, the gate judge() names (abstain.Verdict.gate: the weak-retrieval tests that held,
joined — "passage+topic" —, "unstated", "sure", "nearest", "answered" …) with its signal values, the rank of the first
gold passage in search's top 10, and the assistant's whole answer (Assistant.ask: found, and whether it cites a gold
passage, as eval_split scores). A question whose whole answer's found differs from the composer's verdict was decided
by another answerer ("other:" before the gate). Printed: the table gate x (answerable, gold in the top 5, refused /
answerable answered citing gold / traps answered / traps refused), and with --rows one line per refused or answered-
trap question (id, gate, signals) — tuning questions only, as fit_weights reads.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import fields, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.eval_split import qa_eval  # noqa: E402
from bench.fit_weights import _qa_first, asked, cross_negatives, right_passage, tuning_items  # noqa: E402
from bot.answer.abstain import far_test, judge, question_length, signals  # noqa: E402
from bot.answer.composer import evidence  # noqa: E402
from bot.answer.service import Assistant  # noqa: E402
from troly.config import Settings  # noqa: E402
from troly.weights import Weights  # noqa: E402

COLUMNS = ("gold top5 refused", "answered from gold", "traps answered", "traps refused")
# The floors judge() reads, each with the step of its grid (cosines move in hundredths, shares of words in twentieths)
FLOORS = {"passage_min": 0.02, "judged_min": 0.05, "topic_min": 0.05, "subject_min": 0.05, "distinct_min": 0.05,
          "closeness_min": 0.01, "statement_closeness_min": 0.01, "restated_min": 0.01, "nearest_min": 0.05}


def judged_row(item: dict, ctx: tuple, weights) -> tuple[dict, object]:
    """The composer's verdict on one asked question: its gate, signals and whether a quoted passage is a gold one."""
    passages, hints, lexicon = ctx
    quoted, ev = evidence(item["question"], passages, hints, lexicon, weights, item.get("reading", ""))
    verdict = judge(ev, weights)
    gate = verdict.gate.replace("far", f"far({far_test(ev, weights)})") if "far" in verdict.gate else verdict.gate
    gold = item.get("found", True) and any(right_passage(item, quoted[s.passage_index]) for s in ev.chosen)
    return {"id": item["id"], "gate": gate, "answerable": item.get("found", True), "quotes_gold": gold,
            "signals": signals(ev) if ev.chosen else (), "closeness": ev.closeness, "quoted": ev.quoted_closeness,
            "distinct": ev.distinct, "confidence": verdict.confidence, "verdict": verdict.found,
            "nearest": verdict.nearest, "words": question_length(ev.query, ev.titled) if ev.chosen else 0,
            "ev": ev}, verdict


def rows_of(data_dir: Path, name: str) -> list[dict]:
    assistant = Assistant(Settings(data_dir=data_dir / name))
    weights = assistant.weights
    out = []
    for it in tuning_items(name):
        item, ctx = asked(assistant, it)
        row, verdict = judged_row(item, ctx, weights)
        gate = row["gate"]
        whole = assistant.ask(it["question"]).to_json()
        found = whole.get("found", True)
        answerable = it.get("found", True)
        rank = _qa_first(assistant.searcher, it) if answerable else None
        cited = answerable and found and bool(qa_eval.passage_hits(whole.get("citations", []), it["gold"]))
        if bool(found) != verdict.found:
            gate = f"other:{gate}"
        out.append(dict(row, set=name, gate=gate, rank=rank, found=found, cited=cited))
    return out


def curve(name: str, values: list[float], rows: list[dict], weights) -> None:
    """The composer's verdicts at each value of one abstention field (the evidence as gathered; judge() alone):
    answerable tuning questions answered quoting a gold passage (of them as the nearest) / another passage / refused,
    the sets' own traps answered, cross negatives answered."""
    print(f"\n{name} (now {getattr(weights, name)}): judge() alone on the evidence above")
    print("   value  gold answers (nearest)  wrong passage  refused | traps answered  cross negatives answered")
    for value in values:
        tried = replace(weights, **{name: value})
        verdicts = [(r, judge(r["ev"], tried)) for r in rows]
        pos = [(r, v) for r, v in verdicts if r["answerable"] and r["set"] != "cross"]
        gold = [v for r, v in pos if v.found and r["quotes_gold"]]
        print(f"   {value:5.2f}  {len(gold):12d} ({sum(v.nearest for v in gold):3d})  "
              f"{sum(v.found and not r['quotes_gold'] for r, v in pos):13d}  {sum(not v.found for _, v in pos):7d} | "
              f"{sum(v.found for r, v in verdicts if not r['answerable'] and r['set'] != 'cross'):14d}  "
              f"{sum(v.found for r, v in verdicts if r['set'] == 'cross'):24d}", flush=True)


def outcome(row: dict, weights) -> tuple[bool, bool]:
    """(answered, answered citing gold) of a row's whole answer under these floors: judge() decides the composer's
    rows (an answer it already gave cites as the eval scored it; a new one cites gold when it quotes a gold passage);
    a row another answerer decided ("other:") keeps its whole answer, which no floor reaches."""
    if row["gate"].startswith("other:"):
        return bool(row["found"]), bool(row["cited"])
    found = judge(row["ev"], weights).found
    return found, found and (row["cited"] if row["verdict"] else row["quotes_gold"])


def joint_score(rows: list[dict], weights) -> tuple[int, int, float]:
    """Answerable tuning questions answered citing gold, traps refused, and the objective: the sum of their shares
    (eval_split's cite and abstain of the pooled sets)."""
    pos = [outcome(r, weights)[1] for r in rows if r["answerable"]]
    neg = [not outcome(r, weights)[0] for r in rows if not r["answerable"]]
    return sum(pos), sum(neg), sum(pos) / max(len(pos), 1) + sum(neg) / max(len(neg), 1)


def joint(rows: list[dict], weights, lossless: bool, rounds: int = 2, reach: int = 4):
    """Coordinate descent over the abstention floors together: each floor in turn tried at its value +- up to `reach`
    steps (FLOORS) with the others as the descent left them, each try scored over the whole tuning part (joint_score);
    the best kept, ties to the value nearest the current one. `lossless`: a value is kept only if it loses no answer
    citing gold and stops no fewer traps (the best of those by their sum), so no cite is traded for abstention; else
    by the objective (the shares summed: one trap weighs as many answers as answerable questions per trap). Prints
    each floor's table and the floors reached."""
    right, refused, best = joint_score(rows, weights)
    print(f"\njoint fit of the floors ({'lossless' if lossless else 'objective'}; judge() on the composer's rows, "
          f"other answerers' rows as answered): {sum(r['answerable'] for r in rows)} answerable, "
          f"{sum(not r['answerable'] for r in rows)} traps; now {right} cited, {refused} refused, objective {best:.4f}")
    for round_ in range(1, rounds + 1):
        for name, step in FLOORS.items():
            now = getattr(weights, name)
            tried = []
            for k in range(-reach, reach + 1):
                value = round(now + k * step, 4)
                r, f, score = joint_score(rows, replace(weights, **{name: value}))
                tried.append((r, f, score, -abs(k), value))
            print(f"   round {round_} {name} (now {now}): value cited refused objective")
            for r, f, score, _, value in tried:
                print(f"      {value:6.3f} {r:6d} {f:6d} {score:.4f}")
            if lossless:
                _, _, value, r, f, score = max((r + f, k, value, r, f, score) for r, f, score, k, value in tried
                                               if r >= right and f >= refused)
                better = r + f > right + refused
            else:
                score, _, value, r, f = max((score, k, value, r, f) for r, f, score, k, value in tried)
                better = score > best + 1e-9
            if better:
                right, refused, best, weights = r, f, score, replace(weights, **{name: value})
                print(f"   -> {name} = {value} ({right} cited, {refused} refused, objective {best:.4f})")
    print("\nfloors reached: " + ", ".join(f"{n} {getattr(weights, n)}" for n in FLOORS)
          + f"; {right} cited, {refused} refused, objective {best:.4f}")
    return weights


def column(row: dict) -> str | None:
    if row["answerable"]:
        if row["cited"]:
            return COLUMNS[1]
        if not row["found"] and row["rank"] is not None and row["rank"] < 5:
            return COLUMNS[0]
        return None
    return COLUMNS[2] if row["found"] else COLUMNS[3]


def table(rows: list[dict], title: str) -> None:
    counts = Counter((r["gate"], column(r)) for r in rows)
    gates = sorted({r["gate"] for r in rows}, key=lambda g: -sum(n for (gg, _), n in counts.items() if gg == g))
    print(f"\n{title} ({len(rows)} tuning questions; answerable: {sum(r['answerable'] for r in rows)})")
    print(f"   {'gate':34} " + " ".join(f"{c:>19}" for c in COLUMNS))
    for g in gates:
        print(f"   {g:34} " + " ".join(f"{counts[(g, c)]:19d}" for c in COLUMNS))
    print(f"   {'total':34} " + " ".join(f"{sum(counts[(g, c)] for g in gates):19d}" for c in COLUMNS))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=ROOT / "bench" / ".stores" / "eval")
    ap.add_argument("--sets", nargs="+", default=["dev", "dev2", "trial"])
    ap.add_argument("--rows", action="store_true", help="one line per refused answerable or answered trap")
    ap.add_argument("--negatives", action="store_true", help="also the composer's verdicts on each set's tuning "
                    "questions (and ALQAC's) asked of the other sets' stores (fit_weights' negatives): gate x answered")
    ap.add_argument("--dump", type=Path, help="every row as JSON lines, to study")
    ap.add_argument("--fit", metavar="NAME", choices=[f.name for f in fields(Weights)],
                    help="a field of troly/weights.py judge() reads: its curve over --values (judge() alone)")
    ap.add_argument("--values", type=float, nargs="+", default=[])
    ap.add_argument("--joint", action="store_true", help="fit the floors together (joint: coordinate descent)")
    args = ap.parse_args()
    rows = []
    for name in args.sets:
        mine = rows_of(args.data_dir, name)
        table(mine, name)
        rows += mine
    table(rows, "all sets")
    negatives = []
    weights = Assistant(Settings(data_dir=args.data_dir / args.sets[0])).weights
    if args.negatives:
        negatives = [dict(judged_row(item, ctx, weights)[0], set="cross") for item, ctx in
                     cross_negatives(args.data_dir, args.sets)]
        counts = Counter((r["gate"], r["verdict"]) for r in negatives)
        print(f"\ncross negatives ({len(negatives)}: other sets' tuning questions asked of a store without their "
              f"documents): gate, composer answered / refused")
        for g in sorted({r["gate"] for r in negatives}, key=lambda g: -counts[(g, True)] - counts[(g, False)]):
            print(f"   {g:34} {counts[(g, True)]:9d} {counts[(g, False)]:9d}")
    if args.dump:
        args.dump.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "ev"}, ensure_ascii=False)
                                     + "\n" for r in rows + negatives), encoding="utf-8")
    if args.fit:
        curve(args.fit, args.values, rows + negatives, weights)
    if args.joint:
        joint(rows, weights, lossless=False)
        joint(rows, weights, lossless=True)
    if args.rows:
        print("\nrows: set id gate column rank | span passage topic kind agreement closeness | quoted distinct "
              "confidence words")
        for r in rows:
            col = column(r)
            if col in (COLUMNS[0], COLUMNS[2]):
                print(f"   {r['set']:5} {r['id']:6} {r['gate']:28} {col:18} {r['rank']} | "
                      + " ".join(f"{v:.2f}" for v in r["signals"])
                      + f" | {r['quoted']:.3f} {r['distinct']:.2f} {r['confidence']:.2f} {r['words']}")


if __name__ == "__main__":
    main()
