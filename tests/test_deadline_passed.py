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


@pytest.mark.parametrize("question", ["còn bao nhiêu ngày nữa đến hạn nộp bài dự thi viết về nhà giáo?",
                                      "con may ngay nua la het han nop bai du thi viet ve nha giao"])
def test_days_left_until_a_deadline_named_are_counted_from_today(on_first_of_december, question):
    """Before, "bao nhiêu ngày" asked a number no line states: "không đề cập con số cụ thể" (newuser41 K25)."""
    answer = on_first_of_december.ask(question)
    assert answer.found and "còn 19 ngày" in answer.answer and "20/12/2026" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["tuần sau có hạn gì không?", "Tuần sau có những hạn nào?"])
def test_which_deadlines_next_week_holds_is_answered_from_the_deadlines(on_first_of_december, question):
    """From Tuesday 1/12, next week is 7–13/12: nothing of this notice falls due then; asked on Thursday 10/12, the
    week of the 20th holds the contest's deadline and not the list's, long passed. Before: "không đề cập" (K25)."""
    assistant = on_first_of_december
    assert "20/12/2026" not in assistant.ask(question).answer
    assistant.settings = assistant.settings.model_copy(update={"today": date(2026, 12, 10)})
    answer = assistant.ask(question)
    assert answer.found and "20/12/2026" in answer.answer and "10/11/2026" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Tóm tắt thông báo về bình xét khen thưởng", "tom tat thong bao 09"])
def test_a_summary_request_is_answered_with_the_documents_outline(on_first_of_december, question):
    """Before, "tóm tắt" was searched as words no line holds and refused (newuser41 K18): now the title, then each
    paragraph's first sentence, cited in order."""
    answer = on_first_of_december.ask(question)
    text = answer.answer
    assert answer.found and "bình xét khen thưởng" in text, text
    assert 0 < text.index("10/11/2026") < text.index("20/12/2026"), text
    assert {c.passage.block for c in answer.citations} >= {"title"}, answer.citations
