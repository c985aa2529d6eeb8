"""A question asking what a list holds ("… có những hoạt động nào", "… đề ra những chỉ tiêu gì") or how many it holds
("… có bao nhiêu hoạt động") is answered with the whole list, in the order written, each item cited — the numbered
lines under the heading naming what is asked, or the document's own numbered headings when its title names it — not
with the two or three lines that repeat the question's words. Documents and wordings are this file's own, invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture, chatted
from troly.texts import t

_PLAN = "\n\n".join([
    "CÔNG ĐOÀN CÔNG TY TNHH GỖ PHÚ TÀI\nSố: 09/KH-CĐ\nBình Định, ngày 06 tháng 3 năm 2027",
    "KẾ HOẠCH\nTổ chức Tuần lễ văn hóa công nhân năm 2027",
    "I. MỤC ĐÍCH\n1. Động viên người lao động thi đua sản xuất; 100% tổ công đoàn hưởng ứng Tuần lễ văn hóa công nhân.",
    "II. CÁC HOẠT ĐỘNG CHÍNH",
    "1. Khai mạc Tuần lễ văn hóa công nhân lúc 7 giờ 00 ngày 12/4/2027 tại sân Công ty.",
    "2. Giải kéo co nam, nữ giữa các phân xưởng ngày 13/4/2027.",
    "3. Đêm ca nhạc phục vụ công nhân ca đêm ngày 14/4/2027 tại nhà ăn.",
    "4. Tặng 40 suất quà cho công nhân nhà trọ, mỗi suất 400.000 đồng.",
    "5. Bế mạc, trao thưởng ngày 16/4/2027.",
    "III. KINH PHÍ\nTổng kinh phí 70.000.000 đồng, trích từ quỹ công đoàn cơ sở.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nĐặng Văn Lực\n"])

_RESOLUTION = "\n\n".join([
    "CÔNG ĐOÀN CƠ SỞ BỆNH VIỆN ĐA KHOA HUYỆN AN NHƠN\nSố: 05/NQ-CĐCS\nBình Định, ngày 10 tháng 1 năm 2027",
    "NGHỊ QUYẾT\nVề nhiệm vụ công tác công đoàn năm 2027",
    "I. Chỉ tiêu năm 2027",
    "1. Kết nạp mới ít nhất 06 đoàn viên.",
    "2. 90% đoàn viên đạt danh hiệu lao động tiên tiến.",
    "3. Thu đoàn phí đạt 100% kế hoạch.",
    "4. Không có đoàn viên vi phạm quy tắc ứng xử.",
    "II. Nhiệm vụ\n1. Tổ chức Hội nghị người lao động trong tháng 2/2027.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nHồ Thị Lan\n"])

_NOTICE = "\n\n".join([
    "CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC QUANG TRUNG\nSố: 21/TB-CĐCS\nBình Định, ngày 02 tháng 3 năm 2027",
    "THÔNG BÁO\nVề các hoạt động chào mừng ngày Quốc tế Phụ nữ 8/3",
    "1. Hội thi cắm hoa nghệ thuật\n- Thời gian: 14 giờ 00 ngày 06/3/2027.\n- Địa điểm: Phòng đa năng.\n- Giải thưởng: "
    "giải Nhất 500.000 đồng; giải Nhì 300.000 đồng; giải Khuyến khích 100.000 đồng.",
    "2. Giao lưu bóng chuyền hơi nữ\n- Thời gian: 16 giờ 30 ngày 07/3/2027.\n- Địa điểm: Sân trường.",
    "3. Gặp mặt nữ đoàn viên\n- Thời gian: 9 giờ 00 ngày 08/3/2027.\n- Mỗi nữ đoàn viên được tặng 200.000 đồng.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nVõ Văn Tâm\n"])

_PRIZES = "\n\n".join([
    "CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS LÊ LỢI\nSố: 22/QĐ-CĐCS\nQuảng Ngãi, ngày 16 tháng 11 năm 2027",
    "QUYẾT ĐỊNH\nVề việc trao giải Hội thi tiếng hát giáo viên năm học 2027 - 2028",
    "QUYẾT ĐỊNH:",
    "Điều 1. Trao giải Hội thi tiếng hát giáo viên năm học 2027 - 2028 cho các tổ công đoàn sau:",
    "1. Giải Nhất: Tổ công đoàn Ngữ văn, thưởng 1.000.000 đồng.",
    "2. Giải Nhì: Tổ công đoàn Toán - Tin, thưởng 700.000 đồng.",
    "3. Giải Ba: Tổ công đoàn Tiếng Anh, thưởng 500.000 đồng.",
    "4. Giải Khuyến khích: Tổ công đoàn Văn phòng, thưởng 200.000 đồng.",
    "Điều 2. Kinh phí khen thưởng trích từ quỹ công đoàn cơ sở năm 2027.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nPhan Thị Hoa\n"])

_COMMENDATION = "\n\n".join([
    "CÔNG ĐOÀN NGÀNH GIÁO DỤC HUYỆN SƠN TỊNH\nSố: 31/QĐ-CĐN\nSơn Tịnh, ngày 20 tháng 6 năm 2027",
    "QUYẾT ĐỊNH\nVề việc tặng Giấy khen cho các tập thể và cá nhân có thành tích xuất sắc năm học 2026 - 2027",
    "QUYẾT ĐỊNH:",
    "Điều 1. Tặng Giấy khen cho 02 tập thể và 02 cá nhân có thành tích xuất sắc trong phong trào thi đua năm học "
    "2026 - 2027 (có danh sách kèm theo).",
    "Điều 2. Mỗi tập thể được thưởng 500.000 đồng, mỗi cá nhân được thưởng 300.000 đồng.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nTrần Văn Bình",
    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN\n(Kèm theo Quyết định số 31/QĐ-CĐN ngày 20/6/2027)",
    "| STT | Tên tập thể, cá nhân | Đơn vị |\n|---|---|---|\n| 1 | Công đoàn cơ sở Trường Tiểu học Tịnh Hà | Tập thể |\n"
    "| 2 | Công đoàn cơ sở Trường THCS Tịnh Sơn | Tập thể |\n| 3 | Bà Nguyễn Thị Mai | Trường Tiểu học Tịnh Hà |\n"
    "| 4 | Ông Lê Văn Nam | Trường THCS Tịnh Sơn |\n"])

_GUIDE = "\n\n".join([
    "CÔNG ĐOÀN CÔNG TY CP CẤP NƯỚC PHÚ YÊN\nSố: 03/HD-CĐ\nTuy Hòa, ngày 05 tháng 4 năm 2027",
    "HƯỚNG DẪN\nThủ tục mượn nhà văn hóa công nhân để tổ chức tiệc cưới của đoàn viên",
    "I. ĐIỀU KIỆN\nĐoàn viên đóng đoàn phí đủ 06 tháng liền kề được mượn nhà văn hóa không mất phí.",
    "II. TRÌNH TỰ\nBước 1. Đoàn viên điền phiếu đăng ký mượn nhà văn hóa, gửi Tổ trưởng công đoàn trước 15 ngày.\n"
    "Bước 2. Tổ trưởng công đoàn ký xác nhận, chuyển phiếu cho Văn phòng Công đoàn trong 02 ngày.\n"
    "Bước 3. Văn phòng Công đoàn báo lịch trống và giao chìa khóa trước ngày tổ chức 01 ngày.\n"
    "Bước 4. Đoàn viên dọn vệ sinh, trả chìa khóa trong ngày kế tiếp.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nLê Thị Hạnh\n"])

_GROUPED = "\n\n".join([
    "**CÔNG ĐOÀN NGÀNH XÂY DỰNG TỈNH PHÚ YÊN**\n\nSố: 52/QĐ-CĐN\n\nTuy Hòa, ngày 02 tháng 12 năm 2027",
    "# QUYẾT ĐỊNH\n\n**Về việc tặng Giấy khen phong trào Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động "
    "năm 2027**",
    "**Điều 1.** Tặng Giấy khen cho 02 tập thể và 02 cá nhân có thành tích xuất sắc trong phong trào Xanh - Sạch - "
    "Đẹp, bảo đảm an toàn vệ sinh lao động năm 2027 (có danh sách kèm theo).",
    "**Điều 2.** Mỗi tập thể được thưởng 600.000 đồng, mỗi cá nhân được thưởng 300.000 đồng.",
    "**TM. BAN THƯỜNG VỤ**\n**CHỦ TỊCH**\n\n**Huỳnh Văn Tám**",
    "---",
    "**DANH SÁCH ĐƯỢC TẶNG GIẤY KHEN**",
    "**I. TẬP THỂ (02)**",
    "| STT | Tên tập thể |\n|---|---|\n| 1 | Công đoàn Công ty CP Gạch ngói Sông Cầu |\n"
    "| 2 | Công đoàn Công ty TNHH Bê tông Hòa Hiệp |",
    "**II. CÁ NHÂN (02)**",
    "| STT | Họ và tên | Đơn vị |\n|---|---|---|\n| 1 | Trần Thị Mỹ Duyên | Công ty CP Gạch ngói Sông Cầu |\n"
    "| 2 | Nguyễn Hữu Lộc | Công ty TNHH Bê tông Hòa Hiệp |\n"])

_SKILLS = "\n\n".join([
    "CÔNG ĐOÀN CÔNG TY TNHH MAY XUẤT KHẨU TAM KỲ\nSố: 14/QĐ-CĐCS\nTam Kỳ, ngày 08 tháng 9 năm 2027",
    "QUYẾT ĐỊNH\nVề việc tặng Giấy khen cho công nhân đạt giải Hội thi thợ may giỏi năm 2027",
    "QUYẾT ĐỊNH:",
    "Điều 1. Tặng Giấy khen cho 09 công nhân đạt giải Hội thi thợ may giỏi năm 2027 (có danh sách kèm theo).",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nPhan Thị Thu",
    "DANH SÁCH CÔNG NHÂN ĐƯỢC TẶNG GIẤY KHEN\n(Kèm theo Quyết định số 14/QĐ-CĐCS ngày 08/9/2027)",
    "| STT | Họ và tên | Tổ sản xuất |\n|---|---|---|\n" + "".join(
        f"| {n} | {name} | Tổ may {n} |\n" for n, name in enumerate(
            ["Võ Thị Hằng", "Lê Thị Kim Oanh", "Trần Văn Tú", "Ngô Thị Bích", "Đỗ Văn Sang", "Huỳnh Thị Lài",
             "Phạm Thị Nga", "Nguyễn Văn Quý", "Bùi Thị Xuân"], 1))])

lists = assistant_fixture("kh09-tuan-le-van-hoa.txt", _PLAN, ("nq05-nhiem-vu-2027.txt", _RESOLUTION),
                          ("tb21-phu-nu.txt", _NOTICE), ("qd22-trao-giai.txt", _PRIZES),
                          ("qd31-giay-khen.txt", _COMMENDATION), ("hd03-muon-nha-van-hoa.txt", _GUIDE),
                          ("qd52-xanh-sach-dep.md", _GROUPED), ("qd14-tho-may-gioi.md", _SKILLS))


def _in_order(text: str, parts: list[str]) -> bool:
    at = [text.find(part) for part in parts]
    return -1 not in at and at == sorted(at)


def test_a_list_asked_for_is_answered_whole_in_the_order_written(lists):
    """Before, "… có những hoạt động nào" quoted the plan's aim and two of its five activities."""
    answer = lists.ask("tuần lễ văn hóa công nhân có những hoạt động nào")
    assert answer.found, answer.answer
    assert _in_order(answer.answer, ["Khai mạc", "kéo co", "ca nhạc", "40 suất quà", "Bế mạc"]), answer.answer
    assert "Động viên người lao động" not in answer.answer, answer.answer
    assert {c.passage.text.split(".")[0] for c in answer.citations} >= {"1", "2", "3", "4", "5"}


