"""What the Telegram and Zalo bots share: the gate in front of the Assistant (one answer at a time,
off the event loop), commands as text, rate limits, stats, an update journal so no update is lost
or answered twice across a restart, retries with backoff, a webhook server and structured logs
that never carry a secret."""
from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import random
import secrets
import sqlite3
import threading
import time
import weakref
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from aiohttp import web

from bot.answer.model import Answer, Citation
from bot.answer.service import Assistant
from ingest.chunker import split_sentences
from ingest.pipeline import IngestReport
from troly.config import SECRET_FIELDS, Settings
from troly.texts import t

log = logging.getLogger("troly.bot")
T = TypeVar("T")

UPLOAD_SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".html", ".htm")
HISTORY_TURNS = 3
TYPING_EVERY = 4.5  # seconds; a chat action shows for 5 s


# ---- logs ------------------------------------------------------------------------------
_SECRETS: set[str] = set()
_LOG_FIELDS = ("channel", "chat", "user", "update", "event", "method", "ms", "attempt", "status", "error")


def register_secrets(settings: Settings) -> None:
    """Remember the secret values so every log line can be scrubbed of them."""
    for name in SECRET_FIELDS:
        value = getattr(settings, name, None)
        if value:
            _SECRETS.add(str(value))


def redact(text: str) -> str:
    for value in _SECRETS:
        if value and value in text:
            text = text.replace(value, "***")
    return text


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message and the chat/update fields."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, object] = {"ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname,
                                  "logger": record.name, "msg": record.getMessage()}
        for key in _LOG_FIELDS:
            if hasattr(record, key):
                out[key] = getattr(record, key)
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return redact(json.dumps(out, ensure_ascii=False, default=str))


class RedactFilter(logging.Filter):
    """Scrubs secrets from records of any handler (library loggers print request URLs with the token)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, ()
        return True


def setup_logging(settings: Settings, level: int = logging.INFO, stream=None) -> None:
    register_secrets(settings)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RedactFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL at INFO, and Bot API URLs contain the token
    for noisy in ("httpx", "httpcore", "telegram", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


# ---- retries ---------------------------------------------------------------------------
@dataclass
class Backoff:
    attempts: int = 6
    base: float = 0.5
    cap: float = 30.0

    def delay(self, attempt: int) -> float:
        return min(self.cap, self.base * 2 ** attempt) * (0.5 + random.random() / 2)


class Retryable(Exception):
    """A failure worth another try (429, 5xx, timeout, dropped connection); retry_after from the server."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


async def retrying(call: Callable[[], Awaitable[T]], classify: Callable[[Exception], Retryable | None],
                   what: str, backoff: Backoff | None = None) -> T:
    """Run `call`, retrying what `classify` calls retryable: after retry_after when the server gives
    one, else with exponential backoff and jitter."""
    backoff = backoff or Backoff()
    for attempt in range(backoff.attempts):
        try:
            return await call()
        except Exception as exc:
            retry = classify(exc)
            if retry is None or attempt == backoff.attempts - 1:
                raise
            wait = retry.retry_after if retry.retry_after is not None else backoff.delay(attempt)
            log.warning("retrying %s", what, extra={"method": what, "attempt": attempt + 1,
                                                    "error": redact(str(retry)), "ms": int(wait * 1000)})
            await asyncio.sleep(wait)
    raise AssertionError("unreachable")


