"""How well diacritics are restored: the TUNING trial questions typed with diacritics, asked without, read back
(QueryPlan.reading) and compared word by word with the question as typed. The figure troly.weights' restoring weights
(count_slot, restore_prior, question_share) are fitted on (`--fit NAME --values` tries each, printing the curve);
abbreviations and words the reading splits otherwise are left out. Only tuning questions are read (bench/split.json).

    PYTHONPATH=$PWD TROLY_EMBED_CACHE=vectors.sqlite .venv/bin/python bench/restoration.py --data-dir D/trial \\
        [--fit count_slot --values 0 0.1 0.2] [--misses]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the packages, before bench/ingest.py


def _questions() -> list[str]:
    """The trial's tuning questions typed with diacritics."""
    from troly.vntext import has_marks
    tune = set(json.loads((ROOT / "bench" / "split.json").read_text(encoding="utf-8"))["trial"]["tune"])
    rows = (json.loads(line) for line in (ROOT / "bench" / "trial" / "qa.jsonl").open(encoding="utf-8"))
    return [row["question"] for row in rows if row["id"] in tune and has_marks(row["question"])]


def _misread(searcher, questions: list[str]) -> tuple[int, Counter]:
    """Words compared, and each (typed, read) pair read wrong, with its count."""
    from troly.vntext import fold, is_syllable, syllables, unaccented
    compared, wrong = 0, Counter()
    for question in questions:
        typed, read = syllables(question), syllables(searcher.plan(unaccented(question)).reading)
        if len(typed) != len(read):
            continue
        for t, r in zip(typed, read):
            if fold(t) == fold(r) and t.isalpha() and is_syllable(t):  # an abbreviation ("lđlđ") is read as typed
                compared += 1
                if t != r:
                    wrong[(t, r)] += 1
    return compared, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", required=True, help="the trial store bench/eval_split.py ingested")
    parser.add_argument("--fit", default="count_slot", choices=["count_slot", "restore_prior", "question_share"],
                        help="the weight to try values of")
    parser.add_argument("--values", type=float, nargs="*", default=[], help="values of that weight to try")
    parser.add_argument("--misses", action="store_true", help="print the words read wrong, commonest first")
    args = parser.parse_args()
    os.environ["TROLY_DATA_DIR"] = args.data_dir
    from bot.answer.service import Assistant
    from troly import weights
    from troly.config import get_settings
    questions = _questions()
    default = weights.DEFAULT
    for value in args.values or [getattr(default, args.fit)]:
        weights.DEFAULT = replace(default, **{args.fit: value})
        import vectorstore.query as query
        query.DEFAULT = weights.DEFAULT
        with Assistant(get_settings()) as assistant:
            compared, wrong = _misread(assistant.searcher, questions)
        print(f"{args.fit} {value:g}: {sum(wrong.values())} of {compared} words read wrong")
        if args.misses:
            for (typed, read), n in wrong.most_common(40):
                print(f"    {n:4d} {typed} -> {read}")


if __name__ == "__main__":
    main()
