"""A yes or no claiming a value of one item, answered with two sibling items of which the first states the claimed
value for the OTHER item: the verdict is the named item's, never "Có." from the sibling (new-user recheck of session
41, M1). The decision and the wording are this file's own, invented."""
from __future__ import annotations

from bot.answer.cases import with_case
from bot.answer.model import Answer, Citation
from vectorstore.search import Passage

_LEAD = "Mức trợ cấp cho đoàn viên gặp khó khăn năm 2027 như sau:"
_ITEMS = ("a) Đoàn viên ốm đau dài ngày: trợ cấp 2.000.000 đồng/người.",
          "b) Đoàn viên bị tai nạn lao động: trợ cấp 3.000.000 đồng/người.")


def _passage(n: int, text: str) -> Passage:
    return Passage(chunk_id=f"qd21-{n}", doc_id="qd21", document="Quyết định trợ cấp đoàn viên khó khăn",
                   source="qd21.txt", section="Điều 2. Mức trợ cấp", text=text, score=0.8, short_title="QĐ 21/QĐ-CĐ")


def _answered(question: str) -> str:
    passages = [_passage(n, text) for n, text in enumerate(_ITEMS, 1)]
    body = "\n".join(f"{p.text} [{n}]" for n, p in enumerate(passages, 1))
    answer = Answer(question=question, answer=body, found=True,
                    citations=[Citation(n, p) for n, p in enumerate(passages, 1)])
    return with_case(answer, question, lambda doc_id: []).answer


def test_a_value_claimed_of_the_second_item_is_judged_by_that_item():
    """Before, "Có." opened the answer: the first line (ốm đau) states 2.000.000 đồng."""
    said = _answered("Bị tai nạn lao động thì được trợ cấp 2 triệu phải không?")
    assert said.startswith("Không, văn bản ghi 3.000.000 đồng"), said
    assert said.split("\n")[0].endswith("[2]"), "the item asked of is quoted first"


def test_the_item_asked_of_still_confirms_its_own_value():
    assert _answered("Ốm đau dài ngày được trợ cấp 2 triệu đúng không?").startswith("Có.")
    said = _answered("Tai nạn lao động được trợ cấp 3 triệu đúng không?")
    assert said.startswith("Có.") and said.split("\n")[0].endswith("[2]"), said
