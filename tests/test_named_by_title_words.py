"""A question naming a document by its kind and words of its title ("kế hoạch bóng đá", "quyết định tặng giấy khen")
is answered from that document, as one naming it by its number is; what it does not state is said to be missing from
it, not quoted from the five plans beside it. Documents and wordings are this file's own, invented."""
from __future__ import annotations

import pytest

from tests.helpers import corpus_fixture

_FOOTBALL = "\n\n".join([
    "CÔNG ĐOÀN TRƯỜNG TIỂU HỌC AN BÌNH\nSố: 21/KH-CĐCS\nAn Bình, ngày 02 tháng 4 năm 2027",
    "KẾ HOẠCH\nTổ chức Giải bóng đá mini nam đoàn viên năm 2027",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Rèn luyện sức khỏe, phấn đấu có ít nhất 85% đoàn viên nam của trường tham gia thi đấu.",
    "II. NỘI DUNG",
    "1. Thời gian: từ ngày 10/5/2027 đến ngày 12/5/2027.\n2. Địa điểm: sân bóng xã An Bình.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Các tổ công đoàn gửi danh sách cầu thủ về Ban Chấp hành trước ngày 25/4/2027.\n"])

_AWARD = "\n\n".join([
    "CÔNG ĐOÀN GIÁO DỤC HUYỆN AN BÌNH\nSố: 45/QĐ-CĐGD\nAn Bình, ngày 28 tháng 5 năm 2027",
    "QUYẾT ĐỊNH\nVề việc tặng Giấy khen cho đoàn viên tiêu biểu năm học 2026 - 2027",
    "Điều 1. Tặng Giấy khen cho 8 đoàn viên có thành tích tiêu biểu (danh sách kèm theo).",
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 30 tháng 5 năm 2027.\n"])

_BOARD = "\n\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN AN BÌNH\nSố: 12/QĐ-UBND\nAn Bình, ngày 15 tháng 2 năm 2027",
    "QUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo chuyển đổi số huyện An Bình",
    "Điều 1. Thành lập Ban Chỉ đạo chuyển đổi số huyện gồm 11 thành viên.",
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2027.\n"])


store = corpus_fixture(("kh21-bong-da.txt", _FOOTBALL), ("qd45-giay-khen.txt", _AWARD), ("qd12-chuyen-doi-so.txt", _BOARD))


def _cited(answer) -> list[str]:
    return [c.passage.doc_id for c in answer.citations]


@pytest.mark.parametrize("question", [
    "kế hoạch bóng đá phấn đấu bao nhiêu % đoàn viên tham gia?",
    "ke hoach giai bong da phan dau bao nhieu phan tram doan vien tham gia",
])
def test_a_plan_named_by_its_title_words_answers_its_own_target(store, question):
    """Before, the five plans' "Phấn đấu …% đoàn viên …" lines answered: naming the plan by its title words did not
    scope the question, as its number would have."""
    answer = store.ask(question)
    assert answer.found and "85%" in answer.answer.split("\n")[0], answer.answer
    assert set(_cited(answer)) == {"kh21-bong-da.txt"}, _cited(answer)


def test_a_decision_named_by_its_subject_says_when_it_takes_effect(store):
    """Before, another decision's "có hiệu lực … từ ngày 01 tháng 3" could answer: both say it in the same words."""
    answer = store.ask("quyết định tặng giấy khen có hiệu lực từ ngày nào?")
    assert answer.found and "30 tháng 5 năm 2027" in answer.answer, answer.answer
    assert "01 tháng 3" not in answer.answer, answer.answer


def test_what_the_named_plan_does_not_state_is_said_missing_from_it(store):
    """Before, "chỉ tiêu năm 2030 của kế hoạch bóng đá" quoted the other plans' 2030 targets as if they were its own."""
    answer = store.ask("chỉ tiêu năm 2030 của kế hoạch bóng đá là gì?")
    assert not answer.found, answer.answer
    assert set(_cited(answer)) <= {"kh21-bong-da.txt"}, (_cited(answer), answer.answer)
    assert "KH 21" in answer.answer, answer.answer


def test_a_word_many_titles_hold_names_no_plan(store):
    """Words every plan's title holds ("kế hoạch thực hiện") name none of them: the question is asked of all."""
    searcher = store.searcher
    question = "kế hoạch thực hiện phấn đấu bao nhiêu % đoàn viên tham gia?"
    assert not searcher.scope_of(question)


def test_doc_option_takes_a_documents_title_words(store):
    """`--doc "bóng đá"` names the plan as `ai ký kế hoạch bóng đá` does; before: "Không có văn bản «bóng đá»"."""
    assert [r.doc_id for r in store.match_documents("bóng đá")] == ["kh21-bong-da.txt"]
