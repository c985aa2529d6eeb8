"""Text lost at ingest: the sentences of each source file that no stored passage holds.

    PYTHONPATH=$PWD .venv/bin/python bench/fidelity.py [--examples 3] [files or folders ...]

Every file of ../shared/corpus, ../shared/corpus-dev and the ALQAC laws (../shared/bench/alqac/corpus) by
default is read and parsed as `troly ingest` does (ingest.pipeline.parse_file). Each body line after the header
block is cut into sentences (troly.vntext.split_sentences); a sentence is lost when, normalised (NFC, spaces,
case, the marks around it), it stands in no passage's stored text, heading path or lead-ins (what the store
keeps, indexes and quotes) nor in the document's title. Pure layout (rules, page numbers, table borders)
is not text. Judges by the text only: no question is read.
Prints per document the sentences and how many are lost, then a few examples of each kind of loss.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)  # bench/ingest.py would shadow the package

from ingest.header import split_header  # noqa: E402
from ingest.metadata import starts_title  # noqa: E402
from ingest.model import ParsedDocument  # noqa: E402
from ingest.pipeline import parse_file  # noqa: E402
from ingest.readers import read_file  # noqa: E402
from ingest.repair import _PAGE_NUMBER_RE, clean_line, join_split_letters, normalize_chars, strip_front_matter  # noqa: E402,E501
from troly.vntext import split_sentences  # noqa: E402

SHARED = next((d for d in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if d.is_dir()),
              ROOT.parent / "shared")
CORPORA = (SHARED / "corpus", SHARED / "corpus-dev", SHARED / "bench" / "alqac" / "corpus")
MAX_BYTES = 50_000_000
_SEP = "\u241e"  # between stored fields: a sentence found across two of them is not stored
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def norm(text: str) -> str:
    """NFC, lower case, one space between words, table bars as spaces, bullets and end marks off."""
    text = unicodedata.normalize("NFC", text).replace("|", " ").replace("…", " ")
    return _EDGE.sub("", re.sub(r"\s+", " ", text).strip().lower())


def stored(doc: ParsedDocument) -> str:
    """What the store keeps of a document and can quote or find: each passage's text, heading path, lead-ins."""
    fields = [doc.meta.title]
    for chunk in doc.chunks:
        fields += [chunk.text, chunk.section, chunk.context]
    return _SEP.join(norm(f) for f in fields if f)


def source_sentences(path: Path) -> list[str]:
    """The body's sentences as the file reads (after the character repairs ingest makes and its header)."""
    raw = read_file(path, MAX_BYTES, [], {})
    lines = join_split_letters(strip_front_matter(normalize_chars(raw)).split("\n"))
    _, _, used = split_header(lines, lambda line: starts_title(clean_line(line)))
    out = []
    for line in lines[used:]:
        line = clean_line(line)
        if _PAGE_NUMBER_RE.match(line) or not re.search(r"\w", line):
            continue
        for cell in line.strip().strip("|").split("|") if line.lstrip().startswith("|") else [line]:
            out += [s for s in (norm(s) for s in split_sentences(cell)) if re.search(r"[^\W\d_]", s)]
    return out


def kind_of(sentence: str, haystack: str) -> str:
    """How a sentence was lost: its head kept but its tail cut, or all of it gone."""
    words = sentence.split()
    for n in range(len(words) - 1, 2, -1):
        if " ".join(words[:n]) in haystack:
            return "tail cut"
    for n in range(len(words) - 1, 2, -1):
        if " ".join(words[-n:]) in haystack:
            return "head cut"
    return "missing"


def files(args: list[str]) -> list[Path]:
    roots = [Path(a) for a in args] or [d for d in CORPORA if d.is_dir()]
    return sorted(p for r in roots for p in ([r] if r.is_file() else r.iterdir()) if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--examples", type=int, default=3, help="examples shown of each kind of loss")
    args = ap.parse_args()
    examples: dict[str, list[str]] = defaultdict(list)
    total = lost_total = 0
    for path in files(args.paths):
        doc = parse_file(path, MAX_BYTES)
        haystack = stored(doc)
        sentences = source_sentences(path)
        lost = [s for s in sentences if s not in haystack]
        total += len(sentences)
        lost_total += len(lost)
        if lost:
            print(f"{path.name}: {len(lost)} of {len(sentences)} sentences lost")
        for s in lost:
            kind = kind_of(s, haystack)
            if len(examples[kind]) < args.examples * 10:
                examples[kind].append(f"{path.name}: {s[:240]}")
    print(f"\nall: {lost_total} of {total} sentences lost")
    for kind, items in examples.items():
        print(f"\n{kind} ({len(items)}{'+' if len(items) == args.examples * 10 else ''}):")
        for item in items[::max(1, len(items) // args.examples)][:args.examples]:
            print(f"  {item}")


if __name__ == "__main__":
    sys.exit(main())
