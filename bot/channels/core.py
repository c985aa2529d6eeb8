"""ChannelCore: what every bot puts between its users and the Assistant — the gate (allow list,
admins, question length, rate limit), the Assistant's work off the event loop (questions side by
side, changes of the store alone), the conversation history, the commands of the command table,
uploads, and the bot database."""
from __future__ import annotations

import asyncio
import contextlib
import os
import weakref
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from bot.answer.followup import Turn, turn
from bot.answer.model import Answer
from bot.answer.service import Assistant
from bot.channels import commands
from bot.channels.answer_pool import AnswerPool
from bot.channels.database import BotDB
from bot.channels.logs import log
from bot.channels.ratelimit import RateLimiter
from bot.channels.reminders import ReminderBook
from bot.channels.replies import READ_COMMANDS, Reply, read_command
from ingest.pipeline import IngestReport
from ingest.readers import SUPPORTED_SUFFIXES, refusal
from troly.config import Settings
from troly.texts import t

T = TypeVar("T")

HISTORY_TURNS = 12  # a due list's "còn gì nữa không?" reads back to its question; other follow-ups read the last 3
TYPING_EVERY = 4.5  # seconds; a chat action shows for 5 s
TITLE_CHARS = 120  # a document's title in a chat message is cut past this

READERS = min(4, os.cpu_count() or 1)  # questions computed at once: about one per core


class AssistantTurns:
    """Who may use the Assistant now. Reads (questions, lists, stats) run up to `readers` at once, each in
    a worker thread — the embedder, Chroma and SQLite release the GIL, so two questions overlap on two
    cores; a change of the store (ingest, remove) waits until they are done and runs alone, and new reads
    wait behind it."""

    def __init__(self, readers: int = READERS) -> None:
        self.readers = readers
        self._cond = asyncio.Condition()
        self._reading = 0
        self._writing = False
        self._writers_waiting = 0
        self.pool: AnswerPool | None = None  # worker processes for questions (TROLY_BOT_ANSWER_PROCESSES)
        self._bots = 0

    def open(self, settings: Settings) -> None:
        """A bot starts using the Assistant: the first one starts the answer processes, if any are set."""
        self._bots += 1
        if settings.bot_answer_processes and self.pool is None and not settings.llm:
            self.pool = AnswerPool(settings, settings.bot_answer_processes)
            self.readers = max(self.readers, settings.bot_answer_processes)

    def close(self) -> None:
        """A bot stops; the last one stops the answer processes."""
        self._bots -= 1
        if self._bots <= 0 and self.pool is not None:
            self.pool.close()
            self.pool = None

    @contextlib.asynccontextmanager
    async def read(self):
        async with self._cond:
            await self._cond.wait_for(lambda: not self._writing and not self._writers_waiting
                                      and self._reading < self.readers)
            self._reading += 1
        try:
            yield
        finally:
            async with self._cond:
                self._reading -= 1
                self._cond.notify_all()

    @contextlib.asynccontextmanager
    async def write(self):
        async with self._cond:
            self._writers_waiting += 1
            try:
                await self._cond.wait_for(lambda: not self._writing and self._reading == 0)
            finally:
                self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            async with self._cond:
                self._writing = False
                self._cond.notify_all()


_TURNS: "weakref.WeakKeyDictionary[Assistant, AssistantTurns]" = weakref.WeakKeyDictionary()


def assistant_turns(assistant: Assistant) -> AssistantTurns:
    """One AssistantTurns per Assistant, shared by every bot in the process (all of them under `troly bots`)."""
    turns = _TURNS.get(assistant)
    if turns is None:
        turns = _TURNS[assistant] = AssistantTurns()
    return turns


def welcome_text() -> str:
    """The welcome (/start, a first message on Zalo), with the example questions the greeting replies give too."""
    return t("bot.start", examples=t("answer.examples"))


def source_plain(c: dict) -> str:
    """The whole cited paragraph with its document and section, as plain text."""
    lines = [t("bot.source_title", n=c["n"]), t("bot.source_document", document=c["document"] or c["doc_id"])]
    if c.get("section"):
        lines.append(t("bot.source_section", section=c["section"]))
    return "\n".join(lines) + "\n\n" + c.get("shown", c["text"])  # saved before "shown" was: the text


