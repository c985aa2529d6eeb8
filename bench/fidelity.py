"""Text lost at ingest: the sentences of each source file that no stored passage holds.

    PYTHONPATH=$PWD .venv/bin/python bench/fidelity.py [--examples 3] [files or folders ...]

Every file of ../shared/corpus, ../shared/corpus-dev and the ALQAC laws (../shared/bench/alqac/corpus) by
default is read and parsed as `troly ingest` does (ingest.pipeline.parse_file). Each body line after the header
block is cut into sentences (troly.vntext.split_sentences); a sentence is lost when, normalised (NFC, spaces,
case, the marks around it), it stands in no passage's stored text, heading path or lead-ins (what the store
keeps, indexes and quotes) nor in the document's title. Pure layout (rules, page numbers, table borders)
is not text; sentences of the title block (the lines ingest reads the title from) and of a signature are
counted apart, as metadata. Judges by the text only: no question is read.
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

from bench.paths import SHARED  # noqa: E402
from ingest.model import SECTION_SEP, ParsedDocument  # noqa: E402
from ingest.parse import lay_out  # noqa: E402
from ingest.pipeline import parse_file  # noqa: E402
from ingest.readers import read_file  # noqa: E402
from ingest.repair import _PAGE_NUMBER_RE, clean_line  # noqa: E402
from ingest.structure import _SIGNED_RE, _is_signature_line  # noqa: E402
from troly.vntext import split_sentences  # noqa: E402

CORPORA = (SHARED / "corpus", SHARED / "corpus-dev", SHARED / "bench" / "alqac" / "corpus")
MAX_BYTES = 50_000_000
_SEP = "\u241e"  # between stored fields: a sentence found across two of them is not stored
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def norm(text: str) -> str:
    """NFC, lower case, one space between words, table bars as spaces, bullets and end marks off."""
    text = unicodedata.normalize("NFC", text).replace("|", " ").replace("…", " ")
    return _EDGE.sub("", re.sub(r"\s+", " ", text).strip().lower())


def stored(doc: ParsedDocument) -> str:
    """What the store keeps of a document and can quote or find: each passage's text, heading path, lead-ins
    (and its text read after its heading, as a citation shows it: "Điều 2. › 1. Nhà nước …")."""
    fields = [doc.meta.title]
    for chunk in doc.chunks:
        fields += [chunk.text, chunk.section, chunk.context, f"{chunk.section.split(SECTION_SEP)[-1]} {chunk.text}"]
    return _SEP.join(norm(f) for f in fields if f)


MIN_WORDS = 5  # a shorter sentence ("2.", "Yêu cầu.") is found anywhere: it is judged with the one after it


def _sentences(cell: str) -> list[str]:
    units: list[str] = []
    for sentence in split_sentences(cell):
        if units and len(units[-1].split()) < MIN_WORDS:
            units[-1] = f"{units[-1]} {sentence}"
        else:
            units.append(sentence)
    if len(units) > 1 and len(units[-1].split()) < MIN_WORDS:
        units[-2:] = [f"{units[-2]} {units[-1]}"]
    return [s for s in map(norm, units) if re.search(r"[^\W\d_]", s)]


def source_sentences(path: Path) -> tuple[list[str], set[str]]:
    """The body's sentences as the file reads (after the character repairs ingest makes, without its header
    block), and those of the lines ingest reads as the title block or a signature: metadata, not passages."""
    laid = lay_out(read_file(path, MAX_BYTES, [], {}), path.name)
    title_block = norm(" ".join(laid.body[:laid.title_end]))
    out, metadata = [], set()
    for line in laid.raw_lines[laid.used:]:
        line = clean_line(line)
        if _PAGE_NUMBER_RE.match(line) or not re.search(r"\w", line):
            continue
        for cell in line.strip().strip("|").split("|"):
            signed = _is_signature_line(cell.strip()) or _SIGNED_RE.search(cell)
            for sentence in _sentences(cell):
                out.append(sentence)
                if signed or sentence in title_block:
                    metadata.add(sentence)
    return out, metadata


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
    total = lost_total = kept_total = 0
    for path in files(args.paths):
        doc = parse_file(path, MAX_BYTES)
        haystack = stored(doc)
        sentences, metadata = source_sentences(path)
        missing = [s for s in sentences if s not in haystack]
        lost = [s for s in missing if s not in metadata]
        total += len(sentences)
        lost_total += len(lost)
        kept_total += len(missing) - len(lost)
        if missing:
            print(f"{path.name}: {len(lost)} of {len(sentences)} sentences lost"
                  + (f" (+{len(missing) - len(lost)} of its title block or signature)" if len(missing) > len(lost)
                     else ""))
        for s in missing:
            kind = "title block or signature (metadata)" if s in metadata else kind_of(s, haystack)
            if len(examples[kind]) < args.examples * 10:
                examples[kind].append(f"{path.name}: {s[:240]}")
    print(f"\nall: {lost_total} of {total} sentences lost; {kept_total} more of title blocks and signatures "
          "(read as metadata)")
    for kind, items in examples.items():
        print(f"\n{kind} ({len(items)}{'+' if len(items) == args.examples * 10 else ''}):")
        for item in items[::max(1, len(items) // args.examples)][:args.examples]:
            print(f"  {item}")

if __name__ == "__main__":
    sys.exit(main())
