"""A question whose answer the top passage states in the words of its kind is answered, not called absent (y-findings
M2, M8): "bao nhiêu giờ" counts hours, which "lưu 48 giờ" states (though "giờ" of "bây giờ" names nothing, and "mấy
giờ" still asks the time of day); "hôm nào", "ngày nào" is answered by a day of the week said to recur ("Thứ Bảy tuần
cuối cùng hằng tháng"); and a case asked by its abbreviation ("HTX") is the case an item writes out ("hợp tác xã"),
never said to be missing from a list that names it. Smaller (y-findings, y24 y74 y61): a case named in a list in
brackets, asked with a filler after it ("sầu riêng thì"), gets no "Không, văn bản nêu «…»"; a year asked is answered by
the line of that year before a line of another year that only falls due in it; a sentence answering two parts of one
question is quoted once. The plan, the report and the wording are this file's own, invented."""
from __future__ import annotations

from bot.answer.question import CLOCK, DATE, NUMBER, classify, names_weekday, number_unit, states
from tests.helpers import corpus_fixture
from troly.texts import t

_PLAN = "\n\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN MINH LONG\nSố: 77/KH-UBND\nMinh Long, ngày 12 tháng 10 năm 2026",
    "KẾ HOẠCH\nBảo đảm vệ sinh bếp ăn tập thể và phát triển kinh tế hợp tác năm 2027",
    "I. BẾP ĂN TẬP THỂ\n1. Các nhà trẻ có bếp ăn phải giữ lại mẫu món ăn 48 giờ và ghi sổ kiểm thực.\n"
    "2. Tổ kiểm tra liên ngành họp giao ban vào Thứ Bảy tuần cuối cùng hằng tháng tại trụ sở Phòng Y tế.",
    "II. CHO VAY ƯU ĐÃI\nMức cho vay từ nguồn vốn khuyến nông được quy định như sau:\n"
    "1. Hộ gia đình vay vốn sản xuất: tối đa 80 triệu đồng/hộ.\n"
    "2. Tổ hợp tác vay vốn sản xuất: tối đa 300 triệu đồng/tổ.\n"
    "3. Hợp tác xã vay vốn sản xuất: tối đa 900 triệu đồng/hợp tác xã.",
    "III. THỜI HẠN CHO VAY\n1. Dự án chăn nuôi được vay tối đa 24 tháng.\n"
    "2. Dự án trồng cây ăn quả (bưởi, sầu riêng, chôm chôm) được vay tối đa 48 tháng và được ân hạn trả gốc 6 tháng "
    "đầu.",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐinh Văn Khải\n"])

_REPORT = "\n\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN MINH LONG\nPHÒNG NÔNG NGHIỆP\nSố: 45/BC-PNN\nMinh Long, ngày 02 tháng 12 năm 2026",
    "BÁO CÁO\nKết quả hỗ trợ giống cây trồng và bảo hiểm y tế hộ cận nghèo năm 2026",
    "I. KẾT QUẢ NĂM 2026\n1. Năm 2026, toàn huyện cấp 310 tấn giống lúa cho 2.400 hộ; kinh phí hỗ trợ giống cây trồng "
    "12 tỷ đồng.\n2. Đã cấp 4.560 thẻ bảo hiểm y tế cho hộ cận nghèo (đạt 91% kế hoạch), chuyển dữ liệu về Cơ sở dữ "
    "liệu quốc gia 4.100 hồ sơ. Kinh phí thực hiện là 2,3 tỷ đồng từ ngân sách huyện.",
    "II. NHIỆM VỤ NĂM 2027\n1. Phòng Tài chính thẩm định dự toán kinh phí hỗ trợ giống cây trồng năm 2027 (dự kiến 15 "
    "tỷ đồng), trình Ủy ban nhân dân huyện trước ngày 20 tháng 12 năm 2026.",
    "TRƯỞNG PHÒNG\nHà Văn Tâm\n"])

store = corpus_fixture(("kh77-bep-an-hop-tac.txt", _PLAN), ("bc45-giong-cay-trong.txt", _REPORT))


