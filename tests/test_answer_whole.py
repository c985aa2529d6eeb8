"""What the user needs to see whole: the list a duty or report is one item of, a table row with its header, and
an article without the enacting words that stand before a text's articles."""
from __future__ import annotations

from bot.answer.composer import compose
from bot.answer.lexicon import Lexicon
from bot.answer.model import lead_prefix
from vectorstore.search import Passage

DOC = "Quyết định ban hành quy định miễn tiền sử dụng đất"


def _passages(*rows: tuple[str, str], section: str = "") -> list[Passage]:
    """(lead, text) passages of one document, in the order written."""
    return [Passage(f"c{i}", "qd31", DOC, "qd31.md", section, text, 0.9 - i * 0.01, i, lexical=1.0 - i * 0.1,
                    lead=lead) for i, (lead, text) in enumerate(rows)]


def _lexicon(passages: list[Passage]) -> Lexicon:
    lexicon = Lexicon()
    lexicon.add_documents([p.text for p in passages] + [
        "Đại hội công đoàn các cấp tổ chức theo nhiệm kỳ năm năm.",
        "Ban chấp hành công đoàn cơ sở họp định kỳ ba tháng một lần.",
    ])
    return lexicon


def test_article_is_quoted_without_the_enacting_words_before_it():
    passages = _passages(
        ("QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định về miễn tiền sử dụng đất."),
        ("QUYẾT ĐỊNH:", "Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày, kể từ ngày ký."),
    )
    answer = compose("Quyết định này có hiệu lực khi nào?", passages, lexicon=_lexicon(passages))
    assert answer.found
    assert answer.answer.startswith("Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày"), answer.answer
    assert "QUYẾT ĐỊNH)" not in answer.answer
    assert all(lead_prefix(c.passage) == "" for c in answer.citations)  # the sources as channels show them


def test_table_row_is_quoted_with_its_header_cells():
    header = "Nội dung | Chỉ tiêu | Thời hạn"
    passages = _passages(
        ("", "| Nội dung | Chỉ tiêu | Thời hạn |"),
        (header, "| Số đoàn viên mới kết nạp | 05 người | 31/12/2026 |"),
        (header, "| Số công trình thi đua | 02 công trình | 30/6/2026 |"),
    )
    answer = compose("Chỉ tiêu số đoàn viên mới kết nạp là bao nhiêu?", passages, lexicon=_lexicon(passages))
    assert answer.found
    assert answer.answer.splitlines()[0] == \
        "Nội dung: Số đoàn viên mới kết nạp | Chỉ tiêu: 05 người | Thời hạn: 31/12/2026 [1]", answer.answer
