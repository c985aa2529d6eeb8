"""A member types a term of the documents by its initials, as chat users do ("ktx" for "ký túc xá"), though no
document defines them and no table knows them (task short56): the question is read as the term the document found
writes, with or without diacritics, and answered from its line — not refused, nor read as another word ("kt").
Invented document."""
from __future__ import annotations

from bot.answer.initials import term_for
from tests.helpers import assistant_fixture, first_line

_RULES = ("ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 12/QĐ-UBND\nAn Phú, ngày 03 tháng 3 năm 2029\n\n"
          "QUY CHẾ\nHoạt động của Nhà văn hóa và Khu thể thao xã An Phú\n\n"
          "Điều 1. Thời gian hoạt động\n"
          "1. Khu thể thao mở cửa lúc 05 giờ 00 và đóng cửa lúc 22 giờ 00.\n"
          "2. Nhà văn hóa mở cửa lúc 07 giờ 30 và đóng cửa lúc 21 giờ 00 các ngày trong tuần.\n"
          "3. Phòng đọc của Nhà văn hóa phục vụ bạn đọc vào sáng thứ Bảy.\n\n"
          "Điều 2. Học phí và học bổng\n"
          "1. Học viên lớp tin học cơ bản đóng 150.000 đồng/khóa.\n"
          "2. Quỹ khuyến học của xã cấp học bổng 500.000 đồng/năm cho mỗi học sinh nghèo vượt khó.\n\n"
          "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình\n")

rules = assistant_fixture("qc-nha-van-hoa-an-phu.txt", _RULES)


def test_a_term_typed_by_its_initials_without_diacritics_is_answered_from_its_line(rules):
    """Before: "nvh" was no word of the texts, and the question, holding too little of the line, was refused."""
    answer = rules.ask("nvh dong cua may gio")
    assert answer.found and "21 giờ" in first_line(answer) and "22 giờ" not in first_line(answer), answer.answer


def test_initials_are_read_as_the_run_the_texts_write_most():
    texts = ["Học sinh nộp hồ sơ tại trường.", "Học sinh nghèo được miễn học phí; học sinh khuyết tật được hỗ trợ."]
    assert term_for("hs", texts) == "học sinh"
    assert term_for("kbc", ["Phòng ở khu B, C có quạt."]) == ""  # no run across a comma


def test_initials_no_passage_spells_out_are_searched_for_once(rules, monkeypatch):
    """Before, each of ask's own searches read the question's initials again: "xqz", which no text spells out, cost
    a search more every time (three for one question)."""
    from bot.answer import service

    read = []
    monkeypatch.setattr(service.initials, "spelled", lambda question, words, documents: read.append(words) or question)
    rules.ask("xqz dong cua may gio")
    assert read == [["xqz"]], read
