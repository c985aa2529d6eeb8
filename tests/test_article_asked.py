"""Asked which article of a text says something ("Điều nào quy định …"), alone or with a second question in the same
message, the answer names that article (its clause too), besides quoting the line; a question asking no article, or
"điều nào sau đây" (which statement), gets no such line. Invented document, worded apart from any trial's: a
district's rules for lending school equipment."""
from __future__ import annotations

import pytest

from bot.answer.article_asked import asks_article
from tests.helpers import assistant_fixture

RULES = ("ỦY BAN NHÂN DÂN HUYỆN MINH LONG\nSố: 09/QĐ-UBND\nMinh Long, ngày 12 tháng 3 năm 2027\n\n"
         "QUYẾT ĐỊNH\nBan hành Quy chế cho mượn thiết bị dạy học dùng chung\n\n"
         "Điều 1. Phạm vi áp dụng\n"
         "Quy chế này áp dụng đối với các trường tiểu học và trung học cơ sở trên địa bàn huyện.\n\n"
         "Điều 2. Thời hạn mượn\n"
         "1. Thiết bị được cho mượn trong thời hạn tối đa 30 ngày mỗi lượt.\n"
         "2. Trường mượn được gia hạn thời hạn mượn không quá 02 lần, mỗi lần không quá 15 ngày; đề nghị gia hạn phải "
         "gửi Phòng Giáo dục trước khi hết hạn ít nhất 05 ngày.\n\n"
         "Điều 3. Bồi thường thiết bị hư hỏng\n"
         "Trường làm hư hỏng thiết bị phải bồi thường theo giá trị còn lại của thiết bị, tối đa 20 triệu đồng mỗi "
         "thiết bị.\n\n"
         "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Thị Hạnh\n")

district = assistant_fixture("qd09_thiet_bi.txt", RULES)


# Before, the line was quoted and the article never named ("Điều 2" / "Điều 3" nowhere in the answer).
@pytest.mark.parametrize("question, article, fact", [
    ("Quy chế cho mượn thiết bị, điều nào nói về gia hạn thời hạn mượn, được gia hạn mấy lần?", "Điều 2", "02 lần"),
    ("quy che cho muon thiet bi dieu nao noi ve gia han thoi han muon, duoc gia han may lan", "Điều 2", "02 lần"),
    ("Điều nào quy định mức bồi thường thiết bị hư hỏng?", "Điều 3", "20 triệu đồng"),
])
def test_the_article_asked_is_named(district, question, article, fact):
    answer = district.ask(question)
    assert answer.found and article in answer.answer and fact in answer.answer, answer.answer


def test_no_article_named_unasked(district):
    answer = district.ask("Trường mượn thiết bị được gia hạn mấy lần?")
    assert answer.found and "02 lần" in answer.answer and "Điều 2" not in answer.answer, answer.answer


def test_which_article_asked():
    assert asks_article("Điều nào quy định mức hỗ trợ tối đa?")
    assert asks_article("quy che khcn dieu nao noi ve gia han, duoc gia han may lan")
    assert asks_article("Theo điều khoản nào thì được miễn?")
    assert not asks_article("Chương III quy chế gồm những điều nào?")
    assert not asks_article("Điều nào sau đây đúng về thời hạn mượn?")
    assert not asks_article("Những khoản nào được hỗ trợ?")
