"""End to end: the real python-telegram-bot against a fake Bot API server on 127.0.0.1, answering from
a copy of the ingested corpus. No bot object is mocked; everything goes over HTTP."""
from __future__ import annotations

import asyncio
import io
import json
import re
import time
from collections.abc import Callable

import pytest

from bot.channels.base import journal_name
from bot.channels.retry import Backoff
from bot.channels.telegram import TelegramBot
from fakes.bots import running_bot
from fakes.logcapture import json_logs
from fakes.telegram_api import FakeTelegram
from troly.texts import t

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


def running(assistant, settings):
    return running_bot(TelegramBot, assistant, settings)


def texts(fake: FakeTelegram, chat: int) -> list[str]:
    return [m["text"] for m in fake.bot_messages(chat)]


def source_buttons(message: dict) -> list[dict]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return [b for row in rows for b in row]


async def test_private_question_answered_with_citation_and_source_button(assistant, settings, fake):
    async with running(assistant, settings):
        assert set(fake.menu(USER)) >= {"start", "help", "hoi", "nghiavu", "hanchot", "vanban"}
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


async def test_an_abstention_shows_its_related_passages_as_the_terminal_does(assistant, settings, fake):
    """"Các văn bản đã nạp không đề cập …": the passages that may be related are all the member gets, so each is
    quoted at the terminal's length (not the few words a found answer's citation shows where its quote stands)."""
    from bot.channels.render import render_answer_text

    question = "Mức đóng bảo hiểm xã hội bắt buộc của giáo viên là bao nhiêu phần trăm tiền lương?"
    terminal = render_answer_text(assistant.ask(question))
    async with running(assistant, settings):
        fake.message(USER, USER, question)
        await fake.wait_for(lambda: any("không đề cập" in m["text"] for m in fake.bot_messages(USER)))
        await asyncio.sleep(0.5)  # a long reply may come as more than one message
    shown = "\n".join(texts(fake, USER))
    quotes = re.findall(r"“(.*?)”", terminal, re.S)
    assert quotes and min(map(len, quotes)) > 100, terminal
    for quote in quotes:
        assert " ".join(quote.split()).replace("&", "&amp;").replace("<", "&lt;") in shown, (quote, shown)


async def test_a_follow_up_says_how_it_was_understood(assistant, settings, fake):
    async with running(assistant, settings):
        fake.message(USER, USER, "Công đoàn cơ sở có nhiệm vụ gì trong thi đua, khen thưởng?")
        await fake.wait_for(lambda: any(source_buttons(m) for m in fake.bot_messages(USER)))
        fake.message(USER, USER, "còn LĐLĐ huyện thì sao?")
        await fake.wait_for(lambda: sum(bool(source_buttons(m)) for m in fake.bot_messages(USER)) >= 2)
    first, second = [m["text"] for m in fake.bot_messages(USER) if source_buttons(m)]
    assert "Hiểu là" not in first
    assert second.startswith("<i>Hiểu là: LĐLĐ huyện có nhiệm vụ gì trong thi đua, khen thưởng?</i>\n\n"), second


async def test_group_answers_only_when_addressed(assistant, settings, fake):
    async with running(assistant, settings) as bot:
        fake.message(GROUP, USER, "Thời hạn gửi báo cáo là khi nào?", chat_type="supergroup")
        fake.message(GROUP, USER, "@troly_test_bot Thời hạn gửi báo cáo là khi nào?", chat_type="supergroup")
        await fake.wait_for(lambda: len(fake.bot_messages(GROUP)) >= 1)
        first = fake.bot_messages(GROUP)[0]
        # a reply to the bot's answer is addressed to the bot too; /hoi always is
        fake.message(GROUP, USER, "Còn chỉ tiêu phát triển đoàn viên?", chat_type="supergroup",
                     reply_to={k: v for k, v in first.items() if not k.startswith("_")})
        fake.message(GROUP, USER, "/hoi@troly_test_bot Ai ký ban hành kế hoạch?", chat_type="supergroup")
        fake.message(GROUP, USER, "Cảm ơn mọi người nhé", chat_type="supergroup")
        await fake.wait_for(lambda: len(fake.bot_messages(GROUP)) >= 3)
        await _settle(fake, bot)
        sent = fake.bot_messages(GROUP)
        assert len(sent) == 3, [m["text"][:80] for m in sent]
        assert all(source_buttons(m) for m in sent)
        # answers in a group are replies to the question they answer
        assert all(m["_reply_parameters"] for m in sent)


async def _settle(fake: FakeTelegram, bot: TelegramBot) -> None:
    """Wait until the bot has taken every update given it (a poll confirms those before it: the fake drops them), has
    no update still being handled and has sent nothing new since: instead of waiting out a quiet spell, whatever the
    machine's load."""
    def state() -> tuple[int, int]:
        return len(fake.calls_of("sendMessage")), len(fake.calls_of("editMessageText"))

    async with asyncio.timeout(120):
        while True:
            before = state()
            await asyncio.sleep(0.05)
            if not fake.updates and not bot.workers.busy and state() == before:
                return


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for i, text in enumerate(paragraphs):
        if i == 0:
            document.add_heading(text, level=1)
        else:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


