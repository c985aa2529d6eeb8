"""An amount asked "tổng số tiền …", "mức …" is stated by a line that seldom repeats the words saying how it is
measured ("Số tiền … đã chi trả là 52 tỷ đồng"): those words are no subject its passage must hold. Before, a question
whose other words were all its document's title or asked the kind ("trợ cấp", "tiền") was left with "tổng" as its
whole subject, the line stating the total was judged to be about another thing, and the answer said the documents
state no amount. Invented document, worded apart from any trial's: a department's report on severance allowances."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture

REPORT = ("SỞ NỘI VỤ TỈNH HÀ NAM\nSố: 77/BC-SNV\nHà Nam, ngày 15 tháng 01 năm 2027\n\n"
          "BÁO CÁO\nKết quả chi trả trợ cấp thôi việc năm 2026\n\n"
          "I. KẾT QUẢ THỰC HIỆN\n"
          "Năm 2026, Sở đã tiếp nhận 1.240 hồ sơ đề nghị hưởng trợ cấp thôi việc, tăng 4,1% so với năm 2025; đã ban "
          "hành quyết định hưởng cho 1.198 người. Số tiền trợ cấp thôi việc đã chi trả là 52 tỷ đồng; mức hưởng bình "
          "quân 43 triệu đồng/người.\n\n"
          "II. NHIỆM VỤ NĂM 2027\n"
          "Rút ngắn thời gian giải quyết hồ sơ xuống còn 10 ngày làm việc.\n\n"
          "GIÁM ĐỐC\n\nPhạm Văn Tùng\n")

severance = assistant_fixture("bc77_tro_cap_thoi_viec.txt", REPORT)


@pytest.mark.parametrize("question", ["tong so tien tro cap thoi viec da chi tra nam 2026",
                                      "Tổng số tiền trợ cấp thôi việc đã chi trả năm 2026"])
def test_a_total_asked_is_given(severance, question):
    answer = severance.ask(question)
    assert answer.found and "52 tỷ đồng" in answer.answer, answer.answer


def test_an_amount_of_another_thing_is_still_no_answer(severance):
    answer = severance.ask("Tổng số tiền phạt chậm nộp hồ sơ năm 2026 là bao nhiêu?")
    assert not answer.found or "52 tỷ đồng" not in answer.answer, answer.answer
