"""`troly obligations` reads "Trung tâm Y tế, Bệnh viện tỉnh tổ chức …" as two doers, each its own (before, the two
names were one body no table knows, or no doer at all and the task the issuer's), and a percentage target with the
count it is a share of ("đạt 95% số hộ gia đình nông thôn", not "đạt 95%"); a unit's word that goes on with the clause
is no part of the target ("ít nhất 02 lần trong năm": "ít nhất 02 lần"). The plan is invented; parsed without
embedding."""
from __future__ import annotations

from tests.helpers import obligation_index

_PLAN = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 15/KH-UBND",
    "Gia Lai, ngày 5 tháng 3 năm 2027",
    "KẾ HOẠCH\nPhòng, chống sốt xuất huyết năm 2027",
    "I. CHỈ TIÊU",
    "1. Đến năm 2027, tỷ lệ hộ được tuyên truyền đạt 95% số hộ gia đình nông thôn.",
    "2. Mỗi xã tổ chức ít nhất 02 lần trong năm chiến dịch diệt lăng quăng.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Trung tâm Y tế, Bệnh viện tỉnh tổ chức phun hóa chất diệt muỗi trước ngày 30/4/2027.",
    "2. Trung tâm Kiểm soát bệnh tật và Trung tâm Y tế các huyện báo cáo kết quả trước ngày 15/5/2027.",
])


def _items():
    return {o.quote[:22]: o for o in obligation_index([("kh15.txt", _PLAN)]).select()}


def test_units_listed_by_a_comma_or_va_are_each_a_doer():
    items = _items()
    assert items["Trung tâm Y tế, Bệnh v"].bodies == ["Trung tâm Y tế", "Bệnh viện tỉnh"]
    assert items["Trung tâm Kiểm soát bệ"].bodies == ["Trung tâm Kiểm soát bệnh tật", "Trung tâm Y tế các huyện"]


def test_a_percentage_target_names_what_it_is_a_share_of():
    targets = {o.quote[:22]: o.target["text"] for o in _items().values() if o.target}
    assert "đạt 95% số hộ gia đình nông thôn" in targets.values(), targets
    assert "ít nhất 02 lần" in targets.values(), targets
