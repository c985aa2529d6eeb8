"""Poisoned updates: a malformed update or one whose handling keeps failing is given up on after
TROLY_BOT_MAX_ATTEMPTS tries (crashes included), counted in /thongke, answered with an apology if it
has a chat, and never replayed; polling survives it and webhooks answer 400. The `troly zalo` and
`troly telegram` processes run for real against the fake Bot API servers, are restarted, and then
answer a normal question."""
from __future__ import annotations

import asyncio
import time
from pathlib import Path

import aiohttp
import pytest
from pydantic import SecretStr

from bot.channels.base import journal_name
from bot.channels.database import BotDB
from bot.channels.telegram import TelegramBot
from bot.channels.zalo import ZaloBot
from fakes.bots import running_bot
from fakes.telegram_api import FakeTelegram
from fakes.zalo_api import FakeZalo
from tests.helpers import ForkedTroly
from troly.texts import t

pytestmark = pytest.mark.slow

QUESTION = "Thời hạn gửi báo cáo là khi nào?"
APOLOGY = t("channels.update_failed")


def failed_line(n: int) -> str:
    return t("channels.stats_failed", n=n)


class Process:
    """`troly <channel>` as a real process of its own on the test's data folder (forked from a server that
    imported troly once, see tests/helpers.py), stopped with SIGTERM."""

    def __init__(self, channel: str, env: dict[str, str], folder: Path) -> None:
        self.channel, self.env, self.folder = channel, env, folder
        self.proc: ForkedTroly | None = None

    async def __aenter__(self) -> "Process":
        self.proc = await asyncio.to_thread(ForkedTroly, [self.channel], self.env, self.folder)
        return self

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    async def __aexit__(self, *exc) -> None:
        assert self.proc is not None
        if self.alive:
            self.proc.terminate()
        run = await asyncio.to_thread(self.proc.wait, 60)
        self.log = run.stderr
        print(f"troly {self.channel} log:\n{self.log[-5000:]}")  # shown when the test fails
        if exc[0] is None:
            assert run.returncode == 0, self.log[-3000:]


def seed_crashed(data_dir, channel: str, key: str, payload: dict, attempts: int) -> None:
    """An update a previous run journaled and began `attempts` times, each time killed before it was done."""
    db = BotDB(data_dir / "bot.sqlite")
    assert db.journal.accept(channel, key, payload)
    for _ in range(attempts):
        db.journal.begin(channel, key)
    db.close()


def no_pending(data_dir, channel: str) -> list:
    db = BotDB(data_dir / "bot.sqlite")
    try:
        return db.journal.pending(channel)
    finally:
        db.close()


async def test_zalo_poisoned_updates_then_restart_then_answers(corpus_data, cli_env, tmp_path):
    user, other, crashed, admin = "u-bad-text", "u-send-fails", "u-crashed", "admin1"
    async with FakeZalo() as fake:
        env = dict(cli_env, TROLY_ZALO_TOKEN=fake.token, TROLY_ZALO_API_URL=fake.url, TROLY_ZALO_ADMIN_IDS=admin)
        async with Process("zalo", env, tmp_path) as bot:
            await fake.wait_for(lambda: fake.calls_of("getUpdates"), timeout=180)
            fake.push({"message": {"chat": "x", "text": 5}})  # no chat to answer: recorded as failed only
            fake.push({"event_name": "message.text.received",  # a chat, but text that is no text
                       "message": {"message_id": "m-bad", "chat": {"id": user}, "from": {"id": user}, "text": 5}})
            await fake.wait_for(lambda: APOLOGY in fake.sent(user), timeout=60)
            # a well-formed question whose every reply is refused: three attempts, then the apology
            fake.fail("sendMessage", 400, times=3)
            fake.push(fake.update(other, other, QUESTION))
            await fake.wait_for(lambda: APOLOGY in fake.sent(other), timeout=120)
            assert bot.alive, "a malformed update ended the polling process"
        assert len([c for c in fake.calls_of("sendMessage") if c.params.get("chat_id") == other]) == 4
        assert no_pending(corpus_data, journal_name("zalo", fake.token)) == []
        # a run that died three times while handling an update (journaled, begun, never finished)
        seed_crashed(corpus_data, journal_name("zalo", fake.token), "m-crash", fake.update(crashed, crashed, "/vanban"), attempts=3)
        sent_before = len(fake.sent())
        async with Process("zalo", env, tmp_path) as bot:
            fake.push(fake.update(user, user, QUESTION))
            await fake.wait_for(lambda: any("[1]" in m for m in fake.sent(user)), timeout=180)
            fake.push(fake.update(admin, admin, "/thongke"))
            await fake.wait_for(lambda: any("Thống kê" in m for m in fake.sent(admin)), timeout=60)
        after = fake.sent()[sent_before:]
    assert fake.sent(crashed) == [APOLOGY]  # given up on at start, not handled a fourth time
    assert not any(APOLOGY in m for m in after if m not in fake.sent(crashed))  # nothing else replayed
    assert fake.sent(user).count(APOLOGY) == 1 and fake.sent(other) == [APOLOGY]
    stats = next(m for m in fake.sent(admin) if "Thống kê" in m)
    assert failed_line(4) in stats, stats
    assert no_pending(corpus_data, journal_name("zalo", fake.token)) == []


