"""Obligations of letters and minutes, as `troly obligations` / `troly deadlines` list them: a công văn's requests are
its addressees' ("Kính gửi: …"), a unit no table names that opens a request is its doer, the address lines and the
closing request are no tasks; a limit already missed told in a letter, what a meeting heard and an expected figure are
no duties; a resolution dated after today falls due in its own year. The documents are this file's own, invented;
parsed without embedding."""
from __future__ import annotations

from datetime import date

from ingest.parse import parse_document
from tests.helpers import obligation_index

_LETTER = "\n\n".join([
    "UBND TỈNH HÀ NAM\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 918/SLĐTBXH-VP\n"
    "V/v cập nhật danh sách người lao động nghỉ việc năm 2026",
    "Hà Nam, ngày 20 tháng 11 năm 2026",
    "Kính gửi:\n- Phòng Lao động - Thương binh và Xã hội các huyện, thị xã;\n"
    "- Các trung tâm dịch vụ việc làm trực thuộc.",
    "Căn cứ Kế hoạch số 77/KH-UBND của Ủy ban nhân dân tỉnh, Sở Lao động - Thương binh và Xã hội yêu cầu các cơ "
    "quan, đơn vị triển khai các việc sau:",
    "1. Cập nhật danh sách người lao động nghỉ việc theo Biểu số 03 kèm theo.",
    "2. Gửi báo cáo về Sở trước ngày 10/12/2026.",
    "3. Phòng Kế hoạch tài chính tổng hợp số liệu, trình Giám đốc Sở trước ngày 18/12/2026.",
    "Sở Lao động - Thương binh và Xã hội yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
    "Nơi nhận:\n- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT.",
    "GIÁM ĐỐC\n\nPhạm Quốc Hùng\n"])


def test_a_letters_requests_are_its_addressees_and_its_address_lines_and_closing_are_no_tasks():
    """Before, each "Kính gửi" line was a duty of the body it names, the closing "… yêu cầu các cơ quan, đơn vị …
    triển khai thực hiện" was the Sở's duty, the numbered requests had no doer and "Phòng Kế hoạch tài chính" (no
    table names it) was none either, so `--actor "Phòng Kế hoạch tài chính"` was refused."""
    index = obligation_index([("cv918.txt", _LETTER)])
    quotes = [o.quote for o in index.select()]
    assert not any(q.startswith(("Phòng Lao động", "Các trung tâm")) for q in quotes), quotes
    assert not any("nghiêm túc" in q for q in quotes), quotes
    for start in ("Cập nhật danh sách", "Gửi báo cáo về Sở"):
        item = next(o for o in index.select() if o.quote.startswith(start))
        assert "Phòng Lao động" in item.doer["name"] and "trung tâm dịch vụ việc làm" in item.doer["name"], item.doer
    [own] = index.select("Phòng Kế hoạch tài chính")
    assert own.quote.startswith("Phòng Kế hoạch tài chính tổng hợp") and own.due["date"] == "2026-12-18"
    groups = index.by_actor("trung tâm dịch vụ việc làm")
    assert [len(items) for items in groups.values()] == [2] and "trung tâm" in next(iter(groups)), groups


def test_a_letters_recipients_as_above_are_its_addressees():
    """Before, `troly show` listed "Như trên" as a recipient, not the bodies the letter is addressed to."""
    meta = parse_document(_LETTER, "cv918.txt").meta
    assert meta.recipients == ["Phòng Lao động - Thương binh và Xã hội các huyện, thị xã",
                               "Các trung tâm dịch vụ việc làm trực thuộc", "Giám đốc Sở (để b/c)"], meta.recipients


_REMINDER = "\n\n".join([
    "CÔNG ĐOÀN NGÀNH Y TẾ TỈNH\nSố: 61/CĐN-TC\nV/v gửi báo cáo sơ kết năm 2026",
    "Phủ Lý, ngày 01 tháng 12 năm 2026",
    "Kính gửi: Ban Chấp hành các công đoàn cơ sở trực thuộc.",
    "Đến ngày 25/11/2026 vẫn còn 05 công đoàn cơ sở chưa gửi báo cáo sơ kết (hạn gửi là ngày 15/11/2026) và 02 "
    "công đoàn cơ sở chưa nộp đoàn phí quý IV (hạn nộp là ngày 20/12/2026).",
    "Đề nghị các công đoàn cơ sở trên gửi báo cáo sơ kết về Công đoàn ngành trước ngày 10/12/2026.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nĐỗ Thị Lan\n"])


