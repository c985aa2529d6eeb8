"""A line under a heading stating another year than the one asked ("I. KẾT QUẢ THỰC HIỆN NĂM 2026" in a programme
for 2027) speaks of that year: asked the 2027 target, the 2026 result is not the answer, though the document's
title holds 2027 (newuser41b, L11/L12); and "năm 2027 phường …" states a year, not a count a yes or no claims. The
programme and the wording are this file's own, invented."""
from __future__ import annotations

from bot.answer.composer import compose
from tests.helpers import first_line, lexicon_of
from vectorstore.search import Passage

_TITLE = "Chương trình công tác năm 2027 của Hội Liên hiệp Phụ nữ phường Tân Định"
_LINES = [("I. KẾT QUẢ THỰC HIỆN NĂM 2026",
           "Chỉ tiêu chưa đạt là số hội viên mới được kết nạp (đạt 45/60 hội viên) và số tổ tiết kiệm mới thành lập."),
          ("II. CHỈ TIÊU NĂM 2027 › 1. Công tác xây dựng Hội", "a) Kết nạp 70 hội viên mới trở lên."),
          ("II. CHỈ TIÊU NĂM 2027 › 1. Công tác xây dựng Hội", "b) Thành lập mới 03 tổ phụ nữ tiết kiệm.")]


def _answered(question: str) -> str:
    found = [Passage(f"p{i}", "ct-phu-nu", _TITLE, "ct.txt", section, text, 0.9 - i / 100, i)
             for i, (section, text) in enumerate(_LINES)]
    return first_line(compose(question, found, lexicon=lexicon_of(found)))


def test_the_target_of_the_year_asked_is_quoted_not_last_years_result():
    """Before, the 2026 result line ("đạt 45/60 hội viên") opened the answer."""
    assert "70 hội viên" in _answered("Năm 2027 phường Tân Định phải kết nạp bao nhiêu hội viên mới?")


def test_a_year_opening_a_yes_or_no_is_no_count_claimed():
    assert "70 hội viên" in _answered("Năm 2027 phường Tân Định kết nạp 60 hội viên mới đúng không?")