async def test_telegram_poisoned_updates_then_restart_then_answers(corpus_data, cli_env, tmp_path):
    user, crashed, admin = 5101, 5102, 4242
    async with FakeTelegram() as fake:
        env = dict(cli_env, TROLY_TELEGRAM_TOKEN=fake.token, TROLY_TELEGRAM_API_URL=fake.url,
                   TROLY_ADMIN_IDS=str(admin))
        async with Process("telegram", env, tmp_path) as bot:
            await fake.wait_for(lambda: fake.calls_of("getUpdates"), timeout=180)
            fake.raw({"message": {"chat": "x", "text": 5}})  # not even an Update: recorded as failed only
            poisoned = fake.message_update(user, user, QUESTION)
            poisoned["message"]["text"] = 5  # parses, but every handler attempt fails
            fake.raw(poisoned)
            await fake.wait_for(lambda: any(m["text"] == APOLOGY for m in fake.bot_messages(user)), timeout=120)
            fake.message(user, user, "/vanban")  # the poll went on past both
            await fake.wait_for(lambda: any("Các văn bản đã nạp" in m["text"] for m in fake.bot_messages(user)),
                                timeout=60)
            assert bot.alive
        assert no_pending(corpus_data, journal_name("telegram", fake.token)) == []
        crash = fake.message_update(crashed, crashed, "/vanban")
        seed_crashed(corpus_data, journal_name("telegram", fake.token), str(crash["update_id"]), crash, attempts=3)
        async with Process("telegram", env, tmp_path):
            fake.message(user, user, QUESTION)
            await fake.wait_for(lambda: any("<b>[1]</b>" in m["text"] for m in fake.bot_messages(user)), timeout=180)
            fake.message(admin, admin, "/thongke")
            await fake.wait_for(lambda: any("Thống kê" in m["text"] for m in fake.bot_messages(admin)), timeout=60)
    assert [m["text"] for m in fake.bot_messages(crashed)] == [APOLOGY]
    mine = [m["text"] for m in fake.bot_messages(user)]
    assert mine.count(APOLOGY) == 1 and sum("Các văn bản đã nạp" in m for m in mine) == 1, mine
    stats = next(m["text"] for m in fake.bot_messages(admin) if "Thống kê" in m["text"])
    assert failed_line(3) in stats, stats
    assert no_pending(corpus_data, journal_name("telegram", fake.token)) == []


@pytest.mark.parametrize("channel", ["zalo", "telegram"])
async def test_malformed_webhook_bodies_get_400_and_are_not_kept_pending(assistant, channel):
    bad_bodies = [b"{not json", b"[1, 2]", b'{"message": {"chat": "x", "text": 5}}', b'{"update_id": "x"}']
    fake_class, bot_class = (FakeZalo, ZaloBot) if channel == "zalo" else (FakeTelegram, TelegramBot)
    async with fake_class() as fake:
        token = SecretStr(fake.token)
        settings = assistant.settings.model_copy(update={
            "webhook_listen": "127.0.0.1", "webhook_port": 0, "zalo_token": token, "zalo_api_url": fake.url,
            "zalo_webhook_secret": SecretStr("s3cret"), "telegram_token": token, "telegram_api_url": fake.url,
            "telegram_webhook_secret": SecretStr("s3cret")})
        header = bot_class.secret_header
        good = fake.update("u1", "u1", QUESTION) if channel == "zalo" else fake.message_update(77, 77, QUESTION)
        async with running_bot(bot_class, assistant, settings, "https://troly.example.vn/hook") as bot:
            url = f"http://127.0.0.1:{bot.webhook_port}/hook"
            async with aiohttp.ClientSession(headers={header: "s3cret", "Content-Type": "application/json"}) as http:
                for body in bad_bodies:
                    async with http.post(url, data=body) as r:
                        assert r.status == 400, (body, r.status)
                async with http.post(url, json=good) as r:
                    assert r.status == 200
            if channel == "zalo":
                await fake.wait_for(lambda: any("[1]" in m for m in fake.sent("u1")))
            else:
                await fake.wait_for(lambda: any("<b>[1]</b>" in m["text"] for m in fake.bot_messages(77)))
            journal = bot.core.db.journal
            deadline = time.monotonic() + 10
            while journal.pending(bot.journal_name) and time.monotonic() < deadline:  # marked done just after the reply
                await asyncio.sleep(0.1)
            assert journal.pending(bot.journal_name) == []
            assert journal.failed() == 2  # the two JSON objects that are not updates; the rest is not JSON one


def test_a_bot_running_for_weeks_keeps_a_week_of_updates(tmp_path, monkeypatch):
    """bot.sqlite of a bot that is never restarted does not grow without end: handled updates older than a
    week are dropped while it runs, pending ones never."""
    clock = [1_000_000.0]
    monkeypatch.setattr(time, "time", lambda: clock[0])
    db = BotDB(tmp_path / "bot.sqlite")
    journal = db.journal
    for day in range(30):  # a month of one handled update a day, and one left pending on the first day
        clock[0] += 86400
        journal.accept("telegram", f"u{day}", {"day": day})
        if day:
            journal.finish("telegram", f"u{day}")
    kept = {key for (key,) in db.run("SELECT key FROM updates").fetchall()}
    assert "u0" in kept and len(kept) <= 1 + 8, sorted(kept)
    assert {f"u{d}" for d in range(23, 30)} <= kept  # the last week stays (repeats are still recognised)
