"""End to end: the Zalo bot against a fake Zalo Bot Platform API on 127.0.0.1 (real HTTP), answering
from a copy of the ingested corpus; webhook mode checks the secret header."""
from __future__ import annotations

import re
from datetime import date
from dataclasses import replace

import aiohttp
import pytest
from pydantic import SecretStr

from bot.channels.core import welcome_text
from bot.channels.zalo import ZALO_LIMIT, ZaloBot, render_answer_zalo
from fakes.bots import running_bot
from fakes.logcapture import json_logs
from fakes.zalo_api import FakeZalo
from troly.texts import t

pytestmark = pytest.mark.slow

USER = "8812345678901234567"
QUESTION = "Thời hạn gửi báo cáo là khi nào?"


@pytest.fixture
async def fake():
    async with FakeZalo() as server:
        yield server


@pytest.fixture
def settings(assistant, fake):
    return assistant.settings.model_copy(update={
        "zalo_token": SecretStr(fake.token), "zalo_api_url": fake.url, "zalo_webhook_secret": SecretStr("hook-secret-123"),
        "webhook_listen": "127.0.0.1", "webhook_port": 0, "zalo_admin_ids": ["admin1"]})


def running(assistant, settings, webhook_url: str | None = None):
    return running_bot(ZaloBot, assistant, settings, webhook_url)


async def test_webhook_rejects_wrong_secret_and_answers_right_one(assistant, settings, fake):
    async with running(assistant, settings, "https://troly.example.vn/zalo/hook") as bot:
        assert fake.webhook == {"url": "https://troly.example.vn/zalo/hook", "secret_token": "hook-secret-123"}
        url = f"http://127.0.0.1:{bot.webhook_port}/zalo/hook"
        update = fake.update(USER, USER, QUESTION)
        async with aiohttp.ClientSession() as http:
            for headers in ({}, {"X-Bot-Api-Secret-Token": "wrong"}):
                async with http.post(url, json={"ok": True, "result": update}, headers=headers) as r:
                    assert r.status == 403
            async with http.post(url, json={"ok": True, "result": update},
                                 headers={"X-Bot-Api-Secret-Token": "hook-secret-123"}) as r:
                assert r.status == 200
            await fake.wait_for(lambda: any("[1]" in m for m in fake.sent(USER)))
            # the platform delivering the same update again (bare, without the envelope) is not answered twice
            async with http.post(url, json=update, headers={"X-Bot-Api-Secret-Token": "hook-secret-123"}) as r:
                assert r.status == 200
            await fake.wait_for(lambda: True)
    answers = [m for m in fake.sent(USER) if "[1]" in m]
    assert len(answers) == 1, fake.sent(USER)
    assert "Nguồn:" in answers[0] and all(len(m) <= ZALO_LIMIT for m in fake.sent(USER))


async def test_polling_commands_sources_and_groups(assistant, settings, fake):
    async with running(assistant, settings):
        fake.push(fake.update(USER, USER, QUESTION))
        await fake.wait_for(lambda: any("[1]" in m for m in fake.sent(USER)))
        fake.push(fake.update(USER, USER, "/nguon 1"))
        fake.push(fake.update(USER, USER, "/vanban"))
        fake.push(fake.update(USER, USER, "/xoa " + assistant.documents()[0].doc_id))
        await fake.wait_for(lambda: any("chỉ quản trị viên" in m for m in fake.sent(USER)))
        fake.push(fake.update("group7", USER, "Chào cả nhà", group=True))
        fake.push(fake.update("group7", USER, f"@TroLy {QUESTION}", group=True))
        await fake.wait_for(lambda: len(fake.sent("group7")) >= 1)
    sent = fake.sent(USER)
    source = next(i for i, m in enumerate(sent) if m.startswith("Nguồn [1]"))
    cited = assistant.ask(QUESTION).citations[0].passage
    assert cited.text in sent[source] and cited.document in sent[source]
    # replies come in the order of the messages
    assert "Các văn bản đã nạp (5)" in sent[source + 1]
    assert "chỉ quản trị viên" in sent[source + 2]
    group = "\n".join(fake.sent("group7"))
    assert (group.count("Nguồn:") + group.count("có thể liên quan")) == 1, group


