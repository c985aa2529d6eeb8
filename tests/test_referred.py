"""A line whose content is another clause of its text ("được thưởng theo mức quy định tại khoản 2 Điều 2") is
answered with that clause too, cited on its own and introduced by the words naming it; a clause of another text
("khoản 3 Điều 2 Nghị định 91/2017/NĐ-CP") is not taken for the loaded decision's own khoản 3 Điều 2. One small
invented decision."""
from __future__ import annotations

from tests.helpers import assistant_fixture
from troly.texts import t

DECISION = """CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT HÒA BÌNH
Số: 12/QĐ-CĐCS
Hòa Bình, ngày 05 tháng 9 năm 2025

QUYẾT ĐỊNH
Về việc khen thưởng con đoàn viên có thành tích học tập năm học 2024-2025

Điều 1. Đối tượng là con của đoàn viên công đoàn cơ sở đang học tại các trường phổ thông.
Điều 2. Mức thưởng
1. Học sinh giỏi cấp tỉnh: thưởng 800.000 đồng/em.
2. Học sinh giỏi cấp huyện: thưởng 500.000 đồng/em.
3. Học sinh tiên tiến: thưởng 200.000 đồng/em.
Điều 3. Trường hợp đặc biệt
1. Con đoàn viên là học sinh khuyết tật học hòa nhập được thưởng theo mức quy định tại khoản 2 Điều 2.
2. Con đoàn viên đạt giải quốc gia được thưởng theo khoản 3 Điều 2 Nghị định 91/2017/NĐ-CP.
3. Con đoàn viên mồ côi cha hoặc mẹ được thưởng thêm 300.000 đồng/em ngoài mức quy định tại khoản 1 hoặc khoản 2 Điều 2.
Điều 4. Ban Chấp hành công đoàn cơ sở và các tổ công đoàn chịu trách nhiệm thi hành Quyết định này./.
"""

decision = assistant_fixture("qd12_khen_thuong.txt", DECISION)


def test_a_line_stating_its_amount_by_reference_is_shown_with_the_clause_it_names(decision):
    answer = decision.ask("con đoàn viên khuyết tật học hòa nhập được thưởng theo mức nào?")
    assert answer.found
    lines = answer.answer.split("\n")
    label = t("answer.referred", reference="khoản 2 Điều 2")
    assert any("khoản 2 Điều 2" in line and "[" in line for line in lines[:lines.index(label)])  # the line naming it
    shown = lines[lines.index(label) + 1]
    assert "500.000 đồng" in shown  # the amount is in the clause named, cited on its own
    cited = next(c for c in answer.citations if f"[{c.n}]" in shown)
    assert "Học sinh giỏi cấp huyện" in cited.passage.text and "Điều 2" in cited.passage.section
    assert "800.000" not in answer.answer and "200.000" not in answer.answer  # not the other clauses


def test_a_clause_of_another_text_is_not_shown_from_the_loaded_one(decision):
    answer = decision.ask("con đoàn viên đạt giải quốc gia được thưởng thế nào?")
    assert answer.found and "Nghị định 91/2017/NĐ-CP" in answer.answer
    assert t("answer.referred", reference="khoản 3 Điều 2") not in answer.answer
    assert "200.000" not in answer.answer  # "khoản 3" of this decision's Điều 2 is not the decree's


def test_a_line_stating_the_amount_asked_is_not_followed_by_the_clauses_it_names(decision):
    """Asked how much, a line stating its own amount ("thêm 300.000 đồng … ngoài mức quy định tại khoản 1 hoặc khoản 2
    Điều 2") answers alone: the clauses it names are other pupils' amounts, which a reader would add to it (new-user
    trial of session 39: "… hỗ trợ thêm 200.000 đồng …" followed by another group's 1.000.000 and 700.000)."""
    answer = decision.ask("Con đoàn viên mồ côi được thưởng thêm bao nhiêu tiền?")
    assert answer.found and "300.000" in answer.answer, answer.answer
    assert "khoản 1 hoặc khoản 2 Điều 2" in answer.answer, answer.answer
    assert "Trong đó" not in answer.answer and "800.000" not in answer.answer, answer.answer
