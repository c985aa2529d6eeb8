"""Writers from several processes on one data folder: two `troly ingest` processes at once lose
nothing (records, passages and their vectors), again and again; a writer that finds the store
busy says it waits, and gives up with a clear message after its time. The writers are processes
forked from a server that has imported troly once (tests.helpers.ForkedTroly)."""
from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest
from filelock import FileLock

from tests.helpers import ForkedTroly, run_troly, run_troly_forked
from tests.test_formats import PLAN


def _plans(folder: Path, prefix: str, years: range) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for year in years:
        path = folder / f"{prefix}-{year}.txt"
        path.write_text(PLAN.replace("năm 2022", f"năm {year}").replace("Giáo dục", f"Giáo dục khóa {year}"),
                        encoding="utf-8")
        paths.append(path)
    return paths


def _ingest(paths: list[Path], env: dict, streams: Path) -> ForkedTroly:
    return ForkedTroly(["ingest", "--json", *map(str, paths)], env, streams)


def _check_nothing_lost(data: Path, make_settings, expected: set[str]) -> None:
    from vectorstore.store import Store

    store = Store(make_settings(data).chroma_path, make_settings(data).embeddings)
    records = store.records()
    assert set(records) == expected
    got = store.chunks.get(include=["metadatas", "embeddings"])
    live = [(cid, meta, vec) for cid, meta, vec in zip(got["ids"], got["metadatas"], got["embeddings"])
            if records[meta["doc_id"]].version == meta["version"]]
    assert len(live) == len(got["ids"]), "chunks no record names were left behind"
    for doc_id, record in records.items():
        mine = [(cid, vec) for cid, meta, vec in live if meta["doc_id"] == doc_id]
        assert len(mine) == record.chunks, doc_id
        cid, vec = mine[0]  # its vector is in the vector index, not only in the database
        assert cid in {hit.id for hit in store.dense(np.asarray(vec, dtype=np.float32), k=3)}, doc_id


@pytest.mark.parametrize("trials", [
    3,  # `make test`: the two writers meet at the lock each time they start together
    pytest.param(10, marks=pytest.mark.corpus),  # the longer run for a rare race: `make test-corpus` (CI runs it)
])
def test_two_concurrent_ingests_lose_nothing(tmp_path, cli_env, make_settings, trials):
    left = _plans(tmp_path / "left", "trai", range(2001, 2003))
    right = _plans(tmp_path / "right", "phai", range(2011, 2013))
    expected = {p.name for p in left + right}
    waited = 0
    for trial in range(trials):
        data = tmp_path / f"data-{trial}"
        env = {**cli_env, "TROLY_DATA_DIR": str(data)}
        procs = [_ingest(left, env, tmp_path / "streams"), _ingest(right, env, tmp_path / "streams")]
        for run in [proc.wait() for proc in procs]:
            assert run.returncode == 0, run.stderr
            assert {d["status"] for d in json.loads(run.stdout)["documents"]} == {"added"}, run.stdout
            waited += "Đang chờ một lượt nạp khác xong" in run.stderr
        _check_nothing_lost(data, make_settings, expected)
        docs = json.loads(run_troly(["docs", "--json"], env).stdout)["documents"]  # in-process: only the writers need processes
        assert {d["id"] for d in docs} == expected
    assert waited  # the two did meet at the lock at least once


def test_a_busy_store_makes_the_writer_wait_then_give_up(tmp_path, cli_env):
    plan = _plans(tmp_path / "docs", "ke-hoach", range(2020, 2021))
    data = tmp_path / "data"
    data.mkdir()
    with FileLock(data / "write.lock"):  # another writer holds the store
        proc = _ingest(plan, {**cli_env, "TROLY_WRITE_WAIT_SECONDS": "120"}, tmp_path / "streams")
        end = time.monotonic() + 120
        while "\n" not in proc.stderr_so_far() and proc.poll() is None and time.monotonic() < end:
            time.sleep(0.05)  # until the writer speaks (or gives up)
        said = proc.stderr_so_far()
        assert "Đang chờ một lượt nạp khác xong" in said, said
        time.sleep(1)
        assert proc.poll() is None  # waiting, not failing
    run = proc.wait()
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["documents"][0]["status"] == "added"

    with FileLock(data / "write.lock"):
        proc = run_troly_forked(["remove", plan[0].name], {**cli_env, "TROLY_WRITE_WAIT_SECONDS": "1"},
                                tmp_path / "streams")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "vẫn đang chạy" in proc.stderr and "TROLY_WRITE_WAIT_SECONDS" in proc.stderr
    docs = json.loads(run_troly(["docs", "--json"], cli_env).stdout)["documents"]
    assert [d["id"] for d in docs] == [plan[0].name]  # the refused removal changed nothing


def test_opening_a_store_another_process_is_making_waits_for_it(tmp_path, monkeypatch):
    """A process that opens a new store while another one makes its tables can be told "database is locked"
    at once (both read the tables, both want to write: SQLite refuses one without waiting). Opening tries
    again until OPEN_WAIT_SECONDS, and only then says the store is held too long."""
    import chromadb
    import chromadb.errors

    import vectorstore.store as store_module
    from vectorstore.store import Store, StoreError

    made = chromadb.PersistentClient
    refusals = [2]

    def meets_the_other_maker(*args, **kwargs):
        if refusals[0]:
            refusals[0] -= 1
            raise chromadb.errors.InternalError("error returned from database: (code: 5) database is locked")
        return made(*args, **kwargs)

    monkeypatch.setattr(store_module.chromadb, "PersistentClient", meets_the_other_maker)
    with Store(tmp_path / "data" / "chroma", "embedder", lock_dir=tmp_path / "data") as store:
        assert store.records() == {} and not refusals[0]

    refusals[0] = 10**6  # held for good: refused after the wait, with the message saying so
    monkeypatch.setattr(store_module, "OPEN_WAIT_SECONDS", 0.5)
    started = time.monotonic()
    with pytest.raises(StoreError, match="giữ quá lâu"):
        Store(tmp_path / "data" / "chroma", "embedder", lock_dir=tmp_path / "data")
    assert time.monotonic() - started >= 0.5
