"""The line that states the fact asked: an event's own labelled line, the day data is counted to, a count written
with its thousands grouped, the holder of a post. Invented documents, worded apart from any trial's."""
from __future__ import annotations

from tests.helpers import corpus_fixture, first_line, ingested

_TOURNAMENT = ("CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA HUYỆN TÂN KỲ\nSố: 09/KH-CĐ\nTân Kỳ, ngày 02 tháng 3 năm 2028\n\n"
               "KẾ HOẠCH\nTổ chức Giải cầu lông hưởng ứng Tháng Công nhân năm 2028\n\n"
               "I. MỤC ĐÍCH\n1. Rèn luyện sức khỏe cho đoàn viên, người lao động của bệnh viện.\n\n"
               "II. NỘI DUNG\n1. Thời gian: từ ngày 12/5/2028 đến ngày 14/5/2028.\n"
               "2. Địa điểm: nhà thi đấu huyện Tân Kỳ.\n\n"
               "III. TỔ CHỨC THỰC HIỆN\n"
               "1. Ban Chấp hành ban hành điều lệ giải cầu lông trước ngày 20/3/2028.\n"
               "2. Các khoa, phòng đăng ký vận động viên dự giải cầu lông trước ngày 10/4/2028.\n"
               "3. Tổ Văn phòng mua cầu, vợt phục vụ giải cầu lông trước ngày 25/4/2028.\n"
               "4. Tổ Y tế chuẩn bị thuốc cho giải cầu lông trước ngày 05/5/2028.\n"
               "5. Trọng tài tập huấn luật giải cầu lông trước ngày 08/5/2028.\n"
               "6. Ban Tổ chức tổng kết giải cầu lông và báo cáo Đảng ủy trước ngày 30/5/2028.\n"
               "7. Tổ Văn phòng quyết toán kinh phí giải cầu lông trước ngày 15/6/2028.\n"
               "8. Ban Chấp hành khen thưởng vận động viên giải cầu lông trước ngày 20/6/2028.\n\n"
               "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nHoàng Văn Lộc\n")

_TRIP = ("CÔNG ĐOÀN CÔNG TY CỔ PHẦN GẠCH MEN THÁI BÌNH\nSố: 11/TB-CĐ\nThái Bình, ngày 03 tháng 6 năm 2028\n\n"
         "THÔNG BÁO\nVề việc tổ chức tham quan du lịch cho đoàn viên năm 2028\n\n"
         "1. Thời gian: từ ngày 10/8/2028 đến ngày 12/8/2028. Địa điểm: biển Cửa Lò, Nghệ An.\n"
         "2. Mỗi đoàn viên được hỗ trợ 1.800.000 đồng; người nhà đi cùng tự đóng kinh phí.\n"
         "3. Các tổ công đoàn gửi danh sách về Văn phòng Công đoàn trước ngày 25/7/2028.\n\n"
         "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPhan Thị Thu\n")

_LETTER = ("HỘI CỰU GIÁO CHỨC HUYỆN YÊN THÀNH\nSố: 04/CV-HCGC\nV/v thống kê hội viên năm 2028\n\n"
           "Yên Thành, ngày 01 tháng 11 năm 2028\n\nKính gửi: Các chi hội cựu giáo chức.\n\n"
           "1. Thống kê số hội viên, số chi hội đến ngày 31/12/2028 theo mẫu gửi kèm.\n"
           "2. Gửi báo cáo thống kê hội viên về Văn phòng Hội trước ngày 15/01/2029.\n"
           "3. Phấn đấu kết nạp mới 2.300 hội viên trong năm 2029.\n\n"
           "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nĐậu Văn Tâm\n")

# The letter and the notice, loaded once for the tests asking of them (each document beside the other).
papers = corpus_fixture(("cv-thong-ke.txt", _LETTER), ("tb-tham-quan.txt", _TRIP))


def test_an_events_own_time_line_answers_when_it_is_held_not_a_duty_naming_it(assistant, tmp_path):
    """Before, "giải cầu lông diễn ra ngày nào" quoted "ban hành điều lệ giải cầu lông trước ngày 20/3": the plan's line
    "Thời gian: từ ngày 12/5 …" names no word of the question (its title does) and search ranked the eight duty lines
    naming the event above it. A deadline is when a duty is due, not when the event is held."""
    ingested(assistant, tmp_path, "kh-cau-long.txt", _TOURNAMENT)
    for question in ("giải cầu lông diễn ra ngày nào?", "giai cau long to chuc khi nao"):
        answer = assistant.ask(question)
        assert answer.found and first_line(answer).startswith("Thời gian: từ ngày 12/5/2028"), answer.answer
    where = assistant.ask("giải cầu lông tổ chức ở đâu")
    assert where.found and first_line(where).startswith("Địa điểm: nhà thi đấu"), where.answer


