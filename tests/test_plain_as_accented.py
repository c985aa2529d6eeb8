"""A question typed without diacritics is answered as its accented form is, where the documents' own words decide
(the composer alone, over passages of an invented union guide to honouring model port workers, no ingest): a word the
restorer could only guess among forms folding alike ("thuong" read "thường", the guide's "thường xuyên" outnumbering
its one "thưởng") is matched in whatever form the line writes."""
from __future__ import annotations

from bot.answer.composer import compose
from bot.answer.lexicon import Lexicon
from vectorstore.search import Passage

TITLE = "Hướng dẫn tôn vinh công nhân tiêu biểu Cảng cá năm 2028"


def _passages(texts: list[str], section: str, lead: str = "") -> list[Passage]:
    return [Passage(f"c{i}", "hd", TITLE, "hd.txt", section, text, 0.86 - i / 100, i, lexical=1.0 - i / 10,
                    lead=lead, block="data_row" if text.startswith("|") else "paragraph",
                    issuer="Liên đoàn Lao động tỉnh Cà Mau", places="Cà Mau")
            for i, text in enumerate(texts)]


def _lexicon(texts: list[str]) -> Lexicon:
    lexicon = Lexicon()
    lexicon.add_documents(texts + [TITLE, "Ban Thường trực theo dõi thường xuyên.", "Kiểm tra thường xuyên.",
                                   "Báo cáo thường kỳ hằng quý.", "Các đơn vị thường xuyên cập nhật."])
    return lexicon


def test_a_guessed_word_is_matched_in_the_form_the_line_writes():
    texts = ["Mỗi ngư dân được tôn vinh được tặng Giấy khen kèm theo tiền thưởng 2.500.000 đồng.",
             "Hồ sơ đề nghị gửi về Văn phòng trước ngày 15/4/2028.",
             "Ban Thường trực theo dõi thường xuyên việc tổ chức."]
    passages = _passages(texts, "IV. KHEN THƯỞNG")
    lexicon = _lexicon(texts)
    answer = compose("duoc ton vinh thi thuong bao nhieu tien", passages, lexicon=lexicon,
                     reading="được tôn vinh thì thường bao nhiêu tiền")
    assert answer.found and "2.500.000" in answer.answer, answer.answer
