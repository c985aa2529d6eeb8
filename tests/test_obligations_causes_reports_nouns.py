"""What `troly obligations` lists when a word only looks like a cause, a recurrence or a cited text's year (review of
session 44): "vì" inside "thay vì" (instead of) and "vì vậy" (so) opens no cause, so the time after it is still the
limit; a report on the year just ended, issued in January, dates its table's months in that year, not the next;
"hàng" ending a noun ("đơn hàng", "cửa hàng") is no "hằng/hàng" of recurrence. The documents are this file's own,
invented; parsed without embedding."""
from __future__ import annotations

from tests.helpers import obligation_index

_DIRECTIVE = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HOA SEN", "Số: 40/CT-UBND", "Hoa Sen, ngày 20 tháng 11 năm 2026", "CHỈ THỊ",
    "Về phòng, chống thiên tai năm 2027",
    "1. Sở Tài chính gửi báo cáo qua phần mềm thay vì gửi bản giấy, trước ngày 15 tháng 12 năm 2026.",
    "2. Mùa mưa năm nay đến sớm, vì vậy Ủy ban nhân dân các xã hoàn thành di dời các hộ dân trước ngày 30 tháng 6 "
    "năm 2027.",
    "3. Sở Y tế báo cáo kết quả trước ngày 20 tháng 12 năm 2026 vì đây là nhiệm vụ trọng tâm.",
    "CHỦ TỊCH", "Trần Văn Hải", ""])

_YEAR_END_REPORT = "\n".join([
    "CÔNG ĐOÀN NGÀNH Y TẾ TỈNH HOA SEN", "Số: 02/BC-CĐN", "Hoa Sen, ngày 08 tháng 01 năm 2027", "BÁO CÁO",
    "Tổng kết công tác công đoàn năm 2026",
    "I. KẾT QUẢ THỰC HIỆN",
    "| Thời gian | Nội dung | Đơn vị thực hiện |",
    "| Tháng 3 | Tổ chức hội thao chào mừng ngày 8/3 | Ban Nữ công |",
    "| Tháng 10 | Khám sức khỏe định kỳ cho đoàn viên | Công đoàn cơ sở |",
    "II. PHƯƠNG HƯỚNG NĂM 2027",
    "1. Công đoàn cơ sở gửi báo cáo quý I trước ngày 20 tháng 3.",
    "CHỦ TỊCH", "Vũ Văn Nam", ""])

_NOTICE = "\n".join([
    "SỞ CÔNG THƯƠNG TỈNH HOA SEN", "Số: 15/TB-SCT", "Hoa Sen, ngày 10 tháng 12 năm 2026", "THÔNG BÁO",
    "Về kiểm tra phòng cháy chữa cháy năm 2027",
    "1. Doanh nghiệp báo cáo đơn hàng quý 1 năm 2027 cho công đoàn cơ sở.",
    "2. Phòng Cảnh sát PCCC kiểm tra các cửa hàng tháng 12 năm 2026.",
    "3. Phòng Quản lý thương mại báo cáo Sở Công Thương tình hình các cửa hàng hằng quý.",
    "GIÁM ĐỐC", "Lê Văn Bình", ""])


def _days(items) -> dict[str, str]:
    return {o.quote[:20]: o.due_date().isoformat() for o in items if o.due_date() is not None}


def test_instead_of_and_so_are_no_cause_the_limit_after_them_stays():
    """Before, "thay vì" cut the report's sentence before its limit (a duty with no date), and "vì vậy" hid the
    communes' duty altogether; a time after a real cause ("vì đây là …") is still none, the one before it is kept."""
    days = _days(obligation_index([("ct40.txt", _DIRECTIVE)]).select())
    assert sorted(days.values()) == ["2026-12-15", "2026-12-20", "2027-06-30"], days


def test_a_year_end_report_issued_in_january_dates_its_months_in_the_year_it_reports_on():
    """Before, a report "Tổng kết công tác công đoàn năm 2026" dated 08/01/2027 listed last year's March and October
    activities as due in 2027 (upcoming, "còn N ngày"); a limit it sets for the new year stays in the new year."""
    items = obligation_index([("bc02.txt", _YEAR_END_REPORT)]).select()
    by_quote = {o.quote.split(" — ")[0]: o.due_date().isoformat() for o in items if o.due_date() is not None}
    assert by_quote.get("Tháng 3") == "2026-03-31", by_quote
    assert by_quote.get("Tháng 10") == "2026-10-31", by_quote
    assert "2027-03-20" in by_quote.values(), by_quote


def test_a_noun_ending_in_hang_is_no_recurrence():
    """Before, "đơn hàng quý 1" (the orders of a quarter) read as every quarter and "các cửa hàng tháng 12" (the
    shops, in December) as every month; "… các cửa hàng hằng quý" still repeats each quarter."""
    items = obligation_index([("tb15.txt", _NOTICE)]).select()
    every = {o.quote[:20]: (o.due or {}).get("every") for o in items}
    assert "Doanh nghiệp báo cáo" in every and every["Doanh nghiệp báo cáo"] != "quarter", every
    assert "Phòng Cảnh sát PCCC " in every and every["Phòng Cảnh sát PCCC "] != "month", every
    assert every.get("Phòng Quản lý thương") == "quarter", every
