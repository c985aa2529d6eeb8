"""Crash safety: a `troly ingest` process updating a document is SIGKILLed while it embeds, while it
writes to Chroma and around the version switch. After every kill the store holds the old or the
new version, complete, and nothing of the other; a rerun finishes the job with no stale chunk.

The progress bar on stderr (drawn as on a terminal) counts passages: a new one when embedded, one whose vector is known when
written; the test reads it to know when to kill. The store is inspected in this process afterwards."""
from __future__ import annotations

import json
import re
import time
import uuid
from pathlib import Path

import pytest

from ingest.parse import parse_document
from tests.helpers import CORPUS, ForkedTroly, environment, run_troly

DOC_ID = "ke-hoach.txt"
def _versions(tmp_path: Path, token: str) -> tuple[str, str]:
    """v1: a real plan, its section II left out (what a kill may lose shows on a few passages as on many, and each
    passage of v2 is embedded). v2: the same plan edited everywhere (a run-unique code in every sentence,
    so nothing of it is in any vector cache) and grown by a section of new duties."""
    plan = (CORPUS / "002_7749bce00e3bf8c6.txt").read_text(encoding="utf-8")
    v1 = plan[:plan.index("II. NỘI DUNG")] + plan[plan.index("III. TỔ CHỨC"):]
    edited = "\n".join(re.sub(r"\.\s*$", f" (mã {token}).", line) for line in v1.split("\n"))
    extra = "\n\n".join(f"- Nhiệm vụ bổ sung số {i} ({token}): kiểm tra việc thực hiện kế hoạch tại đơn vị thứ {i}."
                        for i in range(1, 5))
    cut = edited.index("Noi nhận")
    v2 = edited[:cut] + f"IV. NHIỆM VỤ BỔ SUNG\n\n{extra}\n\n" + edited[cut:]
    return v1, v2


