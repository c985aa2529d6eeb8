"""Running channels from the command line: one bot, every configured bot in one process on one
Assistant (so a document loaded through one bot is answerable on the others at once), or the
terminal chat. Long-lived objects are closed on the way out."""
from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Iterator

from bot.answer.service import Assistant
from bot.channels.base import BotChannel, until_stopped
from bot.channels.logs import setup_logging
from bot.channels.registry import Registered, bots
from troly.config import Settings, get_settings
from troly.texts import t


@contextlib.contextmanager
def opened(settings: Settings) -> Iterator[Assistant]:
    assistant = Assistant(settings)
    try:
        yield assistant
    finally:
        close = getattr(assistant, "close", None)
        if close:
            close()


def run_terminal_cli() -> int:
    from bot.channels.terminal import run_chat

    with opened(get_settings()) as assistant:
        if not assistant.store.records():  # `make run` without DOCS, or a new data folder
            print(t("chat.no_documents"), file=sys.stderr)
        return run_chat(assistant)


@contextlib.contextmanager
def explained(channel: Registered, cls: type[BotChannel]) -> Iterator[None]:
    """A bot that stops because its token is refused or its Bot API server cannot be reached ends with a
    one-line Vietnamese message naming the setting to check (the log lines hold the details)."""
    try:
        yield
    except Exception as exc:
        name = channel.command.capitalize()
        if cls.rejected_token(exc):
            raise ValueError(t("channels.token_rejected", channel=name, setting=f"TROLY_{cls.token_setting.upper()}")
                             + _api_url_named(name, cls)) from None
        if cls.unreachable(exc):
            raise ValueError(t("channels.unreachable", channel=name,
                               setting=f"TROLY_{cls.api_url_setting.upper()}")) from None
        raise


def _api_url_named(name: str, cls: type[BotChannel]) -> str:
    """A Bot API address of the admin's own, when one is set: a server at it that answers "not found" to every
    call (a wrong path, another service) looks to the platform's library just like a refused token."""
    url = getattr(get_settings(), cls.api_url_setting, None)
    if not url or url == Settings.model_fields[cls.api_url_setting].default:
        return ""
    return " " + t("channels.or_api_url", channel=name, setting=f"TROLY_{cls.api_url_setting.upper()}", url=url)


def run_bot_cli(channel: Registered, webhook_url: str | None) -> int:
    """`troly telegram|zalo [--webhook URL]` until SIGINT/SIGTERM; a refused token or an unreachable
    server is a clear error."""
    settings = get_settings()
    setup_logging(settings)
    cls: type[BotChannel] = channel.load()
    with opened(settings) as assistant:
        bot = cls(assistant, settings)
        with explained(channel, cls):
            asyncio.run(bot.run(webhook_url))
    return 0


async def run_bots(settings: Settings, webhooks: dict[str, str | None] | None = None,
                   assistant: Assistant | None = None, stop: asyncio.Event | None = None) -> None:
    """Every configured bot on one Assistant until SIGINT/SIGTERM (or `stop`). Bots on webhooks
    listen on TROLY_WEBHOOK_PORT, the next one on the port after it, and so on."""
    webhooks = webhooks or {}
    configured = [(c, cls) for c in bots() if (cls := c.load()).configured(settings)]
    if not configured:
        raise ValueError(t("channels.no_bots", settings=", ".join(
            f"TROLY_{c.load().token_setting.upper()}" for c in bots())))
    own = assistant is None
    assistant = assistant or Assistant(settings)
    started: list[BotChannel] = []
    try:
        hooked = 0
        for channel, cls in configured:
            url = webhooks.get(channel.name)
            port = settings.webhook_port + hooked if settings.webhook_port else 0  # 0: any free port
            bot_settings = settings.model_copy(update={"webhook_port": port}) if url else settings
            hooked += bool(url)
            bot = cls(assistant, bot_settings)
            with explained(channel, cls):
                await bot.start(url)
            started.append(bot)
        await (stop.wait() if stop else until_stopped(None))
    finally:
        for bot in reversed(started):
            await bot.stop()
        if own and hasattr(assistant, "close"):
            assistant.close()


def run_bots_cli(webhooks: dict[str, str | None]) -> int:
    settings = get_settings()
    setup_logging(settings)
    asyncio.run(run_bots(settings, webhooks))
    return 0
