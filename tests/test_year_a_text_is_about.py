"""Users name the period a text is about ("quyết toán phí năm 2026", "năm học 2026-2027", "năm 2028" of a plan for
2026 - 2030), not the year it was issued in nor the year of the days it sets. A line setting a day in 2027 for the
2026 settlement speaks of 2026, as its document's name says (x-findings N1): the year of a date says when a task
falls due, not which year it is of; a day before the period asked ("Đến ngày 31/12/2025" asked of 2026) is of another
time. A line stating another year as its period ("Năm 2027: …") still speaks of that year only. The documents and
wording are this file's own, invented."""
from __future__ import annotations

import pytest

from bot.answer.composer import compose
from tests.helpers import first_line, lexicon_of
from vectorstore.search import Passage


def _answered(title: str, lines: list[tuple[str, str]], question: str) -> str:
    found = [Passage(f"p{i}", "van-ban", title, "vb.txt", section, text, 0.9 - i / 100, i,
                     short_title="HD 17/HD-CCT (12/2/2027)")
             for i, (section, text) in enumerate(lines)]
    return first_line(compose(question, found, lexicon=lexicon_of(found)))


_SETTLEMENT = "Hướng dẫn quyết toán phí bảo vệ môi trường năm 2026 của hộ kinh doanh"
_SETTLEMENT_LINES = [("III. THỜI HẠN NỘP TỜ KHAI",
                      "1. Hộ kinh doanh nộp tờ khai quyết toán phí chậm nhất là ngày 31 tháng 3 năm 2027."),
                     ("IV. HỒ SƠ", "Hồ sơ gồm tờ khai theo mẫu số 02 và bảng kê số lượng nước thải.")]


def test_the_year_a_settlement_is_of_finds_the_day_it_falls_due_in_the_next_year():
    """Before: "… không đề cập nội dung này cho năm 2026", the line's only year being its day's (2027)."""
    answer = _answered(_SETTLEMENT, _SETTLEMENT_LINES,
                       "Hộ kinh doanh nộp tờ khai quyết toán phí năm 2026 chậm nhất ngày nào?")
    assert "31 tháng 3 năm 2027" in answer


def test_a_school_year_named_whole_finds_a_day_in_its_first_year():
    lines = [("II. THỜI GIAN", "Các trường nhận hồ sơ tuyển sinh vào lớp 6 trước ngày 15 tháng 7 năm 2026."),
             ("III. CHỈ TIÊU", "Mỗi lớp tối đa 45 học sinh.")]
    answer = _answered("Kế hoạch tuyển sinh vào lớp 6 năm học 2026-2027 của phường Hòa Khánh", lines,
                       "Năm học 2026-2027 các trường nhận hồ sơ tuyển sinh lớp 6 trước ngày nào?")
    assert "15 tháng 7 năm 2026" in answer


def test_a_year_inside_the_period_a_plan_is_for_finds_its_yearly_task():
    lines = [("II. NHIỆM VỤ", "1. Mỗi năm trồng mới 500 ha rừng tập trung trên địa bàn huyện."),
             ("III. KINH PHÍ", "Kinh phí thực hiện từ ngân sách tỉnh và nguồn vốn xã hội hóa.")]
    answer = _answered("Kế hoạch phát triển rừng giai đoạn 2026 - 2030 của huyện Tam Nông", lines,
                       "Năm 2028 huyện Tam Nông trồng mới bao nhiêu ha rừng tập trung?")
    assert "500 ha" in answer


@pytest.mark.parametrize("title, lines, question", [
    # the line states 2027 as its period: the 2027 task is no answer for 2026
    (_SETTLEMENT, [("III. THỜI HẠN NỘP TỜ KHAI",
                    "Năm 2027: hộ kinh doanh nộp tờ khai quyết toán phí chậm nhất là ngày 31 tháng 3 năm 2028.")],
     "Hộ kinh doanh nộp tờ khai quyết toán phí năm 2026 chậm nhất ngày nào?"),
    # a day before the year asked is of another time: the count at the end of 2025 is no figure for 2026
    ("Kế hoạch cấp nước sạch nông thôn năm 2026 của huyện Tam Nông",
     [("I. THỰC TRẠNG", "Đến ngày 31/12/2025, toàn huyện có 12.000 hộ sử dụng nước sạch.")],
     "Năm 2026 huyện Tam Nông có bao nhiêu hộ sử dụng nước sạch?"),
    # inside the plan's period, but the line states another year as its own
    ("Kế hoạch phát triển rừng giai đoạn 2026 - 2030 của huyện Tam Nông",
     [("II. NHIỆM VỤ", "1. Năm 2027 trồng mới 400 ha rừng tập trung trên địa bàn huyện.")],
     "Năm 2028 huyện Tam Nông trồng mới bao nhiêu ha rừng tập trung?"),
])
def test_a_line_stating_another_year_as_its_own_is_no_answer_for_the_year_asked(title, lines, question):
    answer = _answered(title, lines, question)
    assert "không đề cập" in answer
