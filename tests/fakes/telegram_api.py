"""A fake Telegram Bot API server (aiohttp, 127.0.0.1) for end-to-end tests and the load bench.

It speaks enough of the real protocol for python-telegram-bot: getMe, getUpdates (long polling with
offsets that confirm updates), sendMessage, editMessageText, sendChatAction, answerCallbackQuery,
setMyCommands (default and per-chat scopes), set/deleteWebhook, getFile and file downloads. Tests
push user updates in and read what the bot sent; faults (429 with retry_after, 5xx) can be queued per method."""
from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from aiohttp import web

from fakes.server import Call, FakeServer

RAW_STRINGS = {"text", "caption", "callback_query_id", "parse_mode", "action", "url", "secret_token", "file_id",
               "description", "inline_message_id"}


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class FakeTelegram(FakeServer):
    def __init__(self, token: str = "123456:TEST-token-secret", bot_id: int = 777000, username: str = "troly_test_bot",
                 first_update_id: int = 1):
        super().__init__()
        self.token = token
        self.bot = {"id": bot_id, "is_bot": True, "first_name": "Trợ lý", "username": username,
                    "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
        self.updates: list[dict] = []
        self.delivered: dict[int, dict] = {}  # every update getUpdates returned, by id
        self.sent: dict[tuple[int, int], dict] = {}  # (chat, message_id) -> the bot's message as it is now
        self.files: dict[str, bytes] = {}
        self.chat_types: dict[int, str] = {}
        self.commands: list[dict] = []  # the default command menu
        self.menus: dict[int, list[dict]] = {}  # chat id -> that chat's own menu (BotCommandScopeChat)
        self.webhook: dict | None = None
        self.listeners: list = []  # callables given each message the bot sends (or edits), as it happens
        self._ids = itertools.count(first_update_id)  # Telegram numbers a bot's updates from its own start
        self._message_ids = itertools.count(1000)
        self._new = asyncio.Condition()

    def routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)

    def sent_summary(self) -> str:
        return json.dumps([m.get("text") for m in self.bot_messages()], ensure_ascii=False)

    # ---- what tests do ----------------------------------------------------------------
    def _chat(self, chat_id: int, chat_type: str) -> dict:
        self.chat_types[chat_id] = chat_type
        chat = {"id": chat_id, "type": chat_type}
        chat.update({"first_name": "Người dùng"} if chat_type == "private" else {"title": "Nhóm công đoàn"})
        return chat

    @staticmethod
    def _user(user_id: int) -> dict:
        return {"id": user_id, "is_bot": False, "first_name": f"Đoàn viên {user_id}", "language_code": "vi"}

    def _push(self, update: dict) -> int:
        update_id = update.setdefault("update_id", next(self._ids))
        self.updates.append(update)
        asyncio.get_running_loop().create_task(self._notify())
        return update_id

    async def _notify(self) -> None:
        async with self._new:
            self._new.notify_all()

    def raw(self, update: dict) -> int:
        """Queue any JSON as an update, as it is (malformed ones too); a fresh update_id unless it has one."""
        return self._push(update)

    def message(self, chat_id: int, user_id: int, text: str, chat_type: str = "private",
                reply_to: dict | None = None) -> int:
        """Queue a user's text message for getUpdates; returns its update_id."""
        return self._push(self.message_update(chat_id, user_id, text, chat_type, reply_to))

    def message_update(self, chat_id: int, user_id: int, text: str, chat_type: str = "private",
                       reply_to: dict | None = None) -> dict:
        """A user's text message as an update (not queued: for webhook tests); commands and @mentions
        get their entities like Telegram's."""
        entities = []
        if text.startswith("/"):
            entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(text.split()[0])})
        for m in re.finditer(r"@\w+", text):
            entities.append({"type": "mention", "offset": utf16_len(text[:m.start()]), "length": utf16_len(m.group())})
        msg = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": self._chat(chat_id, chat_type),
               "from": self._user(user_id), "text": text}
        if entities:
            msg["entities"] = entities
        if reply_to:
            msg["reply_to_message"] = reply_to
        return {"update_id": next(self._ids), "message": msg}

    def document(self, chat_id: int, user_id: int, file_name: str, data: bytes, mime: str = "application/octet-stream") -> int:
        file_id = f"file{len(self.files) + 1}"
        self.files[file_id] = data
        doc = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": file_name, "mime_type": mime,
               "file_size": len(data)}
        msg = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": self._chat(chat_id, "private"),
               "from": self._user(user_id), "document": doc}
        return self._push({"message": msg})

    def press(self, user_id: int, bot_message: dict, data: str) -> int:
        """The user presses an inline button under one of the bot's messages."""
        query = {"id": str(next(self._ids) * 7), "from": self._user(user_id), "chat_instance": "ci",
                 "message": bot_message, "data": data}
        return self._push({"callback_query": query})

    def bot_messages(self, chat_id: int | None = None) -> list[dict]:
        """The bot's messages (as edited so far), oldest first."""
        return [m for (chat, _), m in sorted(self.sent.items(), key=lambda kv: kv[0][1])
                if chat_id is None or chat == chat_id]

    # ---- the API ----------------------------------------------------------------------
    @staticmethod
    async def _params(request: web.Request) -> dict:
        if request.content_type == "application/json":
            return await request.json()
        params: dict = {}
        for key, value in (await request.post()).items():
            if not isinstance(value, str):  # an uploaded file
                params[key] = value.file.read()
            elif key in RAW_STRINGS:
                params[key] = value
            else:
                try:
                    params[key] = json.loads(value)
                except ValueError:
                    params[key] = value
        if request.query:
            params.update(request.query)
        return params

    def _error(self, status: int, description: str, retry_after: int | None = None) -> web.Response:
        body: dict = {"ok": False, "error_code": status, "description": description}
        if retry_after is not None:
            body["parameters"] = {"retry_after": retry_after}
        return web.json_response(body, status=status)

    async def _api(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return self._error(401, "Unauthorized")
        method = request.match_info["method"]
        params = await self._params(request)
        self.calls.append(Call(method, params))
        fault = self.next_fault(method)
        if fault:
            status, retry_after = fault
            if status == 429:
                return self._error(429, f"Too Many Requests: retry after {retry_after}", retry_after)
            return self._error(status, "Internal Server Error" if status >= 500 else "Bad Request")
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return self._error(404, "Not Found: method not found")
        result = await handler(params)
        if isinstance(result, web.StreamResponse):
            return result
        return web.json_response({"ok": True, "result": result})

    async def _file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        file_id = request.match_info["path"].rsplit("/", 1)[-1]
        if file_id not in self.files:
            return web.Response(status=404)
        return web.Response(body=self.files[file_id])

    async def _m_getMe(self, p: dict) -> dict:
        return self.bot

    async def _m_getUpdates(self, p: dict) -> list[dict]:
        offset = int(p.get("offset") or 0)
        limit = int(p.get("limit") or 100)
        timeout = float(p.get("timeout") or 0)
        if offset:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]  # confirmed ones are gone
        deadline = time.monotonic() + timeout
        while True:
            ready = [u for u in self.updates if u["update_id"] >= offset][:limit]
            left = deadline - time.monotonic()
            if ready or left <= 0:
                self.delivered.update((u["update_id"], u) for u in ready)
                return ready
            async with self._new:
                try:
                    await asyncio.wait_for(self._new.wait(), left)
                except asyncio.TimeoutError:
                    pass

    def _store(self, chat_id: int, text: str, p: dict) -> dict:
        message_id = next(self._message_ids)
        chat_type = self.chat_types.get(chat_id, "private")
        msg = {"message_id": message_id, "date": int(time.time()), "chat": self._chat(chat_id, chat_type),
               "from": {k: self.bot[k] for k in ("id", "is_bot", "first_name", "username")}, "text": text}
        if p.get("reply_markup"):
            msg["reply_markup"] = p["reply_markup"]
        msg["_parse_mode"] = p.get("parse_mode")
        msg["_reply_parameters"] = p.get("reply_parameters")
        msg["_at"] = time.monotonic()
        self.sent[(chat_id, message_id)] = msg
        self.sent_something()
        for listener in self.listeners:
            listener(msg)
        return msg

    @staticmethod
    def _bad_buttons(p: dict) -> bool:
        """Telegram refuses a keyboard whose button carries no text or more than 64 bytes of callback data
        ("BUTTON_DATA_INVALID")."""
        rows = (p.get("reply_markup") or {}).get("inline_keyboard") or []
        return any(not b.get("text") or len(str(b.get("callback_data", "")).encode()) > 64 for row in rows for b in row)

    @staticmethod
    def _public(msg: dict) -> dict:
        return {k: v for k, v in msg.items() if not k.startswith("_")}

    async def _m_sendMessage(self, p: dict) -> dict:
        text = str(p["text"])
        if utf16_len(text) > 4096:
            return self._error(400, "Bad Request: message is too long")
        if self._bad_buttons(p):
            return self._error(400, "Bad Request: BUTTON_DATA_INVALID")
        return self._public(self._store(int(p["chat_id"]), text, p))

    async def _m_editMessageText(self, p: dict) -> dict:
        key = (int(p["chat_id"]), int(p["message_id"]))
        if key not in self.sent:
            return self._error(400, "Bad Request: message to edit not found")
        text = str(p["text"])
        if utf16_len(text) > 4096:
            return self._error(400, "Bad Request: message is too long")
        if self._bad_buttons(p):
            return self._error(400, "Bad Request: BUTTON_DATA_INVALID")
        msg = self.sent[key]
        if msg["text"] == text and msg.get("reply_markup") == p.get("reply_markup"):
            return self._error(400, "Bad Request: message is not modified")
        msg["text"] = text
        msg.setdefault("_edits", 0)
        msg["_edits"] += 1
        msg.pop("reply_markup", None)  # an edit without a keyboard removes the buttons, as Telegram does
        if p.get("reply_markup"):
            msg["reply_markup"] = p["reply_markup"]
        msg["_at"] = time.monotonic()
        self.sent_something()
        for listener in self.listeners:
            listener(msg)
        return self._public(msg)

    async def _m_sendChatAction(self, p: dict) -> bool:
        return True

    async def _m_answerCallbackQuery(self, p: dict) -> bool:
        self.sent_something()
        return True

    async def _m_setMyCommands(self, p: dict) -> bool:
        scope = p.get("scope") or {"type": "default"}
        if scope["type"] == "chat":
            self.menus[int(scope["chat_id"])] = p.get("commands") or []
        elif scope["type"] == "default":
            self.commands = p.get("commands") or []
        else:
            return self._error(400, f"Bad Request: scope {scope['type']} is not faked")
        return True

    def menu(self, chat_id: int) -> list[str]:
        """The command names a user sees in a private chat: the chat's own menu, else the default."""
        return [c["command"] for c in self.menus.get(chat_id, self.commands)]

    async def _m_deleteWebhook(self, p: dict) -> bool:
        self.webhook = None
        return True

    async def _m_setWebhook(self, p: dict) -> bool:
        self.webhook = p
        return True

    async def _m_getFile(self, p: dict) -> dict:
        file_id = p["file_id"]
        if file_id not in self.files:
            return self._error(400, "Bad Request: invalid file_id")
        return {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_size": len(self.files[file_id]),
                "file_path": f"documents/{file_id}"}
