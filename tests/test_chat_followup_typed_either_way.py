"""A chat whose questions are typed one with diacritics and one without: a follow-up goes on from the question before
read as the user meant it, whichever way either was typed."""
from __future__ import annotations

import io

from bot.channels.terminal import run_chat
from tests.helpers import assistant_fixture

_COOKING = ("KẾ HOẠCH\nTổ chức Hội thi nấu ăn chào mừng ngày Phụ nữ Việt Nam 20/10/2027\n\n"
            "Ban Chấp hành Công đoàn Công ty Bình Minh xây dựng Kế hoạch tổ chức Hội thi nấu ăn như sau:\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Tạo sân chơi cho nữ đoàn viên, thu hút đông đảo đoàn viên tham gia.\n\n"
            "II. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: từ 8 giờ 00 ngày 18/10/2027.\n"
            "2. Địa điểm: Nhà ăn tập thể của Công ty, số 12 đường Lê Lợi.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Các tổ công đoàn đăng ký đội thi với Văn phòng trước ngày 10/10/2027.\n")

_FOOTBALL = ("KẾ HOẠCH\nTổ chức Giải bóng đá nam công nhân năm 2027\n\n"
             "Ban Chấp hành Công đoàn Công ty Bình Minh xây dựng Kế hoạch tổ chức Giải bóng đá như sau:\n\n"
             "I. MỤC ĐÍCH, YÊU CẦU\n1. Rèn luyện sức khỏe, thu hút đông đảo đoàn viên nam tham gia.\n\n"
             "II. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: từ 7 giờ 30 ngày 05/09/2027.\n"
             "2. Địa điểm: Sân vận động phường Tân Lập, số 3 đường Trần Hưng Đạo.\n\n"
             "III. TỔ CHỨC THỰC HIỆN\n1. Các tổ công đoàn đăng ký đội bóng với Văn phòng trước ngày 25/08/2027.\n")

plans = assistant_fixture("hoi-thi-nau-an.txt", _COOKING, ("giai-bong-da.txt", _FOOTBALL))


def test_a_follow_up_with_diacritics_after_a_question_without_them_is_answered(plans):
    """Before, "còn bóng đá thì sao?" after "hoi thi nau an to chuc o dau?" was understood as "bóng đá o dau?" (its
    words put into the frame typed without diacritics, a question read neither way) and told "không đề cập" though
    the football plan says where; the question before is read with its diacritics first."""
    out = io.StringIO()
    assert run_chat(plans, stdin=io.StringIO("hoi thi nau an to chuc o dau?\ncòn bóng đá thì sao?\n"), stdout=out) == 0
    first, then = out.getvalue().split("Bạn: ")[1:3]
    assert "Nhà ăn tập thể" in first, first
    assert "o dau" not in then and "không đề cập" not in then, then
    assert "Sân vận động phường Tân Lập" in then.split("Nguồn:")[0], then
