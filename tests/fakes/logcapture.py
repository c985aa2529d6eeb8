"""The bots' JSON log lines, captured as the real `troly telegram|zalo` writes them (setup_logging),
so tests can assert what is logged — and that no secret is."""
from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager


class CapturedLogs:
    def __init__(self) -> None:
        self.stream = io.StringIO()

    @property
    def text(self) -> str:
        return self.stream.getvalue()

    def lines(self) -> list[dict]:
        return [json.loads(line) for line in self.text.splitlines()]


@contextmanager
def json_logs(settings) -> Iterator[CapturedLogs]:
    """The root logger set up as the bots do it, into memory; restored afterwards."""
    from bot.channels.logs import setup_logging

    captured = CapturedLogs()
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    setup_logging(settings, stream=captured.stream)
    try:
        yield captured
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
