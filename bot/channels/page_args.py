"""What a list-page button (/nghiavu, /hanchot) asks for when it does not fit Telegram's 64 bytes of callback
data (a body named at length, 2-3 bytes a Vietnamese letter): kept here under a short key, across restarts,
so "Xem thêm ›" shows the next page of the same list — never of a name cut short."""
from __future__ import annotations

import hashlib
import time

from bot.channels.database import Database

KEEP_DAYS = 30


class PageArgs:
    def __init__(self, db: Database) -> None:
        self._db = db
        db.keyed_table("page_args", KEEP_DAYS)

    def key(self, arg: str) -> str:
        """The key of `arg` (the same for the same text: pages of one list share it)."""
        key = hashlib.sha1(arg.encode()).hexdigest()[:16]
        self._db.run("INSERT OR REPLACE INTO page_args VALUES (?, ?, ?)", (key, arg, time.time()))
        return key

    def arg(self, key: str) -> str | None:
        """What `key` stands for; None once forgotten."""
        row = self._db.run("SELECT payload FROM page_args WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
