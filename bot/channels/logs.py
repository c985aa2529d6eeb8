"""Structured logs for the bots: one JSON object a line, with the chat/update fields, and never a
secret (tokens and webhook secrets are scrubbed from every record, ours and the libraries')."""
from __future__ import annotations

import json
import logging

from troly.config import Settings

log = logging.getLogger("troly.bot")

_SECRETS: set[str] = set()
_LOG_FIELDS = ("channel", "chat", "user", "update", "event", "method", "ms", "attempt", "status", "error")


def add_secret(value: str | None) -> None:
    """Remember one more value that must never appear in a log line."""
    if value:
        _SECRETS.add(str(value))


def register_secrets(settings: Settings) -> None:
    """Remember the secret settings so every log line can be scrubbed of them."""
    for value in settings.secret_values():
        add_secret(value)


def redact(text: str) -> str:
    for value in _SECRETS:
        if value in text:
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
