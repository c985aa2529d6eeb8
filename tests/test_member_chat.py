"""How a union member types on the phone: a complaint or a word about the weather is talked back to, not searched;
a goodbye may come with "không hỏi nữa"; "gj" asks "gì"; a question asking since when keeps "từ" ("bắt đầu từ")."""
from __future__ import annotations

import pytest

from bot.answer.chat_words import spelled_out
from bot.answer.smalltalk import small_talk_kind


@pytest.mark.parametrize("message", ["tra loi do te qua", "bot nay vo dung that", "sai bet roi ad", "ngu vl", "tra loi sai het roi"])
def test_a_complaint_about_the_bot_gets_a_reply_not_a_search(message):
    assert small_talk_kind(message) == "complaint"


@pytest.mark.parametrize("message", ["ngủ rồi", "ngu", "không dùng", "trả lời đó", "bài"])
def test_words_that_only_look_like_a_complaint_or_goodbye_without_diacritics_are_not(message):
    assert small_talk_kind(message) is None


def test_z_is_a_letter_not_vay():
    assert spelled_out("hướng dẫn từ a đến z") == "hướng dẫn từ a đến z"


@pytest.mark.parametrize("message", ["troi mua to qua", "an com chua ad", "hnay nong qua"])
def test_chatter_about_the_day_is_small_talk(message):
    assert small_talk_kind(message) == "chatter"


@pytest.mark.parametrize("message", ["ko can nua, cam on", "thoi k hoi nua", "thôi không hỏi nữa đâu, bye nhé"])
def test_ending_the_chat_in_chat_spellings_is_recognised(message):
    assert small_talk_kind(message) in {"bye", "thanks"}


@pytest.mark.parametrize("message", ["thoát", "thoat nhé", "exit"])
def test_quitting_typed_to_a_bot_is_a_goodbye(message):
    """Before, "thoát" sent to the Telegram or Zalo bot was searched: "Các văn bản đã nạp không đề cập …" with
    passages, and counted among the questions that found nothing in /thongke."""
    assert small_talk_kind(message) == "bye"


@pytest.mark.parametrize("message", ["thoát nghèo bền vững là gì",
                                     "công đoàn trường bị sai phạm thì sao", "báo cáo sai thì xử lý thế nào",
                                     "đoàn viên than phiền về lương thì ai giải quyết", "thời tiết xấu có được nghỉ không"])
def test_questions_with_such_words_are_still_searched(message):
    assert small_talk_kind(message) is None


def test_gj_asks_what():
    assert spelled_out("cdcs lam gj") == "cdcs lam gi"


def test_a_question_asking_since_when_is_read_with_tu(assistant):
    """"bat dau tu ngay nao" asks from which day: read "bắt đầu từ", not "bắt đầu tư" ("đầu tư", investing)."""
    reading = assistant.searcher.plan("ke hoach thi dua bat dau tu khi nao").reading
    assert "bắt đầu từ" in reading


def test_a_question_about_the_plan_just_quoted_is_asked_of_that_plan(assistant):
    """"văn phòng tham mưu gì trong kế hoạch này?" after "ai ký …?": "this plan" is the one the answer quoted, and
    the question is asked of it in its own words, not as "who signed" once more."""
    from bot.answer.followup import turn

    first = "ai ky ke hoach thuc hien chi thi 41"
    history = [turn(first, assistant.ask(first))]
    for then in ("vay van phong tham muu gi trong ke hoach nay?", "thế văn phòng tham mưu gì trong kế hoạch đó?"):
        answer = assistant.ask(then, history=history)
        assert "số hóa quy trình" in answer.answer.split("\n")[0]
        assert "CT 41" in answer.question and "ai ky" not in answer.question


def test_a_plan_made_by_a_body_is_no_pointer_back():
    """"kế hoạch do UBND ban hành" (do = by) points to no earlier plan: typed so it is no follow-up pointer."""
    from bot.answer.followup import points_to_document

    assert not points_to_document("ke hoach do ubnd tinh ban hanh gom nhung gi")
    assert points_to_document("ai theo doi ke hoach do?") and points_to_document("văn bản này gửi ai")


@pytest.mark.parametrize("typed, read", [("ko bik cdcs can lam gi", "khong biet cdcs can lam gi"),
                                         ("có mấy chỉ tiêu vậy bn", "có mấy chỉ tiêu vậy bạn")])
def test_more_chat_spellings_are_read_as_their_words(typed, read):
    assert spelled_out(typed) == read
