"""`troly telegram`: the Assistant on Telegram (python-telegram-bot), by long polling or webhook.

Updates are fetched by our own loop (not PTB's Updater) so that each one is journaled before Telegram
is told it was received, and marked done once handled: nothing is lost or answered twice across a
restart. Handlers are ordinary PTB handlers run through Application.process_update."""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from telegram import (BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity,
                      ReplyParameters, Update)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import (AIORateLimiter, Application, ApplicationHandlerStop, CallbackQueryHandler, CommandHandler,
                          ContextTypes, MessageHandler, TypeHandler, filters)
from telegram.request import HTTPXRequest

from bot.channels import telegram_html as html
from bot.answer.model import Answer
from bot.channels.runtime import (Backoff, BotRunner, ChannelCore, Retryable, TextStream, WebhookServer, Workers, log, parse_command,
                         redact, retrying, webhook_secret)
from bot.answer.service import Assistant
from troly.config import Settings
from troly.texts import t

CHANNEL = "telegram"
COMMANDS = ("start", "help", "hoi", "nghiavu", "hanchot", "vanban", "xoa", "thongke")
EDIT_INTERVAL = 1.0  # seconds between edits of a streaming answer (Telegram allows about one a second)
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]


def _classify(exc: Exception) -> Retryable | None:
    if isinstance(exc, RetryAfter):
        after = getattr(exc, "_retry_after", None)
        seconds = after.total_seconds() if isinstance(after, dtm.timedelta) else float(after or 1)
        return Retryable(f"429 Too Many Requests, retry after {seconds:g} s", retry_after=seconds)
    if isinstance(exc, (BadRequest, Forbidden, InvalidToken, Conflict)):
        return None
    if isinstance(exc, NetworkError):  # includes TimedOut, 5xx and dropped connections
        return Retryable(str(exc))
    return None


