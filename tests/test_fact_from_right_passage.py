"""The answer holds the fact asked when the right passage is found: an expense named by "điện thoại" is an amount
asked, not a number to call; a table whose columns are years states its figures in the unit of each row's label and
answers a year asked with that year's cell; a body's own task is kept beside the table rows naming it among the
bodies supporting another's. Documents and wordings are this file's own, invented."""
from __future__ import annotations

import pytest

from bot.answer.composer import compose
from tests.helpers import corpus_fixture, lexicon_of
from vectorstore.search import Passage

RULES = "Quy chế chi tiêu nội bộ của Trung tâm Y tế huyện"


def _passages(doc: str, texts: list[str]) -> list[Passage]:
    return [Passage(f"c{i}", "doc", doc, "doc.txt", "", text, 0.9 - i * 0.01, i, lexical=1.0 - i * 0.1)
            for i, text in enumerate(texts)]


@pytest.mark.parametrize("question", ["Trưởng phòng được khoán cước điện thoại bao nhiêu một tháng?",
                                      "trưởng khoa có tiền điện thoại mỗi tháng là bao nhiêu"])
def test_a_phone_allowance_is_an_amount_asked_not_a_number_to_call(question: str):
    """Before, "điện thoại" anywhere asked a phone number: the allowance line, holding none, was said not to answer."""
    passages = _passages(RULES, [
        "Điều 7. Mức khoán cước điện thoại di động: Giám đốc 400.000 đồng/tháng; Trưởng khoa, Trưởng phòng "
        "150.000 đồng/tháng.",
        "Điều 8. Văn phòng phẩm cấp theo định mức: không quá 1.000.000 đồng/khoa/tháng."])
    result = compose(question, passages, lexicon=lexicon_of(passages))
    assert result.found and "150.000 đồng/tháng" in result.answer, result.answer


def test_a_phone_number_is_still_asked_by_dien_thoai():
    passages = _passages(RULES, [
        "Điều 7. Mức khoán cước điện thoại di động: Giám đốc 400.000 đồng/tháng.",
        "Điều 3. Mọi ý kiến gửi về Phòng Tổ chức - Hành chính, điện thoại 0258 3854 111."])
    result = compose("Điện thoại của Phòng Tổ chức - Hành chính là số nào?", passages, lexicon=lexicon_of(passages))
    assert result.found and "0258 3854 111" in result.answer.split("\n")[0], result.answer


_TARGETS = "\n\n".join([
    "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC KẠN\nSố: 14/2026/NQ-HĐND\nBắc Kạn, ngày 05 tháng 7 năm 2026",
    "NGHỊ QUYẾT\nVề phát triển chăn nuôi hàng hóa giai đoạn 2026 - 2029",
    "Điều 1. Mục tiêu\nChỉ tiêu chủ yếu theo từng năm như sau:\n"
    "| Chỉ tiêu | Năm 2026 | Năm 2027 | Năm 2028 | Năm 2029 |\n"
    "| Tỷ lệ trang trại đạt chuẩn an toàn sinh học (%) | 35 | 42 | 48 | 55 |\n"
    "| Số con bò thịt nuôi theo chuỗi liên kết (con) | 9.000 | 9.600 | 10.400 | 11.000 |",
    "Điều 2. Chính sách hỗ trợ\nHỗ trợ 3.000.000 đồng/con bò cái giống mua mới cho hộ nghèo.",
    "TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\nLương Văn Bình\n"])

targets = corpus_fixture(("nq14-chan-nuoi.txt", _TARGETS))


def test_a_row_of_yearly_targets_is_a_share_by_its_label_unit(targets):
    """A table whose columns are years writes the unit in each row's label ("… (%)"): before, its bare figures
    stated no share, and a question asking one was told the documents do not say it."""
    answer = targets.ask("Năm 2028 tỷ lệ trang trại đạt chuẩn an toàn sinh học phải đạt bao nhiêu phần trăm?")
    assert answer.found and "48" in answer.answer.split("\n")[0], answer.answer


@pytest.mark.parametrize("question,year,value,others", [
    ("Năm 2027 tỷ lệ trang trại đạt chuẩn an toàn sinh học là bao nhiêu?", "Năm 2027", "42", ["35", "48", "55"]),
    ("nam 2029 so con bo thit nuoi theo chuoi lien ket la bao nhieu", "Năm 2029", "11.000",
     ["9.000", "9.600", "10.400"]),
])
def test_a_year_asked_of_a_table_of_years_is_quoted_with_its_column(targets, question, year, value, others):
    """Before, the whole row was quoted, each year's figure beside the one asked."""
    answer = targets.ask(question)
    first = answer.answer.split("\n")[0]
    assert answer.found and f"{year}: {value}" in first, answer.answer
    assert not any(f": {o} " in f"{first} " or f": {o} |" in first for o in others), answer.answer