async def test_429_then_success_and_no_token_in_logs(assistant, settings, fake):
    with json_logs(settings) as logs:
        fake.fail("sendMessage", 429, retry_after=1)
        fake.fail("sendMessage", 503)
        async with running(assistant, settings):
            fake.push(fake.update(USER, USER, QUESTION))
            await fake.wait_for(lambda: any("[1]" in m for m in fake.sent(USER)))
    sends = [c for c in fake.calls if c.method == "sendMessage"]
    assert sends[1].at - sends[0].at >= 0.9
    welcome, answer = fake.sent(USER)  # each sent once, despite the retries
    assert welcome == welcome_text() and "[1]" in answer
    assert fake.token not in logs.text and "hook-secret-123" not in logs.text
    assert any(line["msg"] == "question answered" and line["chat"] == USER for line in logs.lines())


async def test_a_failed_reply_is_tried_again_after_the_retry_wait_setting(assistant, settings, fake):
    """TROLY_RETRY_WAIT_SECONDS: a message whose reply failed is handled again after that pause (doubling each time),
    not after the default's full second, so a fast local Bot API server (or a test) does not wait on the platforms'
    timings."""
    quick = settings.model_copy(update={"retry_wait_seconds": 0.01})
    fake.fail("sendMessage", 400)  # not retried by the call itself: the message is handled again
    bot = ZaloBot(assistant, quick, poll_timeout=1)
    await bot.start()
    try:
        fake.push(fake.update(USER, USER, "/start"))
        await fake.wait_for(lambda: len(fake.calls_of("sendMessage")) >= 2)
    finally:
        await bot.stop()
    first, again = fake.calls_of("sendMessage")[:2]
    assert again.at - first.at < 0.5, again.at - first.at


def test_long_answer_split_within_zalo_limit(assistant):
    answer = assistant.ask(QUESTION)
    long = replace(answer, answer="\n\n".join(c.passage.text for c in answer.citations * 6))
    parts = render_answer_zalo(long)
    assert len(parts) >= 2 and all(len(p) <= ZALO_LIMIT for p in parts)
    for c in answer.citations:
        assert sum(c.label in p for p in parts) == 1


async def test_duties_and_deadlines_commands(assistant, settings, fake):
    async with running(assistant, settings):
        fake.push(fake.update(USER, USER, "/nghiavu"))
        fake.push(fake.update(USER, USER, "/nghiavu Công đoàn cơ sở"))
        fake.push(fake.update(USER, USER, "/hanchot"))
        fake.push(fake.update(USER, USER, "/hanchot 2"))
        await fake.wait_for(lambda: sum(m.startswith("Thời hạn và chỉ tiêu") for m in fake.sent(USER)) >= 2)
    welcome, *sent = fake.sent(USER)
    assert welcome == welcome_text()
    assert "ví dụ: /nghiavu" in sent[0]
    duties = next(m for m in sent if m.startswith("Nhiệm vụ và báo cáo của Công đoàn cơ sở"))
    assert "nhiệm vụ" in duties or "báo cáo" in duties
    assert "Nguồn: KH thực hiện" in duties  # each duty cites its document by short name, as answers do
    assert not re.search(r"[■•]|&amp;|&lt;", "\n".join(sent)), "chat lists carry no CLI glyphs or escaped entities"
    first, second = [m for m in sent if m.startswith("Thời hạn và chỉ tiêu")][:2]
    assert "Trang 1/" in first and "/hanchot 2" in first and "Trang 2/" in second
    assert re.search(r"quá hạn|còn \d+ ngày", first), "dated items first, with how far off they are"
    assert all(len(m) <= ZALO_LIMIT for m in sent)


async def test_deadlines_list_what_is_still_to_come_before_what_is_past(assistant, settings, fake):
    # the plans' targets for 2023 and 2025 are past on this day, those for 2030 and 2045 to come
    async with running(assistant, settings.model_copy(update={"today": date(2026, 12, 1)})):
        fake.push(fake.update(USER, USER, "/hanchot"))
        await fake.wait_for(lambda: any(m.startswith("Thời hạn và chỉ tiêu") for m in fake.sent(USER)))
        first = next(m for m in fake.sent(USER) if m.startswith("Thời hạn và chỉ tiêu"))
        pages = int(re.search(r"Trang 1/(\d+)", first).group(1))
        fake.push(fake.update(USER, USER, f"/hanchot {pages}"))
        await fake.wait_for(lambda: any(f"Trang {pages}/{pages}" in m for m in fake.sent(USER)))
    last = next(m for m in fake.sent(USER) if f"Trang {pages}/{pages}" in m)
    items = re.findall(r"^\d+\. .*$", first, re.M)
    assert "năm 2030 · còn" in items[0] and "quá hạn" not in first, first
    assert "năm 2023 · quá hạn" in last, last  # the oldest last


