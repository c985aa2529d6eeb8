"""What a question names a document by, and what a scanned header still says: a year said with a document's
number names that document as the number does; a number no loaded document has is said to be missing, written as
a user writes it ("QĐ 99"), also when asked who signed it; a date whose day a scan lost or a signer was to write in
("ngàyháng 5 năm 2024") keeps its month and year."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_with
from troly.texts import t

# invented documents: a directive whose scanned letterhead lost its number and the day of its date, and two
# documents of other kinds with readable numbers and signatures
SCANNED = """UY BAN NHAN DAN TINH HOA BINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

—; /CT- Hòa Bình, ngà ing 5 năm 2

| CONG THONG TIN TINH 0 8 /CT-UBNT Hòa Bình, ngàyháng 5 năm 2024

CHỈ THỊ
Về tăng cường phòng cháy, chữa cháy rừng mùa khô năm 2024

Mùa khô năm 2024 được dự báo nắng nóng kéo dài, nguy cơ cháy rừng ở mức cao trên địa bàn tỉnh.

1. Ủy ban nhân dân các huyện tổ chức trực canh lửa 24/24 giờ tại các vùng rừng trọng điểm trong suốt mùa khô.

2. Ủy ban nhân dân các xã báo cáo kết quả phòng cháy rừng hằng tuần, gửi Chi cục Kiểm lâm tỉnh trước thứ Sáu để tổng hợp.

3. Chi cục Kiểm lâm tỉnh chủ trì kiểm tra việc chuẩn bị dụng cụ dập lửa tại các chủ rừng.
"""

PLAN = """ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Số: 15/KH-UBND
Hòa Bình, ngày 10 tháng 3 năm 2024

KẾ HOẠCH
Tổ chức Tết trồng cây năm 2024

1. Các sở, ngành trồng cây xanh tại trụ sở cơ quan trong tháng 3 năm 2024.

2. Ủy ban nhân dân các xã báo cáo số cây đã trồng, gửi Sở Nông nghiệp và Phát triển nông thôn trước ngày 30 tháng 4 năm 2024.

Nơi nhận:
- Các sở, ngành;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Thị Hoa
"""

DECISION = """ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Số: 07/QĐ-UBND
Hòa Bình, ngày 02 tháng 4 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Tổ kiểm tra công tác bảo vệ rừng

Điều 1. Thành lập Tổ kiểm tra công tác bảo vệ rừng gồm đại diện Chi cục Kiểm lâm và Sở Tài chính.

Điều 2. Tổ kiểm tra làm việc tại các huyện trong quý II năm 2024.

Nơi nhận:
- Chi cục Kiểm lâm;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory, embed_cache):
    with assistant_with(tmp_path_factory, embed_cache, "chi_thi_scan.txt", SCANNED, ("ke_hoach.txt", PLAN),
                        ("quyet_dinh.txt", DECISION)) as assistant:
        yield assistant


def _scanned(store):
    return store.store.records()["chi_thi_scan.txt"]


def test_a_number_none_has_of_a_kind_all_numbered_is_still_missing(store):
    """Every loaded decision has its number: "QĐ 99" is none of them, said at once, its code written as a user
    writes it (not "QD 99")."""
    answer = store.ask("Quyết định 99/QĐ-UBND thành lập tổ kiểm tra bảo vệ rừng gồm những ai?")
    assert not answer.found and not answer.citations
    assert answer.answer.startswith(t("answer.no_such_number", ref="QĐ 99").rstrip("."))


def test_a_scanned_date_whose_day_is_lost_keeps_its_month_and_year(store):
    """"ngàyháng 5 năm 2024": the day is gone, May 2024 is not — kept (ISO "2024-05"), shown "5/2024" where the
    document is listed and named, and found by the year."""
    record = _scanned(store)
    assert record.meta["date"] == "2024-05"
    assert record.label.endswith("5/2024")
    assert "chi_thi_scan.txt" in {r.doc_id for r in store.documents() if r.year == 2024}


def test_a_day_left_blank_in_a_header_keeps_its_month_and_year():
    """A signed paper's day is written in by hand: its text says "ngày      tháng 7 năm 2023". A form whose month is
    blank too ("ngày 04 tháng……năm 2026") has no date."""
    from ingest.parse import parse_document

    head = "BỘ NỘI VỤ\nSố: 12/CT-BNV\n{date}\n\nCHỈ THỊ\nVề tăng cường kỷ luật hành chính\n\n1. Các đơn vị chấp hành giờ làm việc.\n"
    signed = parse_document(head.format(date="Hà Nội, ngày      tháng 7 năm 2023"), "a.txt").meta
    assert (signed.date, signed.short_title) == ("2023-07", "CT 12/CT-BNV (7/2023)")
    assert parse_document(head.format(date="Hà Nội, ngày 04 tháng……năm 2026"), "b.txt").meta.date == ""


def test_who_signed_a_number_none_has_is_not_every_signature(store):
    """"QĐ 99 do ai ký?" names a document, one none has: said so, not every loaded document's signature listed."""
    answer = store.ask("Quyết định 99 do ai ký?")
    assert not answer.found and not answer.citations and answer.mode != "signers"
    assert answer.answer.startswith(t("answer.no_such_number", ref="QĐ 99").rstrip("."))
    assert store.ask("Ai ký các văn bản này?").mode == "signers"  # naming none: each one's signature


def test_the_year_said_with_a_documents_number_names_it(store):
    """"Quyết định 07/QĐ-UBND năm 2024": the year the decision was issued names it, as its number does; its articles
    need not repeat the year to answer."""
    answer = store.ask("Theo Quyết định 07/QĐ-UBND năm 2024, Tổ kiểm tra công tác bảo vệ rừng gồm đại diện những cơ quan nào?")
    assert answer.found and "Chi cục Kiểm lâm và Sở Tài chính" in answer.answer, answer.answer


def test_a_law_without_a_header_is_dated_by_the_day_it_was_adopted():
    """A law copied without its header ends by saying when it passed: that is its date (its year lists it). A
    constitution is a kind of its own. A sentence of another text passed ("Luật số 23/2000/QH10 được …") dates
    nothing."""
    from ingest.parse import parse_document

    law = ("LUẬT CƯ TRÚ 2020\n\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về việc đăng ký, quản lý cư trú.\n\n"
           "{closing}\n\nCHỦ TỊCH QUỐC HỘI\n\n(Đã ký)\n\nNguyễn Thị Kim Ngân\n")
    adopted = ("Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 10 thông qua "
               "ngày 13 tháng 11 năm 2020.")
    assert parse_document(law.format(closing=adopted), "cu_tru.txt").meta.date == "2020-11-13"
    other = "Luật số 23/2000/QH10 được Quốc hội thông qua ngày 09 tháng 12 năm 2000 hết hiệu lực."
    assert parse_document(law.format(closing=other), "cu_tru.txt").meta.date == ""
    charter = parse_document("HIẾN PHÁP 2013\n\nĐiều 1. Nước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập.\n\n"
                             "Hiến pháp này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp "
                             "thứ 6 thông qua ngày 28 tháng 11 năm 2013.\n", "hp.txt").meta
    assert (charter.kind, charter.title, charter.date) == ("Hiến pháp", "Hiến pháp 2013", "2013-11-28")
