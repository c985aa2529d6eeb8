"""A PDF's title printed centred under its kind, its second line running straight into the text's first sentence at
the margin with no blank line between (a notice of conclusions: "THÔNG BÁO / Kết luận của … tại cuộc họp về … /
Ngày 08 tháng 4 …, đồng chí … chủ trì …"): the title is read as the document's title — not the vague one its file's
properties declare — and the first sentence is a passage of its own, not run into the title. The document and
wordings are this file's own, invented."""
from __future__ import annotations

from ingest.parse import parse_document
from ingest.readers import read_file
from tests.test_formats import make_pdf

_TITLE = ["Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh Hoàng Văn Sơn tại cuộc họp về",
          "công tác phòng, chống rét đậm, rét hại cho đàn trâu, bò, dê trên địa bàn tỉnh trong năm 2027"]
_LINES = [
    "ỦY BAN NHÂN DÂN TỈNH HÀ LAM",
    "Số: 17/TB-UBND",
    "Hà Lam, ngày 12 tháng 1 năm 2027",
    "",
    "THÔNG BÁO",
    *_TITLE,
    "Ngày 08 tháng 1 năm 2027, đồng chí Hoàng Văn Sơn, Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc",
    "họp về công tác phòng, chống rét đậm, rét hại cho đàn gia súc. Tham dự có lãnh đạo Sở Nông nghiệp",
    "và Môi trường, Sở Tài chính và đại diện Ủy ban nhân dân các xã có nhiều hộ chăn nuôi trâu, bò.",
    "Sau khi nghe báo cáo và ý kiến của các đại biểu, Phó Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:",
    "1. Sở Nông nghiệp và Môi trường hướng dẫn các hộ chăn nuôi che chắn chuồng trại, dự trữ đủ rơm, cỏ",
    "khô và thức ăn tinh cho trâu, bò trong những ngày nhiệt độ xuống dưới 12 độ C; không thả rông gia",
    "súc trên núi cao khi trời rét đậm, rét hại.",
    "2. Sở Tài chính tham mưu bố trí 2,5 tỷ đồng hỗ trợ các hộ nghèo có trâu, bò chết do rét; hoàn thành",
    "trước ngày 31 tháng 1 năm 2027.",
    "3. Ủy ban nhân dân các xã thống kê số gia súc chết do rét, báo cáo về Sở Nông nghiệp và Môi trường",
    "trước 16 giờ 00 thứ Năm hằng tuần.",
    "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.",
    "TL. CHỦ TỊCH",
    "CHÁNH VĂN PHÒNG",
    "Lê Thị Minh",
]


def test_a_centred_title_is_not_run_into_the_first_sentence(tmp_path):
    pdf = make_pdf(tmp_path / "tb17.pdf", [_LINES], centred=frozenset(["THÔNG BÁO", *_TITLE]),
                   title="Thông báo kết luận")
    doc = parse_document(read_file(pdf, 10**8), pdf.name, declared_title="Thông báo kết luận")
    assert doc.meta.title.endswith(" ".join(_TITLE)[1:]), doc.meta.title
    texts = [c.text for c in doc.chunks]
    assert any(text.startswith("Ngày 08 tháng 1 năm 2027, đồng chí Hoàng Văn Sơn") for text in texts), texts
    assert not any("năm 2027 Ngày 08" in text for text in texts), texts
