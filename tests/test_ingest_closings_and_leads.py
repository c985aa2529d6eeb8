"""What passages and metadata hold where a text's layout is not the usual one (new-user trial of session 42, N9, N10,
N15; review of session 42, R8): a decision signed above the regulation it issues, with no "Nơi nhận" (its signer
was empty and the signature two passages of its last article); a lead-in stating a total before the table that
details it (in no passage: the table's header row carried it as its lead only); minutes printing a letterhead with no
motto, number or date (the letterhead ran into the title; no kind, date or issuer; its short name is then cut to keep
the issuer) and both signatures on one line; an attached text's date read only from its bracketed line. The
documents and wordings are this file's own."""
from __future__ import annotations

from ingest.due import issued_with_date
from ingest.parse import parse_document
from ingest.structure import _signatures
from tests.helpers import assistant_fixture

DECISION = """CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH KON TUM
BAN THƯỜNG VỤ
Số: 41/QĐ-CĐN
Kon Tum, ngày 03 tháng 9 năm 2027

QUYẾT ĐỊNH
Ban hành Quy chế chi tiêu nội bộ của cơ quan Công đoàn ngành Giáo dục tỉnh Kon Tum

BAN THƯỜNG VỤ CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH KON TUM
Căn cứ Điều lệ Công đoàn Việt Nam; xét đề nghị của Văn phòng,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ của cơ quan Công đoàn ngành Giáo dục tỉnh.
Điều 2. Văn phòng và các ban của Công đoàn ngành chịu trách nhiệm thi hành Quyết định này.
KT. BAN THƯỜNG VỤ
PHÓ CHỦ TỊCH
Y Thị Hờ Niê
QUY CHẾ
Chi tiêu nội bộ của cơ quan Công đoàn ngành Giáo dục tỉnh Kon Tum
(Ban hành kèm theo Quyết định số 41/QĐ-CĐN ngày 03 tháng 9 năm 2027)
Điều 1. Phạm vi áp dụng
Quy chế này áp dụng cho cán bộ, nhân viên cơ quan Công đoàn ngành Giáo dục tỉnh.
Điều 2. Công tác phí
1. Cán bộ đi công tác ngoài tỉnh được phụ cấp lưu trú 200.000 đồng một ngày.
2. Cán bộ đi công tác trong tỉnh được khoán 500.000 đồng một tháng.
"""

NOTICE = """TRƯỜNG TRUNG HỌC PHỔ THÔNG NGỌC HỒI
Số: 88/TB-THPT
Ngọc Hồi, ngày 10 tháng 9 năm 2027

THÔNG BÁO
Cử giáo viên đi bồi dưỡng hè năm 2027

I. DANH SÁCH GIÁO VIÊN ĐƯỢC CỬ ĐI BỒI DƯỠNG
Tổng số giáo viên được cử đi bồi dưỡng: 9 người, gồm:
| Môn | Số giáo viên | Nơi bồi dưỡng |
| Ngữ văn | 4 | Trường Đại học Sư phạm Huế |
| Tin học | 5 | Trường Đại học Đà Nẵng |
II. KINH PHÍ
Nhà trường chi trả tiền học phí và tiền tàu xe cho giáo viên đi bồi dưỡng.
"""

MINUTES = """**CÔNG ĐOÀN CÔNG TY CỔ PHẦN CAO SU SA THẦY**
**BAN CHẤP HÀNH**

# BIÊN BẢN HỌP BAN CHẤP HÀNH
## Phiên họp bất thường tháng 8 năm 2027

**Thời gian:** 8 giờ 30, ngày 12 tháng 8 năm 2027.
**Địa điểm:** Hội trường Nông trường cao su số 2.

## I. NỘI DUNG
Ban Chấp hành bàn việc trao quà cho 25 đoàn viên bị thiệt hại do lốc xoáy, mỗi suất 1.000.000 đồng.

## II. KẾT LUẬN
Ban Chấp hành thống nhất trao quà trước ngày 20 tháng 8 năm 2027.

**THƯ KÝ** Phạm Văn Tín — **CHỦ TỌA** A Thị Lan
"""

assistant = assistant_fixture("qd-quy-che-chi-tieu.txt", DECISION, ("tb-boi-duong-he.txt", NOTICE),
                              ("bien-ban-hop-bch.md", MINUTES))