def test_a_limit_already_missed_told_in_a_letter_is_no_duty_but_one_still_to_come_is():
    """Before, "… chưa gửi … (hạn gửi là ngày 15/11/2026)" in a letter of 01/12/2026 headed the unions' duties as
    overdue: it tells what was missed; the letter's request is the duty."""
    index = obligation_index([("cv61.txt", _REMINDER)])
    quotes = [o.quote for o in index.select("công đoàn cơ sở")]
    assert not any("15/11/2026" in q for q in quotes), quotes
    assert any("20/12/2026" in q for q in quotes) and any(q.startswith("Đề nghị các công đoàn cơ sở") for q in quotes)


_MINUTES = "\n\n".join([
    "CÔNG ĐOÀN CƠ SỞ XÍ NGHIỆP GẠCH TUY NEN\n\nBIÊN BẢN\nHọp Ban Chấp hành tháng 12 năm 2026",
    "Thời gian: 8 giờ 00, ngày 02 tháng 12 năm 2026.",
    "I. NỘI DUNG\n1. Đồng chí Phó Chủ tịch trình bày tình hình việc làm quý IV: Xí nghiệp có 420 công nhân, thu "
    "nhập bình quân 7,5 triệu đồng/tháng.\n2. Đồng chí Trần Văn Tú đề nghị tổ chức khám sức khỏe trong quý I/2027.",
    "II. KẾT LUẬN\n1. Giao Ban Nữ công lập danh sách nữ công nhân khám sức khỏe trước ngày 20/12/2026.",
    "THƯ KÝ\n\nLê Thu Hà\n"])

_NOTICE = "\n\n".join([
    "CÔNG ĐOÀN VIÊN CHỨC TỈNH\nSố: 12/TB-CĐVC\nThông báo triệu tập lớp bồi dưỡng cán bộ nữ công năm 2027",
    "Ngày 01 tháng 12 năm 2026",
    "Mỗi công đoàn cơ sở cử 01 đồng chí phụ trách nữ công dự lớp bồi dưỡng.",
    "Số lượng học viên dự kiến 90 người.",
    "TM. BAN THƯỜNG VỤ\n\nVõ Thị Hạnh\n"])


def test_what_a_meeting_heard_and_an_expected_figure_are_no_duties():
    """Before, a report heard at the meeting ("… trình bày tình hình việc làm quý IV: …") was due at the quarter's end,
    and "Số lượng học viên dự kiến 90 người." was the unions' duty."""
    index = obligation_index([("bb12.txt", _MINUTES), ("tb12.txt", _NOTICE)])
    quotes = [o.quote for o in index.select()]
    assert not any("trình bày" in q or "đề nghị tổ chức" in q or "dự kiến 90" in q for q in quotes), quotes
    assert any(q.startswith("Giao Ban Nữ công") for q in quotes) and any(q.startswith("Mỗi công đoàn") for q in quotes)


def test_a_chair_asking_a_body_to_act_by_a_day_in_minutes_is_its_duty():
    """Before, any "Đồng chí … đề nghị …" in a biên bản was dropped as discussion, also the chair's "đề nghị các tổ công
    đoàn hoàn thành … trước ngày …", the way minutes record a directive (review41 R12); a proposal heard stays none."""
    minutes = "\n\n".join([
        "CÔNG ĐOÀN CƠ SỞ CÔNG TY CƠ KHÍ HÒA BÌNH\n\nBIÊN BẢN\nHọp Ban Chấp hành quý IV năm 2026",
        "Thời gian: 14 giờ 00, ngày 03 tháng 12 năm 2026.",
        "1. Đồng chí Nguyễn Văn Long đề nghị Công ty xem xét nâng mức hỗ trợ ăn ca.",
        "2. Đồng chí Chủ tịch đề nghị các tổ công đoàn hoàn thành bình xét đoàn viên xuất sắc trước ngày 22/12/2026.",
        "THƯ KÝ\n\nHà Văn Nam\n"])
    [duty] = obligation_index([("bb31.txt", minutes)]).select()
    assert "bình xét đoàn viên xuất sắc" in duty.quote and duty.due["date"] == "2026-12-22", duty
    assert duty.doer["name"] == "Tổ công đoàn", duty.doer


