"""An amount asked "bao nhiêu tiền": the unit asks the kind of fact (money), which the line stating the amount gives
in "đồng"; the subject words still must be held. Invented document, worded apart from any trial's."""
from __future__ import annotations

from tests.helpers import corpus_fixture

_RELIEF = ("CÔNG ĐOÀN TRƯỜNG TRUNG HỌC PHỔ THÔNG NGHI LỘC 2\nSố: 17/QĐ-CĐ\nNghi Lộc, ngày 05 tháng 11 năm 2028\n\n"
           "QUYẾT ĐỊNH\nVề việc trợ cấp đoàn viên bị thiệt hại do lũ lụt năm 2028\n\n"
           "BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG\n\nQUYẾT ĐỊNH:\n\n"
           "Điều 1. Trợ cấp cho 12 đoàn viên có nhà bị ngập do lũ lụt tháng 10 năm 2028, mỗi đoàn viên 2.000.000 đồng. "
           "Tổng số tiền là 24.000.000 đồng.\n\n"
           "Điều 2. Nguồn chi từ quỹ xã hội của Công đoàn trường; chi trả xong trước ngày 20/11/2028.\n\n"
           "Điều 3. Quyết định có hiệu lực từ ngày ký. Tổ Văn phòng và các tổ công đoàn chịu trách nhiệm thi hành.\n\n"
           "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nNguyễn Đình Khoa\n")

relief = corpus_fixture(("qd-tro-cap-lu.txt", _RELIEF))


def test_an_amount_asked_in_tien_is_answered_by_the_line_giving_it_in_dong(relief):
    """Before, "bao nhiêu tiền" abstained while citing the line "mỗi đoàn viên 2.000.000 đồng": "tiền" was counted as
    a topic word, and the total line writing "số tiền" made the per-member line seem to measure another thing."""
    for question in ("trợ cấp cho mỗi đoàn viên là bao nhiêu tiền", "trợ cấp lũ lụt bao nhiêu tiền một người"):
        answer = relief.ask(question)
        assert answer.found and "mỗi đoàn viên 2.000.000 đồng" in answer.answer.split("\n")[0], answer.answer


def test_an_amount_for_another_subject_is_not_given_for_the_one_asked(relief):
    """The unit no longer counts as a topic word, but the subject still does: an amount for flood damage is no
    answer to what is paid for a road accident."""
    answer = relief.ask("đoàn viên bị tai nạn giao thông được trợ cấp bao nhiêu tiền")
    assert not (answer.found and "2.000.000" in answer.answer.split("\n")[0]), answer.answer
