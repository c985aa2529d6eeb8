"""What names a passage's document — its title, short name, issuer and the provinces its header names
(Passage.naming) — names it wherever the composer asks, so a question naming the document by its province is not
told that the documents never name that place. Invented document and wording; the composer alone, no store."""
from __future__ import annotations

from bot.answer.composer import compose
from bot.answer.lexicon import Lexicon
from vectorstore.search import Passage

TEXTS = [("Hỗ trợ mỗi học sinh bán trú 450.000 đồng/tháng, chi trả theo học kỳ.", "Điều 2. Mức hỗ trợ"),
         ("Nhà trường lập danh sách học sinh bán trú gửi về phòng chuyên môn trước ngày 20/8/2027.",
          "Điều 3. Tổ chức thực hiện")]


def _found() -> tuple[list[Passage], Lexicon]:
    # the province ("Lũng Vân", invented) is in the header only: the body above the issuer, no line of the text
    found = [Passage(f"c{i}", "qd-ban-tru", "Quyết định hỗ trợ học sinh bán trú năm học 2027-2028", "qd.txt",
                     section, text, 0.9 - i / 100, i, short_title="QĐ 41/QĐ-SGDĐT (5/8/2027)",
                     issuer="SỞ GIÁO DỤC VÀ ĐÀO TẠO", places="Lũng Vân")
             for i, (text, section) in enumerate(TEXTS)]
    lexicon = Lexicon()
    lexicon.add_documents(text for text, _ in TEXTS)
    return found, lexicon


def test_the_province_a_header_names_is_a_name_the_documents_write():
    """Before, the unknown-name check read each passage's title, short name and issuer but not its header's
    provinces: "Lũng Vân" was a name no loaded document writes, and the amount was withheld."""
    found, lexicon = _found()
    answer = compose("Học sinh bán trú ở Lũng Vân được hỗ trợ bao nhiêu tiền một tháng?", found, lexicon=lexicon)
    assert answer.found and "450.000" in answer.answer, answer.answer


def test_a_place_no_document_names_is_still_unknown():
    found, lexicon = _found()
    answer = compose("Học sinh bán trú ở Mường Khoa được hỗ trợ bao nhiêu tiền một tháng?", found, lexicon=lexicon)
    assert not answer.found and "Mường Khoa" in answer.answer, answer.answer


def test_the_short_name_is_read_without_its_date():
    found, _ = _found()
    assert "5/8/2027" not in found[0].naming and "QĐ 41/QĐ-SGDĐT" in found[0].naming
