"""The value a question asks, written in the document in other words, is answered, not called absent: "trước mấy
tiếng" by "ít nhất 4 giờ" (and "nhà máy" is no "mấy"), "những ngày nào" by "các ngày 15, 16 và 17 tháng 6",
"bao nhiêu trường" by "32 cơ sở giáo dục"; a month asked yes or no against a span of days the line sets is answered
"Không." outside it and "Có." inside it, as is a day a thing is asked to reach; a length asked of a span of days is
its days counted from the two dates; "ai là người có …" asks who holds a role, which a body answers. The notice and
the wording are this file's own, invented."""
from __future__ import annotations

from bot.answer.months import span_length, span_placed
from bot.answer.question import DATE, PERSON, classify, number_unit, states
from tests.helpers import assistant_fixture

_NOTICE = "\n\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN ĐĂK GLEI\nSố: 77/TB-UBND\nĐăk Glei, ngày 02 tháng 3 năm 2027",
    "THÔNG BÁO\nVề lịch tham quan vườn lan rừng và an toàn hồ chứa Đăk Pô Kô năm 2027",
    "1. Đơn vị quản lý vườn lan\n\nBan Quản lý rừng phòng hộ Đăk Pô Kô.",
    "2. Lịch tham quan\n\n| TT | Khu vườn | Thời gian mở cửa trong năm |\n"
    "| 1 | Vườn lan Ngọc Linh | Từ 01/4 đến 31/8 |",
    "3. Khảo sát thực địa\n\nKhách đăng ký được đưa đi khảo sát thực địa vào các ngày 15, 16 và 17 tháng 6 năm 2027.",
    "4. Kết quả kiểm tra\n\nTổ công tác của huyện đã kiểm tra trực tiếp 32 cơ sở giáo dục về an toàn phòng cháy; "
    "nhắc nhở 04 cơ sở chưa trang bị bình chữa cháy.",
    "5. An toàn hồ chứa\n\nChủ hồ chứa thủy lợi Đăk Pô Kô thông báo cho chính quyền các xã vùng hạ du ít nhất 4 giờ "
    "trước khi mở cửa xả tràn.",
    "6. Hội thi đánh chiêng các xã\n\nThời gian: từ ngày 10/4/2027 đến hết ngày 19/4/2027.",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nA Vương\n"])

store = assistant_fixture("tb77-dakglei.txt", _NOTICE)


def test_hours_asked_in_everyday_words_are_answered_by_hours_written():
    assert number_unit("Trước khi nhà máy thủy điện xả lũ phải báo trước mấy tiếng?") == "tieng"


def test_a_first_passage_stating_the_value_asked_passes_the_gate(store):
    answer = store.ask("Hồ chứa xả lũ thì dân phía dưới được báo trước mấy tiếng?")
    assert answer.found and "4 giờ" in answer.answer, answer.answer


def test_days_listed_before_their_month_are_dates(store):
    assert states(DATE, "vào các ngày 15, 16 và 17 tháng 6 năm 2027")
    answer = store.ask("Những ngày nào khách được đi khảo sát thực địa ở Đăk Glei?")
    assert answer.found and "15, 16 và 17 tháng 6" in answer.answer, answer.answer


def test_schools_are_counted_as_educational_establishments(store):
    answer = store.ask("Tổ công tác huyện Đăk Glei đã kiểm tra bao nhiêu trường về phòng cháy?")
    assert answer.found and "32 cơ sở giáo dục" in answer.answer, answer.answer


def test_a_month_outside_the_span_set_is_answered_no(store):
    line = "Vườn lan Ngọc Linh | Thời gian mở cửa trong năm: Từ 01/4 đến 31/8"
    assert span_placed("Có được vào vườn lan tháng 11 không?", line) is False
    assert span_placed("Có được vào vườn lan tháng 5 không?", line) is True
    assert span_placed("Có được vào vườn lan tháng 4 không?", "mở cửa từ 15/4 đến 31/8") is None  # in part only
    assert span_placed("Tháng 6 có được lặn không?", "Không tổ chức lặn từ ngày 01 tháng 5 đến ngày 31 tháng 10.") \
        is None  # outside a ban is not thereby allowed
    no = store.ask("Vườn lan Ngọc Linh có mở cửa cho khách tham quan vào tháng 11 không?")
    assert no.found and no.answer.startswith("Không") and "01/4 đến 31/8" in no.answer, no.answer
    yes = store.ask("Vườn lan Ngọc Linh có mở cửa cho khách tham quan vào tháng 5 không?")
    assert yes.found and yes.answer.startswith("Có") and "01/4 đến 31/8" in yes.answer, yes.answer


def test_who_holds_a_role_is_no_person_asked(store):
    assert PERSON not in classify("ai là người có tài sản đấu giá").strict
    assert PERSON in classify("ai là chủ tịch công đoàn").strict
    answer = store.ask("Ai là người có trách nhiệm quản lý vườn lan ở Đăk Glei?")
    assert answer.found and "Ban Quản lý rừng phòng hộ" in answer.answer, answer.answer


def test_a_length_asked_of_a_span_of_days_is_counted_from_its_dates(store):
    assert span_length("Thời gian: từ ngày 24/7 đến ngày 26/7.") == (3, "từ ngày 24/7 đến ngày 26/7")
    assert span_length("từ ngày 01/5/2027 đến hết ngày 31/5/2027; thời hạn giải quyết 15 ngày") is None
    assert span_length("từ 15/02 đến 15/3") is None  # no year: February's days undecided
    for asked in ("Hội thi đánh chiêng diễn ra mấy ngày?", "hoi thi danh chieng keo dai bao lau"):
        answer = store.ask(asked)
        assert answer.found and answer.answer.startswith("10 ngày (từ ngày 10/4/2027"), answer.answer


def test_a_yes_no_whether_a_span_reaches_a_month_or_day_is_answered_from_it(store):
    line = "Thời gian: từ ngày 10/4/2027 đến hết ngày 19/4/2027."
    assert span_placed("Hội thi có kéo dài đến ngày 25/4 không?", line) is False
    assert span_placed("Hội thi có kéo dài đến hết ngày 19/4 không?", line) is True
    assert span_placed("Hội thi có tổ chức ngày 25/4 không?", line) is None  # a day asked, no reach: its own claim
    no = store.ask("Hội thi đánh chiêng có kéo dài sang tháng 5 không?")
    assert no.found and no.answer.startswith("Không, văn bản ghi từ ngày 10/4/2027"), no.answer
    past = store.ask("Hội thi đánh chiêng có kéo dài đến ngày 25/4 không?")
    assert past.found and past.answer.startswith("Không, văn bản ghi từ ngày 10/4/2027"), past.answer
