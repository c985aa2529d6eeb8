"""Answer figures for the tuning and the checking part of every question set (bench/split.json).

    PYTHONPATH=$PWD [TROLY_EMBED_CACHE=vectors.sqlite] \\
        .venv/bin/python bench/eval_split.py [--data-dir bench/.stores/eval] [--sets dev dev2 probe trial alqac]

Scores exactly as ../shared/eval/qa_eval.py and ../shared/bench/alqac/alqac_eval.py do (their functions
are imported from ../shared), through the `troly` command line of this tree, once per set; the ingested
stores stay in --data-dir (ALQAC's in --alqac-dir) so later runs only ask. ALQAC's questions are answered too
(`troly ask`): share answered, share citing a gold article, and Hit@1/Hit@3 of the answer's citations.
With --plain every question is asked a second time with its diacritics removed (as union members type in chat:
"cong doan co so phai bao cao gi?"), same gold, same scoring, its figures printed under the accented ones.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.paths import SHARED  # noqa: E402
from troly.vntext import unaccented  # noqa: E402
# name: (questions, documents). "trial" is ours: documents and questions testers wrote for this product (bench/trial/
# README.md); its tuning part is the first tester's, its checking part a later tester's that no fix has read.
SETS = {"dev": (SHARED / "eval" / "dev_qa.jsonl", SHARED / "corpus"),
        "dev2": (SHARED / "eval" / "dev2_qa.jsonl", SHARED / "corpus-dev"),
        "trial": (ROOT / "bench" / "trial" / "qa.jsonl", ROOT / "bench" / "trial" / "docs")}
# Own questions over dev2's checking documents, written after the fact to check mechanisms on wording nobody tuned
# on: checking only, asked of dev2's store, and not in SETS, so bench/fit_weights.py never sees them.
PROBE = ROOT / "bench" / "probe_qa.jsonl"


def _module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


qa_eval = _module(SHARED / "eval" / "qa_eval.py")
alqac_eval = _module(SHARED / "bench" / "alqac" / "alqac_eval.py")


def forms(plain: bool) -> list[tuple[str, object]]:
    """The forms every question is asked in: as written, and with --plain without diacritics too."""
    return [("", lambda q: q)] + ([("plain", unaccented)] if plain else [])


def _tag(name: str, form: str) -> str:
    """Where a form's questions and answers are kept: "dev", "dev-plain"."""
    return f"{name}-{form}" if form else name


def troly(args: list[str], data_dir: Path) -> list[dict]:
    env = dict(os.environ, TROLY_DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-m", "bot.cli", *args], env=env, capture_output=True, text=True,
                          encoding="utf-8", cwd=ROOT)
    if proc.returncode:
        sys.exit(f"troly {' '.join(args[:2])} failed:\n{proc.stderr[-3000:]}")
    return qa_eval.json_lines(proc.stdout)


def ingest_once(data_dir: Path, files: list[Path]) -> None:
    marker = data_dir / ".ingested"
    if marker.exists():
        return
    data_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    troly(["ingest", "--json", *map(str, files)], data_dir)
    marker.write_text("ok")
    print(f"ingest: {len(files)} files into {data_dir} in {time.perf_counter() - t0:.0f} s")


def score_qa(items: list[dict], searches: list[dict], answers: list[dict]) -> str:
    """qa_eval.py's figures for these items (same rules, same normalisation)."""
    answerable = [i for i, it in enumerate(items) if it.get("found", True)]
    unanswerable = [i for i, it in enumerate(items) if not it.get("found", True)]
    hit1 = hit5 = cited = facts_total = facts_found = 0
    for i in answerable:
        ranks = qa_eval.passage_hits(searches[i].get("results", []), items[i]["gold"])
        hit1 += bool(ranks) and ranks[0] < 1
        hit5 += bool(ranks) and ranks[0] < 5
        cited += bool(qa_eval.passage_hits(answers[i].get("citations", []), items[i]["gold"])) \
            and answers[i].get("found", True)
        text = qa_eval.normalize(answers[i].get("answer", ""))
        for f in items[i].get("facts", []):
            facts_total += 1
            facts_found += qa_eval.normalize(f) in text
    abstained = sum(1 for i in unanswerable if answers[i].get("found") is False)
    n = max(len(answerable), 1)
    return (f"Hit@1 {hit1 / n:.3f} Hit@5 {hit5 / n:.3f} cite {cited / n:.3f} "
            f"facts {facts_found / max(facts_total, 1):.3f} abstain {abstained / max(len(unanswerable), 1):.3f} "
            f"(n={len(answerable)}+{len(unanswerable)})")


