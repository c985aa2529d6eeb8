"""Due items a new user's plan and công văn held (new-user trial of session 39, N8 and the công văn đôn đốc fault): a
schedule's rows giving only a month ("Tháng 3", "Tháng 5, 6/2026") or a "Thời điểm" column are due by that month's end;
an item opening with its month ("Tháng 3/2026: …") too; a limit counted from an event ("trong vòng 10 ngày kể từ ngày
ký", "chậm nhất 05 ngày làm việc sau khi …") is a deadline whose due says so and what it counts from, no date made
up; a công văn's narrative of what bodies have or have not done ("… đã hoàn thành …", "Còn 5 đơn vị chưa nộp …") is
no duty; money paid "hằng tháng" is no monthly deadline, a report "trước ngày 20 hằng tháng" still is; a day of the
lunar calendar ("… âm lịch") is no solar date. The documents are this file's own, invented."""
from __future__ import annotations

from datetime import date

from bot.channels.render import render_deadlines
from ingest.parse import parse_document
from tests.helpers import obligation_index

PLAN = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN PHÚ
Số: 15/KH-LĐLĐ
An Phú, ngày 10 tháng 1 năm 2026

KẾ HOẠCH
Tổ chức Tháng Công nhân năm 2026

I. LỊCH THỰC HIỆN

| Thời gian | Nội dung | Đơn vị chủ trì |
|---|---|---|
| Tháng 3 | Phát động Tháng Công nhân | Ban Tuyên giáo |
| Tháng 5, 6/2026 | Thăm hỏi công nhân có hoàn cảnh khó khăn | Ban Nữ công |

Các hoạt động khác:

| STT | Nội dung | Thời điểm |
|---|---|---|
| 1 | Gặp mặt công nhân tiêu biểu | Tháng 7/2026 |

II. MỐC THỰC HIỆN
1. Tháng 8/2026: Ban Phong trào tổ chức đối thoại tại doanh nghiệp.

III. TỔ CHỨC THỰC HIỆN
1. Các công đoàn cơ sở gửi danh sách vận động viên về Liên đoàn Lao động huyện trong vòng 10 ngày kể từ
ngày ký kế hoạch này.
2. Ban Tài chính quyết toán kinh phí hội thao chậm nhất 05 ngày làm việc sau khi kết thúc hội thao.
3. Công đoàn cơ sở chi trả tiền hỗ trợ cho đoàn viên hằng tháng theo danh sách được duyệt.
4. Các công đoàn cơ sở báo cáo kết quả thực hiện về Liên đoàn Lao động huyện trước ngày 20 hằng tháng.
"""

LETTER = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN PHÚ
Số: 45/LĐLĐ
V/v đôn đốc nộp báo cáo quý I năm 2026
An Phú, ngày 15 tháng 4 năm 2026

Kính gửi: Các công đoàn cơ sở trực thuộc.

Thực hiện Kế hoạch số 15/KH-LĐLĐ, Liên đoàn Lao động huyện thông báo tình hình như sau:
1. Công đoàn cơ sở Công ty May Việt Tiến đã hoàn thành việc tổ chức đại hội công đoàn cơ sở nhiệm kỳ 2026 - 2028.
2. Còn 5 đơn vị chưa nộp báo cáo quý I, gồm: Công đoàn cơ sở Trường Tiểu học A, Công đoàn cơ sở Trường THCS B.
3. Công đoàn cơ sở Trường THCS B vẫn chưa gửi danh sách đoàn viên.
4. Đề nghị các đơn vị chưa nộp báo cáo khẩn trương gửi về Liên đoàn Lao động huyện trước ngày 25/4/2026.
5. Công đoàn cơ sở rà soát, bổ sung danh sách đoàn viên chưa có thẻ trong tháng 5/2026.
"""
TODAY = date(2026, 2, 1)


def _due(parsed, words: str) -> dict | None:
    item = next(o for o in parsed.obligations if words in o.quote)
    return item.due


