"""The line stating the kind of fact asked leads the answer: who receives a benefit ("… cho ai"), a deadline asked as
"hạn chót …", where money comes from ("… quỹ nào"), a plan's aim ("… mục tiêu gì"). Invented documents, worded apart
from any trial's."""
from __future__ import annotations

from tests.helpers import corpus_fixture, first_line, ingested

_AID = ("CÔNG ĐOÀN TRƯỜNG THPT LÊ LỢI\nSố: 18/QĐ-CĐ\nThọ Xuân, ngày 02 tháng 3 năm 2027\n\n"
        "QUYẾT ĐỊNH\nVề việc hỗ trợ đoàn viên điều trị bệnh dài ngày năm 2027\n\n"
        "Căn cứ Điều lệ Công đoàn Việt Nam;\nXét đề nghị của Ban Nữ công và Tổ Văn phòng,\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Hỗ trợ cho 06 đoàn viên đang điều trị bệnh dài ngày, mỗi đoàn viên 1.500.000 đồng.\n\n"
        "Điều 2. Kinh phí chi từ quỹ phúc lợi của Công đoàn trường. Việc trao tiền hoàn thành trước ngày 15/4/2027.\n\n"
        "Điều 3. Quyết định có hiệu lực từ ngày ký. Tổ Văn phòng, Ban Tài chính và các đoàn viên có tên tại Điều 1 "
        "chịu trách nhiệm thi hành Quyết định này.\n\n"
        "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nLê Thị Hoa\n")

_FESTIVAL = ("CÔNG ĐOÀN CÔNG TY TNHH DỆT KIM PHÚ AN\nSố: 03/KH-CĐ\nBình Dương, ngày 05 tháng 4 năm 2027\n\n"
             "KẾ HOẠCH\nTổ chức Ngày hội văn hóa công nhân năm 2027\n\n"
             "I. MỤC ĐÍCH, YÊU CẦU\n1. Tạo sân chơi lành mạnh, gắn bó người lao động với doanh nghiệp.\n"
             "2. Phát hiện, bồi dưỡng hạt nhân văn nghệ trong công nhân.\n\n"
             "II. NỘI DUNG\n1. Hội diễn văn nghệ của các phân xưởng trong Ngày hội văn hóa công nhân.\n"
             "2. Thi nấu ăn giữa các tổ công đoàn trong Ngày hội văn hóa công nhân.\n"
             "3. Triển lãm ảnh về đời sống công nhân tại Ngày hội văn hóa công nhân.\n\n"
             "III. TỔ CHỨC THỰC HIỆN\n1. Các tổ công đoàn đăng ký tiết mục về Văn phòng Công đoàn.\n\n"
             "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nVõ Minh Tâm\n")

_LETTER = ("CÔNG ĐOÀN CÔNG TY XI MĂNG HOÀNG MAI\nSố: 21/CĐ-VP\nV/v hướng dẫn tổ chức Bữa cơm công đoàn năm 2027\n\n"
           "Nghệ An, ngày 10 tháng 8 năm 2027\n\nKính gửi: Các tổ công đoàn.\n\n"
           "Thực hiện Kế hoạch số 15/KH-LĐLĐ của Liên đoàn Lao động tỉnh Nghệ An, Ban Chấp hành Công đoàn Công ty "
           "hướng dẫn các tổ công đoàn như sau:\n"
           "1. Mỗi tổ công đoàn tổ chức ít nhất một bữa ăn chung cho đoàn viên trong quý III.\n"
           "2. Các tổ gửi hình ảnh về Văn phòng Công đoàn trước ngày 30/9/2027.\n\n"
           "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐinh Văn Quang\n")


aid = corpus_fixture(("qd-ho-tro.txt", _AID))


def test_who_receives_is_the_line_granting_the_benefit_not_who_carries_the_decision_out(aid):
    """Before, "… hỗ trợ cho ai" was read as asking who acts ("ai") or whom something is sent to ("cho ai"): the line
    naming the bodies that carry the decision out ("… chịu trách nhiệm thi hành") came first, the 06 members after."""
    for question in ("quyết định 18 hỗ trợ cho ai?", "quyet dinh 18 ho tro cho nhung doi tuong nao"):
        answer = aid.ask(question)
        assert answer.found and first_line(answer).startswith("Điều 1. Hỗ trợ cho 06 đoàn viên"), answer.answer


def test_a_deadline_and_a_fund_asked_of_a_decision_are_its_lines_stating_them(aid):
    """Before, "hạn chót trao tiền …" and "… lấy từ nguồn nào" were told "không đề cập": "hạn chót", "nguồn" count as
    the question's topic, and the lines ("… hoàn thành trước ngày 15/4/2027", "Kinh phí chi từ quỹ phúc lợi …") never
    repeat them. They ask the kind of fact, which those lines state."""
    due = aid.ask("hạn chót trao tiền hỗ trợ là khi nào")
    assert due.found and "trước ngày 15/4/2027" in first_line(due), due.answer
    fund = aid.ask("tiền hỗ trợ đoàn viên điều trị bệnh lấy từ nguồn nào?")
    assert fund.found and "quỹ phúc lợi" in first_line(fund), fund.answer


def test_a_plans_aim_is_quoted_from_its_aims_heading_not_its_activities(assistant, tmp_path):
    """Before, "… có mục tiêu gì" quoted an activity of the plan: no line under "I. MỤC ĐÍCH, YÊU CẦU" repeats "mục
    tiêu", and the activities repeat the title's words the question names the plan by."""
    ingested(assistant, tmp_path, "kh-ngay-hoi.txt", _FESTIVAL)
    answer = assistant.ask("kế hoạch ngày hội văn hóa công nhân có mục tiêu gì")
    assert answer.found, answer.answer
    assert first_line(answer).startswith(("Tạo sân chơi", "Phát hiện, bồi dưỡng")), answer.answer


def test_asked_what_in_the_words_of_a_letters_title_its_title_answers(assistant, tmp_path):
    """Before, "công văn 21 hướng dẫn gì" quoted the letter's preamble ("Thực hiện Kế hoạch số 15 …"): "hướng dẫn" is
    in its title only, and only "về việc gì", "nói gì" asked for the title. Asked a word its title does not hold, the
    passages answer as before."""
    ingested(assistant, tmp_path, "cv-bua-com.txt", _LETTER)
    for question in ("công văn 21 hướng dẫn gì?", "cong van 21 cua cong doan cong ty huong dan cai gi"):
        answer = assistant.ask(question)
        assert answer.found and "V/v hướng dẫn tổ chức Bữa cơm công đoàn" in first_line(answer), answer.answer
    other = assistant.ask("công văn 21 yêu cầu gửi gì về Văn phòng Công đoàn?")
    assert "V/v" not in first_line(other), other.answer
