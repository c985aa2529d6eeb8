"""A row of a targets table whose cells are all figures ("| 2027 | 18,5 | 3.200 |"): the words saying what they count
live only in the table's header row, so the row is searched and answered by that header (ingest/chunker.py columns,
bot/answer/model.py figures_header) — before, a sentence elsewhere sharing a word of the question ("phấn đấu … tăng
bình quân 5%/năm") was answered with its figure, or the question abstained. Year per row and year per column, one
header row (markdown) and two stacked by merged cells (html rowspan/colspan). The documents are this file's own."""
from __future__ import annotations

from bot.answer.composer import compose
from bot.answer.lexicon import Lexicon
from tests.helpers import assistant_fixture
from vectorstore.search import Passage

_BY_ROW = "\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN ĐỒNG XUÂN", "Số: 88/KH-UBND", "Đồng Xuân, ngày 3 tháng 3 năm 2026",
    "# KẾ HOẠCH", "Giảm suy dinh dưỡng trẻ em huyện Đồng Xuân giai đoạn 2026 - 2028", "",
    "## I. MỤC TIÊU", "",
    "1. Chỉ tiêu theo từng năm:", "",
    "| Năm | Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi (%) | Số trẻ được uống bổ sung vitamin A (trẻ) |",
    "|---|---|---|",
    "| 2026 | 21,4 | 3.100 |",
    "| 2027 | 19,8 | 3.250 |",
    "| 2028 | 18,2 | 3.400 |", "",
    "## II. TỔ CHỨC THỰC HIỆN", "",
    "1. Trung tâm Y tế huyện phấn đấu số trẻ em dưới 5 tuổi được cân, đo sức khỏe định kỳ tăng bình quân 5%/năm.", "",
    "2. Ủy ban nhân dân các xã báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng năm.", ""])

_STACKED = """<html><head><meta charset="utf-8"><title>Kế hoạch trồng rừng huyện Sơn Hòa</title></head><body>
<p>ỦY BAN NHÂN DÂN HUYỆN SƠN HÒA</p><p>Số: 41/KH-UBND</p><p>KẾ HOẠCH</p>
<p>Trồng rừng và cấp nước sạch huyện Sơn Hòa giai đoạn 2026 - 2028</p>
<h3>I. MỤC TIÊU</h3>
<p>1. Chỉ tiêu trồng rừng theo từng năm:</p>
<table border="1"><tr><th rowspan="2">Năm</th><th colspan="2">Rừng sản xuất</th><th colspan="2">Rừng phòng hộ</th></tr>
<tr><th>Diện tích trồng mới (ha)</th><th>Tỷ lệ che phủ (%)</th><th>Diện tích trồng mới (ha)</th>
<th>Tỷ lệ che phủ (%)</th></tr>
<tr><td>2026</td><td>1.210</td><td>41,5</td><td>305</td><td>12,1</td></tr>
<tr><td>2027</td><td>1.350</td><td>42,8</td><td>320</td><td>12,6</td></tr>
<tr><td>2028</td><td>1.480</td><td>44,3</td><td>355</td><td>13,2</td></tr>
</table>
<p>2. Chỉ tiêu cấp nước sạch:</p>
<table border="1"><tr><th rowspan="2">Chỉ tiêu</th><th colspan="3">Kế hoạch các năm</th></tr>
<tr><th>2026</th><th>2027</th><th>2028</th></tr>
<tr><td>Tỷ lệ hộ dân nông thôn dùng nước sạch (%)</td><td>75</td><td>82</td><td>90</td></tr>
<tr><td>Số công trình cấp nước xây mới (công trình)</td><td>6</td><td>8</td><td>11</td></tr>
</table>
<h3>II. TỔ CHỨC THỰC HIỆN</h3>
<p>Hạt Kiểm lâm chủ trì tuần tra, phấn đấu giảm 10%/năm số vụ vi phạm lâm luật; tỷ lệ xã có tổ bảo vệ rừng đạt
100%.</p>
</body></html>"""

assistant = assistant_fixture("kh88-suy-dinh-duong.md", _BY_ROW, ("kh41-trong-rung.html", _STACKED))


def test_a_row_of_figures_is_found_before_its_tables_header_row(assistant):
    """Before, the header row (which names the columns and answers nothing) came first, for it alone held the words
    naming them; the row of the year asked now holds them too."""
    for question, year in (("tỷ lệ trẻ em suy dinh dưỡng thể thấp còi năm 2027", "2027"),
                           ("số trẻ được uống bổ sung vitamin A năm 2026", "2026"),
                           ("tỷ lệ che phủ rừng phòng hộ năm 2028", "2028")):
        first = assistant.search(question)[0].text
        assert first.startswith(f"| {year} |"), (question, first)


def test_a_row_of_figures_is_quoted_with_its_columns_names(assistant):
    """The control (passes before too): the row's figures are quoted each after its column's name."""
    answer = assistant.ask("nam 2028 bao nhieu tre duoc uong bo sung vitamin A")
    first = answer.answer.split("\n")[0]
    assert answer.found and "Số trẻ được uống bổ sung vitamin A (trẻ): 3.400" in first, answer.answer