def test_a_schedules_month_without_its_year_or_several_months_are_due_by_that_months_end():
    plan = parse_document(PLAN, "kh15.txt")
    assert _due(plan, "Phát động Tháng Công nhân")["date"] == "2026-03-31"  # the plan's own year
    assert _due(plan, "Thăm hỏi công nhân")["date"] == "2026-06-30"  # by the last month named
    assert _due(plan, "Gặp mặt công nhân tiêu biểu")["date"] == "2026-07-31"  # a "Thời điểm" column
    dialogue = _due(plan, "tổ chức đối thoại")
    assert (dialogue["text"], dialogue["date"]) == ("Tháng 8/2026", "2026-08-31")
    assert not any(o.quote.startswith("STT") for o in plan.obligations)  # the header row names columns, no task


def test_a_limit_counted_from_an_event_says_so_and_sets_no_date():
    plan = parse_document(PLAN, "kh15.txt")
    sending = next(o for o in plan.obligations if "danh sách vận động viên" in o.quote)
    assert sending.due["text"] == "trong vòng 10 ngày kể từ ngày ký kế hoạch này" and sending.due["date"] is None
    settling = next(o for o in plan.obligations if "quyết toán" in o.quote)
    assert settling.kind == "deadline"
    assert settling.due["after"] == "kết thúc hội thao" and settling.due["date"] is None
    shown = render_deadlines(obligation_index([("kh15.txt", PLAN)]).timeline(), TODAY)
    assert "chậm nhất 05 ngày làm việc sau khi kết thúc hội thao" in shown


def test_money_paid_monthly_is_no_monthly_deadline_but_a_monthly_report_is():
    plan = parse_document(PLAN, "kh15.txt")
    paying = next(o for o in plan.obligations if "chi trả" in o.quote)
    assert paying.kind == "duty" and paying.due is None
    reporting = next(o for o in plan.obligations if "báo cáo kết quả" in o.quote)
    assert reporting.kind == "report" and reporting.due["every"] == "month"


def test_what_bodies_have_or_have_not_done_is_no_duty_what_the_letter_asks_is():
    quotes = [o.quote for o in parse_document(LETTER, "cv45.txt").obligations]
    assert not any("đã hoàn thành" in q or "Còn 5 đơn vị" in q or "vẫn chưa gửi" in q for q in quotes), quotes
    assert any(q.startswith("Đề nghị các đơn vị chưa nộp") for q in quotes)
    # "chưa" inside what a body must do ("đoàn viên chưa có thẻ") is no narrative
    assert any("rà soát" in q for q in quotes)


def test_a_day_of_the_lunar_calendar_is_said_as_written_not_made_a_solar_date():
    """Before, "trước ngày 20 tháng 12 âm lịch" (before Tết) was listed as due on 20/12 of the solar year."""
    agreement = PLAN.replace("4. Các công đoàn cơ sở báo cáo", "4. Công đoàn cơ sở trao quà Tết cho đoàn viên trước "
                             "ngày 20 tháng 12 âm lịch.\n5. Các công đoàn cơ sở báo cáo")
    gifts = next(o for o in parse_document(agreement, "kh15.txt").obligations if "quà Tết" in o.quote)
    assert gifts.due["text"] == "trước ngày 20 tháng 12 âm lịch" and gifts.due["date"] is None


# A plan's own items whose body is named by a relative clause ("đã/chưa + verb" then the directive's own verb),
# and a body's own recurring payments (review of session 40, R1 and R3).
DIRECTIVE = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN PHÚ
Số: 21/KH-LĐLĐ
An Phú, ngày 10 tháng 2 năm 2026

KẾ HOẠCH
Tổ chức Hội thao công nhân năm 2026

