"""Yes or no judged by what the line says of the slot the question names: a timetable row's cell naming another
value than the question's ("ca tối" of "Ca: Sáng") says no (new-user recheck of session 41, M1); an age outside a
range written with its unit first ("độ tuổi từ 20 đến 35") says no (newuser41b, L11). The timetable, the rule and
the wording are this file's own, invented."""
from __future__ import annotations

from bot.answer.cases import with_case
from bot.answer.model import Answer, Citation, labelled_row
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_HEADER = "Ngày | Ca | Nội dung | Người hướng dẫn"
_ROW = "| 09/3/2027 | Sáng | Sơ cứu tai nạn lao động | Bác sĩ Hồ Minh Trí |"
_OTHER_ROW = "| 09/3/2027 | Tối | Phòng cháy tại nơi ở của công nhân | Thiếu tá Lương Văn Cẩn |"


def _chunk(n: int, text: str, lead: str) -> StoredChunk:
    return StoredChunk(id=f"tb9::v1::{n:05d}", text=text,
                       meta={"doc_id": "tb9", "title": "Thông báo lịch tập huấn và hội thi an toàn lao động",
                             "short_title": "TB 9/TB-CĐ", "section": "2. Lịch và điều kiện", "position": n,
                             "lead": lead, "source": "tb9.txt"})


def _answered(question: str, text: str, lead: str = "") -> str:
    chunks = [_chunk(1, text, lead), *([_chunk(2, _OTHER_ROW, lead)] if lead else [])]
    p = Passage.from_chunk(chunks[0], 0.8)
    line = "".join(labelled_row(p)) or text
    answer = Answer(question=question, answer=f"{line} [1]", found=True, citations=[Citation(1, p)])
    return with_case(answer, question, lambda doc_id: chunks).answer


def test_a_cell_naming_another_value_than_the_question_says_no():
    """Before, "Có (Ca: Sáng)." opened the answer to a question of the evening shift."""
    said = _answered("Ca tối 09/3 do bác sĩ Hồ Minh Trí phụ trách phải không?", _ROW, _HEADER)
    assert said.startswith("Không (Ca: Sáng)"), said
    assert _answered("Ca sáng 09/3 do bác sĩ Hồ Minh Trí phụ trách phải không?", _ROW, _HEADER).startswith("Có")


_RATES_HEADER = "Đối tượng | Mức đóng"
_EXEMPT_ROW = "| Hội viên đi lao động ở nước ngoài từ 06 tháng trở lên | Miễn đóng trong thời gian ở nước ngoài |"


def test_a_row_whose_range_holds_the_subject_but_exempts_it_says_no():
    """Before, "Có." opened it: 8 months lies in "từ 06 tháng trở lên", whose row exempts."""
    said = _answered("Hội viên đi lao động ở nước ngoài 8 tháng có phải đóng hội phí không?", _EXEMPT_ROW,
                     _RATES_HEADER)
    assert said.startswith("Không."), said
    asked_exempt = _answered("Hội viên đi lao động ở nước ngoài 8 tháng có được miễn hội phí không?", _EXEMPT_ROW,
                             _RATES_HEADER)
    assert asked_exempt.startswith("Có."), asked_exempt
