"""A line whose content is another clause of its text ("được thưởng theo mức quy định tại khoản 2 Điều 2") is
answered with that clause too, cited on its own and introduced by the words naming it; a clause of another text
("khoản 3 Điều 2 Nghị định 91/2017/NĐ-CP") is not taken for the loaded decision's own khoản 3 Điều 2. One small
invented decision."""
from __future__ import annotations

from ingest.references import references_in
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
Điều 4. Hồ sơ và hỗ trợ
1. Hồ sơ đề nghị khen thưởng gồm:
a) Đơn đề nghị của đoàn viên có xác nhận của tổ trưởng tổ công đoàn;
b) Bản sao giấy khen hoặc giấy chứng nhận học sinh giỏi của con;
c) Bản sao học bạ năm học 2024-2025 có xác nhận của nhà trường;
d) Bản sao giấy khai sinh của con;
đ) Bản sao quyết định tuyển dụng hoặc hợp đồng lao động của đoàn viên.
2. Đoàn viên nộp hồ sơ nêu tại khoản 1 cho Văn phòng công đoàn cơ sở.
3. Con đoàn viên đạt giải quốc tế được hỗ trợ thêm một khoản 2 triệu đồng để mua sách vở.
4. Con đoàn viên là người dân tộc thiểu số được miễn học phí theo khoản 1, 3 Điều 15 Nghị định 81/2021/NĐ-CP.
Điều 5. Ban Chấp hành công đoàn cơ sở và các tổ công đoàn chịu trách nhiệm thi hành Quyết định này./.
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


def test_a_long_clause_named_ends_with_how_many_more_of_its_lines_there_are(decision):
    answer = decision.ask("Đoàn viên nộp hồ sơ cho ai?")
    assert answer.found and "Văn phòng công đoàn cơ sở" in answer.answer, answer.answer
    lines = answer.answer.split("\n")
    assert t("answer.referred", reference="khoản 1") in lines, answer.answer
    assert "…" not in lines  # not a bare ellipsis: how many lines more, cited below
    assert any(line == t("answer.list_more", n=n) for line in lines for n in range(1, 6)), answer.answer


def test_a_sum_of_money_or_another_texts_clauses_are_not_this_texts_clauses(decision):
    """"một khoản 2 triệu đồng" is an amount, "khoản 1, 3 Điều 15 Nghị định 81/2021/NĐ-CP" another text's clauses:
    neither is answered with this decision's own clause (review of session 39)."""
    answer = decision.ask("Con đoàn viên đạt giải quốc tế được hỗ trợ gì?")
    assert answer.found and "2 triệu đồng" in answer.answer, answer.answer
    assert "Trong đó" not in answer.answer and "Văn phòng" not in answer.answer, answer.answer
    answer = decision.ask("Con đoàn viên là người dân tộc thiểu số được miễn học phí theo quy định nào?")
    assert answer.found and "Nghị định 81/2021/NĐ-CP" in answer.answer, answer.answer
    assert "Trong đó" not in answer.answer and "Đơn đề nghị" not in answer.answer, answer.answer


def test_a_bare_clause_is_a_reference_only_after_a_referring_word():
    assert [(r.article, r.clause) for r in references_in("trường hợp nêu tại khoản 2 hoặc khoản 3")] == [
        ("", "2"), ("", "3")]
    assert references_in("được hỗ trợ một khoản 2 triệu đồng") == []
    assert references_in("theo khoản 1 và 2 Điều 5 Thông tư 10/2020/TT-BLĐTBXH") == []
    assert [(r.article, r.clause) for r in references_in("theo khoản 1, 2 Điều 5")] == [("5", "1")]