III. TỔ CHỨC THỰC HIỆN
1. Các công đoàn cơ sở đã đăng ký tham gia gửi danh sách vận động viên về Ban Tổ chức.
2. Công đoàn cơ sở chưa thành lập đội tuyển phối hợp với chuyên môn cử vận động viên tham gia hội thao.
3. Các công đoàn cơ sở chưa nộp báo cáo khẩn trương gửi về Liên đoàn Lao động huyện.
4. Hằng quý, công đoàn cơ sở nộp kinh phí công đoàn bằng 2% quỹ tiền lương về LĐLĐ huyện.
5. Hằng tháng, công đoàn cơ sở thu đoàn phí bằng 1% tiền lương của đoàn viên.
6. Các công đoàn cơ sở gửi báo cáo kết quả hoạt động trong 6 tháng trước ngày 15/6/2026.
7. Ban Tổ chức trả lời các đơn vị trong vòng 10 ngày kể từ ngày 01/3/2026.
"""


def test_which_bodies_a_relative_clause_names_still_must_act():
    """Before, "đã/chưa" after the body was read as narrative and these duties of the CĐCS were dropped."""
    kinds = {o.quote: o.kind for o in parse_document(DIRECTIVE, "kh21.txt").obligations}
    for opening, kind in [("Các công đoàn cơ sở đã đăng ký", "report"), ("Công đoàn cơ sở chưa thành lập", "duty"),
                          ("Các công đoàn cơ sở chưa nộp báo cáo", "report")]:
        assert [k for q, k in kinds.items() if q.startswith(opening)] == [kind], (opening, kinds)


def test_dues_counted_on_wages_are_still_a_bodys_recurring_deadlines():
    plan = parse_document(DIRECTIVE, "kh21.txt")
    assert _due(plan, "kinh phí công đoàn bằng 2%")["every"] == "quarter"
    assert _due(plan, "thu đoàn phí bằng 1%")["every"] == "month"


def test_a_limit_counted_from_a_day_the_text_gives_is_dated():
    """Before, the day after "trước"/"kể từ" was taken as the event counted from, and the deadline lost its date."""
    plan = parse_document(DIRECTIVE, "kh21.txt")
    assert _due(plan, "trong 6 tháng trước ngày 15/6/2026")["date"] == "2026-06-15"
    assert _due(plan, "trong 6 tháng trước ngày 15/6/2026")["every"] is None  # a length reported on, no period
    assert _due(plan, "trong vòng 10 ngày kể từ ngày 01/3/2026")["date"] == "2026-03-11"


def test_a_schedules_month_is_of_the_period_the_plan_is_for_not_of_its_issue_year():
    """A plan issued in December for next year (before: its "Tháng 1" fell due on 31/01 of the issue year, already
    past); a school year's plan splits at September; with no year named, a month before the issue month is next
    year's; with no year and no issue day, the month is left undated."""
    issued_late = PLAN.replace("ngày 10 tháng 1 năm 2026", "ngày 20 tháng 12 năm 2026").replace(
        "Tổ chức Tháng Công nhân năm 2026", "Hoạt động công đoàn năm 2027")
    assert _due(parse_document(issued_late, "kh15.txt"), "Phát động Tháng Công nhân")["date"] == "2027-03-31"
    school = issued_late.replace("Hoạt động công đoàn năm 2027", "Hoạt động công đoàn năm học 2026-2027").replace(
        "| Tháng 3 |", "| Tháng 10 |")
    assert _due(parse_document(school, "kh15.txt"), "Phát động Tháng Công nhân")["date"] == "2026-10-31"
    untitled = issued_late.replace("Hoạt động công đoàn năm 2027", "Hoạt động công đoàn")
    assert _due(parse_document(untitled, "kh15.txt"), "Phát động Tháng Công nhân")["date"] == "2027-03-31"
    undated = untitled.replace("An Phú, ngày 20 tháng 12 năm 2026\n", "")
    assert (_due(parse_document(undated, "kh15.txt"), "Phát động Tháng Công nhân") or {}).get("date") is None
