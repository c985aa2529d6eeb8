"""The update journal: every update is recorded before the server is told it was received, and
marked done once handled, so a restart replays what was pending and skips what was done (nothing is
lost or answered twice). Each attempt at handling an update is counted before it starts, so an update
that keeps failing — or keeps killing the process — is marked failed after a few attempts and never
replayed again (a poisoned update cannot stop a bot). An update that cannot even be parsed is
recorded as failed at once."""
from __future__ import annotations

import json
import time

from bot.channels.database import Database

KEEP_DAYS = 7  # handled (and failed) updates are forgotten after this
FORGET_EVERY = 3600.0  # seconds between two clean-ups of a running bot's journal


class Journal:
    def __init__(self, db: Database) -> None:
        self._db = db
        db.script("""
            CREATE TABLE IF NOT EXISTS updates (channel TEXT, key TEXT, payload TEXT, state TEXT, at REAL,
                                                attempts INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (channel, key));
        """)
        columns = {row[1] for row in db.run("PRAGMA table_info(updates)").fetchall()}
        if "attempts" not in columns:  # a journal written before attempts were counted
            db.run("ALTER TABLE updates ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0")
        self._forgotten = 0.0
        self._forget_old()

    def _forget_old(self) -> None:
        """Drop finished updates older than KEEP_DAYS — at start and then hourly, so a bot that runs for months
        keeps a week of updates, not all of them."""
        now = time.time()
        if now - self._forgotten >= FORGET_EVERY:
            self._forgotten = now
            self._db.run("DELETE FROM updates WHERE state != 'pending' AND at < ?", (now - KEEP_DAYS * 86400,))

    def adopt(self, channel: str, name: str) -> int:
        """Give the bot `name` the updates a journal written before it was kept per bot holds under its channel
        alone (`channel`: then a data folder had one bot per channel), so a bot upgraded in place still replays
        what was pending and skips what it handled; returns how many it took. Rows it already has win."""
        moved = self._db.run("UPDATE OR IGNORE updates SET channel = ? WHERE channel = ?", (name, channel)).rowcount
        self._db.run("DELETE FROM updates WHERE channel = ?", (channel,))
        return moved

    @staticmethod
    def _json(payload: object) -> str:
        return json.dumps(payload, ensure_ascii=False, default=repr)

    def accept(self, channel: str, key: str, payload: dict) -> bool:
        """Record an update; False if it was seen before (then it must not be handled again)."""
        cur = self._db.run("INSERT OR IGNORE INTO updates VALUES (?, ?, ?, 'pending', ?, 0)",
                           (channel, key, self._json(payload), time.time()))
        return cur.rowcount == 1

    def reject(self, channel: str, key: str, payload: object) -> bool:
        """Record an update that could not be parsed, as failed; False if it was seen before."""
        cur = self._db.run("INSERT OR IGNORE INTO updates VALUES (?, ?, ?, 'failed', ?, 0)",
                           (channel, key, self._json(payload), time.time()))
        return cur.rowcount == 1

    def begin(self, channel: str, key: str) -> int:
        """Count one more attempt at handling an update (before it starts); the attempts so far."""
        row = self._db.run("UPDATE updates SET attempts = attempts + 1 WHERE channel = ? AND key = ? "
                           "RETURNING attempts", (channel, key)).fetchone()
        return row[0] if row else 1

    def finish(self, channel: str, key: str, state: str = "done") -> None:
        self._db.run("UPDATE updates SET state = ?, at = ? WHERE channel = ? AND key = ?",
                     (state, time.time(), channel, key))
        self._forget_old()

    def pending(self, channel: str) -> list[tuple[str, dict, int]]:
        """(key, payload, attempts so far) of the updates not finished, oldest first."""
        rows = self._db.run("SELECT key, payload, attempts FROM updates WHERE channel = ? AND state = 'pending' "
                            "ORDER BY rowid", (channel,)).fetchall()
        return [(key, json.loads(payload), attempts) for key, payload, attempts in rows]

    def state(self, channel: str, key: str) -> str | None:
        row = self._db.run("SELECT state FROM updates WHERE channel = ? AND key = ?", (channel, key)).fetchone()
        return row[0] if row else None

    def failed(self) -> int:
        """Updates given up on (every channel), for /thongke."""
        return self._db.run("SELECT count(*) FROM updates WHERE state = 'failed'").fetchone()[0]
