"""A document's name is its title's lines only: a first heading printed unnumbered right under a two-line title
("MỤC ĐÍCH, YÊU CẦU"), or the enacting body with its session on one line ("HỘI ĐỒNG NHÂN DÂN TỈNH … KHÓA X, KỲ HỌP
THỨ 18"), is no part of it — else every answer naming the document carries those words."""
from __future__ import annotations

from ingest.parse import parse_document

PLAN = """CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH AN PHÚ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 31/KH-CĐN | Độc lập - Tự do - Hạnh phúc
An Phú, ngày 12 tháng 01 năm 2027

KẾ HOẠCH
Tổ chức Hội thao cán bộ, nhà giáo, người lao động
ngành Giáo dục năm 2027

MỤC ĐÍCH, YÊU CẦU

Tạo sân chơi lành mạnh, nâng cao sức khỏe cho đoàn viên.

NỘI DUNG

Thi đấu các môn bóng chuyền, cầu lông, kéo co từ ngày 20/3/2027 đến ngày 22/3/2027.
"""

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN PHÚ | Độc lập - Tự do - Hạnh phúc
Số: 07/2027/NQ-HĐND | An Phú, ngày 10 tháng 7 năm 2027

NGHỊ QUYẾT

Quy định mức hỗ trợ xây dựng nhà văn hóa thôn trên địa bàn tỉnh An Phú

HỘI ĐỒNG NHÂN DÂN TỈNH AN PHÚ KHÓA XI, KỲ HỌP THỨ 5

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT NGHỊ:

Điều 1. Mỗi nhà văn hóa thôn được hỗ trợ 300 triệu đồng.
"""


def test_an_unnumbered_first_heading_is_not_part_of_the_title():
    doc = parse_document(PLAN, "kh_hoi_thao.txt")
    assert doc.meta.title == ("Kế hoạch tổ chức Hội thao cán bộ, nhà giáo, người lao động ngành Giáo dục năm 2027"), \
        doc.meta.title
    assert any(c.text.startswith("MỤC ĐÍCH") for c in doc.chunks)  # the heading is read as the text's


def test_the_enacting_body_and_its_session_are_not_part_of_the_title():
    doc = parse_document(RESOLUTION, "nq_nha_van_hoa.txt")
    assert doc.meta.title == ("Nghị quyết quy định mức hỗ trợ xây dựng nhà văn hóa thôn trên địa bàn tỉnh An Phú"), \
        doc.meta.title
    assert doc.meta.issuer == "Hội đồng nhân dân tỉnh An Phú", doc.meta.issuer