class RetryingRequest(HTTPXRequest):
    """Every Bot API call retried on 429 (after retry_after), 5xx, timeouts and dropped connections."""

    def __init__(self, backoff: Backoff | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.backoff = backoff or Backoff()

    async def post(self, url, request_data=None, *args, **kwargs):  # type: ignore[override]
        method = url.rsplit("/", 1)[-1]
        return await retrying(lambda: super(RetryingRequest, self).post(url, request_data, *args, **kwargs),
                              _classify, method, self.backoff)

    async def retrieve(self, url, *args, **kwargs):  # type: ignore[override]
        return await retrying(lambda: super(RetryingRequest, self).retrieve(url, *args, **kwargs),
                              _classify, "file", self.backoff)


@dataclass
class LiveMessage:
    """The message a streaming answer is being written into, and when it was last edited."""
    message: Message | None = None
    last_edit: float = 0.0


def _ctx(update: Update, **more) -> dict:
    chat = update.effective_chat
    user = update.effective_user
    return {"channel": CHANNEL, "update": update.update_id, "chat": chat.id if chat else None,
            "user": user.id if user else None, **more}


class TelegramBot(BotRunner):
    def __init__(self, assistant: Assistant, settings: Settings, backoff: Backoff | None = None,
                 poll_timeout: int = 25) -> None:
        if not settings.telegram_token:
            raise ValueError("Thiếu TROLY_TELEGRAM_TOKEN (lấy từ @BotFather).")
        self.settings = settings
        self.core = ChannelCore(assistant, settings, CHANNEL, [str(i) for i in settings.admin_ids])
        self.poll_timeout = poll_timeout
        builder = Application.builder().token(settings.telegram_token.get_secret_value()).updater(None)
        if settings.telegram_api_url:
            base = settings.telegram_api_url.rstrip("/")
            builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
        builder = builder.request(RetryingRequest(backoff, connection_pool_size=64, read_timeout=20,
                                                  media_write_timeout=60, pool_timeout=10))
        builder = builder.get_updates_request(RetryingRequest(backoff, connection_pool_size=2,
                                                              read_timeout=poll_timeout + 10))
        # proactive flood control (about 30 messages/s overall, 20/min per group); 429s that still come
        # are retried by RetryingRequest, so the limiter itself does not retry
        builder = builder.rate_limiter(AIORateLimiter(max_retries=0))
        self.app: Application = builder.build()
        self._add_handlers()

    # ---- lifecycle --------------------------------------------------------------------
    async def start(self, webhook_url: str | None = None) -> None:
        self.workers = Workers(self.settings.bot_workers)
        await self.app.initialize()
        await self.app.bot.set_my_commands([BotCommand(c, t(f"bot.cmd_{c}")) for c in COMMANDS])
        await self.app.start()
        for key, payload in self.core.db.pending(CHANNEL):  # left over from a previous run
            log.info("replaying a pending update", extra={"channel": CHANNEL, "update": key, "event": "replay"})
            self._schedule(Update.de_json(payload, self.app.bot), journaled=True)
        if webhook_url:
            secret = webhook_secret(self.settings.telegram_webhook_secret)
            self._webhook = WebhookServer(urlparse(webhook_url).path, secret, "X-Telegram-Bot-Api-Secret-Token",
                                          self._accept_json, self.settings.webhook_listen, self.settings.webhook_port)
            await self._webhook.start()
            await self.app.bot.set_webhook(webhook_url, secret_token=secret, allowed_updates=ALLOWED_UPDATES)
        else:
            await self.app.bot.delete_webhook()
            self._poller = asyncio.create_task(self._poll())
        log.info("telegram bot started", extra={"channel": CHANNEL, "event": "start",
                                                "status": "webhook" if webhook_url else "polling"})

    async def close_client(self) -> None:
        await self.app.stop()
        await self.app.shutdown()

    # ---- receiving ----------------------------------------------------------------------
    async def _poll(self) -> None:
        bot = self.app.bot
        failures = 0
        while True:
            try:
                updates = await bot.get_updates(offset=self.core.db.next_offset(CHANNEL), timeout=self.poll_timeout,
                                                allowed_updates=ALLOWED_UPDATES)
                failures = 0
            except asyncio.CancelledError:
                raise
            except InvalidToken as exc:
                log.error("polling stopped: %s", redact(str(exc)), extra={"channel": CHANNEL, "event": "poll"})
                raise
            except Conflict as exc:  # another instance polls, or a webhook is set: wait for it to go
                failures += 1
                log.error("getUpdates conflict: %s", redact(str(exc)), extra={"channel": CHANNEL, "event": "poll"})
                await asyncio.sleep(min(60, 2 ** failures))
                continue
            except Exception as exc:  # retries inside the request exhausted: wait and poll again
                failures += 1
                log.warning("getUpdates failed: %s", redact(str(exc)), extra={"channel": CHANNEL, "event": "poll"})
                await asyncio.sleep(min(30, 2 ** failures))
                continue
            for update in updates:
                self._schedule(update)
                self.core.db.advance_offset(CHANNEL, update.update_id + 1)

    def _accept_json(self, payload: dict) -> None:
        """Webhook: journal and schedule; the HTTP answer goes back at once."""
        try:
            update = Update.de_json(payload, self.app.bot)
        except Exception:
            log.warning("webhook body is not an update", extra={"channel": CHANNEL, "event": "webhook"})
            return
        self._schedule(update)

    def _schedule(self, update: Update, journaled: bool = False) -> None:
        key = str(update.update_id)
        if not journaled and not self.core.db.accept(CHANNEL, key, update.to_dict()):
            log.info("duplicate update skipped", extra={"channel": CHANNEL, "update": key, "event": "duplicate"})
            return
        assert self.workers is not None
        chat = update.effective_chat
        self.workers.spawn(self._process(update), str(chat.id) if chat else None)

    async def _process(self, update: Update) -> None:
        state = "done"
        try:
            await self.app.process_update(update)
        except Exception:
            state = "failed"
            log.exception("update failed", extra=_ctx(update))
        finally:
            self.core.db.finish(CHANNEL, str(update.update_id), state)

    # ---- handlers -----------------------------------------------------------------------
    def _add_handlers(self) -> None:
        app = self.app
        app.add_handler(TypeHandler(Update, self._gatekeeper), group=-1)
        for name in COMMANDS:
            app.add_handler(CommandHandler(name, self._on_command))
        app.add_handler(CommandHandler("nguon", self._on_command))
        app.add_handler(MessageHandler(filters.Document.ALL, self._on_document))
        app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, self._on_text))
        app.add_handler(MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, self._on_unknown_command))
        app.add_handler(MessageHandler(filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.Document.ALL,
                                       self._on_not_text))
        app.add_handler(CallbackQueryHandler(self._on_source, pattern=r"^src:"))
        app.add_error_handler(self._on_error)

    async def _gatekeeper(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """TROLY_ALLOWED_CHATS: everyone else is told once per message, and nothing else runs."""
        chat, user = update.effective_chat, update.effective_user
        if chat and user and not self.core.is_allowed(str(chat.id), str(user.id)):
            log.info("chat not allowed", extra=_ctx(update, event="not_allowed"))
            if chat.type == ChatType.PRIVATE and update.effective_message:
                await update.effective_message.reply_text(t("bot.not_allowed"))
            raise ApplicationHandlerStop

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """One user's failure: logged with its chat and update, the user gets an apology, the bot goes on."""
        err = context.error
        extra = _ctx(update, event="error") if isinstance(update, Update) else {"channel": CHANNEL, "event": "error"}
        log.error("handler failed: %s", redact(repr(err)), extra=extra,
                  exc_info=(type(err), err, err.__traceback__) if err else None)
        if isinstance(update, Update) and update.effective_chat:
            with contextlib.suppress(TelegramError):
                await context.bot.send_message(update.effective_chat.id, t("bot.error"))

    async def _on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        parsed = parse_command(message.text or "")
        if not parsed:
            return
        name, arg = parsed
        chat, user = str(message.chat_id), str(update.effective_user.id)
        log.info("command", extra=_ctx(update, event=f"/{name}"))
        if name == "hoi":
            if not arg:
                await self._send_text(message, t("bot.ask_usage"))
                return
            await self._answer_question(update, arg)
            return
        async with self._typing(message.chat_id):
            reply = await self.core.command(name, arg, chat, user)
        if reply.answer:
            await self._send_answer(message, reply.answer)
        else:
            await self._send_text(message, reply.text or "")

    async def _on_not_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Photos, stickers, voice…: say what the bot can read."""
        await self._send_text(update.effective_message, t("bot.no_text"))

    async def _on_unknown_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._send_text(update.effective_message, t("bot.help"))

    def _addressed(self, message: Message) -> str | None:
        """The question in a message, or None when a group message is not for us."""
        text = message.text or ""
        if message.chat.type == ChatType.PRIVATE:
            return text
        me = self.app.bot
        mention = f"@{me.username}".lower() if me.username else None
        addressed = False
        for entity, value in message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
            if (entity.type == MessageEntity.MENTION and value.lower() == mention) or \
                    (entity.user and entity.user.id == me.id):
                addressed = True
                text = text.replace(value, " ")
        reply_to = message.reply_to_message
        if reply_to and reply_to.from_user and reply_to.from_user.id == me.id:
            addressed = True
        return " ".join(text.split()) if addressed else None

    async def _on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        question = self._addressed(update.effective_message)
        if question is None:
            return
        await self._answer_question(update, question)

    async def _answer_question(self, update: Update, question: str) -> None:
        message = update.effective_message
        user = str(update.effective_user.id)
        refusal = self.core.gate(user, question)
        if refusal:
            log.info("question refused", extra=_ctx(update, event="refused"))
            await self._send_text(message, refusal)
            return
        started = time.perf_counter()
        stream = TextStream()
        live = LiveMessage()
        async with self._typing(message.chat_id):
            editor = asyncio.create_task(self._stream_edits(message, stream, live))
            try:
                answer = await self.core.ask(str(message.chat_id), user, question, on_token=stream)
            finally:
                editor.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await editor
        await self._send_answer(message, answer, live)
        log.info("question answered", extra=_ctx(update, event="answered", status="found" if answer.found else
                                                  "not_found", ms=int((time.perf_counter() - started) * 1000)))

    async def _stream_edits(self, message: Message, stream: TextStream, live: LiveMessage) -> None:
        """While the Assistant generates, show the text so far: one message, edited at most once a second."""
        shown = 0
        while True:
            await asyncio.sleep(0.2)
            version, text = stream.snapshot()
            if version == shown or not text.strip() or time.monotonic() - live.last_edit < EDIT_INTERVAL:
                continue
            body = html.escape(text[-html.SAFE_LIMIT:]) + " …"
            try:
                if live.message is None:
                    live.message = await self._reply(message, body)
                else:
                    await live.message.edit_text(body, parse_mode=ParseMode.HTML)
            except BadRequest:  # "message is not modified" and the like: harmless
                pass
            shown, live.last_edit = version, time.monotonic()

    def _typing(self, chat_id: int):
        return self.core.typing(str(chat_id), lambda: self.app.bot.send_chat_action(chat_id, ChatAction.TYPING))

    # ---- sending -------------------------------------------------------------------------
    async def _reply(self, message: Message, text: str, markup: InlineKeyboardMarkup | None = None) -> Message:
        """Send into the message's chat; in groups as a reply so the thread stays readable."""
        reply = None
        if message.chat.type != ChatType.PRIVATE:
            reply = ReplyParameters(message.message_id, allow_sending_without_reply=True)
        return await self.app.bot.send_message(message.chat_id, text, parse_mode=ParseMode.HTML,
                                               reply_parameters=reply, reply_markup=markup,
                                               disable_web_page_preview=True)

    async def _send_text(self, message: Message, text: str) -> None:
        for part in html.render_text(text):
            await self._reply(message, part)

    async def _send_answer(self, message: Message, answer: Answer, live: LiveMessage | None = None) -> None:
        parts = html.render_answer(answer)
        markup = None
        if answer.citations:
            key = self.core.citations_key(str(message.chat_id))
            buttons = [InlineKeyboardButton(t("bot.source_button", n=c.n), callback_data=f"src:{key}:{c.n}")
                       for c in answer.citations]
            markup = InlineKeyboardMarkup([buttons[i:i + 4] for i in range(0, len(buttons), 4)])
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            if i == 0 and live is not None and live.message is not None:
                await asyncio.sleep(max(0.0, live.last_edit + EDIT_INTERVAL - time.monotonic()))
                await live.message.edit_text(part, parse_mode=ParseMode.HTML, reply_markup=markup if last else None,
                                             disable_web_page_preview=True)
            else:
                await self._reply(message, part, markup if last else None)

    # ---- source button -------------------------------------------------------------------
    async def _on_source(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        _, key, n = (query.data or "").split(":", 2)
        cited = self.core.db.citation(key, int(n)) if n.isdigit() else None
        if cited is None:
            await query.answer(t("bot.source_expired"), show_alert=True)
            return
        await query.answer()
        chat_id = query.message.chat.id if query.message else update.effective_user.id
        for part in html.source_html(cited):
            await self.app.bot.send_message(chat_id, part, parse_mode=ParseMode.HTML)
        log.info("source shown", extra=_ctx(update, event="source"))

    # ---- admin upload --------------------------------------------------------------------
    async def _on_document(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        document = message.document
        if message.chat.type != ChatType.PRIVATE:
            return  # files shared in groups are the members' business
        user = str(update.effective_user.id)
        if not self.core.is_admin(user):
            log.info("upload refused", extra=_ctx(update, event="upload_refused"))
            await self._send_text(message, t("bot.admin_only"))
            return
        name = Path(document.file_name or f"{document.file_unique_id}.txt").name
        problem = self.core.check_upload(name, document.file_size)
        if problem:
            await self._send_text(message, problem)
            return
        await self._send_text(message, t("bot.upload_received", name=name))
        async with self._typing(message.chat_id):
            with tempfile.TemporaryDirectory(prefix="troly-upload-") as tmp:
                path = Path(tmp) / name
                try:
                    file = await document.get_file()
                    await file.download_to_drive(path)
                except TelegramError as exc:
                    log.warning("download failed: %s", redact(str(exc)), extra=_ctx(update, event="upload"))
                    await self._send_text(message, t("bot.upload_download_failed", name=name))
                    return
                report = await self.core.ingest(path, doc_id=name, chat=str(message.chat_id))
        log.info("document ingested", extra=_ctx(update, event="upload",
                                                 status=",".join(d.status for d in report.documents)))
        await self._send_text(message, self.core.ingest_summary(report))


def run_telegram(settings: Settings, webhook_url: str | None = None) -> int:
    from bot.channels.runtime import setup_logging

    setup_logging(settings)
    try:
        with Assistant(settings) as assistant:
            asyncio.run(TelegramBot(assistant, settings).run(webhook_url))
    except InvalidToken:
        raise ValueError("Telegram từ chối token (TROLY_TELEGRAM_TOKEN sai hoặc đã bị thu hồi).") from None
    return 0
