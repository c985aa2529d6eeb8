"""A kind's name followed by words of another document's title ("Báo cáo tổng kết hội chợ nông sản gửi UBND tỉnh
…": the fair's plan's words, one pair only of a report's title) asks about the report that plan calls for, not the
loaded Báo cáo sharing one pair of words: the plan answers. A report named by its own title's words still is.
Documents and wordings are this file's own, invented."""
from __future__ import annotations

from tests.helpers import corpus_fixture

_REPORT = "\n\n".join([
    "SỞ Y TẾ TỈNH HÀ LAM\nBỆNH VIỆN ĐA KHOA KHU VỰC BẮC HÀ\nSố: 45/BC-BV\nBắc Hà, ngày 20 tháng 12 năm 2027",
    "BÁO CÁO\nTổng kết công tác khám chữa bệnh năm 2027",
    "I. KẾT QUẢ\n1. Bệnh viện khám cho 120.500 lượt người bệnh, đạt 104% kế hoạch.",
    "II. PHƯƠNG HƯỚNG NĂM 2028\n1. Các khoa gửi báo cáo quý về Phòng Kế hoạch tổng hợp trước ngày 05 của tháng đầu "
    "quý sau.\n"])

_FAIR = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÀ LAM\nSố: 140/KH-UBND\nHà Lam, ngày 03 tháng 1 năm 2028",
    "KẾ HOẠCH\nTổ chức Hội chợ nông sản an toàn tỉnh Hà Lam năm 2028",
    "I. THỜI GIAN, ĐỊA ĐIỂM\n1. Hội chợ diễn ra từ ngày 20 đến ngày 24 tháng 3 năm 2028 tại quảng trường tỉnh.",
    "II. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương chủ trì; báo cáo tổng kết Hội chợ nông sản gửi Ủy ban nhân dân tỉnh "
    "trước ngày 10 tháng 4 năm 2028.\n"])

store = corpus_fixture(("bc45-tong-ket-benh-vien.txt", _REPORT), ("kh140-hoi-cho.txt", _FAIR))


def test_the_report_a_plan_calls_for_is_answered_from_the_plan(store):
    """Before, "báo cáo tổng kết" named the hospital's Báo cáo (its title "Tổng kết …") and the question was asked
    of it alone: its quarterly reports' "trước ngày 05" answered."""
    answer = store.ask("Báo cáo tổng kết hội chợ nông sản gửi UBND tỉnh hạn chót ngày nào?")
    assert answer.found and "10 tháng 4 năm 2028" in answer.answer.split("\n")[0], answer.answer
    assert {c.passage.source for c in answer.citations} == {"kh140-hoi-cho.txt"}, answer.answer


def test_a_report_named_by_its_own_words_is_still_the_report_asked(store):
    assert store.searcher.scope_of("Báo cáo tổng kết công tác khám chữa bệnh năm 2027 khám bao nhiêu lượt người "
                                   "bệnh?") == {"bc45-tong-ket-benh-vien.txt"}