async def test_first_message_gets_a_welcome_and_help_offers_only_what_zalo_can(assistant, settings, fake):
    async with running(assistant, settings):
        fake.push(fake.update(USER, USER, QUESTION))
        await fake.wait_for(lambda: any("[1]" in m for m in fake.sent(USER)))
        fake.push(fake.update(USER, USER, "Còn chỉ tiêu phát triển đoàn viên?"))
        fake.push(fake.update(USER, USER, "/help"))
        fake.push(fake.update(USER, USER, "/abc"))
        fake.push(fake.update("admin1", "admin1", "/help"))
        victim = assistant.documents()[0]
        fake.push(fake.update("admin1", "admin1", f"/xoa {victim.doc_id}"))  # no buttons on Zalo: at once
        await fake.wait_for(lambda: len(fake.sent(USER)) >= 5 and len(fake.sent("admin1")) >= 3)
    welcome, first_answer, second_answer, help_text, unknown = fake.sent(USER)
    # the welcome with example questions comes once, before the first answer
    assert welcome.startswith("Xin chào!") and welcome.count("\n• ") == 3
    assert "[1]" in first_answer and "Xin chào!" not in second_answer
    # /help lists the commands and offers nothing a Zalo bot cannot do (receive files, see replies)
    for command in ("/hoi", "/nghiavu", "/hanchot", "/vanban", "/nguon"):
        assert command in help_text
    assert "tệp" not in help_text and "trả lời tin nhắn" not in help_text
    assert "/xoa" not in help_text and "/thongke" not in help_text
    assert unknown.startswith("Không có lệnh /abc.") and "/nghiavu" in unknown
    admin_welcome, admin_help, removed = fake.sent("admin1")
    assert admin_welcome == welcome
    assert "/xoa" in admin_help and "/thongke" in admin_help and "tệp" not in admin_help
    assert removed == f"Đã xóa văn bản {victim.doc_id} — {victim.title[:120]} ({victim.chunks} đoạn)."
    assert victim.doc_id not in {r.doc_id for r in assistant.documents()}


async def test_start_first_gets_one_welcome_and_nguon_alone_lists_the_sources(assistant, settings, fake):
    async with running(assistant, settings):
        for text in ("/start", "/nguon", QUESTION):
            fake.push(fake.update(USER, USER, text))
        await fake.wait_for(lambda: any("[1]" in m for m in fake.sent(USER)))
        fake.push(fake.update(USER, USER, "/nguon"))
        fake.push(fake.update(USER, USER, "/nguon 99"))
        await fake.wait_for(lambda: len(fake.sent(USER)) >= 5)
    welcome, no_answer_yet, answer, listing, unknown = fake.sent(USER)
    assert welcome == welcome_text() and welcome_text() not in answer  # /start was the first contact
    assert no_answer_yet == t("bot.source_none")
    labels = [c.label for c in assistant.ask(QUESTION).citations]
    assert listing.splitlines() == [t("bot.source_choose"), *labels]  # "[1] <short name> › <heading>", …
    assert all(label.startswith(f"[{n}] ") for n, label in enumerate(labels, 1))
    assert unknown.startswith("Không có trích dẫn số đó. Các số hiện có: 1")


async def test_a_follow_up_says_how_it_was_understood(assistant, settings, fake):
    async with running(assistant, settings):
        fake.push(fake.update(USER, USER, "Công đoàn cơ sở có nhiệm vụ gì trong thi đua, khen thưởng?"))
        await fake.wait_for(lambda: any("[1]" in m for m in fake.sent(USER)))
        fake.push(fake.update(USER, USER, "còn LĐLĐ huyện thì sao?"))
        await fake.wait_for(lambda: sum("[1]" in m for m in fake.sent(USER)) >= 2)
    first, second = [m for m in fake.sent(USER) if "[1]" in m]
    assert "Hiểu là" not in first  # answered as asked
    assert second.startswith("Hiểu là: LĐLĐ huyện có nhiệm vụ gì trong thi đua, khen thưởng?\n\n"), second


