"""Progress of a long `troly ingest` written to a log or a pipe, where a redrawn bar cannot be: one plain line every
LOG_EVERY seconds while work goes on ("Đang nhúng và lưu đoạn văn: 120/664 đoạn, 35 giây"), and nothing for a
run that ends sooner. Without it a 1.7 MB file read into a log showed nothing for minutes."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Callable, TextIO

from troly.texts import t

LOG_EVERY = 10.0  # seconds between two lines


class LogProgress:
    """A progress factory (vectorstore/writer.py ProgressFactory) whose state `write` puts in a line (`every` LOG_EVERY
    seconds)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.started = time.monotonic()
        self.stage, self.total, self.done, self.name = "", 0, 0, ""
        self._lock = threading.Lock()

    def __call__(self, total: int, stage: str) -> Callable[..., None]:
        with self._lock:
            self.stage, self.total, self.done, self.name = stage, total, 0, ""

        def tick(n: int, name: str = "") -> None:
            with self._lock:
                self.done += n
                self.name = name or self.name

        return tick

    def line(self) -> str:
        """The state now, as one line ("" before any stage began)."""
        with self._lock:
            if not self.stage:
                return ""
            return t("ingest.progress_line", stage=t(f"ingest.progress_{self.stage}"), done=self.done,
                     total=self.total, unit=t(f"cli.unit_{self.stage}"), name=f" ({self.name})" if self.name else "",
                     seconds=time.monotonic() - self.started)

    def write(self) -> None:
        """Write the state now, if a stage has begun."""
        if text := self.line():
            print(text, file=self.out, flush=True)


@contextmanager
def every(seconds: float, action: Callable[[], None]) -> Iterator[None]:
    """Call `action` every `seconds` from a thread of its own while the block runs."""
    stop = threading.Event()

    def run() -> None:
        while not stop.wait(seconds):
            action()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
