"""A question naming by its title a law that is not loaded, which nothing answers, is told so and which documents
are loaded (bot/answer/unloaded.py), on the five plans of the shared store."""
from __future__ import annotations

import pytest

from bot.answer.unloaded import named_titles
from troly.texts import t


@pytest.mark.parametrize("question", ["Theo Luật Điện ảnh, phim loại C dành cho lứa tuổi nào?",
                                      "theo luat dien anh thi phim loai c danh cho ai"])
def test_a_law_named_but_not_loaded_is_said_not_loaded(assistant, question):
    """Before, the answer was "Các văn bản đã nạp không đề cập nội dung này.", as if the law had been searched."""
    answer = assistant.ask(question)
    assert not answer.found and not answer.citations, answer.answer
    assert answer.answer != t("answer.not_found"), answer.answer
    named = question.split(",")[0].removeprefix("Theo ").split(" thi ")[0].removeprefix("theo ")
    assert named in answer.answer, answer.answer
    assert any(record.label in answer.answer for record in assistant.documents()), answer.answer


@pytest.mark.parametrize("question, named", [
    ("Bộ luật Lao động quy định thời giờ làm thêm thế nào?", ["Bộ luật Lao động"]),
    ("Nghị định về xử phạt thì mức phạt bao nhiêu?", ["Nghị định về xử phạt"]),
    ("nghỉ quá 5 ngày có bị kỷ luật không?", []),  # "kỷ luật" names no law
    ("Theo quy định của pháp luật, ai chịu trách nhiệm?", []),
    ("Luật số 05 nói gì?", []),  # a number: unknown_number's
    ("theo luat dien anh phim loai c danh cho ai", []),  # where the title ends is unsure
    ("theo luat dien anh thi phim loai c được xem ko", ["luat dien anh"]),  # one marked word: still typed without
    ("Luật sư có quyền gì?", []),  # a lawyer, no law
    ("theo luật sư thì sao?", []),
    ("luật hóa quy định này thế nào?", []),
    ("các luật về thuế quy định gì?", []),  # laws in general
    ("Luật Hòa giải quy định gì?", ["Luật Hòa giải"]),
])
def test_where_a_named_title_ends(question, named):
    assert named_titles(question) == named
