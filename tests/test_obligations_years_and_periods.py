"""Deadlines a user can rely on (new-user trial of session 42, N16–N18; review42 R7), as `troly deadlines` dates them:
a programme for next year dates its year-less days in that year, not in the year it was issued (shown overdue); a
half-year's report due on one day is due that day, not every six months, and is cut from the quarterly report beside
it; a sanction, and a sentence naming "the tasks assigned", are no deadline; the end of an application window is one;
"tuần thứ hai" is the second week, no Monday. The documents are this file's own, invented; parsed without embedding."""
from __future__ import annotations

from datetime import date

from ingest.due import parse_due
from tests.helpers import obligation_index

_TODAY = date(2026, 12, 4)

_PROGRAMME = "\n".join([
    "HỘI CỰU CHIẾN BINH HUYỆN TÂN LẬP", "Số: 17/CTr-HCCB", "Tân Lập, ngày 28 tháng 11 năm 2026", "CHƯƠNG TRÌNH",
    "Công tác Hội năm 2027",
    "I. LỊCH HOẠT ĐỘNG",
    "| Tháng | Nội dung | Đơn vị chủ trì | Thời hạn |",
    "| Tháng 2 | Gặp mặt hội viên đầu xuân | Ban Thường vụ Hội | Tổ chức xong trước ngày 18 tháng 2 |",
    "| Tháng 7 | Tổng hợp kết quả nửa năm | Văn phòng Hội | Báo cáo 6 tháng nộp trước ngày 12 tháng 7 |",
    "| Tháng 11 | Bình xét chi hội xuất sắc | Ban Tổ chức | Danh sách gửi trước ngày 25 tháng 11 |",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Các chi hội báo cáo quý về Thường trực Hội trước ngày 22 của tháng cuối quý; báo cáo 6 tháng trước ngày 16 "
    "tháng 6 năm 2027.",
    "2. Chi hội không nộp báo cáo đúng hạn sẽ bị đưa vào diện kiểm tra trong quý II năm 2027.",
    "3. Thời gian nhận hồ sơ đề nghị khen thưởng: từ ngày 01 tháng 12 năm 2026 đến hết ngày 20 tháng 12 năm 2026.",
    "CHỦ TỊCH", "Vi Văn Quân", ""])

_RULES = "\n".join([
    "HỘI CỰU CHIẾN BINH TỈNH HOA SEN", "Số: 05/QĐ-HCCB", "Hoa Sen, ngày 10 tháng 3 năm 2026", "QUYẾT ĐỊNH",
    "Ban hành Quy định chế độ báo cáo của Hội",
    "Điều 2. Thời hạn báo cáo",
    "1. Báo cáo 6 tháng của các huyện hội gửi Thường trực Hội tỉnh trước ngày 08 tháng 6.",
    "Điều 3. Hình thức thi đua",
    "1. Phong trào thi đua chung được phát động hằng năm, bám sát nhiệm vụ được giao của từng cấp hội.",
    "CHỦ TỊCH", "Hà Thị Lan", ""])


def _deadlines():
    return {o.quote[:24]: o for o in obligation_index([("ct17.txt", _PROGRAMME), ("qd05.txt", _RULES)]).select()}


def test_a_programme_for_next_year_dates_its_year_less_days_in_that_year():
    """Before, "trước ngày 18 tháng 2" in the 2027 programme issued 28/11/2026 was dated 2026 and listed overdue."""
    items = _deadlines()
    spring = next(o for q, o in items.items() if "Gặp mặt" in q)
    assert spring.due_date() == date(2027, 2, 18), spring.due
    november = next(o for q, o in items.items() if "Bình xét" in q)
    assert november.due_date() == date(2027, 11, 25), november.due  # not "quá hạn" since 25/11/2026


def test_a_half_year_report_due_on_one_day_is_due_that_day_not_every_six_months():
    """Before, "Báo cáo 6 tháng nộp trước ngày 12 tháng 7" was "6 tháng một lần" (next 12/01); in a standing rule it
    recurs each year on its day."""
    items = _deadlines()
    july = next(o for q, o in items.items() if "Tổng hợp" in q)
    assert july.due_date() == date(2027, 7, 12), july.due
    rule = next(o for q, o in items.items() if q.startswith("Báo cáo 6 tháng"))
    assert rule.due["every"] == "year" and rule.next_due(_TODAY) == date(2027, 6, 8), rule.due


