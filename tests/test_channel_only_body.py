"""A body asked its duties that the plan names only as where a list goes ("… gửi về Liên đoàn Lao động huyện (qua Ban
Tổ chức) trước ngày 15/5") is told the plan gives it none, that line cited — not answered with the duty of the body
whose line names it, as if it were its own. The plan is this file's own, invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture

_PLAN = """KẾ HOẠCH
Tổ chức Hội thi An toàn vệ sinh lao động năm 2027

### 1. Công đoàn cơ sở

Lập danh sách đội thi, gửi về Liên đoàn Lao động huyện (qua Ban Tổ chức) trước ngày 15/5/2027.

### 2. Ban Tuyên giáo

Xây dựng bộ câu hỏi thi và thông tin về Hội thi trên trang tin của Liên đoàn Lao động huyện.

### 3. Ban Tài chính

Lập dự toán kinh phí Hội thi, trình Thường trực Liên đoàn Lao động huyện trước ngày 10/5/2027.
"""

plan = assistant_fixture("kh-hoi-thi-atvsld-2027.md", _PLAN)


def test_a_body_named_only_as_a_channel_is_told_it_has_no_duty(plan):
    for question in ("Ban Tổ chức làm gì?", "ban to chuc lam gi"):
        answer = plan.ask(question)
        assert answer.answer.startswith("Văn bản tìm được không giao nhiệm vụ riêng cho Ban Tổ chức"), answer.answer
        assert [c.passage.section for c in answer.citations] == ["1. Công đoàn cơ sở"]
        assert "(qua Ban Tổ chức)" in answer.answer


def test_a_body_given_duties_is_answered_with_them(plan):
    answer = plan.ask("Ban Tuyên giáo làm gì?")
    assert "Xây dựng bộ câu hỏi thi" in answer.answer.splitlines()[0], answer.answer
