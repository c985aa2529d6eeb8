"""Reading and parsing a file in a worker process, so that no file can run past a time limit
(a C parser stuck in a pathological file cannot be interrupted from Python, only ended) and
nothing a parser library prints reaches the user's terminal."""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from multiprocessing.pool import Pool
from pathlib import Path

from ingest.errors import IngestError
from ingest.model import ParsedDocument
from troly.texts import t


def _silence() -> None:
    """Worker start: lxml, pypdf and warnings write to stderr in English; send it nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)


def _ready() -> bool:
    import ingest.pipeline  # noqa: F401  # imports paid before the first file's clock starts
    return True


def read_and_parse(path: Path, max_bytes: int, max_paragraphs: int | None = None
                   ) -> tuple[ParsedDocument, list[str]]:
    """The parsed document and the notes for the user; IngestError for a bad file."""
    from ingest.pipeline import parse_file

    warnings: list[str] = []
    return parse_file(path, max_bytes, warnings, max_paragraphs), warnings


class FileReader:
    """Files are read in one worker process, started on first use and kept for the next files and runs of
    this process (a new interpreter importing the parsers costs ~0.25 s of CPU: a bot reads each upload in
    it, the tests ingest hundreds of times); it is replaced when a file overruns its time. One file at a
    time: the time limit is the file's own, not a wait behind another thread's file."""

    _pool: Pool | None = None
    _lock = threading.Lock()

    def __init__(self, max_bytes: int, seconds: float, max_paragraphs: int | None = None) -> None:
        self.max_bytes = max_bytes
        self.max_paragraphs = max_paragraphs
        self.seconds = seconds
        self.spent = 0.0  # seconds the last file took to read and parse (the worker's start aside)

    def read(self, path: Path) -> tuple[ParsedDocument, list[str]]:
        with FileReader._lock:
            if FileReader._pool is None:
                FileReader._pool = multiprocessing.get_context("spawn").Pool(1, initializer=_silence)
                FileReader._pool.apply(_ready)
            started = time.perf_counter()
            pending = FileReader._pool.apply_async(read_and_parse, (path, self.max_bytes, self.max_paragraphs))
            try:
                done = pending.get(timeout=self.seconds)
                self.spent = time.perf_counter() - started
                return done
            except multiprocessing.TimeoutError:
                self._end()
                raise IngestError(t("ingest.input.too_slow", seconds=self.seconds)) from None

    @staticmethod
    def close() -> None:
        """End the worker process (the next read starts another)."""
        with FileReader._lock:
            FileReader._end()

    @staticmethod
    def _end() -> None:
        if FileReader._pool is not None:
            FileReader._pool.terminate()
            FileReader._pool.join()
            FileReader._pool = None