class ChannelCore:
    """One per bot. `confirm_removals`: the channel shows /xoa's confirmation button (else /xoa removes
    at once and says what it removed)."""

    def __init__(self, assistant: Assistant, settings: Settings, channel: str, admins: Iterable[str],
                 confirm_removals: bool = False) -> None:
        self.assistant = assistant
        self.settings = settings
        self.channel = channel
        self.admins = {str(a) for a in admins}
        self.allowed = {str(c) for c in settings.allowed_chats}
        self.confirm_removals = confirm_removals
        self.limiter = RateLimiter(settings.rate_limit_per_minute)
        self.turns = assistant_turns(assistant)
        self.turns.open(settings)
        self.db = BotDB(settings.data_dir / "bot.sqlite")
        self.reminders = ReminderBook(settings.data_dir)
        self._history: dict[str, deque[Turn]] = defaultdict(lambda: deque(maxlen=HISTORY_TURNS))
        self.last_citations: dict[str, str] = {}  # chat -> citations key of its last answer
        self.working: set[str] = set()  # chats the Assistant is computing for right now

    # the Assistant is synchronous and CPU-bound: its calls run in worker threads, reads side by side,
    # changes of the store (`changes=True`) alone
    async def run(self, fn: Callable[..., T], *args: Any, for_chat: str | None = None, changes: bool = False,
                  **kwargs: Any) -> T:
        async with (self.turns.write() if changes else self.turns.read()):
            if for_chat is not None:
                self.working.add(str(for_chat))
            try:
                return await asyncio.to_thread(fn, *args, **kwargs)
            finally:
                self.working.discard(str(for_chat))

    async def _answer(self, question: str, history: list[Turn], chat: str,
                      on_token: Callable[[str], None] | None) -> Answer:
        """In an answer process when there are some (offline answers: nothing streams), else in a thread."""
        pool = self.turns.pool
        if pool is None:
            return await self.run(self.assistant.ask, question, history=history, on_token=on_token, for_chat=chat)
        async with self.turns.read():
            self.working.add(str(chat))
            try:
                return await pool.ask(question, history)
            finally:
                self.working.discard(str(chat))

    def close(self) -> None:
        self.db.close()
        self.reminders.close()
        self.turns.close()

    @contextlib.asynccontextmanager
    async def typing(self, chat: str, send: Callable[[], Awaitable[object]]):
        """"typing…" at once, then renewed (it lasts 5 s) only while the Assistant works for this chat:
        a question waiting its turn costs one call, not one every few seconds (Bot API calls are
        rate-limited per group and overall)."""
        async def keep() -> None:
            first = True
            while True:
                if first or str(chat) in self.working:
                    with contextlib.suppress(Exception):
                        await send()
                first = False
                await asyncio.sleep(TYPING_EVERY)

        task = asyncio.create_task(keep())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    # checks
    def is_admin(self, user: str) -> bool:
        return str(user) in self.admins

    def is_allowed(self, chat: str, user: str) -> bool:
        return not self.allowed or str(chat) in self.allowed or str(user) in self.allowed

    def gate(self, user: str, question: str) -> str | None:
        """The polite refusal for a question that must not reach the Assistant, or None."""
        if len(question) > self.settings.max_question_chars:
            return t("bot.too_long", chars=len(question), limit=self.settings.max_question_chars)
        wait = self.limiter.hit(str(user))
        if wait > 0:
            return t("bot.rate_limited", seconds=max(1, round(wait)))
        return None

    def welcome(self, user: str) -> str | None:
        """The welcome (with example questions) for a user writing for the first time, else None."""
        return welcome_text() if self.db.stats.first_contact(self.channel, str(user)) else None

    # questions
    async def ask(self, chat: str, user: str, question: str, on_token: Callable[[str], None] | None = None) -> Answer:
        history = self._history[f"{chat}:{user}"]
        answer = await self._answer(question, list(history), chat, on_token)
        history.append(turn(question, answer))
        if answer.mode != "small_talk":  # "chào", "cảm ơn" are not questions that found nothing (/thongke)
            self.db.stats.record_question(self.channel, str(chat), str(user), question, answer.found)
        if answer.citations:
            self.last_citations[str(chat)] = self.db.citations.save(answer.citations)
        return answer

    def citations_key(self, chat: str) -> str | None:
        return self.last_citations.get(str(chat))

    # the commands of the command table (plain text; Telegram escapes it)
    def help_text(self, user: str) -> str:
        return commands.help_text(self.channel, admin=self.is_admin(user))

    async def command(self, name: str, arg: str, chat: str, user: str) -> Reply:
        known = {c.name: c for c in commands.commands(self.channel)}
        if name not in known:
            return Reply(t("bot.unknown_command", name=name) + "\n\n" + self.help_text(user))
        if known[name].admin and not self.is_admin(user):
            return Reply(t("bot.admin_only"))
        if name == "start":
            return Reply(welcome_text())
        if name == "help":
            return Reply(self.help_text(user))
        if name == "nguon":
            return Reply(self.source_text(chat, arg))
        if name == "hoi":  # needs no Assistant call: not queued behind other questions
            return read_command(name, arg, self.assistant)
        if name in READ_COMMANDS:
            return await self.run(read_command, name, arg, self.assistant, self.settings.current_date())
        if name == "nhacviec":
            return Reply(self.subscribe_text(chat, arg))
        if name == "xoa":
            if not arg:
                return Reply(t("bot.remove_usage"))
            # a whole id or number removes; named as `troly --doc` takes it (a beginning of an id "004_f", a name
            # "KL 51") only after the button asks: a name that merely resembles a document's must not remove it
            exact = await self.run(self.assistant.match_documents, arg.strip(), exact=True)
            matches = exact or await self.run(self.assistant.match_documents, arg.strip())
            if len(matches) > 1:
                return Reply(t("bot.remove_ambiguous", id=arg.strip(), matches=", ".join(r.doc_id for r in matches)))
            if not matches:
                return Reply(t("bot.remove_missing", id=arg.strip()))
            record = matches[0]
            if self.confirm_removals:
                return Reply(t("bot.remove_confirm", **self.described(record)), confirm_removal=record.doc_id)
            if not exact:
                return Reply(t("bot.remove_not_exact", id=arg.strip(), match=record.doc_id,
                               title=record.title[:TITLE_CHARS]))
            return Reply(await self.remove(record.doc_id, chat, user))
        if name == "thongke":
            return Reply(await self.stats_text())
        raise KeyError(name)  # a command in the table that no code handles

    def subscribe_text(self, chat: str, arg: str) -> str:
        """/nhacviec [đơn vị] subscribes the chat to reminders (of that body, or all); /nhacviec tat stops."""
        from troly.vntext import bodies
        from troly.vntext import fold

        if fold(arg.strip()) in ("tat", "dung", "huy"):
            self.reminders.unsubscribe(self.channel, str(chat))
            return t("reminders.stopped")
        body = bodies().resolve(arg) if arg.strip() else None
        if arg.strip() and body is None:
            return t("obligations.unknown_actor", actor=arg.strip())
        self.reminders.subscribe(self.channel, str(chat), body.name if body else "")
        days = [str(d) for d in self.settings.reminder_days]  # "7 và 1", "14, 7 và 1"
        days = f"{', '.join(days[:-1])} {t('reminders.and')} {days[-1]}" if len(days) > 1 else "".join(days)
        return t("reminders.subscribed", who=body.name if body else t("reminders.all"), days=days)

    async def find_document(self, doc_id: str):
        return next((r for r in await self.run(self.assistant.documents) if r.doc_id == doc_id), None)

    @staticmethod
    def described(record) -> dict:
        """What /xoa says of a document: its id, title and number of passages."""
        return {"id": record.doc_id, "title": record.title[:TITLE_CHARS], "chunks": record.chunks}

    async def remove(self, doc_id: str, chat: str, user: str) -> str:
        """Remove a document; what was removed (title, passages), or that there is no such document."""
        record = await self.find_document(doc_id)
        removed = record is not None and await self.run(self.assistant.remove, doc_id, changes=True)
        log.info("document removed" if removed else "remove: no such document",
                 extra={"channel": self.channel, "chat": chat, "user": user, "event": "remove"})
        return t("bot.removed", **self.described(record)) if removed else t("bot.remove_missing", id=doc_id)

    async def stats_text(self) -> str:
        records = await self.run(self.assistant.documents)
        asked, answered, unanswered = self.db.stats.questions()
        lines = [t("bot.stats", documents=len(records), chunks=sum(r.chunks for r in records),
                   asked=asked, answered=answered), t("channels.stats_failed", n=self.db.journal.failed()), ""]
        if unanswered:
            lines.append(t("bot.stats_unanswered"))
            lines += [f"• {q[:200]}" for q in unanswered]
        else:
            lines.append(t("bot.stats_unanswered_none"))
        subscriptions = self.reminders.subscriptions()
        lines += ["", t("reminders.stats", n=len(subscriptions))]
        lines += [f"• {channel} {chat}: {body or t('reminders.all')}" for channel, chat, body in subscriptions[:20]]
        return "\n".join(lines)

    def source_text(self, chat: str, arg: str) -> str:
        """`/nguon N`: cited paragraph N in full; `/nguon` alone: the last answer's sources to choose from."""
        key = self.citations_key(chat)
        cited = {c["n"]: c for c in self.db.citations.all(key)} if key else {}
        if not cited:
            return t("bot.source_none")
        arg = arg.strip()
        if arg.isdigit() and int(arg) in cited:
            return source_plain(cited[int(arg)])
        listing = "\n".join(c.get("label") or f"[{n}] {c['document']}" for n, c in cited.items())
        head = t("bot.source_choose") if not arg else t("bot.source_unknown", numbers=", ".join(map(str, cited)))
        return f"{head}\n{listing}"

    # documents
    async def ingest(self, path: Path, doc_id: str, chat: str | None = None) -> IngestReport:
        return await self.run(self.assistant.ingest, [path], doc_id=doc_id, for_chat=chat, changes=True)

    @staticmethod
    def ingest_summary(report: IngestReport) -> str:
        lines = report.lines(TITLE_CHARS)
        if report.reread_line:
            lines.append(report.reread_line)
        if not report.failed:
            loaded = any(d.status in ("added", "updated") for d in report.documents)
            lines.append(t("bot.upload_summary" if loaded else "bot.upload_nothing_new", seconds=report.seconds))
        return "\n".join(lines)

    def check_upload(self, name: str, size: int | None) -> str | None:
        suffix = Path(name).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            return t("bot.upload_bad_type", name=name, reason=refusal(suffix))
        limit = self.settings.max_file_mb
        if size and size > limit * 1e6:
            return t("bot.upload_too_big", name=name, size=size / 1e6, limit=limit)
        return None
