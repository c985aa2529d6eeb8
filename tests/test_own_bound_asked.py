"""A case the question bounds itself ("trường có từ 100 học sinh bán trú trở lên") is the case asked, not a figure to
place in another line's range: the line naming that very case stays the answer. Invented document and wording."""
from __future__ import annotations

from bot.answer.cases import with_case
from bot.answer.model import Answer, Citation
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_LEAD = "Điều 4. Hỗ trợ nhà trường có học sinh nội trú:"
_ITEMS = ["1. Kinh phí mua chăn, màn cho học sinh nội trú: 4.000.000 đồng/trường/năm học đối với trường có dưới 80 "
          "học sinh nội trú; 7.000.000 đồng/trường/năm học đối với trường có từ 80 học sinh nội trú trở lên.",
          "2. Kinh phí thuê người nấu ăn: cứ 40 học sinh nội trú được một định mức; số dư từ 20 học sinh trở lên được "
          "tính thêm một định mức."]


def test_a_case_the_question_bounds_itself_keeps_the_line_naming_it():
    """Before, "80 học sinh" of the question was read as a figure to place and the line's first bound ("dưới 80")
    left it out: the answer became the other item's "số dư từ 20 học sinh trở lên", which holds 80."""
    meta = {"doc_id": "qd9", "title": "Quyết định 9/2027/QĐ-UBND", "section": "Điều 4", "version": "1",
            "lead": _LEAD, "block": "bullet"}
    chunks = [StoredChunk(f"qd9::1::{i:05d}", text, {**meta, "position": i}) for i, text in enumerate(_ITEMS, 1)]
    cited = Passage.from_chunk(chunks[0], 0.9)
    question = "Trường có từ 80 học sinh nội trú trở lên được hỗ trợ mua chăn màn bao nhiêu một năm?"
    answer = Answer(question, f"{cited.text} [1]", True, [Citation(1, cited, [(0, len(cited.text))])])
    said = with_case(answer, question, lambda doc_id: chunks)
    assert said.found and "7.000.000 đồng" in said.answer and said.citations[0].passage.text == _ITEMS[0], said.answer
