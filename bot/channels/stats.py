"""What the admins' /thongke shows (questions asked, answered, recent ones that found nothing) and
who has written before (a first message gets a welcome)."""
from __future__ import annotations

import time

from bot.channels.database import Database


class Stats:
    def __init__(self, db: Database) -> None:
        self._db = db
        db.script("""
            CREATE TABLE IF NOT EXISTS questions (channel TEXT, chat TEXT, user TEXT, question TEXT,
                                                  found INTEGER, at REAL);
            CREATE TABLE IF NOT EXISTS users (channel TEXT, user TEXT, first_seen REAL, PRIMARY KEY (channel, user));
        """)

    def record_question(self, channel: str, chat: str, user: str, question: str, found: bool) -> None:
        self._db.run("INSERT INTO questions VALUES (?, ?, ?, ?, ?, ?)",
                     (channel, chat, user, question, int(found), time.time()))

    def questions(self, recent: int = 5) -> tuple[int, int, list[str]]:
        """(asked, answered, the latest `recent` questions that found nothing)."""
        asked, answered = self._db.run("SELECT count(*), coalesce(sum(found), 0) FROM questions").fetchone()
        rows = self._db.run("SELECT question FROM questions WHERE found = 0 ORDER BY at DESC LIMIT ?",
                            (recent,)).fetchall()
        return asked, answered, [r[0] for r in rows]

    def first_contact(self, channel: str, user: str) -> bool:
        """True the first time a user writes on a channel (and only then)."""
        cur = self._db.run("INSERT OR IGNORE INTO users VALUES (?, ?, ?)", (channel, user, time.time()))
        return cur.rowcount == 1
