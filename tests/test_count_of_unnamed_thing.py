"""A count asked of a thing its document never names is not answered with a count of another thing the same noun
names: "bao nhiêu hợp tác xã giải thể" of a report counting the cooperatives working and founded, which writes
"giải thể" nowhere. The counts it does state are still given. Invented document, worded apart from any trial's: a
district's report on its cooperatives."""
from __future__ import annotations

import pytest

from bot.answer.counted import counted_words
from tests.helpers import assistant_fixture

REPORT = ("ỦY BAN NHÂN DÂN HUYỆN PHÚ LỘC\nSố: 88/BC-UBND\nPhú Lộc, ngày 15 tháng 01 năm 2027\n\n"
          "BÁO CÁO\nKết quả phát triển kinh tế tập thể năm 2026\n\n"
          "I. KẾT QUẢ\n"
          "1. Năm 2026 toàn huyện có 126 hợp tác xã đang hoạt động, thành lập mới 14 hợp tác xã nông nghiệp.\n"
          "2. Có 38 hợp tác xã được hỗ trợ vốn vay từ Quỹ phát triển hợp tác xã với tổng số tiền 9,5 tỷ đồng.\n"
          "3. Doanh thu bình quân một hợp tác xã đạt 2,1 tỷ đồng/năm.\n\n"
          "II. NHIỆM VỤ NĂM 2027\n"
          "Phấn đấu thành lập mới ít nhất 10 hợp tác xã.\n\n"
          "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Đình Khoa\n")

coops = assistant_fixture("bc88_hop_tac_xa.txt", REPORT)


# Before, each was answered with the 126 cooperatives working or the 38 given loans: the report's counts of others.
@pytest.mark.parametrize("question", ["Năm 2026 huyện Phú Lộc có bao nhiêu hợp tác xã giải thể?",
                                      "nam 2026 huyen phu loc co bao nhieu hop tac xa giai the"])
def test_a_count_of_a_thing_the_report_never_names_is_not_given(coops, question):
    answer = coops.ask(question)
    assert not answer.found, answer.answer
    assert "giải thể" in answer.answer or "giai the" in answer.answer  # says which count it does not state


@pytest.mark.parametrize("question, count", [("Năm 2026 huyện Phú Lộc có bao nhiêu hợp tác xã đang hoạt động?", "126"),
                                             ("Có bao nhiêu hợp tác xã được hỗ trợ vốn vay?", "38")])
def test_a_count_the_report_states_is_given(coops, question, count):
    answer = coops.ask(question)
    assert answer.found and count in answer.answer.split("\n")[0], answer.answer


def test_what_a_count_counts():
    """Past the noun things are counted in, up to a function word, a name, a number or a word before one."""
    assert counted_words("Có bao nhiêu doanh nghiệp giải thể năm 2026?") == (["doanh", "nghiệp"], ["giải", "thể"])
    assert counted_words("Có bao nhiêu người tham gia bảo hiểm ở Phú Lộc?") == (["người"], ["tham", "gia", "bảo", "hiểm"])
    assert counted_words("Có bao nhiêu người?")[1] == []
    assert counted_words("Hỗ trợ bao nhiêu tiền một tháng?") == ([], [])  # an amount, not a count of things
    assert counted_words("Tập huấn bao nhiêu ngày?") == ([], [])
