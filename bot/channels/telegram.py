"""`troly telegram`: the Assistant on Telegram (python-telegram-bot), by long polling or webhook.

Updates are fetched by our own loop (not PTB's Updater) so that each one is journaled before Telegram
is told it was received, and marked done once handled: nothing is lost or answered twice across a
restart. getUpdates is read raw and each update parsed on its own (Update.de_json), so one malformed
update is recorded as failed instead of stopping the poll. Handlers are ordinary PTB handlers run
through Application.process_update; a handler's error goes to PTB's error handler, which hands it back
to the journal's attempt count (see BotChannel). 429s are waited out by PTB's AIORateLimiter; 5xx,
timeouts and dropped connections are retried by tenacity."""
from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import secrets
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from telegram import (BotCommand, BotCommandScopeChat, BotCommandScopeDefault, InlineKeyboardButton,
                      InlineKeyboardMarkup, Message, MessageEntity, ReplyParameters, Update)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Conflict, EndPointNotFound, Forbidden, InvalidToken, NetworkError, TelegramError
from telegram.ext import (AIORateLimiter, Application, ApplicationHandlerStop, CallbackQueryHandler, CommandHandler,
                          ContextTypes, MessageHandler, TypeHandler, filters)
from telegram.request import HTTPXRequest
from telegram.warnings import PTBUserWarning

from bot.answer.model import Answer
from bot.channels import commands
from bot.channels import telegram_html as html
from bot.channels.base import BotChannel, Handle
from bot.channels.logs import log, redact
from bot.channels.render import ListPage, understood
from bot.channels.replies import Reply
from bot.channels.retry import Backoff, Retryable, retrying
from bot.channels.streaming import TextStream
from troly.texts import t

EDIT_INTERVAL = 1.0  # seconds between edits of a streaming answer (Telegram allows about one a second)
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
CALLBACK_BYTES = 64  # the most callback data a Telegram button holds
# getUpdates is read raw on purpose (one malformed update must not fail the whole poll)
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.get_updates'", category=PTBUserWarning)
# Time periods as timedelta, python-telegram-bot's next behaviour (its documented opt-in): otherwise each 429 it
# raises warns on stderr, a line that is not JSON among the bot's log lines. No code here reads such a period.
os.environ.setdefault("PTB_TIMEDELTA", "1")


def _classify(exc: BaseException) -> Retryable | None:
    """5xx, timeouts and dropped connections are retried here; 429 (RetryAfter) by AIORateLimiter."""
    if isinstance(exc, (BadRequest, Forbidden, InvalidToken, Conflict)):
        return None
    if isinstance(exc, NetworkError):  # includes TimedOut, 5xx and dropped connections
        return Retryable(str(exc))
    return None


class RetryingRequest(HTTPXRequest):
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


def _ctx(update: object, **more) -> dict:
    chat = update.effective_chat if isinstance(update, Update) else None
    user = update.effective_user if isinstance(update, Update) else None
    return {"channel": TelegramBot.name, "update": getattr(update, "update_id", None),
            "chat": chat.id if chat else None, "user": user.id if user else None, **more}


def menu(admin: bool) -> list[BotCommand]:
    """The command menu from the command table; the admin-only commands only in admins' menus."""
    return [BotCommand(c.name, c.description) for c in commands.commands(TelegramBot.name, admin=admin)]


