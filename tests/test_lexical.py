"""The lexical index and question understanding, on small hand-made chunks (no embedder needed)."""
from __future__ import annotations

from troly.vntext import fold, is_syllable, phrases
from vectorstore.lexical import LexicalIndex, tokenize
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
    return [h.chunk_id for h in index.search(plan.groups, 5, index.mask(**mask) if mask else None)]


def test_tokens_cover_syllables_pairs_and_folded_forms():
    toks = tokenize("Công đoàn cơ sở, 02-NQ/TW")
    assert {"công", "công_đoàn", "~cong_doan", "~co_so", "2", "nq"} <= set(toks)
    assert "sở_2" not in toks, "pairs never cross punctuation"
    assert fold("Đoàn Thanh Niên") == "doan thanh nien"
    assert phrases("KL21") == [["kl", "21"]]


def test_diacritic_free_question_finds_accented_text():
    index = LexicalIndex.build(chunks(), "f1")
    assert top_ids(index, "cong doan co so tuyen truyen quyen loi")[0].startswith("a::v1::00000")
    plan = analyzer(index).analyze("lien doan lao dong huyen bao cao truoc ngay nao")
    assert "liên đoàn lao động huyện báo cáo" in plan.dense_text.lower()


def test_accents_separate_words_that_fold_together():
    index = LexicalIndex.build(chunks(), "f1")
    # "bàn" (table) and "bán" (sell) fold alike; the accented question prefers the exact word.
    plan = analyzer(index).analyze("bàn ghế")
    hits = index.search(plan.groups, 5)
    assert hits[0].chunk_id.endswith("00003")


def test_abbreviations_from_glossary_and_common_list():
    index = LexicalIndex.build(chunks(), "f1")
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


def test_typo_is_corrected_to_a_corpus_syllable():
    index = LexicalIndex.build(chunks(), "f1")
    plan = analyzer(index).analyze("thoả ước lao độgn tập thể")  # "độgn": letters swapped
    assert "động" in plan.dense_text
    assert top_ids(index, "thoả ước lao độgn tập thể")[0].endswith("00002")


def test_fillers_are_dropped_from_the_lexical_query():
    index = LexicalIndex.build(chunks(), "f1")
    plan = analyzer(index).analyze("Cho mình hỏi tỷ lệ đoàn viên là bao nhiêu vậy ạ?")
    tokens = {t for group, _ in plan.groups for t in group}
    assert {"tỷ", "~doan_vien"} <= tokens
    assert not {"mình", "hỏi", "bao", "nhiêu", "vậy", "ạ", "gì"} & tokens


def test_document_references():
    assert doc_refs("KL 51 và Nghị quyết số 02-NQ/TW, chỉ thị 41") == {("kl", 51), ("nq", 2), ("ct", 41)}
    assert ("kl", 21) in doc_refs("theo KL21 thì sao")
    index = LexicalIndex.build(chunks(), "f1")
    assert analyzer(index).analyze("NQ 02 đặt chỉ tiêu gì").doc_ids == {"b"}
    assert analyzer(index).analyze("Kết luận 51 giao ai báo cáo").doc_ids == {"a"}


def test_filters_mask_rows():
    index = LexicalIndex.build(chunks(), "f1")
    assert all(i.startswith("b::") for i in top_ids(index, "đoàn viên", doc="b"))
    assert all(i.startswith("a::") for i in top_ids(index, "đoàn viên", year=2023))
    assert all(i.startswith("b::") for i in top_ids(index, "đoàn viên", kind="chương trình hành động"))
    assert top_ids(index, "đoàn viên", year=1999) == []


def test_saved_index_is_found_only_for_the_same_store_state(tmp_path):
    index = LexicalIndex.build(chunks(), "state-1")
    index.save(tmp_path, "here")
    again = LexicalIndex.load(tmp_path, "state-1", "here")
    assert again is not None and again.chunk_ids == index.chunk_ids
    assert top_ids(again, "bàn ghế") == top_ids(index, "bàn ghế")
    assert LexicalIndex.load(tmp_path, "state-2", "here") is None
    assert LexicalIndex.load(tmp_path, "state-1", "elsewhere") is None
    LexicalIndex.build(chunks()[:2], "state-2").save(tmp_path, "here")
    assert LexicalIndex.load(tmp_path, "state-1", "here") is None, "older states are removed"
    assert len(LexicalIndex.load(tmp_path, "state-2", "here")) == 2
    empty = LexicalIndex.build([], "state-3")
    empty.save(tmp_path, "here")
    assert LexicalIndex.load(tmp_path, "state-3", "here").search([(["~doan"], 1.0)], 5) == []
