"""A judgement asked of a measured thing is answered by the line stating its measure; a question asking where and when
is answered by the event's own lines, each slot once. Invented documents, worded apart from any trial's."""
from __future__ import annotations

from tests.helpers import corpus_fixture, first_line

_DORM = ("TRƯỜNG CAO ĐẲNG Y TẾ THANH HÓA\nSố: 12/QĐ-CĐYT\nThanh Hóa, ngày 04 tháng 8 năm 2028\n\n"
         "QUYẾT ĐỊNH\nBan hành Quy định xét chỗ ở ký túc xá cho sinh viên năm học 2028 - 2029\n\n"
         "Điều 1. Điều kiện được xét ở ký túc xá\n"
         "1. Sinh viên có nơi thường trú cách trường từ 20 km trở lên.\n"
         "2. Sinh viên thuộc hộ nghèo, hộ cận nghèo có giấy xác nhận của Ủy ban nhân dân cấp xã.\n\n"
         "Điều 2. Phòng ở và lệ phí\n"
         "1. Mỗi phòng ở có diện tích sử dụng 30 m2, bố trí tối đa 06 sinh viên.\n"
         "2. Lệ phí ở ký túc xá là 250.000 đồng/sinh viên/tháng, nộp theo học kỳ.\n\n"
         "Điều 3. Tổ chức thực hiện\nPhòng Công tác sinh viên nhận đơn đăng ký ở ký túc xá trước ngày 20/8/2028.\n\n"
         "HIỆU TRƯỞNG\n\nLê Thị Hằng\n")

_GAMES = ("CÔNG ĐOÀN SỞ GIAO THÔNG VẬN TẢI TỈNH HÀ NAM\nSố: 07/KH-CĐ\nHà Nam, ngày 10 tháng 3 năm 2027\n\n"
          "KẾ HOẠCH\nTổ chức Hội thao chào mừng ngày thành lập ngành năm 2027\n\n"
          "I. MỤC ĐÍCH, YÊU CẦU\n1. Tạo sân chơi lành mạnh cho đoàn viên, người lao động trong ngành.\n\n"
          "II. NỘI DUNG\n1. Môn thi đấu: bóng bàn, cầu lông, kéo co.\n2. Thời gian: từ 7 giờ 30 ngày 24/4/2027.\n"
          "3. Địa điểm: Nhà thi đấu tỉnh, số 5 đường Trần Phú.\n\n"
          "III. TỔ CHỨC THỰC HIỆN\n"
          "1. Văn phòng Công đoàn gửi điều lệ Hội thao đến các công đoàn cơ sở trước ngày 05/4/2027.\n"
          "2. Các công đoàn cơ sở đăng ký vận động viên trước ngày 15/4/2027.\n"
          "3. Ban Tổ chức tổng kết Hội thao trước ngày 30/4/2027.\n\n"
          "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nNguyễn Văn Bình\n")

papers = corpus_fixture(("qd-ky-tuc-xa.txt", _DORM), ("kh-hoi-thao.txt", _GAMES))


def test_a_judgement_of_a_measured_thing_is_answered_with_its_measure_and_no_verdict(papers):
    """Before, "nhà ở xa trường thì có được ở ký túc xá không" and "phòng ký túc xá có chật không" were told the
    documents do not say: "xa" and "chật" stand in no line, which states the distance ("cách trường từ 20 km") and
    the room's area ("30 m2"). The line stating the measure answers; the judgement word sets no threshold, so no
    "Có."/"Không." is said."""
    for question, figure in (("nhà em ở xa trường thì có được ở ký túc xá không", "20 km"),
                             ("phòng ở ký túc xá có chật không", "30 m2")):
        answer = papers.ask(question)
        assert answer.found and figure in first_line(answer), answer.answer
        assert not first_line(answer).startswith(("Có.", "Không.")), answer.answer


def test_where_and_when_of_an_event_are_its_own_lines_not_another_line_read_as_a_slot(papers):
    """Before, "hội thao tổ chức ở đâu, ngày nào" quoted the plan's time line, then another document's line on sports
    events ("tổ chức các hoạt động văn hóa, thể thao …"), read as naming where something goes, and only then the
    plan's place line: "ở đâu" asks one slot (a place, or a body a paper goes to), which the "Địa điểm: …" line
    answers; a line answering it otherwise adds nothing asked."""
    for question in ("hội thao tổ chức ở đâu, ngày nào", "hội thao tổ chức ngày nào, ở đâu"):
        answer = papers.ask(question)
        assert answer.found and "24/4/2027" in answer.answer and "Nhà thi đấu tỉnh" in answer.answer, answer.answer
        assert {c.passage.doc_id for c in answer.citations} == {"kh-hoi-thao.txt"}, answer.answer
        assert "05/4/2027" not in answer.answer, answer.answer
