"""Obligations of kinds beyond plans, as `troly deadlines` / `troly obligations` list them: a công văn đôn đốc (what
is overdue, told in its narrative), a thông tư (an enacting formula, spans of eligibility, steps of a procedure), a
báo cáo (facts are no targets), a chương trình for years after it was issued. The documents are this file's own,
invented; parsed without embedding."""
from __future__ import annotations

from datetime import date

from bot.answer.obligations import next_due
from ingest.parse import parse_document
from tests.helpers import obligation_index

_LETTER = "\n\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG HUYỆN THANH TRÌ\nSố: 315/LĐLĐ-TC\nV/v đôn đốc nộp kinh phí công đoàn năm 2026",
    "Thanh Trì, ngày 02 tháng 12 năm 2026",
    "Kính gửi: Ban Chấp hành các công đoàn cơ sở trực thuộc.",
    "Đến hết ngày 25/11/2026, còn 04 công đoàn cơ sở chưa nộp kinh phí công đoàn quý III về Liên đoàn Lao động huyện "
    "(hạn nộp là ngày 31/10/2026).",
    "Ban Thường vụ Liên đoàn Lao động huyện đề nghị:",
    "1. Các công đoàn cơ sở có tên trong danh sách kèm theo nộp kinh phí còn thiếu về tài khoản của Liên đoàn Lao "
    "động huyện trước ngày 18/12/2026.",
    "2. Các công đoàn cơ sở gửi báo cáo quyết toán 6 tháng đầu năm 2026 về Ban Tài chính trước ngày 12/12/2026.",
    "3. Tất cả các công đoàn cơ sở lập dự toán năm 2027 gửi Liên đoàn Lao động huyện trước ngày 15/01/2027.",
    "Nhận được công văn này, đề nghị các công đoàn cơ sở khẩn trương thực hiện.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Lê Văn Bình\n"])


def _obligations(text: str, name: str) -> list:
    return parse_document(text, name).obligations


def test_a_letter_urging_payment_lists_each_duty_with_its_doer_not_the_limit_it_tells_was_missed():
    """Before, the listed and the "tất cả" unions had no doer; a report on one half of 2026 was listed every 6 months;
    and "Nhận được công văn này, đề nghị … khẩn trương thực hiện" was a duty. The limit the letter tells was missed
    ("(hạn nộp là ngày 31/10/2026)", before the letter's day) is its narrative, no item (new-user trial of session 40,
    H9: it headed the unions' duties as overdue); the items it asks for are the duties."""
    index = obligation_index([("cv315.txt", _LETTER)])
    groups = dict(index.timeline().by_urgency(date(2026, 12, 5)))
    assert not any("31/10/2026" in o.quote for o in index.select()), [o.quote for o in groups["past"]]
    coming = {o.quote[:40]: o for o in groups["coming"]}
    listed = next(o for q, o in coming.items() if q.startswith("Các công đoàn cơ sở có tên"))
    every = next(o for q, o in coming.items() if q.startswith("Tất cả"))
    assert listed.bodies == ["Công đoàn cơ sở"] and every.bodies == ["Công đoàn cơ sở"]
    half = next(o for o in index.select() if "6 tháng đầu năm 2026" in o.quote and "12/12/2026" in o.quote)
    assert not half.due.get("every") and half.due["date"] == "2026-12-12", half.due
    assert not any(o.quote.startswith("Nhận được") for o in index.select())


_CIRCULAR = "\n\n".join([
    "BỘ NỘI VỤ\nSố: 21/2026/TT-BNV", "Hà Nội, ngày 05 tháng 11 năm 2026",
    "THÔNG TƯ\nHướng dẫn hỗ trợ tiền đi lại cho người lao động về quê đón Tết",
    "Bộ trưởng Bộ Nội vụ ban hành Thông tư hướng dẫn hỗ trợ tiền đi lại cho người lao động về quê đón Tết.",
    "Điều 2. Điều kiện hỗ trợ\nNgười lao động được hỗ trợ khi đáp ứng các điều kiện sau:\n"
    "a) Nghỉ Tết trong khoảng thời gian từ ngày 20 tháng 01 năm 2027 đến ngày 15 tháng 02 năm 2027;\n"
    "b) Có hợp đồng lao động từ đủ 03 tháng trở lên.",
    "Điều 3. Trình tự thực hiện\n"
    "1. Trước ngày 05 hằng tháng, người sử dụng lao động lập danh sách người lao động đề nghị hỗ trợ.\n"
    "2. Trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ, Ủy ban nhân dân cấp xã kiểm tra và đề nghị Ủy ban "
    "nhân dân cấp tỉnh phê duyệt.",
    "Điều 4. Trách nhiệm thực hiện\n1. Sở Nội vụ các tỉnh, thành phố có trách nhiệm:\n"
    "a) Hướng dẫn các doanh nghiệp trên địa bàn thực hiện;\nb) Tổng hợp kết quả, báo cáo Bộ Nội vụ trước ngày 31/3/2027.",
    "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", "Trần Văn Nam\n"])


