"""Parsing speed, and the same documents as another checkout parses: for a change that must not alter ingestion.

Every file of ../shared/corpus and ../shared/corpus-dev and of bench/trial/docs, the first --alqac laws of
../shared/bench/alqac/corpus
and two large invented texts (the five plans one after another twelve times: a 1.2 MB dossier of sixty
documents; one plan whose body is repeated to ~1 MB) are parsed by this tree and by the checkout --against
(each in a process of its own, its own code on PYTHONPATH). Each parsed document (text, metadata, chunks,
glossary, obligations) and its store rows (chunk ids, texts, metadata, embedding inputs) are written as JSON
and compared byte for byte; the parse time of every text is printed for both trees.

    .venv/bin/python bench/parse_same.py --against /work/wt/main-checkout [--alqac 3]
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.paths import SHARED  # noqa: E402

COPIES = 12  # the five plans, one after another: ~1.2 MB
PLAN_BYTES = 1_000_000


def _files(alqac: int) -> list[Path]:
    """The dev corpora, the trial set's documents (both parts: only whether each parses the same is printed) and
    the first `alqac` laws."""
    laws = sorted((SHARED / "bench" / "alqac" / "corpus").iterdir())[:alqac]
    trial = sorted((ROOT / "bench" / "trial" / "docs").iterdir())
    return [*sorted((SHARED / "corpus").iterdir()), *sorted((SHARED / "corpus-dev").iterdir()), *trial, *laws]


def _invented() -> dict[str, str]:
    plans = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus").iterdir())]
    lines = plans[1].split("\n")
    head, body = lines[:12], lines[12:]
    repeats = PLAN_BYTES // len("\n".join(body).encode()) + 1
    return {"dossier.txt": "\n".join(plans * COPIES), "long_plan.txt": "\n".join(head + body * repeats)}


def dump(out: Path, alqac: int) -> None:
    """Parse every text with the code on sys.path; one JSON line each, with its parse time."""
    sys.path.insert(0, os.environ.get("PYTHONPATH", str(ROOT)))
    from ingest.parse import parse_document
    from ingest.pipeline import parse_file
    from vectorstore.writer import chunk_rows

    with out.open("w", encoding="utf-8") as f:
        texts: list[tuple[str, object]] = [(p.name, p) for p in _files(alqac)] + list(_invented().items())
        for name, what in texts:
            t0 = time.process_time()
            doc = parse_file(what, 50_000_000) if isinstance(what, Path) else parse_document(what, name)
            seconds = time.process_time() - t0
            rows = chunk_rows(doc, name, doc.version)
            record = {"file": name, "version": doc.version, "doc": dataclasses.asdict(doc), "rows": rows}
            f.write(json.dumps({"seconds": seconds, "file": name,
                                "parsed": json.dumps(record, ensure_ascii=False, sort_keys=True, default=repr)},
                               ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", type=Path, help="the other checkout (its code is run from there)")
    ap.add_argument("--alqac", type=int, default=3, help="how many ALQAC laws (by name)")
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # the child process
    args = ap.parse_args()
    if args.dump:
        dump(args.dump, args.alqac)
        return 0
    if not args.against:
        ap.error("--against is required")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, tree in (("other", args.against.resolve()), ("this", ROOT)):
            out = Path(tmp) / f"{label}.jsonl"
            subprocess.run([sys.executable, __file__, "--dump", str(out), "--alqac", str(args.alqac)], check=True,
                           env=dict(os.environ, PYTHONPATH=str(tree)), cwd=tree)
            results[label] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    differ = [a["file"] for a, b in zip(results["other"], results["this"]) if a["parsed"] != b["parsed"]]
    print(f"{'file':<48} {'other s':>8} {'this s':>8}  same")
    for a, b in zip(results["other"], results["this"]):
        print(f"{a['file'][:48]:<48} {a['seconds']:8.2f} {b['seconds']:8.2f}  {'yes' if a['parsed'] == b['parsed'] else 'NO'}")
    total = [sum(r["seconds"] for r in results[k]) for k in ("other", "this")]
    print(f"{'total (CPU seconds)':<48} {total[0]:8.2f} {total[1]:8.2f}")
    same = len(results["other"]) == len(results["this"]) and not differ
    print(f"{len(results['this'])} texts: " + ("every parsed document identical" if same else f"DIFFERENT: {differ}"))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
