"""A welfare regulation asked as a member types: a case named with a verb of going the item does not write ("không đi
du lịch …" of "Du lịch, nghỉ dưỡng hằng năm: …") is that item's case, not one the list lacks; "quy chế này áp dụng cho
ai" asks the regulation's own line on whom it covers; a line sharing only the value a question states ("6 tháng") is
no part of the answer. An invented document, this file's own: a company's welfare-fund regulation."""
from __future__ import annotations

from tests.helpers import assistant_fixture, first_line

_FUND = ("CÔNG TY TNHH CƠ KHÍ HÒA PHÁT ĐẠT\nSố: 12/QĐ-CT\nBến Lức, ngày 02 tháng 3 năm 2027\n\n"
         "QUYẾT ĐỊNH\nBan hành Quy chế sử dụng quỹ phúc lợi năm 2027\n\n"
         "Điều 1. Ban hành kèm theo Quyết định này Quy chế sử dụng quỹ phúc lợi của Công ty.\n"
         "Điều 2. Quyết định có hiệu lực từ ngày 01/4/2027.\n\n"
         "GIÁM ĐỐC\n\nLê Văn Tâm\n\n"
         "QUY CHẾ SỬ DỤNG QUỸ PHÚC LỢI\n\n"
         "Điều 1. Phạm vi và đối tượng áp dụng\n"
         "Quy chế này quy định các khoản chi từ quỹ phúc lợi của Công ty; áp dụng với công nhân viên ký hợp đồng lao "
         "động từ 24 tháng trở lên.\n\n"
         "Điều 2. Các khoản chi\n"
         "1. Công nhân viên kết hôn: 1.000.000 đồng.\n"
         "2. Công nhân viên ốm đau nằm viện từ 05 ngày trở lên: 700.000 đồng/lần.\n"
         "3. Du lịch, nghỉ dưỡng hằng năm: hỗ trợ không quá 2.000.000 đồng/người; người không tham gia không được "
         "nhận bằng tiền.\n\n"
         "Điều 3. Báo cáo\n"
         "Kế toán công đoàn lập báo cáo quyết toán quỹ 6 tháng gửi LĐLĐ huyện trước ngày 15/7 và báo cáo năm trước "
         "ngày 20/01 năm sau.\n")

assistant = assistant_fixture("qc12_phuc_loi.txt", _FUND)


# Before, "đi du lịch" was said to be a case the regulation does not name, above the very item answering it.
def test_a_case_named_with_a_verb_of_going_is_the_item_naming_it(assistant):
    answer = assistant.ask("không đi du lịch thì có được nhận tiền không")
    assert "không nêu" not in answer.answer, answer.answer
    assert "không được nhận bằng tiền" in first_line(answer), answer.answer


# Before, "quy chế này" was dropped as naming the document, and what was left ("áp dụng cho ai") was refused.
def test_this_regulation_asked_whom_it_covers(assistant):
    answer = assistant.ask("quy chế này áp dụng cho ai")
    assert answer.found and "24 tháng trở lên" in first_line(answer), answer.answer


# Before, the half-yearly report's line ("6 tháng") followed the right "Không." line.
def test_a_line_sharing_only_the_value_asked_is_left_out(assistant):
    answer = assistant.ask("hợp đồng 6 tháng có được áp dụng không")
    assert answer.found and "24 tháng trở lên" in first_line(answer), answer.answer
    assert "báo cáo" not in answer.answer.split("\n\n")[0].lower(), answer.answer
