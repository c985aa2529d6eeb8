"""A figure asked of one year is not given by a line of another year's: a target measured against that year ("Giảm 10%
số vụ … so với năm 2026", asked how many there were in 2026), nor a plan's figures for the next year beside a line of
a period holding the year ("giai đoạn 2022 - 2025"). A line stating that year's own figure still answers. The document
and wording are this file's own."""
from __future__ import annotations

from bot.answer.composer import compose
from tests.helpers import first_line, lexicon_of
from vectorstore.search import Passage

_PLAN = "Kế hoạch bảo đảm an toàn đường thủy nội địa năm 2027 của Ủy ban nhân dân huyện"
_TARGET = "1. Giảm từ 10% trở lên số vụ tai nạn đường thủy và số người chết so với năm 2026."
_RESULT = "Năm 2026, trên địa bàn huyện xảy ra 14 vụ tai nạn đường thủy, làm chết 6 người."


def _found(*texts: str, section: str = "II. CHỈ TIÊU") -> list[Passage]:
    return [Passage(f"p{n}", "kh-dt", _PLAN, "kh.txt", section, text, 0.88 - 0.01 * n, n,
                    short_title="KH 41/KH-UBND") for n, text in enumerate(texts)]


def test_a_target_measured_against_the_year_asked_is_no_figure_of_that_year():
    found = _found(_TARGET)
    answer = compose("Số vụ tai nạn đường thủy năm 2026 của huyện là bao nhiêu?", found, lexicon=lexicon_of(found))
    assert not answer.found, answer.answer


def test_the_line_stating_the_year_s_own_figure_answers():
    found = _found(_TARGET, _RESULT)
    answer = compose("Năm 2026 huyện có bao nhiêu vụ tai nạn đường thủy?", found, lexicon=lexicon_of(found))
    assert answer.found and "14 vụ" in first_line(answer), answer.answer


def test_a_plan_s_figure_of_another_year_does_not_answer_the_year_asked():
    """The year asked is held only by a line of a period ("giai đoạn 2021 - 2025") stating no figure of it; the figure
    quoted beside it is the next year's."""
    found = [Passage(f"b{n}", "kh-bt", "Kế hoạch sửa chữa bến thủy tạm, bến thủy xuống cấp trên địa bàn huyện năm 2025",
                     "kh-bt.txt", section, text, 0.88 - 0.01 * n, n, short_title="KH 52/KH-UBND")
             for n, (section, text) in enumerate([
                 ("III. CHỈ TIÊU", "Năm 2025 sửa 12 bến thủy tạm, bến thủy xuống cấp."),
                 ("I. ĐỐI TƯỢNG",
                  "Đối tượng: bến thủy tạm, bến thủy xuống cấp của các xã trong giai đoạn 2021 - 2025.")])]
    answer = compose("Năm 2024 huyện đã sửa được bao nhiêu bến thủy tạm, bến thủy xuống cấp?", found,
                     lexicon=lexicon_of(found))
    assert not answer.found, answer.answer


def test_the_last_year_of_a_period_counts_nothing():
    """"giai đoạn 2021 - 2025 đang là bến tạm": 2025 is a year, no count of landings."""
    found = _found("Đối tượng: bến thủy của các xã theo quy hoạch giai đoạn 2021 - 2025 đang là bến tạm, chưa được "
                   "sửa chữa.", section="I. ĐỐI TƯỢNG")
    answer = compose("Năm 2024 huyện đã sửa được bao nhiêu bến tạm?", found, lexicon=lexicon_of(found))
    assert not answer.found, answer.answer
