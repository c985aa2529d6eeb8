"""A chat follow-up naming another row of a table ("còn hội viên neo đơn?" after "hội viên hộ nghèo được tặng quà bao
nhiêu") is answered by the row it names alone, found by the lead's tryout on a union's spending rules: the row
answered before was quoted again beside it, adding the words of the first question. The document is this file's own,
invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture, chatted

_PLAN = "\n\n".join([
    "HỘI CHỮ THẬP ĐỎ XÃ PHƯỚC HƯNG\nSố: 12/KH-CTĐ\nPhước Hưng, ngày 05 tháng 01 năm 2027",
    "KẾ HOẠCH\nTặng quà Tết Nguyên đán năm 2027",
    "1. Mức quà tặng\n\n| STT | Đối tượng | Mức quà |\n|---|---|---|\n| 1 | Hội viên thuộc hộ nghèo | 800.000 "
    "đồng/người |\n| 2 | Hội viên thuộc hộ cận nghèo | 500.000 đồng/người |\n| 3 | Hội viên cao tuổi sống neo đơn | "
    "400.000 đồng/người |",
    "2. Thời gian trao quà: từ ngày 20/01/2027 đến ngày 25/01/2027.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nPhan Văn Lộc\n"])

assistant = assistant_fixture("kh12-qua-tet.md", _PLAN)


# Before: "| 1 | Hội viên thuộc hộ nghèo | 800.000 đồng/người |" was quoted again under the row asked.
def test_the_follow_up_is_answered_by_the_row_it_names(assistant):
    first, then = chatted(assistant, "hội viên hộ nghèo được tặng quà bao nhiêu", "còn hội viên neo đơn?")
    assert "800.000" in first.answer, first.answer
    assert then.found and "400.000" in then.answer and "800.000" not in then.answer, then.answer
