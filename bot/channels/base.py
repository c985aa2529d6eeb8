"""What a channel is. `Channel`: a way users reach the Assistant (the terminal chat is one);
`BotChannel`: one reached over a bot platform, with the lifecycle every bot shares — a polling task
or a webhook server, the workers, the journal — so a bot module holds only its platform's API."""
from __future__ import annotations

import asyncio
import hashlib
import json
import signal
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Coroutine
from typing import ClassVar

from bot.answer.service import Assistant
from bot.channels.core import ChannelCore
from bot.channels.logs import log, redact
from bot.channels.reminders import send_due
from bot.channels.retry import Backoff
from bot.channels.webhook import WebhookServer, webhook_secret
from bot.channels.workers import Workers
from troly.config import Settings
from troly.texts import t


Handle = Callable[[], Awaitable[None]]


def journal_name(channel: str, token: str) -> str:
    """The journal's name for one bot's updates: the channel and the bot's id (the token's part before ":"; a
    digest of a token without one, never the secret). Each bot numbers its own updates: a new token on an old
    data folder must not have its first updates taken for another bot's, seen before, and skipped."""
    bot_id, colon, _ = token.partition(":")
    return f"{channel}:{bot_id if colon and bot_id else digest(token)}"


def digest(raw: object) -> str:
    """A short stable name for an update that has no usable id of its own."""
    return hashlib.sha1(json.dumps(raw, sort_keys=True, default=repr).encode()).hexdigest()[:20]


def loose_chat(raw: object) -> str | None:
    """The chat id of an update that could not be parsed, if one can be read from it (to apologise)."""
    message = raw.get("message") if isinstance(raw, dict) else None
    if not isinstance(message, dict) and isinstance(raw, dict) and isinstance(raw.get("callback_query"), dict):
        message = raw["callback_query"].get("message")
    chat = message.get("chat") if isinstance(message, dict) else None
    chat_id = chat.get("id") if isinstance(chat, dict) else None
    return str(chat_id) if isinstance(chat_id, (int, str)) and not isinstance(chat_id, bool) and chat_id != "" else None


class Channel(ABC):
    """`name` is the channel's name in the registry and in the command table (prompts/commands.toml)."""
    name: ClassVar[str]


