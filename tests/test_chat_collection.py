"""A follow-up naming another row or thing ("còn phòng 6 người?", "phòng 6 người thì sao", "còn icd?") replaces the
part of the previous question of the same kind, keeps what it asked and says no word twice; a question about the
whole collection ("có bao nhiêu văn bản nói về X", "văn bản nào có hạn trong tháng 4/2027", "có mấy văn bản do …
ban hành") is answered from the catalogue and the deadlines, the documents listed and cited, in ask and chat alike.
Documents and wordings are this file's own, invented (l-part tester's findings L7, L9 of session 56)."""
from __future__ import annotations

import re

import pytest

from bot.answer.followup import Talked, Turn, rewrite_offline, talked_about
from tests.helpers import assistant_fixture, chatted

_GUEST_HOUSE = "\n\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH KON TUM\nSố: 08/QĐ-LĐLĐ\nKon Tum, ngày 02 tháng 11 năm 2026",
    "QUYẾT ĐỊNH\nVề việc ban hành giá phòng Nhà khách Công đoàn tỉnh",
    "Điều 1. Giá phòng\n\n| Loại phòng | Số người/phòng | Giá (đồng/đêm) |\n|---|---|---|\n| Phòng tiêu chuẩn | 2 | "
    "250.000 |\n| Phòng gia đình | 4 | 410.000 |\n| Phòng tập thể | 6 | 530.000 |",
    "Điều 2. Đăng ký\nCác công đoàn cơ sở đăng ký nghỉ dưỡng cho đoàn viên trước ngày 15/3/2027.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nY Bhiăng\n"])

_GAMES = "\n\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH KON TUM\nSố: 31/KH-LĐLĐ\nKon Tum, ngày 10 tháng 11 năm 2026",
    "KẾ HOẠCH\nTổ chức Hội thao công nhân, viên chức năm 2027",
    "1. Thời gian: từ ngày 05/5/2027 đến ngày 07/5/2027.",
    "2. Vận động viên các huyện ở tại Nhà khách Công đoàn tỉnh trong những ngày thi đấu.",
    "3. Các công đoàn cơ sở gửi danh sách vận động viên về Ban Tuyên giáo trước ngày 20/4/2027.",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nA Thìn\n"])

assistant = assistant_fixture("qd08-nha-khach.md", _GUEST_HOUSE, ("kh31-hoi-thao.txt", _GAMES))


def _said_twice(text: str) -> bool:
    words = re.findall(r"\w+", text.casefold())
    return any(a == b and not a.isdigit() for a, b in zip(words, words[1:]))


@pytest.mark.parametrize("previous, followup, standalone", [
    # before: "phòng 6 người người ở nhà khách …" (the words after the number said twice)
    ("phòng 4 người ở nhà khách bao nhiêu tiền một đêm", "còn phòng 6 người?",
     "phòng 6 người ở nhà khách bao nhiêu tiền một đêm?"),
    # before: "X thì sao" and "thế X thì sao" were joined to the previous question, not put in its frame
    ("phòng 4 người ở nhà khách bao nhiêu tiền một đêm", "phòng 2 người thì sao",
     "phòng 2 người ở nhà khách bao nhiêu tiền một đêm?"),
    ("phong loai 1 gia bao nhieu", "the phong loai 3 thi sao", "phong loai 3 gia bao nhieu?"),
    # before: "icd?" (what the previous question counted dropped with the thing it was asked of)
    ("cảng tân vạn có mấy chuyến sà lan", "còn icd", "icd có mấy chuyến sà lan?"),
    # before: "lô C4 (tiếp theo câu hỏi: lô C3 …)", a code numbering an item read as no number
    ("lô C3 có diện tích bao nhiêu", "còn lô C4 thì sao?", "lô C4 có diện tích bao nhiêu?"),
    ("lo C3 gia khoi diem bao nhieu", "con lo C4 thi sao", "lo C4 gia khoi diem bao nhieu?"),
])
def test_a_follow_up_replaces_the_same_part_and_keeps_the_frame(previous, followup, standalone):
    rewritten = rewrite_offline(followup, previous)
    assert rewritten == standalone and not _said_twice(rewritten), rewritten