_LATER_RESOLUTION = "\n\n".join([
    "CÔNG ĐOÀN CƠ SỞ TRƯỜNG ĐẠI HỌC HOA SEN\nSố: 02/NQ-CĐCS",
    "Hoa Sen, ngày 15 tháng 9 năm 2027",
    "NGHỊ QUYẾT\nHội nghị Ban Chấp hành lần thứ nhất",
    "Điều 1. Các tổ công đoàn tổ chức sinh hoạt chuyên đề hằng năm.",
    "TM. BAN CHẤP HÀNH\n\nNgô Văn Phúc\n"])


def test_a_yearly_duty_of_a_text_dated_after_today_falls_due_in_its_own_year():
    """Before, a resolution of 15/9/2027 had its yearly duty end "hết kỳ 31/12/2026", before it was issued."""
    index = obligation_index([("nq02.txt", _LATER_RESOLUTION)])
    [item] = [o for o in index.select() if (o.due or {}).get("every") == "year"]
    assert item.next_due(date(2026, 12, 4)) == date(2027, 12, 31)
    assert item.next_due(date(2028, 3, 1)) == date(2028, 12, 31)


def test_a_clause_going_on_with_a_small_letter_is_one_duty_with_its_doers_sentence():
    """Before, a ";"-clause opening with "đ" ("…; đồng thời đôn đốc …") was cut off as a duty of its own, as if a
    capital opened it, while one opening with "t" stayed with its sentence."""
    text = "\n\n".join([
        "LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN LÃO\nSố: 40/KH-LĐLĐ", "An Lão, ngày 02 tháng 11 năm 2026",
        "KẾ HOẠCH\nTuyên truyền Nghị quyết Đại hội Công đoàn tỉnh",
        "III. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo chủ trì tuyên truyền Nghị quyết trên trang thông tin; đồng thời đôn "
        "đốc các công đoàn cơ sở tổ chức học tập trước ngày 30/12/2026.",
        "TM. BAN THƯỜNG VỤ\n\nLý Văn Hòa\n"])
    [duty] = parse_document(text, "kh40.txt").obligations
    assert duty.quote.endswith("đồng thời đôn đốc các công đoàn cơ sở tổ chức học tập trước ngày 30/12/2026.")
    assert duty.actor["name"] == "Ban Tuyên giáo" and duty.due["date"] == "2026-12-30", duty


_DIRECTIVE = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HOA MAI", "Số: 09/CT-UBND", "Hoa Mai, ngày 01 tháng 12 năm 2026", "CHỈ THỊ",
    "Về bảo đảm an toàn giao thông dịp Tết Nguyên đán 2027",
    "Để bảo đảm an toàn giao thông dịp Tết, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:",
    "1. Sở Văn hóa, Thể thao và Du lịch",
    "a) Rà soát các lễ hội đầu xuân, bảo đảm an toàn giao thông hoàn thành trước ngày 10 tháng 01 năm 2027.",
    "b) Chỉ đạo các khu du lịch bố trí đủ chỗ đỗ xe phục vụ nhân dân du xuân.",
    "2. Chủ tịch Ủy ban nhân dân các huyện",
    "Tổ chức kiểm tra việc chấp hành quy định về nồng độ cồn trên địa bàn trong tháng 01 năm 2027.",
    "CHỦ TỊCH", "Đinh Văn Toàn", ""])


def test_a_directive_s_numbered_heading_naming_a_body_gives_its_items_their_doer():
    """Before, "1. Sở Văn hóa, Thể thao và Du lịch" (no table names it) and "2. Chủ tịch Ủy ban nhân dân các huyện" (a role, then a body)
    headed items that were listed with no doer or not at all (new-user trial of session 41, K22)."""
    index = obligation_index([("ct09.txt", _DIRECTIVE)])
    assert {o.quote[:12] for o in index.select("Sở Văn hóa, Thể thao và Du lịch")} == {"a) Rà soát c", "b) Chỉ đạo c"}
    [check] = index.select("Chủ tịch Ủy ban nhân dân các huyện")
    assert check.quote.startswith("Tổ chức kiểm tra") and check.due["date"] == "2027-01-31", check