class TelegramBot(BotChannel):
    name = "telegram"
    token_setting = "telegram_token"
    api_url_setting = "telegram_api_url"
    admins_setting = "admin_ids"
    secret_setting = "telegram_webhook_secret"
    secret_header = "X-Telegram-Bot-Api-Secret-Token"
    confirm_removals = True

    def __init__(self, assistant, settings, backoff: Backoff | None = None, poll_timeout: int = 25) -> None:
        super().__init__(assistant, settings, backoff, poll_timeout)
        self._removals: dict[str, str] = {}  # confirmation token -> document id
        self._errors: dict[int, BaseException] = {}  # id(update) -> its handler's error, from PTB's error handler
        # the next getUpdates offset: one past the last update fetched, kept in memory only. Telegram numbers
        # a bot's updates anew after a week without any (and another token's bot numbers its own): an offset
        # kept across runs, or never allowed to go down, would confirm the new updates unseen or fetch the
        # same one forever. A restart asks without one; updates fetched before are skipped by the journal.
        self._offset: int | None = None
        backoff = self.backoff
        builder = Application.builder().token(self.token).updater(None)
        if settings.telegram_api_url:
            base = settings.telegram_api_url.rstrip("/")
            builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
        builder = builder.request(RetryingRequest(backoff, connection_pool_size=64, read_timeout=20,
                                                  media_write_timeout=60, pool_timeout=10))
        builder = builder.get_updates_request(RetryingRequest(backoff, connection_pool_size=2,
                                                              read_timeout=poll_timeout + 10))
        # flood control (about 30 messages/s overall, 20/min per group), and 429s waited out and retried
        builder = builder.rate_limiter(AIORateLimiter(max_retries=backoff.attempts - 1))
        self.app: Application = builder.build()
        self._add_handlers()

    @classmethod
    def rejected_token(cls, exc: BaseException) -> bool:
        # a raw call (do_api_request) reports a refused token as EndPointNotFound once the bot is initialised
        return isinstance(exc, (InvalidToken, EndPointNotFound))

    @classmethod
    def unreachable(cls, exc: BaseException) -> bool:
        return isinstance(exc, NetworkError) and not isinstance(exc, BadRequest)  # BadRequest is one too

    # ---- the platform --------------------------------------------------------------------
    async def connect(self) -> None:
        await self.app.initialize()
        await self.app.bot.set_my_commands(menu(admin=False), scope=BotCommandScopeDefault())
        for admin in self.core.admins:
            with contextlib.suppress(BadRequest):  # an admin who never opened the bot
                await self.app.bot.set_my_commands(menu(admin=True), scope=BotCommandScopeChat(int(admin)))
        await self.app.start()

    async def set_webhook(self, url: str | None, secret: str | None) -> None:
        if url:
            await self.app.bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES)
        else:
            await self.app.bot.delete_webhook()

    async def fetch_updates(self) -> object:
        """One long poll, its updates as raw JSON (each is parsed on its own in `accept`)."""
        return await self.app.bot.do_api_request(
            "get_updates", api_kwargs={"offset": self._offset,
                                       "timeout": self.poll_timeout, "allowed_updates": ALLOWED_UPDATES},
            read_timeout=self.poll_timeout + 10)

    def poll_failure(self, exc: Exception) -> str:
        return "stop" if self.rejected_token(exc) else "wait"

    def accept(self, payload: object) -> bool:
        """A webhook body (one update) or a getUpdates result (a list); the offset moves past the last
        update that has an id, parsed or not, so a malformed one is not fetched again."""
        items = [payload] if isinstance(payload, dict) else payload if isinstance(payload, list) else []
        taken = True
        for raw in items:
            taken = self.take(raw) and taken
            update_id = raw.get("update_id") if isinstance(raw, dict) else None
            if isinstance(update_id, int) and not isinstance(update_id, bool):
                self._offset = update_id + 1
        return taken and bool(items)

    def parse(self, raw: object) -> tuple[str, str | None, Handle]:
        if not isinstance(raw, dict) or not isinstance(raw.get("update_id"), int):
            raise ValueError("an update needs a numeric update_id")
        update = Update.de_json(raw, self.app.bot)
        chat = update.effective_chat
        return str(update.update_id), str(chat.id) if chat else None, lambda: self._process(update)

    async def _process(self, update: Update) -> None:
        """PTB's handlers for one update; an error one of them raised (caught by PTB and given to
        `_on_error`) is raised again here, so that the attempt counts as failed."""
        try:
            await self.app.process_update(update)
        finally:
            error = self._errors.pop(id(update), None)
        if error is not None:
            raise error

    async def close_client(self) -> None:
        await self.app.stop()
        await self.app.shutdown()

    # ---- handlers -----------------------------------------------------------------------
    def _add_handlers(self) -> None:
        app = self.app
        app.add_handler(TypeHandler(Update, self._gatekeeper), group=-1)
        app.add_handler(CommandHandler(sorted(commands.names(self.name)), self._on_command))
        app.add_handler(MessageHandler(filters.Document.ALL, self._on_document))
        app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, self._on_text))
        app.add_handler(MessageHandler(filters.COMMAND & filters.ChatType.PRIVATE, self._on_command))
        app.add_handler(MessageHandler(filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.Document.ALL,
                                       self._on_not_text))
        app.add_handler(CallbackQueryHandler(self._on_source, pattern=r"^src:"))
        app.add_handler(CallbackQueryHandler(self._on_removal, pattern=r"^rm[yn]:"))
        app.add_handler(CallbackQueryHandler(self._on_page, pattern=r"^p[gk]:"))
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
        """PTB's error handler. A handler's failure goes back to the update's attempt (`_process`): logged
        there, tried again, and after the last attempt the user gets an apology; the bot goes on with the
        others. Anything else (a job) is logged."""
        err = context.error
        if isinstance(update, Update) and err is not None:
            self._errors[id(update)] = err
            return
        log.error("handler failed: %s", redact(repr(err)), extra=_ctx(update, event="error"),
                  exc_info=(type(err), err, err.__traceback__) if err else None)

    async def _on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Every command, known or not (unknown ones only in private chats): the core decides."""
        message = update.effective_message
        parsed = commands.parse_command(message.text or "")
        if not parsed:
            return
        name, arg = parsed
        log.info("command", extra=_ctx(update, event=f"/{name}"))
        async with self._typing(message.chat_id):
            reply = await self.core.command(name, arg, str(message.chat_id), str(update.effective_user.id))
        await self._send_reply(update, reply)

    async def _send_reply(self, update: Update, reply: Reply) -> None:
        message = update.effective_message
        if reply.question is not None:
            await self._answer_question(update, reply.question)
        elif reply.confirm_removal:
            token = secrets.token_urlsafe(6)
            self._removals[token] = reply.confirm_removal
            buttons = InlineKeyboardMarkup([[InlineKeyboardButton(t("bot.remove_yes"), callback_data=f"rmy:{token}"),
                                             InlineKeyboardButton(t("bot.remove_no"), callback_data=f"rmn:{token}")]])
            await self._reply(message, html.escape(reply.text or ""), buttons)
        elif reply.page:
            await self._reply(message, html.list_page_html(reply.page), self._page_buttons(reply.page))
        else:
            await self._send_text(message, reply.text or "")

    # ---- list pages (/nghiavu, /hanchot) ---------------------------------------------------
    def _page_buttons(self, page: ListPage) -> InlineKeyboardMarkup | None:
        """"‹ Trước" / "Xem thêm ›" under a page of a longer list. The body asked for goes into the callback
        data as typed when it fits Telegram's 64 bytes, else under a key (bot.sqlite's page_args, stored once for
        both buttons): never cut."""
        key = functools.cache(lambda: self.core.db.page_args.key(page.arg))

        def data(number: int) -> str:
            inline = f"pg:{page.command}:{number}:{page.arg}"
            if len(inline.encode()) <= CALLBACK_BYTES:
                return inline
            return f"pk:{page.command}:{number}:{key()}"

        buttons = []
        if page.page > 1:
            buttons.append(InlineKeyboardButton(t("obligations.button_prev"), callback_data=data(page.page - 1)))
        if page.page < page.pages:
            buttons.append(InlineKeyboardButton(t("obligations.button_next"), callback_data=data(page.page + 1)))
        return InlineKeyboardMarkup([buttons]) if buttons else None

    async def _on_page(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A page button: the same message shows the other page."""
        query = update.callback_query
        kind, command, page, arg = (query.data or "").split(":", 3)
        if kind == "pk":
            found = self.core.db.page_args.arg(arg)
            if found is None:
                await query.answer(t("bot.page_expired", command=f"/{command}"), show_alert=True)
                return
            arg = found
        await query.answer()
        chat = str(query.message.chat.id) if query.message else str(update.effective_user.id)
        reply = await self.core.command(command, f"{arg} {page}".strip(), chat, str(update.effective_user.id))
        if reply.page and query.message:
            await query.message.edit_text(html.list_page_html(reply.page), parse_mode=ParseMode.HTML,
                                          reply_markup=self._page_buttons(reply.page), disable_web_page_preview=True)

    # ---- reminders (/nhacviec) -------------------------------------------------------------
    def start_reminders(self) -> None:
        """Through python-telegram-bot's JobQueue; what was sent is remembered in SQLite."""
        self.app.job_queue.run_repeating(self._remind_job, name="reminders", first=0,
                                         interval=self.settings.reminder_check_seconds)

    async def _remind_job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.remind()

    async def send_plain(self, chat: str, text: str) -> None:
        for part in html.render_text(text):
            await self.app.bot.send_message(int(chat), part, parse_mode=ParseMode.HTML,
                                            disable_web_page_preview=True)

    async def _on_not_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Photos, stickers, voice…: say what the bot can read."""
        await self._send_text(update.effective_message, t("bot.no_text"))

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
            done = asyncio.Event()
            editor = asyncio.create_task(self._stream_edits(message, stream, live, done))
            try:
                answer = await self.core.ask(str(message.chat_id), user, question, on_token=stream)
            finally:
                done.set()  # not cancelled: a request in flight completes, so the final edit knows its message
                await editor  # and waits its second after it
        await self._send_answer(message, answer, live, note=understood(question, answer))
        log.info("question answered", extra=_ctx(update, event="answered", status="found" if answer.found else
                                                  "not_found", ms=int((time.perf_counter() - started) * 1000)))

    async def _stream_edits(self, message: Message, stream: TextStream, live: LiveMessage,
                            done: asyncio.Event) -> None:
        """While the Assistant generates, show the text so far: one message, edited at most once a second."""
        shown = 0
        while not done.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(done.wait(), 0.2)
                return
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

    async def _send_answer(self, message: Message, answer: Answer, live: LiveMessage | None = None,
                           note: str | None = None) -> None:
        parts = html.render_answer(answer, note=note)
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

    # ---- buttons -------------------------------------------------------------------------
    async def _on_source(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        _, key, n = (query.data or "").split(":", 2)
        cited = self.core.db.citations.get(key, int(n)) if n.isdigit() else None
        if cited is None:
            await query.answer(t("bot.source_expired"), show_alert=True)
            return
        await query.answer()
        chat_id = query.message.chat.id if query.message else update.effective_user.id
        for part in html.source_html(cited):
            await self.app.bot.send_message(chat_id, part, parse_mode=ParseMode.HTML)
        log.info("source shown", extra=_ctx(update, event="source"))

    async def _on_removal(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The admin's answer to /xoa's question: remove, or leave everything as it was."""
        query = update.callback_query
        choice, _, token = (query.data or "").partition(":")
        user = str(update.effective_user.id)
        if not self.core.is_admin(user):
            await query.answer(t("bot.admin_only"), show_alert=True)
            return
        doc_id = self._removals.pop(token, None)
        if doc_id is None:
            await query.answer(t("bot.remove_expired"), show_alert=True)
            return
        await query.answer()
        chat = str(query.message.chat.id) if query.message else user
        text = await self.core.remove(doc_id, chat, user) if choice == "rmy" else t("bot.remove_cancelled", id=doc_id)
        await query.edit_message_text(html.escape(text), parse_mode=ParseMode.HTML)

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