def test_a_row_of_figures_under_a_header_stacked_over_two_rows(assistant):
    """The control (passes before too): "Rừng phòng hộ" over "Diện tích trồng mới (ha)" names the column."""
    answer = assistant.ask("năm 2027 trồng mới bao nhiêu ha rừng phòng hộ")
    first = answer.answer.split("\n")[0]
    assert answer.found and "Rừng phòng hộ Diện tích trồng mới (ha): 320" in first, answer.answer


def test_a_share_in_a_column_of_a_year_under_a_merged_header(assistant):
    """"Kế hoạch các năm" over "2027": the column is still that year's, so the row's label's "(%)" is its unit; before,
    "82" was read as no share and the question abstained."""
    answer = assistant.ask("tỷ lệ hộ dân nông thôn dùng nước sạch năm 2027 đạt bao nhiêu phần trăm")
    first = answer.answer.split("\n")[0]
    assert answer.found and "82" in first and "90" not in first and "75" not in first, answer.answer


_PLAN = "Kế hoạch giảm suy dinh dưỡng trẻ em huyện Đồng Xuân giai đoạn 2026 - 2028"
_HEADER = "Năm | Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi (%) | Số trẻ được uống bổ sung vitamin A (trẻ)"
_SENTENCE = "6. Trung tâm Y tế huyện Đồng Xuân phấn đấu số trẻ em được cân, đo định kỳ tăng bình quân 5%/năm."


def _found() -> list[Passage]:
    """As search gives them: a sentence sharing the place and "phấn đấu … %/năm" first, then the table's rows."""
    rows = [f"| {year} | {share} | {count} |" for year, share, count in
            (("2026", "21,4", "3.100"), ("2027", "19,8", "3.250"), ("2028", "18,2", "3.400"))]
    found = [Passage("c9", "kh88", _PLAN, "kh88.md", "II. TỔ CHỨC THỰC HIỆN", _SENTENCE, 0.9, 9)]
    found += [Passage(f"c{n}", "kh88", _PLAN, "kh88.md", "I. MỤC TIÊU › 1. Chỉ tiêu theo từng năm:", row,
                      0.85 - n / 100, n + 2, lead=_HEADER, context=_HEADER) for n, row in enumerate(rows)]
    return found


def test_a_row_of_figures_answers_by_its_columns_names():
    """Before, the sentence ranked first was the answer (its 5%/năm, given as found): the row held none of the
    question's words but its year, the names of its columns being only its lead-in."""
    lexicon = Lexicon({})
    lexicon.add_documents(p.text for p in _found())
    answer = compose("tỷ lệ trẻ em suy dinh dưỡng năm 2027 đồng xuân phấn đấu còn bao nhiêu %", _found(),
                     lexicon=lexicon)
    first = answer.answer.split("\n")[0]
    assert answer.found and "19,8" in first and "2027" in first and "5%" not in first, answer.answer


_NUMBERED = "\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN PHÚ HÒA", "Số: 17/KH-UBND", "Phú Hòa, ngày 9 tháng 2 năm 2026",
    "# KẾ HOẠCH", "Giảm nghèo bền vững huyện Phú Hòa năm 2026 - 2027", "",
    "## I. CHỈ TIÊU", "",
    "1. Chỉ tiêu theo từng năm:", "",
    "| Năm | Số hộ cận nghèo (hộ) | Số lao động được đào tạo nghề (người) |",
    "|---|---|---|",
    "| (1) | (2) | (3) |",
    "| 2026 | 980 | 650 |",
    "| 2027 | 840 | 720 |", "",
    "2. Chỉ tiêu nhà ở:", "",
    "| Năm | Số nhà đại đoàn kết xây mới (căn) | Số nhà sửa chữa (căn) |",
    "|---|---|---|",
    "| 01 | 02 | 03 |",
    "| 2026 | 45 | 30 |", "",
    "## II. TỔ CHỨC THỰC HIỆN", "",
    "1. Phòng Lao động chủ trì, phấn đấu số hộ cận nghèo giảm bình quân 3%/năm.", ""])

numbered = assistant_fixture("kh17-giam-ngheo.md", _NUMBERED)


def test_a_row_numbering_the_columns_is_no_row_of_figures(numbered):
    """"(1) | (2) | (3)" or "01 | 02 | 03" under a header numbers its columns and counts nothing; before, only
    "1 | 2 | 3" was known so, and these were searched by the header's words, ranking above the header and the
    sentence on the subject."""
    for question, row in (("số hộ cận nghèo", "| (1) | (2) | (3) |"),
                          ("số nhà đại đoàn kết xây mới", "| 01 | 02 | 03 |")):
        found = [p.text.strip() for p in numbered.search(question)]
        header = next(n for n, text in enumerate(found) if question in text.lower() and text.startswith("| Năm"))
        assert row not in found[:header + 1], (question, found)
