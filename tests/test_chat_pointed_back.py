"""A chat follow-up that points back to what the last answer named (new-user recheck of session 41, M2, M9, M11;
review R6): "chị ấy làm công việc gì" after a list's row is that row's cell; "cơ quan này …" after a question naming
one body asks it of that body; "mục tiêu 2 là gì" after a numbered list is its item 2; "nó …" is the document talked
about; and a list of whom a decision is for, quoted in part, says how many it has. Invented documents, own wording."""
from __future__ import annotations

from bot.answer.followup import _without_subject_pronoun
from bot.answer.model import answer_cells, labelled_cell
from tests.helpers import corpus_fixture
from tests.test_chat_subject import chat, first_line
from troly.texts import t

_PRAISED = "\n".join([
    "CÔNG ĐOÀN KHU CÔNG NGHIỆP TỈNH VĨNH PHÚC", "Số: 45/QĐ-CĐKCN", "Vĩnh Phúc, ngày 12 tháng 3 năm 2028", "",
    "QUYẾT ĐỊNH", "Về việc tặng Giấy khen cho đoàn viên tiêu biểu năm 2027", "",
    "Điều 1. Tặng Giấy khen cho 03 đoàn viên có thành tích xuất sắc (danh sách kèm theo).", "",
    "DANH SÁCH ĐOÀN VIÊN ĐƯỢC KHEN", "",
    "| TT | Họ và tên | Chức danh, nơi làm việc |", "|---|---|---|",
    "| 1 | Đỗ Thị Hằng | Kế toán viên, Công ty TNHH Yamaha Motor Việt Nam |",
    "| 2 | Lưu Văn Kiên | Thợ hàn, Công ty CP Cơ khí Tam Dương |",
    "| 3 | Bùi Thị Nga | Nhân viên kho, Công ty TNHH Honda Việt Nam |", "",
    "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Kim Văn Thái", ""])

_SAFETY = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", "Số: 88/KH-UBND", "Hòa Bình, ngày 05 tháng 12 năm 2027", "",
    "KẾ HOẠCH", "Bảo đảm an toàn thực phẩm dịp Tết Nguyên đán Mậu Thân 2028", "",
    "I. MỤC TIÊU", "1. Không để xảy ra ngộ độc thực phẩm tập thể từ 30 người trở lên.",
    "2. Kiểm tra 100% chợ đầu mối và siêu thị trên địa bàn tỉnh.",
    "3. Tuyên truyền về an toàn thực phẩm trên đài phát thanh của tất cả các xã.", "",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Sở Y tế chủ trì đoàn kiểm tra liên ngành; gửi báo cáo kết quả kiểm tra về Ủy ban nhân dân tỉnh trước ngày "
    "20/02/2028.",
    "2. Đài Phát thanh và Truyền hình tỉnh mở chuyên mục về an toàn thực phẩm từ ngày 15/01/2028.", "",
    "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Đinh Công Sứ", ""])

_AID = "\n".join([
    "CÔNG ĐOÀN NGÀNH GIAO THÔNG VẬN TẢI TỈNH PHÚ YÊN", "Số: 31/QĐ-CĐN", "Phú Yên, ngày 02 tháng 10 năm 2028", "",
    "QUYẾT ĐỊNH", "Về việc hỗ trợ đoàn viên bị thiệt hại do bão số 6", "",
    "Điều 1. Quyết định này thay thế Quyết định số 12/QĐ-CĐN ngày 15/9/2028 về hỗ trợ đoàn viên.", "",
    "Điều 2. Đối tượng được hỗ trợ",
    "a) Đoàn viên có nhà bị sập hoàn toàn;", "b) Đoàn viên có nhà bị tốc mái trên 70%;",
    "c) Đoàn viên bị thương phải điều trị nội trú;", "d) Đoàn viên có người thân trong gia đình bị chết do bão;",
    "đ) Đoàn viên bị mất toàn bộ phương tiện đi làm.", "",
    "Điều 3. Mức hỗ trợ là 3.000.000 đồng mỗi trường hợp.", "",
    "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Lương Thị Hoa", ""])

docs = corpus_fixture(("qd45-khen-doan-vien.md", _PRAISED), ("kh88-an-toan-thuc-pham.txt", _SAFETY),
                      ("qd31-ho-tro-bao.txt", _AID))


