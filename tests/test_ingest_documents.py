"""Documents as structure (issue 9): list items carry their lead-in, the official header in each
form it comes in becomes metadata, closing blocks become passages of their own kind, short names
fit citations. Parse only (no embedding): questions asked of these documents are in test_corpus_dev.py."""
from __future__ import annotations

import pytest

from bot.answer.model import CITATION_HEADER_MAX, Citation
from ingest.addressees import addressees
from ingest.chunker import BARE_LEAD_CHARS
from ingest.markers import heading_match
from ingest.naming import SHORT_MAX
from ingest.parse import parse_document
from vectorstore.writer import embed_input
from ingest.readers import read_file
from tests.helpers import CORPUS
from vectorstore.search import Passage

CORPUS_DEV = CORPUS.parent / "corpus-dev"


def _parse(path):
    return parse_document(read_file(path, 50_000_000), path.name)


@pytest.fixture(scope="module")
def parsed() -> dict:
    paths = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS_DEV.glob("*"))
    assert len(paths) == 23, "../shared/corpus and ../shared/corpus-dev are expected"
    return {p.name: _parse(p) for p in paths}


# ---- lead-ins -----------------------------------------------------------------------------
def test_list_items_carry_their_lead_in_and_it_is_embedded(parsed):
    doc = parsed["001_8a56ceed1e768dfa.txt"]
    item = next(c for c in doc.chunks if "đạt ít nhất 98%" in c.text)
    assert item.lead == "Đến năm 2030:"
    assert item.text.startswith("Phấn đấu tỷ lệ đoàn viên")  # stored text stays verbatim
    embedded = embed_input(doc, item)
    assert "Đến năm 2030: Phấn đấu tỷ lệ đoàn viên" in embedded
    assert embedded.startswith(doc.meta.short_title) and "2. Chỉ tiêu theo giai đoạn" in embedded
    # The 2023/2025 items of the same list say their own year.
    assert next(c for c in doc.chunks if "đạt từ 97% trở lên" in c.text).lead == "Đến năm 2025:"


def test_nested_lead_ins_are_all_kept():
    doc = parse_document("""KẾ HOẠCH
Thử nghiệm

I. NHIỆM VỤ
Các nội dung chính gồm:
- Tuyên truyền, cụ thể:
+ Tổ chức hội nghị quán triệt.
+ In tài liệu.
- Kiểm tra việc thực hiện.
Kinh phí do công đoàn cấp.
""", "k.txt")
    item = next(c for c in doc.chunks if c.text == "In tài liệu.")
    assert item.lead == "Tuyên truyền, cụ thể:"
    assert item.context == "Các nội dung chính gồm: › Tuyên truyền, cụ thể:"
    assert next(c for c in doc.chunks if c.text.startswith("Kiểm tra")).lead == "Các nội dung chính gồm:"
    assert next(c for c in doc.chunks if c.text.startswith("Kinh phí")).lead == ""  # the list has ended


def test_no_passage_is_only_a_lead_in(parsed):
    # An article whose heading is a sentence ("Điều 1: Nay thành lập Tổ thương lượng tập thể … gồm các đồng chí có
    # tên sau:") states what is decided: it is a passage as well as the lead-in of its items (test_recall.py).
    for name, doc in parsed.items():
        leads = {c.lead for c in doc.chunks if c.lead}
        bare = [c.text for c in doc.chunks if c.text in leads and len(c.text) <= BARE_LEAD_CHARS
                and not ((m := heading_match(c.text)) and m.kind == "dieu")]
        assert not bare, f"{name}: {bare[:3]}"


def test_a_lead_in_without_items_stays_a_paragraph():
    doc = parse_document("KẾ HOẠCH\nThử\n\nI. MỤC ĐÍCH\nNội dung như sau:\n\nII. YÊU CẦU\nThiết thực.\n", "k.txt")
    assert "Nội dung như sau:" in [c.text for c in doc.chunks]


# ---- the official header, one test per form ----------------------------------------------------
def test_header_in_a_crawled_markdown_table_beats_the_page_title():
    doc = parse_document("""*Source: https://example.vn/van-ban/Quyet-dinh-773-QD-TTg.aspx*

# Về việc phê duyệt một đề án khác hẳn

| THỦ TƯỚNG CHÍNH PHỦ -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 773 /QĐ-TTg | Hà Nội, ngày 26 tháng 0 6 năm 2018 |

QUYẾT ĐỊNH

PHÊ DUYỆT ĐỀ ÁN HỖ TRỢ NHÀ Ở

Điều 1. Phê duyệt Đề án hỗ trợ nhà ở do Thủ tướng Chính phủ giao.

| Nơi nhận: - Các Bộ, cơ quan ngang Bộ; - UBND các tỉnh, thành phố; - Lưu: VT, KTN (3b). | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trịnh Đình Dũng |
|---|---|
""", "qd.md")
    m = doc.meta
    assert (m.number, m.date, m.place) == ("773/QĐ-TTg", "2018-06-26", "Hà Nội")
    assert (m.kind, m.issuer) == ("Quyết định", "Thủ tướng Chính phủ")
    assert m.title == "Quyết định phê duyệt Đề án hỗ trợ nhà ở" and "khác hẳn" not in m.title
    assert (m.signer, m.signer_role) == ("Trịnh Đình Dũng", "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG")
    assert m.recipients == ["Các Bộ, cơ quan ngang Bộ", "UBND các tỉnh, thành phố"]
    assert m.short_title == "QĐ 773/QĐ-TTg (26/6/2018)"
    assert not any("khác hẳn" in c.text or "Source" in c.text for c in doc.chunks)


