"""What `troly obligations` lists for a report, a resolution with a targets-by-year table and an expense rule, as a union
officer reads it (session 44, the w-* trial documents' misses): a figure reached that mentions a service "theo yêu
cầu" is a result, not a target; each year's figure of a "Chỉ tiêu | Năm 2027 | Năm 2028" table is a target by that
year; "Ủy ban nhân dân các xã, phường" is the same body as "UBND xã"; "Văn phòng phẩm" (stationery) is no "Văn phòng".
The documents are this file's own, invented; parsed without embedding."""
from __future__ import annotations

from tests.helpers import obligation_index

_REPORT = "\n".join([
    "TRUNG TÂM Y TẾ HUYỆN HOA SEN", "Số: 77/BC-TTYT", "Hoa Sen, ngày 02 tháng 12 năm 2026", "BÁO CÁO",
    "Tổng kết công tác năm 2026 và nhiệm vụ năm 2027",
    "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026",
    "1. Công tác tài chính",
    "Tổng thu năm 2026 ước đạt 54 tỷ đồng, bằng 103% dự toán, trong đó thu dịch vụ tiêm chủng theo yêu cầu 6 tỷ "
    "đồng, thu khác 2 tỷ đồng.",
    "II. NHIỆM VỤ NĂM 2027",
    "1. Chỉ tiêu chủ yếu",
    "Phấn đấu tỷ lệ tiêm chủng đầy đủ cho trẻ em đạt từ 97% trở lên.",
    "GIÁM ĐỐC", "Lê Văn Bình", ""])

_RESOLUTION = "\n".join([
    "HỘI ĐỒNG NHÂN DÂN TỈNH HOA SEN", "Số: 12/2026/NQ-HĐND", "Hoa Sen, ngày 15 tháng 7 năm 2026", "NGHỊ QUYẾT",
    "Về phát triển cây dược liệu giai đoạn 2026 - 2028",
    "Điều 1. Mục tiêu",
    "1. Chỉ tiêu từng năm như sau:",
    "| Chỉ tiêu | Năm 2025 | Năm 2027 | Năm 2028 |",
    "| Diện tích trồng dược liệu (ha) | 900 | 1.200 | 1.450 |",
    "| Tỷ lệ sản phẩm có chứng nhận (%) | 20 | 32,5 | 40 |",
    "Điều 2. Tổ chức thực hiện",
    "1. Ủy ban nhân dân các xã, phường hướng dẫn người dân đăng ký vùng trồng trước ngày 30 tháng 9 năm 2027.",
    "2. UBND xã tổng hợp diện tích trồng mới, báo cáo Sở Nông nghiệp và Môi trường trước ngày 15 tháng 12 năm 2027.",
    "CHỦ TỊCH", "Trần Văn Hải", ""])

_RULES = "\n".join([
    "TRUNG TÂM Y TẾ HUYỆN HOA SEN", "Số: 80/QĐ-TTYT", "Hoa Sen, ngày 05 tháng 11 năm 2026", "QUYẾT ĐỊNH",
    "Ban hành Quy chế chi tiêu nội bộ",
    "Điều 5. Văn phòng phẩm",
    "Văn phòng phẩm cấp theo định mức: mỗi khoa không quá 800.000 đồng/tháng, thanh toán theo thực tế sử dụng.",
    "Điều 6. Trách nhiệm thực hiện",
    "Văn phòng Trung tâm theo dõi việc cấp phát văn phòng phẩm, báo cáo Giám đốc trước ngày 10 hằng tháng.",
    "GIÁM ĐỐC", "Lê Văn Bình", ""])


def test_a_figure_reached_that_names_a_service_on_request_is_no_target():
    """Before, "yêu cầu" of "tiêm chủng theo yêu cầu" read as asking a body to act, so the year's revenue ("ước đạt
    54 tỷ đồng, bằng 103% dự toán") under the results part was listed as a target; the next year's goal stays one."""
    targets = [o for o in obligation_index([("bc77.txt", _REPORT)]).select() if o.kind == "target"]
    assert [o.target["value"] for o in targets] == [97.0], [o.quote for o in targets]


