"""How a union member types on the phone: a complaint or a word about the weather is talked back to, not searched;
a goodbye may come with "không hỏi nữa"; "gj" asks "gì"; a question asking since when keeps "từ" ("bắt đầu từ")."""
from __future__ import annotations

import pytest

from bot.answer.chat_words import spelled_out
from bot.answer.smalltalk import small_talk_kind


@pytest.mark.parametrize("message", ["tra loi do te qua", "bot nay vo dung that", "sai bet roi ad", "ngu vl"])
def test_a_complaint_about_the_bot_gets_a_reply_not_a_search(message):
    assert small_talk_kind(message) == "complaint"


@pytest.mark.parametrize("message", ["troi mua to qua", "an com chua ad", "hnay nong qua"])
def test_chatter_about_the_day_is_small_talk(message):
    assert small_talk_kind(message) == "chatter"


@pytest.mark.parametrize("message", ["ko can nua, cam on", "thoi k hoi nua", "thôi không hỏi nữa đâu, bai nhé"])
def test_ending_the_chat_in_chat_spellings_is_recognised(message):
    assert small_talk_kind(message) in {"bye", "thanks"}


@pytest.mark.parametrize("message", ["công đoàn trường bị sai phạm thì sao", "báo cáo sai thì xử lý thế nào",
                                     "đoàn viên than phiền về lương thì ai giải quyết", "thời tiết xấu có được nghỉ không"])
def test_questions_with_such_words_are_still_searched(message):
    assert small_talk_kind(message) is None


def test_gj_asks_what():
    assert spelled_out("cdcs lam gj") == "cdcs lam gi"


def test_a_question_asking_since_when_is_read_with_tu(assistant):
    """"bat dau tu ngay nao" asks from which day: read "bắt đầu từ", not "bắt đầu tư" ("đầu tư", investing)."""
    reading = assistant.searcher.plan("ke hoach thi dua bat dau tu khi nao").reading
    assert "bắt đầu từ" in reading
