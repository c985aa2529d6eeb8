"""What falls due in a span of days, read one way for `troly deadlines --from/--to`, /hanchot and a due question; a
day counted from the year a yearly cycle is about; who acts when the sentence names its own doers; a funding line;
and the duties of a text whose time is past listed after those of the texts still running. Both documents are
invented: an old project's circular (2013, for 2013–2016) sorting first by name, and a plan running in 2027."""
from __future__ import annotations

import re
from datetime import date

from bot.answer.due_questions import DueWindow, due_answer
from bot.channels.render import render_deadlines
from tests.helpers import obligation_index
from troly.texts import t

OLD_PROJECT = """BỘ TÀI CHÍNH
Số: 15/2013/TT-BTC
Hà Nội, ngày 10 tháng 4 năm 2013
THÔNG TƯ
Hướng dẫn quản lý kinh phí Dự án hỗ trợ cựu chiến binh khó khăn giai đoạn 2013 đến 2016

Điều 4. Lập, cấp phát và quyết toán kinh phí
1. Căn cứ nhiệm vụ được giao, Hội Cựu chiến binh cấp tỉnh lập dự toán kinh phí của Dự án gửi Bộ Tài chính trước ngày 15 tháng 7 năm trước.
2. Nguồn kinh phí: Ngân sách trung ương bảo đảm, bố trí trong dự toán giao hằng năm cho Sở Tài chính.
3. Ủy ban nhân dân các tỉnh phối hợp hướng dẫn triển khai Dự án. Hằng năm, Quỹ Đền ơn đáp nghĩa và Hội Cựu chiến binh kiểm tra tình hình thực hiện Dự án, báo cáo Thủ tướng Chính phủ.
"""

RUNNING_PLAN = """LIÊN ĐOÀN LAO ĐỘNG TỈNH AN BÌNH
Số: 30/KH-LĐLĐ
An Bình, ngày 10 tháng 10 năm 2026
KẾ HOẠCH
Chăm lo đời sống đoàn viên năm 2027

I. TỔ CHỨC THỰC HIỆN
1. Liên đoàn Lao động các huyện
Hằng năm tổ chức tổng kết công tác chăm lo đời sống đoàn viên.
Định kỳ 6 tháng báo cáo kết quả chăm lo về Liên đoàn Lao động tỉnh.
Hoàn thành khảo sát đời sống đoàn viên trước ngày 31/3/2027.
"""

TODAY = date(2026, 12, 3)


def _index():
    return obligation_index([("a-thong-tu-cu.txt", OLD_PROJECT), ("b-ke-hoach.txt", RUNNING_PLAN)])


def _item(index, words: str):
    return next(o for o in index.items if words in o.quote)


def _listed(text: str) -> dict[str, str]:
    """Each listed item's first words → the day its line gives."""
    out = {}
    for line in text.splitlines():
        head, _, quote = line.partition("] ")
        day = re.search(r"\d\d/\d\d/\d{4}", head)
        if day and quote:
            out[quote[:30]] = day.group(0)
    return out


def test_a_window_lists_each_recurring_item_at_its_time_in_it_as_the_chat_does():
    """Before, `troly deadlines --from 2027-06-01 --to 2027-07-31` listed every recurring item at "hết kỳ 31/12/2026",
    and `--to 2026-12-10` listed items falling due on 31/12."""
    index = _index()
    summer = render_deadlines(index.timeline(start=date(2027, 6, 1), end=date(2027, 7, 31), today=TODAY), TODAY)
    listed = _listed(summer)
    assert "30/06/2027" in summer and "15/07/2027" in summer, summer
    assert "31/12/2026" not in summer and "tổng kết công tác chăm lo" not in summer, summer
    chat = due_answer("tháng 6, tháng 7 năm sau có việc gì", DueWindow("month", date(2027, 6, 1), date(2027, 7, 31)),
                      index, TODAY, lambda doc_id, position: None)
    assert _listed(chat.answer) == listed, (chat.answer, summer)
    next_week = render_deadlines(index.timeline(end=date(2026, 12, 10), today=TODAY), TODAY)
    assert "Định kỳ" not in next_week and "31/12/2026" not in next_week, next_week


