"""`troly zalo`: the Assistant on the Zalo Bot Platform (a Telegram-like HTTP API at
`<base>/bot<TOKEN>/<method>`), by webhook (secret header checked) or long polling.

Answers are plain text within Zalo's message limit; commands are typed as text (/hoi, /nghiavu,
/hanchot, /vanban, /nguon). Every update is journaled before it is handled (see bot/channels/runtime.py)."""
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import time
from typing import Any
from urllib.parse import urlparse

import httpx

from bot.answer.model import Answer, lead_prefix
from bot.channels.runtime import (Backoff, BotRunner, ChannelCore, Retryable, WebhookServer, Workers, log, pack, parse_command, redact,
                         retrying, webhook_secret)
from bot.channels.render import citation_line
from bot.answer.service import Assistant
from troly.config import Settings
from troly.texts import t

CHANNEL = "zalo"
ZALO_LIMIT = 2000  # characters in one text message
QUOTE_CHARS = 160
TEXT_COMMANDS = {"start", "help", "hoi", "nghiavu", "hanchot", "vanban", "nguon", "xoa", "thongke"}
SECRET_HEADER = "X-Bot-Api-Secret-Token"


class ZaloApiError(Exception):
    def __init__(self, method: str, code: int | None, description: str) -> None:
        super().__init__(f"{method}: {code} {description}")
        self.code = code
        self.description = description


class ZaloClient:
    """The Bot API over httpx. Retries 429 (after retry_after), 5xx, timeouts and dropped
    connections; never puts the URL (it holds the token) into an error message."""

    def __init__(self, base_url: str, token: str, backoff: Backoff | None = None, timeout: float = 20.0) -> None:
        self._base = f"{base_url.rstrip('/')}/bot{token}"
        self._http = httpx.AsyncClient(timeout=timeout, limits=httpx.Limits(max_connections=64))
        self.backoff = backoff or Backoff()
        self.timeout = timeout

    async def close(self) -> None:
        await self._http.aclose()

    async def call(self, method: str, http_timeout: float | None = None, **params: Any) -> Any:
        async def once() -> Any:
            try:
                response = await self._http.post(f"{self._base}/{method}", json=params,
                                                 timeout=http_timeout or self.timeout)
            except httpx.TimeoutException:
                raise Retryable(f"{method}: timed out") from None
            except httpx.TransportError as exc:
                raise Retryable(f"{method}: connection failed ({type(exc).__name__})") from None
            try:
                body = response.json()
            except ValueError:
                body = {}
            code = body.get("error_code") or response.status_code
            if response.status_code == 429 or code == 429:
                after = (body.get("parameters") or {}).get("retry_after") or response.headers.get("Retry-After")
                raise Retryable(f"{method}: 429 too many requests", float(after) if after else None)
            if response.status_code >= 500:
                raise Retryable(f"{method}: server error {response.status_code}")
            if not body.get("ok"):
                raise ZaloApiError(method, code, str(body.get("description") or response.reason_phrase))
            return body.get("result")

        return await retrying(once, lambda e: e if isinstance(e, Retryable) else None, method, self.backoff)


def unwrap_updates(payload: Any) -> list[dict]:
    """Updates from a webhook body or a getUpdates result: {"ok", "result": …} or the update itself,
    one update or a list of them."""
    if isinstance(payload, dict) and "result" in payload and "event_name" not in payload:
        payload = payload["result"]
    if isinstance(payload, list):
        return [u for u in payload if isinstance(u, dict)]
    return [payload] if isinstance(payload, dict) and payload else []


def update_key(update: dict) -> str:
    message = update.get("message") or {}
    if message.get("message_id"):
        return str(message["message_id"])
    return hashlib.sha1(json.dumps(update, sort_keys=True).encode()).hexdigest()[:20]


def chat_key(update: dict) -> str | None:
    chat = ((update.get("message") or {}).get("chat") or {}).get("id")
    return str(chat) if chat else None