class BotChannel(Channel):
    """A bot: subclasses say which settings configure it, open their API client in `connect`, fetch
    updates in `fetch_updates`, and journal + schedule them in `accept`."""
    token_setting: ClassVar[str]       # e.g. "telegram_token": the bot runs when it is set
    api_url_setting: ClassVar[str]     # e.g. "telegram_api_url": where its Bot API server is
    admins_setting: ClassVar[str]      # e.g. "admin_ids"
    secret_setting: ClassVar[str]      # the webhook secret setting
    secret_header: ClassVar[str]       # the header the platform sends it in
    confirm_removals: ClassVar[bool] = False  # /xoa asks with a button first

    def __init__(self, assistant: Assistant, settings: Settings, backoff: Backoff | None = None,
                 poll_timeout: int = 25) -> None:
        if not self.configured(settings):
            raise ValueError(t(f"channels.{self.name}_token_missing"))
        self.settings = settings
        self.backoff = backoff or Backoff(base=settings.retry_wait_seconds)
        self.poll_timeout = poll_timeout
        self.core = ChannelCore(assistant, settings, self.name, getattr(settings, self.admins_setting),
                                confirm_removals=self.confirm_removals)
        self.workers: Workers | None = None
        self._poller: asyncio.Task | None = None
        self._reminders: asyncio.Task | None = None
        self._webhook: WebhookServer | None = None

    @classmethod
    def configured(cls, settings: Settings) -> bool:
        return bool(getattr(settings, cls.token_setting, None))

    @property
    def token(self) -> str:
        value = getattr(self.settings, self.token_setting)
        return value.get_secret_value() if hasattr(value, "get_secret_value") else str(value)

    @property
    def journal_name(self) -> str:
        """Whose updates the journal holds: the channel and this bot (see journal_name)."""
        return journal_name(self.name, self.token)

    # ---- what each platform provides --------------------------------------------------------
    @abstractmethod
    async def connect(self) -> None:
        """Open the API client (the journal's pending updates are replayed next)."""

    @abstractmethod
    async def set_webhook(self, url: str | None, secret: str | None) -> None:
        """Register the webhook (url), or remove it so polling works (None)."""

    @abstractmethod
    async def fetch_updates(self) -> object:
        """One long poll."""

    @abstractmethod
    def accept(self, payload: object) -> bool:
        """Journal and schedule the update(s) of a webhook body or poll result (`take` each); False if
        one of them could not be parsed (a webhook answers 400)."""

    @abstractmethod
    def parse(self, raw: object) -> tuple[str, str | None, Handle]:
        """One update's journal key, its chat (None if it has none) and how to handle it; raises on an
        update that cannot be parsed."""

    @abstractmethod
    def poll_failure(self, exc: Exception) -> str:
        """"quiet" (a poll that ended without news), "stop" (the token is refused) or "wait"."""

    @abstractmethod
    async def close_client(self) -> None:
        """Close the API client."""

    @classmethod
    def rejected_token(cls, exc: BaseException) -> bool:
        """Whether an error that stopped the bot means the platform refused the token."""
        return False

    @classmethod
    def unreachable(cls, exc: BaseException) -> bool:
        """Whether an error that stopped the bot means its Bot API server could not be reached
        (no network, a wrong address), after the retries."""
        return False

    @abstractmethod
    async def send_plain(self, chat: str, text: str) -> None:
        """Send plain text to a chat (reminders, the apology for an update given up on)."""

    def start_reminders(self) -> None:
        """Look for reminders due (/nhacviec) every settings.reminder_check_seconds, from a task of
        the bot's own (Telegram uses its JobQueue instead)."""
        async def loop() -> None:
            while True:
                await self.remind()
                await asyncio.sleep(self.settings.reminder_check_seconds)

        self._reminders = asyncio.create_task(loop())

    async def remind(self) -> None:
        try:
            await send_due(self.core, self.send_plain)
        except Exception:
            log.exception("reminders failed", extra={"channel": self.name, "event": "reminder"})

    # ---- the shared lifecycle -------------------------------------------------------------
    async def start(self, webhook_url: str | None = None) -> None:
        self.workers = Workers(self.settings.bot_workers)
        await self.connect()
        self.core.db.journal.adopt(self.name, self.journal_name)  # a journal of before it was kept per bot
        self.replay()
        if webhook_url:
            from urllib.parse import urlparse

            secret = webhook_secret(getattr(self.settings, self.secret_setting))
            self._webhook = WebhookServer(urlparse(webhook_url).path, secret, self.secret_header, self.accept,
                                          self.settings.webhook_listen, self.settings.webhook_port)
            await self._webhook.start()
            await self.set_webhook(webhook_url, secret)
        else:
            await self.set_webhook(None, None)
            self._poller = asyncio.create_task(self._poll())
        self.start_reminders()
        log.info(f"{self.name} bot started", extra={"channel": self.name, "event": "start",
                                                   "status": "webhook" if webhook_url else "polling"})

    async def _poll(self) -> None:
        """Long polling until cancelled; a refused token ends it (its error is raised)."""
        failures = 0
        while True:
            try:
                result = await self.fetch_updates()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                verdict = self.poll_failure(exc)
                if verdict == "quiet":
                    continue
                extra = {"channel": self.name, "event": "poll"}
                if verdict == "stop":
                    log.error("polling stopped: %s", redact(str(exc)), extra=extra)
                    raise
                failures += 1
                log.warning("getUpdates failed: %s", redact(str(exc)), extra=extra)
                await asyncio.sleep(min(60, 2 ** failures))
                continue
            failures = 0
            try:
                self.accept(result)  # a malformed update is recorded and apologised for inside; this is the rest
            except Exception:
                log.exception("poll result not taken", extra={"channel": self.name, "event": "poll"})

    def take(self, raw: object) -> bool:
        """Journal one update and hand it to the workers; False if it cannot be parsed — then it is recorded
        as failed at once (never handled, never replayed) and its chat, if one can be read, gets the apology."""
        try:
            key, chat, handle = self.parse(raw)
        except Exception as exc:
            key, chat = f"bad-{digest(raw)}", loose_chat(raw)
            log.warning("malformed update: %s", redact(repr(exc))[:300],
                        extra={"channel": self.name, "update": key, "chat": chat, "event": "malformed"})
            if self.core.db.journal.reject(self.journal_name, key, raw) and chat:
                self._spawn(self._apologise(key, chat), chat)
            return False
        if not self.core.db.journal.accept(self.journal_name, key, raw):  # type: ignore[arg-type]
            log.info("duplicate update skipped", extra={"channel": self.name, "update": key, "event": "duplicate"})
            return True
        self._spawn(self._handle_update(key, handle, chat, 0), chat)
        return True

    def replay(self) -> None:
        """Updates a previous run journaled but did not finish, with the attempts already made at each."""
        for key, raw, attempts in self.core.db.journal.pending(self.journal_name):
            log.info("replaying a pending update", extra={"channel": self.name, "update": key, "event": "replay",
                                                          "attempt": attempts})
            try:
                _, chat, handle = self.parse(raw)
            except Exception:
                chat, handle, attempts = loose_chat(raw), None, self.settings.bot_max_attempts
            self._spawn(self._handle_update(key, handle, chat, attempts), chat)

    def _spawn(self, coro: Coroutine, chat: str | None) -> None:
        assert self.workers is not None
        self.workers.spawn(coro, chat)

    async def _handle_update(self, key: str, handle: Handle | None, chat: str | None, attempts: int) -> None:
        """Handle an update, again after a pause if it fails, at most settings.bot_max_attempts times in
        all (attempts are counted in the journal before they start, so one that killed the process counts
        too); then it is marked failed for good (/thongke counts it) and its chat gets an apology."""
        extra = {"channel": self.name, "update": key, "chat": chat}
        limit = self.settings.bot_max_attempts
        while handle is not None and attempts < limit:
            attempts = self.core.db.journal.begin(self.journal_name, key)
            try:
                await handle()
            except Exception as exc:
                log.error("update failed (attempt %d of %d): %s", attempts, limit, redact(repr(exc)),
                          extra={**extra, "event": "error", "attempt": attempts}, exc_info=exc)
                if attempts < limit:
                    await asyncio.sleep(min(self.backoff.cap, self.backoff.base * 2 ** attempts))
                continue
            self.core.db.journal.finish(self.journal_name, key, "done")
            return
        self.core.db.journal.finish(self.journal_name, key, "failed")
        log.warning("update given up", extra={**extra, "event": "failed", "attempt": attempts})
        if chat:
            await self._apologise(key, chat)

    async def _apologise(self, key: str, chat: str) -> None:
        try:
            await self.send_plain(chat, t("channels.update_failed"))
        except Exception as exc:  # a chat id read from a malformed update may well be no chat at all
            log.warning("apology not sent: %s", redact(repr(exc)),
                        extra={"channel": self.name, "update": key, "chat": chat, "event": "failed"})

    @property
    def webhook_port(self) -> int | None:
        return self._webhook.port if self._webhook else None

    async def stop(self) -> None:
        for task in (self._poller, self._reminders):
            if task:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        if self._webhook:
            await self._webhook.stop()
        if self.workers:
            await self.workers.drain()
        await self.close_client()
        self.core.close()

    async def run(self, webhook_url: str | None = None) -> None:
        """Until SIGINT/SIGTERM, or until polling stops for good (a refused token)."""
        await self.start(webhook_url)
        try:
            await until_stopped(self._poller)
        finally:
            await self.stop()


async def wait_for_stop() -> None:
    """Until SIGINT/SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except NotImplementedError:  # pragma: no cover - Windows
            pass
    await stop.wait()


async def until_stopped(poller: asyncio.Task | None) -> None:
    """Until SIGINT/SIGTERM, or until the polling task ends (its error is raised)."""
    stop = asyncio.create_task(wait_for_stop())
    waiting = {stop} | ({poller} if poller else set())
    done, _ = await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
    stop.cancel()
    if poller in done and not poller.cancelled() and poller.exception():
        raise poller.exception()  # type: ignore[misc]
