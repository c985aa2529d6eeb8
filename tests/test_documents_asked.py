"""Questions about the documents themselves, not a passage (four invented papers of one company's union): who signed
which by the signer's name, who holds a post of a body named without its company's legal form ("TNHH"), who signed a
document named by words of its title after "về", which documents are about a subject or of a year, and the closest
numbers of a number none has, a loaded appendix of such a document among them."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_with

_HEAD = """CÔNG ĐOÀN CÔNG TY TNHH DỆT KIM HÒA BÌNH
Số: {number}
Hòa Bình, ngày {day}

"""

SPORTS = _HEAD.format(number="05/KH-CĐ", day="10 tháng 3 năm 2026") + """KẾ HOẠCH
Tổ chức hội thao công nhân chào mừng ngày thành lập Công ty năm 2026

1. Hội thao gồm các môn bóng chuyền, kéo co và cầu lông, tổ chức tại sân vận động Công ty ngày 18/4/2026.
2. Mỗi phân xưởng cử một đội bóng chuyền 08 vận động viên; danh sách gửi về Văn phòng Công đoàn trước ngày 05/4/2026.
3. Kinh phí tổ chức 40.000.000 đồng từ quỹ công đoàn cơ sở.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Phạm Quốc Việt
"""

CHECKUP = _HEAD.format(number="09/TB-CĐ", day="02 tháng 6 năm 2026") + """THÔNG BÁO
Về việc khám sức khỏe định kỳ cho đoàn viên năm 2026

1. Công đoàn phối hợp với Bệnh viện Đa khoa tỉnh khám sức khỏe cho toàn thể đoàn viên từ ngày 15/6 đến ngày 20/6/2026.
2. Đoàn viên nhịn ăn sáng trước khi lấy máu xét nghiệm và mang theo thẻ bảo hiểm y tế.
3. Nữ đoàn viên được khám thêm chuyên khoa phụ sản.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đỗ Thị Hạnh
"""

AWARD = _HEAD.format(number="14/QĐ-CĐ", day="28 tháng 12 năm 2025") + """QUYẾT ĐỊNH
Về việc khen thưởng tổ công đoàn xuất sắc năm 2025

Điều 1. Khen thưởng 06 tổ công đoàn xuất sắc, mỗi tổ 2.000.000 đồng.
Điều 2. Kinh phí chi từ quỹ khen thưởng của công đoàn cơ sở.
Điều 3. Văn phòng Công đoàn và các tổ công đoàn có tên tại Điều 1 thi hành Quyết định này.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Phạm Quốc Việt
"""

LIBRARY = """CÔNG ĐOÀN CÔNG TY TNHH DỆT KIM HÒA BÌNH

KẾ HOẠCH
Xây dựng tủ sách công nhân năm 2026

1. Mỗi tổ công đoàn góp ít nhất 20 đầu sách cho tủ sách chung đặt tại nhà văn hóa công nhân.
2. Tủ sách mở cửa cho công nhân mượn sách vào giờ nghỉ trưa các ngày trong tuần.
"""


HONOURS = """PHỤ LỤC
DANH SÁCH CÔNG NHÂN GIỎI ĐƯỢC BIỂU DƯƠNG
(Kèm theo Quyết định số      /QĐ-LĐLĐ của Liên đoàn Lao động tỉnh Hòa Bình)

| TT | Họ và tên | Đơn vị |
| 1 | Nguyễn Văn An | Tổ dệt số 1 |
| 2 | Lê Thị Bình | Tổ may số 3 |
"""


@pytest.fixture(scope="module")
def union(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "kh05_hoi_thao.txt", SPORTS, ("tb09_kham.txt", CHECKUP),
                          ("qd14_khen.txt", AWARD), ("kh_tu_sach.txt", LIBRARY),
                          ("phu_luc_bieu_duong.txt", HONOURS))


@pytest.mark.parametrize("question", ["Phạm Quốc Việt đã ký những văn bản nào?", "những văn bản nào do ông Việt ký"])
def test_documents_a_person_signed_are_those_signed_by_that_name(union, question):
    """Before: "không đề cập nội dung này" (no sentence says it; the question read as no signer question)."""
    answer = union.ask(question)
    assert answer.found and "05/KH-CĐ" in answer.answer and "14/QĐ-CĐ" in answer.answer, answer.answer
    assert "Đỗ Thị Hạnh" not in answer.answer, answer.answer


def test_a_heads_documents_are_not_those_the_deputy_signed_for_him(union):
    """"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" is the deputy's signature: listed under "chủ tịch" before."""
    answer = union.ask("chủ tịch đã ký những văn bản nào?")
    assert answer.found and "Phạm Quốc Việt" in answer.answer and "Đỗ Thị Hạnh" not in answer.answer, answer.answer


def test_the_post_holder_of_a_company_union_named_without_its_legal_form(union):
    """Before: the body asked ("công ty dệt kim …") was not the issuer ("Công ty TNHH Dệt kim …"): no answer."""
    answer = union.ask("chủ tịch công đoàn công ty dệt kim hòa bình là ai?")
    assert answer.found and "Phạm Quốc Việt" in answer.answer, answer.answer


def test_who_signed_a_document_named_by_its_subject_after_ve(union):
    """Before: "về" ended the title words, and "chuẩn bị"'s "bị" too: every document's signer was listed."""
    answer = union.ask("ai ký thông báo về khám sức khỏe cho đoàn viên?")
    assert answer.found and "Đỗ Thị Hạnh" in answer.answer and "Phạm Quốc Việt" not in answer.answer, answer.answer


def test_which_documents_are_about_a_subject_names_them_title_first(union):
    """Before: three passages sharing a word were quoted, the notice whose title is the subject not named."""
    answer = union.ask("có văn bản nào nói về khám sức khỏe cho đoàn viên không?")
    assert answer.found and answer.answer.splitlines()[1].startswith("• TB 09/TB-CĐ"), answer.answer
    assert "05/KH-CĐ" not in answer.answer and "14/QĐ-CĐ" not in answer.answer, answer.answer


def test_the_documents_of_a_year_are_listed(union):
    """Before: the year's deadlines were quoted as passages."""
    answer = union.ask("năm 2025 có những văn bản nào?")
    assert "14/QĐ-CĐ" in answer.answer and "05/KH-CĐ" not in answer.answer and "09/TB-CĐ" not in answer.answer, \
        answer.answer


def test_a_plan_number_none_has_names_the_closest_numbered_plans_first(union):
    """Before: the plans whose number is unknown took the first places ("(chưa rõ số)"), before those numbered."""
    answer = union.ask("kế hoạch số 11/KH-CĐ nói về gì?")
    assert not answer.found and "KH 11" in answer.answer, answer.answer
    assert 0 <= answer.answer.find("05/KH-CĐ") < answer.answer.find("chưa rõ số"), answer.answer


def test_a_number_none_has_offers_a_loaded_appendix_of_that_kind_printed_without_number(union):
    """Before: only QĐ 14 was named; the appendix of a decision whose number was left blank was not offered."""
    answer = union.ask("quyết định số 30/QĐ-LĐLĐ nói về gì?")
    assert "QĐ 30" in answer.answer and "DANH SÁCH CÔNG NHÂN GIỎI" in answer.answer.upper(), answer.answer
