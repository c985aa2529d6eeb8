"""A real bot (Telegram or Zalo) started against a fake Bot API server for the length of a test."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.channels.retry import Backoff


@asynccontextmanager
async def running_bot(bot_class: type, assistant: Any, settings: Any, *start_args: Any) -> AsyncIterator[Any]:
    """Quick retries and short polls, so a test never waits on the real platforms' timings."""
    bot = bot_class(assistant, settings, backoff=Backoff(attempts=5, base=0.05, cap=0.5), poll_timeout=1)
    await bot.start(*start_args)
    try:
        yield bot
    finally:
        await bot.stop()
