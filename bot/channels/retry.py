"""Retries with tenacity: what a channel calls retryable (429, 5xx, timeouts, dropped connections) is
tried again, after the server's retry_after when it gives one, else with exponential backoff and jitter."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt, wait_random_exponential

from bot.channels.logs import log, redact

T = TypeVar("T")


@dataclass
class Backoff:
    """How hard to try: at most `attempts` calls, waits growing from `base` up to `cap` seconds."""
    attempts: int = 6
    base: float = 0.5
    cap: float = 30.0


class Retryable(Exception):
    """A failure worth another try; retry_after as the server asked (seconds), if it did."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


async def retrying(call: Callable[[], Awaitable[T]], classify: Callable[[BaseException], Retryable | None],
                   what: str, backoff: Backoff | None = None) -> T:
    """`call()`, retried while `classify` calls its failure retryable; the last failure is raised."""
    backoff = backoff or Backoff()
    exponential = wait_random_exponential(multiplier=backoff.base, max=backoff.cap)

    def wait(state: RetryCallState) -> float:
        retry = classify(state.outcome.exception())  # type: ignore[union-attr, arg-type]
        return retry.retry_after if retry and retry.retry_after is not None else exponential(state)

    def before_sleep(state: RetryCallState) -> None:
        error = classify(state.outcome.exception())  # type: ignore[union-attr, arg-type]
        log.warning("retrying %s", what, extra={"method": what, "attempt": state.attempt_number,
                                                "error": redact(str(error)),
                                                "ms": int((state.upcoming_sleep or 0) * 1000)})

    async for attempt in AsyncRetrying(stop=stop_after_attempt(backoff.attempts), wait=wait, reraise=True,
                                       retry=retry_if_exception(lambda exc: classify(exc) is not None),
                                       before_sleep=before_sleep):
        with attempt:
            return await call()
    raise AssertionError("unreachable")  # pragma: no cover - tenacity returns or raises
