"""A document named by its number the ways people write it ("Chỉ thị 8", "CT 08", "chỉ thị số 08/CT-UBND", "chỉ
thị 8 năm 2024", "QĐ 07") is the one the question is asked of — a scan whose header number the OCR garbled too,
by the number its file names it by — and a number no document has gets the plain "no such number" message."""
from __future__ import annotations

import pytest

from ingest.parse import parse_document
from tests.helpers import assistant_with
from tests.test_numbers_and_dates import DECISION
from troly.texts import t

# an invented directive whose scanned letterhead garbled its number ("0 B /CT-UBNT" for 08/CT-UBND), named by its
# number in its file name; beside it a decision with a readable one (07/QĐ-UBND)
SCANNED = """UY BAN NHAN DAN TINH HOA BINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

| CONG THONG TIN TINH 0 B /CT-UBNT Hòa Bình, ngàyháng 5 năm 2024

CHỈ THỊ
Về tăng cường phòng cháy, chữa cháy rừng mùa khô năm 2024

Mùa khô năm 2024 được dự báo nắng nóng kéo dài, nguy cơ cháy rừng ở mức cao trên địa bàn tỉnh.

1. Ủy ban nhân dân các huyện tổ chức trực canh lửa 24/24 giờ tại các vùng rừng trọng điểm trong suốt mùa khô.

2. Chi cục Kiểm lâm tỉnh chủ trì kiểm tra việc chuẩn bị dụng cụ dập lửa tại các chủ rừng.
"""
SCAN_FILE = "hoabinh_chithi08_2024_chay_rung.txt"


@pytest.fixture(scope="module")
def store(tmp_path_factory, embed_cache):
    with assistant_with(tmp_path_factory, embed_cache, SCAN_FILE, SCANNED, ("quyet_dinh.txt", DECISION)) as assistant:
        yield assistant


def test_a_scan_whose_number_is_garbled_takes_the_number_its_file_names():
    """The OCR read "0 B /CT-UBNT": no number is guessed from it, but the file is named "…chithi08…" (its kind, then
    its number): that is the number people call it by."""
    meta = parse_document(SCANNED, SCAN_FILE).meta
    assert (meta.kind, meta.number, meta.short_title) == ("Chỉ thị", "08", "CT 08 (5/2024)")
    # a converter's front matter declares the title "Chi thi 08 …" of a file named otherwise: the same number
    declared = parse_document(f'---\ntitle: "Chi thi 08 2024 UBND"\nsource: "x"\n---\n{SCANNED}', "scan.md").meta
    assert declared.number == "08"


def test_a_file_name_lends_no_number_of_another_kind_nor_a_year():
    """"nq03_phuluc" names the resolution an appendix belongs to, not the directive's number; "chi_thi_2024" its
    year; and a number the text prints is never replaced."""
    assert parse_document(SCANNED, "nq03_phuluc_chi_thi.txt").meta.number == ""
    assert parse_document(SCANNED, "chi_thi_2024_chay_rung.txt").meta.number == ""
    assert parse_document(DECISION, "qd12_bao_ve_rung.txt").meta.number == "07/QĐ-UBND"


@pytest.mark.parametrize("question", [
    "Chỉ thị 8 giao Chi cục Kiểm lâm làm gì?",
    "CT 08 giao Chi cục Kiểm lâm làm gì?",
    "chỉ thị số 08/CT-UBND giao Chi cục Kiểm lâm làm gì?",
    "chỉ thị 8 năm 2024 giao chi cục kiểm lâm làm gì",
])
def test_a_directive_named_by_its_number_is_answered_from_it(store, question):
    answer = store.ask(question)
    assert answer.found and answer.citations, answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {SCAN_FILE}
    assert "dụng cụ dập lửa" in answer.answer


def test_a_decision_named_by_its_code_and_number_is_answered_from_it(store):
    answer = store.ask("QĐ 07 thành lập tổ gì?")
    assert answer.found and {c.passage.doc_id for c in answer.citations} == {"quyet_dinh.txt"}, answer.answer


def test_a_number_no_document_has_is_said_to_be_missing(store):
    """"Chỉ thị 9": no loaded directive has it (the scan is 08 now, not a directive without a number)."""
    answer = store.ask("Chỉ thị 9 giao Chi cục Kiểm lâm làm gì?")
    assert not answer.found and not answer.citations
    assert answer.answer.startswith(t("answer.no_such_number", ref="CT 9").rstrip("."))
    # the closest is named as it is listed: its own number, not as a text that mentions "CT 8"
    assert "CT 08 (5/2024)" in answer.answer and t("answer.document_named", title="CT 08 (5/2024)", ref="CT 8") \
        not in answer.answer
