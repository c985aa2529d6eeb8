"""A span of time asked by both its ends ("mở cửa mấy giờ đến mấy giờ") is answered by the line giving both ends
("phục vụ từ 7 giờ 30 đến 17 giờ 00"), not by a line near the question's words giving one time ("vào phòng đọc từ 7
giờ 00 … trước giờ đóng cửa"). (n-part tester of session 53: opening hours answered with the stalls' setting-up time.)
In the terminal chat, "còn ngày thường?" after a question on the weekend's hours is read as that question of
weekdays, the days named replacing the days asked before ("Hiểu là: ngày thường … lúc mấy giờ?"), not appended to
them ("ngày thường đến mấy giờ thứ bảy?"). The document is this file's own."""
from __future__ import annotations

import io

import pytest

from bot.answer.followup import rewrite_offline
from bot.channels.terminal import run_chat
from tests.helpers import assistant_fixture

RULES = """UBND HUYỆN TÂN LẠC
Số: 14/QĐ-UBND
Tân Lạc, ngày 05 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Nội quy Thư viện huyện Tân Lạc

Điều 4. Thời gian phục vụ
1. Thư viện huyện Tân Lạc phục vụ bạn đọc từ 7 giờ 30 đến 17 giờ 00 các ngày trong tuần.
2. Cán bộ thư viện vào kho sách từ 7 giờ 00; phải kiểm đếm sách chậm nhất 15 phút sau giờ đóng cửa thư viện.
3. Thứ Bảy, Chủ nhật thư viện phục vụ từ 8 giờ 00 đến 11 giờ 30.

Điều 5. Thẻ bạn đọc
Bạn đọc làm thẻ tại quầy thủ thư, lệ phí 20.000 đồng một năm.
"""

library = assistant_fixture("noi_quy_thu_vien.txt", RULES)


def test_opening_hours_asked_from_when_to_when_are_the_line_giving_both(library):
    answer = library.ask("thư viện huyện tân lạc mở cửa mấy giờ đến mấy giờ")
    assert answer.found, answer.answer
    assert answer.answer.startswith("Thư viện huyện Tân Lạc phục vụ bạn đọc từ 7 giờ 30 đến 17 giờ 00"), answer.answer


def test_a_chat_follow_up_naming_other_days_replaces_the_days_asked(library):
    out = io.StringIO()
    assert run_chat(library, stdin=io.StringIO("thứ 7 chủ nhật thư viện đóng cửa lúc mấy giờ\ncòn ngày thường?\n"),
                    stdout=out) == 0
    shown = [line for line in out.getvalue().splitlines() if "Hiểu là:" in line]
    assert shown and "Hiểu là: ngày thường thư viện đóng cửa lúc mấy giờ?" in shown[0], out.getvalue()


@pytest.mark.parametrize(("previous", "rewritten"), [
    ("thứ Bảy, Chủ nhật bể bơi mở cửa lúc mấy giờ", "ngày thường bể bơi mở cửa lúc mấy giờ?"),
    ("bể bơi thứ 7 và chủ nhật có mở không", "bể bơi ngày thường có mở không?")])
def test_days_named_side_by_side_are_one_slot(previous, rewritten):
    assert rewrite_offline("còn ngày thường?", previous) == rewritten
