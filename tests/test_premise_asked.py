"""A question carrying a claim, and a case a list written straight under its heading lacks: asked yes or no with a day
or an amount the document states otherwise, the line answering says "Không." (the same day or amount: "Có."); a case
the list of amounts does not name is said unnamed with the cases it names, not given another case's amount; an
amount the question names picks the line stating it; someone the document's rule is not for (the other member of a
pair, a count outside its bound) is answered "Không." with the line saying who it is for. Invented documents and
wordings, this file's own: a hospital union's welfare rules, its notice of a tug-of-war and of a summer trip."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture, first_line

_WELFARE = ("CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA HUYỆN THỌ XUÂN\nSố: 11/QĐ-CĐBV\nThọ Xuân, ngày 12 tháng 1 năm 2027\n\n"
            "QUYẾT ĐỊNH\nVề việc ban hành mức chi phúc lợi đoàn viên năm 2027\n\n"
            "BAN CHẤP HÀNH CÔNG ĐOÀN BỆNH VIỆN\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Mức chi hỗ trợ đoàn viên\n"
            "1. Đoàn viên phải phẫu thuật: 800.000 đồng.\n"
            "2. Đoàn viên bị tai nạn lao động: 1.500.000 đồng.\n"
            "3. Đoàn viên nữ sinh con: 500.000 đồng.\n\n"
            "Điều 2. Quà Tết đoàn viên\n"
            "1. Đoàn viên có hoàn cảnh khó khăn: 700.000 đồng/suất.\n"
            "2. Đoàn viên là thương binh: 1.200.000 đồng/suất.\n"
            "3. Mỗi đoàn viên chỉ nhận một suất quà Tết.\n\n"
            "Điều 3. Tổ công đoàn gửi hồ sơ đề nghị hỗ trợ về Văn phòng công đoàn trước ngày 15/12/2027.\n\n"
            "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nLê Thị Ngọc Ánh\n")

_TUG_OF_WAR = ("CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA HUYỆN THỌ XUÂN\nSố: 04/TB-CĐBV\nThọ Xuân, ngày 20 tháng 2 năm 2027\n\n"
               "THÔNG BÁO\nVề việc tổ chức thi kéo co chào mừng ngày 8/3\n\n"
               "1. Thời gian: 14 giờ ngày 06/3/2027 tại sân bệnh viện.\n"
               "2. Đối tượng: nữ đoàn viên có thời gian công tác tại bệnh viện từ 12 tháng trở lên.\n"
               "3. Mỗi khoa đăng ký 01 đội 08 người với Ban Nữ công.\n\n"
               "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nLê Thị Ngọc Ánh\n")

_TRIP = ("CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA HUYỆN THỌ XUÂN\nSố: 19/TB-CĐBV\nThọ Xuân, ngày 2 tháng 6 năm 2027\n\n"
         "THÔNG BÁO\nVề việc tổ chức tham quan hè năm 2027\n\n"
         "1. Đối tượng: đoàn viên công tác trong bệnh viện từ 06 tháng trở lên.\n"
         "2. Thời gian: từ ngày 10/7/2027 đến ngày 12/7/2027, tại thành phố Đà Lạt.\n"
         "3. Kinh phí: công đoàn chi mỗi đoàn viên 2.000.000 đồng; người nhà đi cùng tự đóng toàn bộ chi phí.\n"
         "4. Đăng ký: đoàn viên đăng ký với tổ trưởng công đoàn trước ngày 25/6/2027.\n"
         "5. Tạo điều kiện cho nữ đoàn viên có con nhỏ dưới 36 tháng tuổi đưa con đi cùng.\n\n"
         "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nLê Thị Ngọc Ánh\n")

assistant = assistant_fixture("qd11_phuc_loi.txt", _WELFARE, ("tb04_keo_co.txt", _TUG_OF_WAR),
                              ("tb19_tham_quan.txt", _TRIP))


# Before, the day and the count asked abstained (a number the question names that no line holds) and the amount was
# quoted with no verdict, leaving the wrong claim standing; a claim denied is said with the line's own value.
@pytest.mark.parametrize("question, verdict, stated", [
    ("Tổ công đoàn gửi hồ sơ đề nghị hỗ trợ trước ngày 20/12/2027 phải không?", "Không, văn bản ghi 15/12/2027.",
     "15/12/2027"),
    ("Hồ sơ đề nghị hỗ trợ gửi Văn phòng công đoàn trước ngày 15/12/2027 đúng không?", "Có.", "15/12/2027"),
    ("Đoàn viên bị tai nạn lao động được hỗ trợ 2 triệu đồng có đúng không?", "Không, văn bản ghi 1.500.000 đồng.",
     "1.500.000 đồng"),
    ("Đoàn viên bị tai nạn lao động được hỗ trợ 1,5 triệu đồng phải không?", "Có.", "1.500.000 đồng"),
    ("Có phải mỗi khoa đăng ký đội kéo co 10 người không?", "Không, văn bản ghi 08 người.", "08 người"),
])
def test_a_claimed_day_or_amount_is_confirmed_or_denied_by_the_line_stating_it(assistant, question, verdict, stated):
    answer = assistant.ask(question)
    assert answer.found and first_line(answer).startswith(verdict) and stated in first_line(answer), answer.answer


# Before, "Đoàn viên phải phẫu thuật: 800.000 đồng" answered a case the list does not name: its items stand straight
# under "Điều 1. …" with no lead-in, so they were not read as one list of cases.
@pytest.mark.parametrize("question, case", [
    ("Đoàn viên bị sốt xuất huyết nằm viện được công đoàn chi bao nhiêu?", "«sốt xuất huyết"),
    ("Đoàn viên bị tai nạn giao thông có được công đoàn hỗ trợ không?", "«tai nạn giao thông»"),
])
def test_a_case_a_headed_list_lacks_is_said_unnamed(assistant, question, case):
    answer = assistant.ask(question)
    assert not answer.found and case in first_line(answer) and "không nêu" in first_line(answer), answer.answer
    assert all(amount in answer.answer for amount in ("800.000 đồng", "1.500.000 đồng", "500.000 đồng")), answer.answer


def test_a_case_the_headed_list_names_gets_its_amount(assistant):
    answer = assistant.ask("Đoàn viên bị tai nạn lao động có được hỗ trợ không?")
    assert answer.found and first_line(answer).startswith("Có.") and "1.500.000" in first_line(answer), answer.answer


def test_an_amount_named_picks_the_line_stating_it(assistant):
    """Before, "Mỗi đoàn viên chỉ nhận một suất quà Tết" answered, sharing more of the question's words."""
    answer = assistant.ask("Suất quà Tết 1,2 triệu dành cho ai?")
    assert answer.found and "thương binh" in first_line(answer), answer.answer



