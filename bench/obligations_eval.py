"""Score the obligation extractor against hand-written labels (bench/obligations_labels.jsonl).

    PYTHONPATH=. python bench/obligations_eval.py [--labels FILE] [--corpus DIR ...] [--show]

Two label files: obligations_labels.jsonl (86 obligations over the five plans of ../shared/corpus) and
obligations_labels_heldout.jsonl (43 over sections II.1–II.6 of a directive in ../shared/corpus-dev,
an OCR'd text; predictions outside those sections count as false alarms, so its precision is a floor).

Each label names a document, a verbatim piece of the sentence or ";"-clause that states the obligation,
its kind, the bodies that must act (short names of prompts/bodies.tsv; null when the text names none),
the recipient, the resolved due (date, every, by_year) and the target (value, unit, by_year).
Convention: one obligation per sentence, one target per ";"-clause that states a number; a "hằng năm"
that describes a plan ("kế hoạch công tác hằng năm") is not a due. A prediction matches a label of the
same document when one quote contains the other; recall and precision count matches, and the shares of
correct actor, recipient, due and target are over the matched pairs. Parses only (no embedding).
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.parse import parse_document  # noqa: E402
from troly.vntext import fold  # noqa: E402
from bench.paths import SHARED  # noqa: E402


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _shorts(body: dict | None) -> frozenset[str]:
    return frozenset(b["short"] for b in (body or {}).get("bodies", [])) if body else frozenset()


def _due_key(due: dict | None) -> tuple | None:
    if not due:
        return None
    key = (due.get("date"), due.get("every"), due.get("by_year"))
    return None if key == (None, None, None) else key


def _target_key(target: dict | None) -> tuple | None:
    if not target:
        return None
    return float(target["value"]), fold(target["unit"]), target.get("by_year")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", default=str(ROOT / "bench" / "obligations_labels.jsonl"))
    ap.add_argument("--corpus", nargs="+", default=[str(SHARED / "corpus"), str(SHARED / "corpus-dev")])
    ap.add_argument("--show", action="store_true", help="print misses, false alarms and wrong fields")
    args = ap.parse_args()

    labels = [json.loads(line) for line in Path(args.labels).read_text(encoding="utf-8").splitlines() if line.strip()]
    files = {p.name: p for d in args.corpus for p in Path(d).glob("*") if p.is_file()}
    docs = sorted({lab["doc"] for lab in labels})
    predicted = {doc: parse_document(files[doc].read_text(encoding="utf-8"), doc).obligations for doc in docs}

    used: set[tuple[str, int]] = set()
    pairs = []
    misses = []
    for lab in labels:
        quote = _norm(lab["quote"])
        best = None
        for i, o in enumerate(predicted[lab["doc"]]):
            q = _norm(o.quote)
            if (lab["doc"], i) in used or not (quote in q or q in quote):
                continue
            if best is None or abs(len(q) - len(quote)) < abs(len(_norm(predicted[lab["doc"]][best].quote)) - len(quote)):
                best = i
        if best is None:
            misses.append(lab)
            continue
        used.add((lab["doc"], best))
        pairs.append((lab, predicted[lab["doc"]][best]))
    n_pred = sum(len(v) for v in predicted.values())
    false_alarms = [(doc, o) for doc in docs for i, o in enumerate(predicted[doc]) if (doc, i) not in used]

    checks = {
        "kind": lambda lab, o: lab["kind"] == o.kind,
        "actor": lambda lab, o: frozenset(lab["actor"] or []) == _shorts(o.actor),
        "recipient": lambda lab, o: (lab["recipient"] or None) == (o.recipient["short"] if o.recipient else None),
        "due": lambda lab, o: _due_key(lab["due"]) == _due_key(o.due),
        "target": lambda lab, o: _target_key(lab["target"]) == _target_key(o.target),
    }
    scores = {name: sum(check(lab, o) for lab, o in pairs) / max(len(pairs), 1) for name, check in checks.items()}
    result = {"labels": len(labels), "documents": len(docs), "predicted": n_pred, "matched": len(pairs),
              "recall": round(len(pairs) / max(len(labels), 1), 3),
              "precision": round(len(pairs) / max(n_pred, 1), 3),
              **{name: round(v, 3) for name, v in scores.items()}}
    print(json.dumps(result, ensure_ascii=False))
    if args.show:
        for lab in misses:
            print("MISS", lab["doc"][:12], lab["quote"][:90])
        for doc, o in false_alarms:
            print("EXTRA", doc[:12], o.kind, o.quote[:90])
        for lab, o in pairs:
            for name, check in checks.items():
                if not check(lab, o):
                    got = {"kind": o.kind, "actor": sorted(_shorts(o.actor)), "due": o.due, "target": o.target,
                           "recipient": o.recipient and o.recipient["short"]}[name]
                    print("WRONG", name, lab["doc"][:12], lab["quote"][:60], "| want", lab[name], "| got", got)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
