"""Follow-ups that swap a period of a plan ("còn quý 3?") or go on past a question about the document itself
("ai ký văn bản đó?" then "còn tổ nữ công thì sao?"): each keeps what the chain was asking."""
from __future__ import annotations

import pytest

from bot.answer.followup import FollowupRewriter, Turn


def _chain(questions: list[str]) -> str:
    """The last question as understood after the ones before it, each answered from one plan."""
    history = [Turn(q, "…", ("plan",)) for q in questions[:-1]]
    return FollowupRewriter().rewrite(questions[-1], history)


@pytest.mark.parametrize("first, followup, period", [
    ("chương trình 08 tháng 3 tổ chức những hoạt động gì", "còn tháng 9 thì sao?", "tháng 9"),
    ("kế hoạch 22 quý I giao việc gì cho ban nữ công", "còn quý 3?", "quý 3"),
    ("ke hoach 22 quy 2 co nhung viec gi", "con quy 4?", "quy 4"),
])
def test_a_followup_naming_another_period_asks_the_same_of_it(first, followup, period):
    asked = _chain([first, followup])
    assert period in asked and "tiếp theo" not in asked
    assert asked.split()[:2] == first.split()[:2]  # still of the same plan, asking the same thing


def test_con_x_after_asking_who_signed_goes_on_from_the_fact_asked_before():
    asked = _chain(["quyết định thưởng cho tổ sản xuất bao nhiêu tiền", "ai ký quyết định đó",
                    "còn tổ nữ công thì sao"])
    assert "tổ nữ công" in asked and "bao nhiêu tiền" in asked and "ký" not in asked


def test_a_followup_goes_on_from_the_question_answered_last_when_earlier_turns_are_gone():
    """A bot keeps the last turns only: before, once the question a chain started from had left the history, "còn quý
    4?" was read against "còn quý 3?" alone and joined to it. Each turn keeps the question its answer understood."""
    history = [Turn("còn quý 3?", "…", ("plan",), "kế hoạch 22 quý 3 giao việc gì cho ban nữ công?")]
    assert FollowupRewriter().rewrite("còn quý 4?", history) == "kế hoạch 22 quý 4 giao việc gì cho ban nữ công?"
