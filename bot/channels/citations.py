"""The citations behind the "Nguồn [n]" buttons and `/nguon n`, kept across restarts for a month."""
from __future__ import annotations

import json
import secrets
import time

from bot.answer.model import Citation
from bot.channels.database import Database

KEEP_DAYS = 30


class Citations:
    def __init__(self, db: Database) -> None:
        self._db = db
        db.keyed_table("citations", KEEP_DAYS)

    def save(self, citations: list[Citation]) -> str:
        """Store an answer's citations; the key goes into the buttons' callback data."""
        key = secrets.token_urlsafe(6)
        self._db.run("INSERT INTO citations VALUES (?, ?, ?)",
                     (key, json.dumps([c.to_json() for c in citations], ensure_ascii=False), time.time()))
        return key

    def all(self, key: str) -> list[dict]:
        """An answer's citations, in their order ([] once expired)."""
        row = self._db.run("SELECT payload FROM citations WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else []

    def get(self, key: str, n: int) -> dict | None:
        return next((c for c in self.all(key) if c["n"] == n), None)
