"""An amount asked of a body or a fund at one level is not answered with another level's: a line naming the same
noun at another level ("UBND xã" asked "UBND huyện", "ngân sách tỉnh" asked "ngân sách trung ương") gives that
level's amount (bot/answer/siblings.other_levels). Invented document, worded apart from any trial's: a commune's plan
for a village festival."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_with

FESTIVAL = ("ỦY BAN NHÂN DÂN XÃ TÂN HƯNG\nSố: 27/KH-UBND\nTân Hưng, ngày 12 tháng 3 năm 2027\n\n"
            "KẾ HOẠCH\nTổ chức Ngày hội văn hóa các khu dân cư năm 2027\n\n"
            "I. NỘI DUNG\n1. Ngày hội gồm hội thi gói bánh, văn nghệ quần chúng và trò chơi dân gian, tổ chức tại "
            "sân vận động xã.\n\n"
            "II. KINH PHÍ\n1. Mỗi khu dân cư tham gia được UBND xã hỗ trợ 3.000.000 đồng để chuẩn bị tiết mục.\n"
            "2. Hộ nghèo tham gia hội thi gói bánh được ngân sách tỉnh hỗ trợ 70% chi phí nguyên liệu.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Tâm\n")


@pytest.fixture(scope="module")
def festival(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "kh27_ngay_hoi.txt", FESTIVAL)


# Before, each was answered with the other level's amount: the line holds every other word of the question.
@pytest.mark.parametrize("question", ["UBND huyện hỗ trợ mỗi khu dân cư tham gia ngày hội bao nhiêu tiền?",
                                      "ngan sach trung uong ho tro ho ngheo bao nhieu phan tram chi phi nguyen lieu"])
def test_another_levels_amount_is_not_given(festival, question):
    answer = festival.ask(question)
    assert not answer.found, answer.answer


@pytest.mark.parametrize("question, said", [("UBND xã hỗ trợ mỗi khu dân cư tham gia ngày hội bao nhiêu tiền?",
                                             "3.000.000"),
                                            ("Ngân sách tỉnh hỗ trợ hộ nghèo bao nhiêu phần trăm chi phí nguyên liệu?",
                                             "70%")])
def test_the_amount_of_the_level_asked_is_given(festival, question, said):
    answer = festival.ask(question)
    assert answer.found and said in answer.answer, answer.answer
