"""Work done once that was done again and again, which every user pays for: a question asked again by another process
sharing the vector cache (TROLY_EMBED_CACHE: a restarted bot, an evaluation run again) is answered without embedding
it again (embedding a question is most of an answer's CPU on a small store), with the same answer, and a cache that
cannot be opened only means the question is embedded; starting a process (each `troly` command) makes the pattern of
the bodies' names once, not once per kind of fact a question may ask."""
from __future__ import annotations

import runpy

from bot.answer.service import Assistant
from tests.helpers import ROOT, ingested
from troly.vntext import Bodies

_PLAN = ("KẾ HOẠCH\nTổ chức Ngày hội đọc sách năm 2027\n\n"
         "Ban Chấp hành Công đoàn Trường Tiểu học Hòa Bình xây dựng Kế hoạch như sau:\n\n"
         "I. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: từ 8 giờ 00 ngày 21/4/2027.\n"
         "2. Địa điểm: Thư viện trường, số 12 đường Lê Lai.\n\n"
         "II. TỔ CHỨC THỰC HIỆN\nCác tổ công đoàn gửi danh sách sách tặng thư viện trước ngày 10/4/2027.\n")

_QUESTION = "Ngày hội đọc sách tổ chức ở đâu?"


def _counted(assistant: Assistant) -> list[str]:
    """The questions the assistant's embedder is asked to embed from now on."""
    embedded: list[str] = []
    embed = assistant.embeddings.embed_question

    def counting(text: str):
        embedded.append(text)
        return embed(text)

    assistant.embeddings.embed_question = counting
    return embedded


def test_a_question_asked_before_by_another_process_is_not_embedded_again(tmp_path, make_settings):
    data = tmp_path / "data"
    with Assistant(make_settings(data)) as writer:  # the passages' vectors from the run's cache
        ingested(writer, tmp_path, "ngay-hoi.txt", _PLAN)
    vectors = tmp_path / "vectors.sqlite"  # the questions' cache of these processes alone
    with Assistant(make_settings(data, embed_cache=vectors)) as first:
        embedded = _counted(first)
        asked = first.ask(_QUESTION)
    assert asked.found and "Thư viện trường" in asked.answer, asked.answer
    assert embedded, "the first process embeds the question"
    with Assistant(make_settings(data, embed_cache=vectors)) as again:
        embedded = _counted(again)
        answer = again.ask(_QUESTION)
    assert embedded == [], "asked again, the question's vector is read from the cache"
    assert answer.to_json() == asked.to_json()
    with Assistant(make_settings(data, embed_cache=tmp_path)) as unusable:  # a folder: no SQLite file opens there
        embedded = _counted(unusable)
        answer = unusable.ask(_QUESTION)
    assert embedded and answer.answer == asked.answer, answer.answer


def test_the_question_reader_makes_the_bodies_pattern_once_at_start(monkeypatch):
    """bot/answer/question.py, run as a process starting runs it (apart from the module the tests imported): each
    call of Bodies.pattern() costs a twentieth of a second, and was made for each of its 24 kinds of fact."""
    made = []
    pattern = Bodies.pattern

    def counting(self):
        made.append(1)
        return pattern(self)

    monkeypatch.setattr(Bodies, "pattern", counting)
    module = runpy.run_path(str(ROOT / "bot" / "answer" / "question.py"), run_name="question_at_start")
    facts = module["_FACTS"]
    assert len(facts) > 2 and not any("{bodies}" in p for p in facts.values())  # every kind's pattern complete
    assert len(made) == 1, f"the bodies' pattern made {len(made)} times"
