"""Load bench for the Telegram bot: N simulated users each ask Q questions in private chats, through
the fake Bot API server (tests/fakes/telegram_api.py) on 127.0.0.1, answered by the real Assistant.

Each user waits for the answer (the message carrying the "Nguồn [n]" buttons), thinks a moment, then
asks the next question. Prints answered count, throughput, reply latency percentiles, and checks
that every question was answered exactly once.

    TROLY_EMBED_CACHE=/work/cache/vectors.sqlite .venv/bin/python bench/bot_load.py [--users 200 --questions 5]
"""
from __future__ import annotations

import argparse
import asyncio
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

from bot.channels.retry import Backoff  # noqa: E402
from bot.answer.service import Assistant  # noqa: E402
from bot.channels.telegram import TelegramBot  # noqa: E402
from fakes.telegram_api import FakeTelegram  # noqa: E402
from troly.config import Settings  # noqa: E402

# General questions a union member might ask (not taken from any evaluation set).
QUESTIONS = [
    "Ai chịu trách nhiệm tổng hợp báo cáo kết quả thực hiện?",
    "Công đoàn cơ sở có nhiệm vụ gì?",
    "Thời hạn gửi báo cáo là khi nào?",
    "Kế hoạch này nhằm mục đích gì?",
    "Những chỉ tiêu nào cần đạt được?",
    "Việc tuyên truyền, phổ biến được tổ chức thế nào?",
    "Đơn vị nào chủ trì triển khai kế hoạch?",
    "Kinh phí thực hiện lấy từ đâu?",
    "Yêu cầu đối với đoàn viên là gì?",
    "Công tác kiểm tra, giám sát được quy định ra sao?",
    "Kế hoạch thực hiện những văn bản chỉ đạo nào của cấp trên?",
    "Có những giải pháp chủ yếu nào?",
    "Việc sơ kết, tổng kết được tiến hành khi nào?",
    "Ban Thường vụ có trách nhiệm gì?",
    "Công tác phát triển đoàn viên được đặt ra thế nào?",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def bench(data_dir: Path, users: int, per_user: int, think: float, workers: int) -> int:
    async with FakeTelegram() as fake:
        settings = Settings(data_dir=data_dir, _env_file=None, telegram_token=fake.token, telegram_api_url=fake.url,
                            bot_workers=workers)
        assistant = Assistant(settings)
        for q in QUESTIONS:  # warm up: embedder, lexical index, answer context
            assistant.ask(q)
        t0 = time.monotonic()
        for q in QUESTIONS * 2:  # the Assistant alone, for comparison: the bot cannot answer faster
            assistant.ask(q)
        alone = len(QUESTIONS) * 2 / (time.monotonic() - t0)
        finals: dict[int, list[float]] = defaultdict(list)  # chat -> times its answers were complete
        events: dict[int, asyncio.Event] = defaultdict(asyncio.Event)

        def on_sent(msg: dict) -> None:
            if msg.get("reply_markup") and msg.get("_edits") is None:  # the last part of an answer
                chat = msg["chat"]["id"]
                finals[chat].append(msg["_at"])
                events[chat].set()

        fake.listeners.append(on_sent)
        bot = TelegramBot(assistant, settings, backoff=Backoff(base=0.2), poll_timeout=5)
        await bot.start()
        asked: dict[int, list[float]] = defaultdict(list)
        rng = random.Random(7)

        async def user(uid: int) -> None:
            await asyncio.sleep(rng.uniform(0, 5))
            for k in range(per_user):
                asked[uid].append(time.monotonic())
                fake.message(uid, uid, rng.choice(QUESTIONS))
                while len(finals[uid]) <= k:
                    events[uid].clear()
                    await events[uid].wait()
                await asyncio.sleep(rng.uniform(0, think))

        started = time.monotonic()
        try:
            await asyncio.wait_for(asyncio.gather(*(user(10_000 + i) for i in range(users))), timeout=3600)
            elapsed = time.monotonic() - started
            await asyncio.sleep(3)  # anything answered twice would show up now
        finally:
            await bot.stop()

        latencies = [finals[u][k] - asked[u][k] for u in asked for k in range(len(asked[u]))]
        total = users * per_user
        answered = sum(len(v) for v in finals.values())
        extra = {u: len(v) for u, v in finals.items() if len(v) != per_user}
        answers_sent = sum(1 for c in fake.calls_of("sendMessage") if c.params.get("reply_markup"))
        print(f"users × questions     : {users} × {per_user} = {total}")
        print(f"answered              : {answered} (answer messages sent: {answers_sent})")
        print(f"exactly once          : {'yes' if answered == total and not extra and answers_sent == total else f'NO {extra}'}")
        print(f"wall time             : {elapsed:.1f} s")
        print(f"throughput            : {answered / elapsed:.2f} answers/s "
              f"(Assistant.ask alone, same questions: {alone:.2f}/s)")
        print(f"reply latency         : p50 {statistics.median(latencies):.2f} s, p95 {percentile(latencies, 0.95):.2f} s, "
              f"max {max(latencies):.2f} s")
        print(f"Bot API calls         : {len(fake.calls)} (getUpdates {len(fake.calls_of('getUpdates'))}, "
              f"sendChatAction {len(fake.calls_of('sendChatAction'))})")
        return 0 if answered == total and not extra and answers_sent == total else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--questions", type=int, default=5, help="questions per user")
    parser.add_argument("--think", type=float, default=2.0, help="longest pause between a user's questions (s)")
    parser.add_argument("--workers", type=int, default=32, help="TROLY_BOT_WORKERS")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--data-dir", type=Path, help="an existing store to copy (default: ingest --corpus)")
    args = parser.parse_args()
    import os

    cache = os.environ.get("TROLY_EMBED_CACHE")
    with tempfile.TemporaryDirectory(prefix="troly-bench-") as tmp:
        data = Path(tmp) / "data"
        if args.data_dir:
            shutil.copytree(args.data_dir, data)
        else:
            started = time.monotonic()
            report = Assistant(Settings(data_dir=data, embed_cache=cache, _env_file=None)).ingest(
                sorted(args.corpus.glob("*.txt")))
            print(f"store: {len(report.documents)} documents ingested in {time.monotonic() - started:.1f} s")
        return asyncio.run(bench(data, args.users, args.questions, args.think, args.workers))


if __name__ == "__main__":
    raise SystemExit(main())
