"""Rows of a table picked by what the question says (session 41, tables41): "những ai thuộc ngành Y tế" is answered by
the rows a cell of which holds that value, whichever column, counted — not the whole table in the order written, nor
another document's lines on the topic; "những trường hợp nào không phải đóng" by the rows whose cell says no or
exempt; a rates row said of the body asked ("Công đoàn cơ sở được sử dụng 70%") leads over a rule of another heading
sharing more words; a count asked that the line quoted states is not followed by the list attached. Documents and
wordings are this file's own, invented."""
from __future__ import annotations

from tests.helpers import corpus_fixture, first_line

_SUPPORT = "\n\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH\nSố: 418/QĐ-LĐLĐ\nHà Tĩnh, ngày 12 tháng 9 năm 2026",
    "QUYẾT ĐỊNH\nVề việc trợ giúp đoàn viên bị thiệt hại do bão số 5 năm 2026",
    "Điều 1. Trợ giúp 6 đoàn viên công đoàn bị thiệt hại về nhà ở do bão số 5 (có danh sách kèm theo).",
    "Điều 2. Kinh phí trợ giúp trích từ quỹ xã hội của Liên đoàn Lao động tỉnh.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nPhan Thị Hoa",
    "DANH SÁCH ĐOÀN VIÊN ĐƯỢC TRỢ GIÚP DO BÃO SỐ 5",
    "| TT | Họ và tên | Nơi làm việc | Công đoàn cấp trên | Mức trợ giúp (đồng) |\n|---|---|---|---|---|\n"
    "| 1 | Trần Văn Bình | Công ty CP Thép Vũng Áng | LĐLĐ thị xã Kỳ Anh | 5.000.000 |\n"
    "| 2 | Ngô Thị Huệ | Bệnh viện Đa khoa huyện Hương Khê | Công đoàn ngành Y tế | 5.000.000 |\n"
    "| 3 | Lê Văn Sơn | Trường Tiểu học Cẩm Xuyên | Công đoàn ngành Giáo dục | 3.000.000 |\n"
    "| 4 | Đào Thị Nguyệt | Công ty May Hồng Lĩnh | LĐLĐ thị xã Hồng Lĩnh | 3.000.000 |\n"
    "| 5 | Phạm Quang Vinh | Trung tâm Y tế huyện Đức Thọ | Công đoàn ngành Y tế | 3.000.000 |\n"
    "| 6 | Hà Thị Thảo | Trường Mầm non Thạch Hà | Công đoàn ngành Giáo dục | 3.000.000 |\n"])

_REPORT = "\n\n".join([
    "CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH HÀ TĨNH\nSố: 31/BC-CĐN\nHà Tĩnh, ngày 05 tháng 10 năm 2026",
    "BÁO CÁO\nKết quả công tác chăm lo đoàn viên sau bão số 5",
    "1. Công đoàn ngành Giáo dục đã thăm hỏi 40 đoàn viên bị thiệt hại do bão số 5, tổng kinh phí 120 triệu đồng.",
    "2. Đề nghị Liên đoàn Lao động tỉnh trợ giúp thêm cho đoàn viên ngành Giáo dục bị sập nhà.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nĐinh Văn Lộc\n"])

_GUIDE = "\n\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH\nSố: 05/HD-LĐLĐ\nNinh Bình, ngày 08 tháng 01 năm 2027",
    "HƯỚNG DẪN\nThu, phân phối đoàn phí và kinh phí công đoàn năm 2027",
    "I. ĐOÀN PHÍ",
    "1. Mức đóng đoàn phí\n\n| Đối tượng | Căn cứ | Mức đóng |\n|---|---|---|\n"
    "| Công chức, viên chức | Tiền lương đóng bảo hiểm xã hội | 1% |\n"
    "| Đoàn viên làm việc trong doanh nghiệp | Tiền lương đóng bảo hiểm xã hội | 1%, tối đa 10% lương cơ sở |\n"
    "| Đoàn viên đang nghỉ thai sản | Không tính | Miễn đóng trong thời gian nghỉ |",
    "2. Phân phối đoàn phí\na) Công đoàn cơ sở được sử dụng 65% số đoàn phí thu được.\n"
    "b) Công đoàn cơ sở nộp 35% số đoàn phí thu được về công đoàn cấp trên.",
    "II. KINH PHÍ CÔNG ĐOÀN",
    "1. Phân phối kinh phí công đoàn\n\n| Cấp | Tỷ lệ |\n|---|---|\n"
    "| Công đoàn cơ sở được sử dụng | 70% |\n| Công đoàn cấp trên | 30% |",
    "2. Đơn vị chưa có công đoàn cơ sở\nKinh phí công đoàn của đơn vị chưa có công đoàn cơ sở do công đoàn cấp "
    "trên thu; khi thành lập công đoàn cơ sở thì được cấp lại 70% số kinh phí đã đóng trong năm.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nTrương Văn Khải\n"])

