"""A member typing in Telegram/Zalo without diacritics and in shorthand (new-user trial of session 40, G25, G31, G10):
a closing particle ("… bao nhieu tien vay": vậy) is no loan, "bn ạ" asks how much, "ct cdcs" is the chairman, "ngành
ds" a branch, and everyday words (chết, nằm viện, mừng cưới, bố vợ) find the line written in the texts' own words
(tử vong, điều trị nội trú, kết hôn, tứ thân phụ mẫu). Invented document."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture, first_line
from vectorstore.lexical import Vocabulary
from vectorstore.query import QueryAnalyzer

_RULES = ("CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS HÒA BÌNH\nSố: 03/QC-CĐCS\nHòa Bình, ngày 05 tháng 01 năm 2029\n\n"
          "QUY CHẾ\nHoạt động của Ban Chấp hành Công đoàn cơ sở nhiệm kỳ 2028 - 2033\n\n"
          "Điều 1. Nhiệm vụ của Chủ tịch\n"
          "1. Chủ tịch điều hành hoạt động của Ban Chấp hành giữa hai kỳ họp.\n"
          "2. Khi vắng mặt, Chủ tịch ủy quyền bằng văn bản cho Phó Chủ tịch điều hành công việc.\n\n"
          "Điều 2. Mức thăm hỏi\n"
          "1. Đoàn viên điều trị nội trú từ 05 ngày trở lên: 300.000 đồng/lần.\n"
          "2. Đoàn viên kết hôn: 800.000 đồng.\n"
          "3. Tứ thân phụ mẫu, vợ hoặc chồng, con của đoàn viên từ trần: 700.000 đồng và vòng hoa.\n"
          "4. Đoàn viên bị tai nạn lao động tử vong: 5.000.000 đồng.\n\n"
          "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nLê Thị Hoa\n")

rules = assistant_fixture("qc-bch-hoa-binh.txt", _RULES)


@pytest.mark.parametrize("question, fact", [
    ("ad oi doan vien tai nan lao dong chet thi dc bao nhieu tien vay", "5.000.000 đồng"),  # chết: tử vong
    ("😀 tiền mừng cưới bn ạ 🙏", "800.000 đồng"),  # bn ạ: bao nhiêu; mừng cưới: kết hôn
    ("đoàn viên nằm viện 7 ngày được thăm hỏi bao nhiêu?", "300.000 đồng"),  # nằm viện: điều trị nội trú
    ("Bố vợ đoàn viên mất thì công đoàn thăm hỏi bao nhiêu?", "700.000 đồng"),  # bố vợ: one of tứ thân phụ mẫu
    ("me chong doan vien qua doi dc tham hoi gi", "700.000 đồng"),
    ("ct cdcs vang thi ai lam thay", "Phó Chủ tịch"),  # ct: chủ tịch before the body chaired
])
def test_a_question_typed_in_chat_shorthand_is_answered_from_the_texts_words(rules, question, fact):
    answer = rules.ask(question)
    assert answer.found and fact in first_line(answer), answer.answer


def test_the_question_is_shown_read_with_its_closing_particle_and_shorthand():
    """Before: "Hiểu là: … bao nhiêu tiền vay" (a loan) and "… cưới bạn ạ"."""
    from bot.answer.chat_words import spelled_out

    assert spelled_out("tiền mừng cưới bn ạ") == "tiền mừng cưới bao nhiêu ạ"
    assert spelled_out("cảm ơn bn ạ") == "cảm ơn bạn ạ"
    assert spelled_out("ct cdcs là ai") == "chủ tịch cdcs là ai"
    assert spelled_out("CT 05 ai ký") == "CT 05 ai ký"  # a chỉ thị's code, left as typed
    assert spelled_out("nộp ds cho ai") == "nộp danh sách cho ai"
    assert spelled_out("thu nhập ngành ds quý 3") == "thu nhập ngành ds quý 3"  # the branch's abbreviation


def test_the_question_asked_of_the_document_is_shown_with_its_particle(rules):
    answer = rules.ask("doan vien ket hon dc bao nhieu tien vay")
    assert answer.found and "800.000" in first_line(answer), answer.answer
    assert answer.question.endswith("vậy"), answer.question


def _reading(question: str, *lines: str) -> str:
    vocab = Vocabulary.from_phrases([s.lower().split() for s in lines])
    return QueryAnalyzer(vocab, {}, {}).analyze(question).reading


def test_a_closing_syllable_the_documents_write_beside_the_word_before_stays_a_word():
    """"tiền vay" of a loan text is a loan; where no text writes it so, "vay" closing the question is "vậy"."""
    loans = ["Hộ nghèo được hỗ trợ tiền vay ưu đãi", "Lãi suất tiền vay do ngân hàng công bố", "Tiền vay được hoàn trả"]
    assert _reading("ai duoc ho tro tien vay", *loans) == "ai được hỗ trợ tiền vay"
    lenders = ["Ngân hàng cho vay vốn hộ nghèo", "Hộ nghèo được vay vốn ưu đãi", "Hộ nghèo được hỗ trợ tiền ăn"]
    assert _reading("ai duoc ho tro tien vay", *lenders) == "ai được hỗ trợ tiền vậy"


def test_a_branch_typed_by_its_abbreviation_beside_nganh_is_searched_spelled_out():
    plan = QueryAnalyzer(Vocabulary.from_phrases([["thu", "nhập", "bình", "quân"]]), {}, {}).analyze(
        "thu nhập bình quân ngành ds quý 3")
    assert "đường sắt" in plan.dense_text


def test_a_narrower_word_is_held_by_its_wider_one_never_by_another_narrower_one():
    from troly.synonyms import Synonyms
    from troly.vntext import syllables

    table = Synonyms()
    asked = table.groups_of_words(syllables("mẹ chồng của đoàn viên"))
    assert asked["chồng"] & table.groups_held(syllables("Tứ thân phụ mẫu của đoàn viên từ trần"))
    assert not asked["chồng"] & table.groups_held(syllables("bố vợ của đoàn viên"))
    assert "tứ thân phụ mẫu" in table.others(syllables("bo vo doan vien"))
    assert "bố chồng" not in table.others(syllables("bo vo doan vien"))  # only the wider word is searched too


def test_everyday_words_search_the_texts_words_too():
    from troly.synonyms import Synonyms
    from troly.vntext import syllables

    table = Synonyms()
    assert "tử vong" in table.others(syllables("lái xe chết"))
    assert "điều trị nội trú" in table.others(syllables("nam vien 7 ngay"))
    assert "kết hôn" in table.others(syllables("tiền mừng cưới"))
