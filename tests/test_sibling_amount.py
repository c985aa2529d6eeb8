"""An amount asked of one item of a list is not answered with a sibling's: a line naming the same head with other
modifiers ("giải Nhất … giải Ba" asked "giải Khuyến khích"; "tiền ăn …, tiền nước uống …" asked "tiền đi lại") gives
another item's amount (bot/answer/siblings.py). Invented document, worded apart from any trial's: a sports meet's
plan with its prizes and allowances."""
from __future__ import annotations

import pytest

from bot.answer.siblings import listed, siblings_named
from tests.helpers import assistant_with

MEET = ("CÔNG ĐOÀN CÔNG TY CỔ PHẦN THÉP HÒA BÌNH\nSố: 14/KH-CĐ\nHòa Bình, ngày 05 tháng 4 năm 2027\n\n"
        "KẾ HOẠCH\nTổ chức Hội thao công nhân năm 2027\n\n"
        "I. NỘI DUNG\n1. Hội thao gồm các môn kéo co, bóng bàn và cầu lông, tổ chức tại nhà thi đấu của Công ty.\n\n"
        "II. KHEN THƯỞNG\n1. Mỗi môn thi trao giải Nhất 5.000.000 đồng; giải Nhì 3.000.000 đồng; giải Ba 2.000.000 "
        "đồng.\n2. Nội dung chạy việt dã chỉ trao giải Nhì và giải Tư, mức 1.200.000 đồng và 600.000 đồng.\n"
        "3. Vận động viên được hỗ trợ tiền ăn 150.000 đồng/người/ngày thi đấu, tiền nước uống 20.000 "
        "đồng/người/ngày.\n\n"
        "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nHoàng Văn Sơn\n")


@pytest.fixture(scope="module")
def meet(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "kh14_hoi_thao.txt", MEET)


# Before, each was answered with the sibling's amount: the line shares the question's head ("giải", "tiền") and
# most of its other words.
@pytest.mark.parametrize("question", ["giai khuyen khich moi mon thi duoc thuong bao nhieu",
                                      "Giải khuyến khích chạy việt dã được thưởng bao nhiêu tiền?",
                                      "giai khuyen khich chay viet da duoc thuong bao nhieu tien",
                                      "Vận động viên hội thao được hỗ trợ tiền đi lại bao nhiêu?"])
def test_a_sibling_amount_is_not_given(meet, question):
    answer = meet.ask(question)
    assert not answer.found, answer.answer


@pytest.mark.parametrize("question, said", [("Giải Nhì hội thao công nhân được thưởng bao nhiêu tiền?", "3.000.000"),
                                            ("Giải Tư chạy việt dã được thưởng bao nhiêu tiền?", "600.000"),
                                            ("Vận động viên hội thao được hỗ trợ tiền ăn bao nhiêu?", "150.000")])
def test_the_amount_of_the_item_asked_is_given(meet, question, said):
    answer = meet.ask(question)
    assert answer.found and said in answer.answer, answer.answer


def test_one_other_modifier_is_no_list():
    """A head named with one other modifier may be the asked one in other words: only a list of two or more is read
    as the asked item's siblings, and a passage saying the asked modifier anywhere holds it."""
    asked = ["giải", "khuyến", "khích", "", ""]
    listed_prizes = [["giải", "nhất"], ["giải", "ba"]]
    context = {"giai", "nhat", "ba"}  # folded
    assert listed(siblings_named(asked, listed_prizes[:1], listed_prizes, context), 2) == {"giải"}
    assert not listed(siblings_named(asked, listed_prizes[:1], listed_prizes[:1], context), 2)
    assert not siblings_named(asked, listed_prizes[:1], listed_prizes, context | {"khuyen"})


def test_a_rank_is_a_modifier():
    """"Giải Nhì", "giải Tư": a rank names an item of a list, though "nhì" and "tư" are function words elsewhere."""
    asked = ["giải", "khuyến", "khích", "", ""]
    ranked = [["giải", "nhì"], ["giải", "tư"]]
    assert listed(siblings_named(asked, ranked, ranked, {"giai", "nhi", "tu"}), 2) == {"giải"}
