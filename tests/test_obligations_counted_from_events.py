"""What `troly deadlines` and `troly obligations` show of a plan whose limits are counted from its own event (tryout of
session 55): the doer after an opening time phrase is found, a limit counted from an event the plan dates is dated
(calendar or working days), one counted from an event it does not date stays as written, and a document sent down to
many units is a task, not a report. The plan is this file's own, invented."""
from __future__ import annotations

from datetime import date

from tests.helpers import obligation_index

_PLAN = """CÔNG ĐOÀN NGÀNH GIAO THÔNG TỈNH AN HÒA
Số: 08/KH-CĐN
An Hòa, ngày 02 tháng 3 năm 2027
KẾ HOẠCH
Tổ chức Hội diễn văn nghệ công nhân ngành Giao thông năm 2027

I. NỘI DUNG
1. Thời gian: Hội diễn diễn ra từ ngày 12/7/2027 đến ngày 14/7/2027 tại Nhà văn hóa tỉnh.
II. TỔ CHỨC THỰC HIỆN
1. Ban Tổ chức Công đoàn ngành: chủ trì xây dựng quy chế Hội diễn, gửi các công đoàn cơ sở trước ngày 10/5/2027.
2. Sau Hội diễn 12 ngày, Văn phòng Công đoàn ngành tổng hợp kết quả báo cáo Liên đoàn Lao động tỉnh.
3. Trong tháng 6, Ban Tuyên giáo Công đoàn ngành tuyên truyền rộng rãi về Hội diễn.
4. Các công đoàn cơ sở nộp báo cáo chậm nhất 03 ngày sau khi kết thúc Hội diễn.
5. Ban Nữ công gửi báo cáo trong vòng 10 ngày làm việc kể từ ngày kết thúc Hội diễn.
6. Các công đoàn cơ sở gửi báo cáo chậm nhất 05 ngày sau khi kết thúc Giải bóng đá.
"""


def _index():
    return obligation_index([("kh08-hoi-dien.txt", _PLAN)])


def _one(index, words: str):
    found = [o for o in index.items if words in o.quote]
    assert len(found) == 1, [o.quote for o in index.items]
    return found[0]


def test_the_doer_after_an_opening_time_phrase():
    """Before, "Sau Hội diễn 12 ngày, Văn phòng …" and "Trong tháng 6, Ban Tuyên giáo …" named no doer."""
    index = _index()
    assert [o.quote[:22] for o in index.select("Văn phòng")] == ["Sau Hội diễn 12 ngày, "]
    assert [o.quote[:22] for o in index.select("Ban Tuyên giáo")] == ["Trong tháng 6, Ban Tuy"]


def test_a_limit_counted_from_the_plans_event_is_dated():
    """Before, these were "Chưa rõ ngày" (or, "Sau Hội diễn 12 ngày", had no time at all), though the plan says when
    the Hội diễn ends (14/7/2027, a Wednesday)."""
    index = _index()
    assert _one(index, "Sau Hội diễn 12 ngày").due_date() == date(2027, 7, 26)
    assert _one(index, "chậm nhất 03 ngày sau khi kết thúc Hội diễn").due_date() == date(2027, 7, 17)
    # ten working days: Saturdays and Sundays are not counted
    assert _one(index, "10 ngày làm việc").due_date() == date(2027, 7, 28)
    dated = [o.quote for o, _ in index.timeline().dated]
    assert any("Sau Hội diễn 12 ngày" in q for q in dated), dated


def test_a_limit_counted_from_an_event_the_plan_does_not_date_is_said_as_written():
    """The plan gives no day for a Giải bóng đá: no day is made up, and the limit is shown in its own words."""
    item = _one(_index(), "Giải bóng đá")
    assert item.due_date() is None
    assert item.due["text"] == "chậm nhất 05 ngày sau khi kết thúc Giải bóng đá"


def test_a_document_sent_down_to_the_units_is_a_task_not_a_report():
    """Before, "…, gửi các công đoàn cơ sở trước ngày 10/5/2027" was filed as a report to the CĐCS."""
    index = _index()
    sent = _one(index, "gửi các công đoàn cơ sở")
    assert sent.kind != "report" and sent.due_date() == date(2027, 5, 10)
    assert _one(index, "Văn phòng Công đoàn ngành tổng hợp").kind == "report"  # sent up, to the LĐLĐ tỉnh


_REPORT = """ỦY BAN NHÂN DÂN TỈNH AN HÒA
Số: 77/BC-UBND
An Hòa, ngày 10 tháng 12 năm 2026
BÁO CÁO
Kết quả thực hiện Chương trình phát triển làng nghề năm 2026

I. KẾT QUẢ THỰC HIỆN
Toàn tỉnh đã công nhận 12 làng nghề mới.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027
Văn phòng Ủy ban nhân dân tỉnh tổng hợp kết quả trước ngày 15/01/2027.
III. KIẾN NGHỊ, ĐỀ XUẤT
1. Đề nghị Văn phòng Điều phối làng nghề Trung ương hỗ trợ tỉnh tổ chức 02 lớp tập huấn về thiết kế sản phẩm.
2. Đề nghị Bộ Công Thương sớm ban hành hướng dẫn tiêu chí làng nghề.
"""


def test_a_reports_request_to_another_body_is_no_duty_of_that_body():
    """Before, "Đề nghị Văn phòng Điều phối … Trung ương hỗ trợ tỉnh …" under the report's proposals was a duty of
    "Văn phòng", listed beside the province's own office's task."""
    index = obligation_index([("bc77-lang-nghe.txt", _REPORT)])
    assert [o.quote for o in index.select("Văn phòng")] == [
        "Văn phòng Ủy ban nhân dân tỉnh tổng hợp kết quả trước ngày 15/01/2027."]
    assert index.select("Bộ Công Thương") == []
