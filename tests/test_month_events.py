"""A month asked ("tháng 4 năm 2027 công đoàn có những việc gì") is answered with what is dated in it: its deadlines,
then the lines stating one of its days (an event's own day, which no deadline says), never a line of another month.
The plan and its wording are this file's own, invented."""
from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import assistant_fixture

pytestmark = pytest.mark.slow

_PLAN = "\n\n".join([
    "CÔNG ĐOÀN CÔNG TY CỔ PHẦN GẠCH MEN THANH HẢI\nSố: 09/KH-CĐ\nHải Dương, ngày 10 tháng 4 năm 2027",
    "KẾ HOẠCH\nTổ chức các hoạt động Tháng An toàn lao động năm 2027",
    "Căn cứ Kế hoạch số 03/KH-LĐLĐ ngày 15/4/2027 của Liên đoàn Lao động thành phố;",
    "I. NỘI DUNG",
    "1. Mít tinh hưởng ứng Tháng An toàn lao động: tổ chức lúc 7 giờ 00 ngày 22/4/2027 tại sân phân xưởng nung.",
    "2. Các tổ công đoàn gửi danh sách an toàn vệ sinh viên về Ban Nữ công trước ngày 28/4/2027.",
    "3. Hội thao kéo co giữa các phân xưởng tổ chức ngày 14/5/2027 tại sân vận động công ty.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH", "Vũ Đình Khải\n"])

assistant = assistant_fixture("kh09-an-toan.txt", _PLAN)


def test_a_month_asked_gives_its_dated_events_and_no_other_month(assistant):
    """Before, the question was searched: the May line came with April's, the mít tinh (an event, no deadline) did not."""
    assistant.settings = assistant.settings.model_copy(update={"today": date(2027, 4, 12)})
    answer = assistant.ask("tháng 4 năm 2027 công đoàn phải làm những việc gì")
    assert "28/4/2027" in answer.answer and "22/4/2027" in answer.answer, answer.answer
    assert "14/5/2027" not in answer.answer, answer.answer
    assert "Căn cứ" not in answer.answer and "Hải Dương, ngày" not in answer.answer, answer.answer
