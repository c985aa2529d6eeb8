"""One message, two asks: one subject asked two things in a row ("X tổ chức lúc nào ở đâu"): each part answered with
its own citation. Wordings and the
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
    "Mỗi khoa, phòng cử 01 đội gồm 03 thành viên; danh sách đội gửi về đồng chí Lê Thanh Hà, ủy viên Ban chấp hành, "
    "chậm nhất ngày 03/3/2027.",
    "2. Hội thao bóng chuyền hơi nữ",
    "Thời gian: 15 giờ 30 ngày 07/3/2027.",
    "Địa điểm: Nhà thi đấu Trung tâm Văn hóa huyện.",
    "Giải thưởng: giải Nhất 2.000.000 đồng; giải Nhì 1.200.000 đồng.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH", "Phạm Thị Thu\n"])

assistant = assistant_fixture("tb31-phu-nu.txt", _NOTICE)


@pytest.mark.parametrize("message, expected", [
    ("hội thao bóng chuyền hơi tổ chức lúc nào ở đâu", ["hội thao bóng chuyền hơi tổ chức lúc nào", "ở đâu"]),
    ("hội thi cắm hoa bắt đầu mấy giờ tại đâu", ["hội thi cắm hoa bắt đầu mấy giờ", "tại đâu"]),
    # a deadline named, then asked when: one ask ("hạn chót" says what "khi nào" asks), not "hạn chót" on its own
    ("danh sách đội thi gửi cho ai và hạn chót khi nào", ["danh sách đội thi gửi cho ai", "và hạn chót khi nào"]),
])
def test_one_subject_asked_two_things_in_a_row_is_two_parts(message, expected):
    assert parts(message) == expected


@pytest.mark.parametrize("message", ["kinh phí bao nhiêu tiền",
                                     "lãi suất cho vay giảm bao nhiêu phần trăm",
                                     "hội thi có bao nhiêu người tham dự ở đâu"])
def test_one_thing_asked_stays_one_part(message):
    assert parts(message) == [message]


def test_when_and_where_are_both_answered(assistant):
    """Before, only the time was answered."""
    answer = assistant.ask("hội thao bóng chuyền hơi tổ chức lúc nào ở đâu")
    assert "07/3/2027" in answer.answer and "Nhà thi đấu" in answer.answer, answer.answer


def test_the_deadline_of_the_subject_is_not_what_falls_due_soon(assistant):
    """Before, "hạn chót" was cut from its "khi nào" and read alone as "what falls due soon": a digest of deadlines."""
    answer = assistant.ask("danh sách đội thi gửi cho ai và hạn chót khi nào")
    assert "Lê Thanh Hà" in answer.answer and "03/3/2027" in answer.answer, answer.answer
    assert answer.mode != "deadlines" and "đến hạn" not in answer.answer, answer.answer


_GUIDE = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH AN PHÚ\nSố: 14/HD-UBND\nAn Phú, ngày 10 tháng 4 năm 2029",
    "HƯỚNG DẪN\nHỗ trợ hộ gia đình bị thiệt hại nhà ở do thiên tai",
    "1. Mức hỗ trợ: nhà bị sập đổ hoàn toàn 40.000.000 đồng/hộ; nhà bị hư hỏng nặng 20.000.000 đồng/hộ.",
    "2. Đối với khoản hỗ trợ từ ngân sách tỉnh: Ủy ban nhân dân xã lập hồ sơ, gửi Sở Tài chính trong thời hạn 20 ngày "
    "kể từ ngày thiên tai xảy ra. Quá thời hạn trên, Sở Tài chính không xem xét giải quyết.",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đoàn Văn Lực\n"])

guide = assistant_fixture("hd14-thien-tai.txt", _GUIDE)


def test_how_long_and_what_if_late_are_both_answered_though_the_body_asked_of_acts_in_the_second(guide):
    """"Hồ sơ xin Sở Tài chính hỗ trợ gửi trong bao lâu, quá hạn thì sao": the body named is whom the file asks, not
    who must send it; before, the line where it acts ("Quá thời hạn trên, Sở Tài chính không xem xét …") led the
    answer alone and the time limit was said not to be stated."""
    answer = guide.ask("Hồ sơ xin Sở Tài chính hỗ trợ phải gửi trong bao lâu, quá hạn thì sao?")
    assert answer.found and "20 ngày" in answer.answer and "không xem xét" in answer.answer, answer.answer
