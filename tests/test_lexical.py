"""The lexical index and question understanding, on small hand-made chunks (no embedder needed)."""
from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

import pytest

from troly.vntext import fold, is_syllable, phrases
from vectorstore.lexical import LexicalIndex, article_title, tokenize
from vectorstore.query import QueryAnalyzer, doc_refs
from vectorstore.store import StoredChunk

TEXTS = [
    ("a", "Kế hoạch thực hiện Kết luận số 51-KL/TW", "Kế hoạch", 2023, "II. NHIỆM VỤ › 1. Tuyên truyền",
     "Công đoàn cơ sở tổ chức tuyên truyền về quyền lợi của đoàn viên tới toàn thể người lao động."),
    ("a", "Kế hoạch thực hiện Kết luận số 51-KL/TW", "Kế hoạch", 2023, "III. TỔ CHỨC THỰC HIỆN",
     "Liên đoàn Lao động huyện tổng hợp kết quả, báo cáo Thường trực trước ngày 15 tháng 12 hằng năm."),
    ("b", "Chương trình hành động thực hiện Nghị quyết số 02-NQ/TW", "Chương trình hành động", 2021,
     "II. CHỈ TIÊU", "Phấn đấu tỷ lệ đoàn viên đạt 95% trong tổng số người lao động; tổ chức ký thỏa ước "
     "lao động tập thể tại các doanh nghiệp."),
    ("b", "Chương trình hành động thực hiện Nghị quyết số 02-NQ/TW", "Chương trình hành động", 2021,
     "III. GIẢI PHÁP", "Ban bán hàng và bộ phận bảo vệ phối hợp kiểm tra việc phân phát bàn ghế."),
]


def chunks() -> list[StoredChunk]:
    out = []
    for i, (doc, title, kind, year, section, text) in enumerate(TEXTS):
        out.append(StoredChunk(f"{doc}::v1::{i:05d}", text, {"doc_id": doc, "title": title, "doc_kind": kind,
                                                               "year": year, "section": section}))
    return out


def analyzer(index: LexicalIndex) -> QueryAnalyzer:
    documents = {"a": TEXTS[0][1], "b": TEXTS[2][1]}
    return QueryAnalyzer(index.vocab, {"TƯLĐTT": "thỏa ước lao động tập thể"}, documents)


def top_ids(index: LexicalIndex, question: str, **mask) -> list[str]:
    plan = analyzer(index).analyze(question)
    return [h.chunk_id for h in index.top(plan.groups, 5, **mask)]


def test_tokens_cover_syllables_pairs_and_folded_forms():
    toks = tokenize("Công đoàn cơ sở, 02-NQ/TW")
    assert {"công", "công_đoàn", "~cong_doan", "~co_so", "2", "nq"} <= set(toks)
    assert "sở_2" not in toks, "pairs never cross punctuation"
    assert fold("Đoàn Thanh Niên") == "doan thanh nien"
    assert phrases("KL21") == [["kl", "21"]]


def test_diacritic_free_question_finds_accented_text():
    index = LexicalIndex.build(chunks())
    assert top_ids(index, "cong doan co so tuyen truyen quyen loi")[0].startswith("a::v1::00000")
    plan = analyzer(index).analyze("lien doan lao dong huyen bao cao truoc ngay nao")
    assert "liên đoàn lao động huyện báo cáo" in plan.dense_text.lower()


def test_accents_separate_words_that_fold_together():
    index = LexicalIndex.build(chunks())
    # "bàn" (table) and "bán" (sell) fold alike; the accented question prefers the exact word.
    plan = analyzer(index).analyze("bàn ghế")
    hits = index.top(plan.groups, 5)
    assert hits[0].chunk_id.endswith("00003")


