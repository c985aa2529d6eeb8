"""Questions worded otherwise than the documents (issue 10): a word of the domain's synonym table
(prompts/synonyms.toml) finds the passage written with its other name, never ahead of one with the word typed."""
from __future__ import annotations

from vectorstore.lexical import LexicalIndex
from vectorstore.query import QueryAnalyzer
from vectorstore.store import StoredChunk

TEXTS = [
    "Người lao động làm thêm giờ được trả lương ít nhất bằng 150% đơn giá.",
    "Người lao động được trả lương theo sản phẩm.",
    "Giáo viên tập sự được hỗ trợ tiền đi lại.",
    "Nhà giáo được hỗ trợ tiền đi lại.",
]


def _top(question: str) -> int:
    index = LexicalIndex.build([StoredChunk(f"d::v1::{i:05d}", text, {"doc_id": "d", "title": "Hướng dẫn",
                                                                       "doc_kind": "Công văn", "section": ""})
                                for i, text in enumerate(TEXTS)])
    plan = QueryAnalyzer(index.vocab, {}, {}).analyze(question)
    return int(index.top(plan.groups, 1)[0].chunk_id[-5:])


def test_a_synonym_finds_the_passage_but_never_outweighs_the_word_typed():
    assert _top("Tăng ca được trả lương thế nào?") == 0  # "làm thêm giờ" in the table
    assert _top("tang ca duoc tra luong the nao") == 0  # typed without diacritics too
    assert _top("Giáo viên được hỗ trợ gì?") == 2  # the passage with the word typed comes first


def test_words_typed_with_their_marks_are_no_synonym_of_others_folded_alike():
    from troly.synonyms import Synonyms
    from troly.vntext import syllables

    table = Synonyms()
    assert table.others(syllables("số đoàn viên tăng cả về số lượng")) == []  # not "tăng ca"
    assert table.others(syllables("bài công bố kết quả")) == []  # not "bãi công"
    assert table.others(syllables("tạm dùng kinh phí")) == []  # not "tạm dừng"
    assert "làm thêm giờ" in table.others(syllables("tang ca co duoc tra luong khong"))  # typed without marks
