"""Reminders and list pages in the chat, end to end against the fake Telegram and Zalo servers with a
fixed clock (TROLY_TODAY): /nhacviec subscribes, a reminder goes out once before each dated deadline,
not again after a restart, not to chats that stopped; /hanchot pages with buttons on Telegram."""
from __future__ import annotations

import asyncio
import re
from datetime import date

import pytest

from bot.channels.telegram import TelegramBot
from bot.channels.zalo import ZaloBot
from fakes.bots import running_bot
from fakes.telegram_api import FakeTelegram
from fakes.zalo_api import FakeZalo

pytestmark = pytest.mark.slow

ADMIN, USER, OTHER = 4242, 1001, 1002
# A week before the end of 2030, the year four targets of a plan must be reached by.
WEEK_BEFORE = date(2030, 12, 24)


def reminders(messages: list[str]) -> list[str]:
    return [m for m in messages if m.startswith("Nhắc việc")]


async def more_rounds(bot, rounds: int = 3) -> None:
    """Wait until the bot's reminder job has looked for reminders due `rounds` more times (instead of sleeping for
    as many rounds: a round is reminder_check_seconds apart, and the wait ends when they have run)."""
    if not hasattr(bot, "_counted"):
        inner = bot.remind

        async def remind() -> None:
            await inner()
            bot._counted += 1

        bot._counted, bot.remind = 0, remind
    start = bot._counted
    async with asyncio.timeout(30):
        while bot._counted < start + rounds:
            await asyncio.sleep(0.01)


def telegram(assistant, settings):
    return running_bot(TelegramBot, assistant, settings)


def zalo(assistant, settings):
    return running_bot(ZaloBot, assistant, settings)


async def test_telegram_reminders_once_and_pages(assistant):
    async with FakeTelegram() as fake:
        settings = assistant.settings.model_copy(update={
            "telegram_token": fake.token, "telegram_api_url": fake.url, "admin_ids": [ADMIN],
            "today": WEEK_BEFORE, "reminder_check_seconds": 0.05})

        def texts(chat: int) -> list[str]:
            return [m["text"] for m in fake.bot_messages(chat)]

        async with telegram(assistant, settings) as bot:
            assert "nhacviec" in {c["command"] for c in fake.commands}
            fake.message(USER, USER, "/nhacviec")
            fake.message(OTHER, OTHER, "/nhacviec CĐCS")
            fake.message(OTHER, OTHER, "/nhacviec tat")
            await fake.wait_for(lambda: len(reminders(texts(USER))) >= 4)
            await more_rounds(bot)  # a few more rounds of the job: nothing twice
            first = reminders(texts(USER))
            assert len(first) == 4 and all("2030" in m and "còn 7 ngày" in m for m in first)
            assert len(set(first)) == 4
            assert not reminders(texts(OTHER)), "a chat that stopped gets nothing"
            assert "nhắc trước 7 và 1 ngày mỗi thời hạn" in texts(USER)[0], texts(USER)[0]
            fake.message(ADMIN, ADMIN, "/thongke")
            await fake.wait_for(lambda: any("Đăng ký nhắc việc: 1" in m for m in texts(ADMIN)))

            fake.message(USER, USER, "/hanchot")
            header = "<b>Thời hạn và chỉ tiêu"
            await fake.wait_for(lambda: any(m.startswith(header) for m in texts(USER)))
            page1 = next(m for m in fake.bot_messages(USER) if m["text"].startswith(header))
            assert page1["_parse_mode"] == "HTML" and "Trang 1/" in page1["text"]
            assert "<i>Nguồn:" in page1["text"], "formatted for Telegram, each item with its source"
            assert not re.search(r"[■•]|&amp;amp;", page1["text"])
            buttons = [b for row in page1["reply_markup"]["inline_keyboard"] for b in row]
            fake.press(USER, page1, next(b["callback_data"] for b in buttons if "Xem thêm" in b["text"]))
            await fake.wait_for(lambda: "Trang 2/" in fake.sent[(USER, page1["message_id"])]["text"])
        async with telegram(assistant, settings) as bot:  # a restart: the same day, nothing again
            await more_rounds(bot)
        assert len(reminders(texts(USER))) == 4


async def test_zalo_reminders_once_across_restart(assistant):
    async with FakeZalo() as fake:
        settings = assistant.settings.model_copy(update={
            "zalo_token": fake.token, "zalo_api_url": fake.url, "zalo_admin_ids": ["admin1"],
            "today": WEEK_BEFORE, "reminder_check_seconds": 0.05})
        async with zalo(assistant, settings) as bot:
            fake.push(fake.update("u1", "u1", "/nhacviec"))
            fake.push(fake.update("u2", "u2", "/nhacviec lien doan lao dong tinh"))
            fake.push(fake.update("u2", "u2", "/nhacviec tắt"))
            await fake.wait_for(lambda: len(reminders(fake.sent("u1"))) >= 4)
            await more_rounds(bot)
        async with zalo(assistant, settings) as bot:
            await more_rounds(bot)
        assert len(reminders(fake.sent("u1"))) == 4
        assert not reminders(fake.sent("u2"))
        assert any("Đã tắt nhắc việc" in m for m in fake.sent("u2"))