# ---- limits ----------------------------------------------------------------------------
class RateLimiter:
    """At most `limit` questions per user in any `window` seconds."""

    def __init__(self, limit: int, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._hits: dict[str, deque[float]] = defaultdict(deque)

    def hit(self, user: str, now: float | None = None) -> float:
        """Record a question; 0 if allowed, else the seconds until the user may ask again."""
        now = time.monotonic() if now is None else now
        hits = self._hits[user]
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if self.limit > 0 and len(hits) >= self.limit:
            return self.window - (now - hits[0])
        hits.append(now)
        return 0.0


# ---- message splitting -----------------------------------------------------------------
def _split_oversized(unit: str, limit: int) -> list[str]:
    """A unit longer than a message: cut at lines, then sentences, then words."""
    for splitter, sep in ((lambda s: s.split("\n"), "\n"), (split_sentences, " "), (str.split, " ")):
        parts = [p for p in splitter(unit) if p.strip()]
        if len(parts) > 1:
            out: list[str] = []
            for piece in pack(parts, limit, sep):
                out.extend([piece] if len(piece) <= limit else _split_oversized(piece, limit))
            return out
    return [unit[i:i + limit] for i in range(0, len(unit), limit)]


def pack(units: Iterable[str], limit: int, sep: str = "\n\n") -> list[str]:
    """Join units into messages of at most `limit` characters, never cutting a unit that fits in one
    message (paragraphs, citations); a unit that does not fit is cut at its own boundaries."""
    messages: list[str] = []
    current = ""
    for unit in units:
        for piece in [unit] if len(unit) <= limit else _split_oversized(unit, limit):
            candidate = f"{current}{sep}{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                if current:
                    messages.append(current)
                current = piece
    if current:
        messages.append(current)
    return messages


# ---- the bot's own database: update journal, stats, citations ---------------------------------
class BotDB:
    """A small SQLite file next to the store. The journal records every update before the server is
    told it was received, and marks it done once handled: a restart replays what was pending and
    skips what was done."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript("""
                CREATE TABLE IF NOT EXISTS updates (channel TEXT, key TEXT, payload TEXT, state TEXT, at REAL,
                                                    PRIMARY KEY (channel, key));
                CREATE TABLE IF NOT EXISTS offsets (channel TEXT PRIMARY KEY, next INTEGER);
                CREATE TABLE IF NOT EXISTS questions (channel TEXT, chat TEXT, user TEXT, question TEXT,
                                                      found INTEGER, at REAL);
                CREATE TABLE IF NOT EXISTS citations (key TEXT PRIMARY KEY, payload TEXT, at REAL);
            """)
            week = time.time() - 7 * 86400
            self._db.execute("DELETE FROM updates WHERE state != 'pending' AND at < ?", (week,))
            self._db.execute("DELETE FROM citations WHERE at < ?", (time.time() - 30 * 86400,))

    def _run(self, sql: str, args: tuple = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, args)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # journal
    def accept(self, channel: str, key: str, payload: dict) -> bool:
        """Record an update; False if it was seen before (then it must not be handled again)."""
        cur = self._run("INSERT OR IGNORE INTO updates VALUES (?, ?, ?, 'pending', ?)",
                        (channel, key, json.dumps(payload, ensure_ascii=False), time.time()))
        return cur.rowcount == 1

    def finish(self, channel: str, key: str, state: str = "done") -> None:
        self._run("UPDATE updates SET state = ?, at = ? WHERE channel = ? AND key = ?", (state, time.time(), channel, key))

    def pending(self, channel: str) -> list[tuple[str, dict]]:
        rows = self._run("SELECT key, payload FROM updates WHERE channel = ? AND state = 'pending' ORDER BY rowid",
                         (channel,)).fetchall()
        return [(key, json.loads(payload)) for key, payload in rows]

    def state(self, channel: str, key: str) -> str | None:
        row = self._run("SELECT state FROM updates WHERE channel = ? AND key = ?", (channel, key)).fetchone()
        return row[0] if row else None

    def next_offset(self, channel: str) -> int | None:
        row = self._run("SELECT next FROM offsets WHERE channel = ?", (channel,)).fetchone()
        return row[0] if row else None

    def advance_offset(self, channel: str, value: int) -> None:
        self._run("INSERT INTO offsets VALUES (?, ?) ON CONFLICT(channel) DO UPDATE SET next = max(next, excluded.next)",
                  (channel, value))

    # stats
    def record_question(self, channel: str, chat: str, user: str, question: str, found: bool) -> None:
        self._run("INSERT INTO questions VALUES (?, ?, ?, ?, ?, ?)", (channel, chat, user, question, int(found), time.time()))

    def question_stats(self, recent: int = 5) -> tuple[int, int, list[str]]:
        asked, answered = self._run("SELECT count(*), coalesce(sum(found), 0) FROM questions").fetchone()
        rows = self._run("SELECT question FROM questions WHERE found = 0 ORDER BY at DESC LIMIT ?", (recent,)).fetchall()
        return asked, answered, [r[0] for r in rows]

    # citations behind the "Nguồn [n]" buttons, kept across restarts
    def save_citations(self, citations: list[Citation]) -> str:
        key = secrets.token_urlsafe(6)
        self._run("INSERT INTO citations VALUES (?, ?, ?)",
                  (key, json.dumps([c.to_json() for c in citations], ensure_ascii=False), time.time()))
        return key

    def citation(self, key: str, n: int) -> dict | None:
        row = self._run("SELECT payload FROM citations WHERE key = ?", (key,)).fetchone()
        if not row:
            return None
        return next((c for c in json.loads(row[0]) if c["n"] == n), None)


# ---- streaming -------------------------------------------------------------------------
class TextStream:
    """The `on_token` callback: the Assistant calls it from its worker thread with each new piece of
    the generated text; the event loop reads snapshots of the text so far."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._text = ""
        self.version = 0

    def __call__(self, text: str) -> None:
        with self._lock:
            self._text += text
            self.version += 1

    def snapshot(self) -> tuple[int, str]:
        with self._lock:
            return self.version, self._text


# ---- duties and deadlines (bot/answer/obligations.py, rendered like `troly obligations|deadlines`) --------
LIST_LIMIT = 10  # obligations shown by /nghiavu and /hanchot before "… and N more"


def _obligation_index(assistant: Assistant):
    """The obligations extracted from every loaded document (bot/answer/obligations.py ObligationIndex,
    kept in step with the store by the Assistant's answer context)."""
    context = getattr(assistant, "answer_context", None)
    return getattr(context, "obligations", None)


def _chat_paragraphs(text: str, more: int) -> list[str]:
    """Each obligation its own paragraph, so splitting a long list never cuts one in two."""
    text = text.replace("\n  • ", "\n\n  • ")
    return [text] + ([t("bot.list_more", n=more)] if more > 0 else [])


def duties_or_question(assistant: Assistant, actor: str) -> list[str] | str:
    """Duties and reports of an actor for /nghiavu; when none were extracted, the question to ask instead."""
    from bot.channels.render import render_obligations

    index = _obligation_index(assistant)
    groups = index.by_actor(actor) if index is not None else {}
    if not groups:
        return t("bot.duties_question", actor=actor)
    shown: dict[str, list] = {}
    left = LIST_LIMIT
    for name, items in groups.items():
        if left > 0:
            shown[name] = items[:left]
            left -= len(shown[name])
    more = sum(map(len, groups.values())) - sum(map(len, shown.values()))
    return _chat_paragraphs(render_obligations(shown, actor), more)


def deadlines_or_question(assistant: Assistant) -> list[str] | str:
    """Deadlines and targets in order of time for /hanchot; when none, the question to ask instead."""
    from bot.channels.render import render_deadlines

    index = _obligation_index(assistant)
    items = index.deadlines() if index is not None else []
    if not items:
        return t("bot.deadlines_question")
    return _chat_paragraphs(render_deadlines(items[:LIST_LIMIT]), len(items) - LIST_LIMIT)


# ---- one Assistant, one answer at a time --------------------------------------------------
_ASSISTANT_LOCKS: "weakref.WeakKeyDictionary[Assistant, asyncio.Lock]" = weakref.WeakKeyDictionary()


def assistant_lock(assistant: Assistant) -> asyncio.Lock:
    """One lock per Assistant, shared by every bot in the process (Telegram and Zalo under `troly bots`)."""
    lock = _ASSISTANT_LOCKS.get(assistant)
    if lock is None:
        lock = _ASSISTANT_LOCKS[assistant] = asyncio.Lock()
    return lock


# ---- the shared core ---------------------------------------------------------------------
@dataclass
class Reply:
    """What a command produced: plain text, or an Answer to render with citations."""
    text: str | None = None
    answer: Answer | None = None


class ChannelCore:
    """One per bot process: the Assistant behind a lock, limits, stats and the journal."""

    def __init__(self, assistant: Assistant, settings: Settings, channel: str, admins: Iterable[str]) -> None:
        self.assistant = assistant
        self.settings = settings
        self.channel = channel
        self.admins = {str(a) for a in admins}
        self.allowed = {str(c) for c in settings.allowed_chats}
        self.limiter = RateLimiter(settings.rate_limit_per_minute)
        self.db = BotDB(settings.data_dir / "bot.sqlite")
        self._history: dict[str, deque[tuple[str, str]]] = defaultdict(lambda: deque(maxlen=HISTORY_TURNS))
        self.last_citations: dict[str, str] = {}  # chat -> citations key of its last answer
        self.working: set[str] = set()  # chats the Assistant is computing for right now

    # the Assistant is synchronous and CPU-bound: one call at a time, in a worker thread
    async def run(self, fn: Callable[..., T], *args: Any, for_chat: str | None = None, **kwargs: Any) -> T:
        async with assistant_lock(self.assistant):
            if for_chat is not None:
                self.working.add(str(for_chat))
            try:
                return await asyncio.to_thread(fn, *args, **kwargs)
            finally:
                self.working.discard(str(for_chat))

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

    # questions
    async def ask(self, chat: str, user: str, question: str, on_token: Callable[[str], None] | None = None) -> Answer:
        history = self._history[f"{chat}:{user}"]
        answer = await self.run(self.assistant.ask, question, history=list(history), on_token=on_token,
                                for_chat=chat)
        history.append((question, answer.answer))
        self.db.record_question(self.channel, str(chat), str(user), question, answer.found)
        if answer.citations:
            self.last_citations[str(chat)] = self.db.save_citations(answer.citations)
        return answer

    def citations_key(self, chat: str) -> str | None:
        return self.last_citations.get(str(chat))

    # commands shared by both channels (plain text; Telegram escapes it)
    async def command(self, name: str, arg: str, chat: str, user: str) -> Reply:
        if name == "start":
            return Reply(t("bot.start"))
        if name == "help":
            return Reply(t("bot.help") + ("\n\n" + t("bot.help_zalo_extra") if self.channel == "zalo" else ""))
        if name == "vanban":
            return Reply(self.documents_text(await self.run(self.assistant.documents)))
        if name == "nguon":
            return Reply(self.source_text(chat, arg))
        if name in ("xoa", "thongke") and not self.is_admin(user):
            return Reply(t("bot.admin_only"))
        if name == "xoa":
            if not arg:
                return Reply(t("bot.remove_usage"))
            removed = await self.run(self.assistant.remove, arg)
            log.info("document removed" if removed else "remove: no such document",
                     extra={"channel": self.channel, "chat": chat, "user": user, "event": "remove"})
            return Reply(t("bot.removed" if removed else "bot.remove_missing", id=arg))
        if name == "thongke":
            return Reply(await self.stats_text())
        if name in ("nghiavu", "hanchot"):
            if name == "nghiavu" and not arg:
                return Reply(t("bot.duties_usage"))
            found = await self.run(duties_or_question if name == "nghiavu" else deadlines_or_question,
                                   self.assistant, *([arg] if name == "nghiavu" else []))
            if isinstance(found, list):
                header = t("bot.duties_header", actor=arg) if name == "nghiavu" else t("bot.deadlines_header")
                return Reply("\n\n".join([header, *found]))
            refusal = self.gate(user, found)
            if refusal:
                return Reply(refusal)
            return Reply(answer=await self.ask(chat, user, found))
        raise KeyError(name)

    @staticmethod
    def documents_text(records: list) -> str:
        if not records:
            return t("bot.docs_empty")
        lines = [t("bot.docs_header", count=len(records))]
        lines += [t("bot.docs_line", id=r.doc_id, title=r.label, chunks=r.chunks) for r in records]
        return "\n".join(lines)

    async def stats_text(self) -> str:
        records = await self.run(self.assistant.documents)
        asked, answered, unanswered = self.db.question_stats()
        lines = [t("bot.stats", documents=len(records), chunks=sum(r.chunks for r in records),
                   asked=asked, answered=answered), ""]
        if unanswered:
            lines.append(t("bot.stats_unanswered"))
            lines += [f"• {q[:200]}" for q in unanswered]
        else:
            lines.append(t("bot.stats_unanswered_none"))
        return "\n".join(lines)

    def source_text(self, chat: str, arg: str) -> str:
        key = self.citations_key(chat)
        cited = self.db.citation(key, int(arg)) if key and arg.strip().isdigit() else None
        return source_plain(cited) if cited else t("bot.source_none")

    # documents
    async def ingest(self, path: Path, doc_id: str, chat: str | None = None) -> IngestReport:
        return await self.run(self.assistant.ingest, [path], doc_id=doc_id, for_chat=chat)

    @staticmethod
    def ingest_summary(report: IngestReport) -> str:
        lines = []
        for d in report.documents:
            status = t(f"ingest.{d.status}")
            if d.status == "failed":
                lines.append(t("bot.upload_failed_line", status=status, id=d.id, error=d.error))
            elif d.status == "duplicate":
                lines.append(t("bot.upload_duplicate_line", status=status, id=d.id, other=d.duplicate_of))
            else:
                lines.append(t("bot.upload_line", status=status, id=d.id, title=d.title[:120], chunks=d.chunks))
        if not report.failed:
            lines.append(t("bot.upload_summary", seconds=report.seconds))
        return "\n".join(lines)

    def check_upload(self, name: str, size: int | None) -> str | None:
        if not name.lower().endswith(UPLOAD_SUFFIXES):
            return t("bot.upload_bad_type", name=name)
        limit = self.settings.max_file_mb
        if size and size > limit * 1e6:
            return t("bot.upload_too_big", name=name, size=size / 1e6, limit=limit)
        return None


def source_plain(c: dict) -> str:
    """The whole cited paragraph with its document and section, as plain text."""
    lines = [t("bot.source_title", n=c["n"]), t("bot.source_document", document=c["document"] or c["doc_id"])]
    if c.get("section"):
        lines.append(t("bot.source_section", section=c["section"]))
    return "\n".join(lines) + "\n\n" + c["text"]


def parse_command(text: str) -> tuple[str, str] | None:
    """("hoi", "rest of the text") for "/hoi@bot rest…", else None."""
    if not text.startswith("/"):
        return None
    head, _, rest = text[1:].partition(" ")
    if "\n" in head:
        head, _, more = head.partition("\n")
        rest = more + (" " + rest if rest else "")
    return head.split("@", 1)[0].lower(), rest.strip()


# ---- running updates ---------------------------------------------------------------------
class Workers:
    """Handles updates concurrently (bounded), so one slow or failing update never holds the others;
    updates with the same key (a chat) run one after another, so replies keep the order of questions."""

    def __init__(self, limit: int) -> None:
        self._sem = asyncio.Semaphore(limit)
        self._tasks: set[asyncio.Task] = set()
        self._chains: dict[str, tuple[asyncio.Lock, int]] = {}

    def spawn(self, coro: Coroutine, key: str | None = None) -> None:
        if key is not None:
            lock, users = self._chains.get(key, (asyncio.Lock(), 0))
            self._chains[key] = (lock, users + 1)

        async def guarded() -> None:
            if key is None:
                async with self._sem:
                    await coro
                return
            try:
                async with lock, self._sem:
                    await coro
            finally:
                lock_now, users_now = self._chains[key]
                if users_now <= 1:
                    del self._chains[key]
                else:
                    self._chains[key] = (lock_now, users_now - 1)

        task = asyncio.create_task(guarded())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self, timeout: float = 30.0) -> None:
        if self._tasks:
            await asyncio.wait(list(self._tasks), timeout=timeout)


