"""Answers read a text once and keep the reading (patterns built from a question's words, the obligations' bodies,
recipients and years kept per index): what a user notices of that is only that it must change nothing — a question
asked again is answered the same, its obligations are the same after another question, and a caller changing the
kinds a question asks changes nobody else's. Invented document: a district's plan for school meals."""
from __future__ import annotations

from bot.answer.question import classify
from tests.helpers import assistant_fixture, obligation_index

PLAN = ("ỦY BAN NHÂN DÂN HUYỆN LẠC SƠN\nSố: 41/KH-UBND\nLạc Sơn, ngày 12 tháng 02 năm 2027\n\n"
        "KẾ HOẠCH\nTổ chức bữa ăn bán trú cho học sinh năm học 2027-2028\n\n"
        "I. MỤC TIÊU\n"
        "Đến hết năm 2027, 95% trường tiểu học có bếp ăn bán trú đạt chuẩn; mỗi học sinh được hỗ trợ tối đa "
        "15.000 đồng/bữa.\n\n"
        "II. NHIỆM VỤ\n"
        "1. Phòng Giáo dục và Đào tạo hướng dẫn các trường lập thực đơn hằng tuần, báo cáo Ủy ban nhân dân huyện "
        "trước ngày 25 hằng tháng.\n"
        "2. Phòng Tài chính - Kế hoạch bố trí kinh phí hỗ trợ trong 03 tháng đầu năm 2027.\n"
        "3. Trạm Y tế xã kiểm tra an toàn thực phẩm ít nhất 02 lần mỗi học kỳ.\n\n"
        "CHỦ TỊCH\n\nHà Văn Lâm\n")

meals = assistant_fixture("kh41_bua_an_ban_tru.txt", PLAN)

QUESTIONS = ["Phòng Giáo dục và Đào tạo báo cáo trước ngày nào?",
             "mỗi học sinh được hỗ trợ tối đa bao nhiêu tiền một bữa",
             "Trạm Y tế kiểm tra an toàn thực phẩm mấy lần mỗi học kỳ?",
             "bao nhieu % truong tieu hoc co bep an dat chuan",
             "Ai bố trí kinh phí hỗ trợ?"]


def test_a_question_asked_again_is_answered_the_same(meals):
    first = [meals.ask(q).to_json() for q in QUESTIONS]
    assert [meals.ask(q).to_json() for q in QUESTIONS] == first


def test_a_questions_obligations_asked_again_are_the_same():
    index = obligation_index([("kh41_bua_an_ban_tru.txt", PLAN)])
    first = [m.obligation.text for m in index.for_question(QUESTIONS[0])]
    assert first
    index.for_question(QUESTIONS[4])
    assert [m.obligation.text for m in index.for_question(QUESTIONS[0])] == first


def test_the_kinds_a_question_asks_are_each_callers_own():
    asked = classify(QUESTIONS[0])
    kinds = set(asked.kinds)
    asked.kinds.add("changed by one caller")
    asked.kinds -= kinds
    assert classify(QUESTIONS[0]).kinds == kinds
