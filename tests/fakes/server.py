"""What the fake Bot API servers share: an aiohttp server on 127.0.0.1 (any free port), the calls it
received, faults queued per method (429 with retry_after, 5xx), and waiting until the bot sends
what a test expects."""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class Call:
    method: str
    params: dict
    at: float = field(default_factory=time.monotonic)
    ok: bool = True


class FakeServer:
    """Subclasses add their routes in `routes` and call `sent_something()` when the bot sends."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.faults: dict[str, list[tuple[int, int | None]]] = {}
        self._sent_event = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    def routes(self, app: web.Application) -> None:
        raise NotImplementedError

    def sent_summary(self) -> str:
        """What the bot sent so far, for the message of a timed-out wait."""
        raise NotImplementedError

    async def start(self) -> str:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        self.routes(app)
        # a long poll still open when the test ends is cut after a moment instead of its full timeout
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
        return self.url

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    async def __aenter__(self):
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.stop()

    def fail(self, method: str, status: int, times: int = 1, retry_after: int | None = None) -> None:
        """The next `times` calls of `method` fail with `status` (429 carries retry_after)."""
        self.faults.setdefault(method, []).extend([(status, retry_after)] * times)

    def next_fault(self, method: str) -> tuple[int, int | None] | None:
        queued = self.faults.get(method)
        return queued.pop(0) if queued else None

    def calls_of(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    def sent_something(self) -> None:
        self._sent_event.set()

    async def wait_for(self, predicate, timeout: float = 60.0) -> None:
        """Until predicate() is true (checked whenever the bot sends something, and twice a second)."""
        deadline = time.monotonic() + timeout
        while not predicate():
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("timed out waiting for the bot; it sent: " + self.sent_summary()[:3000])
            self._sent_event.clear()
            try:
                await asyncio.wait_for(self._sent_event.wait(), min(left, 0.5))
            except asyncio.TimeoutError:
                pass
