"""Query latency, memory and cross-process freshness: `search` and `ask`, warm, in one process.

1. The five plans (../shared/corpus) ingested into a store (TROLY_EMBED_CACHE spares re-embedding):
   search and ask p50/p95 in one warm process; every round asks new wording, so each question is
   embedded (the embedder's own time is shown apart).
2. A store of N chunks (default 100,000), built honestly but cheaply:
   - real passages with their real vectors: ../shared/corpus and ../shared/corpus-dev ingested through
     the normal writer into DATA/source (vectors from TROLY_EMBED_CACHE);
   - synthetic documents of 100 passages, each drawn mostly from one real document: a passage is 1-3
     sentences of a real passage plus one sentence of another, its vector the normalised mix
     0.75·v(first) + 0.25·v(second) plus Gaussian noise of norm ≈0.15 (so no two vectors coincide and
     neighbourhoods stay realistic); titles, sections and kinds come from the real documents;
   - written through the store's writer API (Store.write, one document at a time, all in one write
     turn so the store is not reopened per document) and LexicalIndex.put, exactly what an ingest
     does after embedding: Chroma's HNSW index and the lexical index really hold N chunks.
   The store is kept in DATA (--data-dir), so a rerun only measures. Then the time a fresh process (as
   `troly ask`) takes to its first answer, from start to finish, with no word statistics saved in the data
   folder (counting them, then saving them) and with them saved (bot/answer/saved_statistics.py). Then, with a
   reader in another process (search/ask latency and its peak memory): the time from writing or removing one
   100-passage document in this process to that reader's search finding it or not, and between the two a fresh
   process's first answer again (the saved statistics lack the document written).
With --against OTHER (another checkout: `../main`), the plans' asks are also timed in two warm processes at once, one
on this checkout's code and one on OTHER's, question by question in turns (which goes first alternating), so both
see the same load: a change's effect read from one run (and how many answers differ, which should be none).
Every latency is printed as wall-clock and CPU-time p50/p95 with the load average: on a
shared 2-core machine the wall-clock figure mostly measures the other programs. An ask's CPU time is
also shown without the embedder's (two thirds of it on the plans): what the rest of the code costs.

Usage:
    TROLY_EMBED_CACHE=/work/cache/vectors.sqlite nice -n 5 .venv/bin/python bench/query.py \\
        --data-dir /work/cache/bench-query [--chunks 100000] [--rounds 3] [--skip-plans] [--skip-synthetic] \\
        [--against ../main]
Goals (2-core machine): plans ask p95 <= 60 ms; 100,000 chunks: search p95 <= 120 ms, ask p95 <= 150 ms,
a change searchable in another process within 2 s, reader peak RSS <= 1,000 MB.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.paths import SHARED  # noqa: E402

CORPUS = SHARED / "corpus"
SOURCES = [SHARED / "corpus", SHARED / "corpus-dev"]
PER_DOC = 100

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
FIGURES: list[tuple[str, str]] = []  # (what, value) printed again at the end


def figure(what: str, value: str) -> None:
    FIGURES.append((what, value))
    print(f"  {what:<52} {value}", flush=True)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def timed(fn, questions: list[str], rounds: int, embedder=None) -> tuple[list[float], list[float], list[float], int]:
    """Wall-clock and CPU milliseconds of each call (CPU time: this process's, every thread — what
    a call costs even when other programs hold the cores and stretch its wall-clock time), and with an
    `embedder`, the CPU milliseconds spent besides embedding the question (what the rest of the code costs)
    and how many texts it embedded in all."""
    wall, cpu, besides = [], [], []
    embed, spent, embedded = (embedder.embed_question if embedder else None), [0.0], [0]

    def embed_timed(text: str):
        c0 = time.process_time()
        embedded[0] += 1
        try:
            return embed(text)
        finally:
            spent[0] += time.process_time() - c0

    if embedder:
        embedder.embed_question = embed_timed
    try:
        for _ in range(rounds):
            for q in questions:
                spent[0] = 0.0
                t0, c0 = time.perf_counter(), time.process_time()
                fn(q)
                wall.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
                besides.append(cpu[-1] - spent[0] * 1000)
    finally:
        if embedder:
            del embedder.embed_question  # the method again
    return wall, cpu, besides, embedded[0]


def report(label: str, fn, questions: list[str], rounds: int, embedder=None) -> None:
    wall, cpu, besides, embedded = timed(fn, questions, rounds, embedder)
    figure(label, f"p50 {statistics.median(wall):6.1f} ms   p95 {pct(wall, 0.95):6.1f} ms   "
                  f"(CPU p50 {statistics.median(cpu):5.1f} p95 {pct(cpu, 0.95):5.1f} ms, {len(wall)} queries, "
                  f"load {os.getloadavg()[0]:.1f})")
    if embedder:
        figure(f"{label}: CPU besides embedding the question",
               f"p50 {statistics.median(besides):6.1f} ms   p95 {pct(besides, 0.95):6.1f} ms   "
               f"({embedded} texts embedded in {len(wall)} asks)")


def bench_store(assistant, where: str, rounds: int, skip_ask: bool) -> None:
    """Warm up, then time search and ask. Every round asks new wording (a number appended), so the
    question-vector cache never answers; the embedder's own time is shown apart."""
    from bot.answer.chat_words import spelled_out

    for q in QUESTIONS:  # warm: models, index, caches
        assistant.search(q)
        if not skip_ask:
            assistant.ask(q)
    counter = iter(range(10**9))

    def fresh(q: str) -> str:
        return f"{q} ({next(counter)})"

    # what a search embeds: the question's dense text (chat spellings read, abbreviations spelled out: more tokens)
    searched = [assistant.searcher.plan(spelled_out(q)).dense_text for q in QUESTIONS]
    report(f"{where}: embed question only (as searched)", lambda q: assistant.embeddings.embed_question(fresh(q)),
           searched, rounds)
    report(f"{where}: search (k=10)", lambda q: assistant.search(fresh(q), k=10), QUESTIONS, rounds)
    if not skip_ask:
        report(f"{where}: ask", lambda q: assistant.ask(fresh(q)), QUESTIONS, rounds, assistant.embeddings)


