"""A text two bodies issue together names both as its issuers, however its letterhead prints them: side by side
without a motto, each with its own number (review47 R9: the second body was taken for the organisation's name that
a mass organisation prints where the motto stands, and dropped); two bodies of one kind stacked over the motto ("SỞ
Y TẾ" over "SỞ GIÁO DỤC VÀ ĐÀO TẠO": no Sở is another Sở's upper body); or on one line joined by a dash. A mass
organisation's letterhead still drops its whole organisation's name. The documents are invented."""
from __future__ import annotations

from ingest.parse import parse_document
from tests.helpers import assistant_fixture

_BODY = """
KẾ HOẠCH
Phối hợp tổ chức Hội thi tìm hiểu lịch sử địa phương năm 2027

1. Các trường trung học phổ thông đăng ký đội thi trước ngày 15/3/2027.
2. Ban tổ chức chấm thi và công bố kết quả trước ngày 30/4/2027.

Nơi nhận:
- Các trường THPT;
- Lưu: VT.
"""

SIDE_BY_SIDE = """BAN TUYÊN GIÁO TỈNH ỦY          SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 12-KH/BTGTU          Số: 45/KH-SGDĐT
Gia Lai, ngày 5 tháng 3 năm 2027
""" + _BODY

STACKED = """SỞ Y TẾ                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO           Độc lập - Tự do - Hạnh phúc
Số: 07/KH-SYT-SGDĐT              Kon Tum, ngày 9 tháng 4 năm 2027
""" + _BODY.replace("lịch sử địa phương", "sơ cấp cứu")

DASHED = """SỞ Y TẾ – SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 08/KH-SYT-SGDĐT
Kon Tum, ngày 10 tháng 4 năm 2027
""" + _BODY.replace("lịch sử địa phương", "an toàn thực phẩm")

joint = assistant_fixture("kh12_btgtu_sgddt.txt", SIDE_BY_SIDE)


def _header(doc) -> str:
    [header] = [c.text for c in doc.chunks if c.kind == "header"]
    return header


def test_two_bodies_side_by_side_each_numbering_the_text_both_issue_it():
    """Before, the issuer was "Ban tuyên giáo tỉnh ủy" alone and the header passage lost "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    while its number stayed."""
    doc = parse_document(SIDE_BY_SIDE, "kh12.txt")
    assert doc.meta.issuer.lower() == "ban tuyên giáo tỉnh ủy"
    assert [b.lower() for b in doc.meta.co_issuers] == ["sở giáo dục và đào tạo"]
    assert "SỞ GIÁO DỤC VÀ ĐÀO TẠO" in _header(doc) and "Số: 12-KH/BTGTU" in _header(doc)


def test_asked_who_issued_it_the_answer_names_both_bodies(joint):
    answer = joint.ask("Kế hoạch 45/KH-SGDĐT do cơ quan nào ban hành?")
    assert answer.found, answer.answer
    assert "ban tuyên giáo tỉnh ủy" in answer.answer.lower() and "sở giáo dục và đào tạo" in answer.answer.lower(), \
        answer.answer


def test_two_bodies_of_one_kind_stacked_or_dashed_issue_together_not_one_under_the_other():
    """Before, "SỞ Y TẾ" over "SỞ GIÁO DỤC VÀ ĐÀO TẠO" was read as the upper body of the Sở it is printed over, and
    "SỞ Y TẾ – SỞ GIÁO DỤC VÀ ĐÀO TẠO" as the name of one body."""
    for text in (STACKED, DASHED):
        meta = parse_document(text, "kh.txt").meta
        issuers = {meta.issuer.lower(), *(b.lower() for b in meta.co_issuers)}
        assert issuers == {"sở y tế", "sở giáo dục và đào tạo"}, (meta.issuer, meta.co_issuers)
        assert not meta.parent


def test_a_mass_organisations_letterhead_still_drops_the_whole_organisations_name():
    text = """HỘI NÔNG DÂN TỈNH ĐẮK LẮK          HỘI NÔNG DÂN VIỆT NAM
BAN THƯỜNG VỤ              Đắk Lắk, ngày 25 tháng 11 năm 2026
*
Số: 37-KH/HNDT
""" + _BODY
    doc = parse_document(text, "kh37.txt")
    assert doc.meta.issuer.lower() == "ban thường vụ hội nông dân tỉnh đắk lắk" and not doc.meta.co_issuers
    assert "VIỆT NAM" not in _header(doc)
    state = parse_document(text.replace("HỘI NÔNG DÂN TỈNH ĐẮK LẮK ", "UBND TỈNH ĐẮK LẮK         ")
                           .replace("BAN THƯỜNG VỤ", "SỞ NỘI VỤ"), "kh37.txt").meta
    assert state.issuer.lower() == "sở nội vụ" and state.parent == "UBND TỈNH ĐẮK LẮK"


def test_a_command_printed_under_its_ministry_is_issued_by_the_command_alone():
    """Before, "BỘ QUỐC PHÒNG" over "BỘ TƯ LỆNH QUÂN KHU 9" was read as two ministries issuing together: the ministry
    became a co-issuer and the command lost its upper body."""
    for upper, lower in (("BỘ QUỐC PHÒNG", "BỘ TƯ LỆNH QUÂN KHU 7"), ("BỘ CÔNG AN", "BỘ TƯ LỆNH CẢNH VỆ")):
        text = f"""{upper}                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{lower}           Độc lập - Tự do - Hạnh phúc
Số: 125/KH-BTL                   Hà Nội, ngày 10 tháng 3 năm 2027
""" + _BODY
        meta = parse_document(text, "kh125.txt").meta
        assert meta.issuer.lower() == lower.lower() and meta.parent == upper and not meta.co_issuers, \
            (meta.issuer, meta.parent, meta.co_issuers)


def test_the_pioneers_name_where_the_motto_stands_is_no_issuer():
    """Before, "ĐỘI TNTP HỒ CHÍ MINH" (the Pioneers' name as their letterheads abbreviate it) was named as a second
    body issuing the plan."""
    text = """HỘI ĐỒNG ĐỘI TỈNH QUẢNG NGÃI          ĐỘI TNTP HỒ CHÍ MINH
Số: 15-KH/HĐĐ              Quảng Ngãi, ngày 5 tháng 3 năm 2027
""" + _BODY
    doc = parse_document(text, "kh15.txt")
    assert doc.meta.issuer.lower() == "hội đồng đội tỉnh quảng ngãi" and not doc.meta.co_issuers
