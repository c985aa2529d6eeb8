"""A question restating a section's heading asks that section: "Ai là đơn vị có tài sản thanh lý?" is answered by the
body of "1. Đơn vị có tài sản thanh lý" ("Trường Tiểu học Vân Hồ, huyện Mộc Châu."), which repeats none of its words,
not by the longer lines of other sections repeating most of them. The notice is this file's own, invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture
from vectorstore.subject import restates_heading, topic_run

_NOTICE = """THÔNG BÁO
Bán thanh lý tài sản của trường học

### 1. Đơn vị có tài sản thanh lý

Trường Tiểu học Vân Hồ, huyện Mộc Châu.

### 2. Tài sản thanh lý, giá khởi điểm

Tài sản thanh lý gồm 12 bộ bàn ghế học sinh và 03 máy vi tính cũ; giá khởi điểm của tài sản thanh lý là 4.500.000 đồng.

### 3. Đăng ký mua tài sản thanh lý

Đơn vị, cá nhân có nhu cầu mua tài sản thanh lý đăng ký tại Văn phòng nhà trường, điện thoại 0212.3866.145.

Không được đăng ký mua tài sản thanh lý: người làm việc tại nhà trường và vợ, chồng, con của họ.
"""

notice = assistant_fixture("tb-thanh-ly-tai-san-vanho.md", _NOTICE)


def test_a_question_restating_a_heading_is_answered_by_its_body(notice):
    for question in ("Ai là đơn vị có tài sản thanh lý?", "don vi co tai san thanh ly la ai"):
        answer = notice.ask(question)
        assert answer.answer.startswith("Trường Tiểu học Vân Hồ"), (question, answer.answer)


def test_a_heading_restated_only_in_part_or_naming_a_body_is_not():
    """A question adding its own topic to a heading's words ("giá khởi điểm") asks that, not the section; a heading
    naming only a body says who acts."""
    assert restates_heading("1. Đơn vị có tài sản thanh lý", topic_run("Ai là đơn vị có tài sản thanh lý?"))
    assert not restates_heading("1. Đơn vị có tài sản thanh lý",
                                topic_run("Giá khởi điểm của tài sản thanh lý là bao nhiêu?"))
    assert not restates_heading("2. Sở Tài chính", topic_run("Sở Tài chính là ai?"))
