"""A yes or no is judged by what its subject is in the line answering it: of a line stating several amounts, the
amount of the clause naming what is asked ("Tổng kinh phí …, trong đó …", "…; riêng …", "…/người"), not any amount of
the line; of a case the line's lead-in names with another modifier of the same head ("tai nạn giao thông" for "tai nạn
lao động" asked), "Không", never "Có."; of a place the line itself names, never "Không" for naming it. Invented
documents and wordings, this file's own: a sports plan of a port workers' union, its decision on guards injured on
the way to work and its aid to members' children working abroad."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture, first_line

_SPORTS = ("CÔNG ĐOÀN CẢNG CỬA LÒ\nSố: 09/KH-CĐC\nCửa Lò, ngày 3 tháng 3 năm 2027\n\n"
           "KẾ HOẠCH\nTổ chức Hội thao công nhân cảng năm 2027\n\n"
           "I. THỜI GIAN, ĐỊA ĐIỂM\nHội thao diễn ra ngày 15/5/2027 tại sân vận động thị xã.\n\n"
           "II. KINH PHÍ\n"
           "1. Tổng kinh phí 60.000.000 đồng, trong đó Công đoàn ngành hỗ trợ 40.000.000 đồng, công đoàn cơ sở "
           "đóng góp 20.000.000 đồng.\n"
           "2. Tiền ăn cho vận động viên 150.000 đồng/người; riêng trọng tài được bồi dưỡng 250.000 đồng/buổi.\n\n"
           "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nHoàng Văn Lực\n")

_GUARDS = ("CÔNG ĐOÀN CẢNG CỬA LÒ\nSố: 12/QĐ-CĐC\nCửa Lò, ngày 10 tháng 3 năm 2027\n\n"
           "QUYẾT ĐỊNH\nVề việc hỗ trợ công nhân bảo vệ gặp nạn\n\n"
           "BAN THƯỜNG VỤ CÔNG ĐOÀN CẢNG\n\nQUYẾT ĐỊNH:\n\n"
           "Điều 1. Mức hỗ trợ\n"
           "Đoàn viên là công nhân bảo vệ bị tai nạn giao thông trên đường đi ca được hỗ trợ như sau:\n"
           "a) Điều trị dưới 7 ngày: 500.000 đồng;\n"
           "b) Điều trị từ 7 ngày trở lên: 1.000.000 đồng;\n"
           "c) Suy giảm khả năng lao động từ 21% trở lên: 3.000.000 đồng.\n\n"
           "Điều 2. Tổ bảo vệ gửi hồ sơ về Văn phòng công đoàn trong 30 ngày kể từ ngày bị tai nạn.\n\n"
           "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nHoàng Văn Lực\n")

_ABROAD = ("CÔNG ĐOÀN CẢNG CỬA LÒ\nSố: 15/QĐ-CĐC\nCửa Lò, ngày 20 tháng 3 năm 2027\n\n"
           "QUYẾT ĐỊNH\nVề việc hỗ trợ con đoàn viên đi làm việc ở nước ngoài\n\n"
           "Điều 1. Điều kiện hỗ trợ\n"
           "Chỉ hỗ trợ con đoàn viên đi làm việc ở nước ngoài theo hợp đồng với doanh nghiệp được cấp phép, theo "
           "chương trình thực tập sinh kỹ năng của Nhật Bản (IM Japan) hoặc hợp đồng do đơn vị sự nghiệp công lập "
           "ký.\n\n"
           "Điều 2. Mỗi người được hỗ trợ một lần 2.000.000 đồng.\n\n"
           "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nHoàng Văn Lực\n")

assistant = assistant_fixture("kh09_hoi_thao.txt", _SPORTS, ("qd12_bao_ve.txt", _GUARDS),
                              ("qd15_nuoc_ngoai.txt", _ABROAD))


# Before, each wrong claim read "Có.": its amount was stated somewhere in the line, of another part of it.
@pytest.mark.parametrize("question, stated", [
    ("Tổng kinh phí hội thao là 40 triệu đúng không?", "60.000.000 đồng"),
    ("Trọng tài hội thao được bồi dưỡng 150 nghìn mỗi buổi đúng không?", "250.000 đồng"),
    ("Tiền ăn hội thao là 250 nghìn mỗi người phải không?", "150.000 đồng"),
    ("tong kinh phi hoi thao la 40 trieu dung khong", "60.000.000 đồng"),  # typed without marks
])
def test_a_claim_of_another_clauses_amount_is_denied(assistant, question, stated):
    answer = assistant.ask(question)
    assert answer.found and first_line(answer).startswith(f"Không, văn bản ghi {stated}."), answer.answer


@pytest.mark.parametrize("question", [
    "Tổng kinh phí hội thao là 60 triệu đúng không?",
    "Công đoàn ngành hỗ trợ hội thao 40 triệu đúng không?",
    "Trọng tài hội thao được bồi dưỡng 250 nghìn mỗi buổi đúng không?",
])
def test_a_claim_of_its_own_clauses_amount_is_confirmed(assistant, question):
    answer = assistant.ask(question)
    assert answer.found and first_line(answer).startswith("Có."), answer.answer


@pytest.mark.parametrize("question, asked", [
    ("Công nhân bảo vệ bị tai nạn lao động trong kho có được hỗ trợ không?", "«tai nạn lao động"),
    ("cong nhan bao ve bi tai nan lao dong co duoc ho tro khong", "«tai nan lao dong"),
])
def test_a_case_named_with_another_modifier_is_no_yes(assistant, question, asked):
    """Before: "Có. c) Suy giảm khả năng lao động …" — every word asked stood somewhere in the item and its lead-in."""
    said = first_line(assistant.ask(question))
    assert said.startswith("Không") and "«tai nạn giao thông»" in said and asked in said, said


def test_the_case_the_lead_in_names_is_still_yes(assistant):
    said = first_line(assistant.ask("Công nhân bảo vệ bị tai nạn giao thông trên đường đi ca có được hỗ trợ không?"))
    assert said.startswith("Có.") and "tai nạn giao thông" in said, said


def test_a_place_the_line_names_is_not_denied(assistant):
    """Before: "Không, văn bản ghi Nhật Bản." — the place asked, read with the programme after it ("Nhật Bản theo IM
    Japan"), was missed in the line, and the line's own "Nhật Bản" taken for another place."""
    said = first_line(assistant.ask("Con đoàn viên đi làm việc ở Nhật Bản theo IM Japan có được hỗ trợ không?"))
    assert not said.startswith("Không") and "Nhật Bản (IM Japan)" in said, said