def _assistant(data: Path, cache: bool = False):
    from bot.answer.service import Assistant
    from troly.config import Settings

    embed_cache = os.environ.get("TROLY_EMBED_CACHE") if cache else None
    return Assistant(Settings(data_dir=data, _env_file=None, embed_cache=embed_cache or None))


def _ingest_once(data: Path, folders: list[Path]):
    """An assistant on `data`, the folders ingested once (a marker file says so)."""
    assistant = _assistant(data, cache=True)
    if not (data / ".ingested").exists():
        t0 = time.perf_counter()
        report_ = assistant.ingest(sorted(p for f in folders for p in f.iterdir() if p.is_file()))
        if report_.failed:
            raise SystemExit(f"ingest into {data} failed: {[d for d in report_.documents if d.status == 'failed']}")
        (data / ".ingested").write_text("ok")
        print(f"  ingested {len(report_.documents)} files into {data} in {time.perf_counter() - t0:.0f} s", flush=True)
    return assistant


def plans(args, data: Path) -> None:
    _ingest_once(data / "plans", [CORPUS]).close()
    assistant = _assistant(data / "plans")  # no vector cache: a rerun's questions would be read from it, not embedded
    print(f"plans: {assistant.store.count()} chunks in {len(assistant.store.records())} documents", flush=True)
    bench_store(assistant, "plans", args.rounds, args.skip_ask)
    figure("plans: peak memory (this process)", f"{peak_mb():.0f} MB")
    assistant.close()
    if args.against:
        against(args, data / "plans")


