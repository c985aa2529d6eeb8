"""The answer holds the fact asked when the right passage is found: an expense named by "điện thoại" is an amount
asked, not a number to call; (more below)."""
from __future__ import annotations

import pytest

from bot.answer.composer import compose
from tests.helpers import lexicon_of
from vectorstore.search import Passage

RULES = "Quy chế chi tiêu nội bộ của Trung tâm Y tế huyện"


def _passages(doc: str, texts: list[str]) -> list[Passage]:
    return [Passage(f"c{i}", "doc", doc, "doc.txt", "", text, 0.9 - i * 0.01, i, lexical=1.0 - i * 0.1)
            for i, text in enumerate(texts)]


@pytest.mark.parametrize("question", ["Trưởng phòng được khoán cước điện thoại bao nhiêu một tháng?",
                                      "trưởng khoa có tiền điện thoại mỗi tháng là bao nhiêu"])
def test_a_phone_allowance_is_an_amount_asked_not_a_number_to_call(question: str):
    """Before, "điện thoại" anywhere asked a phone number: the allowance line, holding none, was said not to answer."""
    passages = _passages(RULES, [
        "Điều 7. Mức khoán cước điện thoại di động: Giám đốc 400.000 đồng/tháng; Trưởng khoa, Trưởng phòng "
        "150.000 đồng/tháng.",
        "Điều 8. Văn phòng phẩm cấp theo định mức: không quá 1.000.000 đồng/khoa/tháng."])
    result = compose(question, passages, lexicon=lexicon_of(passages))
    assert result.found and "150.000 đồng/tháng" in result.answer, result.answer


def test_a_phone_number_is_still_asked_by_dien_thoai():
    passages = _passages(RULES, [
        "Điều 7. Mức khoán cước điện thoại di động: Giám đốc 400.000 đồng/tháng.",
        "Điều 3. Mọi ý kiến gửi về Phòng Tổ chức - Hành chính, điện thoại 0258 3854 111."])
    result = compose("Điện thoại của Phòng Tổ chức - Hành chính là số nào?", passages, lexicon=lexicon_of(passages))
    assert result.found and "0258 3854 111" in result.answer.split("\n")[0], result.answer
