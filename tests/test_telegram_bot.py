"""End to end: the real python-telegram-bot against a fake Bot API server on 127.0.0.1, answering from
a copy of the ingested corpus. No bot object is mocked; everything goes over HTTP."""
from __future__ import annotations

import io
import re
import time
from contextlib import asynccontextmanager

import pytest

from bot.channel import Backoff
from bot.telegram_bot import TelegramBot
from fakes.telegram_api import FakeTelegram

pytestmark = pytest.mark.slow

ADMIN = 4242
USER = 1001
GROUP = -100500


@pytest.fixture
async def fake():
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
def settings(assistant, fake):
    return assistant.settings.model_copy(update={
        "telegram_token": fake.token, "telegram_api_url": fake.url, "admin_ids": [ADMIN]})


@asynccontextmanager
async def running(assistant, settings):
    bot = TelegramBot(assistant, settings, backoff=Backoff(attempts=5, base=0.05, cap=0.5), poll_timeout=1)
    await bot.start()
    try:
        yield bot
    finally:
        await bot.stop()


def texts(fake: FakeTelegram, chat: int) -> list[str]:
    return [m["text"] for m in fake.bot_messages(chat)]


def source_buttons(message: dict) -> list[dict]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return [b for row in rows for b in row]


async def test_private_question_answered_with_citation_and_source_button(assistant, settings, fake):
    async with running(assistant, settings):
        assert {c["command"] for c in fake.commands} >= {"start", "help", "hoi", "nghiavu", "hanchot", "vanban"}
        fake.message(USER, USER, "Ai chịu trách nhiệm báo cáo kết quả thực hiện kế hoạch?")
        await fake.wait_for(lambda: any(source_buttons(m) for m in fake.bot_messages(USER)))
        answer = fake.bot_messages(USER)[-1]
        assert answer["_parse_mode"] == "HTML"
        assert re.search(r"<b>\[1\]</b> ", answer["text"]), answer["text"]
        buttons = source_buttons(answer)
        assert buttons[0]["text"] == "Nguồn [1]"
        assert fake.calls_of("sendChatAction"), "no typing action was shown"

        # the button shows the whole cited paragraph, with its document and section
        citation = assistant.ask("Ai chịu trách nhiệm báo cáo kết quả thực hiện kế hoạch?").citations[0].passage
        before = len(fake.bot_messages(USER))
        fake.press(USER, {k: v for k, v in answer.items() if not k.startswith("_")}, buttons[0]["callback_data"])
        await fake.wait_for(lambda: len(fake.bot_messages(USER)) > before)
        shown = "\n".join(texts(fake, USER)[before:])
        assert "Nguồn [1]" in shown
        assert citation.document[:40].replace("&", "&amp;") in shown
        assert citation.text[-60:].replace("&", "&amp;").replace("<", "&lt;") in shown
        assert fake.calls_of("answerCallbackQuery")
