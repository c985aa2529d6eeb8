"""Load bench for the Telegram bot: N simulated users each ask Q questions in private chats, through
the fake Bot API server (tests/fakes/telegram_api.py) on 127.0.0.1, answered by the real Assistant.
The platform side (fake server and users) runs in a process of its own, as the real one is elsewhere;
the bot answers with TROLY_BOT_ANSWER_PROCESSES workers (--processes, default: one per core).

Each user waits for the answer (the message carrying the "Nguồn [n]" buttons), thinks a moment, then
asks the next question; no question is asked twice, so every answer embeds its question. Prints answered count, throughput, reply latency percentiles, and checks
that every question was answered exactly once.

    TROLY_EMBED_CACHE=/work/cache/vectors.sqlite .venv/bin/python bench/bot_load.py [--users 200 --questions 5]
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import multiprocessing
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bench.paths import SHARED  # noqa: E402
from bot.channels.retry import Backoff  # noqa: E402
from bot.answer.service import Assistant  # noqa: E402
from bot.channels.telegram import TelegramBot  # noqa: E402
from fakes.telegram_api import FakeTelegram  # noqa: E402
from troly.config import Settings  # noqa: E402

# Questions are generated: bodies × topics × wordings, a few thousand, each asked at most once, so
# every answer embeds its question (a fixed handful would be answered from the question-vector
# cache and the bench would never measure embedding). Written for this bench, not taken from any
# evaluation set.
BODIES = ["Công đoàn cơ sở", "Ban Thường vụ", "Ban Chấp hành", "đoàn viên", "Liên đoàn Lao động tỉnh",
          "các đơn vị trực thuộc", "Công đoàn ngành", "Ban Nữ công", "Ủy ban Kiểm tra", "cán bộ công đoàn",
          "Văn phòng", "Ban Tuyên giáo"]
TOPICS = ["báo cáo kết quả", "tuyên truyền, phổ biến", "kiểm tra, giám sát", "phát triển đoàn viên",
          "kinh phí thực hiện", "sơ kết giữa kỳ", "tổng kết năm", "phong trào thi đua", "chăm lo đời sống đoàn viên",
          "an toàn, vệ sinh lao động", "thành lập công đoàn cơ sở", "học tập nghị quyết", "đối thoại tại nơi làm việc",
          "khen thưởng", "xây dựng kế hoạch"]
WORDINGS = ["{body} phải làm gì về {topic}?", "{body} có trách nhiệm gì trong {topic}?",
            "Khi nào {body} phải hoàn thành {topic}?", "Ai hướng dẫn {body} thực hiện {topic}?",
            "Việc {topic} của {body} được quy định thế nào?", "Thời hạn {topic} đối với {body} là bao giờ?",
            "{body} gửi {topic} cho ai?", "Chỉ tiêu về {topic} của {body} là bao nhiêu?"]
PREFIXES = ["", "Cho tôi hỏi: ", "Xin hỏi, "]


def question_pool(seed: int = 7) -> list[str]:
    """Every wording of the grid once, shuffled (12 × 15 × 8 × 3 = 4,320 questions)."""
    pool = []
    for body, topic, wording, prefix in itertools.product(BODIES, TOPICS, WORDINGS, PREFIXES):
        text = wording.format(body=body, topic=topic)
        if prefix and not wording.startswith("{body}"):  # "Xin hỏi, khi nào …"
            text = text[0].lower() + text[1:]
        text = prefix + text
        pool.append(text[0].upper() + text[1:])
    random.Random(seed).shuffle(pool)
    return pool


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def platform(conn, users: int, per_user: int, think: float, questions: list[str]) -> None:
    """The Telegram side, in a process of its own (as the real platform is elsewhere, it must not take the
    bot's CPU or GIL): the fake Bot API server and the simulated users. Sends back what it measured."""
    async with FakeTelegram() as fake:
        conn.send((fake.url, fake.token))
        await asyncio.to_thread(conn.recv)  # "go": the bot is up
        fresh = iter(questions)  # each asked once: every answer embeds its question
        finals: dict[int, list[float]] = defaultdict(list)  # chat -> times its answers were complete
        events: dict[int, asyncio.Event] = defaultdict(asyncio.Event)

        def on_sent(msg: dict) -> None:
            if msg.get("reply_markup") and msg.get("_edits") is None:  # the last part of an answer
                chat = msg["chat"]["id"]
                finals[chat].append(msg["_at"])
                events[chat].set()

        fake.listeners.append(on_sent)
        asked: dict[int, list[float]] = defaultdict(list)
        rng = random.Random(7)

        async def user(uid: int) -> None:
            await asyncio.sleep(rng.uniform(0, 5))
            for k in range(per_user):
                asked[uid].append(time.monotonic())
                fake.message(uid, uid, next(fresh))
                while len(finals[uid]) <= k:
                    events[uid].clear()
                    await events[uid].wait()
                await asyncio.sleep(rng.uniform(0, think))

        started = time.monotonic()
        await asyncio.wait_for(asyncio.gather(*(user(10_000 + i) for i in range(users))), timeout=3600)
        elapsed = time.monotonic() - started
        await asyncio.sleep(3)  # anything answered twice would show up now
        conn.send({
            "elapsed": elapsed,
            "latencies": [finals[u][k] - asked[u][k] for u in asked for k in range(len(asked[u]))],
            "answered": sum(len(v) for v in finals.values()),
            "extra": {u: len(v) for u, v in finals.items() if len(v) != per_user},
            "answers_sent": sum(1 for c in fake.calls_of("sendMessage") if c.params.get("reply_markup")),
            "calls": len(fake.calls), "getUpdates": len(fake.calls_of("getUpdates")),
            "sendChatAction": len(fake.calls_of("sendChatAction"))})
        await asyncio.to_thread(conn.recv)  # "stop": the bot has stopped


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system, every thread) a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_platform(conn, *args) -> None:
    asyncio.run(platform(conn, *args))


