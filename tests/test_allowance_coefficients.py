"""Allowances set as coefficients of the base wage, found by the lead's tryout on a union's spending rules: a post's
bare coefficient ("Phó Chủ tịch: hệ số 0,2") in a line that ties the first one to the base wage states an amount
(asked "phụ cấp của …", not "không đề cập số tiền"), and the clause of the post asked is the answer, not the pairs of
the other posts after it. The document is this file's own, invented."""
from __future__ import annotations

import pytest

from bot.answer.composer import compose
from tests.helpers import first_line, lexicon_of
from vectorstore.search import Passage

_LINES = [
    "Trưởng ban nữ công: hệ số 0,25 mức lương cơ sở/tháng; Phó Trưởng ban nữ công: hệ số 0,15; Thủ quỹ, Tổ trưởng tổ "
    "công đoàn: hệ số 0,05. Phụ cấp được chi cùng kỳ lương tháng cuối quý.",
    "Ban nữ công tổ chức gặp mặt nữ đoàn viên nhân dịp 20/10, mỗi người được tặng quà trị giá 150.000 đồng.",
]


_ARTICLES = ["Điều 5. Phụ cấp trách nhiệm cán bộ công đoàn", "Điều 6. Chi hoạt động nữ công"]


def _found() -> list[Passage]:
    return [Passage(f"p{i}", "qc-04", "Quy chế chi tiêu nội bộ của công đoàn bệnh viện năm 2027", "qc.txt",
                    article, text, 0.9 - i / 100, i) for i, (article, text) in enumerate(zip(_ARTICLES, _LINES))]


# Before: "không đề cập số tiền" (the bare coefficient stated no money), and the pairs after the one asked were quoted.
@pytest.mark.parametrize("question, said, not_said", [
    ("phụ cấp của tổ trưởng tổ công đoàn", "hệ số 0,05", "0,15"),
    ("phụ cấp phó trưởng ban nữ công bao nhiêu", "hệ số 0,15", "0,05"),
])
def test_the_post_asked_is_answered_by_its_own_coefficient(question, said, not_said):
    found = _found()
    answer = compose(question, found, lexicon=lexicon_of(found))
    assert answer.found and said in first_line(answer) and not_said not in answer.answer, answer.answer


# A coefficient of nothing the line names (no base wage) is no amount of money.
def test_a_coefficient_of_no_wage_states_no_money():
    line = "Hệ số sử dụng đất của khu nhà văn hóa: hệ số 0,4; khu thể thao: hệ số 0,2."
    found = [Passage("k0", "qd-9", "Quyết định giao đất xây dựng nhà văn hóa", "qd.txt", "Điều 2", line, 0.9, 0)]
    answer = compose("khu thể thao được hỗ trợ bao nhiêu tiền", found, lexicon=lexicon_of(found))
    assert not answer.found, answer.answer


# Before: a post the rules pay no allowance ("kế toán") was answered with the other posts' pairs.
@pytest.mark.parametrize("question", ["chi phụ cấp cho thủ kho công đoàn bao nhiêu",
                                      "phu cap cua thu kho la bao nhieu"])
def test_a_post_no_label_names_has_no_amount(question):
    found = _found()
    answer = compose(question, found, lexicon=lexicon_of(found))
    assert not answer.found and "0,25" not in answer.answer and "0,05" not in answer.answer, answer.answer


# A post the list names, typed shorter or in an abbreviation, is still answered.
@pytest.mark.parametrize("question, said", [
    ("phụ cấp thủ quỹ bao nhiêu", "0,05"),
    ("phụ cấp trưởng ban nữ công", "0,25"),
])
def test_a_post_the_list_names_is_answered(question, said):
    found = _found()
    answer = compose(question, found, lexicon=lexicon_of(found))
    assert answer.found and said in first_line(answer), answer.answer


# Before: the post's own line of another article, stating only a deadline ("trước ngày 15/01"), answered as a number.
def test_a_deadline_of_the_post_asked_is_no_amount():
    texts = [("Điều 5. Phụ cấp trách nhiệm cán bộ công đoàn", _LINES[0]),
             ("Điều 8. Trách nhiệm thực hiện", "Thủ kho công đoàn lập sổ theo dõi tài sản; báo cáo kiểm kê tài sản gửi "
                                               "Ban Chấp hành trước ngày 15/01 năm sau.")]
    found = [Passage(f"k{i}", "qc-04", "Quy chế chi tiêu nội bộ của công đoàn bệnh viện năm 2027", "qc.txt",
                     article, text, 0.9 - i / 100, i) for i, (article, text) in enumerate(texts)]
    answer = compose("chi phụ cấp cho thủ kho công đoàn bao nhiêu", found, lexicon=lexicon_of(found))
    assert not answer.found and "0,25" not in answer.answer, answer.answer
