"""A deadline asked ("hạn chót nộp hồ sơ …") of a notice stating it only as the end of a window ("Phát hành và tiếp
nhận hồ sơ: từ … đến 16 giờ 30 phút ngày 20 tháng 3 …") is answered by that line — not by the conditions of taking
part, which repeat more of the question's words and give no day. The notice is this file's own, invented."""
from __future__ import annotations

import pytest

from bot.answer.question import DEADLINE, states
from tests.helpers import assistant_fixture

_NOTICE = "\n\n".join([
    "TRUNG TÂM Y TẾ HUYỆN BÌNH MINH\nSố: 41/TB-TTYT\nBình Minh, ngày 20 tháng 02 năm 2027",
    "THÔNG BÁO\nTuyển dụng nhân viên lái xe cứu thương năm 2027",
    "1. Vị trí tuyển dụng: 02 nhân viên lái xe cứu thương làm việc tại Trung tâm Y tế huyện Bình Minh.",
    "2. Đối tượng và điều kiện dự tuyển",
    "a) Công dân Việt Nam từ đủ 18 tuổi, có giấy phép lái xe hạng C trở lên, có đơn đăng ký dự tuyển lái xe cứu "
    "thương theo mẫu và nộp đủ hồ sơ dự tuyển, lệ phí dự tuyển.",
    "b) Mỗi người chỉ được nộp hồ sơ dự tuyển vào một vị trí.",
    "3. Lệ phí dự tuyển: 300.000 đồng/người, không hoàn trả.",
    "4. Thời gian, địa điểm phát hành và tiếp nhận hồ sơ",
    "- Phát hành và tiếp nhận hồ sơ: từ 7 giờ 30 phút ngày 02 tháng 3 năm 2027 đến 16 giờ 30 phút ngày 20 tháng 3 năm "
    "2027 (trong giờ hành chính) tại phòng Tổ chức - Hành chính của Trung tâm.",
    "- Sát hạch tay nghề: ngày 28 tháng 3 năm 2027 tại sân Trung tâm.",
    "5. Người trúng tuyển ký hợp đồng lao động trong thời hạn 10 ngày kể từ ngày có thông báo kết quả.",
    "GIÁM ĐỐC\nTrần Văn Bình\n"])

notice = assistant_fixture("tb41-tuyen-lai-xe.txt", _NOTICE)


@pytest.mark.parametrize("line", ["từ ngày 02/3 đến 16 giờ 30 phút ngày 20/3/2027 tiếp nhận hồ sơ",
                                  "nhận hồ sơ đến 17h00 ngày 01 tháng 7"])
def test_the_end_of_a_window_states_a_deadline(line):
    """The closing moment of a window (a time of day on a day) is a day to act by."""
    assert states(DEADLINE, line)


@pytest.mark.parametrize("line", ["Hội thao diễn ra từ ngày 24/7/2027 đến ngày 26/7/2027.",
                                  "Thẻ được sử dụng đến hết ngày 30 tháng 9 năm 2027."])
def test_a_span_or_a_last_day_held_is_no_deadline(line):
    """A span of days a thing lasts, or the last day a card holds, says when, no day to act by."""
    assert not states(DEADLINE, line)


def test_a_deadline_asked_is_the_end_of_the_window_to_hand_in(notice):
    """Before, the conditions of taking part were quoted ("… nộp đủ hồ sơ dự tuyển …"), with no day."""
    answer = notice.ask("Hạn chót nộp hồ sơ dự tuyển lái xe cứu thương là khi nào?")
    assert answer.found, answer.answer
    first = answer.answer.splitlines()[0]
    assert "16 giờ 30 phút ngày 20 tháng 3 năm 2027" in first, answer.answer
