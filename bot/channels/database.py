"""The bots' own SQLite file next to the store (bot.sqlite), shared by the journal, the stats and the
saved citations; each of them creates and reads its own tables."""
from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path


class Database:
    """One connection, used from the event loop and worker threads alike (hence the lock)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self.script("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")

    def run(self, sql: str, args: tuple = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, args)

    def script(self, sql: str) -> None:
        with self._lock:
            self._db.executescript(sql)

    def keyed_table(self, table: str, keep_days: int) -> None:
        """A table of texts by key (key, payload, at) that forgets rows older than `keep_days`, now (at start)."""
        self.script(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, payload TEXT, at REAL);")
        self.run(f"DELETE FROM {table} WHERE at < ?", (time.time() - keep_days * 86400,))

    def close(self) -> None:
        with self._lock:
            self._db.close()


class BotDB(Database):
    """bot.sqlite with its parts: `journal`, `stats`, `citations`, `page_args`."""

    def __init__(self, path: Path) -> None:
        from bot.channels.citations import Citations
        from bot.channels.journal import Journal
        from bot.channels.page_args import PageArgs
        from bot.channels.stats import Stats

        super().__init__(path)
        self.journal = Journal(self)
        self.stats = Stats(self)
        self.citations = Citations(self)
        self.page_args = PageArgs(self)