HOI_THAO = [
    "KẾ HOẠCH Tổ chức Hội thao công nhân viên chức ngành đường sắt năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Tạo sân chơi rèn luyện thể chất cho công nhân viên chức, người lao động ngành đường sắt.",
    "II. NỘI DUNG",
    "1. Hội thao gồm các môn kéo co, cầu lông, bóng bàn và chạy việt dã, tổ chức tại sân vận động Gia Lâm "
    "trong hai ngày 14 và 15 tháng 8 năm 2026.",
    "2. Mỗi công đoàn cơ sở cử một đoàn vận động viên tối đa 20 người, đăng ký với Ban Tổ chức trước ngày 30/7/2026.",
]


async def test_admin_uploads_docx_then_it_is_answerable(assistant, settings, fake):
    async with running(assistant, settings):
        fake.document(ADMIN, ADMIN, "hoi-thao-duong-sat.docx", _docx(HOI_THAO))
        await fake.wait_for(lambda: any("đã thêm" in text for text in texts(fake, ADMIN)), timeout=300)
        summary = texts(fake, ADMIN)[-1]
        assert "hoi-thao-duong-sat.docx" in summary
        assert "hoi-thao-duong-sat.docx" in {r.doc_id for r in assistant.documents()}

        fake.message(ADMIN, ADMIN, "Hội thao ngành đường sắt tổ chức những môn nào?")
        await fake.wait_for(lambda: any(source_buttons(m) for m in fake.bot_messages(ADMIN)))
        answer = fake.bot_messages(ADMIN)[-1]["text"]
        assert "kéo co" in answer and "Hội thao" in answer, answer

        fake.message(ADMIN, ADMIN, "/vanban")
        await fake.wait_for(lambda: "Các văn bản đã nạp" in texts(fake, ADMIN)[-1])
        assert "hoi-thao-duong-sat.docx" in texts(fake, ADMIN)[-1]


async def test_an_upload_summary_carries_its_warnings_and_says_when_nothing_was_new(assistant, settings, fake):
    """What `troly ingest` warns of reaches the admin on Telegram too; a copy already loaded is not "vừa nạp"."""
    english = ("Annual report. The trade union committee sends the annual report to the provincial federation "
               "before the fifteenth of December every year, with the figures of its members and activities.\n")
    async with running(assistant, settings):
        fake.document(ADMIN, ADMIN, "annual-report.txt", english.encode())
        await fake.wait_for(lambda: any("[đã thêm] annual-report.txt" in m for m in texts(fake, ADMIN)), timeout=300)
        fake.document(ADMIN, ADMIN, "ban-sao.txt", english.encode())
        await fake.wait_for(lambda: any("[trùng nội dung] ban-sao.txt" in m for m in texts(fake, ADMIN)), timeout=300)
    added = next(m for m in texts(fake, ADMIN) if "[đã thêm] annual-report.txt" in m)
    assert t("ingest.input.not_vietnamese") in added and "Hỏi thử ngay" in added, added
    copy = next(m for m in texts(fake, ADMIN) if "[trùng nội dung] ban-sao.txt" in m)
    assert "Hỏi thử ngay" not in copy and "không có gì mới" in copy, copy


def test_an_upload_reply_cuts_a_long_title_at_a_word_as_the_command_line_does():
    """Before, the bot cut a document's long title at 120 characters, mid-word; it now ends at a word, with " …"."""
    from bot.channels.core import TITLE_CHARS, ChannelCore
    from ingest.pipeline import IngestReport, IngestResult

    title = "Kế hoạch tổ chức các hoạt động chăm lo đời sống đoàn viên, người lao động nhân dịp Tết Nguyên đán " \
            "Bính Ngọ cùng Tháng Công nhân của Công đoàn ngành Giáo dục thành phố"
    assert len(title) > TITLE_CHARS and title[TITLE_CHARS - 1] != " " and title[TITLE_CHARS] != " "
    added = IngestResult(id="ke-hoach.txt", source="ke-hoach.txt", status="added", title=title, chunks=3)
    line = ChannelCore.ingest_summary(IngestReport([added], seconds=1.0)).splitlines()[0]
    shown = line.split(" — ", 1)[1].rsplit(" (", 1)[0]
    assert shown.endswith(" …") and len(shown) <= TITLE_CHARS, line
    assert title.startswith(shown[:-2] + " "), line


async def test_non_admin_upload_and_admin_commands_refused(assistant, settings, fake):
    before = {r.doc_id for r in assistant.documents()}
    async with running(assistant, settings):
        fake.document(USER, USER, "cua-toi.docx", _docx(HOI_THAO))
        await fake.wait_for(lambda: len(texts(fake, USER)) >= 1)
        fake.message(USER, USER, f"/xoa {sorted(before)[0]}")
        fake.message(USER, USER, "/thongke")
        await fake.wait_for(lambda: len(texts(fake, USER)) >= 3)
        assert all("chỉ quản trị viên" in text for text in texts(fake, USER)), texts(fake, USER)
        assert not fake.files or not any(c.params.get("file_id") for c in fake.calls_of("getFile"))
    assert {r.doc_id for r in assistant.documents()} == before


