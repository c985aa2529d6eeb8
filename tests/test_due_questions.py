"""A question asking what falls due in a time counted from today ("tuần này có việc gì tới hạn?", "báo cáo
nào đã quá hạn?") is answered from the extracted deadlines (as /hanchot), each cited, not from a passage that
happens to share the words "hạn" or "việc"."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answer.due_questions import due_window


def test_due_window_reads_the_span_the_question_names():
    today = date(2026, 12, 2)  # a Wednesday
    assert due_window("Tuần này có việc gì tới hạn không?", today)[1:] == (date(2026, 12, 2), date(2026, 12, 6))
    assert due_window("thang sau co nhiem vu nao het han", today)[1:] == (date(2027, 1, 1), date(2027, 1, 31))
    assert due_window("Những báo cáo nào đã quá hạn?", today)[0] == "overdue"
    assert due_window("LĐLĐ huyện có việc gì đến hạn tháng này?", today) is None  # names a body: searched
    assert due_window("Hạn nộp báo cáo sơ kết là khi nào?", today) is None


@pytest.mark.slow
def test_what_falls_due_this_month_is_listed_from_the_deadlines_with_citations(assistant):
    assistant.settings = assistant.settings.model_copy(update={"today": date(2026, 12, 2)})
    answer = assistant.ask("trong thang nay co viec gi can hoan thanh truoc han khong")
    assert answer.mode == "deadlines" and answer.found
    assert "31/12/2026" in answer.answer and "[1]" in answer.answer
    assert answer.citations and all(c.passage.text for c in answer.citations)
