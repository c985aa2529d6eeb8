"""One reader of a stated year (troly/years.py) for answers and follow-ups: the year of a document's number
("33/2019/QĐ-UBND") is no year a question asks about, so "còn 2028 thì sao?" swaps the year asked, not the number
of the decision the question cites; the year of a month ("Tháng 9 năm 2027", "Tháng 9/2027") dates the month, the
slot a table's column is keyed by, written either way. Invented wording and tables, this file's own."""
from __future__ import annotations

import pytest

from bot.answer.followup import rewrite_offline
from bot.answer.slots import period_columns
from troly.years import stated_years
from vectorstore.search import Passage

_ASKED = "Theo Quyết định 33/2019/QĐ-UBND, năm 2027 mỗi hộ được hỗ trợ bao nhiêu?"


@pytest.mark.parametrize("followup", ["còn 2028 thì sao?", "còn năm 2028?"])
def test_a_followup_year_swaps_the_year_asked_not_the_year_of_a_decisions_number(followup):
    """Before, "còn 2028 thì sao?" was rewritten "Theo Quyết định 33/2028/QĐ-UBND, năm 2027 …"."""
    assert rewrite_offline(followup, _ASKED) == \
        "Theo Quyết định 33/2019/QĐ-UBND, năm 2028 mỗi hộ được hỗ trợ bao nhiêu?"


@pytest.mark.parametrize("asked", ["Quyết định 33/2019 năm 2024 mỗi hộ được hỗ trợ bao nhiêu?",
                                   "Theo QĐ 33/2019 năm 2024 mỗi hộ được hỗ trợ bao nhiêu?"])
def test_a_followup_year_swaps_the_year_asked_not_the_year_of_a_number_typed_without_its_code(asked):
    """A number written "33/2019" after its kind's word names the decision as "33/2019/QĐ-UBND" does; before,
    "còn 2025?" rewrote it "Quyết định 33/2025 năm 2024 …" (review45 R5)."""
    assert rewrite_offline("còn 2025?", asked) == asked.replace("năm 2024", "năm 2025")
    assert stated_years(asked) == ["2024"]


def _row(header: str, row: str) -> Passage:
    return Passage("r1", "kh-tiem-chung", "Kế hoạch tiêm chủng mở rộng năm 2027", "kh.md", "II. CHỈ TIÊU", row, 0.8,
                   1, block="table_row", context=header)


@pytest.mark.parametrize("header, row", [
    ("Chỉ tiêu | Tháng 9 năm 2027 | Tháng 10 năm 2027", "| Số trẻ được tiêm sởi | 420 | 380 |"),
    ("Chỉ tiêu | Tháng 9/2027 | Tháng 10/2027", "| Số trẻ được tiêm sởi | 420 | 380 |"),
])
def test_a_month_asked_with_its_year_quotes_that_months_column_however_the_header_writes_it(header, row):
    """Before, a header "Tháng 9 năm 2027" was keyed by the year too, which every month of the table shares: asked
    "tháng 9 năm 2027", every column was quoted; "Tháng 9/2027" (the year after a slash) was keyed by its month only."""
    cells = period_columns("Tháng 9 năm 2027 có bao nhiêu trẻ được tiêm sởi?", _row(header, row))
    assert cells and [value for _, value in cells] == ["Số trẻ được tiêm sởi", "420"], cells


def test_a_date_written_with_dots_states_its_year_and_a_followup_swaps_it():
    """A date "30.6.2026" (dots, as many texts write it) is a date: its year is stated, and "còn 2027 thì sao?"
    swaps it; the one reader first read no year after a dot, as it must not in a figure ("12.020") (review45 R4)."""
    assert rewrite_offline("còn 2027 thì sao?", "Báo cáo ngày 30.6.2026 có bao nhiêu công đoàn cơ sở?") == \
        "Báo cáo ngày 30.6.2027 có bao nhiêu công đoàn cơ sở?"
    assert stated_years("Đến 31.12.2025, toàn tỉnh có 12.020 đoàn viên.") == ["2025"]
    assert stated_years("Đến 31.12.2025, toàn tỉnh có 12.020 đoàn viên.", dated=False) == []
