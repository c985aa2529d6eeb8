"""Review43 R4, R7, R8, R11: the unit an amount is asked per is read with the question's marks ("cấp mới" asks no
"mỗi", "Điều 1" and "Quý 1" number an article and a quarter, no one thing paid per); a yes or no on a channel ("qua
email được không") is judged only by a line naming that channel; the row of a schedule keyed by another month than
the one asked joins no answer, as a second opinion either; a row is keyed by its own first cell, though its passage
holds several. The documents and wording are this file's own."""
from __future__ import annotations

from bot.answer.amount_clauses import asked_per
from bot.answer.composer import compose
from bot.answer.slots import keyed_by
from tests.helpers import first_line, lexicon_of
from troly.texts import t
from vectorstore.search import Passage


def test_the_unit_asked_per_is_read_with_the_question_s_marks():
    assert asked_per("Khoản 1 quy định mức chi bao nhiêu?") == ""
    assert asked_per("Đợt 1 chi tổng cộng bao nhiêu tiền?") == ""
    assert asked_per("Đăng ký mới thẻ hội viên mất bao nhiêu tiền?") == ""
    assert asked_per("Khoản 1 hỗ trợ bao nhiêu một hộ?") == "ho"
    assert asked_per("mỗi phòng được sửa bao nhiêu") == "phong"
    assert asked_per("moi phong duoc sua bao nhieu") == "phong"
    assert asked_per("sua phong hoc bao nhieu tien 1 phong") == "phong"


_DECISION = "Quyết định hỗ trợ sửa chữa nhà ở cho hộ đoàn viên năm 2027"
_LEAD = "Điều 1. Hỗ trợ sửa chữa nhà ở cho 9 hộ đoàn viên khó khăn với tổng kinh phí 260.000.000 đồng, trong đó:"
_ITEMS = ("1. Sửa chữa lớn nhà ở cho 5 hộ, mức hỗ trợ 40.000.000 đồng/hộ.",
          "2. Sửa chữa nhỏ nhà ở cho 4 hộ, mức hỗ trợ 15.000.000 đồng/hộ.")


def test_an_article_s_total_asked_is_answered_before_its_per_unit_items():
    found = [Passage(f"i{n}", "qd-ph", _DECISION, "qd.txt", _LEAD, text, 0.9 - 0.01 * n, n + 1, lead=_LEAD)
             for n, text in enumerate(_ITEMS)]
    found.insert(1, Passage("l", "qd-ph", _DECISION, "qd.txt", "", _LEAD, 0.87, 0))
    line = first_line(compose("Điều 1 hỗ trợ tổng cộng bao nhiêu tiền?", found, lexicon=lexicon_of(found)))
    assert "260.000.000" in line, line


_RULES = "Quy chế chế độ báo cáo của Liên đoàn Lao động huyện"
_SENT = ("Báo cáo định kỳ được gửi bằng văn bản giấy có chữ ký, đóng dấu qua đường bưu chính về Văn phòng Liên đoàn "
         "Lao động huyện.")
_MAILED = "Bản điện tử của báo cáo định kỳ đồng thời gửi qua hộp thư điện tử vanphong.ldld@example.vn."


def _rule(n: int, text: str, score: float) -> Passage:
    return Passage(f"q{n}", "qc-bc", _RULES, "qc.txt", "Điều 4. Cách gửi báo cáo", text, score, n)


def test_a_yes_or_no_on_a_channel_is_judged_by_a_line_naming_it():
    found = [_rule(0, _SENT, 0.9), _rule(1, _MAILED, 0.86)]
    for question in ("Báo cáo định kỳ gửi qua email được không?", "bao cao dinh ky gui qua email duoc khong"):
        answer = compose(question, found, lexicon=lexicon_of(found))
        assert answer.found and "hộp thư điện tử" in first_line(answer), answer.answer
    # a short sentence of the best line's own passage naming the channel judges it, however little it scores
    refused = [_rule(0, _SENT + " Không nhận báo cáo qua thư điện tử.", 0.9)]
    answer = compose("Báo cáo định kỳ gửi qua email được không?", refused, lexicon=lexicon_of(refused))
    assert answer.found and "Không nhận báo cáo qua thư điện tử" in answer.answer, answer.answer
    alone = [_rule(0, _SENT, 0.9)]
    answer = compose("Báo cáo định kỳ gửi qua email được không?", alone, lexicon=lexicon_of(alone))
    assert not answer.found and answer.answer == t("answer.not_found_detail", reason=t("abstain.email")), answer.answer