def test_a_follow_up_pointing_back_refers_to_the_item_named_last():
    """Before, "tiền đặt trước lô đó?" after "lô C3 …?" and "còn lô C4 thì sao?" was asked of lô C3."""
    from bot.answer.followup import FollowupRewriter

    history = [("lô C3 có diện tích bao nhiêu?", "Lô C3: 120 m2 [1]"), ("còn lô C4 thì sao?", "Lô C4: 150 m2 [1]")]
    rewritten = FollowupRewriter().rewrite("tiền đặt trước lô đó?", history)
    assert "C4" in rewritten and "C3" not in rewritten, rewritten


@pytest.mark.parametrize("followup", ["còn phòng 8 người?", "phòng 8 người thì sao", "phong 8 nguoi thi sao"])
def test_x_thì_sao_keeps_to_the_document_talked_about_as_còn_x_does(followup):
    """Before, "phòng 8 người thì sao" (no "còn") was searched in all the documents, the row found nowhere."""
    asked = "phòng 4 người ở nhà khách bao nhiêu tiền một đêm"
    history = [Turn(asked, "Phòng gia đình | 4 | 410.000 [1]", ("qd08-nha-khach.md",), asked)]
    standalone = rewrite_offline(followup, asked)
    assert talked_about(followup, standalone, history) == Talked("qd08-nha-khach.md", False), standalone


def test_another_row_asked_in_chat_is_answered_and_shown_as_understood(assistant):
    first, six, two = chatted(assistant, "phòng 4 người ở nhà khách giá bao nhiêu một đêm", "còn phòng 6 người?",
                              "phòng 2 người thì sao")
    assert "410.000" in first.answer, first.answer
    assert six.found and "530.000" in six.answer and not _said_twice(six.question), (six.question, six.answer)
    assert "6 người" in six.question and "giá" in six.question, six.question
    assert two.found and "250.000" in two.answer and "2 người" in two.question, (two.question, two.answer)


def test_how_many_documents_are_about_a_subject_lists_them_cited(assistant):
    answer = assistant.ask("có bao nhiêu văn bản nói về nhà khách")
    assert answer.found and answer.answer.startswith("Có 2 văn bản"), answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {"qd08-nha-khach.md", "kh31-hoi-thao.txt"}, answer.answer


def test_which_documents_have_a_deadline_in_a_month_in_chat(assistant):
    """Asked after another question, as a chat goes: answered from the deadlines of that month, cited."""
    _, due = chatted(assistant, "phòng 4 người giá bao nhiêu", "văn bản nào có hạn trong tháng 4/2027")
    assert due.found and "20/4/2027" in due.answer and "15/3/2027" not in due.answer, due.answer
    assert {c.passage.doc_id for c in due.citations} == {"kh31-hoi-thao.txt"}, due.answer


def test_how_many_documents_a_body_issued_is_counted(assistant):
    answer = assistant.ask("có mấy văn bản do LĐLĐ tỉnh Kon Tum ban hành")
    assert answer.found and answer.answer.startswith("Có 2 văn bản"), answer.answer
    assert len(answer.citations) == 2, answer.answer


async def test_a_telegram_user_asking_how_many_documents_gets_them_with_sources(assistant, tmp_path):
    """Through the bot as through ask: the count and the documents, each with its source button."""
    from bot.channels.telegram import TelegramBot
    from fakes.bots import running_bot
    from fakes.telegram_api import FakeTelegram

    async with FakeTelegram() as fake:
        settings = assistant.settings.model_copy(update={
            "telegram_token": fake.token, "telegram_api_url": fake.url, "admin_ids": [4242]})
        async with running_bot(TelegramBot, assistant, settings):
            fake.message(1001, 1001, "có bao nhiêu văn bản nói về nhà khách")
            await fake.wait_for(lambda: any(m.get("reply_markup") for m in fake.bot_messages(1001)))
        reply = next(m for m in fake.bot_messages(1001) if m.get("reply_markup"))
    assert reply["text"].startswith("Có 2 văn bản"), reply["text"]
    assert "Nhà khách" in reply["text"] and "31/KH-LĐLĐ" in reply["text"], reply["text"]
