"""Two documents answering an amount asked with different figures: the answer says they differ and which says
which, rather than quoting them one under the other as if one document gave two figures (new-user recheck of session
41, M6). The documents and the wording are this file's own, invented."""
from __future__ import annotations

from bot.answer.composer import compose
from tests.helpers import lexicon_of
from vectorstore.search import Passage


def _found(*texts: tuple[str, str, str]) -> list[Passage]:
    return [Passage(f"{doc}-1", doc, title, f"{doc}.txt", "Điều 2. Mức hỗ trợ", text, 0.9 - i / 100, 0,
                    short_title=doc.upper()) for i, (doc, title, text) in enumerate(texts)]


_A = ("qd-ha-tinh", "Quyết định hỗ trợ đoàn viên sửa chữa nhà ở của LĐLĐ tỉnh Hà Tĩnh",
      "Mức hỗ trợ sửa chữa nhà ở cho đoàn viên là 25.000.000 đồng/nhà.")
_B = ("bc-quang-binh", "Báo cáo kết quả hỗ trợ đoàn viên sửa chữa nhà ở của LĐLĐ tỉnh Quảng Bình",
      "Tổng kinh phí 300 triệu đồng, trong đó mức hỗ trợ sửa chữa nhà ở cho đoàn viên là 30 triệu đồng/nhà.")


def test_two_documents_stating_different_amounts_are_said_to_differ():
    found = _found(_A, _B)
    answer = compose("Đoàn viên sửa chữa nhà ở được hỗ trợ bao nhiêu tiền?", found, lexicon=lexicon_of(found))
    last = answer.answer.split("\n")[-1]
    assert "khác nhau" in last and "25.000.000 đồng" in last and "30 triệu đồng" in last, answer.answer
    assert "300 triệu" not in last, "the amount of the clause asked, not the total"


def test_one_document_is_not_said_to_differ():
    found = _found(_A)
    answer = compose("Đoàn viên sửa chữa nhà ở được hỗ trợ bao nhiêu tiền?", found, lexicon=lexicon_of(found))
    assert "khác nhau" not in answer.answer
