"""A count asked of a document named by the body that issued it ("công đoàn công ty may …") is given by the line
counting it. "mấy" asks a count, "may" (sew, luck) is a word of its own: typed with diacritics, a question's plain "may"
is no cue ("công ty may", a garment company). And a word folding to a number word ("tạm": "tám") counts nothing.
Invented documents, worded apart from any trial's: a garment company's union relieving members after a flood, a
care plan with no count, and its half-year report counting its members."""
from __future__ import annotations

import pytest

from bot.answer.composer import compose
from tests.helpers import assistant_fixture, lexicon_of
from vectorstore.search import Passage

RELIEF = ("CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY HƯNG PHÁT\nSố: 14/QĐ-CĐ\nHưng Phát, ngày 20 tháng 10 năm 2027\n\n"
          "QUYẾT ĐỊNH\nVề việc trợ cấp đoàn viên bị thiệt hại do lũ lụt\n\n"
          "BAN CHẤP HÀNH CÔNG ĐOÀN CÔNG TY\n\nQUYẾT ĐỊNH:\n\n"
          "Điều 1. Trợ cấp cho 32 đoàn viên có nhà bị ngập do lũ tháng 10 năm 2027, mỗi đoàn viên 1.500.000 đồng.\n\n"
          "Điều 2. Kinh phí lấy từ quỹ xã hội của Công đoàn Công ty.\n\n"
          "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nTrần Thị Nga\n")

CARE = ("CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY HƯNG PHÁT\nSố: 05/KH-CĐ\nHưng Phát, ngày 12 tháng 1 năm 2027\n\n"
        "KẾ HOẠCH\nChăm lo đoàn viên năm 2027\n\n"
        "1. Thăm hỏi đoàn viên nữ nghỉ thai sản và đoàn viên ốm đau dài ngày.\n"
        "2. Tổ công đoàn báo danh sách đoàn viên khó khăn về Văn phòng hằng quý.\n"
        "3. Đoàn viên nghỉ thai sản được tạm dừng đóng đoàn phí trong thời gian nghỉ.\n\n"
        "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nTrần Thị Nga\n")


REPORT = ("CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY HƯNG PHÁT\nSố: 09/BC-CĐ\nHưng Phát, ngày 05 tháng 7 năm 2027\n\n"
          "BÁO CÁO\nSơ kết hoạt động công đoàn 6 tháng đầu năm 2027\n\n"
          "1. Công ty hiện có 1.240 lao động, trong đó 1.105 đoàn viên công đoàn.\n"
          "2. Tổ chức 02 buổi đối thoại với người sử dụng lao động.\n"
          "3. Trao 4 “Mái ấm công đoàn” cho đoàn viên khó khăn về nhà ở, mỗi căn 60 triệu đồng.\n\n"
          "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nTrần Thị Nga\n")

garment = assistant_fixture("qd14_lu.txt", RELIEF, ("kh05_cham_lo.txt", CARE), ("bc09_so_ket.txt", REPORT))


# Given: before, "may" of "công ty may" was read as "mấy" and "trợ" after it as the unit counted (no line gave "32
# trợ": the count stated was called absent), and the words naming the issuer ("công ty may") were a topic the line had
# to hold, which only the document's header does. Not given: "được tạm dừng đóng đoàn phí" — folded, "tạm" is "tám"
# (eight); before, that line was quoted as counting "đoàn …".
@pytest.mark.parametrize("question, count", [("công đoàn công ty may trợ cấp lũ cho mấy đoàn viên", "32 đoàn viên"),
                                             ("công ty may trợ cấp lũ lụt cho bao nhiêu đoàn viên", "32 đoàn viên"),
                                             ("có bao nhiêu đoàn viên nghỉ thai sản", None)])
def test_a_count_is_given_by_the_line_counting_it_only(garment, question, count):
    answer = garment.ask(question)
    first = answer.answer.split("\n")[0]
    assert (answer.found and count in first) if count else not answer.found, answer.answer


# The company is named only by the body that issued the report ("CÔNG ĐOÀN CÔNG TY … HƯNG PHÁT"), which names it as its
# title does. Before, a short question not close to any passage had to find its rarest words ("Hưng Phát") in the quoted
# passage's text, headings or title, not its issuer, and was said not to be covered. A count the report does not give
# is still not.
@pytest.mark.parametrize("question, count", [("Công ty Hưng Phát có bao nhiêu đoàn viên?", "1.105 đoàn viên"),
                                             ("cong ty Hung Phat co bao nhieu doan vien", "1.105 đoàn viên"),
                                             ("Công ty Hưng Phát có bao nhiêu tổ công đoàn?", None)])
def test_a_count_of_the_body_issuing_the_report_is_given(garment, question, count):
    answer = garment.ask(question)
    assert (answer.found and count in answer.answer.split("\n")[0]) if count else not answer.found, answer.answer


# "căn" is a classifier: the report counts the houses by their name ("4 “Mái ấm công đoàn”"), not in "căn". Before,
# the count was said not to be stated.
@pytest.mark.parametrize("question", ["công đoàn công ty đã trao bao nhiêu căn Mái ấm công đoàn",
                                      "có mấy căn mái ấm công đoàn được trao cho đoàn viên khó khăn về nhà ở?"])
def test_a_count_asked_by_its_classifier_is_given_by_the_thing_counted(garment, question):
    answer = garment.ask(question)
    assert answer.found and "4 “Mái ấm" in answer.answer.split("\n")[0], answer.answer


@pytest.mark.parametrize("question", ["Mạng lưới quan trắc nước của huyện có bao nhiêu trạm đo mưa?",
                                      "Huyện có mấy trạm đo mưa tự động?"])
def test_a_unit_asked_that_folds_like_a_number_word_is_counted(question: str):
    """"trạm" folds as "trăm" (hundred) does: before, it was blanked as a false number wherever it stood, so "36 trạm
    đo mưa" counted nothing asked and the count was called absent."""
    texts = ["Mạng lưới quan trắc nước của huyện gồm Trung tâm Điều hành làm đầu mối và 36 trạm đo mưa tự động đặt tại "
             "các xã, thị trấn.",
             "Dữ liệu được truyền về Trung tâm Điều hành mỗi 15 phút."]
    passages = [Passage(f"c{i}", "doc", "Kế hoạch quan trắc khí tượng thủy văn huyện Hòa Bình", "kh.txt", "", text,
                        0.9 - i * 0.01, i, lexical=1.0 - i * 0.1) for i, text in enumerate(texts)]
    result = compose(question, passages, lexicon=lexicon_of(passages))
    assert result.found and "36 trạm đo mưa" in result.answer.split("\n")[0], result.answer
