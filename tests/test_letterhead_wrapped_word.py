"""A letterhead read from a PDF keeps the line breaks of its table cell: the issuer's name wrapped by the column's
width ("TRUNG TÂM KIỂM SOÁT BỆNH" / "TẬT") is one name, the issuer — not a one-word body under the centre. The
header passage (what answers "ai ban hành, ngày nào") shows it on one line (new-user trial of session 44, N8)."""
from __future__ import annotations

from ingest.parse import parse_document

PLAN = """     SỞ Y TẾ TỈNH CAO BẰNG                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 TRUNG TÂM KIỂM SOÁT BỆNH
                   TẬT                                  Độc lập - Tự do - Hạnh phúc
            Số: 41/KH-KSBT                          Cao Bằng, ngày 05 tháng 12 năm 2026

                                           KẾ HOẠCH
                  Triển khai công tác tiêm chủng mở rộng năm 2027
1. Các Trung tâm Y tế khu vực tổ chức tiêm vắc xin cho trẻ dưới 1 tuổi hằng tháng.
2. Báo cáo kết quả về Trung tâm Kiểm soát bệnh tật trước ngày 05 hằng tháng.
"""


def test_a_word_wrapped_onto_its_own_line_ends_the_issuers_name():
    doc = parse_document(PLAN, "kh41.txt")
    assert doc.meta.issuer == "Trung tâm Kiểm soát bệnh tật"
    assert doc.meta.parent == "SỞ Y TẾ TỈNH CAO BẰNG"
    [header] = [c.text for c in doc.chunks if c.kind == "header"]
    assert "TRUNG TÂM KIỂM SOÁT BỆNH TẬT\nSố: 41/KH-KSBT" in header


def test_an_abbreviated_body_on_its_own_line_stays_a_body():
    """ "UBND" names a body (prompts/bodies.tsv): a line of it is no word wrapped from the line above."""
    text = PLAN.replace(" TRUNG TÂM KIỂM SOÁT BỆNH\n", " ĐẢNG BỘ TỈNH CAO BẰNG\n").replace(
        "                   TẬT     ", "                   UBND    ")
    doc = parse_document(text, "kh41.txt")
    assert doc.meta.issuer != "Đảng bộ tỉnh Cao Bằng UBND" and "UBND" in doc.meta.issuer.upper()
