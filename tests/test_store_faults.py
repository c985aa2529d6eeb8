"""Faults of the data folder, through the real CLI: each is one Vietnamese line saying what to do
(never a traceback, never a silently empty store); a damaged lexical index is rebuilt silently."""
from __future__ import annotations

import contextlib
import json
import shutil
import subprocess

import pytest

from tests.helpers import Run, run_troly_forked

QUESTION = "Công đoàn cơ sở phải báo cáo gì?"


def _one_line_error(proc: subprocess.CompletedProcess | Run, words: str) -> None:
    assert proc.returncode != 0
    message = proc.stderr.strip()
    assert "\n" not in message and "Traceback" not in message, message
    assert words in message, message


def test_read_only_data_folder(corpus_data, cli_env, tmp_path):
    mount = ["unshare", "-m", "sh", "-c", 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"',
             str(corpus_data)]
    if shutil.which("unshare") is None or subprocess.run([*mount, "true"], capture_output=True).returncode != 0:
        pytest.skip("cannot mount a folder read-only here")
    for args in (["docs"], ["search", QUESTION]):  # forked: not a fresh interpreter importing everything again
        _one_line_error(run_troly_forked(args, cli_env, tmp_path / "streams", read_only=corpus_data), "chỉ cho đọc")


def test_damaged_database(corpus_data, cli_env, tmp_path):
    database = corpus_data / "chroma" / "chroma.sqlite3"
    with open(database, "r+b") as fh:
        fh.truncate(database.stat().st_size // 3)
    _one_line_error(run_troly_forked(["search", QUESTION], cli_env, tmp_path / "streams"), "bị hỏng")


def test_deleted_database_is_not_an_empty_store(corpus_data, cli_env, tmp_path):
    (corpus_data / "chroma" / "chroma.sqlite3").unlink()
    _one_line_error(run_troly_forked(["docs"], cli_env, tmp_path / "streams"), "Không thấy tệp")
    assert not (corpus_data / "chroma" / "chroma.sqlite3").exists()  # nothing new was made in its place


def test_records_without_passages(corpus_data, cli_env, tmp_path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    client = chromadb.PersistentClient(path=str(corpus_data / "chroma"),
                                       settings=ChromaSettings(anonymized_telemetry=False))
    chunks = client.get_collection("troly_chunks")
    chunks.delete(ids=chunks.get(include=[])["ids"])
    del chunks, client
    _one_line_error(run_troly_forked(["docs"], cli_env, tmp_path / "streams"), "không còn đoạn văn nào")


def test_emptied_lexical_index_is_rebuilt(corpus_data, cli_env, tmp_path):
    before = json.loads(run_troly_forked(["search", "--json", QUESTION], cli_env, tmp_path / "streams").stdout)["results"]
    index = corpus_data / "lexical" / "index.sqlite3"
    files = [p for p in index.parent.iterdir() if p.name.startswith(index.name)]  # the file, its WAL
    assert index in files
    for path in files:
        path.write_bytes(b"")
    proc = run_troly_forked(["search", "--json", QUESTION], cli_env, tmp_path / "streams")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert json.loads(proc.stdout)["results"] == before
    assert index.stat().st_size > 0


def test_an_index_left_by_an_older_troly_is_rebuilt(corpus_data, cli_env, tmp_path):
    """After an upgrade that changes the index format, search rebuilds the index from the store by itself."""
    import sqlite3

    from vectorstore.lexical import LexicalIndex

    before = json.loads(run_troly_forked(["search", "--json", QUESTION], cli_env, tmp_path / "streams").stdout)["results"]
    index = corpus_data / "lexical" / "index.sqlite3"
    with contextlib.closing(sqlite3.connect(index)) as db, db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'version'", (LexicalIndex.VERSION - 1,))
        db.execute("DELETE FROM postings")  # what an old format would hold is unreadable now
    proc = run_troly_forked(["search", "--json", QUESTION], cli_env, tmp_path / "streams")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert json.loads(proc.stdout)["results"] == before
    with contextlib.closing(sqlite3.connect(index)) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0] == LexicalIndex.VERSION