_ASSIGNED = "\n\n".join([
    "ỦY BAN NHÂN DÂN XÃ TÂN HÒA\nSố: 61/KH-UBND\nTân Hòa, ngày 02 tháng 12 năm 2026",
    "KẾ HOẠCH\nPhòng, chống dịch bệnh trên đàn gia súc năm 2027",
    "I. NHIỆM VỤ VÀ PHÂN CÔNG\n"
    "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
    "| 1 | Tiêm phòng lở mồm long móng cho đàn trâu, bò | Trạm Thú y xã | Hội Nông dân xã, các thôn | Tháng 3/2027 |\n"
    "| 2 | Phun khử trùng chuồng trại tại các hộ chăn nuôi | Trạm Thú y xã | Hội Nông dân xã | Tháng 5/2027 |\n"
    "| 3 | Kiểm tra vận chuyển gia súc qua địa bàn | Công an xã | Trạm Thú y xã | Thường xuyên |",
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Trạm Thú y xã là cơ quan thường trực, tổng hợp báo cáo Ủy ban nhân dân xã hằng tháng.\n"
    "2. Đề nghị các đoàn thể tuyên truyền cho hội viên; Hội Nông dân xã vận động hội viên ký cam kết không giết mổ "
    "gia súc bị bệnh.",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Lộc\n"])

assigned = corpus_fixture(("kh61-dich-benh-gia-suc.txt", _ASSIGNED))


def test_a_body_s_own_task_is_kept_beside_the_rows_it_supports(assigned):
    """Before, the rows naming the body among those supporting another's task replaced the answer, and the line of
    what the body asked does itself was dropped."""
    answer = assigned.ask("Hội Nông dân xã được giao việc gì trong kế hoạch phòng chống dịch bệnh gia súc?")
    assert answer.found and "ký cam kết không giết mổ" in answer.answer, answer.answer


@pytest.mark.parametrize("question,value", [("Số xã đạt chuẩn nông thôn mới năm 2024 là bao nhiêu?", "Năm 2024: 41"),
                                            ("so xa dat chuan nong thon moi nam 2023", "35")])
def test_a_year_column_answers_under_a_heading_naming_another_year(question: str, value: str):
    """A report on 2025 sets its table of the last years' figures under "KẾT QUẢ NĂM 2025": before, the row was taken
    to be of 2025 only and the year asked (a column of it) called absent."""
    header = "Chỉ tiêu | Năm 2023 | Năm 2024 | Năm 2025"
    rows = ["| Số xã đạt chuẩn nông thôn mới | 35 | 41 | 47 |",
            "| Số km đường giao thông được cứng hóa | 120 | 96 | 88 |"]
    passages = [Passage(f"c{i}", "doc", "Báo cáo kết quả xây dựng nông thôn mới năm 2025", "bc.pdf",
                        "II. KẾT QUẢ THỰC HIỆN NĂM 2025 › 1. Kết quả chung", row, 0.9 - i * 0.01, i + 1,
                        lexical=1.0 - i * 0.1, lead=header, context=header) for i, row in enumerate(rows)]
    result = compose(question, passages, lexicon=lexicon_of(passages))
    assert result.found and value in result.answer and rows[0] == result.citations[0].passage.text, result.answer


def test_a_labelled_line_opening_with_the_body_asked_keeps_its_share():
    """"3. Phân phối nguồn thu: Công đoàn cơ sở được sử dụng …" states the share of the body asked past its label:
    before, a line under a heading naming that body (on units without one, in another guide found first) answered
    first, with another share."""
    found = [("hd02", "II. KINH PHÍ › 4. Đơn vị chưa có công đoàn cơ sở",
              "Đơn vị chưa có công đoàn cơ sở thì công đoàn "
              "cấp trên trực tiếp thu; khi thành lập công đoàn cơ sở thì được cấp lại 80% số đã đóng trong năm."),
             ("hd07", "II. VỀ THU TÀI CHÍNH CÔNG ĐOÀN", "3. Phân phối nguồn thu: Công đoàn cơ sở được sử dụng 70% số "
              "kinh phí công đoàn thu được và 65% số đoàn phí thu được; phần còn lại nộp công đoàn cấp trên.")]
    passages = [Passage(f"c{i}", doc, f"Hướng dẫn tài chính công đoàn số {doc}", f"{doc}.txt", section, text,
                        0.9 - i * 0.01, i, lexical=1.0 - i * 0.1) for i, (doc, section, text) in enumerate(found)]
    result = compose("Công đoàn cơ sở được hưởng mấy phần trăm kinh phí công đoàn?", passages,
                     lexicon=lexicon_of(passages))
    assert result.found and "70%" in result.answer.split("\n")[0], result.answer
