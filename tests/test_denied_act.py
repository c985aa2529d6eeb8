"""A yes or no asked of an act the answering line denies in a clause of its own ("sau thời hạn trên, … không tiếp
nhận hồ sơ"): "Không." with the line, not "Có." because the line states the day the question names (new-user trial
of session 40). The notice is this file's own, invented."""
from __future__ import annotations

import pytest

from tests.helpers import corpus_fixture
from troly.texts import t

_NOTICE = "\n\n".join([
    "CÔNG ĐOÀN NGÀNH GIAO THÔNG TỈNH PHÚ YÊN\nSố: 08/TB-CĐN\nPhú Yên, ngày 03 tháng 11 năm 2026",
    "THÔNG BÁO\nVề việc nhận hồ sơ xét tặng Kỷ niệm chương năm 2027",
    "1. Các công đoàn cơ sở gửi hồ sơ xét tặng về Công đoàn ngành trước ngày 25/11/2026; sau thời hạn trên, Công đoàn "
    "ngành không tiếp nhận hồ sơ.\n2. Hồ sơ gồm tờ trình của công đoàn cơ sở và bản tóm tắt thành tích cá nhân.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nPhan Văn Hùng\n"])

store = corpus_fixture(("tb08-ky-niem-chuong.txt", _NOTICE))
_LINE = "Các công đoàn cơ sở gửi hồ sơ xét tặng về Công đoàn ngành trước ngày 25/11/2026"


@pytest.mark.parametrize("question, verdict", [
    ("Gửi hồ sơ xét tặng kỷ niệm chương sau ngày 25/11 thì có được tiếp nhận không?", "answer.case_no"),
    ("Hồ sơ kỷ niệm chương gửi sau ngày 25/11 công đoàn ngành có nhận không?", "answer.case_no"),
    ("Gửi hồ sơ xét tặng kỷ niệm chương trước ngày 25/11 có được tiếp nhận không?", "answer.case_yes"),
])
def test_the_clause_of_the_day_asked_says_yes_or_no(store, question, verdict):
    answer = store.ask(question)
    first = answer.answer.split("\n")[0]
    assert first.startswith(t(verdict, line="")) and _LINE in first, answer.answer
