"""A quantity typed against its unit ("ở xa 30km") or a yes-or-no tag after it ("… 2.000.000 đồng đúng không?") is no
case name the document lacks: the answer judges the claim instead of refusing with "không nêu trường hợp «…»"
(new-user recheck of session 41, M3); a sibling item naming what is claimed judges the claim (M1). The notice and the
wording are this file's own, invented."""
from __future__ import annotations

from bot.answer.cases import with_case
from bot.answer.chat_words import spelled_out
from bot.answer.model import Answer, Citation
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_LEAD = "Chế độ đối với vận động viên tham dự Hội thao công nhân năm 2027 như sau:"
_ITEMS = ("a) Vận động viên: bồi dưỡng 200.000 đồng/người/ngày;",
          "b) Huấn luyện viên: bồi dưỡng 300.000 đồng/người/ngày;",
          "c) Vận động viên ở cách nơi thi đấu từ 40 km trở lên được thanh toán tiền xe 150.000 đồng/người.")


def _chunk(n: int, text: str) -> StoredChunk:
    return StoredChunk(id=f"tb7::v1::{n:05d}", text=text,
                       meta={"doc_id": "tb7", "title": "Thông báo tổ chức Hội thao công nhân năm 2027",
                             "short_title": "TB 7/TB-LĐLĐ", "section": "3. Chế độ", "position": n, "lead": _LEAD,
                             "source": "tb7.txt"})


_CHUNKS = [_chunk(n, text) for n, text in enumerate(_ITEMS, 1)]


def _answered(question: str, shown: int) -> str:
    question = spelled_out(question)
    p = Passage.from_chunk(_CHUNKS[shown], 0.8)
    answer = Answer(question=question, answer=f"{p.text} [1]", found=True, citations=[Citation(1, p)])
    return with_case(answer, question, lambda doc_id: _CHUNKS).answer


def test_a_distance_typed_against_its_unit_is_read_as_a_distance():
    assert spelled_out("vdv o cach 55km").endswith("55 km")
    said = _answered("Vận động viên ở cách 55km có được thanh toán tiền xe không?", shown=2)
    assert "không nêu trường hợp" not in said and "150.000 đồng" in said, said


def test_a_tag_question_after_an_amount_is_no_case_name():
    said = _answered("Huấn luyện viên được bồi dưỡng 200.000 đồng đúng không?", shown=0)
    assert said.startswith("Không, văn bản ghi 300.000 đồng"), said