def test_a_notice_whose_title_names_its_activities_answers_with_its_numbered_headings(lists):
    """Before, the fields of one activity (its time, its place) were quoted as if they were the activities."""
    answer = lists.ask("thông báo 21 có những hoạt động gì")
    assert answer.found, answer.answer
    assert _in_order(answer.answer, ["Hội thi cắm hoa", "bóng chuyền hơi", "Gặp mặt nữ đoàn viên"]), answer.answer


def test_how_many_items_a_list_holds_is_counted_and_the_items_listed(lists):
    """Before, "không đề cập con số cụ thể": no line states the number, the list itself is it."""
    answer = lists.ask("kế hoạch 09 có bao nhiêu hoạt động")
    assert answer.found, answer.answer
    assert "5 hoạt động" in answer.answer.split("\n")[0], answer.answer
    assert _in_order(answer.answer, ["Khai mạc", "Bế mạc"]), answer.answer


def test_how_many_a_labelled_line_names_is_counted(lists):
    """"… có mấy giải": the line "Giải thưởng: giải Nhất …; giải Nhì …" names each one; before, "không đề cập con số"."""
    answer = lists.ask("hội thi cắm hoa có mấy giải")
    assert answer.found, answer.answer
    assert answer.answer.startswith("Có 3 giải"), answer.answer
    assert "giải Khuyến khích" in answer.answer, answer.answer