async def test_admin_removes_a_document_after_confirming_and_sees_stats(assistant, settings, fake):
    victim = assistant.documents()[0]
    async with running(assistant, settings):
        fake.message(ADMIN, ADMIN, "Nội dung về chuyện nấu phở bò gia truyền ra sao?")
        await fake.wait_for(lambda: len(texts(fake, ADMIN)) >= 1)
        # /xoa asks first, saying what would go: the title and the number of passages
        fake.message(ADMIN, ADMIN, f"/xoa {victim.doc_id}")
        await fake.wait_for(lambda: len(texts(fake, ADMIN)) >= 2)
        question = fake.bot_messages(ADMIN)[-1]
        assert victim.doc_id in question["text"] and f"({victim.chunks} đoạn)" in question["text"]
        assert victim.title[:40].replace("&", "&amp;") in question["text"]
        assert victim.doc_id in {r.doc_id for r in assistant.documents()}  # nothing removed yet
        yes, no = source_buttons(question)
        assert (yes["text"], no["text"]) == ("Xóa", "Không xóa")
        # "no" keeps the document, and the question loses its buttons
        fake.press(ADMIN, {k: v for k, v in question.items() if not k.startswith("_")}, no["callback_data"])
        await fake.wait_for(lambda: "vẫn còn" in fake.bot_messages(ADMIN)[-1]["text"])
        assert not source_buttons(fake.bot_messages(ADMIN)[-1])
        assert victim.doc_id in {r.doc_id for r in assistant.documents()}
        # a user who is not an admin cannot press "yes" on the admin's question
        fake.message(ADMIN, ADMIN, f"/xoa {victim.doc_id}")
        await fake.wait_for(lambda: len(texts(fake, ADMIN)) >= 3)
        question = fake.bot_messages(ADMIN)[-1]
        yes = source_buttons(question)[0]
        public = {k: v for k, v in question.items() if not k.startswith("_")}
        fake.press(USER, public, yes["callback_data"])
        await fake.wait_for(lambda: fake.calls_of("answerCallbackQuery")[-1].params.get("show_alert"))
        assert "chỉ quản trị viên" in fake.calls_of("answerCallbackQuery")[-1].params["text"]
        assert victim.doc_id in {r.doc_id for r in assistant.documents()}
        fake.press(ADMIN, public, yes["callback_data"])
        await fake.wait_for(lambda: "Đã xóa văn bản" in fake.bot_messages(ADMIN)[-1]["text"])
        done = fake.bot_messages(ADMIN)[-1]["text"]
        assert victim.doc_id in done and f"({victim.chunks} đoạn)" in done
        fake.message(ADMIN, ADMIN, "/xoa khong-co-van-ban-nay")
        await fake.wait_for(lambda: "Không có văn bản mã khong-co-van-ban-nay" in texts(fake, ADMIN)[-1])
        fake.message(ADMIN, ADMIN, "/thongke")
        await fake.wait_for(lambda: "Thống kê" in texts(fake, ADMIN)[-1])
        stats = texts(fake, ADMIN)[-1]
    assert victim.doc_id not in {r.doc_id for r in assistant.documents()}
    assert "Văn bản: 4" in stats and "Câu hỏi đã nhận: 1" in stats, stats
    assert "nấu phở bò" in stats  # the recent question that found nothing


async def test_admin_commands_only_in_admin_menus_and_unknown_commands_say_so(assistant, settings, fake):
    async with running(assistant, settings):
        # the menus come from the command table: admins see /xoa and /thongke, nobody else does
        assert "xoa" not in fake.menu(USER) and "thongke" not in fake.menu(USER)
        assert {"hoi", "nghiavu", "hanchot", "vanban", "nguon"} <= set(fake.menu(USER))
        assert {"xoa", "thongke"} <= set(fake.menu(ADMIN)) and set(fake.menu(USER)) < set(fake.menu(ADMIN))
        fake.message(USER, USER, "/abc")
        fake.message(USER, USER, "/help")
        fake.message(ADMIN, ADMIN, "/help")
        await fake.wait_for(lambda: len(texts(fake, USER)) >= 2 and texts(fake, ADMIN))
    unknown, user_help = texts(fake, USER)
    assert unknown.startswith("Không có lệnh /abc.") and "/nghiavu" in unknown
    assert "/nghiavu" in user_help and "/xoa" not in user_help and "/thongke" not in user_help
    admin_help = texts(fake, ADMIN)[0]
    assert "/xoa" in admin_help and "/thongke" in admin_help and "gửi tệp" in admin_help