def test_a_word_spelled_the_other_way_finds_the_passage():
    texts = ["Tổ chức kiểm tra hàng hóa tại các cửa hàng trên địa bàn.",
             "Kiểm tra định kỳ hằng năm các cơ sở giáo dục nghề nghiệp.",
             "Trích lập quỹ khen thưởng theo quy định."]
    index = LexicalIndex.build([StoredChunk(f"c::v1::{i:05d}", t, {"doc_id": "c", "title": "Kế hoạch"})
                                for i, t in enumerate(texts)])
    plan = QueryAnalyzer(index.vocab, {}, {"c": "Kế hoạch"}).analyze("kiểm tra hàng năm")
    assert index.top(plan.groups, 3)[0].chunk_id.endswith("00001")
    plan = QueryAnalyzer(index.vocab, {}, {"c": "Kế hoạch"}).analyze("trích lập quĩ khen thưởng")
    assert index.top(plan.groups, 3)[0].chunk_id.endswith("00002")


def test_abbreviations_from_glossary_and_common_list():
    index = LexicalIndex.build(chunks())
    a = analyzer(index)
    plan = a.analyze("CĐCS tuyên truyền gì?")
    assert "công đoàn cơ sở (CĐCS)" in plan.dense_text
    assert top_ids(index, "CĐCS tuyên truyền gì?")[0].endswith("00000")
    # typed in lower case without diacritics, and a document-defined one
    assert "liên đoàn lao động" in a.analyze("ldld huyen bao cao gi").dense_text.lower()
    assert top_ids(index, "TƯLĐTT ở doanh nghiệp")[0].endswith("00002")
    # an ordinary syllable is never mistaken for an abbreviation
    assert not is_syllable("ldld") and is_syllable("nghiêng") and is_syllable("tu")
    assert a.analyze("tu dưỡng").expanded == {}
    # written with its marks, an abbreviation is only the one with those marks: "ĐN" (Đà Nẵng) is no "DN" (doanh
    # nghiệp), which "dn" typed without marks still is
    assert "doanh nghiệp" not in a.analyze("LĐLĐ TP. ĐN báo cáo gì").dense_text
    assert "doanh nghiệp" in a.analyze("dn bao cao gi").dense_text


def test_typo_is_corrected_to_a_corpus_syllable():
    index = LexicalIndex.build(chunks())
    plan = analyzer(index).analyze("thoả ước lao độgn tập thể")  # "độgn": letters swapped
    assert "động" in plan.dense_text
    assert top_ids(index, "thoả ước lao độgn tập thể")[0].endswith("00002")


def test_fillers_are_dropped_from_the_lexical_query():
    index = LexicalIndex.build(chunks())
    plan = analyzer(index).analyze("Cho mình hỏi tỷ lệ đoàn viên là bao nhiêu vậy ạ?")
    tokens = {t for group, _ in plan.groups for t in group}
    assert {"tỷ", "~doan_vien"} <= tokens
    assert not {"mình", "hỏi", "bao", "nhiêu", "vậy", "ạ", "gì"} & tokens


def test_document_references():
    assert doc_refs("KL 51 và Nghị quyết số 02-NQ/TW, chỉ thị 41") == {("kl", 51), ("nq", 2), ("ct", 41)}
    assert ("kl", 21) in doc_refs("theo KL21 thì sao")
    index = LexicalIndex.build(chunks())
    assert analyzer(index).analyze("NQ 02 đặt chỉ tiêu gì").doc_ids == {"b"}
    assert analyzer(index).analyze("Kết luận 51 giao ai báo cáo").doc_ids == {"a"}


def test_a_short_name_names_the_document_of_that_number_before_those_citing_it():
    assert doc_refs("QĐ 22/2013/QĐ-TTg") == doc_refs("22/2013/QĐ-TTg") == doc_refs("QĐ 22/2013") == {("qd", 22)}
    assert doc_refs("Số: 03/NQ-CP") == {("nq", 3)}
    assert not doc_refs("ngày 15/06/2013")
    documents = {"qd22": "Quyết định hỗ trợ người có công về nhà ở QĐ 22/2013/QĐ-TTg",
                 "tt98": "Thông tư hướng dẫn Quyết định số 22/2013/QĐ-TTg TT 98/2013/TT-BTC"}
    numbers = {"qd22": "22/2013/QĐ-TTg", "tt98": "98/2013/TT-BTC"}
    analyzer = QueryAnalyzer(LexicalIndex.build(chunks()).vocab, {}, documents, numbers)
    for question in ("QĐ 22 hỗ trợ bao nhiêu?", "Theo QĐ 22/2013 hỗ trợ bao nhiêu?", "Quyết định 22/2013/QĐ-TTg"):
        assert analyzer.analyze(question).doc_ids == {"qd22"}, question
    assert analyzer.analyze("Thông tư 98 quy định gì?").doc_ids == {"tt98"}


