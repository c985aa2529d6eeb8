"""Duties a user of `troly obligations` expects listed under the body that owes them: a quy định giving each body an
article of its own ("Điều 9. Đồn Biên phòng Sông Mây", "Điều 10. Phòng Văn hóa - Thông tin" then items naming no
doer), a unit keeping watch ("Chi cục Kiểm lâm trực theo dõi …": "trực" is no word of its name), a body assigned in a
second ";"-clause ("…; giao Sở Tài chính chủ trì …"); and none listed for what is no duty: the sanction on papers sent
late ("Hồ sơ gửi quá hạn không được tiếp nhận") or a report's list of what its issuer has done. A limit counted from
an event is a deadline even when the text names no doer ("… trong thời hạn 03 tháng kể từ ngày …", "… chậm nhất 12
giờ sau khi …"), and a notice's schedule closes at the hour and day it ends ("Bán và tiếp nhận hồ sơ: từ … đến 16 giờ 30
phút ngày 20/5/2027"). The documents are this file's own, invented; parsed without embedding (k-part tester, session
57)."""
from __future__ import annotations

from tests.helpers import obligation_index

_RULES = "\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN HỒ SEN", "Số: 12/2027/QĐ-UBND", "Hồ Sen, ngày 02 tháng 3 năm 2027", "QUYẾT ĐỊNH",
    "Ban hành Quy định quản lý hoạt động chèo thuyền trên hồ Sông Mây",
    "Chương I. TRÁCH NHIỆM CỦA CÁC CƠ QUAN",
    "Điều 9. Đồn Biên phòng Sông Mây",
    "1. Kiểm soát thuyền chở khách khi rời bến và cập bến.",
    "2. Đối chiếu danh sách khách trên thuyền.",
    "Điều 10. Phòng Văn hóa - Thông tin",
    "Hướng dẫn các đơn vị niêm yết nội quy tại bến thuyền.",
    "Điều 11. Hồ sơ đề nghị cấp phép",
    "Hồ sơ đề nghị cấp phép nộp tại Bộ phận một cửa huyện trong thời hạn 03 tháng kể từ ngày khai trương bến.",
    "Thuyền chở khách phải nộp sổ nhật ký cho Ban Quản lý bến chậm nhất 12 giờ sau khi cập bến.",
    "CHỦ TỊCH", "Lê Văn Bình", ""])

_LETTER = "\n".join([
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 77/SNNMT-KL", "Hồ Sen, ngày 05 tháng 4 năm 2027",
    "V/v phòng cháy rừng mùa khô năm 2027",
    "1. Chi cục Kiểm lâm trực theo dõi điểm cháy trên hệ thống cảnh báo 24/24 giờ.",
    "2. Các xã gửi hồ sơ đề nghị hỗ trợ về Sở trước ngày 30 tháng 4 năm 2027. Hồ sơ gửi quá hạn không được tiếp nhận.",
    "GIÁM ĐỐC", "Trần Văn Nam", ""])

_REPORT = "\n".join([
    "SỞ Y TẾ TỈNH HỒ SEN", "Số: 88/BC-SYT", "Hồ Sen, ngày 10 tháng 6 năm 2027", "BÁO CÁO",
    "Kết quả tiêm chủng mở rộng 6 tháng đầu năm 2027",
    "I. CÔNG TÁC TRIỂN KHAI",
    "1. Sở Y tế đã ban hành văn bản hướng dẫn, tổ chức tập huấn cho 40 xã; phối hợp Sở Giáo dục và Đào tạo tuyên "
    "truyền cho cha mẹ học sinh.",
    "GIÁM ĐỐC", "Nguyễn Thị Hoa", ""])

_RESOLUTION = "\n".join([
    "HỘI ĐỒNG NHÂN DÂN TỈNH HỒ SEN", "Số: 05/2027/NQ-HĐND", "Hồ Sen, ngày 09 tháng 7 năm 2027", "NGHỊ QUYẾT",
    "Quy định mức hỗ trợ học nghề giai đoạn 2027 - 2030",
    "Điều 3. Tổ chức thực hiện",
    "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; giao Sở Tài chính chủ trì bố trí kinh phí, hướng dẫn "
    "thủ tục thanh toán.",
    "2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân giám sát việc thực hiện Nghị quyết.",
    "CHỦ TỊCH", "Phạm Văn Hiển", ""])


