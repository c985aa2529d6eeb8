"""A span of time asked by both its ends ("mở cửa mấy giờ đến mấy giờ") is answered by the line giving both ends
("phục vụ từ 7 giờ 30 đến 17 giờ 00"), not by a line near the question's words giving one time ("vào phòng đọc từ 7
giờ 00 … trước giờ đóng cửa"). (n-part tester of session 53: opening hours answered with the stalls' setting-up time.)
The document is this file's own."""
from __future__ import annotations

from tests.helpers import assistant_fixture

RULES = """UBND HUYỆN TÂN LẠC
Số: 14/QĐ-UBND
Tân Lạc, ngày 05 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Nội quy Thư viện huyện Tân Lạc

Điều 4. Thời gian phục vụ
1. Thư viện huyện Tân Lạc phục vụ bạn đọc từ 7 giờ 30 đến 17 giờ 00 các ngày trong tuần.
2. Cán bộ thư viện vào kho sách từ 7 giờ 00; phải kiểm đếm sách chậm nhất 15 phút sau giờ đóng cửa thư viện.

Điều 5. Thẻ bạn đọc
Bạn đọc làm thẻ tại quầy thủ thư, lệ phí 20.000 đồng một năm.
"""

library = assistant_fixture("noi_quy_thu_vien.txt", RULES)


def test_opening_hours_asked_from_when_to_when_are_the_line_giving_both(library):
    answer = library.ask("thư viện huyện tân lạc mở cửa mấy giờ đến mấy giờ")
    assert answer.found, answer.answer
    assert answer.answer.startswith("Thư viện huyện Tân Lạc phục vụ bạn đọc từ 7 giờ 30 đến 17 giờ 00"), answer.answer