def serve(store: Path, tree: str) -> None:
    """The other end of --against: a warm assistant on `tree`'s code answering the questions read from stdin, a JSON
    line each: wall-clock and CPU ms, CPU ms besides embedding the question, the answer's text."""
    import json

    sys.path.insert(0, tree)  # before anything of troly is imported: that checkout's code
    assistant = _assistant(store)
    for q in QUESTIONS:  # warm: models, index, caches
        assistant.ask(q)
    embed, spent = assistant.embeddings.embed_question, [0.0]

    def embed_timed(text: str):
        c0 = time.process_time()
        try:
            return embed(text)
        finally:
            spent[0] += time.process_time() - c0

    assistant.embeddings.embed_question = embed_timed
    print("READY", flush=True)
    for line in sys.stdin:
        spent[0] = 0.0
        t0, c0 = time.perf_counter(), time.process_time()
        answer = assistant.ask(line.rstrip("\n"))
        wall, cpu = (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000
        print(json.dumps([wall, cpu, cpu - spent[0] * 1000, answer.answer]), flush=True)


def against(args, store: Path) -> None:
    """This checkout's and another's asks on the plans, timed in turns on the same load (the module's docstring)."""
    import json

    trees = {"this": str(ROOT), "other": str(Path(args.against).resolve())}
    procs = {name: subprocess.Popen([sys.executable, __file__, "--serve", str(store), "--tree", tree],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=tree,
                                    env=dict(os.environ, PYTHONPATH=tree)) for name, tree in trees.items()}
    assert all(p.stdin and p.stdout for p in procs.values())
    for proc in procs.values():
        if proc.stdout.readline().strip() != "READY":  # type: ignore[union-attr]
            raise SystemExit("an --against process stopped early")
    times: dict[str, list[tuple[float, float, float]]] = {name: [] for name in trees}
    differ = 0
    for r in range(args.rounds * 2):
        for i, q in enumerate(QUESTIONS):
            answers = {}
            for name in (list(trees) if (r + i) % 2 == 0 else list(reversed(trees))):
                procs[name].stdin.write(f"{q} ({r})\n")  # type: ignore[union-attr]
                procs[name].stdin.flush()  # type: ignore[union-attr]
                wall, cpu, besides, answers[name] = json.loads(procs[name].stdout.readline())  # type: ignore[union-attr]
                times[name].append((wall, cpu, besides))
            differ += answers["this"] != answers["other"]
    for proc in procs.values():
        proc.stdin.close()  # type: ignore[union-attr]
        proc.wait()
    for name, tree in trees.items():
        wall, cpu, besides = (list(v) for v in zip(*times[name]))
        figure(f"plans: ask, in turns: {name} ({Path(tree).name})",
               f"p50 {statistics.median(wall):6.1f} ms   p95 {pct(wall, 0.95):6.1f} ms   (CPU p50 "
               f"{statistics.median(cpu):5.1f} p95 {pct(cpu, 0.95):5.1f}, besides embedding p50 "
               f"{statistics.median(besides):5.1f} p95 {pct(besides, 0.95):5.1f} ms, {len(wall)} asks, "
               f"load {os.getloadavg()[0]:.1f})")
    figure("plans: ask, in turns: answers that differ", f"{differ} of {len(times['this'])}")


def _real_passages(data: Path) -> tuple[dict[str, list], dict[str, object]]:
    """Real passages (text, vector, meta) of the source corpora by document, and their records."""
    import numpy as np

    from ingest.chunker import RECIPIENTS, SIGNATURE
    from troly.vntext import split_sentences

    assistant = _ingest_once(data / "source", SOURCES)
    store = assistant.store
    by_doc: dict[str, list] = defaultdict(list)
    got = store.chunks.get(include=["documents", "metadatas", "embeddings"])
    active = store.active_versions()
    for text, meta, vec in zip(got["documents"], got["metadatas"], got["embeddings"]):
        if meta and active.get(meta["doc_id"]) == meta["version"] and meta.get("block", "paragraph") not in (
                RECIPIENTS, SIGNATURE):
            sentences = [s for s in split_sentences(" ".join(text.split())) if len(s) > 15] or [text]
            by_doc[meta["doc_id"]].append((sentences, np.asarray(vec, dtype=np.float32), meta))
    records = dict(store.records())
    assistant.close()
    return dict(by_doc), records


def build_synthetic(data: Path, source: Path, n_chunks: int) -> None:
    """Write n_chunks synthetic chunks (documents of PER_DOC) into the store and the lexical index
    in `data` — see the module's docstring for how they are made."""
    import numpy as np

    from vectorstore.store import DocRecord, StoredChunk, chunk_id

    real, records = _real_passages(source)
    print(f"  real passages: {sum(map(len, real.values()))} from {len(real)} documents", flush=True)
    rng = random.Random(7)
    nrng = np.random.default_rng(7)
    everything = [p for ps in real.values() for p in ps]
    doc_ids = sorted(real)
    assistant = _assistant(data)
    store, index = assistant.store, assistant.lexical
    t0 = time.perf_counter()
    t_index = 0.0
    with store.writing():  # one write turn: the store is reopened once, not once per document
        for d in range(n_chunks // PER_DOC):
            base = doc_ids[d % len(doc_ids)]
            real_record = records[base]
            year = 2010 + d % 16
            doc_id = f"synthetic_{d:05d}.txt"
            version = f"{d:012x}"
            title = f"{real_record.title} (bản {d + 1}, năm {year})"
            ids, texts, metas, vectors = [], [], [], []
            for p in range(PER_DOC):
                first_sentences, first_vec, first_meta = rng.choice(real[base])
                second_sentences, second_vec, _ = rng.choice(everything)
                start = rng.randrange(len(first_sentences))
                text = " ".join([*first_sentences[start:start + rng.randint(1, 3)], rng.choice(second_sentences)])
                vec = 0.75 * first_vec + 0.25 * second_vec + nrng.standard_normal(first_vec.shape[0]).astype(
                    np.float32) * (0.15 / np.sqrt(first_vec.shape[0]))
                ids.append(chunk_id(doc_id, version, p))
                texts.append(text)
                vectors.append(vec / np.linalg.norm(vec))
                metas.append({"doc_id": doc_id, "version": version, "position": p,
                              "section": first_meta.get("section", ""), "block": "paragraph", "title": title,
                              "short_title": f"{real_record.short_title} ({d + 1})", "source": doc_id,
                              "doc_kind": real_record.kind, "lead": "", "context": "",
                              "embed_key": f"synthetic-{d}-{p}", "year": year})
            record = DocRecord(doc_id=doc_id, title=title, kind=real_record.kind, source=doc_id,
                               content_hash=version * 2, version=version, chunks=PER_DOC, ingested_at="", year=year,
                               meta={"title": title, "kind": real_record.kind, "implements": []})
            store.write(record, ids, texts, metas, np.asarray(vectors, dtype=np.float32))
            t1 = time.perf_counter()
            index.put(doc_id, version, [StoredChunk(i, x, m) for i, x, m in zip(ids, texts, metas)])
            t_index += time.perf_counter() - t1
            if (d + 1) % 50 == 0:
                print(f"    wrote {(d + 1) * PER_DOC} chunks ({time.perf_counter() - t0:.0f} s, "
                      f"lexical {t_index:.0f} s)", flush=True)
    (data / ".built").write_text(str(n_chunks))
    figure(f"build: {n_chunks} chunks written (Chroma + lexical)", f"{time.perf_counter() - t0:.0f} s "
           f"(lexical index {t_index:.0f} s)")
    assistant.close()


MARKER = "Giải chạy việt dã truyền thống chào mừng ngày thành lập công đoàn"  # not in the corpora


def marker_document(dim: int) -> tuple:
    """A 100-passage document whose words the synthetic store lacks (vectors generated: the
    embedder's time is not what this measures)."""
    import numpy as np

    from vectorstore.store import DocRecord, chunk_id

    doc_id, version = "marker.txt", "feedbeef0001"
    ids = [chunk_id(doc_id, version, p) for p in range(PER_DOC)]
    texts = [f"{MARKER}, phần {p}: các đơn vị đăng ký vận động viên trước ngày {p % 28 + 1}." for p in range(PER_DOC)]
    metas = [{"doc_id": doc_id, "version": version, "position": p, "section": "I. GIẢI CHẠY", "block": "paragraph",
              "title": "Kế hoạch tổ chức giải chạy việt dã", "source": doc_id, "doc_kind": "Kế hoạch",
              "embed_key": f"marker{p}", "year": 2026} for p in range(PER_DOC)]
    vectors = np.random.default_rng(1).standard_normal((PER_DOC, dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    record = DocRecord(doc_id=doc_id, title=metas[0]["title"], kind="Kế hoạch", source=doc_id,
                       content_hash=version * 2, version=version, chunks=PER_DOC, ingested_at="", year=2026,
                       meta={"title": metas[0]["title"], "kind": "Kế hoạch", "implements": []})
    return record, ids, texts, metas, vectors


def reader(args) -> None:
    """The other process: search/ask latency, then watch for the marker document to come and go."""
    assistant = _assistant(Path(args.reader))
    bench_store(assistant, "large store, reader", args.rounds, args.skip_ask)
    print(f"RSS {peak_mb():.0f}", flush=True)
    print("READY", flush=True)
    for want in (True, False):
        while True:
            found = any(p.doc_id == "marker.txt" for p in assistant.search(MARKER, k=3))
            if found == want:
                print(f"{'SEEN' if want else 'GONE'} {time.time():.3f}", flush=True)
                break
            time.sleep(0.02)
    print(f"RSS {peak_mb():.0f}", flush=True)


def first_answer(store_dir: Path) -> float:
    """Seconds a fresh process (as `troly ask`) takes from its start to its first answer."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--first-answer", str(store_dir)], check=True,
                   env=dict(os.environ, PYTHONPATH=str(ROOT)))
    return time.perf_counter() - t0


def synthetic(args, data: Path) -> None:
    from bot.answer.context import SAVED_STATISTICS
    from vectorstore.writer import remove_document

    store_dir = data / f"synthetic-{args.chunks}"
    if not (store_dir / ".built").exists():
        shutil.rmtree(store_dir, ignore_errors=True)
        build_synthetic(store_dir, data, args.chunks)
    assistant = _assistant(store_dir)
    store, index = assistant.store, assistant.lexical
    if store.get("marker.txt"):  # left by an interrupted run
        assistant.remove("marker.txt")
    if len(index) != store.count():  # missing, or from another version of the index: rebuilt from Chroma
        t0 = time.perf_counter()
        index.sync(store)
        figure("lexical index rebuilt from Chroma", f"{time.perf_counter() - t0:.0f} s")
    print(f"synthetic: {store.count()} chunks in {len(store.records())} documents, "
          f"lexical index {len(index)} chunks", flush=True)
    if not args.skip_ask:
        (store_dir / SAVED_STATISTICS).unlink(missing_ok=True)
        counting = first_answer(store_dir)
        figure("large store: a fresh process's first answer", f"{first_answer(store_dir):.1f} s (without "
               f"saved word statistics: {counting:.1f} s)")
    proc = subprocess.Popen([sys.executable, __file__, "--reader", str(store_dir), "--rounds", str(args.rounds),
                             *(["--skip-ask"] if args.skip_ask else [])],
                            stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.stdout is not None
    rss: list[float] = []

    def until(word: str) -> str:
        for line in proc.stdout:
            if line.startswith(word):
                return line
            if line.startswith("RSS "):
                rss.append(float(line.split()[1]))
            else:
                print(line, end="", flush=True)
        raise SystemExit("the reader stopped early")

    print("  reader (another process):", flush=True)
    until("READY")
    record, ids, texts, metas, vectors = marker_document(int(vectors_dim(store)))
    from vectorstore.store import StoredChunk

    started = time.time()
    with store.writing():  # as the writer does: the store, then the index, in one write turn
        store.write(record, ids, texts, metas, vectors)
        t1 = time.time()
        index.put(record.doc_id, record.version, [StoredChunk(i, x, m) for i, x, m in zip(ids, texts, metas)])
    written = time.time()
    seen = float(until("SEEN").split()[1])
    figure("ingest of 100 passages -> searchable in the reader", f"{seen - started:.2f} s (store write "
           f"{t1 - started:.2f} s, index {written - t1:.2f} s)")
    if not args.skip_ask:  # the saved word statistics lack that document: brought in step, not counted anew
        figure("large store: then a fresh process's first answer", f"{first_answer(store_dir):.1f} s")
    started = time.time()
    remove_document(store, "marker.txt", index)
    written = time.time()
    gone = float(until("GONE").split()[1])
    figure("removal -> gone from the reader's search", f"{gone - started:.2f} s (store + index "
           f"{written - started:.2f} s)")
    for line in proc.stdout:
        if line.startswith("RSS "):
            rss.append(float(line.split()[1]))
    proc.wait()
    figure("large store, reader: peak RSS", f"{max(rss, default=0):.0f} MB")
    from vectorstore.search import Filters

    report("large store: search --year 2020 (writer)",
           lambda q: assistant.search(q + " ?", k=10, filters=Filters(year=2020)), QUESTIONS, 1)
    figure("large store, writer: peak RSS", f"{peak_mb():.0f} MB")
    assistant.close()


def vectors_dim(store) -> int:
    got = store.chunks.get(limit=1, include=["embeddings"])
    return len(got["embeddings"][0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chunks", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--data-dir", help="keep the stores here (built once; reruns only measure)")
    ap.add_argument("--skip-synthetic", action="store_true")
    ap.add_argument("--skip-plans", action="store_true")
    ap.add_argument("--skip-ask", action="store_true")
    ap.add_argument("--against", help="another checkout: the plans' asks timed in turns with its code")
    ap.add_argument("--serve", help=argparse.SUPPRESS)  # a process of --against: a store's folder
    ap.add_argument("--tree", help=argparse.SUPPRESS)  # … and the checkout whose code it runs
    ap.add_argument("--reader", help=argparse.SUPPRESS)  # the other process of the synthetic run
    ap.add_argument("--first-answer", help=argparse.SUPPRESS)  # a fresh process answering once
    args = ap.parse_args()
    if args.serve:
        serve(Path(args.serve), args.tree)
        return
    if args.first_answer:
        _assistant(Path(args.first_answer)).ask(QUESTIONS[0])
        return
    if args.reader:
        reader(args)
        return
    print(f"cpus: {os.cpu_count()}  load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)
    data = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="troly-bench-query-"))
    data.mkdir(parents=True, exist_ok=True)
    try:
        if not args.skip_plans:
            plans(args, data)
        if not args.skip_synthetic:
            synthetic(args, data)
    finally:
        if not args.data_dir:
            shutil.rmtree(data, ignore_errors=True)
    print(f"\nfigures (load average now {os.getloadavg()[0]:.1f}):")
    for what, value in FIGURES:
        print(f"  {what:<52} {value}")


if __name__ == "__main__":
    main()