def test_a_list_asked_after_a_verb_of_carrying_out_is_answered_whole(lists):
    """"… tổ chức những hoạt động nào": asked after the verb, not after "có"/"gồm"; before, stray lines answered."""
    answer = lists.ask("thông báo 21 tổ chức những hoạt động nào")
    assert answer.found, answer.answer
    assert _in_order(answer.answer, ["Hội thi cắm hoa", "bóng chuyền hơi", "Gặp mặt nữ đoàn viên"]), answer.answer


def test_how_many_prizes_items_each_naming_one_say_it(lists):
    """"… có bao nhiêu giải": no heading names the prizes and no line states their number, but each item of the
    article's list opens with one ("1. Giải Nhất: …"); before, "không đề cập con số cụ thể"."""
    answer = lists.ask("hội thi tiếng hát giáo viên có bao nhiêu giải?")
    assert answer.found, answer.answer
    assert answer.answer.startswith("Có 4 giải"), answer.answer
    assert _in_order(answer.answer, ["Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích"]), answer.answer
    assert sum("Giải" in c.passage.text.split(":")[0] for c in answer.citations) == 4, answer.citations


def test_names_in_the_list_attached_after_the_articles_are_quoted_and_cited(lists):
    """"tập thể nào được tặng giấy khen": the article says only "(có danh sách kèm theo)"; before, it and the next
    article were the whole answer, without one name."""
    answer = lists.ask("tập thể nào được tặng giấy khen năm học 2026 - 2027?")
    assert answer.found, answer.answer
    assert _in_order(answer.answer, ["danh sách kèm theo", "Trường Tiểu học Tịnh Hà", "Trường THCS Tịnh Sơn",
                                     "Bà Nguyễn Thị Mai"]), answer.answer
    quoted = [c.passage.text for c in answer.citations if c.spans]
    assert any("Tiểu học Tịnh Hà | Tập thể" in text for text in quoted), quoted


