"""A table's money cells written with their unit ("300.000 đồng/người", "1,5 triệu đồng") are figures a superlative
compares in đồng: asked which reward is the highest or the lowest, the row is picked from them, not refused for a
column of words, and "1,5 triệu đồng" outweighs "500.000 đồng". The table and wording are this file's own, invented."""
from __future__ import annotations

import pytest

from bot.answer.table_cells import extreme_row
from vectorstore.search import Passage

_HEADER = "STT | Nội dung khen thưởng | Mức chi"
_ROWS = [("1", "Cá nhân xuất sắc", "400.000 đồng/người"), ("2", "Tập thể tiêu biểu", "1,5 triệu đồng/tập thể"),
         ("3", "Con đoàn viên đạt giải cấp tỉnh", "150.000 đồng/cháu"), ("4", "Sáng kiến cấp cơ sở", "500.000 đồng")]


def _rows() -> list[Passage]:
    return [Passage(f"r{i}", "qc-khen-thuong", "Quy chế khen thưởng năm 2027", "qc.md", "Điều 5. Mức chi khen thưởng",
                    f"| {n} | {what} | {paid} |", 0.8, i, block="table_row", context=_HEADER)
            for i, (n, what, paid) in enumerate(_ROWS)]


@pytest.mark.parametrize("question, row", [
    ("Mức chi khen thưởng cao nhất là khoản nào?", "Tập thể tiêu biểu"),
    ("Khen thưởng mức chi nào thấp nhất?", "Con đoàn viên"),
])
def test_the_row_paid_most_or_least_is_read_from_amounts_with_their_unit(question, row):
    picked = extreme_row(question, _rows())
    assert picked is not None and row in picked.text