# Before, the first was answered with the notice's other lines (reading as yes) and the second abstained: the
# condition was never set against the question.
@pytest.mark.parametrize("question", ["Chị mới về khoa Nội được 8 tháng có được đăng ký thi kéo co không?",
                                      "Thi kéo co có cho nam điều dưỡng tham gia không?"])
def test_someone_the_rule_is_not_for_is_answered_no_with_the_rule(assistant, question):
    answer = assistant.ask(question)
    assert answer.found and first_line(answer).startswith("Không.") and "Đối tượng" in first_line(answer), answer.answer


# Before, "Không." quoted a line that excludes no one: "tạo điều kiện" (make possible) was read as a condition, and
# "trong" of "trong bệnh viện" as the other member of "nước ngoài".
@pytest.mark.parametrize("question", ["Chuyến tham quan hè có cho nam đoàn viên đăng ký không?",
                                      "Công đoàn có tổ chức tham quan nước ngoài không?"])
def test_a_line_excluding_no_one_says_no_no(assistant, question):
    answer = assistant.ask(question)
    assert not first_line(answer).startswith("Không."), answer.answer


def test_a_labelled_line_confirms_its_day(assistant):
    """Before, "Đăng ký: đoàn viên …" was read as naming a case "đăng ký đoàn viên", not the registration asked."""
    answer = assistant.ask("Hạn đăng ký tham quan là 25/6/2027 phải không?")
    assert answer.found and first_line(answer).startswith("Có.") and "25/6/2027" in first_line(answer), answer.answer


def test_yes_is_said_of_the_clause_naming_the_case(assistant):
    """Before, "Có." opened a line whose other clause names the case asked, paying its own way."""
    answer = assistant.ask("Người nhà đi cùng có được công đoàn chi không?")
    assert not first_line(answer).startswith("Có."), answer.answer
