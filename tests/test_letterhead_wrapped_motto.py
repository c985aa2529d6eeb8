"""A PDF's letterhead read line beside line: the motto's column, narrower than the country's name, wraps its last word
onto the line below, beside the rest of the issuer's column ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM"). The motto is
read whole, in its own column: the body above the issuer is the issuer column's lines alone, never the country's name
mixed into it (j-part tester, session 58)."""
from __future__ import annotations

from ingest.parse import parse_document

REPORT = """ SỞ Y TẾ                                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
               TỈNH LAI CHÂU                                         NAM
TRUNG TÂM Y TẾ HUYỆN TAM ĐƯỜNG                   Độc lập - Tự do - Hạnh phúc
           Số: 27/BC-TTYT                           Tam Đường, ngày 14 tháng 01 năm 2027

                                             BÁO CÁO
                      Kết quả tiêm chủng mở rộng năm 2026
1. Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 96,2%.
2. Tổ chức 12 buổi tiêm chủng tại các trạm y tế xã.
"""


def test_a_wrapped_motto_is_no_part_of_the_body_above_the_issuer():
    doc = parse_document(REPORT, "bc27.pdf")
    assert doc.meta.parent == "SỞ Y TẾ TỈNH LAI CHÂU"
    assert doc.meta.issuer.lower() == "trung tâm y tế huyện tam đường"
    [header] = [c.text for c in doc.chunks if c.kind == "header"]
    assert "NAM" not in header.replace("LAI CHÂU", "").split() and "CỘNG HÒA" not in header