def test_a_circular_s_formula_and_eligibility_span_are_no_duties_and_its_steps_have_their_doers():
    """Before, "Bộ trưởng … ban hành Thông tư …" was a duty, the end of the span a worker must be on leave in was a
    deadline, the commune's step went to the province it refers to, the employer's monthly list had no doer and
    "1. Sở Nội vụ … có trách nhiệm:" gave its items none."""
    obligations = _obligations(_CIRCULAR, "tt21.txt")
    quotes = [o.quote for o in obligations]
    assert not any("ban hành Thông tư" in q for q in quotes)
    assert not any("khoảng thời gian" in q for q in quotes)
    by_start = {o.quote[:30]: o for o in obligations}
    employer = next(o for q, o in by_start.items() if q.startswith("Trước ngày 05"))
    assert employer.actor["name"].lower() == "người sử dụng lao động" and employer.due["every"] == "month"
    commune = next(o for q, o in by_start.items() if q.startswith("Trong thời hạn 07"))
    assert [b["short"] for b in commune.actor["bodies"]] == ["UBND xã"]
    guide = next(o for o in obligations if o.quote.startswith("a) Hướng dẫn các doanh nghiệp"))
    assert guide.actor and "Sở Nội vụ" in guide.actor["name"]


_REPORT = "\n\n".join([
    "CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY HỒNG HÀ\nSố: 41/BC-CĐ", "Nam Định, ngày 28 tháng 11 năm 2026",
    "BÁO CÁO\nTổng kết công tác công đoàn năm 2026, phương hướng năm 2027",
    "I. ĐẶC ĐIỂM TÌNH HÌNH\nCông ty có 1.260 lao động, trong đó lao động nữ chiếm 81%; thu nhập bình quân đạt 8,4 "
    "triệu đồng/người/tháng.",
    "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n1. Kết nạp ít nhất 1.200 đoàn viên.\n"
    "2. Tổ chức Ngày hội gia đình công nhân trong tháng 6/2027; tổ chức giải bóng đá công nhân trong quý IV/2027.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH", "Phạm Thị Hoa\n"])


def test_a_report_s_facts_are_no_targets_and_an_item_with_two_times_is_two_tasks():
    """Before, "… lao động nữ chiếm 81%" and "thu nhập … đạt 8,4 triệu" were targets, "ít nhất 1.200 đoàn viên" a
    target of 1.2, and the football tournament of quý IV was lost in the item due in June."""
    obligations = _obligations(_REPORT, "bc41.txt")
    assert not any("81%" in o.quote or "8,4" in o.quote for o in obligations)
    assert [o.target["value"] for o in obligations if o.kind == "target"] == [1200.0]
    dated = {o.due["date"] for o in obligations if o.due and o.due.get("date")}
    assert {"2027-06-30", "2027-12-31"} <= dated, dated


_PROGRAMME = "\n\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ GIANG\nSở Y tế tỉnh Hà Giang\nSố: 07/CTrPH", "Hà Giang, ngày 10 tháng 12 năm 2026",
    "CHƯƠNG TRÌNH PHỐI HỢP\nChăm sóc sức khỏe công nhân giai đoạn 2028 - 2030",
    "II. NỘI DUNG\n1. Tổ chức khám sức khỏe định kỳ hằng năm cho ít nhất 1.500 công nhân.\n"
    "2. Liên đoàn Lao động tỉnh hỗ trợ chi phí khám: 150.000 đồng/người ở vùng thấp; 250.000 đồng/người ở vùng cao.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Hoàng Văn Sử\n"])


def test_a_programme_s_yearly_items_start_with_its_period_and_an_item_keeps_all_its_amounts():
    """Before, a programme for 2028–2030 issued in 2026 had its yearly check-ups due at the end of 2026, and a duty
    listing two amounts after ":" kept the first only."""
    obligations = _obligations(_PROGRAMME, "ctr07.txt")
    yearly = next(o for o in obligations if "khám sức khỏe định kỳ" in o.quote)
    assert next_due(yearly.due, date(2027, 3, 1)) == date(2028, 12, 31)
    assert yearly.target["value"] == 1500.0
    fee = next(o for o in obligations if "150.000" in o.quote)
    assert "250.000" in fee.quote
