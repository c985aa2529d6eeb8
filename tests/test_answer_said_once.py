"""What a user notices in an answer that is otherwise right: a body named by a sub-part's heading that is also the
lead-in of its items ("2.1. Sở Xây dựng:" over "a) …", "b) …") is said once before the quoted item, not once as
who acts and again as the lead-in, nor again under the citation whose line already shows that heading. The
documents and wordings are this file's own, invented."""
from __future__ import annotations

from bot.channels.render import render_answer_text
from tests.helpers import assistant_fixture, first_line

_NOTICE = """ỦY BAN NHÂN DÂN
TỈNH HÀ LAM
Số: 41/TB-UBND

Hà Lam, ngày 03 tháng 3 năm 2027

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh Lê Văn Khải tại cuộc họp về công tác bảo đảm trật tự đô thị

Ngày 01 tháng 3 năm 2027, đồng chí Lê Văn Khải, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về công tác bảo đảm
trật tự đô thị. Sau khi nghe báo cáo, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:

1. Đánh giá chung
Công tác quản lý trật tự đô thị có chuyển biến, song tình trạng lấn chiếm vỉa hè còn phổ biến tại các tuyến phố chính.

2. Nhiệm vụ trọng tâm
2.1. Sở Xây dựng:
a) Rà soát, tháo dỡ toàn bộ biển quảng cáo trái phép trên các tuyến phố chính trong vòng 30 ngày kể từ ngày ký.
b) Hướng dẫn các phường lập hồ sơ cấp phép sử dụng tạm thời vỉa hè.
2.2. Công an tỉnh: tăng cường tuần tra, xử lý nghiêm các trường hợp đỗ xe sai quy định.

Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:
- Sở Xây dựng;
- Công an tỉnh;
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Đinh Thị Hạnh
"""

notice = assistant_fixture("tb41-trat-tu-do-thi.txt", _NOTICE)


def test_a_heading_that_is_also_the_lead_in_is_said_once(notice):
    answer = notice.ask("biển quảng cáo trái phép phải tháo dỡ trong bao lâu?")
    line = first_line(answer)
    assert answer.found and "30 ngày" in line, answer.answer
    assert line.count("Sở Xây dựng") == 1, line
    shown = render_answer_text(answer)
    assert shown.count("Sở Xây dựng") == 2, shown  # the answer's line and the citation's heading, no more