def test_a_quarterly_report_and_a_half_year_report_in_one_sentence_are_two_items():
    """Before, the quarterly report (the 22nd of each quarter's last month) and the half-year one were one item
    "6 tháng một lần", next due in March."""
    items = _deadlines()
    quarterly = next(o for q, o in items.items() if q.startswith("Các chi hội báo cáo"))
    assert quarterly.due["every"] == "quarter" and quarterly.next_due(_TODAY) == date(2026, 12, 22), quarterly.due
    half = next(o for q, o in items.items() if q.startswith("báo cáo 6 tháng"))
    assert half.due_date() == date(2027, 6, 16), half.due


def test_a_sanction_and_a_description_of_a_yearly_movement_are_no_deadlines():
    """Before, "… sẽ bị đưa vào diện kiểm tra trong quý II năm 2027" was a deadline of 30/6/2027, and "được phát động
    hằng năm, bám sát nhiệm vụ được giao" a yearly one ("được giao" read as a duty word)."""
    quotes = list(_deadlines())
    assert not any("sẽ bị" in q or q.startswith("Chi hội không") for q in quotes), quotes
    assert not any("Phong trào thi đua" in q for q in quotes), quotes


def test_the_end_of_an_application_window_is_a_deadline():
    """Before, "Thời gian nhận hồ sơ …: từ ngày … đến hết ngày 20 tháng 12 năm 2026" was no item: the span's end was
    taken for the end of a span a rule covers, and "đến hết ngày" for no limit."""
    window = next(o for q, o in _deadlines().items() if "Thời gian nhận hồ sơ" in q)
    assert window.due_date() == date(2026, 12, 20), window.due


def test_an_ordinal_after_a_noun_is_no_weekday():
    """Before, "từ tuần thứ hai trở đi" fell due every Monday and "các đội thứ năm báo cáo" every Thursday."""
    assert parse_due("Hằng tuần gửi số liệu qua nhóm; từ tuần thứ hai trở đi gửi thêm bản giấy.", 2027).date is None
    assert parse_due("Hằng tuần, các đội thứ năm báo cáo nhanh.", 2027).date is None
    assert parse_due("Hằng tuần họp giao ban vào sáng thứ hai.", 2027).date == "2027-01-04"  # a Monday
    assert parse_due("Hằng tuần, thứ Năm gửi tin bài.", 2027).date == "2027-01-07"  # the day's capital


_CONCLUSION = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HOA SEN", "Số: 212/TB-UBND", "Hoa Sen, ngày 01 tháng 12 năm 2026", "THÔNG BÁO",
    "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh về tiến độ dự án đê biển",
    "Ngày 27 tháng 11 năm 2026, Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về dự án đê biển. Dự họp có đại "
    "diện Sở Tài chính; Ban Quản lý dự án đầu tư xây dựng tỉnh; Ủy ban nhân dân các xã Tân Thạnh, Phú Mỹ.",
    "1. Nhiệm vụ thời gian tới", "1.1. Ban Quản lý dự án đầu tư xây dựng tỉnh",
    "a) Hoàn thiện hồ sơ thiết kế kè đoạn cửa sông, trình trước ngày 20 tháng 12 năm 2026.",
    "b) Giám sát chặt chẽ chất lượng thi công đoạn đê mới đắp.",
    "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bảy", ""])


def test_a_unit_whose_name_ends_in_a_verb_and_its_level_is_the_doer_of_the_items_under_it():
    """Before, "1.1. Ban Quản lý dự án đầu tư xây dựng tỉnh" ("xây dựng" read as its act) gave its items no doer, and
    the bodies the notice says attended ("…; Ban Quản lý dự án …; Ủy ban nhân dân các xã Tân Thạnh, Phú Mỹ.") were
    listed as duties of theirs."""
    items = obligation_index([("tb212.txt", _CONCLUSION)]).select()
    board = "Ban Quản lý dự án đầu tư xây dựng tỉnh"
    assert {o.quote[:11] for o in items if o.doer and o.doer["name"] == board} == {"a) Hoàn thi", "b) Giám sát"}, \
        [(o.quote, o.doer) for o in items]
    attended = ("Ban Quản lý", "Ủy ban nhân dân các xã")
    assert not any(o.quote.startswith(attended) for o in items), [o.quote for o in items]


