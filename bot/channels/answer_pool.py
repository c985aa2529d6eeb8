"""Questions answered in worker processes (TROLY_BOT_ANSWER_PROCESSES): composing an answer is mostly
Python, and Python runs one thread at a time per process, so a bot that must answer many people at once
uses every core only with processes. Each worker opens its own Assistant on the same data folder; like any
reader it follows the store, so a document loaded or removed (by the bot itself or by `troly ingest`)
is seen by the workers within about a second. The bot process keeps the platform I/O, the journal,
conversation history and statistics; workers only compute answers."""
from __future__ import annotations

import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from bot.answer.followup import Turn
from bot.answer.model import Answer
from troly.texts import t
from troly.config import Settings

_assistant = None  # the worker process's own Assistant


def _start(settings: Settings) -> None:
    global _assistant
    from bot.answer.service import Assistant

    _assistant = Assistant(settings)
    _assistant.ask(t("bot.warm_up"))  # load the embedder, indexes and context before a user


def _ask(question: str, history: list[Turn]) -> Answer:
    assert _assistant is not None
    return _assistant.ask(question, history=history)


class AnswerPool:
    """`processes` workers, started at once (spawned: no state of the bot process is shared)."""

    def __init__(self, settings: Settings, processes: int) -> None:
        self.processes = processes
        self._pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_start, initargs=(settings,))
        # started now, not on the first question (each warms up in `_start`)
        self._started = [self._pool.submit(int) for _ in range(processes)]

    async def ready(self) -> None:
        """Until the workers have started and warmed up."""
        await asyncio.gather(*(asyncio.wrap_future(f) for f in self._started))

    def pids(self) -> list[int]:
        """The workers' process ids (for measuring them)."""
        return list(self._pool._processes or {})  # ProcessPoolExecutor keeps no public list

    async def ask(self, question: str, history: list[Turn]) -> Answer:
        return await asyncio.wrap_future(self._pool.submit(_ask, question, history))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