def test_filters_mask_rows():
    index = LexicalIndex.build(chunks())
    assert all(i.startswith("b::") for i in top_ids(index, "đoàn viên", doc="b"))
    assert all(i.startswith("a::") for i in top_ids(index, "đoàn viên", year=2023))
    assert all(i.startswith("b::") for i in top_ids(index, "đoàn viên", kind="chương trình hành động"))
    assert top_ids(index, "đoàn viên", year=1999) == []


class FakeStore:
    """What the index reads from a store: live versions and chunks per document."""

    def __init__(self, docs: dict[str, list[StoredChunk]]) -> None:
        self.docs = docs

    def writing(self):  # one process: no other writer to wait for
        return contextlib.nullcontext()

    def active_versions(self) -> dict[str, str]:
        return {d: cs[0].meta["version"] for d, cs in self.docs.items()}

    def doc_chunks(self, doc_id: str) -> list[StoredChunk]:
        return self.docs.get(doc_id, [])

    def iter_chunks(self):
        return (c for cs in self.docs.values() for c in cs)


def versioned(doc: str, version: str, texts: list[str]) -> list[StoredChunk]:
    return [StoredChunk(f"{doc}::{version}::{i:05d}", text, {"doc_id": doc, "version": version, "position": i,
                                                              "title": f"Văn bản {doc}", "section": "I. CHUNG"})
            for i, text in enumerate(texts)]


def store_of_tests() -> FakeStore:
    by_doc: dict[str, list[StoredChunk]] = {}
    for chunk in chunks():
        chunk.meta["version"] = "v1"
        by_doc.setdefault(chunk.meta["doc_id"], []).append(chunk)
    return FakeStore(by_doc)


def hits(index: LexicalIndex, question: str) -> list[str]:
    return [h.chunk_id for h in index.top(analyzer(index).analyze(question).groups, 5)]


def test_changes_are_seen_at_once_by_another_reader_of_the_file(tmp_path):
    store = store_of_tests()
    path = tmp_path / "lexical" / "index.sqlite3"
    writer, reader = LexicalIndex(path, store), LexicalIndex(path, store)
    writer.sync(store)
    assert len(reader) == 4 and hits(reader, "ban ghe")[0] == "b::v1::00003"
    before = reader.generation()
    # add
    store.docs["c"] = versioned("c", "v1", ["Giải chạy việt dã tổ chức vào tháng 3.", "Bơi lội dành cho đoàn viên."])
    writer.sync(store)
    assert reader.generation() != before and len(reader) == 6
    assert hits(reader, "giai chay viet da")[0] == "c::v1::00000"
    assert "việt" in reader.vocab.unigrams["viet"], "the question vocabulary follows the file"
    asked = analyzer(reader).analyze("giai chay viet da").groups
    assert reader.score(asked, ["c::v1::00000"])["c::v1::00000"] > 0
    # replace: the old text is gone, the new one found
    store.docs["c"] = versioned("c", "v2", ["Giải bóng chuyền hơi tổ chức vào tháng 5."])
    writer.sync(store)
    assert hits(reader, "chay viet da") == []
    assert reader.score(asked, ["c::v1::00000"]) == {}, "a passage no longer indexed is not scored"
    assert hits(reader, "bong chuyen hoi") == ["c::v2::00000"]
    # remove
    del store.docs["c"]
    writer.sync(store)
    assert hits(reader, "bong chuyen hoi") == [] and len(reader) == 4
    assert "viet" not in reader.vocab.unigrams


