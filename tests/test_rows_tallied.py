"""A count asked of the things a table lists, where no line states how many ("có bao nhiêu bến thuyền"): the rows
counted and each cited, not the few rows that scored best read as the answer; a figure asked of one column ("bao
nhiêu khách") is still a cell's. Invented regulation, own wording."""
from __future__ import annotations

import re

from tests.helpers import corpus_fixture

_PIERS = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Số: 14/2028/QĐ-UBND", "Quảng Ngãi, ngày 05 tháng 3 năm 2028", "",
    "QUYẾT ĐỊNH", "Ban hành Quy định quản lý bến thuyền du lịch trên sông Trà Khúc", "",
    "Điều 1. Phạm vi điều chỉnh",
    "Quy định này quy định việc đón, trả khách du lịch bằng thuyền trên sông Trà Khúc.", "",
    "Điều 2. Bến thuyền được phép đón khách",
    "Thuyền du lịch chỉ được đón, trả khách tại các bến sau:", "",
    "| STT | Bến thuyền | Loại thuyền được phép | Sức chứa tối đa/lượt |", "|---|---|---|---|",
    "| 1 | Bến Thiên Ấn | Thuyền máy, thuyền chèo | 40 |",
    "| 2 | Bến Cổ Lũy | Thuyền chèo | 25 |",
    "| 3 | Bến Trà Khúc Xanh | Thuyền máy | 60 |",
    "| 4 | Bến Làng Gốm Mỹ Thiện | Thuyền chèo | 20 |", "",
    "Điều 3. Trách nhiệm của chủ thuyền",
    "Chủ thuyền trang bị đủ áo phao cho khách và không chở quá sức chứa của bến.", "",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lê Văn Sơn", ""])

store = corpus_fixture(("qd14-ben-thuyen-tra-khuc.txt", _PIERS))


def test_a_count_of_the_things_a_table_lists_counts_its_rows(store):
    """Before, the three or so rows that scored best answered, with no count."""
    answer = store.ask("trên sông Trà Khúc có bao nhiêu bến thuyền được phép đón khách")
    assert answer.found and re.search(r"\b4 bến thuyền\b", answer.answer.split("\n")[0]), answer.answer
    cited = {c.passage.text for c in answer.citations if c.spans}
    assert all(any(name in text for text in cited) for name in ("Thiên Ấn", "Cổ Lũy", "Trà Khúc Xanh", "Mỹ Thiện"))


def test_a_figure_of_one_column_is_not_counted_by_rows(store):
    """"Bao nhiêu khách" is the figure a row's cell states, not how many rows there are."""
    answer = store.ask("bến Cổ Lũy đón tối đa bao nhiêu khách một lượt")
    assert answer.found and "25" in answer.answer and "4 bến" not in answer.answer, answer.answer
