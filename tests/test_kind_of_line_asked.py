"""The line of the kind a question asks, among lines sharing its words: a day that recurs ("vào ngày nào hằng tháng")
is the schedule's recurring day, never the notice's own date ("định kỳ" is no "ký"); what follows a case ("Nếu … thì
sao?") is the rule stating the case and its outcome, before the schedule's rows noting the case; "cơ quan nào …" of a
clause naming no body is answered with the body its article's heading names. The documents and wordings are this
file's own, invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture, first_line
from vectorstore.query import closing_asked

_NOTICE = """ỦY BAN NHÂN DÂN HUYỆN NAM TRÀ
VĂN PHÒNG
Số: 41/TB-VP

Nam Trà, ngày 28 tháng 12 năm 2026

THÔNG BÁO
Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân huyện năm 2027

1. Thời gian, địa điểm
Chủ tịch Ủy ban nhân dân huyện tiếp công dân định kỳ vào ngày 10 hằng tháng tại Trụ sở Tiếp công dân huyện. \
Trường hợp ngày tiếp công dân trùng vào ngày nghỉ, ngày lễ thì lùi sang ngày làm việc tiếp theo.

2. Lịch tiếp công dân cụ thể

| Tháng | Ngày tiếp | Ghi chú |
|---|---|---|
| Tháng 01 | Thứ Hai, 11/01/2027 | Ngày 10/01 là Chủ nhật |
| Tháng 02 | Thứ Tư, 10/02/2027 | |
| Tháng 4 | Thứ Hai, 12/4/2027 | Ngày 10/4 là thứ Bảy |
| Tháng 10 | Thứ Hai, 11/10/2027 | Ngày 10/10 là Chủ nhật |

Nơi nhận:
- Chủ tịch UBND huyện;
- Lưu: VT.

CHÁNH VĂN PHÒNG

Lê Văn Thọ
"""

_RULES = """ỦY BAN NHÂN DÂN HUYỆN NAM TRÀ
Số: 15/2027/QĐ-UBND

Nam Trà, ngày 05 tháng 3 năm 2027

QUY CHẾ
Quản lý lễ hội truyền thống trên địa bàn huyện Nam Trà

Chương I. QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc tổ chức, quản lý lễ hội truyền thống trên địa bàn huyện.

Chương II. TRÁCH NHIỆM CỦA CÁC CƠ QUAN

Điều 5. Phòng Văn hóa và Thông tin
1. Thẩm định hồ sơ, cấp phép tổ chức lễ hội truyền thống cấp huyện; hướng dẫn nghi lễ theo phong tục địa phương.
2. Tổng hợp kết quả tổ chức lễ hội, báo cáo Ủy ban nhân dân huyện trước ngày 15 tháng 12 hằng năm.

Điều 6. Trách nhiệm của Công an huyện
1. Bảo đảm an ninh, trật tự và an toàn giao thông tại khu vực diễn ra lễ hội.
2. Xử lý các hành vi mê tín dị đoan, cờ bạc trá hình trong thời gian lễ hội.
"""

schedules = assistant_fixture("tb41-lich-tiep-cong-dan.txt", _NOTICE, ("qc15-le-hoi-truyen-thong.txt", _RULES))


def test_a_recurring_day_asked_is_the_schedules_not_the_notices_date(schedules):
    answer = schedules.ask("Chủ tịch huyện tiếp dân định kỳ vào ngày nào hằng tháng?")
    assert answer.found and "ngày 10 hằng tháng" in first_line(answer), answer.answer
    assert "28 tháng 12" not in answer.answer, answer.answer
    # a kind of text ending in "định" still asks its own date: "Quyết định ký" folds as "định kỳ" does
    assert closing_asked("Quyết định 15 ký vào ngày nào?") == closing_asked("Nghị định 64 ky ngay nao") == {"header"}


def test_what_follows_a_case_is_the_rule_before_the_rows_noting_it(schedules):
    answer = schedules.ask("Ngày tiếp dân mà rơi vào thứ bảy hay chủ nhật thì sao?")
    assert answer.found and "lùi sang ngày làm việc tiếp theo" in first_line(answer), answer.answer


def test_which_body_of_a_clause_naming_none_is_its_articles(schedules):
    answer = schedules.ask("Cơ quan nào cấp phép tổ chức lễ hội truyền thống?")
    assert answer.found and "Phòng Văn hóa và Thông tin" in first_line(answer), answer.answer
    answer = schedules.ask("Đơn vị nào bảo đảm an ninh trật tự tại khu vực lễ hội?")
    assert answer.found and "Công an huyện" in first_line(answer), answer.answer