async def bench(data_dir: Path, users: int, per_user: int, think: float, workers: int, processes: int = 0) -> int:
    pool = question_pool()
    if len(pool) < users * per_user + 40:
        raise SystemExit(f"only {len(pool)} distinct questions for {users * per_user} asked")
    ctx = multiprocessing.get_context("spawn")
    conn, child_conn = ctx.Pipe()
    child = ctx.Process(target=run_platform, args=(child_conn, users, per_user, think, pool[40:]), daemon=True)
    child.start()
    url, token = await asyncio.to_thread(conn.recv)
    settings = Settings(data_dir=data_dir, _env_file=None, telegram_token=token, telegram_api_url=url,
                        bot_workers=workers, bot_answer_processes=processes)
    assistant = Assistant(settings)
    for q in pool[:10]:  # warm up: embedder, lexical index, answer context
        assistant.ask(q)
    t0 = time.monotonic()
    for q in pool[10:40]:  # the Assistant alone, for comparison: one thread answering one question at a time
        assistant.ask(q)
    alone = 30 / (time.monotonic() - t0)
    bot = TelegramBot(assistant, settings, backoff=Backoff(base=0.2), poll_timeout=5)
    await bot.start()
    try:
        if bot.core.turns.pool is not None:
            await bot.core.turns.pool.ready()  # the answer processes load their indexes before users come
        workers = bot.core.turns.pool.pids() if bot.core.turns.pool is not None else []
        cpu0 = {pid: cpu_seconds(pid) for pid in [os.getpid(), child.pid, *workers]}
        conn.send("go")
        r = await asyncio.to_thread(conn.recv)
        cpu = {pid: cpu_seconds(pid) - used for pid, used in cpu0.items()}
    finally:
        await bot.stop()
        conn.send("stop")
        child.join(30)

    total = users * per_user
    latencies, answered, extra, sent = r["latencies"], r["answered"], r["extra"], r["answers_sent"]
    once = answered == total and not extra and sent == total
    print(f"users × questions     : {users} × {per_user} = {total} (answer processes: {processes or 'none, threads'})")
    print(f"answered              : {answered} (answer messages sent: {sent})")
    print(f"exactly once          : {'yes' if once else f'NO {extra}'}")
    print(f"wall time             : {r['elapsed']:.1f} s")
    print(f"throughput            : {answered / r['elapsed']:.2f} answers/s "
          f"(Assistant.ask alone, one thread, fresh questions too: {alone:.2f}/s)")
    print(f"reply latency         : p50 {statistics.median(latencies):.2f} s, p95 {percentile(latencies, 0.95):.2f} s, "
          f"max {max(latencies):.2f} s")
    per = 1000 / max(answered, 1)
    print(f"CPU per answer        : bot process {cpu[os.getpid()] * per:.0f} ms + answer processes "
          f"{sum(cpu[p] for p in workers) * per:.0f} ms; platform side {cpu[child.pid] * per:.0f} ms "
          f"(load-independent: cores / CPU per answer bounds the rate on an idle machine)")
    print(f"Bot API calls         : {r['calls']} (getUpdates {r['getUpdates']}, sendChatAction {r['sendChatAction']})")
    return 0 if once else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--questions", type=int, default=5, help="questions per user")
    parser.add_argument("--think", type=float, default=2.0, help="longest pause between a user's questions (s)")
    parser.add_argument("--workers", type=int, default=32, help="TROLY_BOT_WORKERS")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1, help="TROLY_BOT_ANSWER_PROCESSES")
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument("--data-dir", type=Path, help="an existing store to copy (default: ingest --corpus)")
    args = parser.parse_args()

    cache = os.environ.get("TROLY_EMBED_CACHE")
    with tempfile.TemporaryDirectory(prefix="troly-bench-") as tmp:
        data = Path(tmp) / "data"
        if args.data_dir:
            shutil.copytree(args.data_dir, data)
        else:
            files = sorted(args.corpus.glob("*.txt"))
            if not files:  # the users would wait forever for answers with sources
                raise SystemExit(f"no .txt files in {args.corpus}")
            started = time.monotonic()
            report = Assistant(Settings(data_dir=data, embed_cache=cache, _env_file=None)).ingest(files)
            print(f"store: {len(report.documents)} documents ingested in {time.monotonic() - started:.1f} s")
        return asyncio.run(bench(data, args.users, args.questions, args.think, args.workers, args.processes))


if __name__ == "__main__":
    raise SystemExit(main())
