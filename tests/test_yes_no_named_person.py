"""A yes or no naming a person and a place ("Anh X công tác ở Y phải không?"), answered by another person's row that
holds the place: the person's own row is quoted first and its own place denies the claim (review of session 41,
R13). The list and the wording are this file's own, invented."""
from __future__ import annotations

from bot.answer.cases import with_case
from bot.answer.model import Answer, Citation, labelled_row
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_HEADER = "TT | Họ và tên | Chức vụ | Nơi làm việc"
_ROWS = ("| 1 | Đặng Quốc Bảo | Tổ trưởng | Nhà máy Gạch Tuynel Hòa Bình |",
         "| 2 | Vũ Thanh Hằng | Kế toán | Hợp tác xã Nông nghiệp Tân Lập |",
         "| 3 | Trịnh Minh Khôi | Công nhân | Nhà máy Gạch Tuynel Hòa Bình |")


def _chunk(n: int, text: str) -> StoredChunk:
    return StoredChunk(id=f"tb4::v1::{n:05d}", text=text,
                       meta={"doc_id": "tb4", "title": "Thông báo danh sách đoàn viên được biểu dương",
                             "short_title": "TB 4/TB-CĐ", "section": "DANH SÁCH ĐOÀN VIÊN ĐƯỢC BIỂU DƯƠNG",
                             "position": n, "lead": _HEADER, "source": "tb4.txt"})


_CHUNKS = [_chunk(n, row) for n, row in enumerate(_ROWS, 1)]


def _answered(question: str, shown: int) -> str:
    p = Passage.from_chunk(_CHUNKS[shown], 0.8)
    answer = Answer(question=question, answer=f"{''.join(labelled_row(p))} [1]", found=True, citations=[Citation(1, p)])
    return with_case(answer, question, lambda doc_id: _CHUNKS).answer


def test_a_person_claimed_at_another_rows_place_is_answered_by_their_own_row():
    """Before, Khôi's row (which holds the place) was the answer, with no verdict: it reads as yes."""
    said = _answered("Chị Vũ Thanh Hằng làm ở Nhà máy Gạch Tuynel Hòa Bình phải không?", shown=2)
    first = said.split("\n")[0]
    assert first.startswith("Không") and "Hợp tác xã Nông nghiệp Tân Lập" in first and "Vũ Thanh Hằng" in first, said


def test_a_person_at_the_place_claimed_is_not_denied():
    said = _answered("Anh Đặng Quốc Bảo làm ở Nhà máy Gạch Tuynel Hòa Bình phải không?", shown=2)
    assert not said.startswith("Không") and "Đặng Quốc Bảo" in said.split("\n")[0], said


def test_a_given_name_shared_with_another_row_picks_no_row_of_someone_else():
    """A name the list does not hold, whose middle and given names another row ends with ("Thanh Hằng" of "Vũ Thanh
    Hằng"), is no one's row: the answer's own line is judged, never another person's (review of session 42, R5)."""
    said = _answered("Chị Lê Thanh Hằng làm ở Nhà máy Gạch Tuynel Hòa Bình phải không?", shown=2)
    assert "Vũ Thanh Hằng" not in said.split("\n")[0] and "Hợp tác xã" not in said.split("\n")[0], said
