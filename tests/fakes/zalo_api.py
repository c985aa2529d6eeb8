"""A fake Zalo Bot Platform API (aiohttp, 127.0.0.1): `<base>/bot<TOKEN>/<method>` with getMe,
getUpdates (long polling, one update per call, 408 when none came), sendMessage (2,000-character
limit), sendChatAction, setWebhook / deleteWebhook. Faults can be queued per method."""
from __future__ import annotations

import asyncio
import itertools
import time

from aiohttp import web

from fakes.server import Call, FakeServer

MESSAGE_LIMIT = 2000


class FakeZalo(FakeServer):
    def __init__(self, token: str = "2198765:zalo-TEST-secret-token", name: str = "TroLy"):
        super().__init__()
        self.token = token
        self.me = {"id": "bot9001", "account_name": name, "account_type": "BASIC", "can_join_groups": True,
                   "display_name": name}
        self.queue: list[dict] = []
        self.webhook: dict | None = None
        self._ids = itertools.count(1)
        self._new = asyncio.Event()

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/bot{token}/{method}", self._api)

    def sent_summary(self) -> str:
        return str(self.sent())

    # ---- what tests do ----------------------------------------------------------------
    def update(self, chat_id: str, user_id: str, text: str, group: bool = False) -> dict:
        """An update as the platform shapes it (message.text.received)."""
        return {"event_name": "message.text.received",
                "message": {"message_id": f"msg{next(self._ids)}", "date": int(time.time() * 1000), "text": text,
                            "from": {"id": user_id, "display_name": f"Người dùng {user_id}", "is_bot": False},
                            "chat": {"id": chat_id, "chat_type": "GROUP" if group else "PRIVATE"}}}

    def push(self, update: dict) -> dict:
        """Queue an update for getUpdates."""
        self.queue.append(update)
        self._new.set()
        return update

    def sent(self, chat_id: str | None = None) -> list[str]:
        return [c.params["text"] for c in self.calls
                if c.method == "sendMessage" and c.ok and (chat_id is None or c.params.get("chat_id") == chat_id)]

    # ---- the API ----------------------------------------------------------------------
    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        try:
            params = await request.json()
        except ValueError:
            params = dict(await request.post())
        call = Call(method, params, ok=False)
        self.calls.append(call)
        fault = self.next_fault(method)
        if fault:
            status, retry_after = fault
            body: dict = {"ok": False, "error_code": status, "description": "fault injected"}
            if retry_after is not None:
                body["parameters"] = {"retry_after": retry_after}
            return web.json_response(body, status=status)
        if method == "getMe":
            result: object = self.me
        elif method == "getUpdates":
            timeout = float(params.get("timeout") or 0)
            deadline = time.monotonic() + timeout
            while not self.queue and time.monotonic() < deadline:
                self._new.clear()
                try:
                    await asyncio.wait_for(self._new.wait(), deadline - time.monotonic())
                except asyncio.TimeoutError:
                    pass
            if not self.queue or request.transport is None or request.transport.is_closing():
                # nothing came, or the poller is gone (a stopped bot): an update is never handed to a dead poll
                return web.json_response({"ok": False, "error_code": 408, "description": "Request timeout"})
            result = self.queue.pop(0)
        elif method == "sendMessage":
            text = str(params.get("text", ""))
            if not text or len(text) > MESSAGE_LIMIT:
                return web.json_response({"ok": False, "error_code": 400, "description": "text length invalid"},
                                         status=400)
            result = {"message_id": f"out{next(self._ids)}", "date": int(time.time() * 1000)}
            self.sent_something()
        elif method in ("sendChatAction", "deleteWebhook"):
            result = True
        elif method == "setWebhook":
            self.webhook = params
            result = {"url": params.get("url"), "updated_at": int(time.time() * 1000)}
        else:
            return web.json_response({"ok": False, "error_code": 404, "description": "method not found"}, status=404)
        call.ok = True
        return web.json_response({"ok": True, "result": result})
