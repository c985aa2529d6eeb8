"""Answering costs the reading of each question, not the reading again and again of the same texts: a question asked
again over the same documents compiles no pattern (the patterns an answer builds from a question's words and units
once outnumbered the 512 the re module keeps, and were compiled anew each time), and the obligations' own readings
(their bodies, recipients, years) are made once per index, not once per question. The cached readings must not leak
between callers: a caller changing the kinds a question asks changes nobody else's. Invented document: a district's
plan for school meals."""
from __future__ import annotations

import re._compiler

from bot.answer.obligations import DocObligation
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


def test_a_question_asked_again_compiles_no_pattern(meals, monkeypatch):
    first = [meals.ask(q).to_json() for q in QUESTIONS]
    compiled: list[str] = []
    real = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda p, flags=0: compiled.append(p) or real(p, flags))
    again = [meals.ask(q).to_json() for q in QUESTIONS]
    assert again == first
    assert compiled == [], f"{len(compiled)} patterns compiled again, e.g. {compiled[:3]}"


def test_obligations_are_read_once_per_index_not_per_question(monkeypatch):
    index = obligation_index([("kh41_bua_an_ban_tru.txt", PLAN)])
    assert index.items
    first = [m.obligation.text for m in index.for_question(QUESTIONS[0])]
    reads = []
    real = DocObligation.bodies
    monkeypatch.setattr(DocObligation, "bodies", property(lambda o: reads.append(o) or real.fget(o)))
    assert [m.obligation.text for m in index.for_question(QUESTIONS[0])] == first
    index.for_question(QUESTIONS[4])
    assert reads == []


def test_the_kinds_a_question_asks_are_each_callers_own():
    asked = classify(QUESTIONS[0])
    kinds = set(asked.kinds)
    asked.kinds.add("changed by one caller")
    asked.kinds -= kinds
    assert classify(QUESTIONS[0]).kinds == kinds