def test_another_process_sees_a_change_at_once(tmp_path):
    store = store_of_tests()
    path = tmp_path / "index.sqlite3"
    writer = LexicalIndex(path, store)
    writer.sync(store)
    script = (
        "import sys; from vectorstore.lexical import LexicalIndex\n"
        "index = LexicalIndex(__import__('pathlib').Path(sys.argv[1]))\n"
        "for line in sys.stdin:\n"
        "    print(','.join(h.chunk_id for h in index.top([(line.split(), 1.0)], 3)), flush=True)\n")
    proc = subprocess.Popen([sys.executable, "-c", script, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, cwd=Path(__file__).parents[1])
    try:
        ask = lambda q: (proc.stdin.write(q + "\n"), proc.stdin.flush(), proc.stdout.readline().strip())[-1]
        assert ask("~viet_da") == ""
        assert ask("~ban_ghe") == "b::v1::00003"  # a word the reader has searched (and kept the scores of)
        store.docs["c"] = versioned("c", "v1", ["Giải chạy việt dã.", "Mua bàn ghế cho nhà văn hóa."])
        writer.sync(store)
        assert ask("~viet_da") == "c::v1::00000"
        assert sorted(ask("~ban_ghe").split(",")) == ["b::v1::00003", "c::v1::00001"]
        del store.docs["c"]
        writer.sync(store)
        assert ask("~viet_da") == ""
        assert ask("~ban_ghe") == "b::v1::00003"
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


def test_incremental_changes_score_as_a_fresh_build(tmp_path):
    store = store_of_tests()
    grown = LexicalIndex(tmp_path / "index.sqlite3", store)
    grown.sync(store)
    store.docs["c"] = versioned("c", "v1", ["Đoàn viên công đoàn tham gia bơi lội."] * 3)
    grown.sync(store)
    del store.docs["c"]
    grown.sync(store)
    fresh = LexicalIndex.build(chunks())
    plan = analyzer(fresh).analyze("đoàn viên công đoàn tham gia gì")
    assert [(h.chunk_id, round(h.score, 6)) for h in grown.top(plan.groups, 5)] == \
        [(h.chunk_id, round(h.score, 6)) for h in fresh.top(plan.groups, 5)]
    ids = [c.id for c in chunks()]
    assert grown.score(plan.groups, ids) == fresh.score(plan.groups, ids)


@pytest.mark.parametrize("damage", ["delete", "empty", "garbage", "other version"])
def test_a_missing_or_damaged_file_is_rebuilt_from_the_store(tmp_path, damage):
    store = store_of_tests()
    path = tmp_path / "index.sqlite3"
    with LexicalIndex(path, store) as index:
        index.sync(store)
        if damage == "other version":  # a file written by an older troly
            index._db.execute("UPDATE meta SET value = 6 WHERE key = 'version'")
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    if damage == "delete":
        path.unlink()
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "garbage":
        path.write_bytes(b"\x00garbage" * 5000)
    index = LexicalIndex(path, store)
    assert hits(index, "ban ghe") == [], "nothing indexed yet: rebuilt on the first sync"
    index.sync(store, full=False)
    assert hits(index, "ban ghe")[0] == "b::v1::00003"


def test_damage_found_while_searching_is_rebuilt_silently(tmp_path):
    store = store_of_tests()
    path = tmp_path / "index.sqlite3"
    index = LexicalIndex(path, store)
    index.sync(store)
    index._db.execute("DROP TABLE postings")  # as a damaged page would surface: an sqlite error mid-search
    assert hits(index, "ban ghe")[0] == "b::v1::00003"


def test_blocks_split_merged_and_cut_score_as_a_fresh_bulk_build(tmp_path, monkeypatch):
    """Postings live in blocks holding runs of documents; with tiny blocks, documents added one by
    one, removed from the middle and replaced find and score exactly as a bulk rebuild does."""
    import vectorstore.lexical as lexical

    monkeypatch.setattr(lexical, "BLOCK", 2)
    words = ["công đoàn", "đoàn viên", "báo cáo", "thi đua", "tuyên truyền", "người lao động"]
    store = FakeStore({})
    grown = LexicalIndex(tmp_path / "grown.sqlite3", store)
    for d in range(30):
        store.docs[f"d{d}"] = versioned(f"d{d}", "v1", [f"{words[d % 6]} {words[(d + i) % 6]} số {d}"
                                                        for i in range(1 + d % 3)])
        grown.sync(store)
    for d in (0, 7, 8, 15, 29):
        del store.docs[f"d{d}"]
    store.docs["d3"] = versioned("d3", "v2", ["thi đua khen thưởng công đoàn viên chức"] * 2)
    grown.sync(store)
    fresh = LexicalIndex(tmp_path / "fresh.sqlite3", store)
    fresh.sync(store)  # more than 20 documents at once: the bulk path
    assert len(grown) == len(fresh) == sum(len(c) for c in store.docs.values())
    for question in ("công đoàn thi đua", "đoàn viên báo cáo số 12", "người lao động"):
        groups = analyzer(fresh).analyze(question).groups
        for mask in ({}, {"doc": "d12"}, {"docs": ["d3", "d20", "d21"]}):
            ranked = lambda index: sorted((-round(h.score, 9), h.chunk_id) for h in index.top(groups, 40, **mask))
            assert ranked(fresh) or mask, question
            assert ranked(grown) == ranked(fresh)  # ties are in row order, which differs
        ids = [c.id for cs in store.docs.values() for c in cs]
        assert grown.score(groups, ids) == pytest.approx(fresh.score(groups, ids))
    assert not [h for h in grown.top(analyzer(grown).analyze("số 7").groups, 40) if h.chunk_id.startswith("d7::")]


def test_the_heading_path_weighs_what_the_question_gives_it():
    """The fields' weights come with the question (troly/weights.py), so a fitted heading weight takes effect."""
    law = [StoredChunk("l::v1::00000", "Tổ chức giám định chất ma túy và tiền chất.",
                       {"doc_id": "l", "title": "Luật", "section": "Điều 46. Trách nhiệm của Bộ Công an"}),
           StoredChunk("l::v1::00001", "Nghiên cứu thuốc và phương pháp cai nghiện.",
                       {"doc_id": "l", "title": "Luật", "section": "Điều 49. Trách nhiệm của Bộ Y tế"}),
           StoredChunk("l::v1::00002", "Bộ Y tế phối hợp với Bộ Công an trong giám định.",
                       {"doc_id": "l", "title": "Luật", "section": "Điều 50. Phối hợp"})]
    index = LexicalIndex.build(law)
    groups = analyzer(index).analyze("trách nhiệm của Bộ Y tế").groups
    assert index.top(groups, 1, fields=(1.0, 0.1, 0.2, 0.0))[0].chunk_id == "l::v1::00002"
    assert index.top(groups, 1, fields=(1.0, 1.0, 0.2, 0.0))[0].chunk_id == "l::v1::00001"
    ids = [c.id for c in law]
    assert index.score(groups, ids, (1.0, 1.0, 0.2, 0.0))["l::v1::00001"] > index.score(groups, ids)["l::v1::00001"]


def test_a_passage_under_an_article_titled_as_asked_comes_first():
    """Asked for what an article's title says, the passage under that article beats one whose chapter merely
    says it: the article a passage belongs to has a field of its own (article_field, troly/weights.py)."""
    law = [StoredChunk("l::v1::00000", "Thông báo trước 30 ngày cho người lao động.",
                       {"doc_id": "l", "title": "Bộ luật Lao động", "section":
                        "Chương II. Quyền của người lao động › Điều 5. Thông báo"}),
           StoredChunk("l::v1::00001", "Thông báo trước 30 ngày cho người lao động biết.",
                       {"doc_id": "l", "title": "Bộ luật Lao động", "section":
                        "Chương III. Hợp đồng › Điều 12. Quyền của người lao động"})]
    index = LexicalIndex.build(law)
    groups = analyzer(index).analyze("quyền của người lao động được thông báo trước bao lâu").groups
    ids = [c.id for c in law]
    without = index.score(groups, ids, (1.0, 0.35, 0.2, 0.0))
    with_article = index.score(groups, ids, (1.0, 0.35, 0.2, 0.7))
    assert with_article["l::v1::00001"] - with_article["l::v1::00000"] > without["l::v1::00001"] - without["l::v1::00000"]
    assert index.top(groups, 1, fields=(1.0, 0.35, 0.2, 0.0))[0].chunk_id == "l::v1::00000"
    assert index.top(groups, 1, fields=(1.0, 0.35, 0.2, 0.7))[0].chunk_id == "l::v1::00001"
    assert article_title("Chương III › Điều 12. Quyền của người lao động") == "Quyền của người lao động"
    assert article_title("II. NHIỆM VỤ › 2. Công đoàn cơ sở") == "", "a plan's heading names who acts"


def test_a_moved_data_folder_keeps_its_index(corpus_data, make_settings, tmp_path):
    """An admin who moves the data folder (another disk, a backup restored elsewhere) finds the same
    answers at once: the lexical index is read as it is, not rebuilt from the store (minutes at scale)."""
    import shutil
    import sqlite3
    from contextlib import closing

    from bot.answer.service import Assistant

    index = corpus_data / "lexical" / "index.sqlite3"
    with closing(sqlite3.connect(index)) as db, db:
        db.execute("INSERT INTO meta(key, value) VALUES ('left_by_test', 1)")  # a rebuild drops it
    moved = tmp_path / "elsewhere" / "troly-data"
    moved.parent.mkdir()
    shutil.move(str(corpus_data), moved)
    with Assistant(make_settings(moved)) as assistant:
        assert assistant.search("đoàn viên công đoàn", k=3)
    with closing(sqlite3.connect(moved / "lexical" / "index.sqlite3")) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'left_by_test'").fetchone() is not None


def test_counted_within_its_document_a_word_telling_passages_apart_outweighs_the_topic():
    """Every passage of a plan repeats its topic ("đuối nước trẻ em": rare in the index, so it decides the
    global BM25); counted among the passages of that document (local=True), the topic weighs little and the
    passage that says what is asked ("khó khăn … liên hệ") comes first."""
    topic = "phòng, chống đuối nước trẻ em"
    law = [StoredChunk("h::v1::00000", f"{topic}; {topic} ở trường học; {topic} trong dịp hè.",
                       {"doc_id": "h", "title": "Kế hoạch"}),
           StoredChunk("h::v1::00001", f"Thông tin, tuyên truyền về {topic}.", {"doc_id": "h", "title": "Kế hoạch"}),
           StoredChunk("h::v1::00002", f"Trong quá trình triển khai kế hoạch {topic}, nếu có khó khăn, các trường "
                       "liên hệ Phòng Giáo dục và Đào tạo để được hướng dẫn.",
                       {"doc_id": "h", "title": "Kế hoạch"}),
           *(StoredChunk(f"o::v1::{i:05d}", f"Các trường tháo gỡ khó khăn và liên hệ phụ huynh trong tuần {i}.",
                         {"doc_id": "o", "title": "Công văn"}) for i in range(12))]
    index = LexicalIndex.build(law)
    groups = analyzer(index).analyze("trường gặp khó khăn khi phòng chống đuối nước trẻ em thì liên hệ ai").groups
    ids = [c.id for c in law]
    best = lambda scores: max(sorted(scores), key=scores.get)  # noqa: E731
    assert best(index.score(groups, ids)) == "h::v1::00000"
    assert best(index.score_both(groups, ids)[1]) == "h::v1::00002"


def test_of_two_laws_stating_one_rule_the_one_named_by_the_question_s_subject_comes_first():
    """Laws repeat each other's rules (the Civil Code and a law on housing both say a lease is made in writing); a
    question about "thuê nhà ở" asks the housing law, even where its sentence runs a little longer: the document
    title's field (title_field, troly/weights.py) outweighs that small lead of the shorter sentence."""
    laws = [StoredChunk("c::v1::00000", "Hợp đồng thuê nhà ở phải được lập thành văn bản.",
                        {"doc_id": "c", "title": "Bộ luật Dân sự", "section": "Điều 472. Hợp đồng thuê"}),
            StoredChunk("h::v1::00000", "Hợp đồng thuê nhà ở phải được lập thành văn bản, ghi rõ giá thuê.",
                        {"doc_id": "h", "title": "Luật Nhà ở", "section": "Điều 121. Hợp đồng thuê"}),
            StoredChunk("x::v1::00000", "Người lao động được nghỉ phép năm.",
                        {"doc_id": "x", "title": "Bộ luật Lao động", "section": "Điều 113. Nghỉ hằng năm"})]
    index = LexicalIndex.build(laws)
    groups = analyzer(index).analyze("Hợp đồng thuê nhà ở có phải lập thành văn bản không?").groups
    assert index.top(groups, 1)[0].chunk_id == "h::v1::00000"
    assert index.top(groups, 1, fields=(1.0, 0.175, 0.0, 0.5))[0].chunk_id == "c::v1::00000"


# Lines of a social-policy plan (our own) writing out the names its readers abbreviate when they ask, beside lines
# holding the question's other words.
POLICY = [
    "Sở Lao động - Thương binh và Xã hội lập danh sách đối tượng được hỗ trợ.",
    "Sở Xây dựng lập danh sách đối tượng.",
    "Hộ người có công với cách mạng có nhà ở hư hỏng nặng được hỗ trợ 40 triệu đồng.",
    "Hộ nghèo có nhà ở hư hỏng được vay vốn ưu đãi 25 triệu đồng.",
    "Kinh phí lấy từ ngân sách nhà nước và nguồn vận động.",
    "Kinh phí lấy từ quỹ công đoàn và nguồn vận động.",
]


@pytest.mark.parametrize("question, line", [("Sở LĐTBXH lập danh sách đối tượng nào?", 0),
                                            ("so ldtbxh lap danh sach doi tuong nao", 0),
                                            ("ho ncc nha hu hong duoc bao nhieu", 2),
                                            ("kinh phí lấy từ NSNN hay nguồn nào?", 4)])
def test_the_domains_abbreviations_find_lines_writing_their_names_out(question, line):
    """A member writes the ministry of labour, invalids and social affairs "LĐTBXH", people with merit to the
    revolution "NCC", the state budget "NSNN", as the domain's texts do; the line writing the name out answers, not
    one holding the question's other words."""
    index = LexicalIndex.build([StoredChunk(f"p::v1::{i:05d}", text, {"doc_id": "p", "title": "Kế hoạch hỗ trợ",
                                                                       "doc_kind": "Kế hoạch", "section": ""})
                                for i, text in enumerate(POLICY)])
    plan = QueryAnalyzer(index.vocab, {}, {}).analyze(question)
    assert index.top(plan.groups, 1)[0].chunk_id == f"p::v1::{line:05d}"


# A health plan's lines (our own): one writes a district health centre as "TTYT", the others name departments in full.
CLINICS = [
    "TTYT các huyện báo cáo số liệu tiêm chủng hằng tháng.",
    "Sở Thông tin và Truyền thông bảo đảm kết nối mạng cho các điểm tiêm.",
    "Sở Tài chính bố trí kinh phí cho các điểm tiêm.",
]


def test_a_department_typed_as_its_letters_finds_the_line_naming_it():
    """A member writes the department of information and communications "Sở TTTT", as office papers do: the line
    naming it in full answers — the letters are not taken for a typo of another body's ("TTYT") the documents write."""
    index = LexicalIndex.build([StoredChunk(f"k::v1::{i:05d}", text, {"doc_id": "k", "title": "Kế hoạch tiêm chủng",
                                                                       "doc_kind": "Kế hoạch", "section": ""})
                                for i, text in enumerate(CLINICS)])
    plan = QueryAnalyzer(index.vocab, {}, {}).analyze("Sở TTTT làm gì cho các điểm tiêm?")
    assert "ttyt" not in plan.dense_text.lower(), plan.dense_text
    assert index.top(plan.groups, 1)[0].chunk_id == "k::v1::00001"


def test_letters_no_table_knows_are_kept_as_typed():
    """An abbreviation no table or document defines ("CDC" of a province's disease-control centre) is searched as
    typed, not mended into the nearest word the documents write ("các")."""
    index = LexicalIndex.build(chunks())
    plan = analyzer(index).analyze("CDC tỉnh báo cáo kết quả khi nào?")
    assert "CDC" in plan.dense_text, plan.dense_text
    assert "các" not in {t for group, _ in plan.groups for t in group}
