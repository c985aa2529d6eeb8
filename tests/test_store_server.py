"""The store against both backends: the embedded PersistentClient and a Chroma server that this
test starts itself (`chroma run` on 127.0.0.1, a port the system gives it, a temporary path) and stops."""
from __future__ import annotations

import json
import socket

import pytest

from tests.helpers import chroma_server as chroma_server_at, run_troly
from tests.test_formats import PLAN
from tests.test_ingest_updates import NEW, OLD

# With -n, on one worker: one Chroma server for the module's tests (named here: `backend` asks for the fixture as
# it runs, so conftest's _module_group does not see the tests use it).
pytestmark = pytest.mark.xdist_group("chroma-server")

@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    with chroma_server_at(tmp_path_factory.mktemp("chroma-server")) as url:
        yield url


@pytest.fixture(params=["embedded", "server"])
def backend(request):
    """Settings overrides for each backend (the server one starts the server on first use)."""
    if request.param == "server":
        return {"chroma_url": request.getfixturevalue("chroma_server")}
    return {}


def test_ingest_update_search_remove(tmp_path, make_settings, backend):
    from bot.answer.service import Assistant

    assistant = Assistant(make_settings(**backend))
    path = tmp_path / "ke-hoach.txt"
    path.write_text(PLAN, encoding="utf-8")
    assert [d.status for d in assistant.ingest([path]).documents] == ["added"]
    assert [d.status for d in assistant.ingest([path]).documents] == ["unchanged"]
    hits = assistant.search("thăm hỏi đoàn viên ốm đau", k=5)
    assert hits and hits[0].doc_id == "ke-hoach.txt"

    path.write_text(PLAN.replace(OLD, NEW), encoding="utf-8")
    report = assistant.ingest([path]).documents[0]
    assert report.status == "updated"
    assert report.embedded <= 1  # the changed paragraph at most (the shared vector cache may know it)
    texts = [c.text for c in assistant.store.doc_chunks("ke-hoach.txt")]
    assert NEW in texts and OLD not in texts
    found = [p.text for p in assistant.search(OLD, k=20)]
    assert NEW in found and OLD not in found
    # No chunk of the old version is left in the collection itself.
    assert assistant.store.chunks.count() == len(texts)

    assert assistant.remove("ke-hoach.txt")
    assert assistant.documents() == []
    assert assistant.store.chunks.count() == 0
    assert assistant.search("thăm hỏi đoàn viên ốm đau", k=5) == []


def test_cli_uses_the_server(tmp_path, cli_env, chroma_server):
    cli_env["TROLY_CHROMA_URL"] = chroma_server
    path = tmp_path / "kh-may-chu.txt"
    path.write_text(PLAN, encoding="utf-8")
    proc = run_troly(["ingest", "--json", str(path)], cli_env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["documents"][0]["status"] == "added"
    # The document lives on the server, not in the local data directory.
    assert not (tmp_path / "data" / "chroma").exists()
    docs = json.loads(run_troly(["docs", "--json"], cli_env).stdout)["documents"]
    assert "kh-may-chu.txt" in [d["id"] for d in docs]
    assert run_troly(["remove", "kh-may-chu.txt"], cli_env).returncode == 0


def test_unreachable_server_is_a_clear_error(cli_env):
    with socket.socket() as held:  # bound and never listening: refused, and no other process can listen there
        held.bind(("127.0.0.1", 0))
        cli_env["TROLY_CHROMA_URL"] = f"http://127.0.0.1:{held.getsockname()[1]}"
        proc = run_troly(["docs"], cli_env)
    assert proc.returncode != 0
    assert "Không kết nối được máy chủ Chroma" in proc.stderr and "Traceback" not in proc.stderr
    assert "TROLY_CHROMA_URL" in proc.stderr and "chroma run" in proc.stderr  # which setting, and what to do
