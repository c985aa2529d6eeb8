"""What the language-model mode adds to an answer, measured against the fake OpenAI-compatible server
(tests/fakes), so the figures are troly's own cost, not a model's:

1. the citation/fact check per generated answer (answers built from real passages, one invented fact each);
2. ask() warm, offline vs. LLM mode with an instant fake model: time to the first streamed piece and total.

Usage:
    TROLY_EMBED_CACHE=/work/cache/vectors.sqlite .venv/bin/python bench/llm_mode.py [--rounds 20]
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench.paths import SHARED  # noqa: E402

CORPUS = SHARED / "corpus"

QUESTIONS = [
    "Công đoàn cơ sở phải báo cáo gì, khi nào?",
    "Mục tiêu phát triển đoàn viên đến năm 2025 là bao nhiêu?",
    "Ai chịu trách nhiệm tuyên truyền nghị quyết?",
    "Công tác thi đua khen thưởng được đổi mới như thế nào?",
]


def ms(values: list[float]) -> str:
    values = sorted(values)
    return f"p50 {statistics.median(values) * 1000:.1f} ms, p95 {values[int(0.95 * (len(values) - 1))] * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    from bot.answer.llm.citations import check_answer
    from bot.answer.service import Assistant
    from fakes.openai_server import FakeOpenAI, Reply
    from troly.config import Settings

    with tempfile.TemporaryDirectory() as tmp:
        offline = Assistant(Settings(data_dir=Path(tmp), _env_file=None))
        offline.ingest(sorted(CORPUS.glob("*.txt")))

        # 1. the check alone
        timings, removed = [], 0
        for q in QUESTIONS * args.rounds:
            passages = offline.search(q, k=6)
            first = [re.split(r"(?<=[.;])\s", p.text)[0] for p in passages[:3]]
            raw = "\n".join(f"- {s} [{i + 1}]" for i, s in enumerate(first)) + "\n- Đạt 97,3% trước ngày 31/12/2031 [1]."
            started = time.perf_counter()
            checked = check_answer(raw, passages)
            timings.append(time.perf_counter() - started)
            removed += len(checked.removed)
        print(f"check_answer over {len(timings)} answers: {ms(timings)}; invented sentences removed: "
              f"{removed}/{len(timings)}")

        # 2. ask(): offline vs. LLM mode with an instant model
        def script(body: dict) -> Reply:
            text = body["messages"][-1]["content"]
            m = re.search(r"^\[1\] .*?\nNội dung: (.*?)(?:[.;]\s|\n|$)", text, re.S | re.M)
            return Reply(f"{m.group(1)} [1].")

        with FakeOpenAI(script) as server:
            llm = Assistant(Settings(data_dir=Path(tmp), _env_file=None, llm="openai:fake", llm_base_url=server.base_url))
            for a in (offline, llm):
                a.ask(QUESTIONS[0])  # warm
            off, total, first_piece, modes = [], [], [], set()
            for q in QUESTIONS * max(1, args.rounds // 4):
                started = time.perf_counter()
                offline.ask(q)
                off.append(time.perf_counter() - started)
                seen: list[float] = []
                started = time.perf_counter()
                answer = llm.ask(q, on_token=lambda _p: seen.append(time.perf_counter()) if not seen else None)
                total.append(time.perf_counter() - started)
                first_piece.append(seen[0] - started if seen else total[-1])
                modes.add(answer.mode)
        print(f"ask offline: {ms(off)}")
        print(f"ask LLM mode (instant fake model): first piece {ms(first_piece)}; total {ms(total)}; modes {sorted(modes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
