"""A figure the top line states in other words than the question's is answered, not called absent (s findings S1):
a count whose noun follows a word counting cases of it ("07 trường hợp người lao động" for "bao nhiêu lao động"); an
amount of money for "bao nhiêu vốn"; an exam's papers for "mấy môn"; a length in minutes for "trong bao lâu". A
count asked of a line stating only money still finds no count there. The report and the wording are this file's own,
invented."""
from __future__ import annotations

from bot.answer.question import MONEY, NUMBER, PERIOD, classify, counted_alike, counts, counts_any, states
from tests.helpers import corpus_fixture
from troly.texts import t

_REPORT = "\n\n".join([
    "SỞ NỘI VỤ TỈNH CAO BẰNG\nSố: 318/BC-SNV\nCao Bằng, ngày 12 tháng 11 năm 2027",
    "BÁO CÁO\nKết quả công tác tuyển dụng và quản lý lao động năm 2027",
    "I. KẾT QUẢ THỰC HIỆN\n1. Trong năm, còn 07 trường hợp người lao động tự ý chấm dứt hợp đồng trước thời hạn tại "
    "các khu công nghiệp.\n2. Kỳ thi tuyển viên chức: thí sinh làm 02 bài thi gồm Kiến thức chung và Chuyên ngành; "
    "thời gian làm bài thi Chuyên ngành 90 phút.",
    "II. KIẾN NGHỊ\n1. Đề nghị Ủy ban nhân dân tỉnh cấp bổ sung 8 tỷ đồng vốn ủy thác cho quỹ hỗ trợ hợp tác xã.",
    "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nGIÁM ĐỐC\nNông Văn Tín\n"])

store = corpus_fixture(("bc318-lao-dong.txt", _REPORT))


def test_a_count_past_a_word_counting_cases_of_it_counts_its_noun(store):
    assert counts("lao", "con 07 truong hop nguoi lao dong tu y cham dut")
    assert not counts("lao", "con 07 ngay nghi cua nguoi lao dong")
    answer = store.ask("Có bao nhiêu lao động tự ý chấm dứt hợp đồng trước thời hạn ở Cao Bằng?")
    assert answer.found and "07 trường hợp" in answer.answer, answer.answer
    assert t("abstain.number") not in answer.answer


def test_a_thing_measured_in_money_asks_an_amount(store):
    assert MONEY in classify("Sở Nội vụ đề nghị bổ sung bao nhiêu vốn ủy thác?").strict
    assert MONEY in classify("de nghi cap bao nhieu kinh phi cho hop tac xa").strict
    answer = store.ask("Sở Nội vụ Cao Bằng đề nghị cấp bổ sung bao nhiêu vốn ủy thác cho quỹ hỗ trợ hợp tác xã?")
    assert answer.found and "8 tỷ đồng" in answer.answer, answer.answer


def test_an_exams_papers_answer_how_many_subjects(store):
    assert "bai thi" in counted_alike("Thi viên chức thi mấy môn?")
    assert counts_any(counted_alike("thi may mon"), "thi sinh lam 02 bai thi gom")
    assert NUMBER in classify("thi vien chuc thi may mon").kinds  # typed without marks: "máy" is no unit here
    for question in ("Kỳ thi tuyển viên chức Cao Bằng thi mấy môn?", "ky thi tuyen vien chuc cao bang thi may mon"):
        answer = store.ask(question)
        assert answer.found and "02 bài thi" in answer.answer, answer.answer


def test_a_length_in_minutes_is_a_length_of_time(store):
    assert states(PERIOD, "thời gian làm bài 90 phút")
    assert PERIOD in classify("Bài thi chuyên ngành làm trong bao lâu?").strict
    answer = store.ask("Bài thi Chuyên ngành của kỳ thi tuyển viên chức Cao Bằng làm trong bao lâu?")
    assert answer.found and "90 phút" in answer.answer, answer.answer
    assert t("abstain.period") not in answer.answer
