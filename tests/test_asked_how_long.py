"""A message asking how long or how far ("bao lâu", "bao xa") typed without "?" is a question, never a statement to
judge: before, "người tạm trú bao lâu thì được thi đấu cho xã" held no frame word and a claiming "được", was read as
a bare claim, and abstained unless a passage restated it (statement_closeness_min). Invented document, worded apart
from any trial's: a ward's rules for its residents' football tournament."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture
from troly.vntext import asserts

RULES = ("ỦY BAN NHÂN DÂN PHƯỜNG HÒA THUẬN\nSố: 14/TB-UBND\nHòa Thuận, ngày 02 tháng 4 năm 2027\n\n"
         "THÔNG BÁO\nĐiều lệ Giải bóng đá phong trào phường năm 2027\n\n"
         "1. Đối tượng tham gia: người có hộ khẩu thường trú tại phường hoặc đăng ký tạm trú từ 09 tháng trở lên; "
         "học sinh, sinh viên đang học tại các trường trên địa bàn; mỗi đội đăng ký tối đa 18 cầu thủ.\n"
         "2. Các khu phố gửi danh sách cầu thủ về Ủy ban nhân dân phường trước ngày 20 tháng 4 năm 2027.\n"
         "3. Giải thưởng: đội vô địch nhận 8.000.000 đồng, đội hạng nhì nhận 5.000.000 đồng.\n\n"
         "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Minh Quang\n")

ward = assistant_fixture("tb14_bong_da.txt", RULES)


@pytest.mark.parametrize("question", ["người tạm trú bao lâu thì được đá giải bóng đá phường",
                                      "nguoi tam tru bao lau thi duoc da giai bong da phuong"])
def test_how_long_asked_without_a_question_mark(ward, question):
    answer = ward.ask(question)
    assert answer.found and "09 tháng" in answer.answer, answer.answer


def test_asking_how_long_is_no_claim():
    assert not asserts("Người tạm trú bao lâu thì được thi đấu cho xã")
    assert not asserts("từ trụ sở đến sân vận động bao xa")
    assert asserts("Người tạm trú được thi đấu cho xã")
