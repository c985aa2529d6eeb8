"""`troly zalo`: the Assistant on the Zalo Bot Platform (a Telegram-like HTTP API at
`<base>/bot<TOKEN>/<method>`), by webhook (secret header checked) or long polling.

Answers are plain text within Zalo's message limit; commands are typed as text. Zalo bots cannot
receive files or see replies, so their /help offers neither. A user's first message gets the welcome
(with example questions) before its answer."""
from __future__ import annotations

import contextlib
import time
from typing import Annotated, Any

import httpx
from pydantic import BaseModel, BeforeValidator, Field

from bot.answer.model import Answer
from bot.answer.smalltalk import small_talk_kind
from bot.channels import commands
from bot.channels.base import BotChannel, Handle, digest
from bot.channels.logs import log
from bot.channels.render import cited_words, citation_line, related_chars, understood
from bot.channels.replies import Reply
from bot.channels.retry import Backoff, Retryable, retrying
from bot.channels.splitting import pack, paragraphs
from troly.texts import t

ZALO_LIMIT = 2000  # characters in one text message
QUOTE_CHARS = 160
INTRODUCED = {"greeting", "who", "help"}  # small talk the welcome already answers (it says who the bot is)


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


Id = Annotated[str, BeforeValidator(lambda v: str(v) if isinstance(v, int) and not isinstance(v, bool) else v)]


class ZaloChat(BaseModel):
    id: Id = Field(min_length=1)
    chat_type: str = "PRIVATE"


class ZaloUser(BaseModel):
    id: Id = ""


class ZaloMessage(BaseModel):
    message_id: Id | None = None
    chat: ZaloChat
    from_: ZaloUser = Field(default_factory=ZaloUser, alias="from")
    text: str | None = None


class ZaloUpdate(BaseModel):
    """The shape of an update this bot reads (other fields are ignored); an update that does not have
    it is malformed (`ValidationError`): recorded as failed, never handled."""
    event_name: str = ""
    message: ZaloMessage

    def key(self, raw: dict) -> str:
        return self.message.message_id or digest(raw)


def render_answer_zalo(answer: Answer, limit: int = ZALO_LIMIT, note: str | None = None) -> list[str]:
    """Plain text: `note` ("Hiểu là: …") if any, the answer, then numbered citations with the start of
    each paragraph; split at paragraph boundaries, never inside a citation."""
    units = ([note] if note else []) + [part.strip() for part in answer.answer.split("\n\n") if part.strip()]
    if answer.citations:
        units.append(t("answer.sources") if answer.found else t("answer.maybe_related"))
        for c in answer.citations:
            lead, quote = cited_words(c, related_chars(answer, QUOTE_CHARS))
            units.append(f"{citation_line(c)}\n{lead}“{' '.join(quote.split())}”")
    parts = pack(units, limit)
    hint = "\n\n" + t("bot.source_hint")
    if answer.citations and parts and len(parts[-1]) + len(hint) <= limit:
        parts[-1] += hint  # how to read a whole paragraph, when it fits
    return parts


