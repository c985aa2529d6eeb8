"""A list written after a lead-in naming its items ("… được sử dụng để tổ chức các hoạt động sau:", "Hồ sơ gồm:") is
the answer to a question asking them ("… được dùng để tổ chức những hoạt động gì?", "hồ sơ … gồm những gì?"): all of
its items after the lead-in, in the order written, each cited — not the two that repeat the question's words; never
for a question saying no ("… không được dùng …"), which that list does not answer. Documents and wordings are this
file's own, invented."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture

_RULES = "\n\n".join([
    "ỦY BAN NHÂN DÂN XÃ BÌNH MINH\nSố: 17/QĐ-UBND\nBình Minh, ngày 02 tháng 4 năm 2027",
    "QUY ĐỊNH\nQuản lý, sử dụng sân thể thao xã Bình Minh",
    "Điều 1. Phạm vi áp dụng\n1. Quy định này quy định hồ sơ, thủ tục đăng ký sử dụng sân thể thao xã Bình Minh.",
    "2. Không sử dụng sân thể thao xã để tổ chức các hoạt động kinh doanh, họp chợ, cờ bạc.",
    "Điều 2. Các hoạt động được tổ chức tại sân thể thao\nSân thể thao xã được sử dụng để tổ chức các hoạt động sau:",
    "1. Giải bóng đá thiếu niên hằng năm;",
    "2. Tập luyện dưỡng sinh của người cao tuổi;",
    "3. Ngày hội đại đoàn kết toàn dân tộc;",
    "4. Diễn tập phòng cháy, chữa cháy của xã.",
    "Điều 3. Đăng ký sử dụng sân\n1. Tổ chức ngoài xã đăng ký với Ủy ban nhân dân xã trước 07 ngày làm việc.",
    "2. Hồ sơ gồm:",
    "a) Giấy đề nghị sử dụng sân có chữ ký người đứng đầu tổ chức;",
    "b) Kế hoạch tổ chức giải đấu hoặc buổi tập;",
    "c) Cam kết bảo đảm an ninh, trật tự và vệ sinh môi trường.",
    "Điều 4. Quyết toán\nHồ sơ quyết toán kinh phí tổ chức giải đấu bao gồm các giấy tờ sau:",
    "a) Bảng kê các khoản chi có xác nhận của ban tổ chức;",
    "b) Hóa đơn, chứng từ thanh toán hợp lệ.",
    "Điều 5. Giờ sử dụng\nSân mở cửa từ 05 giờ 00 đến 21 giờ 00 hằng ngày.",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Văn Sơn\n"])

# a guide whose file's lead-in is a numbered heading with a remark in brackets, under a part holding other items
_GUIDE = "\n\n".join([
    "ĐOÀN XÃ BÌNH MINH\nSố: 05/HD-ĐX\nBình Minh, ngày 10 tháng 3 năm 2027",
    "HƯỚNG DẪN\nXét chọn \"Gương mặt thanh niên tiêu biểu\" xã Bình Minh năm 2027",
    "I. ĐỐI TƯỢNG\n1. Đoàn viên thanh niên từ đủ 16 đến 30 tuổi đang sinh hoạt tại các chi đoàn của xã.",
    "II. HỒ SƠ, THỜI HẠN",
    "1. Hồ sơ đề cử (02 bộ) gồm:",
    "- Tờ trình của chi đoàn kèm danh sách trích ngang;",
    "- Biên bản họp xét của Ban Chấp hành chi đoàn;",
    "- Bản thành tích cá nhân có xác nhận của chi đoàn, không quá 02 trang;",
    "- 01 ảnh chân dung cỡ 4x6 cm.",
    "2. Thời hạn: Chi đoàn gửi hồ sơ về Đoàn xã trước ngày 15 tháng 5 năm 2027.",
    "3. Thẩm định: Ban Thường vụ Đoàn xã thẩm định hồ sơ trước ngày 30 tháng 5 năm 2027.",
    "III. TỔ CHỨC THỰC HIỆN\n1. Các chi đoàn phổ biến hướng dẫn, chịu trách nhiệm về hồ sơ đề cử của chi đoàn.",
    "TM. BAN THƯỜNG VỤ\nBÍ THƯ\nLê Thị Hoa\n"])

# a fund's report: its tasks straight under a heading, one a passage, and a table of targets by commune after a lead-in
_REPORT = "\n\n".join([
    "HỘI KHUYẾN HỌC TỈNH THANH HÓA\nQUỸ KHUYẾN HỌC HUYỆN ĐÔNG SƠN\nSố: 42/BC-QKH\nĐông Sơn, ngày 15 tháng 1 năm 2028",
    "BÁO CÁO\nKết quả hoạt động năm 2027 và phương hướng năm 2028",
    "I. KẾT QUẢ NĂM 2027\nNăm 2027, Quỹ hoàn thành các nhiệm vụ được giao: vận động được 2,4 tỷ đồng, trao 820 suất"
    " học bổng.",
    "Quỹ chưa hoàn thành nhiệm vụ kiểm tra tại các trường; nhiệm vụ này được chuyển sang năm 2028.",
    "II. CHỈ TIÊU VẬN ĐỘNG",
    "Năm 2028, toàn huyện vận động tối thiểu 2,8 tỷ đồng. Chỉ tiêu vận động năm 2028 của từng xã như sau:",
    "| Xã | Chỉ tiêu vận động năm 2028 | Cán bộ theo dõi |\n|---|---|---|\n"
    "| Xã Đông Hòa | 300 triệu đồng | Ông Lê Văn An |\n| Xã Đông Tiến | 250 triệu đồng | Bà Trần Thị Bình |\n"
    "| Xã Đông Thanh | 200 triệu đồng | Ông Phạm Văn Cường |\n| Xã Đông Khê | 180 triệu đồng | Bà Ngô Thị Dung |\n"
    "| Xã Đông Minh | 150 triệu đồng | Ông Hoàng Văn Em |",
    "III. NHIỆM VỤ NĂM 2028",
    "1. Vận động thu năm 2028 đạt 2,8 tỷ đồng; tỷ lệ nhận tiền qua tài khoản đạt tối thiểu 90%.",
    "2. Trao tối thiểu 900 suất học bổng cho học sinh nghèo vượt khó trong năm 2028.",
    "3. Hoàn thành số hóa hồ sơ người nhận học bổng trước ngày 30 tháng 6 năm 2028.",
    "4. Tổ chức hội nghị biểu dương gia đình hiếu học vào tháng 9.",
    "5. Kiểm tra việc sử dụng học bổng tại 12 trường trung học cơ sở.",
    "6. Phối hợp Phòng Giáo dục lập danh sách học sinh đề nghị hỗ trợ.",
    "IV. KIẾN NGHỊ\nĐề nghị Ủy ban nhân dân huyện hỗ trợ Quỹ kinh phí thực hiện nhiệm vụ năm 2028 và giao nhiệm"
    " vụ cụ thể cho các xã.",
    "Nơi nhận:\n- Ủy ban nhân dân huyện;\n- Lưu: VT.",
    "GIÁM ĐỐC\nTrịnh Văn Quang\n"])

led = assistant_fixture("qd17-san-the-thao.txt", _RULES, ("hd05-guong-mat-thanh-nien.txt", _GUIDE),
                        ("bc42-quy-khuyen-hoc.txt", _REPORT))


def _in_order(text: str, parts: list[str]) -> bool:
    at = [text.find(part) for part in parts]
    return -1 not in at and at == sorted(at)


def test_the_items_after_a_lead_in_naming_them_answer_whole(led):
    """Before, two of the four activities were quoted, with a line of another article."""
    answer = led.ask("Sân thể thao xã Bình Minh được dùng để tổ chức những hoạt động gì?")
    assert answer.found, answer.answer
    assert answer.answer.startswith("Sân thể thao xã được sử dụng để tổ chức các hoạt động sau"), answer.answer
    activities = ["Giải bóng đá thiếu niên", "dưỡng sinh", "đại đoàn kết", "Diễn tập"]
    assert _in_order(answer.answer, activities), answer.answer
    assert "kinh doanh" not in answer.answer and len(answer.citations) == 4, answer.answer


def test_a_list_saying_yes_does_not_answer_a_question_saying_no(led):
    """Asked what the field may NOT be used for, the list of what it is used for is the opposite: not quoted whole."""
    answer = led.ask("Sân thể thao xã không được dùng để tổ chức những hoạt động gì?")
    assert not answer.answer.startswith("Sân thể thao xã được sử dụng để tổ chức các hoạt động sau"), answer.answer
    assert "kinh doanh" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Hồ sơ đăng ký sử dụng sân thể thao xã gồm những gì?",
                                      "Cho tôi hỏi hồ sơ đăng ký sử dụng sân thể thao xã gồm những gì?",
                                      "Bộ hồ sơ đăng ký sử dụng sân thể thao xã gồm những gì?",
                                      "Thành phần hồ sơ đăng ký sử dụng sân thể thao xã bao gồm những gì?"])
def test_what_a_file_holds_is_the_list_after_its_lead_in(led, question):
    """"Hồ sơ … gồm những gì": the list after "Hồ sơ gồm:" whole; before, the registration deadline and one item;
    asked after a polite frame ("Cho tôi hỏi …") too, and the file named otherwise ("Bộ hồ sơ", "Thành phần hồ sơ")."""
    answer = led.ask(question)
    assert answer.found, answer.answer
    assert _in_order(answer.answer, ["Giấy đề nghị sử dụng sân", "Kế hoạch tổ chức giải đấu", "Cam kết bảo đảm"]), \
        answer.answer
    assert "07 ngày" not in answer.answer and "thủ tục" not in answer.answer, answer.answer



def test_a_file_named_more_fully_is_the_list_whose_lead_in_names_it_so(led):
    """"… bao gồm các giấy tờ sau:" naming the file asked ("hồ sơ quyết toán …"): that list, not the first "Hồ sơ
    gồm:" of the document."""
    answer = led.ask("Thành phần hồ sơ quyết toán kinh phí tổ chức giải đấu gồm những gì?")
    assert answer.found, answer.answer
    assert _in_order(answer.answer, ["Bảng kê các khoản chi", "Hóa đơn, chứng từ"]), answer.answer
    assert "Giấy đề nghị sử dụng sân" not in answer.answer, answer.answer


