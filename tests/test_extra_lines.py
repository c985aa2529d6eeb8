"""The lines an answer adds after the one answering: another item of the same list is added only for a case the
question names (not "a) … dưới 7 ngày" when 9 days are asked, nor "Nằm viện" when death is asked), and a line that
states nothing — a footnote citing a document, a bare label — never is; a question asking for the cases still gets
them all. Invented document, worded apart from any trial's."""
from __future__ import annotations

from tests.helpers import corpus_fixture

_ALLOWANCE = ("CÔNG ĐOÀN CÔNG TY CỔ PHẦN XE KHÁCH HỒNG LĨNH\nSố: 08/QĐ-CĐCS\nHồng Lĩnh, ngày 14 tháng 02 năm 2029\n\n"
              "QUYẾT ĐỊNH\nVề việc trợ cấp đoàn viên ốm đau năm 2029\n\n"
              "BAN CHẤP HÀNH CÔNG ĐOÀN CÔNG TY\n\nQUYẾT ĐỊNH:\n\n"
              "Điều 1. Đoàn viên công đoàn đang làm việc tại Công ty bị ốm đau được trợ cấp theo mức như sau:\n"
              "a) Nằm viện dưới 7 ngày: 400.000 đồng;\n"
              "b) Nằm viện từ 7 ngày trở lên: 1.200.000 đồng;\n"
              "c) Phải phẫu thuật: 2.500.000 đồng;\n"
              "d) Qua đời: 6.000.000 đồng.\n\n"
              "Điều 2. Hồ sơ đề nghị trợ cấp gửi Ban Nữ công trong 20 ngày kể từ ngày ra viện.\n\n"
              "Điều 3. Quyết định có hiệu lực từ ngày ký. Tổ Văn phòng và các tổ công đoàn chịu trách nhiệm thi hành.\n\n"
              "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nTrần Quốc Bảo\n")
# a letter as a web page, its footnote (a guide's full name) under a rule after the signature
_FEES = ("<html><head><meta charset=\"utf-8\"><title>Công văn</title></head><body>\n<table><tr><td>LIÊN ĐOÀN LAO ĐỘNG "
         "TỈNH QUẢNG TRỊ<br>CÔNG ĐOÀN NGÀNH GIÁO DỤC<br>Số: 41/CĐN-TC<br>V/v thu, nộp đoàn phí công đoàn năm 2029</td>\n"
         "<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br><i>Quảng Trị, ngày 03 tháng 3 năm "
         "2029</i></td></tr></table>\n<p>Kính gửi: Các công đoàn cơ sở trường học trực thuộc.</p>\n"
         "<p>Thực hiện Hướng dẫn số 27/HD-LĐLĐ của Liên đoàn Lao động tỉnh<sup>1</sup>, Ban Thường vụ Công đoàn ngành "
         "đề nghị:</p>\n<ol>\n<li>Đoàn phí công đoàn năm 2029 thu bằng 1% tiền lương đóng bảo hiểm xã hội của đoàn "
         "viên, thu hằng tháng.</li>\n<li>Các công đoàn cơ sở nộp đoàn phí về Công đoàn ngành trước ngày 15 của tháng "
         "cuối quý.</li>\n</ol>\n<table><tr><td><b>Nơi nhận:</b><br>- Như trên;<br>- Lưu: VT, TC.</td>\n"
         "<td>TM. BAN THƯỜNG VỤ<br>CHỦ TỊCH<br><br>Lê Thị Hoa</td></tr></table>\n<hr>\n"
         "<p><sup>1</sup> Hướng dẫn số 27/HD-LĐLĐ về thu, nộp kinh phí công đoàn và đoàn phí công đoàn năm 2029.</p>\n"
         "</body></html>\n")

allowance = corpus_fixture(("qd-tro-cap-om-dau.txt", _ALLOWANCE), ("cv-doan-phi-2029.html", _FEES))


def _lines(answer) -> list[str]:
    return [line for line in answer.answer.split("\n") if line.strip()]


def test_a_stated_number_of_days_is_answered_by_its_item_alone(allowance):
    """Before, "nằm viện 9 ngày" was answered "b) … từ 7 ngày trở lên: 1.200.000" and then "a) … dưới 7 ngày:
    400.000" as a passage answering nearly as well: the other item's range leaves 9 days out."""
    answer = allowance.ask("Đoàn viên nằm viện 9 ngày được trợ cấp bao nhiêu?")
    assert answer.found and "1.200.000" in _lines(answer)[0], answer.answer
    assert "400.000" not in answer.answer, answer.answer


def test_a_case_named_is_not_followed_by_a_case_not_named(allowance):
    answer = allowance.ask("Đoàn viên qua đời thì gia đình được trợ cấp bao nhiêu tiền?")
    assert answer.found and "6.000.000" in _lines(answer)[0], answer.answer
    assert "Nằm viện" not in answer.answer and "phẫu thuật" not in answer.answer, answer.answer


def test_two_cases_named_are_both_answered(allowance):
    answer = allowance.ask("Phải phẫu thuật hoặc qua đời thì được trợ cấp bao nhiêu?")
    assert "2.500.000" in answer.answer and "6.000.000" in answer.answer, answer.answer


def test_the_cases_asked_for_are_all_listed(allowance):
    """A whole article asked is still answered with every item (those past the answer's lines cited below it)."""
    answer = allowance.ask("Điều 1 quyết định trợ cấp ốm đau quy định gì?")
    quoted = answer.answer + "\n".join(c.passage.text for c in answer.citations)
    for amount in ("400.000", "1.200.000", "2.500.000", "6.000.000"):
        assert amount in quoted, answer.answer


def test_a_footnote_citing_a_guide_is_no_answer_line(allowance):
    """Before, the footnote "1 Hướng dẫn số 27/HD-LĐLĐ về thu, nộp … đoàn phí …" followed the line answering: it
    shares the question's words, but only says which guide a line above follows."""
    answer = allowance.ask("Đoàn phí công đoàn thu bao nhiêu?")
    assert answer.found and "1% tiền lương" in _lines(answer)[0], answer.answer
    assert "27/HD-LĐLĐ" not in answer.answer, answer.answer
