"""Obligations of a quy chế, a conclusion notice and a plan's weekly reports, as `troly obligations` / `troly deadlines`
list them: a quy chế printing no date of its own counts its yearly days from the decision it was issued with, so its
dated clauses (a leading "Trước ngày … hằng năm, …", a record or report as the subject) are listed; a heading naming
whose duties the items are ("Trách nhiệm của Phòng …", "2.1. Ủy ban nhân dân các phường có …", "3. Phòng Quản lý …")
gives their doer; a weekly report falls due on the weekday it names, not before the day it starts; "hằng tháng cuối
quý" is quarterly. The documents are this file's own, invented; parsed without embedding."""
from __future__ import annotations

from datetime import date

from ingest.parse import parse_document
from tests.helpers import obligation_index

_RULES = "\n\n".join([
    "QUY CHẾ\nQuản lý thiết bị dạy học tại các trường trực thuộc Phòng Giáo dục huyện Sơn Hà",
    "(Ban hành kèm theo Quyết định số 77/QĐ-PGD ngày 12 tháng 9 năm 2026 của Trưởng phòng Giáo dục huyện Sơn Hà)",
    "Điều 1. Kiểm kê thiết bị\n1. Trước ngày 20 tháng 6 hằng năm, các tổ chuyên môn rà soát thiết bị hư hỏng gửi "
    "Phòng Hành chính - Quản trị.\n2. Phiếu tổng hợp kiểm kê gửi Phòng Hành chính - Quản trị trước ngày 05 tháng 01 "
    "năm sau.",
    "Điều 2. Trách nhiệm của Phòng Hành chính - Quản trị\n1. Mở sổ theo dõi thiết bị của từng trường.\n2. Tham mưu "
    "Trưởng phòng kế hoạch sửa chữa thiết bị.",
    "Điều 3. Trách nhiệm của các trường trực thuộc\n1. Ban hành nội quy phòng thiết bị trong thời hạn 30 ngày kể từ "
    "ngày Quy chế này có hiệu lực.",
    "TRƯỞNG PHÒNG\n\nĐặng Văn Khoa\n"])


def test_a_quy_che_without_a_date_of_its_own_lists_its_dated_clauses_each_year():
    """Before, a quy chế printing no date had no year to count "Trước ngày 20 tháng 6 hằng năm" in: a clause led by its
    time, or whose subject is the record sent ("Phiếu tổng hợp … gửi … trước ngày 05 tháng 01 năm sau"), was no item."""
    index = obligation_index([("qc77.txt", _RULES)])
    items = {o.quote[:20]: o for o in index.select()}
    led = next(o for q, o in items.items() if q.startswith("Trước ngày 20"))
    assert led.due["every"] == "year" and led.next_due(date(2026, 12, 4)) == date(2027, 6, 20), led.due
    record = next(o for q, o in items.items() if q.startswith("Phiếu tổng hợp"))
    assert record.next_due(date(2026, 12, 4)) == date(2027, 1, 5), record.due


def test_an_article_naming_whose_duties_its_items_are_gives_their_doer():
    """Before, "Điều 2. Trách nhiệm của Phòng Hành chính - Quản trị" (no table names it) and "… của các trường trực
    thuộc" gave the items under them no doer, and the limit counted from the quy chế's effect was no item."""
    index = obligation_index([("qc77.txt", _RULES)])
    office = [o.quote for o in index.select("Phòng Hành chính - Quản trị")]
    assert any(q.startswith("Mở sổ theo dõi") for q in office) and any(q.startswith("Tham mưu") for q in office), office
    [own] = [o for o in index.select() if o.quote.startswith("Ban hành nội quy")]
    assert own.doer["name"] == "các trường trực thuộc" and own.due["after"] == "ngày Quy chế này có hiệu lực", own


_NOTICE = "\n".join([
    "ỦY BAN NHÂN DÂN THÀNH PHỐ HOA ĐÀO", "Số: 41/TB-UBND", "Hoa Đào, ngày 02 tháng 12 năm 2026", "THÔNG BÁO",
    "Kết luận của Chủ tịch Ủy ban nhân dân thành phố về di dời chợ tạm",
    "1. Tình hình chung", "Việc di dời chợ tạm còn chậm so với kế hoạch.",
    "2. Nhiệm vụ trong thời gian tới", "2.1. Ủy ban nhân dân các phường có chợ tạm",
    "a) Vận động tiểu thương chuyển vào chợ mới trước ngày 15 tháng 01 năm 2027.",
    "b) Gửi báo cáo tiến độ về Văn phòng vào thứ Hai hằng tuần.",
    "3. Tổ chức thực hiện", "3.1. Phòng Quản lý đô thị",
    "Rà soát mặt bằng chợ mới, hoàn thành trước ngày 20 tháng 12 năm 2026.",
    "3.2. Trung tâm Phát triển quỹ đất", "Lập phương án hỗ trợ ki-ốt, trình trước ngày 25 tháng 12 năm 2026.",
    "4. Phối hợp", "Nhà văn hóa thành phố chủ trì tổ chức ngày hội tiểu thương trước ngày 10 tháng 02 năm 2027.",
    "CHỦ TỊCH", "Lương Văn Tài", ""])


