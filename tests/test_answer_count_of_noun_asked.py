"""Asked "bao nhiêu <noun>", the answer opens with the sentence writing a number of that noun ("Toàn huyện hiện có 340
ao hồ"), not the neighbour sentence of its paragraph whose numbers count other things near the noun ("9 vụ tại ao
hồ": drownings). The document is this file's own, invented."""
from __future__ import annotations

from bot.answer.composer import compose
from tests.helpers import first_line, lexicon_of
from vectorstore.search import Passage

_DROWNING = [Passage("ct-dn-0", "ct-dn", "Chỉ thị về phòng, chống đuối nước trẻ em năm 2027 của huyện Krông Pa",
                     "ct-dn.txt", "I. Tình hình",
                     "Năm 2026, trên địa bàn huyện Krông Pa xảy ra 15 vụ đuối nước, trong đó 9 vụ tại ao hồ và sông "
                     "suối, làm 11 trẻ em tử vong. Toàn huyện hiện có 340 ao hồ, phần lớn chưa có rào chắn và biển "
                     "cảnh báo.", 0.9, 0),
             Passage("ct-dn-1", "ct-dn", "Chỉ thị về phòng, chống đuối nước trẻ em năm 2027 của huyện Krông Pa",
                     "ct-dn.txt", "II. Nhiệm vụ › 1. Ủy ban nhân dân các xã",
                     "Rà soát, lắp đặt biển cảnh báo tại ao hồ nguy hiểm trước ngày 30/5/2027.", 0.8, 1)]


def test_a_count_asked_opens_with_the_sentence_counting_that_noun():
    """Before, the drownings sentence ("9 vụ tại ao hồ") opened the answer, the count of ponds after it or not at
    all."""
    answer = compose("huyện Krông Pa có bao nhiêu ao hồ", _DROWNING, lexicon=lexicon_of(_DROWNING))
    assert "340 ao hồ" in first_line(answer)


def test_the_other_count_is_still_answered_when_asked():
    answer = compose("huyện Krông Pa có bao nhiêu vụ đuối nước", _DROWNING, lexicon=lexicon_of(_DROWNING))
    assert "15 vụ đuối nước" in first_line(answer)
