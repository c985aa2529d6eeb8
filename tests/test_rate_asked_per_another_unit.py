"""An amount asked per a unit of a rate ("bao nhiêu một ngày", "mỗi tháng bao nhiêu") is not answered by a line paying
per another unit only ("500.000 đồng/lần", "30 triệu đồng/điểm"): that is another measure of the subject, which a
user would take for the rate asked (z findings M5, a neighbouring quantity). A line paying per the unit asked
("250.000 đồng/người/ngày"), or under a lead-in saying the rate ("Mức hỗ trợ hằng tháng:"), still answers. The
documents and wording are this file's own."""
from __future__ import annotations

from bot.answer.composer import compose
from tests.helpers import first_line, lexicon_of
from vectorstore.search import Passage

_DOC = "Quy chế chi thăm hỏi đoàn viên của Công đoàn Viên chức huyện"
_VISITS = ("a) Đoàn viên ốm đau điều trị nội trú từ 05 ngày trở lên được thăm hỏi 400.000 đồng/lần, không quá 02 lần "
           "trong một năm.")
_MEALS = "b) Đoàn viên điều trị nội trú được hỗ trợ tiền ăn 60.000 đồng/người/ngày, tối đa 10 ngày."


def _found(*texts: str, lead: str = "") -> list[Passage]:
    return [Passage(f"q{n}", "qc-th", _DOC, "qc.txt", "Điều 5. Mức chi", text, 0.88 - 0.01 * n, n,
                    short_title="QC 03/QC-CĐVC", lead=lead) for n, text in enumerate(texts)]


def test_an_amount_per_time_is_not_answered_as_the_amount_per_day_asked():
    found = _found(_VISITS)
    answer = compose("Đoàn viên ốm đau điều trị nội trú được thăm hỏi bao nhiêu một ngày?", found,
                     lexicon=lexicon_of(found))
    assert not answer.found or "400.000" not in first_line(answer), answer.answer


def test_the_line_paying_per_the_day_asked_answers():
    found = _found(_VISITS, _MEALS)
    answer = compose("Đoàn viên điều trị nội trú được hỗ trợ tiền ăn bao nhiêu một ngày?", found,
                     lexicon=lexicon_of(found))
    assert answer.found and "60.000 đồng" in answer.answer, answer.answer


def test_a_lead_in_saying_the_rate_lets_its_items_answer():
    found = _found("a) Chủ tịch công đoàn cơ sở: 300.000 đồng/người.", lead="Mức phụ cấp trách nhiệm hằng tháng:")
    answer = compose("Chủ tịch công đoàn cơ sở được phụ cấp trách nhiệm bao nhiêu mỗi tháng?", found,
                     lexicon=lexicon_of(found))
    assert answer.found and "300.000 đồng" in answer.answer, answer.answer


_RELIEF = "Kế hoạch khắc phục hậu quả rét đậm của Ủy ban nhân dân huyện"
_CATTLE = ("c) Hỗ trợ các hộ có vật nuôi bị chết do rét đậm, rét hại: trâu, bò trên 06 tháng tuổi 2.500.000 "
           "đồng/con; lúa gieo cấy lại được hỗ trợ giống theo thực tế.")
_ROOMS = "Khoán tiền thuê phòng nghỉ khi đi công tác tại thành phố: 450.000 đồng/ngày/người."


def _relief(*texts: str) -> list[Passage]:
    return [Passage(f"r{n}", "kh-ret", _RELIEF, "kh.txt", "III. Mức hỗ trợ", text, 0.88 - 0.01 * n, n,
                    short_title="KH 17/KH-UBND") for n, text in enumerate(texts)]


def test_an_amount_asked_per_each_unit_far_from_the_asking_words_is_not_the_per_head_one():
    """"Mỗi ha lúa … được hỗ trợ bao nhiêu tiền?": the unit "mỗi" names stands far from "bao nhiêu"; a line paying per
    head of cattle does not give the amount per hectare."""
    found = _relief(_CATTLE)
    answer = compose("Mỗi ha lúa bị chết rét ở huyện được hỗ trợ bao nhiêu tiền?", found, lexicon=lexicon_of(found))
    assert not answer.found or "2.500.000" not in first_line(answer), answer.answer


def test_a_room_asked_per_night_is_answered_by_its_price_per_day():
    found = _found(_ROOMS)
    answer = compose("Đi công tác ở thành phố được khoán tiền phòng nghỉ bao nhiêu một đêm?", found,
                     lexicon=lexicon_of(found))
    assert answer.found and "450.000 đồng" in answer.answer, answer.answer


def test_an_amount_asked_per_a_person_paid_is_answered_by_its_rate_per_time():
    """"Mỗi đoàn viên …": the person paid, not another measure than the rate the line says ("… mỗi lần")."""
    found = _found("a) Đoàn viên ốm đau điều trị nội trú được thăm hỏi 400.000 đồng mỗi lần.")
    answer = compose("Mỗi đoàn viên được thăm hỏi bao nhiêu tiền?", found, lexicon=lexicon_of(found))
    assert answer.found and "400.000 đồng" in answer.answer, answer.answer