_PROGRAMME = "Chương trình hoạt động năm 2027 của Công đoàn ngành Giao thông"
_HEADER = "Tháng | Hoạt động | Đơn vị chủ trì | Ghi chú"
# the next month's row names the month asked in its note: it repeats the question's words as much as the asked one
_ROWS = ("| Tháng 10 | Tập huấn nghiệp vụ cho chủ tịch công đoàn cơ sở mới | Ban Tổ chức | Tập huấn 2 ngày tại tỉnh |",
         "| Tháng 11 | Giải bóng bàn công nhân ngành giao thông | Ban Tuyên giáo "
         "| Đăng ký thi đấu trước ngày 25 tháng 10 |")


def test_a_sibling_month_s_row_is_no_second_opinion():
    found = [Passage(f"m{n}", "ct-gt", _PROGRAMME, "ct.docx", "II. LỊCH HOẠT ĐỘNG", text, 0.9 - 0.005 * n, n,
                     lead=_HEADER, context=_HEADER) for n, text in enumerate(_ROWS)]
    answer = compose("Công đoàn ngành Giao thông làm gì trong tháng 10?", found, lexicon=lexicon_of(found))
    assert answer.found and "Tháng 10" in first_line(answer) and "Tháng 11" not in answer.answer, answer.answer


def test_each_row_of_a_passage_is_keyed_by_its_own_first_cell():
    both = Passage("m", "ct-gt", _PROGRAMME, "ct.docx", "II. LỊCH HOẠT ĐỘNG", "\n".join(_ROWS), 0.9, 0,
                   lead=_HEADER, context=_HEADER)
    assert keyed_by(both, _ROWS[1]) == {("thang", 11)}
    assert keyed_by(both, _ROWS[0]) == {("thang", 10)}


def test_a_numbered_article_typed_without_marks_asks_no_amount_per_unit():
    """Review R13: "Điều 1", "Quý 1" number an article, a quarter, no one thing paid per — as "dieu 1", "quy 1" do typed
    without any marks (before: the "1" was read as "một" and the question as asking per "hộ": its answer cut the
    article's own words "Điều 1." from the line it quoted, which the question typed with marks keeps)."""
    assert asked_per("quy 1 chi bao nhieu tien?") == ""
    assert asked_per("khoan 1 quy dinh muc chi bao nhieu?") == ""
    assert asked_per("sua phong hoc bao nhieu tien 1 phong") == "phong"
    found = [Passage(f"i{n}", "qd-ph", _DECISION, "qd.txt", _LEAD, text, 0.9 - 0.01 * n, n + 1, lead=_LEAD)
             for n, text in enumerate(_ITEMS)]
    found.insert(1, Passage("l", "qd-ph", _DECISION, "qd.txt", "", _LEAD, 0.87, 0))
    marked = compose("Điều 1 hỗ trợ tổng cộng bao nhiêu tiền?", found, lexicon=lexicon_of(found))
    plain = compose("dieu 1 ho tro tong cong bao nhieu tien?", found, lexicon=lexicon_of(found))
    assert "Điều 1." in first_line(plain) and "260.000.000" in first_line(plain), plain.answer
    assert plain.answer == marked.answer, plain.answer


def test_the_unit_an_amount_is_paid_per_is_read_after_a_count_of_one():
    """Review R10: one reader of the unit right after an amount ("/đoàn viên", " một nhà") serves paid_per and the
    clause a claim names; "500.000 đồng/1 người" is paid per person (before: per "1", which no question asks per)."""
    from bot.answer.amount_clauses import paid_per, same_unit
    line = "Hỗ trợ 500.000 đồng/1 người tham gia."
    assert same_unit(asked_per("mỗi người được hỗ trợ bao nhiêu"), paid_per(line, [(7, 19)]))
