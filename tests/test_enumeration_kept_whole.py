"""An enumeration or a duty chained with ";" whose last part opens with a marked small letter ("…; đường thủy",
"…; điều tra …") is quoted whole: the composer no longer takes that letter for a capital opening a new sentence and
drops the asked list's last items (new-user recheck of session 41, M7). The text and wording are this file's own."""
from __future__ import annotations

from bot.answer.composer import compose
from tests.helpers import first_line, lexicon_of
from vectorstore.search import Passage

_TEXT = ("2. Kế hoạch gồm 18 nhiệm vụ, chia thành 4 lĩnh vực: giao thông đường bộ; đường sắt; hàng không; "
         "đường thủy nội địa.")
_DUTY = ("Chủ trì kiểm tra các bến khách ngang sông; ưu tiên phương tiện chở học sinh; xử phạt nghiêm các chủ "
         "phương tiện không trang bị áo phao.")


def test_the_last_part_of_an_enumeration_is_quoted():
    found = [Passage("k1", "kh-gt", "Kế hoạch bảo đảm trật tự an toàn giao thông năm 2027", "kh.txt",
                     "Điều 3. Nhiệm vụ", _TEXT, 0.9, 0)]
    line = first_line(compose("Kế hoạch có bao nhiêu nhiệm vụ, gồm lĩnh vực nào?", found, lexicon=lexicon_of(found)))
    assert "đường thủy nội địa" in line, line


def test_a_duty_chained_after_a_semicolon_is_quoted_whole():
    found = [Passage("k2", "kh-gt", "Kế hoạch bảo đảm trật tự an toàn giao thông năm 2027", "kh.txt",
                     "IV. TỔ CHỨC THỰC HIỆN › 2. Sở Giao thông vận tải", _DUTY, 0.9, 0)]
    line = first_line(compose("Sở Giao thông vận tải phải làm gì với bến khách ngang sông?", found,
                              lexicon=lexicon_of(found)))
    assert "ưu tiên phương tiện chở học sinh" in line and "áo phao" in line, line