class ZaloBot(BotChannel):
    name = "zalo"
    token_setting = "zalo_token"
    api_url_setting = "zalo_api_url"
    admins_setting = "zalo_admin_ids"
    secret_setting = "zalo_webhook_secret"
    secret_header = "X-Bot-Api-Secret-Token"

    def __init__(self, assistant, settings, backoff: Backoff | None = None, poll_timeout: int = 30) -> None:
        super().__init__(assistant, settings, backoff, poll_timeout)
        self.client = ZaloClient(settings.zalo_api_url, self.token, self.backoff)
        self.bot_name = ""

    @classmethod
    def rejected_token(cls, exc: BaseException) -> bool:
        return isinstance(exc, ZaloApiError) and exc.code == 401

    @classmethod
    def unreachable(cls, exc: BaseException) -> bool:
        return isinstance(exc, Retryable)  # still failing after the retries

    # ---- the platform ---------------------------------------------------------------------
    async def connect(self) -> None:
        me = await self.client.call("getMe") or {}
        self.bot_name = str(me.get("display_name") or me.get("account_name") or me.get("name") or "")

    async def set_webhook(self, url: str | None, secret: str | None) -> None:
        if url:
            await self.client.call("setWebhook", url=url, secret_token=secret)
        else:
            with contextlib.suppress(ZaloApiError):
                await self.client.call("deleteWebhook")

    async def fetch_updates(self) -> Any:
        return await self.client.call("getUpdates", http_timeout=self.poll_timeout + 10, timeout=str(self.poll_timeout))

    def poll_failure(self, exc: Exception) -> str:
        if isinstance(exc, ZaloApiError) and exc.code == 408:  # the long poll ended without news
            return "quiet"
        return "stop" if self.rejected_token(exc) else "wait"

    def accept(self, payload: Any) -> bool:
        updates = unwrap_updates(payload)
        taken = [self.take(update) for update in updates]
        return bool(updates) and all(taken)

    def parse(self, raw: object) -> tuple[str, str | None, Handle]:
        update = ZaloUpdate.model_validate(raw)
        key = update.key(raw)  # type: ignore[arg-type]
        return key, update.message.chat.id, lambda: self._process(key, update)

    async def close_client(self) -> None:
        await self.client.close()

    # ---- handling ------------------------------------------------------------------------
    async def _process(self, key: str, update: ZaloUpdate) -> None:
        """One update; a failure is logged and tried again by BotChannel, which apologises after the last."""
        message = update.message
        chat, user = message.chat.id, message.from_.id
        ctx = {"channel": self.name, "update": key, "chat": chat, "user": user}
        private = message.chat.chat_type.upper() != "GROUP"
        if not self.core.is_allowed(chat, user):
            log.info("chat not allowed", extra={**ctx, "event": "not_allowed"})
            if private:
                await self.send(chat, t("bot.not_allowed"))
            return
        if update.event_name != "message.text.received" or message.text is None:
            if private:
                await self.send(chat, t("bot.no_text"))
            return
        text = message.text.strip()
        parsed = commands.parse_command(text)
        if private:  # the first message of a user counts as their first contact, /start included
            welcome = self.core.welcome(user)
            if welcome and not (parsed and parsed[0] == "start"):  # /start answers with the welcome itself
                await self.send(chat, welcome)
                if not parsed and small_talk_kind(text) in INTRODUCED:  # "xin chào" first: the welcome was the reply
                    return
        if parsed and (private or parsed[0] in commands.names(self.name)):
            name, arg = parsed
            log.info("command", extra={**ctx, "event": f"/{name}"})
            async with self._typing(chat):
                reply = await self.core.command(name, arg, chat, user)
            await self._send_reply(chat, user, reply, ctx)
        elif private:
            await self._answer(chat, user, text, ctx)
        else:
            mention = f"@{self.bot_name}" if self.bot_name else None
            if not mention or mention.casefold() not in text.casefold():
                return
            start = text.casefold().index(mention.casefold())
            await self._answer(chat, user, " ".join((text[:start] + text[start + len(mention):]).split()), ctx)

    async def _send_reply(self, chat: str, user: str, reply: Reply, ctx: dict) -> None:
        if reply.question is not None:
            await self._answer(chat, user, reply.question, ctx)
        else:
            await self.send(chat, reply.text or "")

    async def _answer(self, chat: str, user: str, question: str, ctx: dict) -> None:
        refusal = self.core.gate(user, question)
        if refusal:
            log.info("question refused", extra={**ctx, "event": "refused"})
            await self.send(chat, refusal)
            return
        started = time.perf_counter()
        async with self._typing(chat):
            answer = await self.core.ask(chat, user, question)
        await self.send_answer(chat, answer, note=understood(question, answer))
        log.info("question answered", extra={**ctx, "event": "answered", "status": "found" if answer.found else
                                             "not_found", "ms": int((time.perf_counter() - started) * 1000)})

    def _typing(self, chat: str):
        return self.core.typing(chat, lambda: self.client.call("sendChatAction", chat_id=chat, action="typing"))

    # ---- sending -------------------------------------------------------------------------
    async def send_plain(self, chat: str, text: str) -> None:
        await self.send(chat, text)

    async def send(self, chat: str, text: str) -> None:
        for part in paragraphs(text, ZALO_LIMIT):
            await self.client.call("sendMessage", chat_id=chat, text=part)

    async def send_answer(self, chat: str, answer: Answer, note: str | None = None) -> None:
        for part in render_answer_zalo(answer, note=note):
            await self.client.call("sendMessage", chat_id=chat, text=part)