_STATISTICS = "\n".join([
    "BỘ CÔNG THƯƠNG", "Số: 07/2026/TT-BCT", "Hà Nội, ngày 10 tháng 11 năm 2026", "THÔNG TƯ",
    "Quy định chế độ báo cáo thống kê ngành công thương",
    "Điều 4. Thời gian chốt số liệu",
    "Số liệu báo cáo quý được chốt từ ngày 21 của tháng trước kỳ báo cáo đến ngày 20 của tháng cuối quý.",
    "Báo cáo năm được chốt từ ngày 16 tháng 12 năm trước đến ngày 15 tháng 12 của năm báo cáo.",
    "Điều 5. Thời hạn gửi báo cáo",
    "Báo cáo tháng: gửi Bộ chậm nhất ngày 22 hằng tháng.",
    "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lại Văn Khoa", ""])

_SUMMARY = "\n".join([
    "CÔNG ĐOÀN NGÀNH Y TẾ TỈNH HOA MAI", "Số: 30/BC-CĐN", "Hoa Mai, ngày 05 tháng 7 năm 2026", "BÁO CÁO",
    "Sơ kết công tác công đoàn 6 tháng đầu năm 2026",
    "I. TÌNH HÌNH CHUNG",
    "Công đoàn ngành hiện quản lý 96 công đoàn cơ sở với 7.420 đoàn viên; trong 6 tháng đầu năm, số đoàn viên tăng 2%.",
    "II. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026",
    "1. Các công đoàn cơ sở gửi báo cáo tổng kết về Công đoàn ngành trước ngày 05 tháng 12 năm 2026.",
    "TM. BAN THƯỜNG VỤ", "Hà Thị Nga", ""])


def test_the_span_a_period_is_counted_over_and_a_report_s_general_situation_are_no_duties():
    """Before, the end of "được chốt từ ngày 21 … đến ngày 20 …" (the span figures are counted over) was a deadline, and
    the figures under a báo cáo's "I. TÌNH HÌNH CHUNG" a duty (newuser41 K15)."""
    index = obligation_index([("tt07.txt", _STATISTICS), ("bc30.txt", _SUMMARY)])
    quotes = [o.quote for o in index.select()]
    assert not any("được chốt từ" in q or "hiện quản lý" in q for q in quotes), quotes
    assert any(q.startswith("Báo cáo tháng: gửi Bộ") for q in quotes)
    assert any(q.startswith("1. Các công đoàn cơ sở gửi báo cáo") or q.startswith("Các công đoàn") for q in quotes)


_CIRCULAR_WITH_FORM = "\n".join([
    "BỘ TÀI CHÍNH", "Số: 15/2026/TT-BTC", "Hà Nội, ngày 02 tháng 11 năm 2026", "THÔNG TƯ",
    "Hướng dẫn quản lý kinh phí hỗ trợ sửa chữa nhà ở",
    "Điều 1. Đối tượng áp dụng",
    "Các cơ quan, tổ chức có liên quan thực hiện quản lý kinh phí theo quy định tại Thông tư này.",
    "Điều 2. Trách nhiệm thi hành",
    "Phòng Kế hoạch là đơn vị tham mưu tổng hợp về kinh phí hỗ trợ.",
    "Mẫu số 01. ĐƠN ĐỀ NGHỊ HỖ TRỢ", "Kính gửi: Ủy ban nhân dân xã Hòa Bình.",
    "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Vũ Đức Minh", ""])


def test_a_form_s_addressee_and_a_unit_described_are_no_doers():
    """A "Kính gửi" in an annexed form is not whom the text is addressed to, and a unit no table names followed by
    "là …" is described, not given a task."""
    obligations = parse_document(_CIRCULAR_WITH_FORM, "tt15.txt").obligations
    assert not any("Hòa Bình" in (o.actor or {}).get("name", "") for o in obligations), obligations
    assert not any((o.actor or {}).get("name", "").startswith("Phòng Kế hoạch") for o in obligations), obligations
