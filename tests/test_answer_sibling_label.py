"""A list of labelled items sharing their head ("Giải Nhất: …", "Giải Nhì: …", "Giải Tư, Năm: …"): asked of one by the
word after the head ("giải tư", "giải nhì"), the answer opens with the item so labelled, not a sibling's line. The
document and wordings are this file's own, invented."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture

_CONTEST = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN SÔNG XANH
Số: 31/TB-LĐLĐ
Sông Xanh, ngày 04 tháng 4 năm 2028

THÔNG BÁO
Cuộc thi ảnh "Người lao động Sông Xanh" năm 2028

1. Đối tượng dự thi: đoàn viên công đoàn trên địa bàn huyện Sông Xanh.
2. Thời hạn nhận ảnh: đến hết ngày 30 tháng 6 năm 2028.
3. Cơ cấu giải thưởng cuộc thi ảnh:
- Giải Nhất: 6.000.000 đồng và giấy khen;
- Giải Nhì: 4.000.000 đồng và giấy khen;
- Giải Ba: 2.500.000 đồng và giấy khen;
- Giải Tư, Năm: mỗi giải 1.200.000 đồng.
4. Lễ trao giải cuộc thi ảnh tổ chức tại Nhà văn hóa huyện Sông Xanh.

CHỦ TỊCH

Đặng Thị Mơ
"""

contest = assistant_fixture("tb31-thi-anh-song-xanh.txt", _CONTEST)


@pytest.mark.parametrize("question, amount", [
    ("giải tư cuộc thi ảnh được thưởng bao nhiêu tiền", "1.200.000 đồng"),
    ("giai tu cuoc thi anh duoc thuong bao nhieu tien", "1.200.000 đồng"),
    ("giải nhì cuộc thi ảnh được thưởng bao nhiêu tiền", "4.000.000 đồng"),
])
def test_the_item_labelled_as_asked_answers_first(contest, question, amount):
    answer = contest.ask(question)
    assert answer.found and amount in answer.answer.splitlines()[0], answer.answer
