"""The day a text cited by its number was issued ("Quyết định số 15/2020/QĐ-UBND ngày 05 tháng 3 năm 2020 hết hiệu
lực …") is no day the line sets: asked when the document takes effect, the line stating its own day opens the answer
(new-user recheck of session 41, M8) — but asked of the cited text by its number, that day is its answer. The
decision and the wording are this file's own, invented."""
from __future__ import annotations

from bot.answer.composer import compose
from tests.helpers import first_line, lexicon_of
from vectorstore.search import Passage

_LINES = ["1. Quyết định số 15/2020/QĐ-UBND ngày 05 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh hết hiệu lực kể từ "
          "ngày Quyết định này có hiệu lực thi hành.",
          "2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 02 năm 2027."]


def _first(question: str) -> str:
    found = [Passage(f"q{i}", "qd-40", "Quyết định ban hành quy chế quản lý chợ đêm", "qd40.txt",
                     "Điều 3. Hiệu lực thi hành", text, 0.9 - i / 100, i, short_title="QĐ 40/2026/QĐ-UBND")
             for i, text in enumerate(_LINES)]
    return first_line(compose(question, found, lexicon=lexicon_of(found)))


def test_the_documents_own_day_of_effect_opens_the_answer():
    """Before, the line citing the old decision's issue day opened it: its date read as the day asked."""
    assert "01 tháng 02 năm 2027" in _first("Quy chế quản lý chợ đêm có hiệu lực từ ngày nào?")


def test_asked_of_the_cited_text_by_its_number_its_issue_day_answers():
    assert "05 tháng 3 năm 2020" in _first("Quyết định 15/2020 của Ủy ban nhân dân tỉnh ban hành ngày nào?")
