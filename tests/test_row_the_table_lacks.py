"""A row of a table named by a count per a thing ("lều 6 người"), by a code ("ô C2"), or by a name beside its
siblings' ("Tổ dịch vụ Lữ hành" of rows "Tổ dịch vụ Nhà hàng", "Tổ dịch vụ Buồng phòng") that the table has no row for
is refused for that row, naming the rows it has — another row's price, or a line near the table, is not that row's
(bot/answer/table_cells.py, absent_row). The price list is this file's own, invented."""
from __future__ import annotations

from bot.answer.table_cells import absent_row
from tests.helpers import assistant_fixture, first_line
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_CAMP = "\n\n".join([
    "BAN QUẢN LÝ KHU DU LỊCH HỒ NÚI CỐC\nSố: 12/TB-BQL\nThái Nguyên, ngày 02 tháng 4 năm 2027",
    "THÔNG BÁO\nGiá thuê lều cắm trại mùa hè năm 2027",
    "1. Giá thuê lều theo loại lều như sau:",
    "| Loại lều | Số người/lều | Giá thuê (đồng/đêm) |\n|---|---|---|\n| Lều nhỏ | 3 | 250.000 |\n"
    "| Lều lớn | 5 | 400.000 |",
    "2. Khách thuê lều được dùng miễn phí bếp nướng chung; củi nướng tính 50.000 đồng/bó.",
    "3. Khách tự mang lều thuê ô đất cắm trại ven hồ theo giá sau:",
    "| Ô số | Diện tích (m²) | Giá thuê ô (đồng/đêm) |\n|---|---|---|\n| A1 | 20 | 150.000 |\n| A2 | 20 | 150.000 |\n"
    "| B1 | 30 | 200.000 |",
])

_TRIP = "\n\n".join([
    "CÔNG ĐOÀN KHU DU LỊCH HỒ NÚI CỐC\nSố: 05/KH-CĐ\nThái Nguyên, ngày 10 tháng 5 năm 2027",
    "KẾ HOẠCH\nTổ chức tham quan hè năm 2027 cho đoàn viên",
    "1. Toàn công đoàn chọn 40 đoàn viên tham quan, phân bổ như sau:",
    "| TT | Đơn vị | Số lượng | Trong đó tối thiểu là nữ |\n|---|---|---|---|\n"
    "| 1 | Tổ các khu nghỉ dưỡng ven hồ | 15 | 6 |\n| 2 | Tổ dịch vụ Nhà hàng | 12 | 5 |\n"
    "| 3 | Tổ dịch vụ Buồng phòng | 8 | 3 |\n| 4 | Tổ Bảo vệ | 5 | 1 |\n| | Tổng cộng | 40 | 15 |",
    "2. Đoàn khởi hành ngày 20 tháng 6 năm 2027.",
])

camp = assistant_fixture("tb12-leu-trai.md", _CAMP, ("kh05-tham-quan.md", _TRIP))


def test_a_row_the_table_lacks_is_refused_naming_its_rows(camp):
    """Before, a line near the table (or another row's price) was the answer."""
    answer = camp.ask("lều 7 người giá thuê bao nhiêu một đêm?")
    line = first_line(answer)
    assert not answer.found and "lều 7 người" in line and "3, 5" in line and "250.000" not in line, answer.answer


def test_a_row_the_table_has_keeps_its_price(camp):
    answer = camp.ask("lều 5 người giá thuê bao nhiêu một đêm?")
    assert answer.found and "400.000" in answer.answer, answer.answer


def test_a_count_written_elsewhere_or_a_year_is_no_row():
    row = Passage.from_chunk(StoredChunk("d::v::1", "| Lều nhỏ | 3 | 250.000 |", {
        "doc_id": "d", "lead": "Loại lều | Số người/lều | Giá thuê (đồng/đêm)", "position": 1}), 0.0)
    other = Passage.from_chunk(StoredChunk("d::v::2", "| Lều lớn | 5 | 400.000 |", {
        "doc_id": "d", "lead": "Loại lều | Số người/lều | Giá thuê (đồng/đêm)", "position": 2}), 0.0)
    note = Passage.from_chunk(StoredChunk("d::v::3", "Lều 7 người đặt trước 3 ngày.", {"doc_id": "d", "position": 3}),
                              0.0)
    assert absent_row("lều 7 người giá bao nhiêu", lambda: [row, other]) == ("lều 7 người", "3, 5 người/lều")
    assert absent_row("lều 7 người giá bao nhiêu", lambda: [row, other, note]) == ("", "")  # written elsewhere
    assert absent_row("lều 2027 người", lambda: [row, other]) == ("", "")  # a year, no count


