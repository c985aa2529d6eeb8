"""The unit of a table row's figures, as answers quote them and `troly obligations` lists the targets: a table whose
columns are years writes it once per row, in an "Đơn vị tính" column or in brackets after the row's label; in any other
table a bracket after a row's name says whose the row is (a short name, a role, a place), not what its figures count.
Documents and tables are this file's own, invented."""
from __future__ import annotations

import pytest

from bot.answer.model import in_column_units
from tests.helpers import corpus_fixture, obligation_index
from vectorstore.search import Passage


def _row(header: str, row: str) -> Passage:
    return Passage("c1", "doc", "Báo cáo tình hình tổ chức công đoàn", "bc.txt", "", row, 0.9, 1, block="table_row",
                   context=header)


@pytest.mark.parametrize("row,figures,named", [
    ("| 1 | Công đoàn ngành Giáo dục (CĐGD) | 18.640 | 412 |", ["18.640", "412"], "CĐGD"),
    ("| 2 | Trường THCS Lê Lợi (Cờ Đỏ) | 35 | 1 |", ["35", "1"], "Cờ Đỏ"),
    ("| 3 | Nguyễn Văn An (Chủ tịch) | 12 | 2 |", ["12", "2"], "Chủ tịch"),
])
def test_a_bracket_after_a_rows_name_is_no_unit_of_its_figures(row, figures, named):
    """Before, the bracket closing the row's name was read as the unit of every figure of the row: "18.640 CĐGD"
    members, "35 Cờ Đỏ", "12 Chủ tịch" — what the answer's lines were judged to state."""
    p = _row("STT | Đơn vị | Số đoàn viên | Số công đoàn cơ sở", row)
    read = in_column_units(p, 0, row)
    assert all(f"{figure} {named}" not in read for figure in figures), read


def test_a_row_of_a_table_of_years_still_takes_its_labels_unit():
    """The control: a table whose columns are years writes each row's unit in its label's brackets."""
    row = "| Diện tích trồng dược liệu (ha) | 900 | 1.200 |"
    read = in_column_units(_row("Chỉ tiêu | Năm 2027 | Năm 2028", row), 0, row)
    assert "900 ha" in read and "1.200 ha" in read, read


def test_a_column_comparing_two_years_is_not_in_the_rows_unit():
    """"So sánh KH 2026 với TH 2025" holds a share of one year's figure in the other's, not hectares; before, every
    column naming a year took the row's unit ("105,9 ha"), what the row was judged to state. A plan's span ("Giai
    đoạn 2026 - 2030") is one period and keeps it."""
    row = "| Diện tích gieo trồng ngô (ha) | 3.400 | 3.600 | 105,9 |"
    read = in_column_units(_row("Chỉ tiêu | Thực hiện năm 2025 | Kế hoạch năm 2026 | So sánh KH 2026 với TH 2025",
                                row), 0, row)
    assert "3.400 ha" in read and "3.600 ha" in read and "105,9 ha" not in read, read
    row = "| Diện tích trồng rừng (ha) | 120 | 130 | 700 |"
    read = in_column_units(_row("Chỉ tiêu | Năm 2026 | Năm 2027 | Giai đoạn 2026 - 2030", row), 0, row)
    assert "700 ha" in read, read


def test_a_short_name_in_brackets_is_no_unit_in_a_table_of_years_either():
    """Only unit words in brackets name a unit: a body's short name after a row's name counts nothing."""
    row = "| Công đoàn ngành Giáo dục (CĐGD) | 410 | 412 |"
    read = in_column_units(_row("Đơn vị | Năm 2027 | Năm 2028", row), 0, row)
    assert "CĐGD |" not in read and "410 CĐGD" not in read, read


_RESOLUTION = "\n".join([
    "HỘI ĐỒNG NHÂN DÂN TỈNH HOA SEN", "Số: 21/2026/NQ-HĐND", "Hoa Sen, ngày 15 tháng 7 năm 2026", "NGHỊ QUYẾT",
    "Về phát triển cây dược liệu giai đoạn 2027 - 2028",
    "Điều 1. Mục tiêu",
    "1. Chỉ tiêu từng năm như sau:",
    "| STT | Chỉ tiêu | Đơn vị tính | Năm 2027 | Năm 2028 |",
    "| 1 | Diện tích trồng dược liệu | ha | 1.200 | 1.450 |",
    "| 2 | Tỷ lệ sản phẩm dược liệu có chứng nhận | % | 32,5 | 40 |",
    "Điều 2. Tổ chức thực hiện",
    "UBND xã tổng hợp diện tích trồng mới, báo cáo Sở Nông nghiệp và Môi trường trước ngày 15 tháng 12 năm 2027.",
    "CHỦ TỊCH", "Trần Văn Hải", ""])


def test_each_year_of_a_table_with_a_unit_column_is_a_target_in_that_unit():
    """Before, a targets-by-year table naming its units in an "Đơn vị tính" column (the common layout) gave targets
    with no unit: "Tỷ lệ … — Năm 2027: 32,5", a share read as a bare number."""
    targets = [o for o in obligation_index([("nq21.txt", _RESOLUTION)]).select() if o.kind == "target"]
    got = {(o.target["value"], o.target["unit"], o.target["by_year"]) for o in targets}
    assert got == {(1200.0, "ha", 2027), (1450.0, "ha", 2028), (32.5, "%", 2027), (40.0, "%", 2028)}, got
    assert any(o.quote.endswith("Năm 2027: 32,5%") for o in targets), [o.quote for o in targets]


resolution = corpus_fixture(("nq21-duoc-lieu.txt", _RESOLUTION))


def test_a_share_of_a_table_with_a_unit_column_is_answered(resolution):
    """The control (passes before too): a question asking the share for a year is answered with that year's cell."""
    answer = resolution.ask("Năm 2027 tỷ lệ sản phẩm dược liệu có chứng nhận phải đạt bao nhiêu phần trăm?")
    assert answer.found and "32,5" in answer.answer.split("\n")[0], answer.answer
