"""The letterhead of a mass organisation's or a union's document prints no motto: the issuer's lines, a star and the
number on the left, the whole organisation's name and the place-date on the right ("HỘI CỰU CHIẾN BINH TỈNH … /
BAN THƯỜNG VỤ / * / Số: …" beside "HỘI CỰU CHIẾN BINH VIỆT NAM / <nơi>, ngày …"). Read as printed (a PDF's
columns, a Word table of one row whose cells hold several lines) it gives the number, the date and the issuer, and
a passage stating them, as a state letterhead does — not the organisation's name as the issuer (new-user trial of
session 45, M5). The documents are invented."""
from __future__ import annotations

from pathlib import Path

from ingest.parse import parse_document
from ingest.readers import read_file
from tests.test_formats import make_docx

_BODY = """HƯỚNG DẪN
Tổ chức hội thao truyền thống năm 2027
1. Hội Cựu chiến binh các xã, phường đăng ký đoàn vận động viên trước ngày 15 tháng 3 năm 2027.
2. Văn phòng Hội tỉnh chuẩn bị sân bãi, giải thưởng.
"""

_PRINTED = """HỘI CỰU CHIẾN BINH TỈNH NINH BÌNH                  HỘI CỰU CHIẾN BINH VIỆT NAM
        BAN THƯỜNG VỤ                         Ninh Bình, ngày 12 tháng 01 năm 2027
               *
        Số: 05-HD/CCB

""" + _BODY


def _header(doc) -> str:
    """The passage stating the header (what answers who issued the text and when)."""
    [header] = [c.text for c in doc.chunks if c.kind == "header"]
    return header


def test_a_printed_letterhead_without_motto_gives_number_date_and_issuer():
    """Before, only "Số: 05-HD/CCB" was read: no date, no issuer, and no passage held the place-date."""
    doc = parse_document(_PRINTED, "hd05.pdf")
    assert doc.meta.number == "05-HD/CCB"
    assert doc.meta.date == "2027-01-12"
    assert doc.meta.issuer.lower() == "ban thường vụ hội cựu chiến binh tỉnh ninh bình"
    assert _header(doc).endswith("Số: 05-HD/CCB\nNinh Bình, ngày 12 tháng 01 năm 2027")
    assert "VIỆT NAM" not in _header(doc)  # the whole organisation's name, where the motto stands: no issuer


def test_a_word_letterhead_table_of_one_row_without_motto_is_read_as_the_header(tmp_path: Path):
    """Before, the row was one line of a table of data: no issuer, no place-date passage."""
    path = make_docx(tmp_path / "hd05.docx", _BODY, header_table=[[
        "HỘI CỰU CHIẾN BINH TỈNH NINH BÌNH\nBAN THƯỜNG VỤ\n*\nSố: 05-HD/CCB",
        "HỘI CỰU CHIẾN BINH VIỆT NAM\nNinh Bình, ngày 12 tháng 01 năm 2027"]])
    doc = parse_document(read_file(path, 10 ** 7), path.name)
    assert (doc.meta.number, doc.meta.date) == ("05-HD/CCB", "2027-01-12")
    assert doc.meta.issuer.lower() == "ban thường vụ hội cựu chiến binh tỉnh ninh bình"
    assert "Ninh Bình, ngày 12 tháng 01 năm 2027" in _header(doc)


def test_a_state_letterhead_keeps_its_issuer_beside_the_motto():
    text = _PRINTED.replace("HỘI CỰU CHIẾN BINH TỈNH NINH BÌNH     ", "UBND TỈNH NINH BÌNH               ").replace(
        "HỘI CỰU CHIẾN BINH VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").replace("BAN THƯỜNG VỤ", "SỞ NỘI VỤ")
    doc = parse_document(text, "hd05.pdf")
    assert doc.meta.issuer.lower() == "sở nội vụ" and doc.meta.date == "2027-01-12"