async def test_rate_limit_and_too_long_question(assistant, settings, fake):
    limited = settings.model_copy(update={"rate_limit_per_minute": 2})
    async with running(assistant, limited) as bot:
        fake.message(USER, USER, "x" * 2500)
        await fake.wait_for(lambda: len(texts(fake, USER)) >= 1)
        assert "dài quá" in texts(fake, USER)[0]
        for _ in range(3):
            fake.message(USER, USER, "Thời hạn gửi báo cáo là khi nào?")
        await fake.wait_for(lambda: len(texts(fake, USER)) >= 4)
        await _settle(fake, bot)
        replies = texts(fake, USER)[1:]
        assert sum("hỏi hơi nhanh" in r for r in replies) == 1, replies
        assert sum("<b>[1]</b>" in r for r in replies) == 2
        # another user is not affected by the first one's limit
        fake.message(USER + 1, USER + 1, "Thời hạn gửi báo cáo là khi nào?")
        await fake.wait_for(lambda: len(texts(fake, USER + 1)) >= 1)
        assert "<b>[1]</b>" in texts(fake, USER + 1)[0]


async def test_429_and_5xx_are_retried_and_logs_hold_no_token(assistant, settings, fake, recwarn):
    """Also: a 429 puts no deprecation warning among the bot's JSON log lines (before, python-telegram-bot warned
    on stderr of each RetryAfter it raised that `retry_after` will become a timedelta)."""
    with json_logs(settings) as logs:
        fake.fail("sendMessage", 429, retry_after=1)
        fake.fail("sendMessage", 502)
        async with running(assistant, settings):
            fake.message(USER, USER, "Thời hạn gửi báo cáo là khi nào?")
            await fake.wait_for(lambda: len(texts(fake, USER)) >= 1)
            sends = fake.calls_of("sendMessage")
            assert len(sends) >= 3
            assert sends[1].at - sends[0].at >= 0.9  # waited for retry_after
            assert "<b>[1]</b>" in texts(fake, USER)[0]
            assert len(texts(fake, USER)) == 1  # answered once, despite the retries
    assert settings.telegram_token not in logs.text
    assert settings.telegram_token.split(":")[1] not in logs.text
    lines = logs.lines()
    assert any(line.get("method") == "sendMessage" and line["msg"].startswith("retrying") for line in lines)
    answered = [line for line in lines if line["msg"] == "question answered"]
    assert answered and answered[0]["chat"] == USER and answered[0]["update"] >= 1
    assert not [w for w in recwarn if "retry_after" in str(w.message)], [str(w.message) for w in recwarn]


async def test_allowed_chats_limit_who_may_use_the_bot(assistant, settings, fake):
    closed = settings.model_copy(update={"allowed_chats": [USER]})
    async with running(assistant, closed):
        fake.message(USER + 7, USER + 7, "Thời hạn gửi báo cáo là khi nào?")
        fake.message(USER, USER, "Thời hạn gửi báo cáo là khi nào?")
        await fake.wait_for(lambda: texts(fake, USER) and texts(fake, USER + 7))
    assert "chỉ phục vụ" in texts(fake, USER + 7)[0]
    assert "<b>[1]</b>" in texts(fake, USER)[0]


async def test_no_update_lost_or_answered_twice_across_restart(assistant, settings, fake):
    from bot.channels.database import BotDB

    async with running(assistant, settings):
        first = fake.message(USER, USER, "Thời hạn gửi báo cáo là khi nào?")
        await fake.wait_for(lambda: len(texts(fake, USER)) >= 1)
    # a crash left one update journaled but not handled, and Telegram delivers the handled one again
    db = BotDB(settings.data_dir / "bot.sqlite")
    pending = {"update_id": 9999, "message": {"message_id": 5, "date": int(time.time()), "text": "/vanban",
                                             "entities": [{"type": "bot_command", "offset": 0, "length": 7}],
                                             "chat": {"id": USER, "type": "private"},
                                             "from": {"id": USER, "is_bot": False, "first_name": "A"}}}
    assert db.journal.accept(journal_name("telegram", fake.token), "9999", pending)
    db.close()
    async with running(assistant, settings) as bot:
        fake.updates.append(fake.delivered[first])  # Telegram sends the handled update once more
        await fake.wait_for(lambda: len(texts(fake, USER)) >= 2)
        await _settle(fake, bot)
    sent = texts(fake, USER)
    assert len(sent) == 2, sent
    assert "Các văn bản đã nạp" in sent[1]


async def test_a_data_folder_polled_with_higher_update_numbers_does_not_make_the_bot_deaf(assistant, settings):
    """Telegram numbers a bot's updates from its own start, and anew after a week without any; a data
    folder first used with higher numbers (another bot's token, a test bot, or before the renumbering)
    must not make the bot confirm the new updates unseen."""
    async with FakeTelegram(first_update_id=900_000) as before:
        async with running(assistant, settings.model_copy(update={"telegram_api_url": before.url})):
            before.message(USER, USER, "/vanban")
            await before.wait_for(lambda: len(texts(before, USER)) >= 1)
    async with FakeTelegram(first_update_id=500) as after:
        async with running(assistant, settings.model_copy(update={"telegram_api_url": after.url})):
            after.message(USER, USER, "/vanban")
            await after.wait_for(lambda: len(texts(after, USER)) >= 1, timeout=20)
            after.message(USER, USER, "/help")
            await after.wait_for(lambda: len(texts(after, USER)) >= 2, timeout=20)
    assert "Các văn bản đã nạp" in texts(after, USER)[0]


