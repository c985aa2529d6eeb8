"""A question whose answer the top passage states in the words of its kind is answered, not called absent (y-findings
M2, M8): "bao nhiêu giờ" counts hours, which "lưu 48 giờ" states (though "giờ" of "bây giờ" names nothing, and "mấy
giờ" still asks the time of day); "hôm nào", "ngày nào" is answered by a day of the week said to recur ("Thứ Bảy tuần
cuối cùng hằng tháng"); and a case asked by its abbreviation ("HTX") is the case an item writes out ("hợp tác xã"),
never said to be missing from a list that names it. The plan and the wording are this file's own, invented."""
from __future__ import annotations

from bot.answer.question import CLOCK, DATE, NUMBER, classify, names_weekday, number_unit, states
from tests.helpers import corpus_fixture
from troly.texts import t

_PLAN = "\n\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN MINH LONG\nSố: 77/KH-UBND\nMinh Long, ngày 12 tháng 10 năm 2026",
    "KẾ HOẠCH\nBảo đảm vệ sinh bếp ăn tập thể và phát triển kinh tế hợp tác năm 2027",
    "I. BẾP ĂN TẬP THỂ\n1. Các nhà trẻ có bếp ăn phải giữ lại mẫu món ăn 48 giờ và ghi sổ kiểm thực.\n"
    "2. Tổ kiểm tra liên ngành họp giao ban vào Thứ Bảy tuần cuối cùng hằng tháng tại trụ sở Phòng Y tế.",
    "II. CHO VAY ƯU ĐÃI\nMức cho vay từ nguồn vốn khuyến nông được quy định như sau:\n"
    "1. Hộ gia đình vay vốn sản xuất: tối đa 80 triệu đồng/hộ.\n"
    "2. Tổ hợp tác vay vốn sản xuất: tối đa 300 triệu đồng/tổ.\n"
    "3. Hợp tác xã vay vốn sản xuất: tối đa 900 triệu đồng/hợp tác xã.",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐinh Văn Khải\n"])

store = corpus_fixture(("kh77-bep-an-hop-tac.txt", _PLAN))


def test_how_many_hours_counts_hours(store):
    assert number_unit("giữ mẫu món ăn bao nhiêu giờ") == "gio"
    assert number_unit("giu mau mon an bao nhieu gio") == "gio"
    assert number_unit("khai mạc lúc mấy giờ") == "" and CLOCK in classify("khai mạc lúc mấy giờ").kinds
    for question in ("Nhà trẻ phải giữ lại mẫu món ăn bao nhiêu giờ?",
                     "nha tre phai giu lai mau mon an bao nhieu gio"):
        answer = store.ask(question)
        assert answer.found and "48 giờ" in answer.answer, answer.answer
        assert t(f"abstain.{NUMBER}") not in answer.answer


def test_a_recurring_weekday_is_the_day_asked(store):
    assert names_weekday("họp vào Thứ Bảy tuần cuối cùng hằng tháng")
    assert names_weekday("giao ban thứ hai hằng tuần") and states(DATE, "giao ban thứ hai hằng tuần")
    assert not names_weekday("nhiệm vụ thứ hai là tuyên truyền")
    assert not names_weekday("từ tuần thứ hai trở đi")
    for question in ("Tổ kiểm tra liên ngành họp giao ban vào hôm nào trong tháng?",
                     "to kiem tra lien nganh hop giao ban ngay nao trong thang"):
        answer = store.ask(question)
        assert answer.found and "Thứ Bảy tuần cuối cùng" in answer.answer, answer.answer
        assert t(f"abstain.{DATE}") not in answer.answer


def test_a_case_asked_by_its_abbreviation_is_the_item_writing_it_out(store):
    for question in ("HTX vay vốn khuyến nông tối đa bao nhiêu tiền?", "htx vay von khuyen nong toi da bao nhieu"):
        answer = store.ask(question)
        assert answer.found and "900 triệu đồng" in answer.answer.split("\n")[0], answer.answer
        assert "không nêu trường hợp" not in answer.answer