def test_a_place_written_after_the_time_on_one_line_answers_where(papers):
    """Before, "đi tham quan du lịch ở đâu?" quoted the support money: "Địa điểm: …" follows "Thời gian: …" on one
    line, and only a label opening its line was read as one."""
    answer = papers.ask("tham quan du lịch ở đâu?")
    assert answer.found and first_line(answer).startswith("Địa điểm: biển Cửa Lò"), answer.answer
    when = papers.ask("tham quan du lịch ngày nào")
    assert when.found and first_line(when).startswith("Thời gian: từ ngày 10/8/2028"), when.answer


def test_the_day_data_is_counted_to_is_not_the_day_the_report_is_due(papers):
    """Before, "báo cáo thống kê hội viên tính đến ngày nào" quoted the day the count is to be sent ("trước ngày
    15/01/2029"); asked the deadline, the sending day answers. And "kết nạp mới bao nhiêu hội viên" was told "không đề
    cập con số": "2.300 hội viên", its thousands grouped by a dot, was read as no count."""
    counted = papers.ask("báo cáo thống kê hội viên tính đến ngày nào?")
    assert counted.found and "31/12/2028" in first_line(counted), counted.answer
    due = papers.ask("hạn chót gửi báo cáo thống kê là ngày nào?")
    assert due.found and "15/01/2029" in first_line(due), due.answer
    joined = papers.ask("chi hội phải kết nạp mới bao nhiêu hội viên?")
    assert joined.found and "2.300 hội viên" in first_line(joined), joined.answer


def test_who_holds_a_post_is_read_from_the_signature_of_the_bodys_document(papers):
    """Before, "ai là chủ tịch hội cựu giáo chức …" was told "không đề cập": no sentence says it, the signature of the
    letter the Hội issued does ("TM. BAN CHẤP HÀNH / CHỦ TỊCH / Đậu Văn Tâm"). A deputy's signature ("KT. CHỦ TỊCH /
    PHÓ CHỦ TỊCH") does not name the head."""
    for question in ("ai là chủ tịch hội cựu giáo chức huyện Yên Thành?",
                     "chu tich hoi cuu giao chuc huyen yen thanh la ai"):
        answer = papers.ask(question)
        assert answer.found and "Đậu Văn Tâm" in answer.answer, answer.answer
    head = papers.ask("ai là chủ tịch công đoàn công ty cổ phần gạch men Thái Bình?")
    assert "Phan Thị Thu" not in head.answer, head.answer
    deputy = papers.ask("ai là phó chủ tịch công đoàn công ty cổ phần gạch men Thái Bình?")
    assert deputy.found and "Phan Thị Thu" in deputy.answer, deputy.answer


_NOTICE = ("CÔNG ĐOÀN DỆT MAY VIỆT NAM\nCÔNG ĐOÀN CÔNG TY CỔ PHẦN\nMAY PHÚ HÒA\nSố: 21/TB-CĐ\n"
           "Phú Hòa, ngày 03 tháng 6 năm 2028\n\nTHÔNG BÁO\nVề việc tổ chức tham quan cho đoàn viên năm 2028\n\n"
           "1. Thời gian: từ ngày 10/8/2028 đến ngày 12/8/2028. Địa điểm: biển Quy Nhơn.\n"
           "2. Mỗi đoàn viên được hỗ trợ 1.500.000 đồng.\n\nTM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nLê Văn Hùng\n")


def test_a_bodys_name_broken_over_two_header_lines_is_named_whole(assistant, tmp_path):
    """Before, "ai là chủ tịch công đoàn công ty may phú hòa" was told "Chủ tịch May Phú Hòa là …": the issuer's name,
    printed over two lines ("CÔNG ĐOÀN CÔNG TY CỔ PHẦN / MAY PHÚ HÒA"), was read as its last line only."""
    ingested(assistant, tmp_path, "tb-tham-quan-phu-hoa.txt", _NOTICE)
    answer = assistant.ask("ai là chủ tịch công đoàn công ty may phú hòa?")
    assert answer.found and "Chủ tịch Công đoàn Công ty cổ phần May Phú Hòa là Lê Văn Hùng" in answer.answer, \
        answer.answer
