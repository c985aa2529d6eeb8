"""A province the question names that the documents found are not of: another province's figure is not its answer
(bot/answer/other_places.py). Invented documents, worded apart from any trial's: two provinces' plans, one naming a
third province as its partner."""
from __future__ import annotations

import pytest

from bot.answer.other_places import of_another_place, provinces_named
from tests.helpers import assistant_fixture
from vectorstore.search import Passage

FORESTS = ("HỘI NÔNG DÂN TỈNH QUẢNG TRỊ\nBAN THƯỜNG VỤ\nSố: 27/KH-HND\nQuảng Trị, ngày 06 tháng 3 năm 2027\n\n"
           "KẾ HOẠCH\nVận động hội viên trồng rừng gỗ lớn năm 2027\n\n"
           "I. CHỈ TIÊU\n1. Toàn tỉnh trồng mới 900 ha rừng gỗ lớn; trong đó huyện Gio Linh trồng mới 120 ha.\n\n"
           "II. MỨC HỖ TRỢ\n1. Hội hỗ trợ hộ hội viên trồng rừng gỗ lớn 3.000.000 đồng/ha, tối đa 5 ha mỗi hộ.\n\n"
           "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nHồ Văn Khải\n")

CAMP = ("TỈNH ĐOÀN YÊN BÁI\nBAN THƯỜNG VỤ\nSố: 58/KH-TĐTN\nYên Bái, ngày 12 tháng 5 năm 2027\n\n"
        "KẾ HOẠCH\nTổ chức Trại hè thiếu nhi năm 2027\n\n"
        "1. Trại hè tổ chức từ ngày 10/7/2027 đến ngày 13/7/2027 tại Khu du lịch Suối Giàng.\n"
        "2. Mỗi trại viên đóng góp 450.000 đồng tiền ăn, ở trong 4 ngày trại.\n"
        "3. Ngày 12/7/2027 trại viên giao lưu với đoàn thiếu nhi Tỉnh đoàn Lạng Sơn tại Nhà văn hóa "
        "thị xã Nghĩa Lộ.\n\n"
        "TM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nNông Thị Lụa\n")

provinces = assistant_fixture("kh27_trong_rung.txt", FORESTS, ("kh58_trai_he.txt", CAMP))


# Before, answered "3.000.000 đồng/ha" — Quảng Trị's figure, as if Lạng Sơn's (a name the camp plan writes, so no
# unknown name)
@pytest.mark.parametrize("question", ["Hội Nông dân tỉnh Lạng Sơn hỗ trợ trồng rừng gỗ lớn bao nhiêu tiền một ha?",
                                      "hoi nong dan lang son ho tro trong rung go lon bao nhieu tien 1 ha"])
def test_another_provinces_figure_is_not_the_answer(provinces, question):
    answer = provinces.ask(question)
    assert not answer.found and "Lạng Sơn" in answer.answer.split("\n")[0] and "3.000.000" not in \
        answer.answer.split("\n")[0], answer.answer
    assert answer.citations, answer.answer  # the passages found, shown as possibly related


@pytest.mark.parametrize("question, said", [
    ("Hội Nông dân tỉnh Quảng Trị hỗ trợ trồng rừng gỗ lớn bao nhiêu tiền một ha?", "3.000.000"),
    ("Huyện Gio Linh phải trồng mới bao nhiêu ha rừng gỗ lớn?", "120 ha"),  # a district the document writes
    ("Trại viên giao lưu với thiếu nhi Lạng Sơn vào ngày nào?", "12/7/2027")])  # a partner the line names
def test_the_place_of_the_document_is_answered(provinces, question, said):
    answer = provinces.ask(question)
    assert answer.found and said in answer.answer.split("\n")[0], answer.answer


def test_a_merged_province_and_a_ministry_are_not_another_place():
    line = [Passage("c1", "d1", "Kế hoạch trồng rừng", "kh.txt", "", "Hỗ trợ 3.000.000 đồng/ha rừng trồng.", 0.5)]
    of_da_nang, of_none = lambda doc: {"Đà Nẵng"}, lambda doc: set()
    assert of_another_place("Quảng Nam hỗ trợ bao nhiêu một ha?", line, [], of_da_nang) == ("", "")  # merged in 2025
    assert of_another_place("Quảng Nam hỗ trợ bao nhiêu một ha?", line, [], of_none) == ("", "")  # of no province
    assert of_another_place("Gia Lai hỗ trợ bao nhiêu một ha?", line, [], of_da_nang) == ("Gia Lai", "Đà Nẵng")


def test_a_province_typed_with_diacritics_is_read_with_them():
    assert provinces_named("cá lồng ăn thức ăn gì") == set()  # no "Long An"
    assert provinces_named("ca long an thuc an gi") == {"Long An"}  # typed without them, it may be
    assert provinces_named("Hội Nông dân tỉnh Thanh Hoá") == {"Thanh Hóa"}  # either tone placement
