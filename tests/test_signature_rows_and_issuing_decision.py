"""Who signed and when, read from layouts the state's template does not print: a signature laid out as the rows of
a markdown table, one line a row with no "<br>" ("|  | KT. GIÁM ĐỐC |", an empty row left to sign in, "|  | Lê Thị
Hồng |"); and a quy chế or quy định that prints no number or date of its own but names, under its title, the decision
that issued it ("(Ban hành kèm theo Quyết định số … ngày … của …)"): that decision's number, day and issuer are the
text's — never those of a "Căn cứ" line, which names a text it rests on. The documents are invented."""
from __future__ import annotations

from ingest.parse import parse_document
from tests.helpers import assistant_fixture

_REPORT = """| UBND TỈNH BẮC KẠN<br>**SỞ TƯ PHÁP** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|---|---|
| Số: 77/BC-STP | *Bắc Kạn, ngày 14 tháng 12 năm 2026* |

# BÁO CÁO

Kết quả trợ giúp pháp lý năm 2026

1. Trung tâm Trợ giúp pháp lý thực hiện 412 vụ việc trợ giúp pháp lý.

2. Năm 2027, Sở Tư pháp mở rộng trợ giúp pháp lý lưu động tới các xã vùng cao.

"""

SIGNED_IN_ROWS = _REPORT + """|  | **KT. GIÁM ĐỐC** |
|---|---|
|  | **PHÓ GIÁM ĐỐC** |
|  |  |
|  | **Lê Thị Hồng** |
"""

RULES = """QUY CHẾ
Quản lý và sử dụng Quỹ khuyến học của xã
(Ban hành kèm theo Quyết định số 88/QĐ-UBND ngày 20 tháng 10 năm 2026 của Ủy ban nhân dân xã Đăk Hà)

Căn cứ Nghị định số 93/2019/NĐ-CP ngày 25 tháng 11 năm 2019 của Chính phủ;

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc quản lý và sử dụng Quỹ khuyến học của xã.

Điều 2. Mức khen thưởng
Học sinh đạt giải cấp tỉnh được thưởng 500.000 đồng.
"""

rules = assistant_fixture("quy_che_quy_khuyen_hoc.txt", RULES)


def test_a_signature_in_markdown_rows_gives_the_signer_and_their_post():
    """Before, the signature was no signature (no signer) or its name without the post signed in."""
    meta = parse_document(SIGNED_IN_ROWS, "bc77.md").meta
    assert (meta.signer, meta.signer_role) == ("Lê Thị Hồng", "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC")
    one_row_each = SIGNED_IN_ROWS.replace("|  | **KT. GIÁM ĐỐC** |\n|---|---|\n|  | **PHÓ GIÁM ĐỐC** |\n|  |  |\n",
                                          "|  | **GIÁM ĐỐC** |\n|---|---|\n")
    meta = parse_document(one_row_each, "bc77.md").meta
    assert (meta.signer, meta.signer_role) == ("Lê Thị Hồng", "GIÁM ĐỐC")


def test_a_text_issued_by_a_decision_takes_its_number_day_and_issuer():
    """Before, the quy chế had no number, no date and no issuer."""
    meta = parse_document(RULES, "quy_che.txt").meta
    assert (meta.number, meta.date) == ("88/QĐ-UBND", "2026-10-20")
    assert meta.issuer == "Ủy ban nhân dân xã Đăk Hà"
    based = RULES.replace("(Ban hành kèm theo Quyết định số 88/QĐ-UBND ngày 20 tháng 10 năm 2026 của Ủy ban nhân dân "
                          "xã Đăk Hà)\n", "")
    meta = parse_document(based, "quy_che.txt").meta
    assert (meta.number, meta.date) == ("", "")  # the decree a "Căn cứ" line names is not the text's own


def test_asked_when_it_was_issued_the_answer_gives_the_decisions_day(rules):
    """Before: "không ghi ngày ban hành"."""
    answer = rules.ask("Quy chế quản lý quỹ khuyến học của xã ban hành ngày nào?")
    assert answer.found and "20/10/2026" in answer.answer, answer.answer


def test_a_blank_form_issued_with_a_circular_does_not_take_the_circulars_number_as_its_own():
    """Before, a form's title "Mẫu số 02 / BÁO CÁO …" under which the circular it is printed with is named took the
    circular's number, day and issuer: a report numbered as a Thông tư, which questions naming the circular found."""
    form = """Mẫu số 02
BÁO CÁO
Kết quả thu gom rác thải nhựa tại cộng đồng
(Ban hành kèm theo Thông tư số 11/2027/TT-BTNMT ngày 15/02/2027 của Bộ trưởng Bộ Tài nguyên và Môi trường)

1. Khối lượng rác thải nhựa thu gom trong kỳ: ...
2. Khó khăn, kiến nghị: ...
"""
    meta = parse_document(form, "mau02.txt").meta
    assert (meta.number, meta.date, meta.issuer) == ("", "", ""), (meta.number, meta.date, meta.issuer)
    meta = parse_document(RULES.replace("QUY CHẾ\n", "QUY CHẾ MẪU\n"), "quy_che.txt").meta
    assert meta.number == "88/QĐ-UBND"  # a text named with the word "mẫu" in its title is still issued so
