"""A question asking only where ("… ở đâu") is answered by a line naming a place (a "Địa điểm:" line, "tại …") or
whom something goes to, never by a line sharing its words on another matter. Invented documents, worded apart from
any trial's: a school union's notice of a sports day and a singing contest, and a year plan naming those activities
without a place."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture, first_line

NOTICE = ("CÔNG ĐOÀN TRƯỜNG THCS HÒA BÌNH\nSố: 07/TB-CĐ\nHòa Bình, ngày 02 tháng 3 năm 2027\n\n"
          "THÔNG BÁO\nVề việc tổ chức Hội thao và Hội thi tiếng hát giáo viên chào mừng ngày 26/3\n\n"
          "1. Hội thao giáo viên\nThời gian: 7 giờ 00 ngày 20/3/2027.\nĐịa điểm: Nhà thi đấu đa năng của trường.\n\n"
          "2. Hội thi tiếng hát giáo viên\nThời gian: 14 giờ 00 ngày 24/3/2027.\nĐịa điểm: Phòng đa năng, tầng 3.\n"
          "Mỗi tổ chuyên môn đăng ký tối thiểu 02 tiết mục, gửi danh sách về đồng chí Phạm Thu Hà trước ngày 15/3/2027."
          "\n\nTM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nĐỗ Minh Khang\n")

PLAN = ("CÔNG ĐOÀN TRƯỜNG THCS HÒA BÌNH\nSố: 01/KH-CĐ\nHòa Bình, ngày 05 tháng 1 năm 2027\n\n"
        "KẾ HOẠCH\nHoạt động công đoàn năm 2027\n\n"
        "I. NHIỆM VỤ\n1. Tổ chức các hoạt động văn nghệ, thể dục thể thao, hội thi tiếng hát chào mừng các ngày lễ lớn.\n"
        "2. Vận động giáo viên tham gia hội thao, giữ gìn sức khỏe, đoàn kết trong tập thể.\n\n"
        "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nĐỗ Minh Khang\n")

school = assistant_fixture("tb07_hoi_thao.txt", NOTICE, ("kh01_nam_2027.txt", PLAN))
plan_only = assistant_fixture("kh01_nam_2027.txt", PLAN)

WHERE = ["hội thi tiếng hát giáo viên tổ chức ở đâu", "hoi thao giao vien o dau"]


@pytest.mark.parametrize("question", WHERE)
def test_where_is_answered_by_the_place(school, question):
    answer = school.ask(question)
    assert answer.found and "Địa điểm" in first_line(answer), answer.answer


def test_where_to_send_is_answered_by_whom_it_goes_to(school):
    answer = school.ask("danh sách tiết mục gửi ở đâu")
    assert answer.found and "Phạm Thu Hà" in first_line(answer), answer.answer


# Before, the plan's line on the same activities was stated confidently as where they are held.
@pytest.mark.parametrize("question", WHERE)
def test_where_is_not_answered_by_a_line_naming_no_place(plan_only, question):
    answer = plan_only.ask(question)
    assert not answer.found, answer.answer