def test_the_attached_list_in_groups_of_tables_is_quoted_whole_under_its_groups(lists):
    """The list's title a markdown heading above two tables, one per group ("I. TẬP THỂ", "II. CÁ NHÂN"): before,
    only the article saying "(có danh sách kèm theo)" answered, without one name."""
    answer = lists.ask("Ai được tặng giấy khen phong trào Xanh - Sạch - Đẹp năm 2027?")
    assert answer.found, answer.answer
    assert _in_order(answer.answer, ["danh sách kèm theo", "DANH SÁCH ĐƯỢC TẶNG GIẤY KHEN", "I. TẬP THỂ",
                                     "Gạch ngói Sông Cầu", "Bê tông Hòa Hiệp", "II. CÁ NHÂN", "Trần Thị Mỹ Duyên",
                                     "Nguyễn Hữu Lộc"]), answer.answer


def test_the_names_of_an_attached_list_asked_in_a_chat_are_its_rows(lists):
    """"họ tên những ai?" after how many people a decision commends: the rows of its list of people, each name under
    its column "Họ và tên" (new-user trial of session 38: "… không đề cập tên người cụ thể", as a name was known only
    after "ông", "bà", "đồng chí")."""
    _, names = chatted(lists, "quyết định 52 khen bao nhiêu cá nhân", "họ tên những ai?")
    assert names.found and not names.nearest, names.answer
    assert "Họ và tên: Trần Thị Mỹ Duyên" in names.answer, names.answer
    assert all(line.startswith("STT: ") for line in names.answer.splitlines()), names.answer  # the rows, no prose
    assert all("Họ và tên" in c.passage.lead for c in names.citations), names.citations


