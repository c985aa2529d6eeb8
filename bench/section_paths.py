"""Which passages a change of ingestion files under another heading: every file of ../shared/corpus, corpus-dev and
ALQAC parsed by this tree and by the checkout --against (each in a process of its own), the passages matched by file
and text in order, and each one whose section path (or kind) differs printed with both paths; passages that appear
or disappear are listed per file. For a change of structure (ingest/structure.py, chunker.py, repair.py) to show
that every move is right.

    PYTHONPATH=. python bench/section_paths.py --against /work/main
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.parse_same import _files  # noqa: E402

Rows = dict[str, list[tuple[str, str, str]]]  # file → (text, section, kind) in order


def dump() -> None:
    """One JSON line per passage, parsed by the code on PYTHONPATH."""
    sys.path.insert(0, os.environ.get("PYTHONPATH", str(ROOT)))
    from ingest.pipeline import parse_file

    for path in _files(alqac=10**6):
        for chunk in parse_file(path, 50_000_000).chunks:
            print(json.dumps([path.name, chunk.text, chunk.section, chunk.kind], ensure_ascii=False))


def _parsed(tree: Path) -> Rows:
    env = dict(os.environ, PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, __file__, "--dump"], env=env, capture_output=True, text=True, check=True,
                         cwd=tree).stdout
    rows: Rows = defaultdict(list)
    for line in out.splitlines():
        name, text, section, kind = json.loads(line)
        rows[name].append((text, section, kind))
    return rows


def compare(before: Rows, after: Rows) -> int:
    """Print the moves and the passages gained or lost; the number of passages moved."""
    moved = 0
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name, []), after.get(name, [])
        gone = {t for t, _, _ in old} - {t for t, _, _ in new}
        came = {t for t, _, _ in new} - {t for t, _, _ in old}
        if gone or came:
            print(f"== {name}: {len(old)} → {len(new)} passages")
            print("".join(f"   - {t[:100]}\n" for t in sorted(gone)) + "".join(f"   + {t[:100]}\n" for t in sorted(came)),
                  end="")
        later: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for text, section, kind in new:
            later[text].append((section, kind))
        seen: dict[str, int] = defaultdict(int)
        for text, section, kind in old:
            i, seen[text] = seen[text], seen[text] + 1
            if i < len(later[text]) and later[text][i] != (section, kind):
                moved += 1
                print(f"MOVED {name} [{kind}→{later[text][i][1]}] {text[:80]}\n    from: {section}\n    to:   "
                      f"{later[text][i][0]}")
    print(f"{moved} passages moved")
    return moved


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", type=Path, help="the other checkout (its code is run from there)")
    ap.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)  # the child process
    args = ap.parse_args()
    if args.dump:
        dump()
        return 0
    if not args.against:
        ap.error("--against is required")
    compare(_parsed(args.against.resolve()), _parsed(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
