"""A letter's "V/v …" subject typed over several lines in a .txt file goes on to the blank line or the salutation,
whatever its last line opens with: a line of figures ("2028-2030") the width wrapped is the subject's end, in its title
and in what the letter is said to be about (j-part tester, session 58)."""
from __future__ import annotations

from ingest.parse import parse_document

LETTER = """UBND TỈNH HÒA BÌNH                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ XÂY DỰNG                                 Độc lập - Tự do - Hạnh phúc
Số: 812/SXD-QLN                             Hòa Bình, ngày 02 tháng 4 năm 2027
V/v rà soát nhu cầu nhà ở xã hội
giai đoạn
2026-2030

Kính gửi: Ủy ban nhân dân các huyện, thành phố.
Đề nghị các đơn vị rà soát nhu cầu nhà ở xã hội trên địa bàn, gửi về Sở Xây dựng trước ngày 20/4/2027.
"""


def test_a_subject_wrapped_onto_a_line_of_figures_keeps_it():
    doc = parse_document(LETTER, "cv812.txt")
    assert doc.meta.subject == "rà soát nhu cầu nhà ở xã hội giai đoạn 2026-2030"
    assert doc.meta.title.endswith("giai đoạn 2026-2030")


def test_the_salutation_ends_the_subject():
    doc = parse_document(LETTER.replace("\n\nKính gửi", "\nKính gửi"), "cv812.txt")
    assert doc.meta.subject == "rà soát nhu cầu nhà ở xã hội giai đoạn 2026-2030"
    assert any("Kính gửi" in c.text for c in doc.chunks)