def test_header_as_plain_lines_with_a_wrapped_subject():
    doc = parse_document("""###### BỘ GIÁO DỤC VÀ ĐÀO TẠO

###### CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc

Số: 2345/BGDĐT-GDTH

V/v hướng dẫn xây dựng kế hoạch giáo dục của
nhà trường cấp tiểu học

Hà Nội, ngày 07 tháng 06 năm 2021

Kính gửi: Các Sở Giáo dục và Đào tạo.

Bộ Giáo dục và Đào tạo hướng dẫn như sau.
""", "cv.md")
    m = doc.meta
    assert (m.number, m.date, m.kind) == ("2345/BGDĐT-GDTH", "2021-06-07", "Công văn")
    assert m.subject == "hướng dẫn xây dựng kế hoạch giáo dục của nhà trường cấp tiểu học"
    assert m.issuer == "Bộ Giáo dục và Đào tạo"
    assert "nhà trường cấp tiểu học" in m.title and m.short_title == "CV 2345/BGDĐT-GDTH (7/6/2021)"


def test_an_issuer_in_capitals_keeps_the_capitals_of_its_place():
    """The body never names the district, but the place-date line prints it: "huyện Đức Trọng", not "huyện đức trọng"."""
    doc = parse_document("""CÔNG ĐOÀN GIÁO DỤC HUYỆN ĐỨC TRỌNG
Số: 15/KH-CĐGD
Đức Trọng, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức Hội thao cán bộ nhà giáo năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Tạo sân chơi lành mạnh cho đoàn viên công đoàn các trường học trên địa bàn huyện.
""", "kh.txt")
    assert doc.meta.issuer.endswith(" huyện Đức Trọng"), doc.meta.issuer


def test_an_issuer_wrapped_over_two_lines_is_one_issuer():
    """Before, "CÔNG ĐOÀN KHU CÔNG NGHIỆP / TỈNH BẮC NINH" (the column's width wrapping one name) was read as issuer
    "Tỉnh bắc ninh" under the parent "CÔNG ĐOÀN KHU CÔNG NGHIỆP"; a line that only gives the level and place ends the
    name above it. A line naming a body of its own ("CÔNG ĐOÀN CƠ SỞ …" under "LĐLĐ TỈNH …") stays the issuer."""
    body = ("KẾ HOẠCH\nTổ chức Ngày hội công nhân năm 2027\n\n"
            "1. Các công đoàn cơ sở đăng ký gian hàng trước ngày 15/3/2027.\n")
    wrapped = parse_document("CÔNG ĐOÀN KHU CÔNG NGHIỆP\nTỈNH BẮC NINH\nSố: 07/KH-CĐKCN\n"
                             "Bắc Ninh, ngày 02 tháng 12 năm 2026\n\n" + body, "kh07.txt")
    assert wrapped.meta.issuer.lower() == "công đoàn khu công nghiệp tỉnh bắc ninh", wrapped.meta.issuer
    assert wrapped.meta.issuer.endswith("tỉnh Bắc Ninh") and not wrapped.meta.parent, wrapped.meta
    under = parse_document("LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH\nCÔNG ĐOÀN CƠ SỞ CÔNG TY MAY ĐÔNG ANH\nSố: 08/KH-CĐCS\n"
                           "Bắc Ninh, ngày 02 tháng 12 năm 2026\n\n" + body, "kh08.txt")
    assert under.meta.issuer.lower().startswith("công đoàn cơ sở"), under.meta.issuer
    assert under.meta.parent.lower() == "liên đoàn lao động tỉnh bắc ninh", under.meta.parent


def test_a_kind_typed_without_marks_is_no_issuer():
    """Before, a letter typed without diacritics ("TO TRINH" under the number) had issuer "To trinh": the name of a
    kind of document is never the body that issued it."""
    doc = parse_document("CONG DOAN CO SO TRUONG MAM NON HOA SEN\nSố: 03/TTr-CĐCS\nĐà Lạt, ngày 01 tháng 12 năm 2026\n\n"
                         "TO TRINH\nVe viec de nghi ho tro kinh phi to chuc Ngay hoi gia dinh\n\n"
                         "1. De nghi Ban Giam hieu ho tro 10.000.000 dong truoc ngay 20/12/2026.\n", "ttr03.txt")
    assert doc.meta.issuer.lower() == "cong doan co so truong mam non hoa sen", doc.meta.issuer
    assert (doc.meta.kind, doc.meta.number) == ("Tờ trình", "03/TTr-CĐCS")


@pytest.mark.parametrize(("text", "source"), [
    ("# THÔNG BÁO\n\n**CÔNG ĐOÀN TRƯỜNG THPT PLEIKU**\n\nSố: 14/TB-CĐ — Pleiku, ngày 02 tháng 12 năm 2026\n\n"
     "## Về việc tổ chức Ngày hội đọc sách năm 2027\n\n", "tb14.md"),
    ("CÔNG ĐOÀN TRƯỜNG THPT PLEIKU\nSố: 14/TB-CĐ - Pleiku, ngày 02 tháng 12 năm 2026\n\n"
     "THÔNG BÁO\nVề việc tổ chức Ngày hội đọc sách năm 2027\n\n", "tb14.txt")])
def test_a_number_and_place_date_on_one_line_under_the_title_and_issuer_are_read(text, source):
    """Before, a .md notice printing its kind first, then its issuer in bold, then "Số: 14/TB-CĐ — Pleiku, ngày …" on one
    line had no number, date or issuer, and that line was glued into its title and short name; with a hyphen between
    ("14/TB-CĐ - Pleiku"), the place was read as part of the number's code."""
    doc = parse_document(text + "1. Các tổ công đoàn đăng ký tham gia trước ngày 10/01/2027.\n", source)
    m = doc.meta
    assert (m.number, m.date, m.place) == ("14/TB-CĐ", "2026-12-02", "Pleiku"), m
    assert m.issuer.lower() == "công đoàn trường thpt pleiku", m.issuer
    assert m.title == "Thông báo về việc tổ chức Ngày hội đọc sách năm 2027", m.title
    assert "ngày 02 tháng 12" not in m.short_title, m.short_title
    header = next(c.text for c in doc.chunks if c.kind == "header")  # quoted in the order printed
    assert header.split("\n")[1:] == ["Số: 14/TB-CĐ", "Pleiku, ngày 02 tháng 12 năm 2026"], header


