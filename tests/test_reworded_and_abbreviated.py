"""A question asked with a sector's usual abbreviation ("TTYT", "CDC") or an everyday name of the text's term
("đền bù" of "bồi thường") is answered from the line written in full words, and an amount asked is
answered when the sentence stating it follows the one holding the question's words in the same passage — where these
refused as "not covered" or quoted another body's line (session 54's census of refusals with the right passage found).
Invented documents."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture, first_line

_HEALTH = ("ỦY BAN NHÂN DÂN HUYỆN AN LẠC\nSố: 14/KH-UBND\nAn Lạc, ngày 05 tháng 01 năm 2029\n\n"
           "KẾ HOẠCH\nPhòng, chống bệnh tay chân miệng năm 2029\n\n"
           "I. TỔ CHỨC THỰC HIỆN\n"
           "1. Trung tâm Y tế huyện: giám sát ca bệnh tại trường mầm non; gửi báo cáo về Trung tâm Kiểm soát bệnh "
           "tật tỉnh trước ngày 18 hằng tháng.\n"
           "2. Trạm Y tế các xã gửi báo cáo trước ngày 10 hằng tháng.\n"
           "3. Phòng Giáo dục và Đào tạo: chỉ đạo các trường rửa tay bằng xà phòng cho trẻ hằng ngày.\n\n"
           "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hòa\n")

_ELDERLY = ("ỦY BAN NHÂN DÂN HUYỆN AN LẠC\nSố: 20/KH-UBND\nAn Lạc, ngày 12 tháng 01 năm 2029\n\n"
            "KẾ HOẠCH\nChăm sóc và phát huy vai trò người cao tuổi năm 2029\n\n"
            "I. TỔ CHỨC THỰC HIỆN\n"
            "1. Hộ gia đình trong thôn được mượn nhà sinh hoạt cộng đồng để tổ chức lễ mừng thọ cho cha mẹ; Ban điều "
            "hành thôn chỉ thu chi phí điện, nước thực tế, tối đa 250.000 đồng/ngày.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hòa\n")

_DIGITAL = ("ỦY BAN NHÂN DÂN HUYỆN AN LẠC\nSố: 31/KH-UBND\nAn Lạc, ngày 20 tháng 01 năm 2029\n\n"
            "KẾ HOẠCH\nChuyển đổi số năm 2029\n\n"
            "I. TỔ CHỨC THỰC HIỆN\n"
            "1. Phòng Tài chính - Kế hoạch bố trí 35 tỷ đồng cho công tác bồi thường khu công nghệ số.\n"
            "2. Phòng Văn hóa - Thông tin bố trí 12 tỷ đồng cho hạ tầng số của các xã.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hòa\n")

plans = assistant_fixture("kh14-tay-chan-mieng.txt", _HEALTH, ("kh20-nguoi-cao-tuoi.txt", _ELDERLY),
                          ("kh31-chuyen-doi-so.txt", _DIGITAL))


@pytest.mark.parametrize("question, fact", [
    ("TTYT gửi báo cáo cho CDC trước ngày nào?", "ngày 18"),
    ("huyện bố trí bao nhiêu tiền để đền bù cho dân?", "35 tỷ đồng"),
])
def test_an_abbreviation_or_everyday_word_is_answered_from_the_full_words(plans, question, fact):
    answer = plans.ask(question)
    assert answer.found and fact in first_line(answer), answer.answer


def test_an_amount_stated_by_the_next_sentence_of_the_passage_is_answered(plans):
    """The first clause holds the question's words (mượn … mừng thọ), the second the sum: both are quoted."""
    answer = plans.ask("hộ gia đình mượn nhà sinh hoạt cộng đồng của thôn tổ chức lễ mừng thọ thì phải trả bao nhiêu?")
    assert answer.found and "250.000 đồng" in answer.answer, answer.answer
