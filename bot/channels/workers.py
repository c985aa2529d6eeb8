"""Updates handled concurrently (bounded), so one slow or failing update never holds the others;
updates of the same chat run one after another, so replies keep the order of the questions."""
from __future__ import annotations

import asyncio
from collections.abc import Coroutine


class Workers:
    def __init__(self, limit: int) -> None:
        self._sem = asyncio.Semaphore(limit)
        self._tasks: set[asyncio.Task] = set()
        self._chains: dict[str, tuple[asyncio.Lock, int]] = {}

    def spawn(self, coro: Coroutine, key: str | None = None) -> None:
        if key is not None:
            lock, users = self._chains.get(key, (asyncio.Lock(), 0))
            self._chains[key] = (lock, users + 1)

        async def guarded() -> None:
            if key is None:
                async with self._sem:
                    await coro
                return
            try:
                async with lock, self._sem:
                    await coro
            finally:
                lock_now, users_now = self._chains[key]
                if users_now <= 1:
                    del self._chains[key]
                else:
                    self._chains[key] = (lock_now, users_now - 1)

        task = asyncio.create_task(guarded())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @property
    def busy(self) -> bool:
        """Whether an update is still being handled (its reply not yet sent)."""
        return bool(self._tasks)

    async def drain(self, timeout: float = 30.0) -> None:
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=timeout)
