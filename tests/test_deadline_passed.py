""""đã quá hạn … chưa?", "… đã hết hạn chưa": the deadline quoted, and whether it has passed today and by how many days
(or how many are left) — counted as `troly deadlines` counts it, from the same clock. Wordings and the document are this
file's own, invented."""
from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import assistant_fixture, chatted

pytestmark = pytest.mark.slow

_NOTICE = "\n\n".join([
    "CÔNG ĐOÀN TRƯỜNG TIỂU HỌC HÒA BÌNH\nBAN CHẤP HÀNH\nSố: 09/TB-CĐ\nHải Dương, ngày 20 tháng 10 năm 2026",
    "THÔNG BÁO\nVề việc bình xét khen thưởng và cuộc thi viết về nhà giáo năm 2026",
    "1. Các tổ công đoàn gửi danh sách đề nghị khen thưởng về Văn phòng Công đoàn trước ngày 10/11/2026.",
    "2. Đoàn viên nộp bài dự thi viết về nhà giáo cho Ban Tuyên giáo chậm nhất ngày 20/12/2026.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH", "Vũ Thị Lan\n"])

assistant = assistant_fixture("tb09-khen-thuong.txt", _NOTICE)


@pytest.fixture
def on_first_of_december(assistant):
    assistant.settings = assistant.settings.model_copy(update={"today": date(2026, 12, 1)})
    return assistant


@pytest.mark.parametrize("question", ["đã quá hạn gửi danh sách đề nghị khen thưởng chưa",
                                      "hạn gửi danh sách khen thưởng đã hết chưa ạ"])
def test_a_past_deadline_is_said_to_have_passed_and_by_how_many_days(on_first_of_december, question):
    """Before, the line with "trước ngày 10/11/2026" was quoted and whether it had passed was left to the reader."""
    answer = on_first_of_december.ask(question)
    assert answer.found and "10/11/2026" in answer.answer and "quá hạn 21 ngày" in answer.answer, answer.answer


def test_a_deadline_to_come_is_said_not_to_have_passed_with_the_days_left(on_first_of_december):
    answer = on_first_of_december.ask("bài dự thi viết về nhà giáo đã hết hạn nộp chưa")
    assert answer.found and "20/12/2026" in answer.answer and "còn 19 ngày" in answer.answer, answer.answer
    assert "quá hạn" not in answer.answer, answer.answer


def test_asked_as_a_follow_up_it_counts_the_deadline_of_the_question_before(on_first_of_december):
    _, passed = chatted(on_first_of_december, "nộp bài dự thi viết về nhà giáo cho ai", "đã hết hạn chưa?")
    assert "còn 19 ngày" in passed.answer, (passed.question, passed.answer)


def test_a_question_not_asking_whether_it_passed_gets_no_count(on_first_of_december):
    answer = on_first_of_december.ask("hạn gửi danh sách đề nghị khen thưởng là ngày nào")
    assert "10/11/2026" in answer.answer and "quá hạn" not in answer.answer, answer.answer
