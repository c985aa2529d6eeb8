"""The update journal: every update is recorded before the server is told it was received, and
marked done once handled, so a restart replays what was pending and skips what was done (nothing is
lost or answered twice). Also the next getUpdates offset of channels that poll with offsets."""
from __future__ import annotations

import json
import time

from bot.channels.database import Database

KEEP_DAYS = 7  # handled updates are forgotten after this


class Journal:
    def __init__(self, db: Database) -> None:
        self._db = db
        db.script("""
            CREATE TABLE IF NOT EXISTS updates (channel TEXT, key TEXT, payload TEXT, state TEXT, at REAL,
                                                PRIMARY KEY (channel, key));
            CREATE TABLE IF NOT EXISTS offsets (channel TEXT PRIMARY KEY, next INTEGER);
        """)
        db.run("DELETE FROM updates WHERE state != 'pending' AND at < ?", (time.time() - KEEP_DAYS * 86400,))

    def accept(self, channel: str, key: str, payload: dict) -> bool:
        """Record an update; False if it was seen before (then it must not be handled again)."""
        cur = self._db.run("INSERT OR IGNORE INTO updates VALUES (?, ?, ?, 'pending', ?)",
                           (channel, key, json.dumps(payload, ensure_ascii=False), time.time()))
        return cur.rowcount == 1

    def finish(self, channel: str, key: str, state: str = "done") -> None:
        self._db.run("UPDATE updates SET state = ?, at = ? WHERE channel = ? AND key = ?",
                     (state, time.time(), channel, key))

    def pending(self, channel: str) -> list[tuple[str, dict]]:
        rows = self._db.run("SELECT key, payload FROM updates WHERE channel = ? AND state = 'pending' ORDER BY rowid",
                            (channel,)).fetchall()
        return [(key, json.loads(payload)) for key, payload in rows]

    def state(self, channel: str, key: str) -> str | None:
        row = self._db.run("SELECT state FROM updates WHERE channel = ? AND key = ?", (channel, key)).fetchone()
        return row[0] if row else None

    def next_offset(self, channel: str) -> int | None:
        row = self._db.run("SELECT next FROM offsets WHERE channel = ?", (channel,)).fetchone()
        return row[0] if row else None

    def advance_offset(self, channel: str, value: int) -> None:
        self._db.run("INSERT INTO offsets VALUES (?, ?) ON CONFLICT(channel) DO UPDATE SET next = max(next, excluded.next)",
                     (channel, value))