class Run:
    """A `troly ingest` in a process of its own (forked from a server that imported troly once),
    whose progress bar is read as it is drawn."""

    def __init__(self, path: Path, env: dict, streams: Path) -> None:
        self.proc = ForkedTroly(["ingest", str(path), "--id", DOC_ID], env, streams, terminal=True)

    def progress(self) -> tuple[int, int]:
        """(done, total) as the bar last drew it; (0, 0) before it is drawn."""
        try:
            with open(self.proc.stderr_path, "rb") as fh:
                fh.seek(max(0, fh.seek(0, 2) - 4096))
                found = re.findall(rb"(\d+)/(\d+) \[", fh.read())
        except FileNotFoundError:  # not started yet
            found = []
        return tuple(map(int, found[-1])) if found else (0, 0)

    def kill_when(self, condition, delay: float = 0.0, timeout: float = 300) -> bool:
        """SIGKILL once condition(done, total) holds (plus `delay`); False if the run ended first."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                return False
            done, total = self.progress()
            if total and condition(done, total):
                time.sleep(delay)
                self.proc.kill()
                return True
            time.sleep(0.005)
        self.proc.kill()
        pytest.fail("the ingest neither progressed nor ended")


def _inspect(env: dict, *queries: str) -> dict:
    """The store as a newly opened Assistant sees it (the killed process's files closed or not), and what
    a user's search for each query finds in it."""
    from bot.answer.service import Assistant
    from troly.config import Settings

    with environment(env), Assistant(Settings(_env_file=None)) as assistant:
        store = assistant.store
        record = store.get(DOC_ID)
        raw = store.chunks.get(where={"doc_id": DOC_ID}, include=["documents", "metadatas"])
        return {
            "version": record.version if record else None,
            "chunks": record.chunks if record else 0,
            "live": [c.text for c in store.doc_chunks(DOC_ID)],
            "listed": sorted(c.text for c in store.iter_chunks() if c.doc_id == DOC_ID),
            "raw_versions": sorted({m["version"] for m in raw["metadatas"]}),
            "raw_count": len(raw["ids"]),
            "found": [[p.text for p in assistant.search(q, k=20) if p.doc_id == DOC_ID] for q in queries],
        }


def _assert_one_whole_version(env: dict, texts: dict[str, list[str]], only: list[str]) -> dict:
    """The record names one version; its chunks, all of them and only them, are what readers see,
    and searching for sentences only one version has finds nothing of the other version."""
    state = _inspect(env, *only)
    version = state["version"]
    assert version in texts, state
    assert state["live"] == texts[version]
    assert state["listed"] == sorted(texts[version])
    assert state["chunks"] == len(texts[version])
    for found in state["found"]:
        assert found and all(text in texts[version] for text in found)
    return state


@pytest.mark.usefixtures("corpus_store")  # built first, so v1's vectors are in the run's shared cache
def test_killed_ingest_leaves_one_whole_version(tmp_path, cli_env):
    token = uuid.uuid4().hex[:10]
    v1_text, v2_text = _versions(tmp_path, token)
    path = tmp_path / "ke-hoach.txt"
    path.write_text(v1_text, encoding="utf-8")
    proc = run_troly(["ingest", "--json", "--id", DOC_ID, str(path)], cli_env)  # v1 from the shared cache
    assert proc.returncode == 0, proc.stderr

    docs = {name: parse_document(text, path.name) for name, text in (("v1", v1_text), ("v2", v2_text))}
    versions = {name: d.version for name, d in docs.items()}
    texts = {versions[name]: [c.text for c in d.chunks] for name, d in docs.items()}
    only = [next(t for t in texts[versions["v1"]] if t not in texts[versions["v2"]]),
            next(t for t in texts[versions["v2"]] if t not in texts[versions["v1"]])]
    assert _assert_one_whole_version(cli_env, texts, only)["version"] == versions["v1"]

    # From here on the run-unique v2 vectors go to a private cache, not the shared one.
    env = dict(cli_env, TROLY_EMBED_CACHE=str(tmp_path / "private-vectors.sqlite"))
    path.write_text(v2_text, encoding="utf-8")
    writes = len(docs["v2"].chunks)
    seen = []

    # 1. While embedding (the bar counts passages; a new one moves it once embedded): the store still holds v1.
    run = Run(path, env, tmp_path / "streams")
    assert run.kill_when(lambda done, total: 8 <= done < total)
    assert _assert_one_whole_version(env, texts, only)["version"] == versions["v1"]

    # 2. Around the version switch: the bar reaches its total when the last passage is embedded or (its
    #    vector known) written, before the switch and the removal of the old chunks; growing delays.
    plan = [(lambda d, t: d >= t, delay) for delay in (0.0, 0.0, 0.005, 0.01, 0.02, 0.04, 0.0, 0.01)]
    for condition, delay in plan:
        path.write_text(v2_text, encoding="utf-8")
        run = Run(path, env, tmp_path / "streams")
        if run.kill_when(condition, delay):
            seen.append(_assert_one_whole_version(env, texts, only))
        else:  # finished before the kill: v2 is complete; start again from v1 for the next kill
            assert _assert_one_whole_version(env, texts, only)["version"] == versions["v2"]
            path.write_text(v1_text, encoding="utf-8")  # v1's vectors are in the shared cache, not the private one
            assert run_troly(["ingest", "--json", "--id", DOC_ID, str(path)], cli_env).returncode == 0
        if len(seen) >= 3 and any(len(state["raw_versions"]) == 2 for state in seen):
            break
    observed = [(state["version"], state["raw_versions"]) for state in seen]
    print("states after the kills:", observed)
    assert len(seen) >= 2, observed
    # Some kill fell between writing the new chunks and removing the old ones (both in Chroma),
    # the moment when only the record's version decides what readers see.
    assert any(len(versions_in_chroma) == 2 for _, versions_in_chroma in observed), observed

    # A rerun finishes the job: v2, complete, and no chunk of any other version left in Chroma.
    path.write_text(v2_text, encoding="utf-8")
    proc = run_troly(["ingest", "--json", "--id", DOC_ID, str(path)], env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["documents"][0]["status"] in ("updated", "unchanged")
    state = _inspect(env)
    assert state["version"] == versions["v2"] and state["live"] == texts[versions["v2"]]
    assert state["raw_versions"] == [versions["v2"]] and state["raw_count"] == writes