def test_a_text_cited_after_a_form_sent_along_gives_no_year_to_an_undated_plan():
    """Before, "… theo biểu mẫu kèm theo. Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 …" was read as the
    decision the plan was issued with: its "trước ngày 20 tháng 12" fell due in 2020, shown years overdue (review42
    R8). Only the bracketed line under a title ("(Ban hành kèm theo …)") says so."""
    plan = "\n".join([
        "PHÒNG VĂN HÓA HUYỆN AN LẠC", "KẾ HOẠCH", "Thống kê di tích trên địa bàn huyện",
        "Các xã điền số liệu theo biểu mẫu kèm theo. Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020, các "
        "xã trình bày báo cáo đúng thể thức.",
        "Ủy ban nhân dân các xã gửi báo cáo thống kê về Phòng Văn hóa trước ngày 20 tháng 12.", ""])
    [report] = [o for o in obligation_index([("kh-dt.txt", plan)]).select() if "thống kê về" in o.quote]
    assert not ((report.due or {}).get("date") or "").startswith("2020"), report.due


_CITING_PLAN = "\n".join([
    "HỘI NÔNG DÂN HUYỆN TÂN LẬP", "Số: 41/KH-HND", "Tân Lập, ngày 05 tháng 10 năm 2026", "KẾ HOẠCH",
    "Tuyên truyền Bộ luật Lao động năm 2019 đến hội viên",
    "1. Các chi hội mở lớp nói chuyện chuyên đề cho hội viên, xong trước ngày 15 tháng 11.",
    "2. Văn phòng Hội tổng hợp số lớp đã mở, nộp Thường trực Hội trước ngày 30 tháng 11.",
    "3. Chi hội không nộp danh sách học viên trước ngày 18 tháng 11 năm 2026 sẽ bị nhắc tên tại hội nghị sơ kết.",
    "CHỦ TỊCH", "Lò Văn Pấng", ""])


def test_a_year_in_the_title_of_a_text_cited_gives_no_year_to_the_days_written_without_one():
    """Before (review43 R1), the 2019 of the law the plan's title names dated its days: "xong trước ngày 15 tháng 11"
    fell in 2019 and, past before the plan was issued, was dropped; the report due "trước ngày 30 tháng 11" was listed
    years overdue. A text is for the year it is issued in or a later one."""
    items = {o.quote[:11]: o for o in obligation_index([("kh41.txt", _CITING_PLAN)]).select()}
    assert items["Các chi hội"].due_date() == date(2026, 11, 15), [(q, o.due) for q, o in items.items()]
    assert items["Văn phòng H"].due_date() == date(2026, 11, 30), items["Văn phòng H"].due


def test_a_deadline_stated_before_the_sanction_for_missing_it_is_kept():
    """Before (review43 R5), "… không nộp danh sách … trước ngày 18 tháng 11 năm 2026 sẽ bị nhắc tên …" was dropped
    whole as a sanction, though it is the only line stating that deadline."""
    items = {o.quote[:11]: o for o in obligation_index([("kh41.txt", _CITING_PLAN)]).select()}
    assert items["Chi hội khô"].due_date() == date(2026, 11, 18), [(q, o.due) for q, o in items.items()]


def test_a_weekday_in_lower_case_is_a_day_unless_an_ordinal_after_a_counted_noun():
    """Before (review43 R2), a weekday written in lower case counted only after "vào", "sáng", "hằng" …: a due line's
    "trước 10 giờ thứ sáu hằng tuần", "chậm nhất thứ tư", "giao ban thứ hai hằng tuần" lost its day."""
    assert parse_due("Tổ Văn phòng nộp sổ theo dõi trước 10 giờ thứ sáu hằng tuần.", 2027).date == "2027-01-01"
    assert parse_due("Hằng tuần, chậm nhất thứ tư, các chi đoàn gửi danh sách trực.", 2027).date == "2027-01-06"
    assert parse_due("Lãnh đạo Sở giao ban thứ hai hằng tuần.", 2027).date == "2027-01-04"
    # ordinals after a noun counted in order stay no day
    assert parse_due("Hằng tuần cập nhật số liệu; đợt thứ ba gửi kèm ảnh.", 2027).date is None
    assert parse_due("Hằng tuần nhắc lịch, lần thứ 2 gọi điện trực tiếp.", 2027).date is None