def test_a_long_attached_list_says_how_many_names_are_left_and_cites_them_all(lists):
    """Nine names in the list attached: the first are quoted, then how many more there are, every one of the nine
    cited under the answer (before, a bare "…" ended the answer and a new user took the list for six names)."""
    answer = lists.ask("Những công nhân nào được tặng giấy khen hội thi thợ may giỏi năm 2027?")
    assert answer.found, answer.answer
    lines = answer.answer.splitlines()
    quoted = sum("Tổ may" in line for line in lines)
    assert lines[0] == "DANH SÁCH CÔNG NHÂN ĐƯỢC TẶNG GIẤY KHEN", answer.answer
    assert 2 <= quoted < 9 and _in_order(answer.answer, ["Võ Thị Hằng", "Lê Thị Kim Oanh", "Trần Văn Tú"]), lines
    assert lines[-1] == t("answer.list_more", n=9 - quoted), answer.answer
    cited = " ".join(c.passage.text for c in answer.citations)
    assert all(name in cited for name in ("Phạm Thị Nga", "Nguyễn Văn Quý", "Bùi Thị Xuân")), answer.citations


def test_one_row_asked_of_a_long_list_is_answered_with_that_row(lists):
    """The whole table is for a question asking who is in it; one asking what one row says gets that row alone."""
    answer = lists.ask("Bùi Thị Xuân làm ở tổ may nào?")
    assert answer.found and "Tổ may 9" in answer.answer, answer.answer
    assert "Võ Thị Hằng" not in answer.answer and t("answer.list_more", n=3) not in answer.answer, answer.answer


def test_a_step_asked_is_quoted_whole_not_cut_at_its_label(lists):
    """"Bước 2." ends with a full stop: before, the answer was that label alone."""
    answer = lists.ask("Mượn nhà văn hóa công nhân, bước 2 là gì?")
    assert answer.found, answer.answer
    assert "Bước 2. Tổ trưởng công đoàn ký xác nhận" in answer.answer.split("\n")[0], answer.answer


def test_how_many_steps_a_procedure_has_is_counted_and_the_steps_listed(lists):
    """Before, "không đề cập con số cụ thể": no line states the number, the steps themselves are it."""
    answer = lists.ask("Thủ tục mượn nhà văn hóa công nhân gồm mấy bước?")
    assert answer.found, answer.answer
    assert answer.answer.startswith("Có 4 bước"), answer.answer
    assert _in_order(answer.answer, ["Bước 1. Đoàn viên điền phiếu", "Bước 2.", "Bước 3.", "Bước 4. Đoàn viên dọn"]), \
        answer.answer
