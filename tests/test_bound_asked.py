"""A bound asked ("tối thiểu bao nhiêu", "ít nhất mấy") says what kind of figure is wanted, not what about: a line
stating some other target's bound ("95% trở lên") is not the answer to a question on a subject the documents never
give a figure for. Nor is the number of a table's row ("TT: 2") a figure it states, nor "mồng 2 Tết" (a day). Invented
documents, worded apart from any trial's: a congress resolution's targets and a plan's table of tasks for Tết."""
from __future__ import annotations

from dataclasses import replace

import pytest

from bot.answer.composer import compose
from tests.helpers import assistant_fixture

TARGETS = ("CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT HÒA BÌNH\nSố: 02/NQ-ĐH\nHòa Bình, ngày 05 tháng 9 năm 2027\n\n"
           "NGHỊ QUYẾT\nĐại hội Công đoàn cơ sở Trường THPT Hòa Bình nhiệm kỳ 2027 - 2032\n\n"
           "1. Các chỉ tiêu chủ yếu\n\n"
           "| Chỉ tiêu | Mục tiêu |\n|---|---|\n"
           "| Tỷ lệ giáo viên, nhân viên là đoàn viên | 95% trở lên |\n"
           "| Số đoàn viên được giới thiệu học lớp nhận thức về Đảng | ít nhất 12 người |\n\n"
           "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nPhạm Thị Lan\n")

TASKS = ("CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT HÒA BÌNH\nSố: 14/KH-CĐ\nHòa Bình, ngày 20 tháng 12 năm 2027\n\n"
         "KẾ HOẠCH\nChăm lo Tết Nguyên đán Mậu Thân năm 2028 cho đoàn viên\n\n"
         "II. PHÂN CÔNG\n\n"
         "| TT | Nội dung | Người phụ trách | Thời gian |\n|---|---|---|---|\n"
         "| 1 | Rà soát danh sách đoàn viên khó khăn cần tặng quà Tết | Tổ trưởng công đoàn | Trước ngày 10/01/2028 |\n"
         "| 2 | Nắm tình hình chi tiền thưởng Tết của nhà trường | Chủ tịch công đoàn | Trước ngày 15/01/2028 |\n"
         "| 3 | Thăm nhân viên bảo vệ trực trường dịp Tết | Ban Chấp hành | Mồng 2 Tết |\n\n"
         "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nPhạm Thị Lan\n")

school = assistant_fixture("nq02_dai_hoi.md", TARGETS, ("kh14_tet.md", TASKS))


# Before, "TT: 2 | … tiền thưởng Tết …" was quoted as the answer (its row number read as a figure), and with the row
# number left out, "Mục tiêu: 95% trở lên": the bound's words counted as the question's topic, which the other
# target's "trở lên" holds. (A target sharing a word of the subject, "tỷ lệ giáo viên …" asked of "thưởng Tết cho giáo
# viên", still passes abstain.of_subject's floor.)
@pytest.mark.parametrize("question", ["Tiền thưởng Tết năm 2028 tối thiểu là bao nhiêu?",
                                      "thuong tet nam 2028 toi thieu bao nhieu"])
def test_a_bound_of_another_target_is_no_answer(school, question):
    answer = school.ask(question)
    assert not answer.found, answer.answer


@pytest.mark.parametrize("question, said", [
    ("Mỗi năm giới thiệu tối thiểu bao nhiêu đoàn viên học lớp nhận thức về Đảng?", "ít nhất 12 người"),
    ("Tỷ lệ giáo viên là đoàn viên phải đạt tối thiểu bao nhiêu?", "95% trở lên"),
    # before, "Mồng 2 Tết" was no day: "không đề cập ngày cụ thể"
    ("Thăm nhân viên bảo vệ trực trường vào ngày nào?", "Mồng 2 Tết")])
def test_the_bound_asked_is_given(school, question, said):
    answer = school.ask(question)
    assert answer.found and said in answer.answer.split("\n")[0], answer.answer


# A bound asked is no content word either where the question's length decides whether it must be close in meaning to a
# passage (abstain.far: closeness_words): "ít nhất 25 người" was not given, over a store of twelve documents, when asked
# "Giới thiệu cho Đảng ít nhất bao nhiêu đoàn viên ưu tú?" (9 words with the bound, .85 close). Over this small store
# every passage is closer, so the floor is raised here to stand for that, the length set between the two counts.
def test_a_bound_asked_does_not_make_a_question_long(school):
    question = "Số đoàn viên được giới thiệu học lớp nhận thức về Đảng tối thiểu là bao nhiêu?"
    passages, hints, lexicon = school.answer_context.gather(question)
    weights = replace(school.weights, closeness_min=0.99, closeness_words=11)
    answer = compose(question, passages, hints, lexicon, weights, school.searcher.plan(question).reading)
    assert answer.found and "ít nhất 12 người" in answer.answer.split("\n")[0], answer.answer