def test_how_many_hours_counts_hours(store):
    assert number_unit("giữ mẫu món ăn bao nhiêu giờ") == "gio"
    assert number_unit("giu mau mon an bao nhieu gio") == "gio"
    assert number_unit("khai mạc lúc mấy giờ") == "" and CLOCK in classify("khai mạc lúc mấy giờ").kinds
    for question in ("Nhà trẻ phải giữ lại mẫu món ăn bao nhiêu giờ?",
                     "nha tre phai giu lai mau mon an bao nhieu gio"):
        answer = store.ask(question)
        assert answer.found and "48 giờ" in answer.answer, answer.answer
        assert t(f"abstain.{NUMBER}") not in answer.answer


def test_a_recurring_weekday_is_the_day_asked(store):
    assert names_weekday("họp vào Thứ Bảy tuần cuối cùng hằng tháng")
    assert names_weekday("giao ban thứ hai hằng tuần") and states(DATE, "giao ban thứ hai hằng tuần")
    assert not names_weekday("nhiệm vụ thứ hai là tuyên truyền")
    assert not names_weekday("từ tuần thứ hai trở đi")
    assert names_weekday("vào Chủ nhật tuần thứ hai hằng tháng") and names_weekday("Thứ Bảy tuần cuối cùng hằng tháng")
    for question in ("Tổ kiểm tra liên ngành họp giao ban vào hôm nào trong tháng?",
                     "to kiem tra lien nganh hop giao ban ngay nao trong thang"):
        answer = store.ask(question)
        assert answer.found and "Thứ Bảy tuần cuối cùng" in answer.answer, answer.answer
        assert t(f"abstain.{DATE}") not in answer.answer


def test_a_headings_ordinal_or_a_weekday_in_a_name_states_no_day():
    """review47 R3: an all-capitals heading's ordinal ("PHẦN THỨ HAI") and a weekday inside a name ("Ngày Chủ nhật
    xanh") answered "ngày nào" as a day would."""
    for line in ("PHẦN THỨ HAI", "LẦN THỨ HAI", "MỤC TIÊU THỨ HAI", "II. NHIỆM VỤ THỨ BA",
                 "1. Đoàn Thanh niên các xã tổ chức Ngày Chủ nhật xanh, thu gom rác thải",
                 "Các chi đoàn ra quân Thứ Bảy tình nguyện dọn vệ sinh đường làng"):
        assert not states(DATE, line), line


def test_a_day_after_a_name_holding_a_weekday_is_still_the_day():
    """A weekday inside a name does not hide the day the same line gives: the campaign "Ngày Thứ Bảy sạch" held "vào
    Thứ Bảy tuần đầu hằng tháng" answers "hôm nào" (only the first weekday was read, and the name's refused it)."""
    line = "Các chi đoàn ra quân phong trào “Ngày Thứ Bảy sạch” vào Thứ Bảy tuần đầu hằng tháng."
    assert names_weekday(line) and states(DATE, line)
    assert not names_weekday("Các chi đoàn ra quân phong trào “Ngày Thứ Bảy sạch” trong cả năm.")


def test_a_case_asked_by_its_abbreviation_is_the_item_writing_it_out(store):
    for question in ("HTX vay vốn khuyến nông tối đa bao nhiêu tiền?", "htx vay von khuyen nong toi da bao nhieu"):
        answer = store.ask(question)
        assert answer.found and "900 triệu đồng" in answer.answer.split("\n")[0], answer.answer
        assert "không nêu trường hợp" not in answer.answer


def test_a_case_in_a_bracketed_list_asked_with_a_filler_is_no_other_case(store):
    answer = store.ask("Vay vốn để trồng sầu riêng thì được vay tối đa bao lâu, có ân hạn không?")
    assert answer.found and "48 tháng" in answer.answer, answer.answer
    assert not answer.answer.startswith("Không"), answer.answer


def test_the_year_asked_is_answered_before_a_task_falling_due_in_it(store):
    for question in ("Kinh phí hỗ trợ giống cây trồng năm 2026 là bao nhiêu tỷ?",
                     "kinh phi ho tro giong cay trong nam 2026 bao nhieu ty"):
        answer = store.ask(question)
        assert answer.found and "12 tỷ đồng" in answer.answer.split("\n")[0], answer.answer


def test_a_sentence_answering_two_parts_is_quoted_once(store):
    answer = store.ask("Đã cấp được bao nhiêu thẻ bảo hiểm y tế cho hộ cận nghèo, đạt bao nhiêu phần trăm kế hoạch?")
    assert answer.found and "91%" in answer.answer, answer.answer
    assert answer.answer.count("4.560 thẻ") == 1, answer.answer