def test_a_heading_that_opens_with_a_body_gives_the_items_under_it_their_doer():
    """Before, "2.1. Ủy ban nhân dân các phường có chợ tạm" (a body, then which ones) under a part of tasks to come, and
    "3.1. Phòng Quản lý đô thị" (its name opening with a verb, "Quản lý"), gave their items no doer."""
    index = obligation_index([("tb41.txt", _NOTICE)])
    wards = [o.quote for o in index.select("Ủy ban nhân dân phường")]  # the wards' committee, not the bare "UBND"
    assert any(q.startswith("a) Vận động tiểu thương") for q in wards), wards
    [urban] = index.select("Phòng Quản lý đô thị")
    assert urban.quote.startswith("Rà soát mặt bằng") and urban.due["date"] == "2026-12-20", urban


def test_a_public_service_unit_no_table_names_is_the_doer_its_heading_or_sentence_opens_with():
    """Before, "3.2. Trung tâm Phát triển quỹ đất" gave its item no doer, nor did "Nhà văn hóa thành phố chủ trì …" (a
    kind of unit, then the level it serves): such units are the doers of plans and notices of a Sở or a UBND."""
    doers = {o.quote[:12]: o.doer and o.doer["name"] for o in obligation_index([("tb41.txt", _NOTICE)]).select()}
    assert doers["Lập phương á"] == "Trung tâm Phát triển quỹ đất", doers
    assert doers["Nhà văn hóa "] == "Nhà văn hóa thành phố", doers


def test_a_weekly_report_falls_due_on_its_weekday_from_the_day_it_starts():
    """Before, "hằng tuần vào chiều thứ Sáu kể từ ngày …" fell due at the end of the current week (a Sunday), even
    before the day it starts; "vào thứ Hai hằng tuần" on Sundays too."""
    plan = "\n\n".join([
        "SỞ DU LỊCH TỈNH HOA ĐÀO\nSố: 90/KH-SDL", "Hoa Đào, ngày 20 tháng 11 năm 2026",
        "KẾ HOẠCH\nTổ chức Tuần lễ du lịch biển năm 2027",
        "III. TỔ CHỨC THỰC HIỆN\nPhòng Lữ hành tổng hợp báo cáo tiến độ gửi Ban Tổ chức hằng tuần vào chiều thứ Sáu kể "
        "từ ngày 08 tháng 01 năm 2027.",
        "GIÁM ĐỐC\n\nTạ Minh Châu\n"])
    index = obligation_index([("kh90.txt", plan), ("tb41.txt", _NOTICE)])
    [weekly] = index.select("Phòng Lữ hành")
    assert weekly.next_due(date(2026, 12, 4)) == date(2027, 1, 8)  # a Friday, the day it starts
    assert weekly.next_due(date(2027, 1, 20)) == date(2027, 1, 22)  # the next Friday
    [monday] = [o for o in index.select() if "thứ Hai hằng tuần" in o.quote]
    assert monday.next_due(date(2026, 12, 4)) == date(2026, 12, 7)  # the Monday after, not Sunday the 6th


def test_a_day_of_each_quarter_s_last_month_written_hang_thang_is_quarterly():
    """Before, "trước ngày 25 hằng tháng cuối quý" was read as the 25th of every month."""
    text = "\n\n".join([
        "HỘI NÔNG DÂN XÃ AN BÌNH\nSố: 14/KH-HND", "An Bình, ngày 01 tháng 12 năm 2026",
        "KẾ HOẠCH\nCông tác Hội năm 2027",
        "III. TỔ CHỨC THỰC HIỆN\nCác chi hội gửi báo cáo kết quả về Thường trực Hội trước ngày 20 hằng tháng cuối quý.",
        "TM. BAN CHẤP HÀNH\n\nMai Văn Lộc\n"])
    [report] = parse_document(text, "kh14.txt").obligations
    assert report.due["every"] == "quarter" and report.due["date"] == "2026-03-20", report.due
