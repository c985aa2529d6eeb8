"""Asked which ones of a kind ("xã nào …"), the answer names them: a line naming the members ("các xã Tân Lập, Hòa
Sơn") leads before one that only counts them ("02 xã chưa hoàn thành …"). The document and wordings are this file's
own, invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture

_REPORT = """ỦY BAN NHÂN DÂN HUYỆN SÔNG XANH
PHÒNG NÔNG NGHIỆP
Số: 77/BC-PNN
Sông Xanh, ngày 05 tháng 12 năm 2027

BÁO CÁO
Kết quả cấp nước sạch nông thôn năm 2027

I. KẾT QUẢ
1. Năm 2027 toàn huyện cấp nước sạch cho 1.240 hộ, đạt 103% kế hoạch.
2. Tồn tại, hạn chế: một số công trình xuống cấp; 02 xã chưa hoàn thành cấp nước sạch cho hộ nghèo; kinh phí duy \
tu còn thiếu.

II. KIẾN NGHỊ
1. Đề nghị Ủy ban nhân dân huyện chỉ đạo Ủy ban nhân dân các xã Tân Lập, Hòa Sơn hoàn thành cấp nước sạch cho \
hộ nghèo trong quý I năm 2028.
2. Bố trí kinh phí duy tu các công trình cấp nước năm 2028.

TRƯỞNG PHÒNG

Phạm Văn Hùng
"""

report = assistant_fixture("bc77-nuoc-sach.txt", _REPORT)


def test_which_ones_asked_are_answered_by_their_names(report):
    answer = report.ask("xã nào chưa hoàn thành cấp nước sạch cho hộ nghèo")
    assert answer.found, answer.answer
    assert "Tân Lập" in answer.answer.splitlines()[0], answer.answer