def test_each_year_of_a_targets_by_year_table_is_a_target_by_that_year():
    """Before, a "Chỉ tiêu | Năm 2027 | Năm 2028" table gave no target at all. Now each figure of a year not before the
    resolution's is one, in the unit its row names in brackets, to be reached by the end of its column's year."""
    targets = [o for o in obligation_index([("nq12.txt", _RESOLUTION)]).select() if o.kind == "target"]
    got = {(o.target["value"], o.target["unit"], o.target["by_year"]) for o in targets}
    assert got == {(1200.0, "ha", 2027), (1450.0, "ha", 2028), (32.5, "%", 2027), (40.0, "%", 2028)}, got
    assert all(o.due_date() is not None and o.due_date().year == o.target["by_year"] for o in targets)
    assert any("Diện tích trồng dược liệu" in o.quote for o in targets)


def test_the_communes_peoples_committees_written_two_ways_are_one_group():
    """Before, "Ủy ban nhân dân các xã, phường" was the generic "Ủy ban nhân dân" and "UBND xã" the communes' one: two
    groups for one body in the list by body."""
    groups = obligation_index([("nq12.txt", _RESOLUTION)]).by_actor()
    communes = [name for name, items in groups.items() if any("xã" in o.quote for o in items)]
    assert communes == ["Ủy ban nhân dân xã, phường"], communes
    assert len(groups["Ủy ban nhân dân xã, phường"]) == 2


def test_stationery_is_no_office():
    """Before, "Văn phòng phẩm cấp theo định mức …" (stationery, an expense item) was a duty of "Văn phòng"; the
    office that does act ("Văn phòng Trung tâm theo dõi …") still does."""
    index = obligation_index([("qd80.txt", _RULES)])
    office = index.select("Văn phòng")
    assert [o.quote[:20] for o in office] == ["Văn phòng Trung tâm "], [o.quote for o in office]


_MINUTES = "\n".join([
    "CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH DỆT HOA SEN", "Số: 21/BB-CĐCS", "Hoa Sen, ngày 10 tháng 12 năm 2026", "BIÊN BẢN",
    "Họp Ban Chấp hành Công đoàn cơ sở quý IV năm 2026",
    "I. NỘI DUNG",
    "Đại diện Ban Giám đốc ghi nhận ý kiến; Công ty chưa đồng ý tăng phụ cấp ca đêm vì đơn hàng quý I năm 2027 giảm.",
    "II. KẾT LUẬN",
    "Tổ công đoàn tổng hợp ý kiến người lao động, gửi Ban Chấp hành trước ngày 25 tháng 12 năm 2026.",
    "CHỦ TỊCH", "Đỗ Thị Mai", ""])

_LAW_PLAN = "\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG HUYỆN HOA SEN", "Số: 30/KH-LĐLĐ", "Hoa Sen, ngày 20 tháng 11 năm 2026", "KẾ HOẠCH",
    "Tuyên truyền Luật Công đoàn năm 2024",
    "I. NỘI DUNG",
    "| Thời gian | Nội dung | Đơn vị thực hiện |",
    "| Tháng 3 | Tập huấn báo cáo viên về Luật Công đoàn | Ban Tuyên giáo |",
    "| Tháng 6 | Hội thi tìm hiểu Luật Công đoàn | Công đoàn cơ sở |",
    "CHỦ TỊCH", "Vũ Văn Nam", ""])


def test_the_orders_of_one_quarter_are_neither_every_quarter_nor_a_limit():
    """Before, "vì đơn hàng quý I năm 2027 giảm" in a meeting's record was a deadline "hằng quý" (the "hàng quý" of
    "đơn hàng quý I"): a named quarter is one quarter, and a time in a cause ("vì …") is no time to act by."""
    items = obligation_index([("bb21.txt", _MINUTES)]).select()
    assert not any("đơn hàng" in o.quote for o in items), [(o.quote, o.due) for o in items]
    assert any(o.due_date() is not None and o.due_date().isoformat() == "2026-12-25" for o in items)


def test_a_schedules_months_are_of_the_plans_year_not_of_the_law_its_title_names():
    """Before, "Tháng 3" of a plan issued 20/11/2026 to spread "Luật Công đoàn năm 2024" was dated March 2024 (the
    law's year in the title), listed long overdue; it is the first March after the plan."""
    items = obligation_index([("kh30.txt", _LAW_PLAN)]).select()
    days = sorted(o.due_date().isoformat() for o in items if o.due_date() is not None)
    assert days == ["2027-03-31", "2027-06-30"], [(o.quote, o.due) for o in items]
