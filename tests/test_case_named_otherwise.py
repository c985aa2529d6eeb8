"""A case the document names by a wider word or another name of it ("gia cầm" for "vịt"; "đi làm việc ở nước ngoài
theo hợp đồng" for "xuất khẩu lao động"; "vit", typed without marks, for "vịt" of "gia cầm"), is named:
no "không nêu trường hợp «…»" note opens the answer (s findings S4). A case the document names nowhere is still said
not to be named, and so is one whose wider word it lacks. The directive and the wording are this file's own,
invented."""
from __future__ import annotations

from bot.answer.cases import with_case
from bot.answer.model import Answer, Citation
from troly.synonyms import synonyms
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_NOTE = "không nêu trường hợp"
_LEAD = "Mức hỗ trợ cho người chăn nuôi có vật nuôi phải tiêu hủy do dịch bệnh năm 2028 như sau:"
_ITEMS = ("a) Hộ nuôi lợn: 40.000 đồng/kg lợn hơi;",
          "b) Hộ nuôi gia cầm: 30.000 đồng/con; hộ không khai báo dịch kịp thời thì không được hỗ trợ;",
          "c) Hộ nuôi trâu, bò: 45.000 đồng/kg hơi.",
          "d) Người lao động thuộc hộ nghèo đi làm việc ở nước ngoài theo hợp đồng: 12.000.000 đồng/người.")


def _chunk(n: int, text: str) -> StoredChunk:
    return StoredChunk(id=f"ct3::v1::{n:05d}", text=text,
                       meta={"doc_id": "ct3", "title": "Chỉ thị về phòng, chống dịch bệnh và hỗ trợ sinh kế năm 2028",
                             "short_title": "CT 3/CT-UBND", "section": "4. Chính sách hỗ trợ", "position": n,
                             "lead": _LEAD, "source": "ct3.txt"})


_CHUNKS = [_chunk(n, text) for n, text in enumerate(_ITEMS, 1)]


def _answered(question: str, shown: int) -> str:
    """with_case's answer to a question the composer answered with this item (and the next, as it quotes two)."""
    first, second = (Passage.from_chunk(_CHUNKS[i], 0.8) for i in (shown, (shown + 1) % len(_CHUNKS)))
    answer = Answer(question=question, answer=f"{first.text} [1]\n{second.text} [2]", found=True,
                    citations=[Citation(1, first), Citation(2, second)])
    return with_case(answer, question, lambda doc_id: _CHUNKS, synonyms=synonyms()).answer


def test_a_narrower_word_of_a_wider_one_the_list_names_is_named():
    for question in ("Hộ nuôi vịt bị dịch phải tiêu hủy thì có được hỗ trợ không?",
                     "ho nuoi vit bi dich phai tieu huy thi co duoc ho tro khong"):
        said = _answered(question, shown=1)
        assert _NOTE not in said and "30.000 đồng/con" in said.split("\n")[0], said


def test_another_name_of_the_case_is_named():
    said = _answered("Lao động hộ nghèo đi xuất khẩu lao động được hỗ trợ bao nhiêu?", shown=3)
    assert _NOTE not in said and said.startswith("d) Người lao động"), said


def test_a_case_named_nowhere_is_still_said_not_named():
    said = _answered("Hộ nuôi thỏ bị dịch phải tiêu hủy thì có được hỗ trợ không?", shown=1)
    assert said.startswith("«CT 3/CT-UBND» " + _NOTE + " «Hộ nuôi thỏ»"), said
    said = _answered("ho nuoi ngua bi dich phai tieu huy thi co duoc ho tro khong", shown=2)
    assert said.startswith("«CT 3/CT-UBND» " + _NOTE + " «ho nuoi ngua»"), said
