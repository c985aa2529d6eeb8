"""An amount asked of one value of an attribute is not answered with another value's: a line naming "trong tỉnh"
asked "ngoài tỉnh", "vùng III" asked "vùng II", "loại 1" asked "loại 2", "xe máy" asked "ô tô", the document writing
the asked value nowhere, gives a sibling item's amount (bot/answer/siblings.other_values;
prompts/attribute_values.toml). Invented document, worded apart from any trial's: a district's plan for mass sports."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_with

SPORTS = ("ỦY BAN NHÂN DÂN HUYỆN PHƯỚC SƠN\nSố: 41/KH-UBND\nPhước Sơn, ngày 9 tháng 2 năm 2027\n\n"
          "KẾ HOẠCH\nPhát triển thể thao quần chúng năm 2027\n\n"
          "I. NỘI DUNG\n1. Duy trì giải bóng chuyền, kéo co và cờ tướng của các thôn, tổ chức vào dịp Tết.\n\n"
          "II. MỨC HỖ TRỢ\n1. Đội tuyển của huyện tham gia giải thi đấu trong tỉnh được hỗ trợ 8.000.000 đồng/giải.\n"
          "2. Câu lạc bộ thể thao của thôn thuộc vùng III được hỗ trợ mua dụng cụ 2.500.000 đồng/năm.\n"
          "3. Vận động viên đạt đẳng cấp loại 1 được thưởng 4.000.000 đồng.\n"
          "4. Khán giả gửi xe máy tại sân vận động huyện nộp 5.000 đồng/lượt, gửi xe đạp nộp 2.000 đồng/lượt.\n\n"
          "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHồ Văn Lâm\n")


@pytest.fixture(scope="module")
def sports(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "kh41_the_thao.txt", SPORTS)


# Before, each was answered with the other value's amount: the line holds every other word of the question.
@pytest.mark.parametrize("question", ["Đội tuyển của huyện đi thi đấu giải ngoài tỉnh được hỗ trợ bao nhiêu tiền?",
                                      "Câu lạc bộ thể thao của thôn vùng II được hỗ trợ mua dụng cụ bao nhiêu tiền?",
                                      "Vận động viên đẳng cấp loại 2 được thưởng bao nhiêu tiền?",
                                      "Khán giả gửi ô tô tại sân vận động huyện nộp bao nhiêu tiền?"])
def test_another_values_amount_is_not_given(sports, question):
    answer = sports.ask(question)
    assert not answer.found, answer.answer


@pytest.mark.parametrize("question, said", [
    ("Đội tuyển của huyện đi thi đấu giải trong tỉnh được hỗ trợ bao nhiêu tiền?", "8.000.000"),
    ("Câu lạc bộ thể thao của thôn vùng III được hỗ trợ mua dụng cụ bao nhiêu tiền?", "2.500.000"),
    ("Vận động viên đẳng cấp loại 1 được thưởng bao nhiêu tiền?", "4.000.000"),
    ("Khán giả gửi xe máy tại sân vận động huyện nộp bao nhiêu tiền?", "5.000")])
def test_the_amount_of_the_value_asked_is_given(sports, question, said):
    answer = sports.ask(question)
    assert answer.found and said in answer.answer, answer.answer
