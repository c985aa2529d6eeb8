"""A count asked of a document named by the body that issued it ("công đoàn công ty may …") is given by the line
counting it. "mấy" asks a count, "may" (sew, luck) is a word of its own: typed with diacritics, a question's plain "may"
is no cue ("công ty may", a garment company). And a word folding to a number word ("tạm": "tám") counts nothing.
Invented documents, worded apart from any trial's: a garment company's union relieving members after a flood, and a
care plan with no count."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture

RELIEF = ("CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY HƯNG PHÁT\nSố: 14/QĐ-CĐ\nHưng Phát, ngày 20 tháng 10 năm 2027\n\n"
          "QUYẾT ĐỊNH\nVề việc trợ cấp đoàn viên bị thiệt hại do lũ lụt\n\n"
          "BAN CHẤP HÀNH CÔNG ĐOÀN CÔNG TY\n\nQUYẾT ĐỊNH:\n\n"
          "Điều 1. Trợ cấp cho 32 đoàn viên có nhà bị ngập do lũ tháng 10 năm 2027, mỗi đoàn viên 1.500.000 đồng.\n\n"
          "Điều 2. Kinh phí lấy từ quỹ xã hội của Công đoàn Công ty.\n\n"
          "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nTrần Thị Nga\n")

CARE = ("CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY HƯNG PHÁT\nSố: 05/KH-CĐ\nHưng Phát, ngày 12 tháng 1 năm 2027\n\n"
        "KẾ HOẠCH\nChăm lo đoàn viên năm 2027\n\n"
        "1. Thăm hỏi đoàn viên nữ nghỉ thai sản và đoàn viên ốm đau dài ngày.\n"
        "2. Tổ công đoàn báo danh sách đoàn viên khó khăn về Văn phòng hằng quý.\n"
        "3. Đoàn viên nghỉ thai sản được tạm dừng đóng đoàn phí trong thời gian nghỉ.\n\n"
        "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nTrần Thị Nga\n")


garment = assistant_fixture("qd14_lu.txt", RELIEF, ("kh05_cham_lo.txt", CARE))


# Given: before, "may" of "công ty may" was read as "mấy" and "trợ" after it as the unit counted (no line gave "32
# trợ": the count stated was called absent), and the words naming the issuer ("công ty may") were a topic the line had
# to hold, which only the document's header does. Not given: "được tạm dừng đóng đoàn phí" — folded, "tạm" is "tám"
# (eight); before, that line was quoted as counting "đoàn …".
@pytest.mark.parametrize("question, count", [("công đoàn công ty may trợ cấp lũ cho mấy đoàn viên", "32 đoàn viên"),
                                             ("công ty may trợ cấp lũ lụt cho bao nhiêu đoàn viên", "32 đoàn viên"),
                                             ("có bao nhiêu đoàn viên nghỉ thai sản", None)])
def test_a_count_is_given_by_the_line_counting_it_only(garment, question, count):
    answer = garment.ask(question)
    first = answer.answer.split("\n")[0]
    assert (answer.found and count in first) if count else not answer.found, answer.answer
