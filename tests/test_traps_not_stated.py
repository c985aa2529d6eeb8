"""Questions the loaded documents do not answer, though a line shares their words: a price, pay or fee asked of a
line whose passage's only figures are a count of other things or a date (composer Scored.priced). The document and
wordings are this file's own, invented, apart from any trial's."""
from __future__ import annotations

import pytest

from tests.helpers import corpus_fixture

_RACE = "\n\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN TAM NÔNG\nSố: 41/KH-UBND\nTam Nông, ngày 05 tháng 12 năm 2026",
    "KẾ HOẠCH\nTổ chức Giải chạy việt dã Đồng Tháp Mười mở rộng năm 2027",
    "I. THỜI GIAN, ĐỊA ĐIỂM\nGiải diễn ra sáng ngày 21 tháng 02 năm 2027 tại Quảng trường huyện, với khoảng 1.200 "
    "vận động viên của 12 xã, thị trấn tham gia.",
    "II. ĐĂNG KÝ\n1. Lệ phí đăng ký thi đấu là 80.000 đồng/vận động viên, nộp tại Phòng Văn hóa huyện.\n"
    "2. Vận động viên tự túc chỗ ở; khách sạn trên địa bàn giảm 25% giá phòng trong hai ngày diễn ra giải.",
    "III. TỔ CHỨC THỰC HIỆN\nPhòng Văn hóa huyện chủ trì, phối hợp Trung tâm Y tế huyện bố trí 03 xe cứu thương "
    "trên đường chạy.",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Quốc Việt\n"])

store = corpus_fixture(("kh41-chay-viet-da.txt", _RACE))


# Before, the line of the ambulances ("03 xe cứu thương") answered: any digit met the "bao nhiêu" asked.
@pytest.mark.parametrize("question", ["Tiền thuê xe cứu thương trên đường chạy là bao nhiêu?",
                                      "Thuê xe cứu thương trên đường chạy tốn chi phí bao nhiêu một ngày?"])
def test_a_price_is_not_answered_by_a_count(store, question):
    answer = store.ask(question)
    assert not answer.found, answer.answer


@pytest.mark.parametrize("question, said", [
    ("Lệ phí đăng ký thi chạy việt dã là bao nhiêu?", "80.000 đồng"),
    # a price asked may be stated as a share of it
    ("Khách sạn giảm giá phòng cho vận động viên bao nhiêu?", "25%"),
])
def test_a_price_stated_is_answered(store, question, said):
    answer = store.ask(question)
    assert answer.found and said in answer.answer.split("\n")[0], answer.answer