async def test_whom_it_goes_to_is_asked_of_the_document_the_previous_answer_quoted(assistant, settings, fake):
    question = "công đoàn cơ sở gửi báo cáo kết quả về đâu?"  # names no document
    quoted = assistant.ask(question).citations[0].passage
    async with running(assistant, settings):
        fake.push(fake.update(USER, USER, question))
        await fake.wait_for(lambda: any("[1]" in m for m in fake.sent(USER)))
        fake.push(fake.update(USER, USER, "gửi cho ai?"))
        await fake.wait_for(lambda: sum("[1]" in m for m in fake.sent(USER)) >= 2)
    recipients = [m for m in fake.sent(USER) if "[1]" in m][1]
    assert all(name in recipients for name in assistant.store.records()[quoted.doc_id].meta["recipients"])
    assert f"[1] {quoted.short_title} ›" in recipients, recipients


async def test_admin_removes_a_document_by_its_whole_id_not_the_beginning_of_it(assistant, settings, fake):
    """Zalo has no button to ask first: /xoa by a beginning of an id names the document and its whole id, removing
    nothing; the whole id removes it."""
    async with running(assistant, settings):
        fake.push(fake.update("admin1", "admin1", "/xoa 00"))
        fake.push(fake.update("admin1", "admin1", "/xoa 004_f"))
        await fake.wait_for(lambda: len(fake.sent("admin1")) >= 3)
        assert len(assistant.documents()) == 5
        fake.push(fake.update("admin1", "admin1", "/xoa 004_f2391f32d5c3f913.txt"))
        await fake.wait_for(lambda: len(fake.sent("admin1")) >= 4)
    _, ambiguous, named, removed = fake.sent("admin1")
    assert ambiguous.startswith("«00» khớp nhiều văn bản: 000_2d8df67a86871281.txt, ") and "Hãy ghi rõ hơn" in ambiguous
    assert named.startswith("Chưa xóa gì: «004_f»") and named.endswith("/xoa 004_f2391f32d5c3f913.txt"), named
    assert removed.startswith("Đã xóa văn bản 004_f2391f32d5c3f913.txt — ")
    assert [r.doc_id for r in assistant.documents()] == ["000_2d8df67a86871281.txt", "001_8a56ceed1e768dfa.txt",
                                                         "002_7749bce00e3bf8c6.txt", "003_d63619b5ae339ec1.txt"]


async def test_answers_computed_in_an_answer_process(assistant, settings, fake):
    """TROLY_BOT_ANSWER_PROCESSES: the answer comes from a worker process with its own Assistant on the
    same data folder — the same answer as the bot's own Assistant gives — and the worker stops with the bot."""
    pooled = settings.model_copy(update={"bot_answer_processes": 1})
    async with running(assistant, pooled) as bot:
        pool = bot.core.turns.pool
        assert pool is not None
        await pool.ready()
        fake.push(fake.update(USER, USER, QUESTION))
        await fake.wait_for(lambda: any("[1]" in m for m in fake.sent(USER)), timeout=120)
    assert bot.core.turns.pool is None  # stopped with the last bot
    expected = render_answer_zalo(assistant.ask(QUESTION))
    assert fake.sent(USER)[-len(expected):] == expected


async def test_a_first_hello_gets_the_welcome_once(assistant, settings, fake):
    async with running(assistant, settings):
        fake.push(fake.update(USER, USER, "Xin chào bạn"))
        fake.push(fake.update(USER, USER, "/vanban"))
        await fake.wait_for(lambda: any("Các văn bản đã nạp" in m for m in fake.sent(USER)))
    welcome, documents = fake.sent(USER)  # not the welcome followed by a second introduction
    assert welcome == welcome_text() and "Các văn bản đã nạp" in documents


async def test_a_member_asking_before_any_document_is_loaded_is_told_who_loads_them(make_settings, tmp_path, fake):
    from bot.answer.service import Assistant

    settings = make_settings(tmp_path / "empty", zalo_token=SecretStr(fake.token), zalo_api_url=fake.url)
    with Assistant(settings) as empty:
        async with running(empty, settings):
            fake.push(fake.update(USER, USER, "Hạn nộp báo cáo năm là ngày nào?"))
            await fake.wait_for(lambda: len(fake.sent(USER)) >= 2)
    reply = fake.sent(USER)[1]
    assert "Chưa có văn bản nào được nạp" in reply and "Quản trị viên" in reply
    assert "`" not in reply  # plain text: no markdown marks shown as they are