def run_qa(name: str, split: dict, data_dir: Path, misses: bool, plain: bool) -> None:
    qa_path, corpus = SETS[name]
    items = qa_eval.load_qa(qa_path)
    ingest_once(data_dir, sorted(p for p in corpus.iterdir() if p.is_file()))
    by_id = {it["id"]: i for i, it in enumerate(items)}
    asked = {}
    for form, how in forms(plain):
        questions = [how(it["question"]) for it in items]
        asked[form] = (questions, *ask_all(_tag(name, form), questions, data_dir))
    for part in ("tune", "check"):
        idx = [by_id[q] for q in split[name][part]]
        for form, (questions, searches, answers, _) in asked.items():
            print(f"{name:5} {part:5} {form:5} " + score_qa(
                [items[i] for i in idx], [searches[i] for i in idx], [answers[i] for i in idx]))
            if misses and part == "tune":
                for i in idx:
                    it, ans = items[i], answers[i]
                    ok = (qa_eval.passage_hits(ans.get("citations", []), it["gold"]) and ans.get("found", True)) \
                        if it.get("found", True) else ans.get("found") is False
                    if not ok:
                        ranks = qa_eval.passage_hits(searches[i].get("results", []), it.get("gold", []))
                        print(f"    miss {it['id']} (gold rank {ranks[0] if ranks else None}, found "
                              f"{ans.get('found')}): {questions[i]}")
    elapsed = sum(e for *_, e in asked.values())
    print(f"      ({len(items)} questions × {len(asked)} searched and answered in {elapsed:.0f} s)")