def check_secret(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


class WebhookServer:
    """An aiohttp endpoint receiving updates; requests without the right secret header get 403.
    `accept` must only record the update and schedule it, so the server answers at once."""

    def __init__(self, path: str, secret: str, header: str, accept: Callable[[dict], None],
                 host: str = "0.0.0.0", port: int = 8443) -> None:
        self.path = path or "/"
        self.secret = secret
        self.header = header
        self.accept = accept
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    async def _handle(self, request: web.Request) -> web.Response:
        if not check_secret(request.headers.get(self.header), self.secret):
            log.warning("webhook call with a wrong or missing secret", extra={"event": "webhook_rejected"})
            return web.json_response({"ok": False, "description": "forbidden"}, status=403)
        try:
            payload = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return web.json_response({"ok": False, "description": "bad json"}, status=400)
        if isinstance(payload, dict):
            self.accept(payload)
        return web.json_response({"ok": True})

    async def start(self) -> int:
        app = web.Application(client_max_size=2 * 1024 * 1024)
        app.router.add_post(self.path, self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self.port

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()
            self._runner = None


class BotRunner:
    """Lifecycle both bots share: a polling task or a webhook server, the workers, the journal.
    Subclasses set these in start() and close their own API client in close_client()."""

    core: ChannelCore
    workers: Workers | None = None
    _poller: asyncio.Task | None = None
    _webhook: WebhookServer | None = None

    async def start(self, webhook_url: str | None = None) -> None:
        raise NotImplementedError

    async def close_client(self) -> None:
        raise NotImplementedError

    @property
    def webhook_port(self) -> int | None:
        return self._webhook.port if self._webhook else None

    async def stop(self) -> None:
        if self._poller:
            self._poller.cancel()
            await asyncio.gather(self._poller, return_exceptions=True)
        if self._webhook:
            await self._webhook.stop()
        if self.workers:
            await self.workers.drain()
        await self.close_client()
        self.core.db.close()

    async def run(self, webhook_url: str | None = None) -> None:
        """Until SIGINT/SIGTERM, or until polling stops for good (a revoked token)."""
        await self.start(webhook_url)
        try:
            await until_stopped(self._poller)
        finally:
            await self.stop()


async def until_stopped(poller: asyncio.Task | None) -> None:
    """Until SIGINT/SIGTERM, or until the polling task ends (its error is raised)."""
    stop = asyncio.create_task(wait_for_stop())
    waiting = {stop} | ({poller} if poller else set())
    done, _ = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
    stop.cancel()
    if poller in done and not poller.cancelled() and poller.exception():
        raise poller.exception()  # type: ignore[misc]


def webhook_secret(configured: str | None) -> str:
    """The configured secret, or a fresh random one (we register it ourselves with setWebhook)."""
    secret = configured or secrets.token_urlsafe(24)
    _SECRETS.add(secret)
    return secret


async def wait_for_stop() -> None:
    """Until SIGINT/SIGTERM."""
    import signal

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except NotImplementedError:  # pragma: no cover - Windows
            pass
    await stop.wait()


async def run_bots(settings: Settings, telegram_webhook: str | None = None, zalo_webhook: str | None = None,
                   assistant: Assistant | None = None, stop: asyncio.Event | None = None) -> None:
    """Every configured bot in one process on one Assistant, so a document an admin loads through
    Telegram is answerable on Zalo at once (each process caches the store's document list)."""
    from bot.channels.telegram import TelegramBot  # noqa: PLC0415 (they import this module)
    from bot.channels.zalo import ZaloBot

    assistant = assistant or Assistant(settings)
    bots: list[tuple[Any, str | None]] = []
    if settings.telegram_token:
        bots.append((TelegramBot(assistant, settings), telegram_webhook))
    if settings.zalo_token:
        zalo_settings = settings
        if telegram_webhook and zalo_webhook:  # two webhook servers: Zalo's on the next port
            zalo_settings = settings.model_copy(update={"webhook_port": settings.webhook_port + 1})
        bots.append((ZaloBot(assistant, zalo_settings), zalo_webhook))
    if not bots:
        raise ValueError("Chưa cấu hình bot nào: đặt TROLY_TELEGRAM_TOKEN và/hoặc TROLY_ZALO_TOKEN.")
    started = []
    try:
        for bot, webhook in bots:
            await bot.start(webhook)
            started.append(bot)
        await (stop.wait() if stop else until_stopped(None))
    finally:
        for bot in reversed(started):
            await bot.stop()


def run_bots_cli(settings: Settings, telegram_webhook: str | None, zalo_webhook: str | None) -> int:
    setup_logging(settings)
    asyncio.run(run_bots(settings, telegram_webhook, zalo_webhook))
    return 0
