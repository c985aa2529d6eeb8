"""A name written with a word making it a lesser form of the thing ("Nửa marathon", "Bán marathon") is another item
than the name alone: asked of the thing bare, the answer quotes the bare one's line, and of the lesser form, its own.
The document and wordings are this file's own, invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture

_RACE = """ỦY BAN NHÂN DÂN HUYỆN SÔNG XANH
TRUNG TÂM VĂN HÓA - THỂ THAO
Số: 19/TB-TTVHTT
Sông Xanh, ngày 02 tháng 3 năm 2028

THÔNG BÁO
Điều lệ Giải chạy Sông Xanh mở rộng năm 2028

1. Thời gian thi đấu: ngày 18 tháng 5 năm 2028 tại Quảng trường huyện Sông Xanh.
2. Cự ly, giờ xuất phát và thời gian giới hạn:

| Cự ly | Giờ xuất phát | Thời gian giới hạn |
|---|---|---|
| 21 km (Nửa marathon) | 05 giờ 15 | 3 giờ 30 phút |
| 42 km (Marathon) | 04 giờ 45 | 6 giờ 30 phút |
| 7 km (Gia đình) | 06 giờ 30 | 1 giờ 45 phút |

3. Vận động viên nhận số đeo tại Nhà văn hóa huyện trước ngày thi đấu.

GIÁM ĐỐC

Võ Thanh Hải
"""

race = assistant_fixture("tb19-giai-chay-song-xanh.md", _RACE)


def test_the_bare_name_asked_is_answered_by_its_own_row(race):
    answer = race.ask("thời gian giới hạn cự ly marathon là bao lâu")
    assert answer.found and "6 giờ 30 phút" in answer.answer.splitlines()[0], answer.answer


def test_the_lesser_form_asked_is_answered_by_its_row(race):
    answer = race.ask("nửa marathon thời gian giới hạn bao lâu")
    assert answer.found and "3 giờ 30 phút" in answer.answer.splitlines()[0], answer.answer