def test_header_columns_on_one_line_and_a_number_without_colon():
    doc = parse_document("""## ĐẢNG CỘNG SẢN VIỆT NAM

**BAN CHẤP HÀNH TRUNG ƯƠNG**
**ĐẢNG ĐOÀN QUỐC HỘI**

Số 3260-KH/ĐĐQH15

Hà Nội, ngày 10 tháng 01 năm 2025

**KẾ HOẠCH**
**triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024**

Đảng đoàn Quốc hội ban hành Kế hoạch này.
""", "kh.md")
    m = doc.meta
    assert (m.number, m.date, m.kind) == ("3260-KH/ĐĐQH15", "2025-01-10", "Kế hoạch")
    assert (m.issuer, m.parent) == ("Đảng đoàn Quốc hội", "BAN CHẤP HÀNH TRUNG ƯƠNG")
    one_line = parse_document(
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH CĐCS CÔNG TY TNHH ……………. Số: 01/2026/CV-CĐCS V/v: Đề nghị cung cấp "
        "thông tin của doanh nghiệp phục vụ thương lượng tập thể năm 2026. | "
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc Tây Ninh, ngày 01 tháng ….. năm 2026\n"
        "Kính gửi: Giám đốc Công ty.\nĐề nghị Giám đốc cung cấp thông tin.\n", "cv.txt").meta
    assert (one_line.number, one_line.subject) == (
        "01/2026/CV-CĐCS", "Đề nghị cung cấp thông tin của doanh nghiệp phục vụ thương lượng tập thể năm 2026")
    assert one_line.issuer.startswith("Liên đoàn lao động tỉnh") and one_line.issuer.endswith("Công ty TNHH")
    assert one_line.date == ""  # the day and month were left blank: never guessed


def test_a_law_that_tells_its_number_adoption_and_signer_in_its_first_sentence():
    m = parse_document(
        "*LUẬT CÔNG ĐOÀN số: 12/2012/QH13. Luật công đoàn đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam "
        "khóa XIII, kỳ họp thứ 3 thông qua ngày 20 tháng 6 năm 2012. Chủ tịch Quốc Hội Nguyễn Sinh Hùng đã ký.\n"
        "Căn cứ Hiến pháp năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10;\n"
        "Quốc hội ban hành Luật Công đoàn.\n\nĐiều 1. Công đoàn\nCông đoàn là tổ chức chính trị - xã hội.\n",
        "luat.md").meta
    assert (m.kind, m.title, m.number, m.date) == ("Luật", "Luật Công đoàn", "12/2012/QH13", "2012-06-20")
    assert (m.issuer, m.signer, m.signer_role) == ("Quốc hội", "Nguyễn Sinh Hùng", "Chủ tịch Quốc Hội")
    assert m.implements == []  # the "Căn cứ" line is its legal basis, not what it carries out


def test_a_scanned_header_with_stamps_and_glued_words():
    doc = parse_document("""---
title: "Doc Undated Chi thi"
category: "Tax"
---

Ký bởi: Cổng Thông tin điện tử Chính phủ
Thời gian ký: 66.03.2020 11:23:02 +07:00

THỦ TƯỚNG CHÍNHPHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
—— Độc lập - Tự do - Hạnh phúc

——; /CT- a Nội, ngà ing 3 năm 2

DEN i: : _¬ CHỈ THỊ

Về các nhiệm vụ, giải pháp cấp bách

Thủ tướng Chính phủ yêu cầu các bộ, ngành thực hiện ngay các nhiệm vụ sau.
""", "ct.md")
    m = doc.meta
    assert (m.kind, m.issuer, m.number, m.date) == ("Chỉ thị", "Thủ tướng Chính phủ", "", "")
    assert m.title == "Chỉ thị về các nhiệm vụ, giải pháp cấp bách"
    assert not any("category" in c.text or "Tax" in c.text for c in doc.chunks)


