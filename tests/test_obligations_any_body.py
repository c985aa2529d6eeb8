"""Duties of bodies no table names, as a ward's plan gives them ("2. Trạm Y tế phường: …", "Hội Khuyến học phường: …",
"Tổ dân phố: …"): each is that body's, found by the name as typed (with or without diacritics) in `troly obligations
--actor` and /nghiavu, not refused as an unknown body; an allowance paid monthly is no monthly deadline; a target
"định kỳ" is due by its heading's year; a text laying down rules stays in force, a notice's tasks of a year gone by
do not. The documents are this file's own, invented; parsed without embedding."""
from __future__ import annotations

from datetime import date

from tests.helpers import obligation_index

_PLAN = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH\nSố: 41/KH-UBND",
    "An Bình, ngày 10 tháng 12 năm 2026",
    "KẾ HOẠCH\nChăm sóc sức khỏe trẻ em trên địa bàn phường năm 2027",
    "I. CHỈ TIÊU NĂM 2027",
    "| STT | Chỉ tiêu | Năm 2026 | Kế hoạch năm 2027 |\n|---|---|---|---|\n"
    "| 1 | Tỷ lệ trẻ em được khám sức khỏe định kỳ | 85% | 92% |",
    "II. NỘI DUNG",
    "1. Trạm Y tế phường tổ chức tiêm chủng bổ sung cho trẻ em trong tháng 5 năm 2027.",
    "2. Rà soát, lập hồ sơ đề nghị hưởng trợ cấp nuôi dưỡng hằng tháng cho trẻ em mồ côi; hồ sơ được giải quyết "
    "trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Trạm Y tế phường: theo dõi sức khỏe trẻ em; báo cáo kết quả tiêm chủng trong thời hạn 07 ngày kể từ ngày "
    "kết thúc đợt tiêm.",
    "2. Hội Khuyến học phường: phối hợp vận động trao học bổng cho trẻ em có hoàn cảnh khó khăn.",
    "3. Tổ dân phố: lập danh sách trẻ em dưới 6 tuổi trên địa bàn trước ngày 15 tháng 01 năm 2027.",
])


def _index():
    return obligation_index([("kh41.txt", _PLAN)])


def test_each_body_a_plan_names_has_its_own_duties_found_by_its_name_as_typed():
    """Before, the health station's, the association's and the residents' group's lines were the ward's own or no
    one's (the association's missing), and `--actor "hoi khuyen hoc"` was "Không nhận ra đơn vị"."""
    index = _index()
    for typed, said in [("Trạm Y tế phường", "tiêm chủng bổ sung"), ("tram y te", "báo cáo kết quả tiêm chủng"),
                        ("hoi khuyen hoc phuong", "trao học bổng"), ("Tổ dân phố", "lập danh sách trẻ em")]:
        assert index.recognises(typed), typed
        assert any(said in o.quote for o in index.select(typed)), (typed, [o.quote for o in index.select(typed)])
    ward = [o.quote for o in index.select("UBND phường")]
    assert not any("Trạm Y tế" in q or "Khuyến học" in q for q in ward), ward
    assert not index.recognises("Hợp tác xã Bình Minh")  # no document names it, no table knows it


def test_an_allowance_paid_monthly_is_no_monthly_deadline():
    """Before, "trợ cấp nuôi dưỡng hằng tháng" made the line a deadline every month; its time is the 10 days."""
    item = next(o for o in _index().select() if "trợ cấp nuôi dưỡng" in o.quote)
    assert not item.due.get("every") and "10 ngày" in item.due["text"], item.due


def test_a_targets_periodic_check_up_is_due_by_the_year_its_heading_names():
    """Before, the periodic check-up row under "CHỈ TIÊU NĂM 2027" was "định kỳ", a time with no day."""
    checkup = next(o for o in _index().select() if "khám sức khỏe định kỳ" in o.quote)
    assert checkup.due["by_year"] == 2027, checkup.due


_RULES = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ BẮC SƠN\nSố: 21/2024/QĐ-UBND",
    "Bắc Sơn, ngày 05 tháng 3 năm 2024",
    "QUYẾT ĐỊNH\nBan hành Quy chế quản lý bến xe khách thành phố",
    "Điều 5. Chế độ báo cáo",
    "Ban Quản lý bến xe báo cáo Phòng Kinh tế tình hình hoạt động trước ngày 05 hằng tháng.",
])
_NOTICE = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH\nSố: 77/TB-UBND",
    "Bắc Sơn, ngày 10 tháng 3 năm 2025",
    "THÔNG BÁO\nKết luận về giải ngân vốn đầu tư công năm 2025",
    "1. Sở Tài chính theo dõi tiến độ giải ngân hằng tuần.",
    "2. Các chủ đầu tư giải ngân 100% kế hoạch vốn trước ngày 31 tháng 01 năm 2026.",
])


def test_rules_in_force_are_not_stale_a_past_notices_tasks_are():
    """Before, the 2024 quy chế's monthly report was flagged "văn bản đến năm 2024" and the 2025 notice's weekly task
    (its last day January 2026) was not."""
    timeline = obligation_index([("qd21.txt", _RULES), ("tb77.txt", _NOTICE)]).timeline()
    today = date(2026, 12, 5)
    stale = {o.doc_id for o in timeline.recurring if timeline.ran_its_course(o, today)}
    assert {o.doc_id for o in timeline.recurring} == {"qd21.txt", "tb77.txt"}, timeline.recurring
    assert stale == {"tb77.txt"}, stale


def test_a_body_named_without_the_word_counting_its_members_is_that_body():
    """A body written "Ban Quản lý các bến cá" is the one a user types "ban quan ly ben ca" or "Ban Quản lý bến cá":
    a name typed without "các", with or without diacritics, is found, not refused as unknown."""
    plan = "\n\n".join([
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐẦM HÀ\nSố: 19/KH-UBND", "Đầm Hà, ngày 02 tháng 3 năm 2027",
        "KẾ HOẠCH\nQuản lý tàu cá cập bến năm 2027", "III. TỔ CHỨC THỰC HIỆN",
        "1. Ban Quản lý các bến cá kiểm tra nhật ký khai thác của tàu cá cập bến; báo cáo Phòng Nông nghiệp trước "
        "ngày 10 hằng tháng."])
    index = obligation_index([("kh19.txt", plan)])
    for typed in ("ban quan ly ben ca", "Ban Quản lý bến cá", "Ban Quản lý các bến cá"):
        assert index.recognises(typed), typed
        assert any("nhật ký khai thác" in o.quote for o in index.select(typed)), typed
