"""The webhook endpoint (aiohttp): a request without the right secret header gets 403; a body that is
not an update (bad JSON, a wrong shape) gets 400 — `accept` records it as failed, it is never handled —
and a good one is handed to `accept`, which only journals and schedules it, so the platform gets its
answer at once."""
from __future__ import annotations

import hmac
import json
import secrets
from collections.abc import Callable

from aiohttp import web
from pydantic import SecretStr

from bot.channels.logs import add_secret, log


def check_secret(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def webhook_secret(configured: SecretStr | str | None) -> str:
    """The configured secret, or a fresh random one (we register it ourselves with setWebhook)."""
    if isinstance(configured, SecretStr):
        configured = configured.get_secret_value()
    secret = configured or secrets.token_urlsafe(24)
    add_secret(secret)
    return secret


class WebhookServer:
    def __init__(self, path: str, secret: str, header: str, accept: Callable[[dict], bool],
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
        if not isinstance(payload, dict) or not self.accept(payload):
            log.warning("webhook body is not an update", extra={"event": "malformed"})
            return web.json_response({"ok": False, "description": "not an update"}, status=400)
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
