"""The bridge between the Assistant's worker thread, which generates an answer piece by piece, and
the event loop, which shows the text so far (Telegram edits one message while it grows)."""
from __future__ import annotations

import threading


class TextStream:
    """The `on_token` callback: called from the worker thread with each new piece of text;
    the event loop reads snapshots (a version number and the text so far)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._text = ""
        self.version = 0

    def __call__(self, text: str) -> None:
        with self._lock:
            self._text += text
            self.version += 1

    def snapshot(self) -> tuple[int, str]:
        with self._lock:
            return self.version, self._text