def test_a_header_and_closing_printed_with_spaces_inside_words():
    doc = parse_document("""| ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 3210/QĐ - U B ND | T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014 |

QUYẾT ĐỊNH

VỀ HỖ TRỢ NHÀ Ở

Điều 1. Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh giao Sở Xây dựng báo cáo Thủ tướng Chính phủ.

| Nơi nhận: - Như Điều 1; - T hủ tướ ng C h í nh ph ủ ; - B ộ X â y d ự n g ; - L ư u : V T. | KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín |
|---|---|
""", "qd.md")
    m = doc.meta
    assert (m.issuer, m.number, m.place) == ("Ủy ban nhân dân Thành phố Hồ Chí Minh", "3210/QĐ-UBND", "Thành phố Hồ Chí Minh")
    assert (m.signer, m.signer_role) == ("Nguyễn Hữu Tín", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH")
    assert m.recipients == ["Như Điều 1", "Thủ tướng Chính phủ", "Bộ Xây dựng"]
    # Words spaced normally are left as they are, even side by side with abbreviations.
    plain = parse_document("Nơi nhận: - TT Thành ủy; TT HĐND TP; - Các đ/c PCT UBND TP; - b, c, d Khoản 2.\n", "x.txt")
    assert "TT HĐND TP" in plain.chunks[-1].text and "b, c, d Khoản" in plain.chunks[-1].text
    # Letters inside a code ("đợt d37a9e", "mẫu 3a") are no words split apart: the line keeps its spaces.
    coded = parse_document("KẾ HOẠCH\nthực hiện công tác công đoàn trong tình hình mới đợt d37a9e\n\n"
                           "I. NỘI DUNG\n- Báo cáo theo mẫu 3a, 4b trước ngày 30/11.\n", "kh.txt")
    assert "trong tình hình mới đợt d37a9e" in coded.meta.title
    assert "theo mẫu 3a, 4b trước" in coded.chunks[-1].text


def test_a_union_decision_enacted_by_its_standing_committee_keeps_that_line_out_of_its_title():
    """A union's decision prints "BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG HUYỆN LÂM HÀ" (its organ that decides)
    under its subject line: the title is the kind and subject alone, the issuer keeps its place's capitals."""
    doc = parse_document("""LIÊN ĐOÀN LAO ĐỘNG HUYỆN LÂM HÀ
Số: 05/QĐ-LĐLĐ
Lâm Hà, ngày 12 tháng 6 năm 2026

QUYẾT ĐỊNH
Về việc khen thưởng các công đoàn cơ sở tiêu biểu năm 2026
BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG HUYỆN LÂM HÀ

Căn cứ Luật Công đoàn năm 2012;

Điều 1. Tặng Giấy khen cho 05 công đoàn cơ sở có thành tích xuất sắc năm 2026.
""", "qd.txt")
    assert doc.meta.title == "Quyết định về việc khen thưởng các công đoàn cơ sở tiêu biểu năm 2026"
    assert doc.meta.issuer == "Liên đoàn lao động huyện Lâm Hà"


@pytest.mark.parametrize("preamble", [
    "Căn cứ Điều lệ Công đoàn Việt Nam; căn cứ ý kiến thống nhất của Hội nghị ngày 02/3/2027,\n\n## QUYẾT NGHỊ",
    "## QUYẾT NGHỊ:",
    "QUYẾT NGHỊ",
])
def test_a_resolutions_title_ends_before_its_basis_and_its_enacting_word(preamble):
    """A markdown resolution: "# NGHỊ QUYẾT / ## Hội nghị … / Căn cứ …, / ## QUYẾT NGHỊ": the title is the kind and
    the meeting, not the legal basis (even when it ends with a comma) nor the enacting word before the articles."""
    doc = parse_document(f"""CÔNG ĐOÀN CƠ SỞ BỆNH VIỆN ĐA KHOA AN PHÚ

Số: 03/NQ-CĐCS

An Phú, ngày 05 tháng 3 năm 2027

# NGHỊ QUYẾT
## Hội nghị Ban Chấp hành Công đoàn cơ sở mở rộng về công tác chăm lo đoàn viên năm 2027

{preamble}

### I. Nhiệm vụ
1. Tổ chức thăm hỏi đoàn viên ốm đau trong tháng 4/2027.
""", "nq03.md")
    assert doc.meta.title.lower() == ("nghị quyết hội nghị ban chấp hành công đoàn cơ sở mở rộng về công tác chăm lo"
                                      " đoàn viên năm 2027")


def test_a_proper_name_ending_an_issuer_in_capitals_keeps_its_capitals():
    """"CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC NGÔ QUYỀN" is "… Ngô Quyền" though the body writes "quyền" in
    lower case ("quyền lợi"): after a word the body only writes capitalised ("Ngô", of a person's name), the words the
    body never writes after it are the rest of the name."""
    school = parse_document("""CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC NGÔ QUYỀN
Số: 09/TB-CĐCS
Hải Dương, ngày 02 tháng 3 năm 2027
THÔNG BÁO
Về việc tổ chức ngày hội đọc sách của trường

1. Các tổ công đoàn đăng ký tham gia với đồng chí Ngô Thị Lan trước ngày 10/3/2027.
2. Đoàn viên được bảo đảm quyền lợi khi tham gia ngày hội của trường tiểu học.
""", "tb09.txt")
    assert school.meta.issuer.endswith("Ngô Quyền"), school.meta.issuer


def test_the_enacting_body_under_the_title_is_the_issuer_not_part_of_the_title():
    doc = parse_document("""| ỦY BAN THƯỜNG VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 494/NQ-UBTVQH13 | Hà Nội, ngày 18 tháng 05 năm 2012 |

NGHỊ QUYẾT

VỀ KẾT QUẢ GIÁM SÁT CHÍNH SÁCH VỚI NGƯỜI CÓ CÔNG

ỦY BAN THƯỜNG VỤ QUỐC HỘI

Căn cứ Luật hoạt động giám sát của Quốc hội;

Điều 1. Tán thành Báo cáo của Đoàn giám sát của Ủy ban thường vụ Quốc hội.
""", "nq.md")
    m = doc.meta
    assert m.title == "Nghị quyết về kết quả giám sát chính sách với người có công"
    assert m.issuer == "Ủy ban thường vụ Quốc hội"  # the header's "ỦY BAN THƯỜNG VỤ" in full, spelled as the body does
    with_role = parse_document("""| BỘ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| Số: 12/QĐ-LĐTBXH | Hà Nội, ngày 9 tháng 4 năm 2012 |

QUYẾT ĐỊNH

VỀ VIỆC GIẢI QUYẾT CHẾ ĐỘ

BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI

Căn cứ đề nghị của Vụ trưởng Vụ Người có công;

Điều 1. Bộ Lao động - Thương binh và Xã hội giao các Sở giải quyết chế độ.
""", "qd.md").meta
    assert with_role.title == "Quyết định về việc giải quyết chế độ"
    assert with_role.issuer == "Bộ Lao động - Thương binh và Xã hội"  # as the body spells it, not "Bộ Lao động-thương binh"


def test_what_a_document_implements_is_read_from_its_title_in_capitals():
    m = parse_document("""| BAN CHỈ ĐẠO QUỐC GIA 1237 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| Số: 252/KH-BCĐQG1237 | Hà Nội, ngày 11 tháng 11 năm 2013 |

KẾ HOẠCH

TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Chỉ thị số 24-CT/TW ngày 15 tháng 5 năm 2013 của Bộ Chính trị;

Căn cứ Quyết định số 1237/QĐ-TTg ngày 27 tháng 7 năm 2013 của Thủ tướng Chính phủ;

I. MỤC ĐÍCH
Tìm kiếm, quy tập hài cốt liệt sĩ.
""", "kh.md").meta
    assert m.title == "Kế hoạch triển khai thực hiện Quyết định số 1237/QĐ-TTg ngày 27 tháng 7 năm 2013 của Thủ tướng Chính phủ"
    assert m.implements == ["Quyết định số 1237/QĐ-TTg"]


def test_no_header_derives_kind_issuer_and_what_it_implements(parsed):
    m = parsed["000_2d8df67a86871281.txt"].meta
    assert (m.kind, m.issuer, m.number, m.date) == ("Kế hoạch", "Công đoàn Giáo dục Việt Nam", "", "")
    assert m.implements[0].startswith("Kết luận số 21-KL/TW")
    assert m.short_title == "KH thực hiện KL 21 – CĐGD Việt Nam"


# number, date (ISO), issuer, signer for every corpus-dev document whose header has them ("" where its
# header has none: dev_02 is a set of blank forms, dev_04 a scan whose number the OCR garbled ("41 /CT-TTs" for
# 11/CT-TTg: none is read from it; its file is named "chithi11": that number) and the day of whose date it lost
# ("ngàyháng 3 năm 2020": its month is kept),
# dev_07 an appendix without a header).
DEV_HEADERS = {
    "dev_01_luat_congdoan_dieule_cdvn.md": ("12/2012/QH13", "2012-06-20", "Quốc hội", "Nguyễn Sinh Hùng"),
    "dev_02_cdcs_mau_hoso_thuongluong_tuldtt.txt": ("01/2026/CV-CĐCS", "", None, ""),
    "dev_03_cv2345_bgddt_khgd_tieuhoc.md": ("2345/BGDĐT-GDTH", "2021-06-07", "Bộ Giáo dục và Đào tạo", "Nguyễn Hữu Độ"),
    "dev_04_chithi11_ttg_2020_covid.md": ("11", "2020-03", "Thủ tướng Chính phủ", None),
    "dev_05_kh3260_ddqh_nq57.md": ("3260-KH/ĐĐQH15", "2025-01-10", "Đảng đoàn Quốc hội", "Trần Thanh Mẫn"),
    "dev_06_nq03_cp_ctrhd_nq57.md": ("03/NQ-CP", "2025-01-09", "Chính phủ", "Nguyễn Hòa Bình"),
    "dev_08_kh252_bcdqg1237_haicot_lietsi.md": ("252/KH-BCĐQG1237", "2013-11-11",
                                                "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ",
                                                "Nguyễn Thiện Nhân"),
    "dev_09_qd3210_hcm_kh_nhao_ncc.md": ("3210/QĐ-UBND", "2014-06-28", "Ủy ban nhân dân Thành phố Hồ Chí Minh",
                                         "Nguyễn Hữu Tín"),
    "dev_10_qd22_2013_ttg_nhao_ncc.md": ("22/2013/QĐ-TTg", "2013-04-26", "Thủ tướng Chính phủ", "Nguyễn Tấn Dũng"),
    "dev_11_tt98_2013_btc_von_nhao.md": ("98/2013/TT-BTC", "2013-07-24", "Bộ Tài chính", "Nguyễn Công Nghiệp"),
    "dev_12_cv2428_bxd_nhao.md": ("2428/BXD-QLN", "2013-11-15", "Bộ Xây dựng", "Nguyễn Trần Nam"),
    "dev_13_nq494_ubtvqh13_giamsat.md": ("494/NQ-UBTVQH13", "2012-05-18", "Ủy ban thường vụ Quốc hội", "Nguyễn Sinh Hùng"),
    "dev_14_qd31_2011_gialai_tiensudungdat.md": ("31/2011/QĐ-UBND", "2011-11-10", "Uỷ ban nhân dân tỉnh Gia Lai",
                                                 "Phạm Thế Dũng"),
    "dev_15_cv1040_ldtbxh_cdhh.md": ("1040/LĐTBXH-NCC", "2012-04-09", "Bộ Lao động - Thương binh và Xã hội",
                                     "Bùi Hồng Lĩnh"),
    "dev_16_cv5115_ldtbxh_buudien.md": ("5115/LĐTBXH-KHTC", "2018-12-03", "Bộ Lao động - Thương binh và Xã hội",
                                        "Lê Tấn Dũng"),
    "dev_17_qd6154_hanoi_dieuduong.md": ("6154/QĐ-UBND", "2011-12-30", "Ủy ban nhân dân Thành phố Hà Nội",
                                         "Nguyễn Huy Tưởng"),
    "dev_18_tt40_2012_btc_dacam.md": ("40/2012/TT-BTC", "2012-03-09", "Bộ Tài chính", "Nguyễn Thị Minh"),
}


@pytest.mark.parametrize("name", sorted(DEV_HEADERS))
def test_corpus_dev_headers(parsed, name):
    number, date, issuer, signer = DEV_HEADERS[name]
    m = parsed[name].meta
    assert (m.number, m.date) == (number, date)
    if issuer is not None:
        assert m.issuer == issuer
    if signer is not None:
        assert m.signer == signer
    assert not m.issuer.isupper() and not m.title.isupper()  # names read as names, not in capitals


def test_a_title_is_its_kind_with_its_subject_not_the_file_name(parsed):
    # A scan ran the first paragraph into the subject line under "CHỈ THỊ": the subject alone is kept.
    assert parsed["dev_04_chithi11_ttg_2020_covid.md"].meta.title == (
        "Chỉ thị về các nhiệm vụ, giải pháp cAp bách tháo gỡ khó khăn cho sản xuất kinh doanh, "
        "bảo đầm an sinh xã hội ứng phó với dich Covid-19")
    # A small decision whose subject line ends with a full stop.
    small = parse_document("QUYẾT ĐỊNH\nVề việc thành lập tổ công tác phòng chống dịch.\n\n"
                           "Điều 1. Thành lập tổ công tác.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n", "two.txt")
    assert small.meta.title == "Quyết định về việc thành lập tổ công tác phòng chống dịch"
    assert [c.text for c in small.chunks] == ["Điều 1. Thành lập tổ công tác.",
                                              "Điều 2. Quyết định có hiệu lực từ ngày ký.",
                                              "QUYẾT ĐỊNH\nVề việc thành lập tổ công tác phòng chống dịch."]
    assert small.chunks[-1].kind == "title"  # its lines as printed: what "… về việc gì?" quotes


def test_what_a_plan_implements_is_what_its_title_names(parsed):
    assert parsed["dev_08_kh252_bcdqg1237_haicot_lietsi.md"].meta.implements[0] == "Quyết định số 1237/QĐ-TTg"
    assert parsed["dev_05_kh3260_ddqh_nq57.md"].meta.implements[0].startswith("Nghị quyết số 57-NQ/TW")
    assert parsed["dev_01_luat_congdoan_dieule_cdvn.md"].meta.implements == []  # "Căn cứ …" is its legal basis


def test_short_names_and_citation_headers_fit(parsed):
    for name, doc in parsed.items():
        assert 0 < len(doc.meta.short_title) <= SHORT_MAX, name
        for chunk in doc.chunks:
            p = Passage("id", name, doc.meta.title, name, chunk.section, chunk.text, 0.0,
                        short_title=doc.meta.short_title, lead=chunk.lead)
            assert len(Citation(12, p).label) <= CITATION_HEADER_MAX, (name, chunk.section)


# ---- recipients and signature ------------------------------------------------------------------
def test_every_nơi_nhận_block_is_a_recipients_passage(parsed):
    for name, doc in parsed.items():
        text = read_file(CORPUS_DEV / name if name.startswith("dev_") else CORPUS / name, 50_000_000)
        if "Nơi nhận" not in text and "Noi nhận" not in text:
            continue
        recipients = [c for c in doc.chunks if c.kind == "recipients"]
        if name.startswith("dev_02") or name.startswith("dev_03"):
            assert recipients  # a form with "Như trên" only / a sample block with no one named also count
        else:
            assert recipients and doc.meta.recipients, name
            first = doc.meta.recipients[0]  # "Như trên" is put as the letter's "Kính gửi" lines
            assert first in recipients[0].text or first in addressees(doc.chunks), name
        if not name.startswith("dev_02"):  # a file of one document: its closing block is its own
            assert all(c.section == "Nơi nhận" for c in recipients)
        # Nothing after the closing block is lost: what follows it stays body text.
    assert len(parsed["dev_06_nq03_cp_ctrhd_nq57.md"].chunks) > 100  # the programme after the decision


def test_the_closing_blocks_of_a_dossier_name_the_document_each_closes(parsed):
    """dev_02: a letter, a decision, two more letters and one from the company, each with its "Nơi nhận"; the minutes
    between them have none. Each block is filed under the document it closes and read with its title."""
    blocks = [c for c in parsed["dev_02_cdcs_mau_hoso_thuongluong_tuldtt.txt"].chunks if c.kind == "recipients"]
    assert [c.section for c in blocks] == [f"{name} › Nơi nhận" for name in (
        "CV 01/2026/CV-CĐCS", "QĐ 01/2026/QĐ-CĐCS", "CV 02/2026/CV-CĐCS", "CV 03/2026/CV-CĐCS", "CV 04/2026/CV")]
    assert blocks[1].context.startswith("Quyết định về việc thành lập Tổ thương lượng tập thể")
    assert blocks[3].context.endswith("V/v Thông báo một số nội dung đề nghị thương lượng tập thể theo quy định")


def test_signature_placeholders_are_no_passage(parsed):
    doc = parsed["dev_02_cdcs_mau_hoso_thuongluong_tuldtt.txt"]
    assert not [c for c in doc.chunks if c.kind == "signature"]  # "CHỦ TỊCH ……": no name to cite
# Whom a document is sent to and who signed it, asked of the whole corpus-dev: tests/test_corpus_dev.py.


def test_a_numbered_heading_ending_in_a_colon_is_also_the_lead_in_of_its_items():
    doc = parse_document("""KẾ HOẠCH
Thử nghiệm

II. NHIỆM VỤ
2. Nhiệm vụ cụ thể:
- Tuyên truyền đến đoàn viên.
- Kiểm tra việc thực hiện.
a) Các đơn vị:
- Báo cáo trước ngày 15/12.
Kinh phí do công đoàn cấp.
""", "k.txt")
    item = next(c for c in doc.chunks if c.text == "Kiểm tra việc thực hiện.")
    assert item.section.endswith("2. Nhiệm vụ cụ thể:") and item.lead == "2. Nhiệm vụ cụ thể:"
    deeper = next(c for c in doc.chunks if c.text.startswith("Báo cáo"))
    assert deeper.lead == "a) Các đơn vị:" and deeper.section.endswith("a) Các đơn vị:")
    assert next(c for c in doc.chunks if c.text.startswith("Kinh phí")).lead == ""  # not a list item
    assert not [c for c in doc.chunks if c.text.endswith(":")]  # the bare lead-ins are no passages


def test_a_number_printed_under_the_kind_is_the_number_not_the_title():
    """Before, a notice printing its number under its kind ("THÔNG BÁO / Số: 07/TB-CĐCS / Về việc …") was titled
    "Thông báo số: 07/TB-CĐCS về việc …" (short name "TB số: 07/TB-CĐCS …") and had no number: "TB 07" found it by
    no number. The line is its number, and the title is its kind and subject."""
    from ingest.parse import parse_document

    doc = parse_document("THÔNG BÁO\nSố: 07/TB-CĐCS\nVề việc tổ chức Ngày hội đoàn viên năm 2027\n\n"
                         "1. Thời gian: ngày 28/3/2027 tại hội trường nhà văn hóa.\n"
                         "2. Mỗi tổ công đoàn cử 10 đoàn viên tham gia.\n", "tb07.txt")
    assert doc.meta.number == "07/TB-CĐCS"
    assert doc.meta.title == "Thông báo về việc tổ chức Ngày hội đoàn viên năm 2027"
    assert "số:" not in doc.meta.short_title.lower(), doc.meta.short_title


def test_a_word_header_with_number_and_place_date_on_one_line_apart_by_tabs(tmp_path):
    """Before, a Word header typed without a table ("Số: 09/KH-CĐCS<Tab><Tab>Vĩnh Phước, ngày …" in one paragraph)
    was no header at all: the plan had no number (`--doc 09/KH-CĐCS`, "KH 09" found nothing) and no issuer."""
    import docx

    from ingest.pipeline import parse_file

    document = docx.Document()
    document.add_paragraph("LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĨNH PHƯỚC\nCÔNG ĐOÀN CƠ SỞ TRƯỜNG MẦM NON HOA SEN")
    document.add_paragraph("Số: 09/KH-CĐCS\t\tVĩnh Phước, ngày 14 tháng 10 năm 2026")
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Tổ chức ngày hội gia đình công đoàn năm 2026")
    document.add_paragraph("1. Mỗi tổ công đoàn đăng ký một tiết mục văn nghệ trước ngày 25/10/2026.")
    path = tmp_path / "kh09.docx"
    document.save(path)
    meta = parse_file(path, 10**7).meta
    assert (meta.number, meta.date, meta.place) == ("09/KH-CĐCS", "2026-10-14", "Vĩnh Phước")
    assert meta.issuer.lower() == "công đoàn cơ sở trường mầm non hoa sen", meta
    assert meta.title == "Kế hoạch tổ chức ngày hội gia đình công đoàn năm 2026"


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_a_number_and_date_printed_under_the_subject_are_no_part_of_the_title(suffix, tmp_path):
    """Before, a notice posted on a web page with "Số: 21/TB-CĐCS, ngày 03 tháng 11 năm 2026" under its subject was
    titled "Thông báo về việc … số: 21/TB-CĐCS, ngày 03 tháng 11 năm 2026" (`troly docs`, every citation) and had
    neither number nor date."""
    from ingest.pipeline import parse_file

    lines = ["THÔNG BÁO", "Về việc tổ chức giải bóng chuyền hơi nữ năm 2026",
             "Số: 21/TB-CĐCS, ngày 03 tháng 11 năm 2026",
             "Ban Chấp hành Công đoàn cơ sở thông báo các tổ công đoàn đăng ký đội thi trước ngày 20/11/2026."]
    path = tmp_path / f"tb21{suffix}"
    if suffix == ".html":
        path.write_text("<html><body><nav><a href='/'>Trang chủ</a></nav><h1>" + lines[0] + "</h1><h2>" + lines[1]
                        + "</h2>" + "".join(f"<p>{line}</p>" for line in lines[2:]) + "</body></html>", encoding="utf-8")
    else:
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    doc = parse_file(path, 10**7)
    meta = doc.meta
    assert meta.title == "Thông báo về việc tổ chức giải bóng chuyền hơi nữ năm 2026", meta.title
    assert (meta.number, meta.date) == ("21/TB-CĐCS", "2026-11-03")
    # the line is what answers "… ban hành ngày nào?", as a header is
    assert [c.text for c in doc.chunks if c.kind == "header"] == ["Số: 21/TB-CĐCS, ngày 03 tháng 11 năm 2026"]


@pytest.mark.parametrize(("stated", "day"), [("ngày 0 3 tháng 11 năm 2026", "2026-11-03"),
                                             ("ngày 31/02/2026", "")])
def test_a_scanned_or_impossible_date_under_the_subject_neither_stops_loading_nor_is_taken(stated, day, tmp_path):
    """Before, a scan's "ngày 0 3 tháng 11" under a notice's subject made `troly ingest` fail ("Không đọc được tệp"), and
    "31/02/2026" was taken as the notice's date (2026-02-31, which no calendar has)."""
    from ingest.pipeline import parse_file

    path = tmp_path / "tb21.txt"
    path.write_text("\n\n".join(["THÔNG BÁO", "Về việc tổ chức giải bóng chuyền hơi nữ năm 2026",
                                 f"Số: 21/TB-CĐCS, {stated}",
                                 "Các tổ công đoàn đăng ký đội thi trước ngày 20/11/2026."]) + "\n", encoding="utf-8")
    meta = parse_file(path, 10**7).meta
    assert (meta.number, meta.date) == ("21/TB-CĐCS", day)
    assert meta.title == "Thông báo về việc tổ chức giải bóng chuyền hơi nữ năm 2026", meta.title


@pytest.mark.parametrize("text", [
    "# LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH ĐỊNH\n\nSố: 12/KH-LĐLĐ\n\n# KẾ HOẠCH\n## Tổ chức Hội thao công nhân viên chức năm 2025\n"
    "Bình Định, ngày 15 tháng 3 năm 2025\n\n## I. MỤC ĐÍCH\n\n1. Công đoàn cơ sở cử vận động viên tham gia hội thao.\n",
    "# KẾ HOẠCH\n\nBình Định, ngày 15 tháng 3 năm 2025\n\n## Tổ chức Hội thao công nhân viên chức năm 2025\n\n"
    "## I. MỤC ĐÍCH\n\n1. Công đoàn cơ sở cử vận động viên tham gia hội thao.\n"])
def test_a_place_date_line_beside_the_title_ends_it_and_dates_the_document(text):
    """A short .md without a header block prints "Bình Định, ngày …" under (or over) its title's words: the title
    listed stops before it, the document is dated by it, and "ban hành ngày nào" is answered from it."""
    doc = parse_document(text, "kh.md")
    assert doc.meta.title == "Kế hoạch tổ chức Hội thao công nhân viên chức năm 2025"
    assert (doc.meta.date, doc.meta.place) == ("2025-03-15", "Bình Định")
    assert any(c.kind == "header" and "ngày 15 tháng 3 năm 2025" in c.text for c in doc.chunks)
    assert not any("ngày 15 tháng 3" in c.text for c in doc.chunks if c.kind != "header")


def test_a_markdown_link_footnote_mark_or_inline_tag_is_never_quoted(tmp_path):
    """Before, a converted letter's passages were quoted with "[Thông tư số 32/2018/TT-BGDĐT](#)" and "<sup>9</sup>"
    in them: a link reads as its text, a footnote mark goes, a unit's power ("m<sup>2</sup>") stays a number."""
    from ingest.pipeline import parse_file

    path = tmp_path / "cv.md"
    path.write_text("CÔNG VĂN\nHướng dẫn sửa chữa nhà văn hóa công đoàn\n\n"
                    "1. Thực hiện [Quyết định số 12/2025/QĐ-UBND](https://vanban.example/qd12) ngày 02/01/2025, các "
                    "công đoàn cơ sở rà soát nhà văn hóa<sup>3</sup> và báo cáo trước ngày 15/3/2025.\n"
                    "2. Mỗi nhà văn hóa được hỗ trợ sửa chữa tối đa 50 m<sup>2</sup> mái, <u>không quá</u> 20 "
                    "triệu đồng.\n", encoding="utf-8")
    texts = [c.text for c in parse_file(path, 10**7).chunks]
    first = next(t for t in texts if "rà soát" in t)
    assert "Thực hiện Quyết định số 12/2025/QĐ-UBND ngày 02/01/2025" in first, texts
    assert "nhà văn hóa và báo cáo" in first
    second = next(t for t in texts if "hỗ trợ" in t)
    assert "tối đa 50 m2 mái, không quá 20 triệu đồng" in second, texts
    assert not any(mark in t for t in texts for mark in ("](", "<sup>", "<u>", "</"))


def test_what_troly_docs_shows_of_a_congress_resolution_a_rule_issued_with_a_decision_and_minutes():
    """`troly docs`/`show` of a new-user trial's documents (session 40), in this file's own wording: a congress's
    resolution lost its "## ĐẠI HỘI … NHIỆM KỲ 2027 - 2032" line (read as the enacting body), so two congresses could
    not be told apart; a quy chế "ban hành kèm theo Quyết định số 09" was named "QC thực hiện QĐ 09"; minutes printing
    no place-date line were undated though "Thời gian: …" states the meeting day; a header name wrapped after "TỈNH"
    was printed with a dash inserted ("… TỈNH – BẾN TRE")."""
    congress = parse_document("""**CÔNG ĐOÀN GIÁO DỤC TỈNH GIA LAI**
**CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT PHAN BỘI CHÂU**

Số: 02/NQ-ĐH

*Pleiku, ngày 10 tháng 9 năm 2027*

# NGHỊ QUYẾT
## ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT PHAN BỘI CHÂU LẦN THỨ IX, NHIỆM KỲ 2027 - 2032

Đại hội họp ngày 09 và 10/9/2027 với 64 đại biểu.

## QUYẾT NGHỊ

1. Phấn đấu 100% đoàn viên được tham gia các hoạt động văn hóa, thể thao hằng năm.
""", "nq02.md")
    assert congress.meta.title.endswith("lần thứ IX, nhiệm kỳ 2027 - 2032"), congress.meta.title
    assert congress.meta.issuer == "Công đoàn cơ sở Trường THPT Phan Bội Châu"

    rule = parse_document("""CÔNG ĐOÀN SỞ TƯ PHÁP TỈNH BẾN TRE
CÔNG ĐOÀN CƠ SỞ PHÒNG CÔNG CHỨNG SỐ 1

QUY CHẾ
Chi tiêu nội bộ của Công đoàn cơ sở Phòng Công chứng số 1
(Ban hành kèm theo Quyết định số 09/QĐ-CĐCS ngày 02/01/2027 của Ban Chấp hành Công đoàn cơ sở)

Điều 1. Quy chế này quy định mức chi thăm hỏi đoàn viên.
""", "quy-che.txt")
    assert rule.meta.short_title.startswith("QC kèm theo QĐ 09"), rule.meta.short_title
    assert "thực hiện" not in rule.meta.short_title

    minutes = parse_document("""CÔNG ĐOÀN NGÀNH CÔNG THƯƠNG TỈNH
BẾN TRE                                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CĐCS CÔNG TY CP DỪA CHỢ LÁCH                   Độc lập - Tự do - Hạnh phúc

BIÊN BẢN
Họp Ban Chấp hành Công đoàn cơ sở tháng 3 năm 2027
Thời gian: 8 giờ 30, ngày 25 tháng 3 năm 2027.
Địa điểm: Hội trường Công ty.
I. NỘI DUNG CUỘC HỌP
1. Bàn việc tổ chức Tháng Công nhân năm 2027.
""", "bien-ban.txt")
    assert minutes.meta.date == "2027-03-25"
    assert minutes.meta.parent == "CÔNG ĐOÀN NGÀNH CÔNG THƯƠNG TỈNH BẾN TRE"
