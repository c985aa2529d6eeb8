"""One message, two asks: two subjects asked one thing ("X và Y ngày nào") or one subject asked two things in a row
("X tổ chức lúc nào ở đâu"): each part answered with its own citation, or said not to be stated. Wordings and the
document are this file's own, invented."""
from __future__ import annotations

import pytest

from bot.answer.compound import parts
from tests.helpers import assistant_fixture

pytestmark = pytest.mark.slow

_NOTICE = "\n\n".join([
    "CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA HUYỆN KIM SƠN\nBAN CHẤP HÀNH\nSố: 31/TB-CĐ\nNinh Bình, ngày 01 tháng 3 năm 2027",
    "THÔNG BÁO\nVề các hoạt động chào mừng ngày Quốc tế Phụ nữ 8/3",
    "1. Hội thi cắm hoa nghệ thuật",
    "Thời gian: 9 giờ 00 ngày 06/3/2027.",
    "Mỗi khoa, phòng cử 01 đội gồm 03 thành viên.",
    "2. Hội thao bóng chuyền hơi nữ",
    "Thời gian: 15 giờ 30 ngày 07/3/2027.",
    "Địa điểm: Nhà thi đấu Trung tâm Văn hóa huyện.",
    "Giải thưởng: giải Nhất 2.000.000 đồng; giải Nhì 1.200.000 đồng.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH", "Phạm Thị Thu\n"])

assistant = assistant_fixture("tb31-phu-nu.txt", _NOTICE)


@pytest.mark.parametrize("message, expected", [
    ("hội thi cắm hoa và hội thao bóng chuyền hơi ngày nào", ["hội thi cắm hoa ngày nào", "hội thao bóng chuyền hơi ngày nào"]),
    ("hội thao bóng chuyền hơi tổ chức lúc nào ở đâu", ["hội thao bóng chuyền hơi tổ chức lúc nào", "ở đâu"]),
    ("hội thi cắm hoa bắt đầu mấy giờ tại đâu", ["hội thi cắm hoa bắt đầu mấy giờ", "tại đâu"]),
])
def test_two_subjects_asked_one_thing_and_one_subject_asked_two_are_two_parts(message, expected):
    assert parts(message) == expected


@pytest.mark.parametrize("message", ["mục đích và yêu cầu của kế hoạch là gì", "kinh phí bao nhiêu tiền",
                                     "lãi suất cho vay giảm bao nhiêu phần trăm",
                                     "hội thi có bao nhiêu người tham dự ở đâu"])
def test_one_thing_asked_stays_one_part(message):
    assert parts(message) == [message]


def test_both_subjects_dates_are_answered_each_cited(assistant):
    """Before, only the last subject's date was answered."""
    answer = assistant.ask("hội thi cắm hoa và hội thao bóng chuyền hơi ngày nào")
    assert "06/3/2027" in answer.answer and "07/3/2027" in answer.answer, answer.answer
    assert all("[" in line for line in answer.answer.split("\n")), answer.answer


def test_when_and_where_are_both_answered(assistant):
    """Before, only the time was answered."""
    answer = assistant.ask("hội thao bóng chuyền hơi tổ chức lúc nào ở đâu")
    assert "07/3/2027" in answer.answer and "Nhà thi đấu" in answer.answer, answer.answer


def test_the_part_a_document_does_not_state_is_said_not_to_be_stated(assistant):
    answer = assistant.ask("hội thi cắm hoa tổ chức lúc nào ở đâu")
    lines = answer.answer.split("\n")
    assert "06/3/2027" in lines[0] and "Nhà thi đấu" not in answer.answer, answer.answer
    assert any("ở đâu" in line and "không nêu rõ" in line for line in lines), answer.answer