async def test_a_new_bot_token_on_an_old_data_folder_is_not_silenced(assistant, settings):
    """Each bot numbers its own updates from 1: a data folder whose journal holds another bot's update 1 (an old
    token, a test bot) must not have the new bot skip its own update 1 as "seen before"."""
    async with FakeTelegram(token="111111:OLD-token-secret") as old:
        async with running(assistant, settings.model_copy(update={"telegram_token": old.token,
                                                                   "telegram_api_url": old.url})):
            old.message(USER, USER, "/vanban")
            await old.wait_for(lambda: len(texts(old, USER)) >= 1)
    async with FakeTelegram(token="222222:NEW-token-secret") as new:
        async with running(assistant, settings.model_copy(update={"telegram_token": new.token,
                                                                   "telegram_api_url": new.url})):
            new.message(USER, USER, "/vanban")  # update 1 again, of another bot
            await new.wait_for(lambda: len(texts(new, USER)) >= 1, timeout=20)
    assert "Các văn bản đã nạp" in texts(new, USER)[0]


async def test_a_bot_upgraded_in_place_keeps_its_journal_of_before_it_was_kept_per_bot(assistant, settings, fake):
    """A bot.sqlite written when the journal was keyed by channel alone: after the upgrade the same bot still
    replays the update it had not finished and skips the one it had answered, delivered again."""
    import sqlite3

    handled = fake.message_update(USER, USER, "Thời hạn gửi báo cáo là khi nào?")
    pending = fake.message_update(USER, USER, "/vanban")
    old = sqlite3.connect(settings.data_dir / "bot.sqlite")
    old.executescript("CREATE TABLE updates (channel TEXT, key TEXT, payload TEXT, state TEXT, at REAL, "
                      "attempts INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (channel, key));")
    old.executemany("INSERT INTO updates VALUES ('telegram', ?, ?, ?, ?, ?)",
                    [(str(handled["update_id"]), json.dumps(handled), "done", time.time(), 1),
                     (str(pending["update_id"]), json.dumps(pending), "pending", time.time(), 0)])
    old.commit()
    old.close()
    async with running(assistant, settings) as bot:
        await fake.wait_for(lambda: len(texts(fake, USER)) >= 1)  # the pending one, replayed
        fake.raw(handled)  # Telegram delivers the answered one once more
        await _settle(fake, bot)
    sent = texts(fake, USER)
    assert len(sent) == 1, sent
    assert "Các văn bản đã nạp" in sent[0]


async def test_a_list_of_a_body_named_at_length_pages_on_with_its_whole_name(assistant, settings, fake, tmp_path):
    """/nghiavu of a doer written out in full (69 bytes: more than a button's 64 bytes of callback data holds):
    "Xem thêm ›" shows page 2 of the same list, headed by the name as typed — not a name cut mid-word."""
    doer = "Các câu lạc bộ thể thao, văn nghệ của đoàn viên trẻ"
    tasks = ["giải bóng đá", "hội diễn văn nghệ", "giải cầu lông", "giải chạy", "hội thi ảnh", "đêm nhạc",
             "giải cờ vua", "hội thao mùa hè"]
    plan = tmp_path / "clb.txt"
    plan.write_text("\n".join(["LIÊN ĐOÀN LAO ĐỘNG TỈNH", "Số: 12/KH-LĐLĐ", "", "KẾ HOẠCH",
                               "Hoạt động văn hóa, thể thao năm 2027", "", "I. TỔ CHỨC THỰC HIỆN",
                               "Bảng thời hạn thực hiện:", "",
                               "| STT | Nội dung công việc | Đơn vị thực hiện | Thời hạn |", "|---|---|---|---|",
                               *(f"| {n} | Tổ chức {task} | {doer} | Trước ngày {n + 10}/0{n}/2027 |"
                                 for n, task in enumerate(tasks, 1))]), encoding="utf-8")
    assert not assistant.ingest([plan]).failed
    async with running(assistant, settings):
        fake.message(USER, USER, f"/nghiavu {doer}")
        await fake.wait_for(lambda: any("Trang 1/2" in m for m in texts(fake, USER)))
        page1 = next(m for m in fake.bot_messages(USER) if "Trang 1/2" in m["text"])
        more = next(b for b in source_buttons(page1) if "Xem thêm" in b["text"])
        fake.press(USER, {k: v for k, v in page1.items() if not k.startswith("_")}, more["callback_data"])
        await fake.wait_for(lambda: "Trang 2/2" in fake.sent[(USER, page1["message_id"])]["text"])
        page2 = dict(fake.sent[(USER, page1["message_id"])])  # as shown now: the message is edited again below
        back = next(b for b in source_buttons(page2) if "Trước" in b["text"])
        fake.press(USER, {k: v for k, v in page2.items() if not k.startswith("_")}, back["callback_data"])
        await fake.wait_for(lambda: "Trang 1/2" in fake.sent[(USER, page1["message_id"])]["text"])
    assert doer in page2["text"].split("\n")[0], page2["text"][:200]
    assert "7. " in page2["text"] and "hội thao mùa hè" in page2["text"]


