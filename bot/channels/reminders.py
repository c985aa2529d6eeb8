"""Deadline reminders for chats that subscribed with /nhacviec: who is subscribed to which body, and
which reminders are due today, each sent once per chat and item even across restarts (both kept in
SQLite in the data folder).

A dated item is reminded N days before it falls due (settings.reminder_days, default 7 and 1), and so
is a recurring one that names its day ("trước ngày 25 của tháng cuối quý"), each time; a recurring
report that names none at the start of each of its periods. The channels send what `due()` returns and
then `mark_sent()` it: Telegram from a python-telegram-bot JobQueue job, Zalo from a loop of its own,
both through `send_due()` every `settings.reminder_check_seconds`.
"""
from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.answer.obligations import DocObligation, ObligationIndex
from ingest.due import PERIOD_MONTHS
from troly.texts import t

log = logging.getLogger("troly.bot")

ALL = ""  # a subscription to every body


@dataclass(frozen=True)
class Reminder:
    channel: str
    chat: str
    obligation: DocObligation
    key: str  # the item (DocObligation.key: the same after its plan is loaded again) and the occasion ("…:2025-12-08")


def period_start(every: str, today: date) -> bool:
    """Whether `today` opens a period of a recurring item (periods as long as next_due() counts them)."""
    if every == "week":
        return today.weekday() == 0
    return today.day == 1 and (today.month - 1) % PERIOD_MONTHS[every] == 0


class ReminderBook:
    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(data_dir / "reminders.sqlite", check_same_thread=False)
        self._lock = threading.Lock()
        self._db.executescript("""
            CREATE TABLE IF NOT EXISTS subscriptions (channel TEXT, chat TEXT, body TEXT,
                                                      PRIMARY KEY (channel, chat, body));
            CREATE TABLE IF NOT EXISTS sent (channel TEXT, chat TEXT, key TEXT, at TEXT,
                                             PRIMARY KEY (channel, chat, key));""")

    def subscribe(self, channel: str, chat: str, body: str = ALL) -> None:
        with self._lock, self._db:
            self._db.execute("INSERT OR IGNORE INTO subscriptions VALUES (?, ?, ?)", (channel, str(chat), body))

    def unsubscribe(self, channel: str, chat: str) -> None:
        with self._lock, self._db:
            self._db.execute("DELETE FROM subscriptions WHERE channel = ? AND chat = ?", (channel, str(chat)))

    def subscriptions(self, channel: str | None = None) -> list[tuple[str, str, str]]:
        with self._lock:
            rows = list(self._db.execute("SELECT channel, chat, body FROM subscriptions ORDER BY channel, chat"))
        return [r for r in rows if channel is None or r[0] == channel]

    def due(self, index: ObligationIndex, today: date, days: list[int], channel: str | None = None
            ) -> list[Reminder]:
        out: list[Reminder] = []
        for channel, chat, body in self.subscriptions(channel):
            for o in index.select(body or None):
                occasion = self._occasion(o, today, days)
                if not occasion:
                    continue
                key = f"{o.key}:{occasion}"
                # a mark written before reminders were keyed by the item's own key (by its passage number,
                # o.id) counts too: the reminder of that day is not sent a second time after the upgrade
                if not self._was_sent(channel, chat, key, f"{o.id}:{occasion}"):
                    out.append(Reminder(channel, chat, o, key))
        return out

    @staticmethod
    def _occasion(o: DocObligation, today: date, days: list[int]) -> str | None:
        """Today's reminder of `o`, by the day it is about (so each is sent once: "2025-12-15:7"), or None."""
        due = o.due or {}
        day = o.due_date()
        if day is not None and (day - today).days in days:
            return f"{day.isoformat()}:{(day - today).days}"
        if due.get("every") and due.get("date"):  # names its day: as a dated item, each time
            upcoming = o.next_due(today)
            left = (upcoming - today).days
            return f"{upcoming.isoformat()}:{left}" if left in days else None
        if due.get("every") and o.kind == "report" and period_start(due["every"], today):
            return today.isoformat()
        return None

    def _was_sent(self, channel: str, chat: str, *keys: str) -> bool:
        with self._lock:
            found = self._db.execute(f"SELECT 1 FROM sent WHERE channel = ? AND chat = ? AND key IN "
                                     f"({','.join('?' * len(keys))}) LIMIT 1", (channel, chat, *keys)).fetchone()
        return found is not None

    def mark_sent(self, reminder: Reminder, today: date) -> None:
        with self._lock, self._db:
            self._db.execute("INSERT OR IGNORE INTO sent VALUES (?, ?, ?, ?)",
                             (reminder.channel, reminder.chat, reminder.key, today.isoformat()))

    def close(self) -> None:
        """Under the lock: a reminder check still running in a worker thread (send_due) finishes its query first;
        closing the connection under a running query crashed the process (a segfault seen in the suite)."""
        with self._lock:
            self._db.close()


def reminder_text(r: Reminder, today: date) -> str:
    """The message a subscriber gets: how far off, who, what, where it is written."""
    from bot.channels.render import obligation_facts

    head, quote, where = obligation_facts(r.obligation, today, quote_chars=300, actor=True)
    return t("reminders.message", head=head, quote=quote, where=where)


async def send_due(core, send: Callable[[str, str], Awaitable[object]]) -> int:
    """Send this channel's reminders due today, each marked sent once delivered; returns how many."""
    index = getattr(core.assistant.answer_context, "obligations", None)
    if index is None:
        return 0
    today = core.settings.current_date()
    due = await core.run(core.reminders.due, index, today, core.settings.reminder_days, core.channel)
    for r in due:
        try:
            await send(r.chat, reminder_text(r, today))
        except Exception as exc:  # a blocked bot or a gone chat: try again next round
            log.warning("reminder not sent: %r", exc, extra={"channel": r.channel, "chat": r.chat,
                                                            "event": "reminder"})
            continue
        core.reminders.mark_sent(r, today)
        log.info("reminder sent", extra={"channel": r.channel, "chat": r.chat, "event": "reminder"})
    return len(due)