def test_a_signature_above_the_text_a_decision_issues_signs_the_decision():
    parsed = parse_document(DECISION, "qd.txt")
    assert (parsed.meta.signer, parsed.meta.signer_role) == ("Y Thị Hờ Niê", "KT. BAN THƯỜNG VỤ PHÓ CHỦ TỊCH")
    assert not any("PHÓ CHỦ TỊCH" in c.text for c in parsed.chunks if c.kind != "signature")
    # the regulation's articles are its own, not under the decision's Điều 2
    assert not any(c.section.startswith("Điều 2") for c in parsed.chunks), [c.section for c in parsed.chunks]


def test_who_signed_the_decision_is_answered_with_its_signer(assistant):
    answer = assistant.ask("Quyết định ban hành quy chế chi tiêu nội bộ do ai ký?")
    assert answer.found and "Y Thị Hờ Niê" in answer.answer, answer.answer


def test_a_lead_in_stating_a_total_is_a_passage_as_well_as_the_tables_lead():
    chunks = parse_document(NOTICE, "tb.txt").chunks
    total = "Tổng số giáo viên được cử đi bồi dưỡng: 9 người, gồm:"
    assert any(c.text == total for c in chunks), [c.text for c in chunks]
    # the table's rows are read with it (their context); its header row, which names the columns, does not carry it
    # (layout47): quoted after it, the total was cited to the header row rather than to its own sentence
    assert any(total in c.context for c in chunks if c.text.startswith("|")), [c.context for c in chunks]
    assert not any(c.lead == total for c in chunks if c.text.startswith("| Môn")), [c.lead for c in chunks]


def test_the_total_a_table_details_is_answered(assistant):
    answer = assistant.ask("Tổng số giáo viên đi bồi dưỡng hè là mấy người?")
    assert answer.found and "9 người" in answer.answer, answer.answer
    # the sentence itself is cited, not the table's header row it was the lead-in of
    assert answer.citations[0].passage.text.startswith("Tổng số giáo viên"), answer.citations[0].passage.text


def test_minutes_with_a_letterhead_alone_have_their_kind_issuer_date_and_title():
    meta = parse_document(MINUTES, "bb.md").meta
    assert (meta.kind, meta.date) == ("Biên bản", "2027-08-12"), meta
    assert meta.issuer.lower() == "ban chấp hành công đoàn công ty cổ phần cao su sa thầy", meta.issuer
    assert meta.title.lower().startswith("biên bản họp ban chấp hành phiên họp bất thường"), meta.title
    # what every union's minutes are titled does not tell them apart in a citation: who held them does
    assert meta.short_title.lower().endswith("công ty cổ phần cao su sa thầy"), meta.short_title


def test_two_signatures_on_one_line_keep_their_own_roles():
    parsed = parse_document(MINUTES, "bb.md")
    assert (parsed.meta.signer, parsed.meta.signer_role) == ("A Thị Lan", "CHỦ TỌA")
    signature = next(c.text for c in parsed.chunks if c.kind == "signature")
    assert signature == "CHỦ TỌA A Thị Lan; THƯ KÝ Phạm Văn Tín", signature


def test_the_date_of_the_text_another_is_issued_with_comes_from_its_bracketed_line_only():
    assert issued_with_date("(Kèm theo Quyết định số 41/QĐ-CĐN ngày 03 tháng 9 năm 2027)") == "2027-09-03"
    assert issued_with_date("Nộp hồ sơ theo mẫu kèm theo. Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 "
                            "năm 2020 của Chính phủ.") is None


def test_a_role_in_capitals_after_the_body_it_acts_for_is_one_role():
    """Before (review43 R12), the line was cut before "CHỦ TỊCH" after the marked capital "Ụ" (taken for a small
    letter, as a name ends): two roles of one signature."""
    one = ["TM. BAN THƯỜNG VỤ CHỦ TỊCH", "Đinh Thị Hoa"]
    assert _signatures(one) == [one]
    assert _signatures(["THƯ KÝ Lê Văn Tư — CHỦ TỌA Đinh Thị Hoa"]) == [["THƯ KÝ Lê Văn Tư"], ["CHỦ TỌA Đinh Thị Hoa"]]
