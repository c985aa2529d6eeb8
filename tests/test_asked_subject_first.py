"""The answer is the line on the thing asked, not a line that only shares a condition or a few words with it: a
school "có từ 200 học sinh nội trú trở lên" asked what it gets for library furniture is answered by the clause
paying that case, not by another clause bounding pupils ("số dư từ 15 học sinh trở lên"). Documents and wordings are
this file's own, invented."""
from __future__ import annotations

import pytest

from tests.helpers import corpus_fixture

_BOARDING = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nSố: 41/2026/QĐ-UBND\nĐiện Biên, ngày 12 tháng 8 năm 2026",
    "QUYẾT ĐỊNH\nQuy định hỗ trợ trường phổ thông có học sinh nội trú trên địa bàn tỉnh Điện Biên",
    "Điều 5. Hỗ trợ trường có học sinh nội trú",
    "1. Kinh phí thuê người trông giữ học sinh: cứ 40 học sinh nội trú được hỗ trợ một suất bằng 120% mức lương cơ "
    "sở/tháng; số dư từ 20 học sinh trở lên được tính thêm một suất.",
    "2. Kinh phí mua bàn ghế, giá sách cho thư viện nội trú: 3.000.000 đồng/trường/năm học đối với trường có dưới "
    "200 học sinh nội trú; 6.000.000 đồng/trường/năm học đối với trường có từ 200 học sinh nội trú trở lên.",
    "3. Kinh phí sửa chữa nhà tắm: 2.000.000 đồng/trường/năm học.",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Văn Tiến\n"])

boarding = corpus_fixture(("qd41-noi-tru.txt", _BOARDING))


@pytest.mark.parametrize("question", [
    "Trường có từ 200 học sinh nội trú trở lên được hỗ trợ mua bàn ghế thư viện bao nhiêu một năm?",
    "Trường có 260 học sinh nội trú được hỗ trợ mua bàn ghế thư viện bao nhiêu một năm?"])
def test_a_school_of_a_size_gets_the_clause_of_the_thing_asked(boarding, question: str):
    """Before, "từ 200 học sinh … trở lên" (the noun counted three words long) was read as no bound at all, and the
    caretakers' clause "số dư từ 20 học sinh trở lên", which holds any count above 20, replaced the library's line."""
    answer = boarding.ask(question)
    first = answer.answer.split("\n")[0]
    assert answer.found and "6.000.000" in first and "trông giữ" not in answer.answer, answer.answer