def render_answer_zalo(answer: Answer, limit: int = ZALO_LIMIT) -> list[str]:
    """Plain text: the answer, then numbered citations with the start of each paragraph; split at
    paragraph boundaries, never inside a citation."""
    units = [part.strip() for part in answer.answer.split("\n\n") if part.strip()]
    if answer.citations:
        units.append(t("bot.sources") if answer.found else t("bot.maybe_related"))
        for c in answer.citations:
            quote = " ".join(c.passage.text.split())
            if len(quote) > QUOTE_CHARS:
                quote = quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
            units.append(f"{citation_line(c)}\n{lead_prefix(c.passage)}“{quote}”")
    parts = pack(units, limit)
    hint = "\n\n" + t("bot.source_hint")
    if answer.citations and parts and len(parts[-1]) + len(hint) <= limit:
        parts[-1] += hint  # how to read a whole paragraph, when it fits
    return parts


class ZaloBot(BotRunner):
    def __init__(self, assistant: Assistant, settings: Settings, backoff: Backoff | None = None,
                 poll_timeout: int = 30) -> None:
        if not settings.zalo_token:
            raise ValueError("Thiếu TROLY_ZALO_TOKEN (lấy từ Zalo Bot Creator).")
        self.settings = settings
        self.core = ChannelCore(assistant, settings, CHANNEL, settings.zalo_admin_ids)
        self.client = ZaloClient(settings.zalo_api_url, settings.zalo_token, backoff)
        self.poll_timeout = poll_timeout
        self.name = ""

    # ---- lifecycle ------------------------------------------------------------------------
    async def start(self, webhook_url: str | None = None) -> None:
        self.workers = Workers(self.settings.bot_workers)
        me = await self.client.call("getMe") or {}
        self.name = str(me.get("display_name") or me.get("account_name") or me.get("name") or "")
        for key, update in self.core.db.pending(CHANNEL):
            log.info("replaying a pending update", extra={"channel": CHANNEL, "update": key, "event": "replay"})
            self.workers.spawn(self._process(key, update), chat_key(update))
        if webhook_url:
            secret = webhook_secret(self.settings.zalo_webhook_secret)
            self._webhook = WebhookServer(urlparse(webhook_url).path, secret, SECRET_HEADER, self.accept,
                                          self.settings.webhook_listen, self.settings.webhook_port)
            await self._webhook.start()
            await self.client.call("setWebhook", url=webhook_url, secret_token=secret)
        else:
            with contextlib.suppress(ZaloApiError):
                await self.client.call("deleteWebhook")
            self._poller = asyncio.create_task(self._poll())
        log.info("zalo bot started", extra={"channel": CHANNEL, "event": "start",
                                            "status": "webhook" if webhook_url else "polling"})

    async def close_client(self) -> None:
        await self.client.close()

    # ---- receiving -----------------------------------------------------------------------
    async def _poll(self) -> None:
        failures = 0
        while True:
            try:
                result = await self.client.call("getUpdates", http_timeout=self.poll_timeout + 10,
                                                timeout=str(self.poll_timeout))
                failures = 0
            except asyncio.CancelledError:
                raise
            except ZaloApiError as exc:
                if exc.code == 408:  # the long poll ended without news
                    continue
                if exc.code == 401:
                    log.error("polling stopped: %s", redact(str(exc)), extra={"channel": CHANNEL, "event": "poll"})
                    raise
                failures += 1
                log.warning("getUpdates failed: %s", redact(str(exc)), extra={"channel": CHANNEL, "event": "poll"})
                await asyncio.sleep(min(30, 2 ** failures))
                continue
            except Exception as exc:
                failures += 1
                log.warning("getUpdates failed: %s", redact(str(exc)), extra={"channel": CHANNEL, "event": "poll"})
                await asyncio.sleep(min(30, 2 ** failures))
                continue
            self.accept(result)

    def accept(self, payload: Any) -> None:
        """Journal each update (skipping ones seen before) and schedule it."""
        for update in unwrap_updates(payload):
            key = update_key(update)
            if not self.core.db.accept(CHANNEL, key, update):
                log.info("duplicate update skipped", extra={"channel": CHANNEL, "update": key, "event": "duplicate"})
                continue
            assert self.workers is not None
            self.workers.spawn(self._process(key, update), chat_key(update))

    async def _process(self, key: str, update: dict) -> None:
        message = update.get("message") or {}
        chat = str((message.get("chat") or {}).get("id") or "")
        user = str((message.get("from") or {}).get("id") or "")
        ctx = {"channel": CHANNEL, "update": key, "chat": chat, "user": user}
        state = "done"
        try:
            await self._handle(update, chat, user, ctx)
        except Exception as exc:
            state = "failed"
            log.error("update failed: %s", redact(repr(exc)), extra=ctx, exc_info=True)
            if chat:
                with contextlib.suppress(Exception):
                    await self.send(chat, t("bot.error"))
        finally:
            self.core.db.finish(CHANNEL, key, state)

    # ---- handling ------------------------------------------------------------------------
    async def _handle(self, update: dict, chat: str, user: str, ctx: dict) -> None:
        message = update.get("message") or {}
        if not chat:
            return
        private = str((message.get("chat") or {}).get("chat_type", "PRIVATE")).upper() != "GROUP"
        if not self.core.is_allowed(chat, user):
            log.info("chat not allowed", extra={**ctx, "event": "not_allowed"})
            if private:
                await self.send(chat, t("bot.not_allowed"))
            return
        if update.get("event_name") != "message.text.received" or not isinstance(message.get("text"), str):
            if private:
                await self.send(chat, t("bot.no_text"))
            return
        text = message["text"].strip()
        parsed = parse_command(text)
        if parsed and parsed[0] in TEXT_COMMANDS:
            name, arg = parsed
            log.info("command", extra={**ctx, "event": f"/{name}"})
            if name != "hoi":
                async with self._typing(chat):
                    reply = await self.core.command(name, arg, chat, user)
                if reply.answer:
                    await self.send_answer(chat, reply.answer)
                else:
                    await self.send(chat, reply.text or "")
                return
            if not arg:
                await self.send(chat, t("bot.ask_usage"))
                return
            question = arg
        elif parsed and private:  # a command we do not know
            await self.send(chat, t("bot.help") + "\n\n" + t("bot.help_zalo_extra"))
            return
        elif private:
            question = text
        else:
            mention = f"@{self.name}" if self.name else None
            if not mention or mention.casefold() not in text.casefold():
                return
            start = text.casefold().index(mention.casefold())
            question = " ".join((text[:start] + text[start + len(mention):]).split())
        await self._answer(chat, user, question, ctx)

    async def _answer(self, chat: str, user: str, question: str, ctx: dict) -> None:
        refusal = self.core.gate(user, question)
        if refusal:
            log.info("question refused", extra={**ctx, "event": "refused"})
            await self.send(chat, refusal)
            return
        started = time.perf_counter()
        async with self._typing(chat):
            answer = await self.core.ask(chat, user, question)
        await self.send_answer(chat, answer)
        log.info("question answered", extra={**ctx, "event": "answered", "status": "found" if answer.found else
                                             "not_found", "ms": int((time.perf_counter() - started) * 1000)})

    def _typing(self, chat: str):
        return self.core.typing(chat, lambda: self.client.call("sendChatAction", chat_id=chat, action="typing"))

    # ---- sending -------------------------------------------------------------------------
    async def send(self, chat: str, text: str) -> None:
        for part in pack([p for p in text.split("\n\n") if p.strip()], ZALO_LIMIT):
            await self.client.call("sendMessage", chat_id=chat, text=part)

    async def send_answer(self, chat: str, answer: Answer) -> None:
        for part in render_answer_zalo(answer):
            await self.client.call("sendMessage", chat_id=chat, text=part)


def run_zalo(settings: Settings, webhook_url: str | None = None) -> int:
    from bot.channels.runtime import setup_logging

    setup_logging(settings)
    bot = ZaloBot(Assistant(settings), settings)
    try:
        asyncio.run(bot.run(webhook_url))
    except ZaloApiError as exc:
        if exc.code == 401:
            raise ValueError("Zalo từ chối token (TROLY_ZALO_TOKEN sai hoặc đã bị thu hồi).") from None
        raise
    return 0
