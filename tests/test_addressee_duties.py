"""Asked what a body must do, a letter's "Kính gửi" line naming it is no answer — being sent the letter is no duty:
the answer is the letter's section headed by that body, its items in the order written. The letter is this file's
own, invented."""
from __future__ import annotations

from bot.answer.addressees import with_addressees
from bot.answer.model import Answer, Citation
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_LINES = [("", "Kính gửi", "Phòng Tài chính - Kế hoạch huyện;"),
          ("", "Kính gửi", "Phòng Văn hóa và Thông tin; Trung tâm Y tế huyện;"),
          ("", "Kính gửi", "Ủy ban nhân dân các xã, thị trấn."),
          ("1. Phòng Văn hóa và Thông tin", "", "Tuyên truyền trên hệ thống loa truyền thanh các xã về phòng, chống "
                                               "sốt xuất huyết, mỗi tuần ít nhất 02 lần."),
          ("1. Phòng Văn hóa và Thông tin", "", "Đăng tin bài trên Cổng thông tin điện tử huyện trước ngày 15/7/2027."),
          ("2. Trung tâm Y tế huyện", "", "Tổ chức phun hóa chất diệt muỗi tại các ổ dịch trong vòng 48 giờ.")]
_CHUNKS = [StoredChunk(f"cv-sxh::v1::{i:05d}", text, {
    "doc_id": "cv-sxh", "title": "Công văn về phòng, chống sốt xuất huyết của UBND huyện Ea Súp", "section": section,
    "lead": f"{lead}:" if lead else "", "position": i, "block": "bullet" if lead else "paragraph",
    "short_title": "CV 212/UBND-YT"}) for i, (section, lead, text) in enumerate(_LINES)]


def _opening_with_addressee(question: str) -> Answer:
    """The answer the composer gave before: the "Kính gửi" line sharing the body's words, alone."""
    line = Passage.from_chunk(_CHUNKS[1], 0.8)
    return Answer(question, f"(Kính gửi) {line.text} [1]", True, [Citation(1, line, [(0, len(line.text))])])


def test_a_body_asked_its_duties_is_answered_by_its_own_section_not_the_addressee_list():
    """Before, the whole "Kính gửi" list was quoted, no duty of the body in it."""
    question = "Phòng Văn hóa và Thông tin huyện Ea Súp phải làm gì?"
    answer = with_addressees(_opening_with_addressee(question), lambda doc_id: _CHUNKS, question)
    assert "loa truyền thanh" in answer.answer.split("\n")[0] and "15/7/2027" in answer.answer, answer.answer
    assert "Kính gửi" not in answer.answer and "phun hóa chất" not in answer.answer, answer.answer
    assert [c.passage.section for c in answer.citations] == ["1. Phòng Văn hóa và Thông tin"] * 2


def test_asked_whom_the_letter_goes_to_the_addressees_are_still_quoted():
    question = "Công văn về sốt xuất huyết gửi cho những ai?"
    answer = with_addressees(_opening_with_addressee(question), lambda doc_id: _CHUNKS, question)
    assert "Phòng Tài chính - Kế hoạch huyện;" in answer.answer.split("\n")[0], answer.answer