class StreamingAssistant:
    """An assistant-level token source, as the language-model mode will be: the real Assistant's
    answer, made long (its cited paragraphs appended), handed to on_token piece by piece. The next
    piece comes once the chat has shown something new (`shown()` counts what it was shown): each
    piece stays a while, on a loaded machine as on an idle one."""

    def __init__(self, assistant, shown: Callable[[], int], steps: int = 4) -> None:
        self.inner = assistant
        self.shown = shown
        self.steps = steps

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def ask(self, question, history=None, on_token=None, filters=None):
        from dataclasses import replace

        answer = self.inner.ask(question, history=history, filters=filters)
        paragraphs = [answer.answer]
        while sum(map(len, paragraphs)) < 9000:
            paragraphs += [f"[{c.n}] {c.passage.text}" for c in answer.citations]
        text = "\n\n".join(paragraphs)
        for i in range(self.steps):  # each new piece, as Assistant.ask documents
            before = self.shown()
            if on_token:
                on_token(text[len(text) * i // self.steps: len(text) * (i + 1) // self.steps])
            deadline = time.monotonic() + 20  # a bot that never shows it fails the test's checks
            while self.shown() == before and time.monotonic() < deadline:
                time.sleep(0.05)
        return replace(answer, answer=text)


async def test_streamed_long_answer_edits_at_most_once_a_second_and_splits(assistant, settings, fake):
    def shown() -> int:
        return sum(c.params["chat_id"] == USER for c in fake.calls if c.method in ("sendMessage", "editMessageText"))

    async with running(StreamingAssistant(assistant, shown), settings):
        fake.message(USER, USER, "Thời hạn gửi báo cáo là khi nào?")
        await fake.wait_for(lambda: any(source_buttons(m) for m in fake.bot_messages(USER)), timeout=120)
    sent = fake.bot_messages(USER)
    edits = [c for c in fake.calls_of("editMessageText") if c.params["chat_id"] == USER]
    assert len(edits) >= 2, "the answer was not shown while it grew"
    gaps = [b.at - a.at for a, b in zip(edits, edits[1:])]
    assert min(gaps) >= 0.95, gaps
    # the streamed message became the first part of the final answer, the rest followed
    assert len(sent) >= 3 and sent[0].get("_edits", 0) == len(edits)
    assert all(len(m["text"]) <= 4096 for m in sent)
    assert not sent[0]["text"].endswith("…")
    joined = "\n\n".join(m["text"] for m in sent)
    citations = re.findall(r"<b>\[(\d+)\]</b>[^\n]*\n“[^”]*”", joined)
    assert citations == [str(i) for i in range(1, len(citations) + 1)] and citations
    for m in sent:  # a citation line and its quote always travel together
        assert len(re.findall(r"<b>\[\d+\]</b>", m["text"])) == len(re.findall(r"<b>\[\d+\]</b>[^\n]*\n“", m["text"]))
    assert source_buttons(sent[-1]) and not any(source_buttons(m) for m in sent[:-1])
    # what was shown while streaming was the beginning of the answer
    streamed = next(c for c in fake.calls_of("sendMessage") if c.params["chat_id"] == USER).params["text"]
    assert streamed.endswith(" …") and joined.startswith(streamed.removesuffix(" …")[:200])


async def test_webhook_mode_checks_the_secret(assistant, settings, fake):
    import aiohttp

    hooked = settings.model_copy(update={"telegram_webhook_secret": "tg-hook-secret", "webhook_listen": "127.0.0.1",
                                         "webhook_port": 0})
    bot = TelegramBot(assistant, hooked, backoff=Backoff(attempts=3, base=0.05, cap=0.2))
    await bot.start("https://troly.example.vn/tg/hook")
    try:
        assert fake.webhook["url"] == "https://troly.example.vn/tg/hook"
        assert fake.webhook["secret_token"] == "tg-hook-secret"
        assert not fake.calls_of("getUpdates")  # no polling in webhook mode
        url = f"http://127.0.0.1:{bot.webhook_port}/tg/hook"
        update = fake.message_update(USER, USER, "Thời hạn gửi báo cáo là khi nào?")
        async with aiohttp.ClientSession() as http:
            for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
                async with http.post(url, json=update, headers=headers) as r:
                    assert r.status == 403
            for _ in range(2):  # Telegram retrying a delivery must not get two answers
                async with http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "tg-hook-secret"}) as r:
                    assert r.status == 200
        await fake.wait_for(lambda: len(texts(fake, USER)) >= 1)
        await _settle(fake, bot)
    finally:
        await bot.stop()
    assert len(texts(fake, USER)) == 1 and "<b>[1]</b>" in texts(fake, USER)[0]


