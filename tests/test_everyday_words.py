"""A member asking in everyday words (a house "bị cháy", a wedding, a death) or in chat shorthand ("dk hs", "bq") is
answered from the line written in the texts' own words ("hỏa hoạn", "kết hôn", "từ trần", "đăng ký hồ sơ") — new-user
trial of session 38, where these abstained — and shown how the question was read. Invented document."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture, first_line

_GUIDE = ("CÔNG ĐOÀN NGÀNH XÂY DỰNG TỈNH AN PHÚ\nSố: 05/HD-CĐN\nAn Phú, ngày 10 tháng 12 năm 2028\n\n"
          "HƯỚNG DẪN\nMức chi thăm hỏi, trợ cấp đoàn viên công đoàn năm 2029\n\n"
          "I. ĐỐI TƯỢNG VÀ MỨC CHI\n"
          "1. Đoàn viên công đoàn gặp thiên tai, hỏa hoạn làm thiệt hại nhà ở được trợ cấp 3.000.000 đồng/trường hợp.\n"
          "2. Đoàn viên công đoàn kết hôn được tặng quà mừng 400.000 đồng.\n"
          "3. Đoàn viên công đoàn từ trần, công đoàn cơ sở phúng viếng 2.000.000 đồng và vòng hoa.\n\n"
          "II. HỒ SƠ VÀ THỦ TỤC\n"
          "1. Đoàn viên đăng ký hồ sơ trợ cấp khó khăn tại Ban chấp hành công đoàn cơ sở trong tháng 11.\n"
          "2. Mức trợ cấp khó khăn đột xuất không vượt quá 50% tiền lương bình quân của đoàn viên.\n\n"
          "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNguyễn Văn An\n")

guide = assistant_fixture("hd-tham-hoi.txt", _GUIDE)


@pytest.mark.parametrize("question, fact", [
    ("nhà bị cháy thì đoàn viên được trợ cấp bao nhiêu?", "3.000.000 đồng"),  # "hỏa hoạn"
    ("đoàn viên cưới vợ được công đoàn tặng quà bao nhiêu?", "400.000 đồng"),  # "kết hôn"
    ("đoàn viên qua đời thì công đoàn phúng viếng bao nhiêu?", "2.000.000 đồng"),  # "từ trần"
])
def test_a_sum_asked_in_everyday_words_is_answered_from_the_texts_words(guide, question, fact):
    answer = guide.ask(question)
    assert answer.found and fact in first_line(answer), answer.answer


def test_a_word_typed_with_other_marks_is_no_synonym(guide):
    """"chạy" (a race) is no "cháy": the fire's line is no answer to what a runner is given."""
    answer = guide.ask("đoàn viên tham gia giải chạy được thưởng bao nhiêu?")
    assert not (answer.found and "3.000.000" in first_line(answer)), answer.answer


def test_chat_shorthand_is_answered_and_shown_with_its_words_restored(guide):
    """Before, "dk hs" abstained, and a question typed without diacritics was shown ("Hiểu là: …") spelled out but
    folded ("dang ky ho so …"); now with the marks the documents write those words with."""
    answer = guide.ask("dk hs tro cap kho khan o dau?")
    assert answer.found and "Ban chấp hành" in first_line(answer), answer.answer
    assert answer.question == "đăng ký hồ sơ trợ cấp khó khăn ở đâu?"
    # a word the documents never write as restored is shown as typed, not guessed ("toi da": no "tối đa" here)
    answer = guide.ask("tro cap kho khan toi da bn % luong bq?")
    assert answer.found and "50%" in first_line(answer), answer.answer
    assert answer.question == "trợ cấp khó khăn toi da bao nhiêu % lương bình quân?"


@pytest.mark.parametrize("typed, read", [
    ("dk hs ở đâu", "đăng ký hồ sơ ở đâu"),
    ("nộp hs trc ngày nào", "nộp hồ sơ trước ngày nào"),
    ("đủ đk nhận trợ cấp không", "đủ điều kiện nhận trợ cấp không"),
    ("con đoàn viên là hs giỏi được thưởng gì", "con đoàn viên là hs giỏi được thưởng gì"),  # học sinh: left as typed
])
def test_shorthand_standing_for_two_words_is_read_by_its_neighbours(typed, read):
    from bot.answer.chat_words import spelled_out

    assert spelled_out(typed) == read


_VISITS = ("CÔNG ĐOÀN VIÊN CHỨC TỈNH AN PHÚ\nSố: 09/HD-CĐVC\nAn Phú, ngày 02 tháng 3 năm 2029\n\n"
           "HƯỚNG DẪN\nChế độ thăm hỏi đoàn viên công đoàn năm 2029\n\n"
           "1. Đoàn viên ốm đau phải điều trị dài ngày: mức thăm hỏi 600.000 đồng/lần.\n"
           "2. Bố, mẹ (cả bên vợ hoặc chồng), vợ hoặc chồng, con của đoàn viên qua đời: mức thăm hỏi 700.000 đồng.\n"
           "3. Đoàn viên nữ sinh con: mức thăm hỏi 300.000 đồng.\n\n"
           "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nTrần Thị Bình\n")

visits = assistant_fixture("hd-che-do-tham-hoi.txt", _VISITS)


@pytest.mark.parametrize("question", ["bố vợ mất thì công đoàn viếng bao nhiêu tiền?",
                                      "mẹ chồng mất, công đoàn đi phúng viếng bao nhiêu?",
                                      "bo vo mat thi cong doan vieng bao nhieu tien?"])  # typed without marks
def test_a_funeral_visit_asked_as_viếng_is_answered_from_the_visits_the_rules_pay(visits, question):
    """Union welfare rules name the visit on a relative's death "thăm hỏi"; members ask what the union gives to
    "viếng" (pay its respects at) the funeral: the line of the death's visit answers, typed without marks too ("vieng"
    read "viếng", a word no loaded text writes)."""
    answer = visits.ask(question)
    assert answer.found and "700.000" in first_line(answer), answer.answer
