"""`troly obligations` reads a schedule's span of days as due on its last day; a fine's sum "đến 2.000.000 đồng" is no
due date; a line saying which budget funds a policy is no yearly task; "Các công đoàn cấp trên cơ sở:" and "Ban Thường
trực Ủy ban MTTQ …:" name their doers; a user asking for one unit of a merged one ("Ban Tuyên giáo" of "Ban Tuyên giáo
- Nữ công") gets its items. The plan is this file's own, invented; parsed without embedding."""
from __future__ import annotations

from tests.helpers import obligation_index

_PLAN = "\n\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH AN HÒA\nSố: 21/KH-LĐLĐ",
    "An Hòa, ngày 02 tháng 3 năm 2027",
    "KẾ HOẠCH\nTổ chức Tuần lễ Văn hóa công nhân năm 2027",
    "I. CÁC HOẠT ĐỘNG",
    "| STT | Nội dung | Thời gian | Đơn vị thực hiện |\n|---|---|---|---|\n"
    "| 1 | Hội chợ việc làm cho công nhân | 03/6 - 20/6/2027 | Ban Tổ chức |\n"
    "| 2 | Hội diễn văn nghệ công nhân | Trong tháng 7/2027 | Ban Tuyên giáo - Nữ công |",
    "II. KINH PHÍ",
    "Ngân sách tỉnh bố trí hằng năm trong dự toán chi thường xuyên giao Liên đoàn Lao động tỉnh.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Các công đoàn cấp trên cơ sở: lập kế hoạch gửi Liên đoàn Lao động tỉnh trước ngày 20/4/2027.",
    "2. Ban Thường trực Ủy ban MTTQ các xã, thị trấn: vận động đoàn viên tham gia, gửi danh sách trước ngày 10/5/2027.",
    "3. Ban Kiểm tra: xử lý nghiêm hành vi vi phạm; mức phạt tiền từ 1.000.000 đồng đến 2.000.000 đồng theo quy định.",
])


def _index():
    return obligation_index([("kh21.txt", _PLAN)])


def test_a_span_of_days_is_due_on_its_last_day():
    """Before, "03/6 - 20/6/2027" was due on 03/6, its first day."""
    days = {o.quote[:12]: (o.due or {}).get("date") for o in _index().select()}
    assert days["Hội chợ việc"] == "2027-06-20", days
    assert days["Hội diễn văn"] == "2027-07-31", days


def test_a_fine_is_no_due_and_a_budget_line_no_yearly_task():
    """Before, the fine's "đến 2.000.000" was a due "đến 2.00", and the budget line a deadline every year."""
    items = _index().select()
    fine = next(o for o in items if "mức phạt tiền" in o.quote)
    assert not fine.due, fine.due
    assert not [o for o in items if o.quote.startswith("Ngân sách tỉnh bố trí")]


def test_bodies_as_users_name_them_find_their_items():
    """Before, "Các công đoàn cấp trên cơ sở" and "Ban Thường trực Ủy ban MTTQ …" were no doer, and "Ban Tuyên giáo"
    found nothing of "Ban Tuyên giáo - Nữ công"."""
    index = _index()
    assert [o.quote[:22] for o in index.select("cd cap tren co so")] == ["Các công đoàn cấp trên"]
    assert any(o.quote.startswith("Ban Thường trực Ủy ban MTTQ") for o in index.select("MTTQ"))
    for asked in ("Ban Tuyên giáo", "ban nu cong"):
        assert [o.quote[:12] for o in index.select(asked)] == ["Hội diễn văn"], asked
    assert not index.select("Ban Tài chính")
