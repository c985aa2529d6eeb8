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


def _top(question: str, texts: list[str] = TEXTS) -> int:
    index = LexicalIndex.build([StoredChunk(f"d::v1::{i:05d}", text, {"doc_id": "d", "title": "Hướng dẫn",
                                                                       "doc_kind": "Công văn", "section": ""})
                                for i, text in enumerate(texts)])
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
    assert table.others(syllables("tạm dùng quỹ")) == []  # not "tạm dừng"
    assert "làm thêm giờ" in table.others(syllables("tang ca co duoc tra luong khong"))  # typed without marks


# Lines of a union's plans (our own), two by two: the words a member asks with are on neither of a pair; one says
# what is asked in the texts' own words.
PAID = ["Người có công với cách mạng được tặng quà 500.000 đồng dịp 27/7.",
        "Người có công với cách mạng được trợ cấp 2.000.000 đồng mỗi tháng.",
        "Hội thao công nhân bắt đầu lúc 7 giờ ngày 18/10.",
        "Hội nghị đoàn viên bắt đầu lúc 8 giờ ngày 09/10.",
        "Công đoàn cơ sở tổng hợp danh sách đoàn viên trong tháng 11.",
        "Công đoàn cơ sở chi trả cho đoàn viên có hoàn cảnh khó khăn trong tháng 12."]


def test_a_member_asking_in_everyday_words_finds_the_line_in_the_texts_words():
    assert _top("Mấy giờ thì họp đoàn viên?", PAID) == 3  # "Hội nghị"
    assert _top("Khi nào đoàn viên được nhận tiền?", PAID) == 5  # "chi trả"
