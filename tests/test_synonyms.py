"""Questions worded otherwise than the documents (issue 10): a word of the domain's synonym table, or another name a
document teaches ("Kế hoạch bài dạy¹ … ¹ Trước đây còn được gọi là bài soạn, giáo án"), finds the passage."""
from __future__ import annotations

from ingest.glossary import find_aliases
from vectorstore.lexical import LexicalIndex
from vectorstore.query import QueryAnalyzer
from vectorstore.store import StoredChunk

LESSON_PLAN = ("1. Kế hoạch bài dạy<sup>1</sup> do giáo viên thiết kế cho từng bài học; kế hoạch bài dạy đã dùng "
               "năm học trước được điều chỉnh, bổ sung để dùng tiếp.\n"
               "2. Tổ chuyên môn sinh hoạt định kỳ hai tuần một lần.\n"
               "1 Trước đây còn được gọi là bài soạn, giáo án.")
TEXTS = [
    "Kế hoạch bài dạy đã dùng năm học trước được điều chỉnh, bổ sung để dùng tiếp.",
    "Đề kiểm tra soạn năm ngoái được lưu trữ tại tổ chuyên môn.",
    "Người lao động làm thêm giờ được trả lương ít nhất bằng 150% đơn giá.",
    "Người lao động được trả lương theo sản phẩm.",
    "Giáo viên tập sự được hỗ trợ tiền đi lại.",
    "Nhà giáo được hỗ trợ tiền đi lại.",
]


def _index() -> LexicalIndex:
    return LexicalIndex.build([StoredChunk(f"d::v1::{i:05d}", text, {"doc_id": "d", "title": "Hướng dẫn",
                                                                      "doc_kind": "Công văn", "section": ""})
                               for i, text in enumerate(TEXTS)])


def _top(index: LexicalIndex, question: str, aliases: list[list[str]] | None = None) -> int:
    plan = QueryAnalyzer(index.vocab, {}, {}, None, aliases).analyze(question)
    return int(index.top(plan.groups, 1)[0].chunk_id[-5:])


def test_a_footnote_teaching_an_older_name_is_learned_with_what_its_number_marks():
    assert find_aliases(LESSON_PLAN) == [["Kế hoạch bài dạy", "bài soạn", "giáo án"]]
    assert find_aliases("Các cơ quan, tổ chức, đơn vị (sau đây gọi tắt là đơn vị) sử dụng vốn.") == []  # no new word
    # the tail of a sentence, or a definition, names nothing
    assert find_aliases("Đặt cọc là việc một bên giao cho bên kia một khoản tiền (sau đây gọi là bên nhận đặt cọc).") == []
    assert find_aliases("Ủy ban nhân dân phường, xã, thị trấn (sau đây gọi là Ủy ban nhân dân cấp xã) lập danh sách.") \
        == [["Ủy ban nhân dân phường, xã, thị trấn", "Ủy ban nhân dân cấp xã"]]


def test_a_question_in_the_taught_name_finds_the_passage_in_the_document_s_own():
    index = _index()
    question = "Giáo án soạn năm ngoái có được dùng tiếp không?"
    assert _top(index, question, find_aliases(LESSON_PLAN)) == 0
    assert _top(index, "giao an soan nam ngoai co duoc dung tiep khong", find_aliases(LESSON_PLAN)) == 0


def test_a_synonym_finds_the_passage_but_never_outweighs_the_word_typed():
    index = _index()
    assert _top(index, "Tăng ca được trả lương thế nào?") == 2  # "làm thêm giờ" in the table
    assert _top(index, "Giáo viên được hỗ trợ gì?") == 4  # the passage with the word typed comes first