def test_a_file_whose_lead_in_is_a_numbered_heading_is_listed_whole(led):
    """"1. Hồ sơ đề cử (02 bộ) gồm:" under "II. HỒ SƠ, THỜI HẠN": its four papers, all of them; before, a line of
    another part saying who answers for the file, and two of the papers."""
    answer = led.ask("Hồ sơ đề cử gương mặt thanh niên tiêu biểu gồm những gì?")
    assert answer.found, answer.answer
    papers = ["Tờ trình của chi đoàn", "Biên bản họp xét", "Bản thành tích cá nhân", "ảnh chân dung"]
    assert _in_order(answer.answer, papers), answer.answer
    assert "chịu trách nhiệm" not in answer.answer and "15 tháng 5" not in answer.answer, answer.answer


def test_a_whole_list_asked_is_given_every_item_under_its_heading(led):
    """"Nhiệm vụ năm 2028 của quỹ gồm những gì" of six tasks straight under their heading, one a passage: all six, in
    the order written (or the first ones and how many more) — before, the three that search found, as if all."""
    answer = led.ask("Nhiệm vụ năm 2028 của quỹ gồm những gì?")
    assert answer.found, answer.answer
    tasks = ["Vận động thu năm 2028", "900 suất học bổng", "số hóa hồ sơ", "biểu dương gia đình hiếu học",
             "Kiểm tra việc sử dụng học bổng", "lập danh sách học sinh"]
    shown = [task for task in tasks if task in answer.answer]
    assert shown == tasks[:len(shown)] and _in_order(answer.answer, shown), answer.answer
    assert len(shown) == len(tasks) or f"{len(tasks) - len(shown)} mục" in answer.answer, answer.answer


def test_which_areas_a_target_table_lists_is_every_row(led):
    """"… đặt chỉ tiêu cho những xã nào" of a table of targets by commune after its lead-in: every commune's row,
    after the whole's target — before, the whole's target and two rows."""
    answer = led.ask("Quỹ khuyến học đặt chỉ tiêu vận động năm 2028 cho những xã nào?")
    assert answer.found, answer.answer
    communes = ["Đông Hòa", "Đông Tiến", "Đông Thanh", "Đông Khê", "Đông Minh"]
    assert _in_order(answer.answer, communes), answer.answer


def test_a_list_of_another_year_than_asked_is_not_given_whole(led):
    """Asked the fund's tasks of a year its report lists none for, its list of another year's tasks is no answer."""
    answer = led.ask("Nhiệm vụ năm 2029 của quỹ khuyến học Thanh Hóa gồm những gì?")
    assert "III. NHIỆM VỤ NĂM 2028" not in answer.answer, answer.answer