def ask_all(name: str, questions: list[str], data_dir: Path) -> tuple[list[dict], list[dict], float]:
    """Search (top 10) and answer every question of a set in one process each; the answers are kept beside
    the store (eval-<set>-answers.jsonl) to read by eye."""
    qfile = data_dir / f"eval-{name}-questions.txt"
    qfile.write_text("\n".join(questions) + "\n", encoding="utf-8")
    t0 = time.perf_counter()
    searches = troly(["search", "--json", "--k", "10", "--batch", str(qfile)], data_dir)
    answers = troly(["ask", "--json", "--batch", str(qfile)], data_dir)
    (data_dir / f"eval-{name}-answers.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in answers), encoding="utf-8")
    return searches, answers, time.perf_counter() - t0


def run_probe(data_dir: Path, plain: bool) -> None:
    """The probe set: checking only (its misses are never listed)."""
    items = qa_eval.load_qa(PROBE)
    ingest_once(data_dir, sorted(p for p in SETS["dev2"][1].iterdir() if p.is_file()))
    for form, how in forms(plain):
        searches, answers, _ = ask_all(_tag("probe", form), [how(it["question"]) for it in items], data_dir)
        print(f"probe check {form:5} " + score_qa(items, searches, answers))


def run_alqac(split: dict, data_dir: Path, misses: bool, plain: bool) -> None:
    """Article-level search figures (alqac_eval.score), then the answers' own: every ALQAC question is answered by
    its gold article, so an abstention is a miss; an answer cites it when one of its citations stands in a gold
    article (alqac_eval.article_of), and its citations in order are scored like ranked results (Hit@1, Hit@3)."""
    here = SHARED / "bench" / "alqac"
    queries = [json.loads(line) for line in (here / "queries-dev.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    marker = data_dir / ".alqac-ingested"
    if not marker.exists():
        ingest_once(data_dir, sorted((here / "corpus").glob("*.txt")))
        marker.write_text("ok")
    t0 = time.perf_counter()
    asked = {}
    for form, how in forms(plain):
        questions = [how(q["q"]) for q in queries]
        searches, answers, _ = ask_all(_tag("alqac", form), questions, data_dir)
        ranked = [[alqac_eval.article_of(r) for r in o.get("results", [])] for o in searches]
        cited = [[alqac_eval.article_of(c) for c in a.get("citations", [])] if a.get("found") else []
                 for a in answers]
        asked[form] = (questions, answers, ranked, cited)
    elapsed = time.perf_counter() - t0
    for part in ("tune", "check"):
        idx = split["alqac"][part]
        for form, (questions, answers, ranked, cited) in asked.items():
            print(f"alqac {part:5} {form:5} " + alqac_eval.score([queries[i] for i in idx], [ranked[i] for i in idx]))
            print(f"alqac {part:5} {form:5} answers " + score_alqac_answers(
                [queries[i] for i in idx], [answers[i] for i in idx], [cited[i] for i in idx]))
            if misses and part == "tune":
                for i in idx:
                    first = _first_gold(queries[i], cited[i])
                    if first != 0:
                        print(f"    miss alqac:{i} (gold rank {_first_gold(queries[i], ranked[i])}, found "
                              f"{answers[i].get('found')}, cited rank {first}): {questions[i][:160]}")
    print(f"      ({len(queries)} questions × {len(asked)} searched and answered in {elapsed:.0f} s)")


def _first_gold(query: dict, ranked: list[tuple[str, list[str]]]) -> int | None:
    """Rank of the first passage standing in a gold article (its first "Điều N" names it, as alqac_eval scores)."""
    gold = {(law, art) for law, art in query["gold"]}
    return next((r for r, (law, arts) in enumerate(ranked) if any((law, a) in gold for a in arts[:1])), None)


def score_alqac_answers(queries: list[dict], answers: list[dict], cited: list[list[tuple[str, list[str]]]]) -> str:
    """Share answered (found), share answered citing a gold article, and Hit@1/Hit@3 of the citations in order
    (an abstention cites nothing)."""
    n = len(queries) or 1
    firsts = [_first_gold(q, c) for q, c in zip(queries, cited)]
    answered = sum(1 for a in answers if a.get("found"))
    cite = sum(f is not None for f in firsts)
    hit1 = sum(f is not None and f < 1 for f in firsts)
    hit3 = sum(f is not None and f < 3 for f in firsts)
    return (f"answered {answered / n:.3f} cite {cite / n:.3f} Hit@1 {hit1 / n:.3f} Hit@3 {hit3 / n:.3f} "
            f"(n={len(queries)})")


def run_cross(split: dict, data_dir: Path, sets: list[str], plain: bool) -> None:
    """Each set's questions (and ALQAC's) asked of the other sets' stores, which do not hold their documents:
    the share answered "không đề cập" (found false), per part. The same negatives bench/fit_weights.py
    --negatives fits the cut-offs with, on the tuning part only."""
    here = SHARED / "bench" / "alqac"
    alqac = [json.loads(line)["q"] for line in (here / "queries-dev.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    for store in sets:
        held = {p.name for p in SETS[store][1].iterdir()}
        asked: dict[str, list[str]] = {"tune": [], "check": []}
        for name in sets:
            if name == store:
                continue
            by_id = {it["id"]: it for it in qa_eval.load_qa(SETS[name][0])}
            for part in asked:
                asked[part] += [by_id[q]["question"] for q in split[name][part]
                                if not {g["doc"] for g in by_id[q].get("gold", [])} & held]
        for part in asked:
            asked[part] += [alqac[i] for i in split["alqac"][part]]
        n = len(asked["tune"])
        got: dict[str, list[dict]] = {}
        for form, how in forms(plain):
            qfile = data_dir / store / f"{_tag('cross', form)}-questions.txt"
            qfile.write_text("\n".join(how(q) for q in asked["tune"] + asked["check"]) + "\n", encoding="utf-8")
            got[form] = troly(["ask", "--json", "--batch", str(qfile)], data_dir / store)
        for part in ("tune", "check"):
            for form, answers in got.items():
                some = answers[:n] if part == "tune" else answers[n:]
                abstained = sum(1 for a in some if a.get("found") is False)
                print(f"cross {part:5} {form:5} other sets' and ALQAC's questions asked of {store}: "
                      f"abstain {abstained / max(len(some), 1):.3f} (n={len(some)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=ROOT / "bench" / ".stores" / "eval")
    ap.add_argument("--alqac-dir", type=Path, default=ROOT / "bench" / ".stores" / "alqac")
    ap.add_argument("--sets", nargs="+", default=["dev", "dev2", "probe", "trial", "alqac"],
                    choices=["dev", "dev2", "probe", "trial", "alqac"])
    ap.add_argument("--show-misses", action="store_true",
                    help="list the tuning part's misses (never the checking part's: it must stay unseen)")
    ap.add_argument("--cross", action="store_true",
                    help="also ask each set's questions and ALQAC's of the other sets' stores (unanswerable there)")
    ap.add_argument("--plain", action="store_true",
                    help="also ask every question with its diacritics removed (same gold, same scoring)")
    args = ap.parse_args()
    split = json.loads((ROOT / "bench" / "split.json").read_text(encoding="utf-8"))
    for name in args.sets:
        if name == "alqac":
            run_alqac(split, args.alqac_dir, args.show_misses, args.plain)
        elif name == "probe":
            run_probe(args.data_dir / "dev2", args.plain)
        else:
            run_qa(name, split, args.data_dir / name, args.show_misses, args.plain)
    qa_sets = [name for name in args.sets if name in SETS]
    if args.cross and len(qa_sets) > 1:
        run_cross(split, args.data_dir, qa_sets, args.plain)


if __name__ == "__main__":
    main()
