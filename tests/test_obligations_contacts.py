"""A contact line is no obligation, but only a phone or mail named as one: a number after a phone word ("Điện thoại:
…", "SĐT …"), a mail address, or digits grouped as phones are ("0912.345.678"). Ten digits alone are a tax code as
often ("mã số thuế 0301234567"), and a figure's groups ("1.500.000.000 đồng", "1 000 000 000 đồng") no phone: the duty
in that sentence is kept (review45 R10); nor is a duty with a date that names a phone a contact line ("… trước ngày
15/7/2027, liên hệ …"). The plan is this file's own, invented; parsed without embedding."""
from __future__ import annotations

from tests.helpers import obligation_index

_PLAN = "\n\n".join([
    "UBND TỈNH KON TUM\nSỞ TÀI CHÍNH\nSố: 41/KH-STC",
    "Kon Tum, ngày 10 tháng 1 năm 2027",
    "KẾ HOẠCH\nKiểm tra quyết toán thuế năm 2026",
    "I. NHIỆM VỤ",
    "1. Công ty TNHH Hưng Phát (mã số thuế 0301234567) nộp báo cáo quyết toán về Sở Tài chính trước ngày 31/3/2027.",
    "2. Phòng Kế hoạch bố trí 1.500.000.000 đồng hỗ trợ các hộ kinh doanh, hoàn thành trước ngày 30/6/2027.",
    "3. Đầu mối liên hệ: đồng chí Nguyễn Văn An, điện thoại 0912.345.678, thư điện tử an@stc.gov.vn.",
    "4. Tổ công tác trực tiếp nhận phản ánh của người nộp thuế, SĐT 0912345678.",
    "5. Văn phòng Sở gửi kết quả cho các đơn vị trước ngày 15/7/2027, liên hệ 0260 3822 123.",
    "6. Các phòng thông báo số điện thoại đường dây nóng 0251.3822.123 tới người dân trước ngày 30/6/2027.",
])


def test_a_sentence_holding_a_tax_code_or_a_large_figure_keeps_its_duty_and_contact_lines_are_none():
    """Before, "mã số thuế 0301234567" and "1.500.000.000 đồng" were read as phone numbers: both duties were lost."""
    quotes = [o.quote for o in obligation_index([("kh41.txt", _PLAN)]).select()]
    assert any(q.startswith("Công ty TNHH Hưng Phát") for q in quotes), quotes
    assert any(q.startswith("Phòng Kế hoạch bố trí") for q in quotes), quotes
    assert not any(q.startswith(("Đầu mối", "Tổ công tác")) for q in quotes), quotes


def test_a_dated_duty_that_names_a_phone_is_kept():
    """Before, a sentence holding a phone was dropped whole, though its duty had a date (review46 R2)."""
    quotes = [o.quote for o in obligation_index([("kh41.txt", _PLAN)]).select()]
    assert any(q.startswith("Văn phòng Sở gửi kết quả") for q in quotes), quotes
    assert any(q.startswith("Các phòng thông báo số điện thoại") for q in quotes), quotes


def test_a_figure_grouped_with_spaces_is_no_phone():
    """Before, "2 050 000 000 đồng" read as a phone ("050 000 000"): the duty was lost (review46 R6)."""
    plan = _PLAN + "\n\n7. Phòng Tài chính bố trí 2 050 000 000 đồng hỗ trợ hộ nghèo."
    quotes = [o.quote for o in obligation_index([("kh41.txt", plan)]).select()]
    assert any(q.startswith("Phòng Tài chính bố trí") for q in quotes), quotes


def test_lines_labelled_lien_he_are_contacts():
    """Before, "Liên hệ: …, 0912345678" was read as a duty of the issuer (review46 R7)."""
    plan = _PLAN + "\n\n8. Liên hệ: đồng chí Lê Văn C, 0912345678.\n\n9. Thông tin liên hệ: Văn phòng Sở, 0263822123."
    quotes = [o.quote for o in obligation_index([("kh41.txt", plan)]).select()]
    assert not any(q.startswith(("Liên hệ", "Thông tin liên hệ")) for q in quotes), quotes
