"""Only duties are duties, each of its body: a contest plan's sports and prizes ("Kéo co: mỗi đội 10 người", "Giải
nhất: 2.000.000 đồng") and a budget line naming the bodies that hold its shares are no one's task; a sentence giving
two bodies each its act ("…: công đoàn cơ sở báo cáo kết quả, Ban Tài chính quyết toán kinh phí.") gives each its
item, under the time that labels it. The plan is this file's own, invented; parsed without embedding."""
from __future__ import annotations

from tests.helpers import obligation_index

_PLAN = "\n\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG\nTHÀNH PHỐ PHAN THIẾT\nSố: 21/KH-LĐLĐ",
    "Phan Thiết, ngày 10 tháng 3 năm 2027",
    "KẾ HOẠCH\nTổ chức Hội thao công nhân lao động năm 2027",
    "I. NỘI DUNG",
    "1. Các môn thi đấu",
    "- Kéo co: mỗi đội 10 người, thi đấu loại trực tiếp.",
    "- Giải nhất: 2.000.000 đồng và cờ lưu niệm.",
    "- Tập huấn: tổ chức 02 lớp tập huấn trọng tài trong tháng 4/2027.",
    "2. Kinh phí",
    "Tổng kinh phí dự kiến 900 triệu đồng, trong đó: Công đoàn các khu công nghiệp 540 triệu đồng, Liên đoàn Lao "
    "động thành phố 360 triệu đồng.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Trước ngày 28/6/2027: công đoàn cơ sở báo cáo kết quả, Ban Tài chính quyết toán kinh phí.",
    "2. Sở Y tế, Sở Văn hóa, Thể thao và Du lịch phối hợp bố trí lực lượng y tế tại các điểm thi đấu.",
])


def _items():
    return obligation_index([("kh21.txt", _PLAN)]).items


def test_sports_prizes_and_budget_shares_are_no_duties_but_an_activity_is():
    """Before, the tug of war, the first prize and the budget line were duties of the issuer or the KCN union."""
    quotes = [o.quote for o in _items()]
    assert not [q for q in quotes if q.startswith(("Kéo co", "Giải nhất", "Tổng kinh phí"))]
    assert [q for q in quotes if q.startswith("Tập huấn")]


def test_two_bodies_of_one_sentence_each_have_their_item_under_its_time():
    """Before, the one item was the finance board's only; the unions' report was lost."""
    items = [o for o in _items() if "quyết toán" in o.quote or "báo cáo kết quả" in o.quote]
    doers = {o.doer_as_written: o for o in items}
    assert set(doers) == {"CĐCS", "Ban Tài chính"}
    assert all(o.due_date() is not None and o.due_date().isoformat() == "2027-06-28" for o in items)
    assert "quyết toán" not in doers["CĐCS"].quote


def test_a_list_of_bodies_before_one_act_stays_one_item():
    """The health and culture departments share one act: not cut at their comma."""
    items = [o for o in _items() if "Sở Y tế" in o.quote or "bố trí lực lượng" in o.quote]
    assert len(items) == 1 and items[0].quote.startswith("Sở Y tế, Sở Văn hóa") and "bố trí lực lượng" in items[0].quote
