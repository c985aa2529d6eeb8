"""Reading and parsing a file in a worker process, so that no file can run past a time limit
(a C parser stuck in a pathological file cannot be interrupted from Python, only ended) and
nothing a parser library prints reaches the user's terminal."""
from __future__ import annotations

import multiprocessing
import os
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


def read_and_parse(path: Path, max_bytes: int) -> tuple[ParsedDocument, list[str]]:
    """The parsed document and the notes for the user; IngestError for a bad file."""
    from ingest.pipeline import parse_file

    warnings: list[str] = []
    return parse_file(path, max_bytes, warnings), warnings


class FileReader:
    """One worker process, started on first use and replaced when a file overruns its time."""

    def __init__(self, max_bytes: int, seconds: float) -> None:
        self.max_bytes = max_bytes
        self.seconds = seconds
        self._pool: Pool | None = None

    def read(self, path: Path) -> tuple[ParsedDocument, list[str]]:
        if self._pool is None:
            self._pool = multiprocessing.get_context("spawn").Pool(1, initializer=_silence)
            self._pool.apply(_ready)
        pending = self._pool.apply_async(read_and_parse, (path, self.max_bytes))
        try:
            return pending.get(timeout=self.seconds)
        except multiprocessing.TimeoutError:
            self.close()
            raise IngestError(t("ingest.input.too_slow", seconds=self.seconds)) from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
