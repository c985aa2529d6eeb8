"""`troly bots`: Telegram and Zalo in one process on one Assistant — a document an admin loads through
Telegram is answerable on Zalo at once (both against their fake Bot API servers on 127.0.0.1); with no
bot configured it says which settings to set."""
from __future__ import annotations

import asyncio
import logging

import pytest
from pydantic import SecretStr

from bot.channels.runner import run_bots
from fakes.telegram_api import FakeTelegram
from fakes.zalo_api import FakeZalo
from test_telegram_bot import HOI_THAO, _docx

pytestmark = pytest.mark.slow

ADMIN = 4242


async def test_upload_on_telegram_is_answerable_on_zalo(assistant):
    async with FakeTelegram() as tg, FakeZalo() as zalo:
        settings = assistant.settings.model_copy(update={
            "telegram_token": SecretStr(tg.token), "telegram_api_url": tg.url, "admin_ids": [ADMIN],
            "zalo_token": SecretStr(zalo.token), "zalo_api_url": zalo.url})
        stop = asyncio.Event()
        running = asyncio.create_task(run_bots(settings, assistant=assistant, stop=stop))
        try:
            tg.document(ADMIN, ADMIN, "hoi-thao-duong-sat.docx", _docx(HOI_THAO))
            await tg.wait_for(lambda: any("đã thêm" in m["text"] for m in tg.bot_messages(ADMIN)), timeout=300)
            zalo.push(zalo.update("u1", "u1", "Hội thao ngành đường sắt tổ chức ở đâu?"))
            await zalo.wait_for(lambda: any("Nguồn:" in m for m in zalo.sent("u1")), timeout=120)
        finally:
            stop.set()
            await asyncio.wait_for(running, 60)
    answer = "\n".join(zalo.sent("u1"))
    assert "Gia Lâm" in answer and "Hội thao" in answer, answer


def test_troly_bots_without_any_token_names_the_settings(monkeypatch, tmp_path, capsys):
    from bot.cli import main
    from troly.config import get_settings

    for name in ("TROLY_TELEGRAM_TOKEN", "TROLY_ZALO_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TROLY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)  # no .env
    get_settings.cache_clear()
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level  # `troly bots` sets up its JSON logs
    try:
        assert main(["bots"]) == 2
    finally:
        get_settings.cache_clear()
        root.handlers[:] = handlers
        root.setLevel(level)
    err = capsys.readouterr().err
    assert "Chưa cấu hình bot nào: đặt TROLY_TELEGRAM_TOKEN, TROLY_ZALO_TOKEN." in err
    assert "Traceback" not in err