_NOTICE = "\n".join([
    "TRUNG TÂM DỊCH VỤ ĐẤU GIÁ TÀI SẢN", "Số: 14/TB-TTDVĐG", "Hồ Sen, ngày 02 tháng 5 năm 2027", "THÔNG BÁO",
    "Đấu giá quyền thuê ki-ốt chợ Hồ Sen",
    "1. Thời gian bán hồ sơ",
    "- Bán và tiếp nhận hồ sơ: từ 7 giờ 30 phút ngày 05 tháng 5 năm 2027 đến 16 giờ 30 phút ngày 20 tháng 5 năm 2027.",
    "2. Nộp tiền đặt trước",
    "Từ ngày 18 tháng 5 năm 2027 đến 16 giờ 00 phút ngày 21 tháng 5 năm 2027, nộp vào tài khoản của Trung tâm.",
    "3. Khen thưởng",
    "Ban Quản lý chợ là đầu mối tiếp nhận ý kiến của tiểu thương. Chọn 05 tiểu thương tiêu biểu để đề nghị Ủy ban "
    "nhân dân huyện tặng Giấy khen.",
    "GIÁM ĐỐC", "Hoàng Minh Tuấn", ""])


def _index():
    return obligation_index([("qd12.txt", _RULES), ("cv77.txt", _LETTER), ("bc88.txt", _REPORT),
                             ("nq05.txt", _RESOLUTION), ("tb14.txt", _NOTICE)])


def _doers(doc: str) -> dict[str, str]:
    return {o.quote: (o.doer or {}).get("name", "") for o in _index().select(doc=doc)}


def test_items_of_an_article_named_after_a_body_are_that_bodys():
    doers = _doers("qd12.txt")
    assert doers.get("Kiểm soát thuyền chở khách khi rời bến và cập bến.") == "Đồn Biên phòng Sông Mây", doers
    assert doers.get("Hướng dẫn các đơn vị niêm yết nội quy tại bến thuyền.") == "Phòng Văn hóa - Thông tin", doers


def test_a_limit_counted_from_an_event_is_a_deadline_without_a_named_doer():
    kinds = {o.quote[:20]: (o.kind, o.due and o.due.get("after")) for o in _index().select(doc="qd12.txt")}
    assert kinds.get("Hồ sơ đề nghị cấp ph") == ("deadline", "ngày khai trương bến"), kinds
    assert kinds.get("Thuyền chở khách phả") == ("deadline", "cập bến"), kinds


def test_a_unit_keeping_watch_is_named_without_its_verb_and_a_late_sanction_is_no_duty():
    doers = _doers("cv77.txt")
    assert "Chi cục Kiểm lâm" in doers.values(), doers
    assert not any("quá hạn" in q for q in doers), doers


def test_a_reports_list_of_things_done_is_no_duty():
    assert _doers("bc88.txt") == {}


def test_a_second_body_assigned_after_a_semicolon_owes_its_own_part():
    items = _index().select(actor="Sở Tài chính", doc="nq05.txt")
    assert [o.quote for o in items] == ["giao Sở Tài chính chủ trì bố trí kinh phí, hướng dẫn thủ tục thanh toán."], \
        [(o.quote, o.doer) for o in _index().select(doc="nq05.txt")]


def test_the_committees_of_a_hdnd_are_not_the_issuers_departments():
    doers = _doers("nq05.txt")
    watch = next(d for q, d in doers.items() if "giám sát" in q)
    assert watch == "Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân", doers
    assert not _index().select(actor="Các ban chuyên môn", doc="nq05.txt")


def test_a_notices_schedule_closes_at_its_last_hour_and_day():
    dates = sorted(o.due["date"] for o in _index().select(doc="tb14.txt", kind="deadline") if o.due.get("date"))
    assert dates == ["2027-05-20", "2027-05-21"], [(o.kind, o.due, o.quote) for o in _index().select(doc="tb14.txt")]


def test_a_body_that_is_the_focal_point_acts_and_whom_a_proposal_goes_to_does_not():
    doers = _doers("tb14.txt")
    assert "Ban Quản lý chợ" in doers.values(), doers
    assert not _index().select(actor="UBND huyện", doc="tb14.txt"), doers