async def test_bad_uploads_get_reasons_and_the_bot_goes_on(assistant, settings, fake):
    small = settings.model_copy(update={"max_file_mb": 0.05})
    async with running(assistant, small):
        fake.message(ADMIN, ADMIN, "/start")
        fake.document(ADMIN, ADMIN, "anh.jpg", b"\xff\xd8\xff" + b"0" * 100)
        fake.document(ADMIN, ADMIN, "lon-qua.txt", ("Điều 1. " + "nội dung " * 10_000).encode())
        fake.document(ADMIN, ADMIN, "hong.docx", b"PK\x03\x04 this is not really a docx")
        fake.document(ADMIN, ADMIN, "cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
        fake.message(ADMIN, ADMIN, "Thời hạn gửi báo cáo là khi nào?")
        await fake.wait_for(lambda: any(source_buttons(m) for m in fake.bot_messages(ADMIN)), timeout=120)
    sent = texts(fake, ADMIN)
    start = sent[0]
    assert "Bạn có thể hỏi" in start and start.count("\n• ") == 3
    assert any("anh.jpg" in m and "chỉ nhận .txt" in m for m in sent)
    assert any("cu.doc" in m and "Word hoặc LibreOffice" in m and "lưu dưới dạng .docx" in m for m in sent), sent
    assert any("lon-qua.txt" in m and "vượt giới hạn" in m for m in sent)
    assert any(m.startswith("[lỗi] hong.docx") for m in sent), sent
    assert "<b>[1]</b>" in sent[-1]


async def test_troly_telegram_command_runs_answers_and_stops_on_sigterm(corpus_data, cli_env, fake, tmp_path):
    import json

    from tests.helpers import ForkedTroly

    env = dict(cli_env, TROLY_TELEGRAM_TOKEN=fake.token, TROLY_TELEGRAM_API_URL=fake.url)
    proc = ForkedTroly(["telegram"], env, tmp_path / "streams")  # a process of its own, forked: no fresh interpreter
    try:
        await fake.wait_for(lambda: fake.calls_of("getUpdates"), timeout=180)
        fake.message(USER, USER, "Thời hạn gửi báo cáo là khi nào?")
        await fake.wait_for(lambda: texts(fake, USER), timeout=180)
    finally:
        proc.terminate()  # SIGTERM, as a service manager stops it
        run = await asyncio.to_thread(proc.wait, 60)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "<b>[1]</b>" in texts(fake, USER)[0]
    logs = run.stderr
    assert fake.token not in logs and fake.token.split(":")[1] not in logs
    events = [json.loads(line) for line in logs.splitlines() if line.startswith("{")]
    assert any(e.get("event") == "answered" and e.get("chat") == USER for e in events), logs[-2000:]


STREAM_SECONDS = 3.5  # how long the model takes to stream its answer: room for a few edits a second apart


async def test_language_model_answer_streams_into_one_telegram_message(make_settings, corpus_data, fake):
    """TROLY_LLM mode against the fake OpenAI-compatible server: tokens reach Telegram as edits of
    one message (at most one a second), which ends as the final answer with its sources."""
    from bot.answer.service import Assistant
    from fakes.openai_server import FakeOpenAI, Reply

    def script(body: dict) -> Reply:
        prompt = body["messages"][-1]["content"]
        first = re.search(r"\[1\][^\n]*\n(?:[^\n]*\n)*?Nội dung: ([^\n]+)", prompt)
        sentence = re.split(r"(?<=[.;])\s", first.group(1))[0].rstrip(".;: ") if first else "Không rõ"
        text = f"{sentence} [1]."
        return Reply(text, chunk_delay=STREAM_SECONDS / len(text.split()))  # word by word, however long

    with FakeOpenAI(script) as server:
        settings = make_settings(corpus_data, llm="openai:fake-model", llm_base_url=server.base_url, llm_timeout=30.0,
                                 telegram_token=fake.token, telegram_api_url=fake.url)
        async with running(Assistant(settings), settings):
            fake.message(USER, USER, "Công đoàn giáo dục tuyên truyền Kết luận 21 như thế nào?")
            await fake.wait_for(lambda: any(source_buttons(m) for m in fake.bot_messages(USER)), timeout=120)
    edits = [c for c in fake.calls_of("editMessageText") if c.params["chat_id"] == USER]
    first = next(c for c in fake.calls_of("sendMessage") if c.params["chat_id"] == USER)
    final = fake.bot_messages(USER)
    assert len(final) == 1, [m["text"] for m in final]  # the streamed message became the answer
    assert first.params["text"].endswith(" …") and len(edits) >= 2
    assert min(b.at - a.at for a, b in zip(edits, edits[1:])) >= 0.95
    shown = first.params["text"].removesuffix(" …")
    assert final[0]["text"].startswith(shown[:40]), (shown, final[0]["text"][:200])
    assert "<b>[1]</b>" in final[0]["text"]


async def test_troly_telegram_with_a_rejected_token_says_so(corpus_data, cli_env, fake, tmp_path):
    from tests.helpers import ForkedTroly

    env = dict(cli_env, TROLY_TELEGRAM_TOKEN="999:revoked-token-value", TROLY_TELEGRAM_API_URL=fake.url)
    proc = ForkedTroly(["telegram"], env, tmp_path / "streams")  # a process of its own
    run = await asyncio.to_thread(proc.wait, 180)
    assert run.returncode == 2
    assert "Telegram từ chối token" in run.stderr
    assert "revoked-token-value" not in run.stdout + run.stderr


async def test_a_bot_api_address_answering_not_found_is_named_beside_the_token(corpus_data, cli_env, fake, tmp_path):
    """Before, TROLY_TELEGRAM_API_URL set to a wrong path of a server ("…/bot", answered 404 to every call) was told
    only "Telegram từ chối token (TROLY_TELEGRAM_TOKEN sai …)": the admin checked a right token."""
    from tests.helpers import ForkedTroly

    wrong = fake.url + "/bot"
    env = dict(cli_env, TROLY_TELEGRAM_TOKEN=fake.token, TROLY_TELEGRAM_API_URL=wrong)
    run = await asyncio.to_thread(ForkedTroly(["telegram"], env, tmp_path / "streams").wait, 180)
    assert run.returncode == 2, run.stderr
    last = run.stderr.strip().splitlines()[-1]
    assert "Telegram từ chối token" in last
    assert t("channels.or_api_url", channel="Telegram", setting="TROLY_TELEGRAM_API_URL", url=wrong) in last


async def test_troly_telegram_without_a_reachable_server_says_so(corpus_data, cli_env, tmp_path):
    import socket

    from tests.helpers import ForkedTroly

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(cli_env, TROLY_DATA_DIR=str(corpus_data), TROLY_TELEGRAM_TOKEN="999:unused-token-value",
               TROLY_TELEGRAM_API_URL=f"http://127.0.0.1:{port}")
    run = await asyncio.to_thread(ForkedTroly(["telegram"], env, tmp_path / "streams").wait, 180)
    assert run.returncode == 2, run.stderr
    last = run.stderr.strip().splitlines()[-1]
    assert last == t("cli.error", message=t("channels.unreachable", channel="Telegram",
                                              setting="TROLY_TELEGRAM_API_URL"))
    assert "Traceback" not in run.stderr and "unused-token-value" not in run.stderr


async def test_greetings_and_thanks_are_not_counted_as_questions_that_found_nothing(assistant, settings, fake):
    async with running(assistant, settings):
        for text in ("chào bot", "Cách làm món bánh cuốn Thanh Trì?", "ok cảm ơn nhiều nha", "🙏", "?!"):
            fake.message(USER, USER, text)
        await fake.wait_for(lambda: len(texts(fake, USER)) >= 5)
        fake.message(ADMIN, ADMIN, "/thongke")
        await fake.wait_for(lambda: any("Thống kê" in m for m in texts(fake, ADMIN)))
    stats = next(m for m in texts(fake, ADMIN) if "Thống kê" in m)
    assert "Câu hỏi đã nhận: 1" in stats and "bánh cuốn" in stats, stats
    assert "chào bot" not in stats and "cảm ơn" not in stats and "🙏" not in stats and "?!" not in stats, stats


async def test_start_and_a_greeting_offer_the_same_example_questions(assistant, settings, fake):
    async with running(assistant, settings):
        fake.message(USER, USER, "/start")
        fake.message(USER, USER, "chào bot")
        await fake.wait_for(lambda: len(texts(fake, USER)) >= 2)
    start, greeting = texts(fake, USER)
    examples = [line for line in start.splitlines() if line.startswith("• ")]
    assert len(examples) == 3 and [line for line in greeting.splitlines() if line.startswith("• ")] == examples


async def test_the_duties_of_a_body_only_the_documents_name_are_listed_not_refused(assistant, settings, fake, tmp_path):
    """/nghiavu of a body no table names, typed without diacritics ("hoi khuyen hoc phuong"), as a plan's "Tổ chức
    thực hiện" gives it its duties: its list — before, "Không nhận ra đơn vị"."""
    plan = tmp_path / "khuyenhoc.txt"
    plan.write_text("\n".join(["ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH", "Số: 43/KH-UBND", "", "KẾ HOẠCH",
                               "Khuyến học, khuyến tài năm 2027", "", "I. TỔ CHỨC THỰC HIỆN",
                               "1. Hội Khuyến học phường: vận động trao học bổng cho học sinh nghèo vượt khó.",
                               "2. Trạm Y tế phường: khám sức khỏe cho học sinh trước ngày 30/9/2027."]),
                    encoding="utf-8")
    assert not assistant.ingest([plan]).failed
    async with running(assistant, settings):
        fake.message(USER, USER, "/nghiavu hoi khuyen hoc phuong")
        await fake.wait_for(lambda: texts(fake, USER))
    reply = texts(fake, USER)[0]
    assert "trao học bổng" in reply and "Không nhận ra" not in reply, reply
