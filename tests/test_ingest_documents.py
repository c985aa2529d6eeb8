"""Documents as structure (issue 9): list items carry their lead-in, the official header in each
form it comes in becomes metadata, closing blocks become passages of their own kind, short names
fit citations. Parse only (no embedding): questions asked of these documents are in test_corpus_dev.py."""
from __future__ import annotations

import pytest

from bot.answer.model import CITATION_HEADER_MAX, Citation
from ingest.chunker import BARE_LEAD_CHARS
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
    for name, doc in parsed.items():
        leads = {c.lead for c in doc.chunks if c.lead}
        bare = [c.text for c in doc.chunks if c.text in leads and len(c.text) <= BARE_LEAD_CHARS]
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
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH Số: 01/2026/CV-CĐCS V/v: Đề nghị cung cấp thông tin. | "
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc Tây Ninh, ngày 01 tháng ….. năm 2026\n"
        "Kính gửi: Giám đốc Công ty.\nĐề nghị Giám đốc cung cấp thông tin.\n", "cv.txt").meta
    assert (one_line.number, one_line.subject) == ("01/2026/CV-CĐCS", "Đề nghị cung cấp thông tin")
    assert one_line.date == ""  # the day and month were left blank: never guessed


def test_no_header_derives_kind_issuer_and_what_it_implements(parsed):
    m = parsed["000_2d8df67a86871281.txt"].meta
    assert (m.kind, m.issuer, m.number, m.date) == ("Kế hoạch", "Công đoàn Giáo dục Việt Nam", "", "")
    assert m.implements[0].startswith("Kết luận số 21-KL/TW")
    assert m.short_title == "KH thực hiện KL 21 – CĐGD Việt Nam"


# number, date (ISO), issuer, signer for every corpus-dev document whose header has them.
DEV_HEADERS = {
    "dev_01_luat_congdoan_dieule_cdvn.md": ("12/2012/QH13", "2012-06-20", "", ""),
    "dev_03_cv2345_bgddt_khgd_tieuhoc.md": ("2345/BGDĐT-GDTH", "2021-06-07", "Bộ Giáo dục và Đào tạo", "Nguyễn Hữu Độ"),
    "dev_05_kh3260_ddqh_nq57.md": ("3260-KH/ĐĐQH15", "2025-01-10", "Đảng đoàn Quốc hội", "Trần Thanh Mẫn"),
    "dev_06_nq03_cp_ctrhd_nq57.md": ("03/NQ-CP", "2025-01-09", "Chính phủ", "Nguyễn Hòa Bình"),
    "dev_08_kh252_bcdqg1237_haicot_lietsi.md": ("252/KH-BCĐQG1237", "2013-11-11",
                                                "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ",
                                                "Nguyễn Thiện Nhân"),
    "dev_09_qd3210_hcm_kh_nhao_ncc.md": ("3210/QĐ-UBND", "2014-06-28", None, None),
    "dev_10_qd22_2013_ttg_nhao_ncc.md": ("22/2013/QĐ-TTg", "2013-04-26", "Thủ tướng Chính phủ", "Nguyễn Tấn Dũng"),
    "dev_11_tt98_2013_btc_von_nhao.md": ("98/2013/TT-BTC", "2013-07-24", "Bộ Tài chính", "Nguyễn Công Nghiệp"),
    "dev_12_cv2428_bxd_nhao.md": ("2428/BXD-QLN", "2013-11-15", "Bộ Xây dựng", "Nguyễn Trần Nam"),
    "dev_13_nq494_ubtvqh13_giamsat.md": ("494/NQ-UBTVQH13", "2012-05-18", None, "Nguyễn Sinh Hùng"),
    "dev_14_qd31_2011_gialai_tiensudungdat.md": ("31/2011/QĐ-UBND", "2011-11-10", "Uỷ ban nhân dân tỉnh Gia Lai",
                                                 "Phạm Thế Dũng"),
    "dev_15_cv1040_ldtbxh_cdhh.md": ("1040/LĐTBXH-NCC", "2012-04-09", None, "Bùi Hồng Lĩnh"),
    "dev_16_cv5115_ldtbxh_buudien.md": ("5115/LĐTBXH-KHTC", "2018-12-03", None, "Lê Tấn Dũng"),
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
    else:
        assert m.issuer  # found, spelled as printed
    if signer is not None:
        assert m.signer == signer


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
            assert doc.meta.recipients[0] in recipients[0].text, name
        assert all(c.section == "Nơi nhận" for c in recipients)
        # Nothing after the closing block is lost: what follows it stays body text.
    assert len(parsed["dev_06_nq03_cp_ctrhd_nq57.md"].chunks) > 100  # the programme after the decision


def test_signature_placeholders_are_no_passage(parsed):
    doc = parsed["dev_02_cdcs_mau_hoso_thuongluong_tuldtt.txt"]
    assert not [c for c in doc.chunks if c.kind == "signature"]  # "CHỦ TỊCH ……": no name to cite
# Whom a document is sent to and who signed it, asked of the whole corpus-dev: tests/test_corpus_dev.py.