_AWARD = "\n\n".join([
    "CÔNG ĐOÀN KHU KINH TẾ TỈNH QUẢNG NGÃI\nSố: 64/QĐ-CĐKKT\nQuảng Ngãi, ngày 02 tháng 12 năm 2026",
    "QUYẾT ĐỊNH\nVề việc tặng Giấy khen phong trào thi đua lao động giỏi năm 2026",
    "Điều 1. Tặng Giấy khen cho 02 tập thể và 03 cá nhân (có danh sách kèm theo) có thành tích xuất sắc.",
    "Điều 2. Mức thưởng kèm theo Giấy khen:\n- Tập thể: 1.500.000 đồng;\n- Cá nhân: 600.000 đồng.",
    "Điều 3. Văn phòng và các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nVõ Thành Nam",
    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
    "I. TẬP THỂ\n\n| TT | Tên tập thể |\n|---|---|\n| 1 | CĐCS Công ty Lọc dầu Bình Sơn |\n"
    "| 2 | CĐCS Công ty Thép Hòa Phát Dung Quất |",
    "II. CÁ NHÂN\n\n| TT | Họ và tên | Đơn vị |\n|---|---|---|\n| 1 | Nguyễn Văn Thịnh | Công ty Lọc dầu Bình Sơn |\n"
    "| 2 | Trương Thị Yến | Công ty Thép Hòa Phát Dung Quất |\n| 3 | Lý Văn Tài | Công ty Doosan Vina |\n"])

store = corpus_fixture(("qd418-tro-giup-bao.md", _SUPPORT), ("bc31-cham-lo-sau-bao.md", _REPORT),
                       ("hd05-doan-phi.md", _GUIDE), ("qd64-giay-khen.md", _AWARD))


def _names(answer: str) -> set[str]:
    every = {"Trần Văn Bình", "Ngô Thị Huệ", "Lê Văn Sơn", "Đào Thị Nguyệt", "Phạm Quang Vinh", "Hà Thị Thảo"}
    return {name for name in every if name in answer}


# Before, every row was quoted in the order written (the two "ngành Y tế" rows among the others).
def test_rows_picked_by_a_cell_value_in_any_column_are_counted(store):
    answer = store.ask("Những ai thuộc ngành y tế được trợ giúp do bão?")
    assert first_line(answer) == "Có 2 dòng của bảng ứng với câu hỏi:"
    assert _names(answer.answer) == {"Ngô Thị Huệ", "Phạm Quang Vinh"}


# Before, the report's prose on the same sector and storm answered, with no name.
def test_a_list_asked_by_name_is_the_rows_holding_the_value_named(store):
    answer = store.ask("Danh sách những người thuộc Công đoàn ngành Giáo dục được trợ giúp do bão số 5")
    assert _names(answer.answer) == {"Lê Văn Sơn", "Hà Thị Thảo"}
    assert all(c.passage.doc_id.startswith("qd418") for c in answer.citations if c.spans)


# Before, the rows of who pays came first and the exempt row last.
def test_a_negated_list_question_is_answered_by_the_rows_saying_no(store):
    answer = store.ask("Những đối tượng nào không phải đóng đoàn phí?")
    assert "nghỉ thai sản" in answer.answer and "Miễn đóng" in answer.answer
    assert "Công chức, viên chức" not in answer.answer and "tối đa 10%" not in answer.answer


# Before, the rule on a unit without công đoàn cơ sở ("được cấp lại 70%", under another heading) led: it names the
# body asked under its heading and repeats more of the question's words than the rates row.
def test_a_rates_row_said_of_the_body_asked_leads(store):
    line = first_line(store.ask("Kinh phí công đoàn thì công đoàn cơ sở được dùng bao nhiêu phần trăm?"))
    assert "70%" in line and "cấp lại" not in line


# Before, the rows of both lists followed the line that states the count.
def test_a_count_the_quoted_line_states_is_not_followed_by_the_list(store):
    answer = store.ask("Quyết định 64 khen thưởng bao nhiêu cá nhân?")
    assert "03 cá nhân" in first_line(answer)
    assert "Nguyễn Văn Thịnh" not in answer.answer and "CĐCS Công ty Lọc dầu" not in answer.answer
