"""A document's passages read back from the store: all of them in order, or only those asked for (the answer
reads a list whole, and an obligation's passage alone), whether its positions run 0 … n-1 or skip one."""
from __future__ import annotations

import numpy as np

from vectorstore.store import DocRecord, Store, chunk_id


def _write(store: Store, doc_id: str, positions: list[int]) -> None:
    version = "v1"
    metas = [{"doc_id": doc_id, "version": version, "position": p, "section": "I", "block": "paragraph",
              "embed_key": f"{doc_id}{p}"} for p in positions]
    vectors = np.random.default_rng(len(doc_id)).standard_normal((len(positions), 8)).astype(np.float32)
    record = DocRecord(doc_id=doc_id, title=doc_id, kind="Kế hoạch", source=doc_id, content_hash=doc_id,
                       version=version, chunks=len(positions), ingested_at="")
    store.write(record, [chunk_id(doc_id, version, p) for p in positions],
                [f"đoạn {p} của {doc_id}" for p in positions], metas, vectors)


def test_a_documents_passages_in_order_all_or_those_asked(tmp_path):
    with Store(tmp_path / "chroma", "embedder", lock_dir=tmp_path) as store:
        _write(store, "ke-hoach.txt", [3, 0, 2, 1])
        _write(store, "khac.txt", [0, 1, 2])
        _write(store, "cach-quang.txt", [0, 1, 5])  # positions that skip: read whole all the same
        assert [c.meta["position"] for c in store.doc_chunks("ke-hoach.txt")] == [0, 1, 2, 3]
        assert [c.text for c in store.doc_chunks("ke-hoach.txt", {3, 1, 9})] == ["đoạn 1 của ke-hoach.txt",
                                                                               "đoạn 3 của ke-hoach.txt"]
        assert [c.meta["position"] for c in store.doc_chunks("cach-quang.txt")] == [0, 1, 5]
        assert [c.meta["position"] for c in store.doc_chunks("cach-quang.txt", [5])] == [5]
        assert store.doc_chunks("khong-co.txt") == []


def test_a_dense_search_asked_again_reads_the_index_once_until_the_store_changes(tmp_path, monkeypatch):
    """A message's parts search with the message's vector again: answered from the last searches kept, and a
    document written since is found at once."""
    from chromadb.api.models.Collection import Collection

    asked: list[int] = []
    query = Collection.query
    monkeypatch.setattr(Collection, "query", lambda self, *a, **kw: asked.append(1) or query(self, *a, **kw))
    with Store(tmp_path / "chroma", "embedder", lock_dir=tmp_path) as store:
        _write(store, "ke-hoach.txt", [0, 1, 2])
        vector = np.random.default_rng(7).standard_normal(8).astype(np.float32)
        first = [c.id for c in store.nearest(vector, 2)]
        assert [c.id for c in store.nearest(vector, 2)] == first and len(asked) == 1
        assert len(store.nearest(vector, 3)) == 3 and len(asked) == 2  # another search: asked
        metas = [{"doc_id": "moi.txt", "version": "v1", "position": 0, "section": "I", "block": "paragraph",
                  "embed_key": "moi"}]
        store.write(DocRecord(doc_id="moi.txt", title="moi.txt", kind="Kế hoạch", source="moi.txt", content_hash="m",
                              version="v1", chunks=1, ingested_at=""),
                    [chunk_id("moi.txt", "v1", 0)], ["đoạn mới"], metas, vector[None, :])
        assert store.nearest(vector, 2)[0].id == chunk_id("moi.txt", "v1", 0)


def test_stores_opened_one_after_another_read_chromas_settings_once_and_each_its_own_folder(tmp_path, monkeypatch):
    """Every store a process opens (a bot's reopening to follow another writer, a test's copy) paid ~50 ms building
    Chroma's settings from the environment again: they are built once, and each client still reads its own folder."""
    import vectorstore.store as store_module

    built: list[int] = []

    class Counted(store_module.ChromaSettings):
        def __init__(self, **values) -> None:
            built.append(1)
            super().__init__(**values)

    monkeypatch.setattr(store_module, "ChromaSettings", Counted)
    for name in ("mot.txt", "hai.txt", "ba.txt"):
        with Store(tmp_path / name / "chroma", "embedder", lock_dir=tmp_path / name) as store:
            _write(store, name, [0, 1])
    for name in ("mot.txt", "hai.txt", "ba.txt"):
        with Store(tmp_path / name / "chroma", "embedder", lock_dir=tmp_path / name) as store:
            assert sorted(store.records()) == [name]
    assert len(built) <= 1
