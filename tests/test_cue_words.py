"""A word that also asks a kind of fact ("điện" of "số điện thoại", "ngày" of "ngày nào", "trăm" of "phần trăm")
leaves a question's topic only where the phrase asking that fact holds it: elsewhere it is what the question is
about ("tiết kiệm điện", "ngày công", "trạm y tế")."""
from __future__ import annotations

import pytest

from bot.answer.composer import compose
from tests.helpers import lexicon_of
from vectorstore.search import Passage

DOC = "Kế hoạch thực hiện công tác công đoàn năm 2026"

# (question, the passage answering it, a passage found before it sharing the question's other words)
CASES = [
    ("Cơ quan phải tiết kiệm điện như thế nào?",
     "Các cơ quan thực hiện tiết kiệm điện, tắt đèn và điều hòa khi ra khỏi phòng làm việc.",
     "Các cơ quan thực hiện tiết kiệm văn phòng phẩm, sử dụng giấy in hai mặt trong phòng làm việc."),
]


def _passages(found_first: str, answer: str) -> list[Passage]:
    return [Passage(f"c{i}", "kh2026", DOC, "kh2026.txt", "", text, 0.9 - i * 0.01, i, lexical=1.0 - i * 0.1)
            for i, text in enumerate((found_first, answer))]


@pytest.mark.parametrize("question,answer,other", CASES)
def test_a_cue_word_naming_the_topic_finds_its_passage(question: str, answer: str, other: str):
    """Before, "điện" was dropped from every question (folded, it is "điện" of a phone number): "tiết kiệm điện" was answered from a passage on saving anything else."""
    passages = _passages(other, answer)
    result = compose(question, passages, lexicon=lexicon_of(passages))
    assert result.found and answer[:40] in result.answer and other[:40] not in result.answer, result.answer


def test_a_cue_word_asking_its_fact_is_no_topic():
    """"điện" of "số điện thoại" asks for a phone number: a passage giving one answers, though it never says
    "điện"; one on electricity does not."""
    phone = "Mọi phản ánh gửi về đường dây nóng của Công đoàn ngành, số 0263 382 2456."
    other = "Công đoàn ngành vận động đoàn viên tiết kiệm điện tại cơ quan, đơn vị."
    passages = _passages(other, phone)
    result = compose("Số điện thoại của Công đoàn ngành là gì?", passages, lexicon=lexicon_of(passages))
    assert result.found and "0263 382 2456" in result.answer, result.answer