def test_a_day_of_the_year_before_the_budget_year_falls_due_every_year():
    """Before, "trước ngày 15 tháng 7 năm trước" was a one-off day in the document's year, "quá hạn" for years."""
    index = _index()
    budget = _item(index, "lập dự toán")
    assert budget.due["every"] == "year" and budget.due["date"].endswith("-07-15"), budget.due
    line = next(line for line in render_deadlines(index.timeline(), TODAY).splitlines() if "lập dự toán" in line)
    assert "kỳ tới 15/07/2027" in line and "quá hạn" not in line, line


def test_the_doers_a_sentence_names_win_over_the_body_before_it():
    """Before, "Hằng năm, Quỹ … và Hội Cựu chiến binh kiểm tra …" was a duty of the provinces' people's committees
    named in the sentence before it."""
    check = _item(_index(), "kiểm tra tình hình")
    assert check.bodies == ["Hội Cựu chiến binh"] and "Quỹ Đền ơn đáp nghĩa" in check.actor["name"], check.actor


def test_where_the_money_comes_from_is_no_duty():
    """Before, "Nguồn kinh phí: … dự toán giao hằng năm …" was listed as a yearly deadline."""
    index = _index()
    assert not [o.quote for o in index.items if "Nguồn kinh phí" in o.quote]
    assert "Sở Tài chính" not in render_deadlines(index.timeline(), TODAY)


def test_duties_of_a_text_whose_time_is_past_come_after_those_of_a_running_plan():
    """Before, the circular for 2013–2016 (its name sorting first) opened the recurring part of `troly deadlines` and
    /hanchot."""
    index = _index()
    timeline = index.timeline()
    recurring = dict(timeline.by_urgency(TODAY))["recurring"]
    assert [o.doc_id for o in recurring] == sorted(o.doc_id for o in recurring)[::-1], [o.quote for o in recurring]
    lines = [line for line in render_deadlines(timeline, TODAY).splitlines() if line.startswith("  • ")]
    assert lines.index(next(line for line in lines if "tổng kết công tác chăm lo" in line)) < \
        lines.index(next(line for line in lines if "kiểm tra tình hình" in line)), lines


OLD_DECISION = """ỦY BAN NHÂN DÂN TỈNH AN BÌNH
Số: 812/QĐ-UBND
An Bình, ngày 20 tháng 12 năm 2015
QUYẾT ĐỊNH
Về việc tặng quà cựu chiến binh khó khăn

Điều 1. Tặng quà cựu chiến binh có hoàn cảnh khó khăn trên địa bàn tỉnh.
Điều 2. Hằng năm, Hội Cựu chiến binh tỉnh lập danh sách cựu chiến binh khó khăn gửi Sở Tài chính.
"""


def test_a_decision_naming_no_period_of_its_own_is_of_the_year_it_was_issued():
    """Before, a 2015 decision that names no period nor dated task was read as still running: its yearly duty came
    before those of the plan running in 2027 ("a-" sorts its id first)."""
    index = obligation_index([("a-qd812-2015", OLD_DECISION), ("b-kh30-2027", RUNNING_PLAN)])
    recurring = dict(index.timeline().by_urgency(TODAY))["recurring"]
    assert [o.doc_id for o in recurring][-1] == "a-qd812-2015", [(o.doc_id, o.quote) for o in recurring]
    assert {o.doc_id for o in recurring} == {"a-qd812-2015", "b-kh30-2027"}  # still listed, after


def test_a_duty_of_a_text_whose_time_is_past_is_not_shown_as_current():
    """Before, a 2015 decision's yearly duty was listed as "hết kỳ 31/12/2026 · còn 28 ngày" like the running plan's:
    an officer read it as due this year. Its line says the text is of a time gone by; the running plan's does not."""
    index = obligation_index([("a-qd812-2015", OLD_DECISION), ("b-kh30-2027", RUNNING_PLAN)])
    lines = [line for line in render_deadlines(index.timeline(), TODAY).splitlines() if line.startswith("  • ")]
    old = [line for line in lines if "QĐ 812" in line or "Hội Cựu chiến binh" in line]
    assert old and all(t("obligations.past_text", year=2015) in line for line in old), lines
    assert not any("có thể không còn áp dụng" in line for line in lines if line not in old), lines
