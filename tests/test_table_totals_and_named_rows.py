"""A table and the sentence leading in to it. The lead sentence stating the whole the rows share out ("Toàn huyện tuyển
chọn 60 vận động viên, phân bổ … như sau:") is a passage of its own: asked the whole, the answer quotes it, not one
row's share. A question naming a row by its key ("gian hàng C2") is answered from that row first, not from a row of a
near key ("C1"). The document and questions are invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture, first_line

GUIDE = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN SÔNG MÂY | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 17/HD-LĐLĐ | Độc lập - Tự do - Hạnh phúc
Sông Mây, ngày 03 tháng 2 năm 2028

HƯỚNG DẪN
Tuyển chọn vận động viên dự Hội thao công nhân viên chức năm 2028

I. SỐ LƯỢNG

Toàn huyện tuyển chọn 60 vận động viên, phân bổ cho các công đoàn cơ sở như sau:

| TT | Đơn vị | Số lượng | Trong đó nữ |
|---|---|---|---|
| 1 | Công đoàn Bệnh viện đa khoa huyện | 18 | 9 |
| 2 | Công đoàn Trường THPT Sông Mây | 16 | 8 |
| 3 | Công đoàn Nhà máy gạch Tuy-nen | 14 | 3 |
| 4 | Công đoàn Chi nhánh điện lực | 12 | 2 |
| | Tổng cộng | 60 | 22 |

II. ĐẤU GIÁ GIAN HÀNG

Tiền đặt trước bằng 20% giá khởi điểm của gian hàng.

Tổng diện tích: 37 m²; tổng giá khởi điểm: 13.500.000 đồng. Giá khởi điểm chưa gồm tiền điện, nước của gian hàng.

| Ký hiệu | Diện tích (m²) | Vị trí | Giá khởi điểm (đồng) |
|---|---|---|---|
| C1 | 12 | Sát cổng chính, gian hàng góc | 4.500.000 |
| C2 | 9 | Dãy giữa sân vận động | 3.200.000 |
| D1 | 16 | Cuối sân, gian hàng góc | 5.800.000 |

III. KẾT QUẢ NĂM TRƯỚC

| Khu vực | Số đơn vị | Số người dự thi | Tỷ lệ so với kế hoạch (%) |
|---|---|---|---|
| Xã khu vực I | 21 | 340 | 88,5 |
| Xã khu vực II | 17 | 415 | 92,0 |
| Xã khu vực III | 11 | 126 | 79,4 |
| Xã khu vực biên giới | 8 | 97 | 81,2 |
| Xã khu vực ven biển | 9 | 143 | 90,3 |
| Thị trấn | 6 | 188 | 97,1 |
| Toàn huyện | 72 | 1.309 | 89,9 |

Tỷ lệ người dự thi ở xã khu vực III chưa đạt kế hoạch do một số người lao động chưa sắp xếp được thời gian tham gia.

IV. NHIỆM VỤ

1. Ủy ban nhân dân thị trấn bố trí mặt bằng cho các gian hàng.

2. Công an thị trấn bảo đảm an ninh, trật tự, an toàn giao thông trong những ngày diễn ra hội thao.

3. Trạm y tế thị trấn bố trí tổ sơ cứu tại sân vận động.

4. Đài truyền thanh thị trấn tuyên truyền về hội thao trên hệ thống loa.
"""

assistant = assistant_fixture("hd17_hoi_thao.md", GUIDE)


def test_the_whole_stated_before_a_table_is_answered_and_cited(assistant):
    """Before, the lead sentence was only the rows' context: the answer quoted one unit's row; then the lead sentence
    was followed by the shares of the rows that scored best, not by the total row holding its figure."""
    answer = assistant.ask("Năm 2028 huyện Sông Mây tuyển chọn bao nhiêu vận động viên dự hội thao?")
    assert answer.found and "60 vận động viên" in first_line(answer), answer.answer
    assert any("60 vận động viên" in c.passage.text for c in answer.citations), answer.answer
    assert "Tổng cộng" in answer.answer and not any("Số lượng: 18" in c.passage.text for c in answer.citations), \
        "the total row holding the whole is cited with it, not one unit's share"


def test_a_row_named_by_its_code_answers_not_the_near_code(assistant):
    answer = assistant.ask("gian hàng C2 giá khởi điểm bao nhiêu?")
    assert "3.200.000" in first_line(answer), answer.answer
    assert "4.500.000" not in answer.answer, answer.answer

