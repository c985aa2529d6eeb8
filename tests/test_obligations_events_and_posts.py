"""What `troly deadlines` and `troly obligations --actor` show of a plan's lines (tryout of session 51): the day an
event takes place is no deadline, and a line whose subject is an office holder no table names as a body ("Thủ quỹ
công đoàn báo cáo …") is found by that office, typed as the user types it. The plan is this file's own, invented."""
from __future__ import annotations

from tests.helpers import obligation_index

_PLAN = """CÔNG ĐOÀN CÔNG TY CỔ PHẦN DỆT MAY PHÚ AN
Số: 05/KH-CĐ
Phú An, ngày 10 tháng 01 năm 2027
KẾ HOẠCH
Tổ chức Hội thao mừng Xuân năm 2027

I. NỘI DUNG
1. Thời gian: Hội thao diễn ra vào ngày 15/3/2027 tại sân vận động công ty.
2. Thời gian hoàn tất công tác chuẩn bị: trước ngày 10/3/2027.
3. Thời gian: nộp hồ sơ thi đua vào ngày 05/4/2027.
4. Yêu cầu: hoàn thành vào ngày 26/3/2027.
II. TỔ CHỨC THỰC HIỆN
1. Các tổ công đoàn đăng ký danh sách vận động viên trước ngày 01/3/2027.
2. Thủ quỹ công đoàn báo cáo quyết toán kinh phí hội thao trước ngày 30/3/2027.
3. Kế toán công đoàn lập dự toán kinh phí trước ngày 20/02/2027.
"""


def _index():
    return obligation_index([("kh05-hoi-thao.txt", _PLAN)])


def test_the_day_an_event_takes_place_is_no_deadline():
    """Before, "Hội thao diễn ra vào ngày 15/3/2027" was listed as a deadline of the plan's issuer."""
    dated = [o.quote for o, _ in _index().timeline().dated]
    assert not any("diễn ra" in q for q in dated), dated
    assert any("trước ngày 10/3/2027" in q for q in dated), dated  # a limit with no doer named is one still
    assert any("trước ngày 01/3/2027" in q for q in dated), dated
    # labelled with its time, a line owing an act is a limit still; and only the time's label marks an event's day
    assert any("nộp hồ sơ thi đua vào ngày 05/4/2027" in q for q in dated), dated
    assert any("hoàn thành vào ngày 26/3/2027" in q for q in dated), dated


def test_an_office_holder_is_found_by_the_office_however_typed():
    """Before, `--actor "thủ quỹ"` found nothing: the line named no body, and "thủ quỹ" is none."""
    index = _index()
    for typed in ("thủ quỹ", "Thủ quỹ công đoàn", "THU QUY"):
        assert [o.quote for o in index.select(typed)] == [
            "Thủ quỹ công đoàn báo cáo quyết toán kinh phí hội thao trước ngày 30/3/2027."], typed
    assert [o.quote for o in index.select("ke toan")] == [
        "Kế toán công đoàn lập dự toán kinh phí trước ngày 20/02/2027."]
    assert "Kế toán công đoàn" in index.by_actor("ke toan")  # grouped under its doer, the post the line opens with
    for typed in ("các", "những", "cac"):  # a function word names no one, though many lines open with it
        assert index.select(typed) == [], typed
