"""A figure is read one way by ingest and by answers (troly/figures.py): "1.5" is one and a half to both — answers
read it as 15 before, and named the row holding it the largest of its column; "1.234,5" (a thousands dot and a
decimal comma) is 1234.5 to both — ingest read no target from it. The tables and wording are this file's own,
invented."""
from __future__ import annotations

from bot.answer.table_cells import extreme_row
from tests.helpers import obligation_index
from vectorstore.search import Passage

_HEADER = "STT | Xã | Tỷ lệ hộ nghèo (%)"
_ROWS = [("1", "Xã An Bình", "1.5"), ("2", "Xã Tân Hòa", "12"), ("3", "Xã Phú Lộc", "7,25")]


def _rows() -> list[Passage]:
    return [Passage(f"r{i}", "bc-ho-ngheo", "Báo cáo rà soát hộ nghèo năm 2026", "bc.md", "II. KẾT QUẢ",
                    f"| {n} | {name} | {share} |", 0.8, i, block="table_row", context=_HEADER)
            for i, (n, name, share) in enumerate(_ROWS)]


def test_a_decimal_written_with_a_dot_is_no_thousands_when_the_largest_row_is_asked():
    picked = extreme_row("Xã nào có tỷ lệ hộ nghèo cao nhất?", _rows())
    assert picked is not None and "Tân Hòa" in picked.text


def test_the_smallest_row_reads_every_decimal_as_written():
    picked = extreme_row("Xã nào có tỷ lệ hộ nghèo thấp nhất?", _rows())
    assert picked is not None and "An Bình" in picked.text


_PLAN = "\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN TAM NÔNG", "Số: 41/KH-UBND", "Tam Nông, ngày 12 tháng 1 năm 2027", "KẾ HOẠCH",
    "Phát triển rừng sản xuất năm 2027 - 2028",
    "I. CHỈ TIÊU",
    "| Chỉ tiêu | Năm 2027 | Năm 2028 |",
    "| Diện tích rừng trồng mới (ha) | 1.234,5 | 1.300 |",
    "| Tỷ lệ che phủ rừng (%) | 1.5 | 2 |",
    "II. TỔ CHỨC THỰC HIỆN",
    "Ủy ban nhân dân các xã báo cáo kết quả trồng rừng trước ngày 15 tháng 12 năm 2027.",
    "CHỦ TỊCH", "Lê Văn Hùng", ""])


def test_each_years_figure_of_a_targets_table_is_read_as_written():
    """Before, "1.234,5" (a thousands dot, a decimal comma) gave no 2027 target at all."""
    targets = [o for o in obligation_index([("kh41.txt", _PLAN)]).select() if o.kind == "target"]
    got = {(o.target["value"], o.target["by_year"]) for o in targets}
    assert got == {(1234.5, 2027), (1300.0, 2028), (1.5, 2027), (2.0, 2028)}, got
