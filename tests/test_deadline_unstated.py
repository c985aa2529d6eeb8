""""… có hạn chót nào không?" answered with a line that sets no day: not "Có." over a line whose date is another text's
(the plan it carries out, "Kế hoạch số … ngày 04/10/2019"). The wording and line are this file's own, invented."""
from __future__ import annotations

from bot.answer.cases import with_case
from bot.answer.model import Answer, Citation
from vectorstore.search import Passage

_INTRO = ("Thực hiện Kế hoạch số 214-KH/HU ngày 04/10/2019 của Ban Thường vụ Huyện ủy Tân Yên về việc thực hiện Kết "
          "luận số 12-KL/TW của Ban Bí thư về phát triển đoàn viên, Ban Thường vụ Liên đoàn Lao động huyện xây dựng Kế "
          "hoạch thực hiện Kết luận số 12-KL/TW như sau:")
_LIMIT = ("Các công đoàn cơ sở huyện Tân Yên gửi báo cáo kết quả thực hiện Kết luận số 12-KL/TW về Liên đoàn Lao động "
          "huyện trước ngày 15/12/2026.")


def _answered(line: str, question: str) -> str:
    passage = Passage(chunk_id="kh17-1", doc_id="kh17", document="Kế hoạch thực hiện Kết luận số 12-KL/TW",
                      source="kh17.txt", section="", text=line, score=0.8, short_title="KH 17/KH-LĐLĐ")
    answer = Answer(question=question, answer=f"{line} [1]", found=True, citations=[Citation(1, passage)])
    return with_case(answer, question, lambda doc_id: []).answer


def test_a_line_setting_no_day_does_not_answer_yes_to_a_deadline_asked():
    """Before, "Có." opened the answer over the line citing the other plan's issue date."""
    question = "Kế hoạch thực hiện Kết luận 12 của Tân Yên có hạn chót nào không?"
    assert not _answered(_INTRO, question).startswith("Có.")
    assert _answered(_LIMIT, question).startswith("Có."), "a line setting a day still answers yes"