def test_a_pronoun_after_a_row_is_that_rows_cell(docs):
    """Before: "chị ấy làm công việc gì" was searched with the previous question and refused ("không đề cập"); the
    row just shown says it, under a column named in other words ("Chức danh, nơi làm việc")."""
    row, job = chat(docs, "ai được khen ở Yamaha", "chị ấy làm công việc gì")
    assert "Đỗ Thị Hằng" in first_line(row), row
    assert "Kế toán viên, Công ty TNHH Yamaha Motor Việt Nam" in first_line(job), job
    assert "Lưu Văn Kiên" not in job and "Hiểu là: Đỗ Thị Hằng" in job, job  # the person the pronoun stands for


def test_a_pronoun_typed_without_diacritics_goes_on_from_the_row(docs):
    _, job = chat(docs, "ai được khen ở Yamaha", "chi ay lam cong viec gi")
    assert "Kế toán viên" in first_line(job), job


def test_a_body_pointed_back_to_is_the_body_the_question_before_named(docs):
    """Before: "cơ quan này …" was joined to "Sở Y tế có nhiệm vụ gì", whose words found the same line again."""
    _, when = chat(docs, "Sở Y tế có nhiệm vụ gì trong dịp Tết", "cơ quan này gửi báo cáo kết quả trước ngày nào")
    assert "Hiểu là: Sở Y tế gửi báo cáo kết quả" in when, when
    assert "20/02/2028" in first_line(when), when


def test_an_item_by_its_number_after_a_numbered_list_is_that_item(docs):
    """Before: "mục tiêu 2 là gì" after the three numbered targets quoted all three again."""
    listed, second = chat(docs, "kế hoạch 88 có mấy mục tiêu", "mục tiêu 2 là gì")
    assert "chợ đầu mối" in listed and "ngộ độc" in listed, listed
    assert "chợ đầu mối" in second and "ngộ độc" not in second, second


def test_an_article_number_is_no_item_of_the_list_shown(docs):
    from bot.answer.followup import Turn, item_of_list

    shown = Turn("kế hoạch có mấy mục tiêu", "1. Một việc. [1]\n2. Việc khác. [2]", ("d",), "")
    assert item_of_list("mục tiêu 2 là gì", shown) == "mục tiêu thứ 2 là gì"
    assert item_of_list("điều 2 là gì", shown) is None  # an article
    assert item_of_list("mục tiêu 5 là gì", shown) is None  # no such item shown
    assert item_of_list("giải pháp 2 là gì", shown) is None  # not what the list holds
    asked_of_one = Turn("Đợt 1 cần làm những việc gì?", "1. Một việc. [1]\n2. Việc khác. [2]", ("d",), "")
    assert item_of_list("đợt 2 thì sao", asked_of_one) is None  # the next round asked, not the list's item 2


def test_it_opening_a_follow_up_is_the_document_talked_about(docs):
    """Before: "no thay the quyet dinh nao" was joined into the previous question's words, shown half-restored."""
    _, replaced = chat(docs, "quyết định 31 ký ngày nào", "no thay the quyet dinh nao")
    assert "12/QĐ-CĐN" in first_line(replaced), replaced
    assert "ký ngày" not in replaced.split("\n", 1)[0], replaced


def test_it_before_a_count_is_no_pronoun():
    assert _without_subject_pronoun("nó thay thế văn bản nào") == "thay thế văn bản nào"
    assert _without_subject_pronoun("no bao nhieu tien") is None  # nợ bao nhiêu tiền
    assert _without_subject_pronoun("nội dung chính là gì") is None


def test_a_list_of_whom_quoted_in_part_says_how_many_it_has(docs):
    """Before (R6): three of the five groups, nothing saying more follow — read as all."""
    answer = docs.ask("Quyết định 31 hỗ trợ cho những ai")
    assert answer.found and "sập hoàn toàn" in answer.answer, answer.answer
    assert t("answer.whom_more", n=2, total=5) in answer.answer, answer.answer


def test_the_cells_of_an_answer_line_are_read_as_they_were_written():
    line = f"{t('answer.cell', header='Họ và tên', value='A')}{t('answer.cell_sep')}" \
           f"{t('answer.cell', header='Chức vụ', value='B')}"
    assert len(answer_cells(line)) == 2 and all(map(labelled_cell, answer_cells(line)))
    assert not labelled_cell("Một câu không có nhãn")


def test_a_pointer_after_a_row_is_shown_replaced_in_place(docs):
    """Before: "công việc của chị ấy là gì" was shown as "Hiểu là: Đỗ Thị Hằng công việc của là gì": the name put
    before the words left, not where the words pointing back to her stood."""
    _, job = chat(docs, "ai được khen ở Yamaha", "công việc của chị ấy là gì")
    assert "Kế toán viên" in first_line(job), job
    assert "Hiểu là: công việc của Đỗ Thị Hằng là gì" in job, job