def test_a_row_written_with_a_leading_zero_is_the_row_asked():
    """"lều 5 người" is the row the table writes "05" (documents pad counts so): held, not refused."""
    padded = [Passage.from_chunk(StoredChunk(f"d::v::{n}", f"| Lều | {count} | {price} |", {
        "doc_id": "d", "lead": "Loại lều | Số người/lều | Giá thuê (đồng/đêm)", "position": n}), 0.0)
        for n, count, price in ((1, "03", "250.000"), (2, "05", "400.000"))]
    assert absent_row("lều 5 người giá bao nhiêu", lambda: padded) == ("", "")
    assert absent_row("lều 4 người giá bao nhiêu", lambda: padded) == ("lều 4 người", "3, 5 người/lều")


def test_a_code_the_table_lacks_is_refused_naming_its_codes(camp):
    """Before, the line introducing the plots (or another plot's price) was the answer."""
    answer = camp.ask("ô C2 ven hồ giá thuê bao nhiêu một đêm?")
    line = first_line(answer)
    assert not answer.found and "ô C2" in line and "A1, A2, B1" in line and "150.000" not in line, answer.answer


def test_a_code_the_table_has_keeps_its_price(camp):
    answer = camp.ask("ô B1 ven hồ giá thuê bao nhiêu một đêm?")
    assert answer.found and "200.000" in answer.answer, answer.answer


def test_a_code_written_elsewhere_or_a_column_not_all_codes_is_no_row():
    lead = {"doc_id": "d", "lead": "Ô số | Giá thuê (đồng/đêm)"}
    rows = [Passage.from_chunk(StoredChunk(f"d::v::{n}", f"| {code} | {price} |", {**lead, "position": n}), 0.0)
            for n, code, price in ((1, "A1", "150.000"), (2, "B1", "200.000"))]
    note = Passage.from_chunk(StoredChunk("d::v::3", "Ô C2 dành cho xe cứu hộ.", {"doc_id": "d", "position": 3}), 0.0)
    named = Passage.from_chunk(StoredChunk("d::v::4", "| Bãi xe | 50.000 |", {**lead, "position": 4}), 0.0)
    assert absent_row("ô C2 giá bao nhiêu", lambda: rows) == ("ô C2", "Ô số A1, B1")
    assert absent_row("ô C2 giá bao nhiêu", lambda: [*rows, note]) == ("", "")  # written elsewhere
    assert absent_row("ô C2 giá bao nhiêu", lambda: [*rows, named]) == ("", "")  # a row named, not coded
    assert absent_row("khu C2 giá bao nhiêu", lambda: rows) == ("", "")  # no word of the column's header


def test_a_sibling_the_table_lacks_is_refused_naming_its_siblings(camp):
    """Before, the other units' rows were the answer."""
    line = first_line(camp.ask("Tổ dịch vụ Lữ hành được phân bổ bao nhiêu người"))
    assert "Tổ dịch vụ Lữ hành" in line and "Tổ dịch vụ Nhà hàng, Tổ dịch vụ Buồng phòng" in line \
        and "| 12" not in line, line


def test_a_sibling_the_table_has_keeps_its_row(camp):
    answer = camp.ask("Tổ dịch vụ Buồng phòng được phân bổ bao nhiêu người")
    assert answer.found and "8" in first_line(answer), answer.answer


def test_a_sibling_written_elsewhere_or_typed_in_small_letters_is_no_row():
    lead = {"doc_id": "d", "lead": "TT | Đơn vị | Số suất"}
    rows = [Passage.from_chunk(StoredChunk(f"d::v::{n}", f"| {n} | {unit} | {count} |", {**lead, "position": n}),
                               0.0) for n, unit, count in ((1, "Tổ dịch vụ Nhà hàng", "12"),
                                                           (2, "Tổ dịch vụ Buồng phòng", "8"))]
    note = Passage.from_chunk(StoredChunk("d::v::3", "Tổ dịch vụ Lữ hành tự túc.", {"doc_id": "d", "position": 3}), 0.0)
    asked = "Tổ dịch vụ Lữ hành được bao nhiêu suất?"
    assert absent_row(asked, lambda: rows) == ("Tổ dịch vụ Lữ hành", "Tổ dịch vụ Nhà hàng, Tổ dịch vụ Buồng phòng")
    assert absent_row(asked, lambda: [*rows, note]) == ("", "")  # written elsewhere
    assert absent_row("tổ dịch vụ lữ hành được bao nhiêu suất?", lambda: rows) == ("", "")  # no name written
    assert absent_row("Tổ dịch vụ NH được bao nhiêu suất?", lambda: rows) == ("", "")  # a short form: a row's, maybe
    hotel = Passage.from_chunk(StoredChunk("d::v::5", "Khách sạn Lữ hành Xanh.", {"doc_id": "d", "position": 5}), 0.0)
    assert absent_row(asked, lambda: [*rows, hotel]) == ("", "")  # the name written without the rows' words
