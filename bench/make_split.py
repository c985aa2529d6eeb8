"""Write bench/split.json once: which questions tune the answer weights and which only check them.

- dev2_qa.jsonl is split BY DOCUMENT: the 18 documents of corpus-dev are shuffled with a fixed seed;
  the first 12 tune, the last 6 check. A question goes to the checking part when any of its gold
  documents is a checking document (the tuning part never sees them); unanswerable questions
  (no gold document) are few, so they are ranked by the hash of their id and the first third check.
- bench/trial/qa.jsonl (ours) is split BY WHO WROTE IT WHEN: questions whose findings fixers have read tune ("t…",
  "u…" since session 42 … "n…" since session 54, "m…" since session 55, "l…" since session 56, "k…" since session
  57, "j…" since session 58), those the latest tester wrote over other documents, read by no fixer, check
  (TRIAL_CHECK_PREFIX); those a tester wrote this session for the next to check are in neither part
  (TRIAL_HELD_OUT_PREFIX); bench/trial/README.md.
- dev_qa.jsonl and ALQAC's queries-dev.jsonl are split by a fixed hash of the id (ALQAC has no ids:
  the question text is hashed): sha1 % 3 == 0 checks, the rest tunes.

Run once; the file it writes is the split. Re-running must give the same file.
"""
from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.paths import SHARED  # noqa: E402
SEED = 20261130
TUNE_DOCS = 12
TRIAL_CHECK_PREFIX = "i"  # the trial set's newest questions, read by no fixer (bench/trial/README.md)
TRIAL_HELD_OUT_PREFIX = "h"  # written this session for the next one to check: in neither part until then


def digest(key: str) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16)


def checks(key: str) -> bool:
    return digest(key) % 3 == 0


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main() -> None:
    docs = sorted(p.name for p in (SHARED / "corpus-dev").iterdir() if p.is_file())
    random.Random(SEED).shuffle(docs)
    tune_docs, check_docs = sorted(docs[:TUNE_DOCS]), sorted(docs[TUNE_DOCS:])
    split: dict = {"seed": SEED, "dev2": {"tune_docs": tune_docs, "check_docs": check_docs,
                                          "tune": [], "check": []},
                   "dev": {"tune": [], "check": []}, "alqac": {"tune": [], "check": []},
                   "trial": {"tune": [], "check": []}}
    dev2 = load(SHARED / "eval" / "dev2_qa.jsonl")
    unanswerable = sorted((it["id"] for it in dev2 if not it.get("gold")), key=digest)
    checked_unanswerable = set(unanswerable[:round(len(unanswerable) / 3)])
    for it in dev2:
        gold_docs = {g["doc"] for g in it.get("gold", [])}
        check = bool(gold_docs & set(check_docs)) if gold_docs else it["id"] in checked_unanswerable
        split["dev2"]["check" if check else "tune"].append(it["id"])
    for it in load(SHARED / "eval" / "dev_qa.jsonl"):
        split["dev"]["check" if checks(it["id"]) else "tune"].append(it["id"])
    for n, q in enumerate(load(SHARED / "bench" / "alqac" / "queries-dev.jsonl")):
        split["alqac"]["check" if checks(q["q"]) else "tune"].append(n)  # ALQAC: line number, hashed by text
    for it in load(ROOT / "bench" / "trial" / "qa.jsonl"):
        if it["id"].startswith(TRIAL_HELD_OUT_PREFIX):
            continue
        split["trial"]["check" if it["id"].startswith(TRIAL_CHECK_PREFIX) else "tune"].append(it["id"])
    (ROOT / "bench" / "split.json").write_text(json.dumps(split, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    for name in ("dev", "dev2", "alqac", "trial"):
        print(name, "tune", len(split[name]["tune"]), "check", len(split[name]["check"]))
    print("dev2 check documents:", ", ".join(check_docs))


if __name__ == "__main__":
    main()
