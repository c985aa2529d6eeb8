"""Obligations as records: who must do what, for whom, by when; grouped by canonical body, dated,
listed in order of time and exported. Most tests parse the plans without embedding them."""
from __future__ import annotations

import json
import sqlite3
from datetime import date
from types import SimpleNamespace

import pytest

from bot.answer.obligations import DocObligation, ObligationIndex
from ingest.parse import parse_document
from tests.helpers import add_nested_duties, corpus_files, obligation_index, run_troly, table_document
from troly.texts import t
from troly.vntext import unaccented
from bot.answer.lexicon import Lexicon


PLAN = """CÔNG ĐOÀN GIÁO DỤC TỈNH AN BÌNH
Số: 12/KH-CĐGD
An Bình, ngày 02 tháng 3 năm 2025
KẾ HOẠCH
Thực hiện phong trào thi đua năm học mới

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng phong trào thi đua trong các trường học.

II. CHỈ TIÊU
Phấn đấu 100% công đoàn cơ sở đăng ký thi đua.
Đến năm 2027:
Phấn đấu có ít nhất 85% đoàn viên đạt danh hiệu lao động tiên tiến.

III. TỔ CHỨC THỰC HIỆN
1. Công đoàn Giáo dục tỉnh
Theo dõi, đôn đốc việc triển khai Kế hoạch này; chỉ đạo các công đoàn cơ sở trực thuộc tổ chức thực hiện.
2. Đối với Liên đoàn Lao động các huyện, thành phố và Công đoàn cơ sở
Tổng hợp và báo cáo kết quả về Công đoàn Giáo dục tỉnh trước ngày 15/12/2025.
Báo cáo sơ kết về Ban Nữ công ngày 05 tháng 7 hằng năm.
Định kỳ 6 tháng và năm báo cáo tiến độ về Liên đoàn Lao động tỉnh.
Ban Nữ công phối hợp tổ chức các hoạt động cho nữ đoàn viên trong quý I.
Trên đây là Kế hoạch thực hiện phong trào thi đua, đề nghị các đơn vị triển khai thực hiện. Mọi vướng mắc liên hệ Văn phòng, điện thoại 0263.3822.123.
"""


@pytest.fixture(scope="module")
def plans_index() -> ObligationIndex:
    return obligation_index([(p.name, p.read_text(encoding="utf-8")) for p in corpus_files()])


def test_records_read_doer_recipient_due_and_target():
    doc = parse_document(PLAN, "an-binh.txt")
    obligations = doc.obligations
    quotes = [o.quote for o in obligations]
    assert not any(q.startswith("Trên đây là") or "0263" in q for q in quotes), "closing lines are no duties"
    report = next(o for o in obligations if "15/12/2025" in o.quote)
    assert report.kind == "report"
    assert [b["short"] for b in report.actor["bodies"]] == ["LĐLĐ huyện", "CĐCS"], "several bodies kept together"
    assert report.recipient["short"] == "CĐGD tỉnh"
    assert report.due["date"] == "2025-12-15"
    assert report.quote in report.text and report.quote in doc.chunks[report.chunk_position].text
    yearly = next(o for o in obligations if "05 tháng 7" in o.quote)
    assert yearly.due["every"] == "year" and yearly.recipient["short"] == "Ban Nữ công"
    assert yearly.due["date"] == "2025-07-05", "a date without a year takes the document's year"
    half = next(o for o in obligations if o.quote.startswith("Định kỳ 6 tháng"))
    assert half.due["every"] == "half-year" and half.recipient["short"] == "LĐLĐ tỉnh"
    quarter = next(o for o in obligations if "quý I" in o.quote)
    assert quarter.actor["short"] == "Ban Nữ công", "a sentence's own doer wins over its heading"
    assert quarter.due["date"] == "2025-03-31"
    target = next(o for o in obligations if o.target and o.target["value"] == 85)
    assert target.kind == "target" and target.target["unit"] == "%" and target.target["by_year"] == 2027
    lead = next(o for o in obligations if o.quote.startswith("Theo dõi"))
    assert lead.actor["short"] == "CĐGD tỉnh", "the body named in the item (CĐCS) is not its doer"


def test_cdcs_group_holds_only_cdcs_duties_from_three_plans(plans_index):
    groups = {name: plans_index.by_actor(name) for name in ("CĐCS", "công đoàn cơ sở", "cong doan co so",
                                                          "Mỗi công đoàn cơ sở")}
    ids = {name: [o.id for items in g.values() for o in items] for name, g in groups.items()}
    assert len(set(map(tuple, ids.values()))) == 1, "every variant of the body gives the same group"
    group = groups["CĐCS"]
    assert list(group) == ["Công đoàn cơ sở"], "one group per canonical body"
    items = group["Công đoàn cơ sở"]
    assert len({o.doc_id for o in items}) >= 3
    for o in items:
        assert "Công đoàn cơ sở" in o.bodies
        assert o.quote in o.text
    # "CĐGD các tỉnh, …: … chỉ đạo … các công đoàn cơ sở trực thuộc" names the CĐCS but obliges the CĐGD.
    assert not any("chỉ đạo, hướng dẫn, kiểm tra, giám sát các công đoàn cơ sở" in o.quote for o in items)
    reports = [o for o in items if o.kind == "report"]
    assert any(o.recipient and o.recipient["short"] == "LĐLĐ tỉnh" for o in reports)


def test_province_federation_variants_merge(plans_index):
    by_name = {name: {o.id for o in plans_index.select(name)}
               for name in ("LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh", "Ban Thường vụ Liên đoàn Lao động tỉnh",
                            "lien doan lao dong tinh")}
    assert len({frozenset(v) for v in by_name.values()}) == 1 and by_name["LĐLĐ tỉnh"]
    assert not plans_index.by_actor("Hội Cựu chiến binh")


def test_no_names_cut_mid_word(plans_index):
    import re

    from troly.vntext import bodies

    canonical = {b.name for b in bodies().all if not b.is_kind}
    for o in plans_index.items:
        for body in (o.actor, o.recipient):
            if body and body["name"] not in canonical:  # several bodies, as written: whole words
                where = f"{o.section} {o.text}"
                assert re.search(re.escape(body["name"]) + r"(?!\w)", where), body


def test_deadlines_list_what_is_to_come_first_and_exports(tmp_path, monkeypatch):
    """`troly deadlines` in the order of /hanchot: what is still to come (soonest first), the recurring, then
    what is past (the latest first), not the oldest overdue item on top."""
    from bot.answer.exports import write_csv, write_ics, write_xlsx
    from bot.channels.render import render_deadlines

    index = obligation_index([("an-binh.txt", PLAN)])
    timeline = index.timeline()
    first, day = timeline.dated[0]
    assert day == date(2025, 3, 31) and "quý I" in first.quote
    dec = next(o for o, d in timeline.dated if d == date(2025, 12, 15))
    assert [o.due["every"] for o in timeline.recurring] == ["half-year", "year"]
    lines = [line for line in render_deadlines(timeline, date(2026, 11, 30)).splitlines() if line.startswith("  • ")]
    order = ["năm 2027 · còn 396 ngày", "6 tháng một lần", "Hằng năm", "15/12/2025 · quá hạn 350 ngày",
             "31/03/2025 · quá hạn 609 ngày"]
    assert [next(i for i, line in enumerate(lines) if words in line) for words in order] == list(range(5)), lines
    text = render_deadlines(timeline, date(2025, 6, 1))
    assert text.index("15/12/2025 · còn 197 ngày") < text.index("năm 2027") < text.index("31/03/2025 · quá hạn")
    assert render_deadlines(index.timeline(start=date(2025, 12, 1)), date(2025, 12, 10)).count("còn 5 ngày") == 1

    from icalendar import Calendar

    ics = tmp_path / "hanchot.ics"
    assert write_ics(timeline, ics, year=2025) == len(timeline.dated) + len(timeline.recurring)
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    dec_event = next(e for e in events if "15/12/2025" in str(e["description"]))
    assert dec_event.decoded("dtstart") == date(2025, 12, 15)
    assert len({str(e["uid"]) for e in events}) == len(events)
    # The plan loaded again with a paragraph added above: the same item keeps its event (a calendar updates it).
    edited = obligation_index([("an-binh.txt", PLAN.replace("II. CHỈ TIÊU", "Bám sát kế hoạch năm học.\n\nII. CHỈ TIÊU"))])
    write_ics(edited.timeline(), tmp_path / "again.ics", year=2025)
    again = {str(e["uid"]) for e in Calendar.from_ical((tmp_path / "again.ics").read_bytes()).walk("VEVENT")}
    assert next(o for o, _ in edited.timeline().dated if o.quote == dec.quote).position != dec.position
    assert {str(e["uid"]) for e in events} == again
    from bot.channels.reminders import ReminderBook

    book = ReminderBook(tmp_path)
    book.subscribe("zalo", "u1")
    week_before = date(2025, 12, 8)
    sent = book.due(index, week_before, [7])
    assert [r.obligation.quote for r in sent] == [dec.quote]
    for r in sent:
        book.mark_sent(r, week_before)
    assert not book.due(edited, week_before, [7]), "a reminder sent is not sent again after the plan is reloaded"
    book.close()
    # reminders.sqlite of a version that marked a reminder by the item's passage number: not sent again either
    with sqlite3.connect(tmp_path / "reminders.sqlite") as db:
        db.execute("UPDATE sent SET key = ?", (f"{dec.id}:2025-12-15:7",))
    db.close()
    upgraded = ReminderBook(tmp_path)
    assert not upgraded.due(index, week_before, [7]), "a mark of the old form counts for the same day"
    assert [r.obligation.quote for r in upgraded.due(index, date(2025, 12, 14), [1])] == [dec.quote]
    upgraded.close()
    assert dec.quote in str(dec_event["description"])
    rules = sorted((dict(e["rrule"]).get("FREQ")[0], (dict(e["rrule"]).get("INTERVAL") or [1])[0])
                   for e in events if "rrule" in e)
    assert rules == [("MONTHLY", 6), ("YEARLY", 1)]
    yearly = next(e for e in events if "rrule" in e and dict(e["rrule"])["FREQ"] == ["YEARLY"])
    assert yearly.decoded("dtstart") == date(2025, 7, 5)

    from openpyxl import load_workbook

    xlsx = tmp_path / "nghiavu.xlsx"
    items = index.select("CĐCS")
    write_xlsx(items, xlsx)
    ws = load_workbook(xlsx).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "Đơn vị" and len(rows) == len(items) + 1
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    assert {r[2] for r in rows[1:]} == {o.quote for o in items}
    csv_path = tmp_path / "nghiavu.csv"
    write_csv(items, csv_path)
    assert len(csv_path.read_text(encoding="utf-8-sig").strip().splitlines()) >= len(items) + 1


@pytest.mark.slow
def test_obligations_and_deadlines_commands(cli_env, corpus_data):
    cli_env["TROLY_DATA_DIR"] = str(corpus_data)
    cli_env["TROLY_TODAY"] = "2026-11-30"
    proc = run_troly(["obligations", "--actor", "cong doan co so", "--json"], cli_env)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)["obligations"]
    assert len({o["doc_id"] for o in data}) >= 3
    for o in data:
        assert {"id", "doc_id", "document", "section", "position", "text", "quote", "kind", "actor", "recipient",
                "due", "target"} <= set(o)
        assert o["quote"] in o["text"]
    proc = run_troly(["deadlines"], cli_env)
    assert proc.returncode == 0, proc.stderr
    assert "quá hạn" in proc.stdout and len(proc.stdout.encode()) < 20_000


def test_reminders_once_per_chat_and_item_across_restarts(tmp_path):
    from bot.channels.reminders import ReminderBook

    index = obligation_index([("an-binh.txt", PLAN)])
    book = ReminderBook(tmp_path)
    book.subscribe("telegram", "100", "cdcs")
    book.subscribe("zalo", "u1")
    book.subscribe("zalo", "u2")
    book.unsubscribe("zalo", "u2")
    week_before = date(2025, 12, 8)
    due = book.due(index, week_before, [7, 1])
    assert {(r.channel, r.chat) for r in due} == {("telegram", "100"), ("zalo", "u1")}
    assert all(r.obligation.due["date"] == "2025-12-15" for r in due)
    for r in due:
        book.mark_sent(r, week_before)
    book.close()
    restarted = ReminderBook(tmp_path)
    assert restarted.due(index, week_before, [7, 1]) == [], "not sent again after a restart"
    assert len(restarted.due(index, date(2025, 12, 14), [7, 1])) == 2, "and again the day before"
    assert not restarted.due(index, date(2025, 12, 10), [7, 1])
    half_year = [r for r in restarted.due(index, date(2026, 7, 1), [7, 1]) if r.obligation.due["every"]]
    assert {r.obligation.due["every"] for r in half_year} == {"half-year"}, "recurring reports at period start"


def test_descriptions_are_not_duties_and_the_doer_may_follow_an_opening_clause():
    text = """QUY ĐỊNH
Về tổ chức công đoàn

Điều 1. Công đoàn cơ sở
1. Công đoàn cơ sở là tổ chức cơ sở của Công đoàn, tập hợp đoàn viên trong một đơn vị.
2. Công đoàn cơ sở được sử dụng 24 giờ làm việc trong một tháng để hoạt động.
3. Công đoàn cơ sở có dưới 30 đoàn viên thì cử 01 ủy viên làm công tác kiểm tra.
Điều 2. Lập dự toán
Căn cứ nhiệm vụ được giao, tình hình năm trước, Liên đoàn Lao động tỉnh lập dự toán kinh phí gửi Tổng Liên đoàn trước ngày 20 tháng 6 năm 2026.
"""
    obligations = parse_document(text, "quy-dinh.txt").obligations
    quotes = {o.quote: o for o in obligations}
    assert not any(q.startswith(("Công đoàn cơ sở là", "Công đoàn cơ sở được")) for q in quotes)
    assert any(q.startswith("Công đoàn cơ sở có dưới 30") for q in quotes), "a duty under a condition stays"
    budget = next(o for q, o in quotes.items() if q.startswith("Căn cứ nhiệm vụ"))
    assert budget.actor["short"] == "LĐLĐ tỉnh" and budget.recipient["short"] == "TLĐ"
    assert budget.kind == "report" and budget.due["date"] == "2026-06-20"


def test_a_letter_addressees_are_no_duties_and_a_lead_in_names_the_doer_of_its_items():
    """A letter's "Kính gửi: Sở …; Sở …" names whom it is sent to; "Giám đốc Sở … có trách nhiệm:" over a
    list makes the Sở do each item, and "X yêu cầu Chính phủ … sau đây:" makes the Government do them."""
    text = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Số: 5115/LĐTBXH-KHTC
V/v thí điểm chi trả trợ cấp qua hệ thống Bưu điện
Hà Nội, ngày 03 tháng 12 năm 2018

Kính gửi: - Sở Lao động - Thương binh và Xã hội thành phố Cần Thơ; - Sở Lao động - Thương binh và Xã hội tỉnh Hưng Yên.

Bộ trưởng đồng ý mở rộng thí điểm chi trả trợ cấp qua hệ thống Bưu điện tại 07 địa phương.

Giám đốc Sở Lao động - Thương binh và Xã hội có trách nhiệm:

- Phối hợp với Tổng công ty Bưu điện Việt Nam hoàn thiện Đề án thí điểm trước khi triển khai thực hiện.
- Kịp thời giải đáp, hướng dẫn những vướng mắc và thanh quyết toán theo đúng quy định.

Ủy ban thường vụ Quốc hội yêu cầu Chính phủ tập trung thực hiện một số nhiệm vụ sau đây:

- Tiếp tục điều chỉnh nâng mức trợ cấp đối với người có công với cách mạng.
"""
    obligations = parse_document(text, "cv.md").obligations
    assert not any("Kính gửi" in o.quote or o.quote.startswith("Sở") for o in obligations)
    doers = {o.quote[:20]: o.actor and o.actor["name"] for o in obligations}
    assert doers["Phối hợp với Tổng cô"] == doers["Kịp thời giải đáp, h"] == "Sở Lao động - Thương binh và Xã hội"
    assert doers["Tiếp tục điều chỉnh "] == "Chính phủ"


RECURRING = PLAN.split("III. TỔ CHỨC THỰC HIỆN")[0] + """III. TỔ CHỨC THỰC HIỆN
1. Công đoàn cơ sở
Nộp báo cáo quý về Công đoàn Giáo dục tỉnh trước ngày 25 của tháng cuối quý.
Báo cáo tình hình đoàn viên về Công đoàn Giáo dục tỉnh trước ngày 20 hằng tháng.
Gửi báo cáo tổng kết năm về Liên đoàn Lao động tỉnh trước ngày 15/12 hằng năm.
Định kỳ 6 tháng báo cáo kết quả về Liên đoàn Lao động tỉnh.
Gửi báo cáo kết quả thi đua về Ban Nữ công trước ngày 10 của tháng đầu quý sau.
Tổng hợp ý kiến đoàn viên gửi Ban Chấp hành trước ngày 05 của tháng sau.
Gửi báo cáo sơ kết, tổng kết về Ban Nữ công định kỳ 6 tháng, trước ngày 15 tháng 6 và trước ngày 01 tháng 12.
"""


def test_recurring_deadlines_carry_their_period_and_next_due_date(tmp_path):
    from icalendar import Calendar

    from bot.answer.exports import write_ics
    from bot.channels.reminders import ReminderBook
    from bot.channels.render import render_deadlines

    index = obligation_index([("an-binh.txt", RECURRING)])

    def when(words: str) -> tuple:
        due = next(o.due for o in index.items if words in o.quote)
        return due["every"], due["date"]

    assert when("tháng cuối quý") == ("quarter", "2025-03-25"), "the first time in the document's year"
    assert when("hằng tháng") == ("month", "2025-01-20")
    assert when("15/12 hằng năm") == ("year", "2025-12-15")
    assert when("Định kỳ 6 tháng") == ("half-year", None)
    assert when("tháng đầu quý sau") == ("quarter", "2025-01-10")
    assert when("05 của tháng sau") == ("month", "2025-01-05"), "the 5th of the month after each month"

    lines = render_deadlines(index.timeline(), date(2026, 11, 30)).splitlines()

    def line(words: str) -> str:
        return next(line for line in lines if words in line)

    assert "Hằng quý · kỳ tới 25/12/2026 · còn 25 ngày" in line("tháng cuối quý")
    assert "Hằng tháng · kỳ tới 20/12/2026 · còn 20 ngày" in line("hằng tháng")
    assert "Hằng năm · kỳ tới 15/12/2026 · còn 15 ngày" in line("15/12 hằng năm")
    assert "Hằng quý · kỳ tới 10/01/2027 · còn 41 ngày" in line("tháng đầu quý sau")
    assert "Hằng tháng · kỳ tới 05/12/2026 · còn 5 ngày" in line("05 của tháng sau")
    assert "6 tháng một lần · kỳ tới 01/12/2026 · còn 1 ngày" in line("01 tháng 12"), "the second day named, not 15/12"
    assert "6 tháng một lần" in line("Định kỳ 6 tháng") and "hết kỳ" not in line("Định kỳ 6 tháng"), \
        "no day named: no end of a period the text does not give; every half-year, not \"and year\""

    ics = tmp_path / "hanchot.ics"
    write_ics(index.timeline(), ics, year=2026)
    quarterly = next(e for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
                     if "tháng cuối quý" in str(e["description"]))
    assert quarterly.decoded("dtstart") == date(2026, 3, 25)
    assert dict(quarterly["rrule"])["FREQ"] == ["MONTHLY"] and dict(quarterly["rrule"])["INTERVAL"] == [3]
    two_days = [e for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT") if "01 tháng 12" in str(e["description"])]
    assert sorted(e.decoded("dtstart") for e in two_days) == [date(2026, 6, 15), date(2026, 12, 1)]
    assert all(dict(e["rrule"])["FREQ"] == ["YEARLY"] for e in two_days), "each day named once a year"

    book = ReminderBook(tmp_path)
    book.subscribe("zalo", "u1")
    reminded = [r.obligation.quote for r in book.due(index, date(2026, 12, 18), [7, 1])]
    assert len(reminded) == 1 and "tháng cuối quý" in reminded[0], "a week before the quarter's 25th"
    assert book.due(index, date(2026, 10, 1), [7, 1]) == [], "a day named: reminded before it, not as a quarter opens"
    book.close()


TASK_TABLE = """CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT AN BÌNH
Số: 15/KH-CĐCS
An Bình, ngày 05 tháng 11 năm 2026
KẾ HOẠCH
Hoạt động công đoàn năm 2027

I. TỔ CHỨC THỰC HIỆN
Bảng thời hạn thực hiện:

| STT | Nội dung công việc | Đơn vị thực hiện | Thời hạn |
|---|---|---|---|
| 1 | Đại hội tổ công đoàn | Các tổ nữ công | Trước ngày 28/02/2027 |
| 2 | Hội nghị cán bộ, công chức, viên chức | Công đoàn cơ sở phối hợp Hiệu trưởng | 31/3/2027 |
| 3 | Báo cáo công tác nữ công | Ban nữ công công đoàn cơ sở | Định kỳ 6 tháng |
"""


def test_task_table_rows_are_obligations_with_doer_and_due():
    """A plan's deadline table ("Nội dung | Đơn vị thực hiện | Thời hạn") states a task per row."""
    rows = {o.quote.split(" — ")[0]: o for o in parse_document(TASK_TABLE, "bang.txt").obligations}
    congress = rows["Đại hội tổ công đoàn"]
    assert congress.kind == "deadline" and congress.due["date"] == "2027-02-28"
    assert congress.actor["name"] == "Các tổ nữ công", "a doer the body table does not know is kept as written"
    conference = rows["Hội nghị cán bộ, công chức, viên chức"]
    assert conference.actor["short"] == "CĐCS"
    assert conference.due["date"] == "2027-03-31" and conference.due["text"] == "31/3/2027", "a bare date is the limit"
    women = rows["Báo cáo công tác nữ công"]
    assert women.kind == "report" and women.due["every"] == "half-year" and women.actor["short"] == "Ban Nữ công"
    index = obligation_index([("bang.txt", TASK_TABLE)])
    assert "Các tổ nữ công" in index.by_actor(), "grouped under the doer as written, not 'no body named'"
    assert [o.quote for o in index.select("tổ nữ công")] == [congress.quote]


def test_a_short_numbered_target_read_as_a_heading_is_still_a_target():
    """"2. Tỷ lệ … đạt từ 90% trở lên." heads "3. 100% …" in the outline (a short numbered sentence): still a target."""
    plan = PLAN.split("II. CHỈ TIÊU")[0] + """II. CHỈ TIÊU
1. Phát triển mới ít nhất 15 đoàn viên trong năm 2027.
2. Tỷ lệ đoàn viên tham gia sinh hoạt chuyên đề đạt từ 90% trở lên.
3. 100% tổ công đoàn xây dựng kế hoạch hoạt động hằng quý.
"""
    targets = {o.target["value"]: o for o in parse_document(plan, "chi-tieu.txt").obligations if o.target}
    assert sorted(targets) == [15, 90, 100]
    assert targets[90].quote == "Tỷ lệ đoàn viên tham gia sinh hoạt chuyên đề đạt từ 90% trở lên."


def test_json_of_an_item_lists_each_body_that_acts():
    """Given to several bodies at once, an item's JSON names each (a script filters by body, not by parsing "A, B")."""
    index = obligation_index([("an-binh.txt", PLAN)])
    report = next(o for o in index.items if "15/12/2025" in o.quote).to_json()
    assert report["actor"]["short"] == "LĐLĐ huyện, CĐCS"
    assert [b["short"] for b in report["actor"]["bodies"]] == ["LĐLĐ huyện", "CĐCS"]
    assert [b["name"] for b in report["recipient"]["bodies"]] == ["Công đoàn Giáo dục tỉnh"]


def test_a_long_heading_naming_bodies_is_no_duty_of_its_own():
    """A heading too long to show whole in a path is a passage too (nothing of it lost), yet still a heading:
    the bodies it names head the duties of the items under it, and it states no duty itself."""
    text = PLAN.replace("2. Đối với Liên đoàn Lao động các huyện, thành phố và Công đoàn cơ sở",
                        "2. Đối với Liên đoàn Lao động các huyện, thành phố, Công đoàn ngành, Công đoàn viên chức "
                        "và các công đoàn cơ sở trực thuộc tỉnh trong toàn ngành giáo dục của tỉnh")
    doc = parse_document(text, "kh.txt")
    assert any(c.text.startswith("2. Đối với") for c in doc.chunks)
    quotes = [o.quote for o in doc.obligations]
    assert any(q.startswith("Tổng hợp và báo cáo kết quả") for q in quotes)
    assert not any("Đối với" in q for q in quotes), quotes


def _union_group_duty() -> tuple[ObligationIndex, DocObligation]:
    """The plan with a duty of its union groups ("Các tổ công đoàn …"), and that duty."""
    text = PLAN.replace("Ban Nữ công phối hợp tổ chức các hoạt động cho nữ đoàn viên trong quý I.",
                        "Ban Nữ công phối hợp tổ chức các hoạt động cho nữ đoàn viên trong quý I.\n"
                        "Các tổ công đoàn tổ chức lấy ý kiến người lao động, gửi biên bản về Ban Chấp hành "
                        "công đoàn cơ sở trước ngày 10/3/2025.")
    index = obligation_index([("an-binh.txt", text)])
    return index, next(o for o in index.items if "lấy ý kiến" in o.quote)


def test_a_union_group_is_a_body_of_its_own():
    """"Tổ công đoàn", the group below a CĐCS: the duties of "các tổ công đoàn" are its own, and it is found by
    the names people type (as /nhacviec and --actor resolve them), not refused as unknown."""
    index, duty = _union_group_duty()
    assert duty.bodies == ["Tổ công đoàn"]
    for typed in ("tổ công đoàn", "Tổ CĐ", "to cong doan", "các tổ CĐ"):
        assert index.body_of(typed).name == "Tổ công đoàn"
        assert index.select(typed) == [duty]
    assert duty not in index.select("CĐCS")


def test_a_persons_role_in_a_body_is_not_the_body():
    """"Tổ phó tổ công đoàn" (a deputy of a union group), "Chủ tịch CĐCS": a person holding a role in the body,
    whose duties are not the whole body's: --actor and /nhacviec do not take them for it."""
    index, duty = _union_group_duty()
    for typed in ("Tổ phó tổ công đoàn", "to truong to cong doan", "Chủ tịch CĐCS"):
        assert index.body_of(typed) is None, typed
        assert duty not in index.select(typed), typed
    assert index.body_of("Đoàn Chủ tịch Tổng Liên đoàn").short == "TLĐ"  # an organ named with a role's word


def _task_table_as(suffix: str, tmp_path, header: bool = True) -> str:
    """TASK_TABLE as an admin's Word document or web page holds it: its table a real table (without its header
    row unless `header`)."""
    head, table = TASK_TABLE.split("\n\n| STT")[0].split("\n"), [
        [c.strip() for c in line.strip("|").split("|")] for line in ("| STT" + TASK_TABLE.split("\n\n| STT")[1]).split("\n")
        if line.strip() and not line.startswith("|---")][0 if header else 1:]
    path = table_document(tmp_path / f"bang{suffix}", head, table, marked=header and suffix == ".html")
    from ingest.readers import read_file
    return read_file(path, 10**8)


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_a_task_table_in_word_or_on_a_web_page_states_the_same_tasks(suffix, tmp_path):
    """The deadline table of a Word plan or a web page notice states a task per row as the same table in a
    markdown file does: its doer from the doer column (not the lead-in above the table), its due from the due
    column — not a row of cells that no deadline list shows by its doer."""
    def tasks(text: str, name: str) -> list[tuple]:
        return [(o.kind, o.quote, (o.actor or {}).get("name"), (o.due or {}).get("date"), (o.due or {}).get("every"))
                for o in parse_document(text, name).obligations]
    expected = tasks(TASK_TABLE, "bang.md")
    assert len(expected) == 3
    assert tasks(_task_table_as(suffix, tmp_path), f"bang{suffix}") == expected


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_a_task_table_without_a_header_row_states_its_tasks(suffix, tmp_path):
    """Before, the first row of a Word table or web page table without a header row ("| 1 | Đại hội tổ công đoàn
    | Các tổ nữ công | Trước ngày 28/02/2027 |") was read as the names of its columns: no row was a task, nor was
    it on `troly deadlines`. Its columns are read from its cells: each row is the task the same table with a
    header row states."""
    def tasks(text: str, name: str) -> list[tuple]:
        return [(o.kind, o.quote, (o.actor or {}).get("name"), (o.due or {}).get("date"), (o.due or {}).get("every"))
                for o in parse_document(text, name).obligations]
    assert tasks(_task_table_as(suffix, tmp_path, header=False), f"bang{suffix}") == tasks(TASK_TABLE, "bang.md")


@pytest.mark.parametrize("dated", [True, False])
def test_a_word_list_of_members_with_their_birth_dates_states_no_task(dated, tmp_path):
    """Before, a Word table without a header row listing members ("1 | Nguyễn Văn An | Công đoàn cơ sở trường A |
    15/01/1980") was read as a task table: each member a task of the union, due in 1980. A date before the
    document (its date, else the year its title names) sets no deadline, and a table with no column of dues
    states no task."""
    lines = ["CÔNG ĐOÀN GIÁO DỤC HUYỆN AN BÌNH", *(["Số: 12/KH-CĐGD", "An Bình, ngày 05 tháng 11 năm 2026"]
                                                if dated else []),
             "KẾ HOẠCH", "Tổ chức Hội thi cán bộ công đoàn giỏi năm 2027", "I. DANH SÁCH THÍ SINH",
             "Danh sách thí sinh như sau."]
    rows = [("1", "Nguyễn Văn An", "Công đoàn cơ sở trường A", "15/01/1980"),
            ("2", "Trần Thị Bình", "Công đoàn cơ sở trường B", "20/02/1985"),
            ("3", "Lê Văn Cường", "Công đoàn cơ sở trường C", "30/03/1990")]
    path = table_document(tmp_path / "danh-sach.docx", lines, rows)
    from ingest.readers import read_file
    doc = parse_document(read_file(path, 10**8), path.name)
    assert bool(doc.meta.date) == dated
    assert [o.quote for o in doc.obligations] == []


def test_a_task_tables_header_row_is_no_task():
    """The row naming the columns ("| Nội dung | Đơn vị thực hiện | Thời hạn |") under a lead-in naming a body
    is not a duty of that body: only the rows under it are tasks."""
    plan = TASK_TABLE.replace("Bảng thời hạn thực hiện:", "Ban Chấp hành Công đoàn cơ sở phân công như sau:")
    quotes = [o.quote for o in parse_document(plan, "bang.md").obligations]
    assert len(quotes) == 3 and not any("Nội dung công việc" in q for q in quotes), quotes


NOTICE = """CÔNG ĐOÀN TRƯỜNG THCS LÊ LỢI
Số: 07/TB-CĐCS
Lâm Đồng, ngày 20 tháng 11 năm 2026
THÔNG BÁO
Về việc chuẩn bị tổng kết năm 2026

1. Tổ trưởng công đoàn cập nhật danh sách đoàn viên có hoàn cảnh khó khăn, gửi về đồng chí Phó Chủ tịch trước ngày 05/12/2026.
2. Thời gian hoàn tất hồ sơ thi đua: trước ngày 20/12/2026.
3. Đối tượng được tặng quà là người tham gia kháng chiến trước ngày 30/4/1975.
"""


def test_a_dated_task_whose_doer_is_no_known_body_is_still_a_deadline():
    """A day set as a limit after the notice's own date is a deadline in `troly deadlines` even when the doer is a
    person's title ("Tổ trưởng công đoàn …") or none is named ("Thời gian hoàn tất: trước ngày …"); a day before
    the notice ("tham gia kháng chiến trước ngày 30/4/1975") is a reference, no deadline."""
    dated = {o.due["date"]: o for o in parse_document(NOTICE, "tb.txt").obligations if o.due and o.due.get("date")}
    assert sorted(dated) == ["2026-12-05", "2026-12-20"], dated
    assert all(o.kind == "deadline" for o in dated.values())


LONG_HEADING = ("2. Đối với Liên đoàn Lao động các huyện, thành phố, Công đoàn ngành, Công đoàn viên chức và các Công đoàn "
                "cơ sở trực thuộc Liên đoàn Lao động tỉnh An Bình")


def test_the_section_column_shows_a_long_heading_whole(tmp_path):
    """Before, the "Mục" column of `obligations --csv/--xlsx` cut a long heading ("… và các Công đoàn cơ sở…")."""
    from openpyxl import load_workbook

    from bot.answer.exports import write_csv, write_xlsx

    assert len(LONG_HEADING) > 120
    index = obligation_index([("an-binh.txt", PLAN.replace("2. Đối với Liên đoàn Lao động các huyện, thành phố và Công đoàn cơ sở",
                                                 LONG_HEADING))])
    items = index.select("CĐCS")
    assert items
    write_csv(items, tmp_path / "nghiavu.csv")
    write_xlsx(items, tmp_path / "nghiavu.xlsx")
    rows = list(load_workbook(tmp_path / "nghiavu.xlsx").active.iter_rows(values_only=True))
    column = rows[0].index(t("obligations.column_section"))
    sections = {r[column] for r in rows[1:]}
    assert f"III. TỔ CHỨC THỰC HIỆN › {LONG_HEADING}" in sections and not any("…" in s for s in sections), sections
    assert LONG_HEADING in (tmp_path / "nghiavu.csv").read_text(encoding="utf-8-sig")


ROLE_PLAN = """CÔNG ĐOÀN TRƯỜNG TIỂU HỌC AN LẠC
Số: 11/KH-CĐCS
KẾ HOẠCH
Tổ chức ngày hội đoàn viên năm 2027

III. PHÂN CÔNG
1. Tổ trưởng công đoàn có trách nhiệm nộp danh sách đoàn viên dự hội trước ngày 20/5/2027.
2. Tổ phó công đoàn cần chuẩn bị quà cho nữ đoàn viên.
"""


def test_a_persons_role_that_acts_in_a_sentence_is_its_doer():
    """Before, "Tổ trưởng công đoàn có trách nhiệm …" written as a sentence had no doer (a task table's doer column
    gives one): `troly obligations --actor "to truong"` and /nghiavu did not find it."""
    index = obligation_index([("kh11.txt", ROLE_PLAN)])
    found = index.select("to truong")
    assert [o.actor["name"] for o in found] == ["Tổ trưởng công đoàn"], [(o.quote, o.actor) for o in index.items]
    assert found[0].due["date"] == "2027-05-20"
    assert [o.actor["name"] for o in index.select("to pho")] == ["Tổ phó công đoàn"]
    assert not index.select("CĐCS")  # a role in a body is not the whole body


def test_a_sentence_saying_what_something_is_is_no_duty_of_the_body_before():
    """Before, "Kinh phí hỗ trợ mỗi suất là 1.500.000 đồng." after a sentence giving the CĐCS a duty was listed as a
    duty of the CĐCS (`troly obligations --actor CĐCS`, /nghiavu)."""
    text = ROLE_PLAN.replace("2. Tổ phó công đoàn cần chuẩn bị quà cho nữ đoàn viên.",
                             "2. Công đoàn cơ sở lập danh sách đoàn viên khó khăn. Kinh phí hỗ trợ mỗi suất là "
                             "1.500.000 đồng. Ưu tiên đoàn viên nữ.")
    quotes = [o.quote for o in obligation_index([("kh11.txt", text)]).select("CĐCS")]
    assert "Công đoàn cơ sở lập danh sách đoàn viên khó khăn." in quotes and "Ưu tiên đoàn viên nữ." in quotes, quotes
    assert not any("Kinh phí" in q for q in quotes), quotes


def test_a_row_of_a_table_that_is_no_task_table_is_quoted_without_its_bars(tmp_path):
    """Before, a duty read from a row of a Word table that is no task table ("Cơ quan phối hợp" beside a table of
    whom and what) was quoted with the table's bars ("Cơ quan phối hợp | Đơn vị: Công đoàn cơ sở, … |") in
    `troly obligations` and /nghiavu."""
    import docx

    from ingest.readers import read_file

    document = docx.Document()
    for line in ROLE_PLAN.split("2. Tổ phó")[0].strip().split("\n"):
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Cơ quan chủ trì", "Ban Nữ công"
    table.cell(1, 0).text = "Cơ quan phối hợp"
    add_nested_duties(table.cell(1, 1))
    path = tmp_path / "kh11.docx"
    document.save(str(path))
    quotes = [o.quote for o in obligation_index([("kh11.docx", read_file(path, 10**8))]).select("CĐCS")]
    assert quotes == ["Cơ quan phối hợp — Đơn vị: Công đoàn cơ sở, Nhiệm vụ: Vận động đoàn viên dự hội thi"], quotes


def test_a_persons_role_acts_in_a_plan_typed_without_diacritics_too():
    """A person's role is read the same way the body table's names are (without diacritics as with them): before,
    "To truong cong doan co trach nhiem …" in a plan typed without diacritics had no doer, while the same sentence
    typed with them was the role's duty."""
    def doers(text: str) -> list[str]:
        return [(o.actor or {}).get("name", "") for o in parse_document(text, "kh.txt").obligations]
    typed = ("KẾ HOẠCH\nTổ chức Ngày hội đoàn viên năm 2027\n\nI. TỔ CHỨC THỰC HIỆN\n"
             "1. Tổ trưởng công đoàn có trách nhiệm lập danh sách đoàn viên tham gia Ngày hội.\n")
    assert doers(typed) == ["Tổ trưởng công đoàn"]
    assert doers(unaccented(typed)) == ["To truong cong doan"]


def test_a_persons_role_keeps_its_duty_when_a_word_of_its_body_folds_like_a_duty_word():
    """Before, "Tổ trưởng tổ giáo viên có trách nhiệm …" gave no duty at all: folded, "giáo" reads as the duty word
    "giao" and "cán" as "cần", the role stopped there, and the duty word as written did not follow."""
    def doers(sentence: str) -> list[str]:
        text = "KẾ HOẠCH\nTổ chức Ngày hội đoàn viên năm 2027\n\nI. TỔ CHỨC THỰC HIỆN\n1. " + sentence + "\n"
        return [(o.actor or {}).get("name", "") for o in parse_document(text, "kh.txt").obligations]
    assert doers("Tổ trưởng tổ giáo viên có trách nhiệm lập danh sách đoàn viên.") == ["Tổ trưởng tổ giáo viên"]
    assert doers("Tổ trưởng khối cán bộ có trách nhiệm lập danh sách đoàn viên.") == ["Tổ trưởng khối cán bộ"]
    assert doers("Ủy viên phụ trách giáo dục có nhiệm vụ lập danh sách đoàn viên.") == ["Ủy viên phụ trách giáo dục"]
    assert doers("Tổ trưởng tổ cán bộ phải lập danh sách đoàn viên.") == ["Tổ trưởng tổ cán bộ"]


@pytest.mark.parametrize("header", [True, False])
def test_a_table_of_counts_per_body_states_no_duty(header, tmp_path):
    """Before, each row of a Word table of counts ("Công đoàn cơ sở trường THPT Lâm Hà | 120 | 125" under "Đơn vị |
    Năm 2025 | Năm 2026", or with no header row) was listed by `troly obligations` as a duty of Công đoàn cơ sở: a
    body's name beside figures says nothing it must do."""
    lines = ["CÔNG ĐOÀN GIÁO DỤC HUYỆN AN BÌNH", "Số: 12/KH-CĐGD", "An Bình, ngày 05 tháng 11 năm 2026",
             "KẾ HOẠCH", "Kiểm tra công đoàn cơ sở năm 2027", "I. SỐ ĐOÀN VIÊN CÁC ĐƠN VỊ"]
    rows = [("Đơn vị", "Năm 2025", "Năm 2026")] * header + [
        ("Công đoàn cơ sở trường THPT Lâm Hà", "120", "125"), ("CĐCS Bệnh viện huyện", "80", "84"),
        ("Công đoàn cơ sở trường THCS Lâm Hà", "45", "47")]
    path = table_document(tmp_path / "so-lieu.docx", lines, rows)
    from ingest.readers import read_file
    assert [o.quote for o in parse_document(read_file(path, 10**8), path.name).obligations] == []


def test_the_quote_column_shows_a_table_row_without_its_bars(tmp_path):
    """Before, the "Trích nguyên văn" column of `obligations --csv/--xlsx` showed a task table's row as the markdown
    it is stored as ("| 1 | Đại hội tổ công đoàn | … |"), where /nguon and the answers show its cells."""
    from openpyxl import load_workbook

    from bot.answer.exports import write_csv, write_xlsx

    items = obligation_index([("bang.md", TASK_TABLE)]).select()
    write_xlsx(items, tmp_path / "bang.xlsx")
    write_csv(items, tmp_path / "bang.csv")
    rows = list(load_workbook(tmp_path / "bang.xlsx").active.iter_rows(values_only=True))
    quotes = [r[rows[0].index(t("obligations.column_quote"))] for r in rows[1:]]
    assert "1 | Đại hội tổ công đoàn | Các tổ nữ công | Trước ngày 28/02/2027" in quotes, quotes
    assert not any(q.startswith("|") for q in quotes)
    assert "| 1 |" not in (tmp_path / "bang.csv").read_text(encoding="utf-8-sig")


PERIOD_FIRST = """CÔNG ĐOÀN CƠ SỞ CÔNG TY GỖ PHÚ AN
Số: 04/KH-CĐCS
Phú An, ngày 12 tháng 10 năm 2026
KẾ HOẠCH
Chăm lo đời sống đoàn viên năm 2027

I. TỔ CHỨC THỰC HIỆN
1. Hằng tháng, Ban Nữ công tổng hợp danh sách nữ đoàn viên khó khăn gửi Ban Chấp hành trước ngày 18.
2. Định kỳ hằng quý, Công đoàn cơ sở niêm yết thu chi quỹ xã hội tại nhà ăn trước ngày 08 của tháng đầu quý.
"""


def test_a_recurring_item_that_opens_with_its_period_keeps_its_doer_and_its_day():
    """Before, "Hằng tháng, Ban Nữ công … trước ngày 18." had no doer and no day ("hết kỳ 31/12"), and "Định kỳ hằng
    quý, Công đoàn cơ sở niêm yết …" was in no list at all: `troly deadlines`, /hanchot and the reminders missed it."""
    from bot.channels.render import render_deadlines

    index = obligation_index([("kh04.txt", PERIOD_FIRST)])
    lines = render_deadlines(index.timeline(), date(2026, 12, 2)).splitlines()
    monthly = next(line for line in lines if "nữ đoàn viên khó khăn" in line)
    assert "Hằng tháng · kỳ tới 18/12/2026 · còn 16 ngày" in monthly, lines
    [monthly_item] = index.select("Ban Nữ công")
    assert monthly_item.actor["name"] == "Ban Nữ công" and monthly_item.due["every"] == "month", monthly_item
    quarterly = [o for o in index.select("CĐCS") if "niêm yết" in o.quote]
    assert quarterly and quarterly[0].next_due(date(2026, 12, 2)) == date(2027, 1, 8), [o.quote for o in index.items]


OUTING_NOTICE = """CÔNG ĐOÀN CƠ SỞ CÔNG TY DỆT NAM HÀ
Số: 09/TB-CĐCS
Nam Hà, ngày 02 tháng 3 năm 2027
THÔNG BÁO
Về việc tham quan Tràng An năm 2027

Ban Chấp hành Công đoàn cơ sở Công ty Dệt Nam Hà thông báo:
1. Địa điểm: khu du lịch Tràng An, đi trong 2 ngày.
2. Mức hỗ trợ: 1.200.000 đồng mỗi đoàn viên.
3. Đoàn viên đăng ký với tổ trưởng công đoàn trước ngày 15/5/2027.
"""


def test_what_a_notice_announces_is_no_duty_of_the_body_announcing_it():
    """Before, the items under "Ban Chấp hành Công đoàn cơ sở thông báo:" were all duties of the Ban Chấp hành:
    /nghiavu and `troly obligations --actor BCH` listed "Địa điểm: khu du lịch Tràng An …" and the members'
    deadline to register as its tasks."""
    index = obligation_index([("tb09.txt", OUTING_NOTICE)])
    assert [o.quote for o in index.select("Ban Chấp hành")] == [], [(o.quote, o.actor) for o in index.items]
    registering = next(o for o in index.items if "đăng ký" in o.quote)
    assert registering.due["date"] == "2027-05-15" and not registering.actor


GUIDING_PLAN = """CÔNG ĐOÀN CƠ SỞ CÔNG TY DỆT NAM HÀ
Số: 11/KH-CĐCS
Nam Hà, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Phát động thi đua năm 2026

Ban Chấp hành Công đoàn cơ sở Công ty Dệt Nam Hà có trách nhiệm hướng dẫn:
1. Đăng ký chỉ tiêu thi đua của các tổ công đoàn trước ngày 20/3/2026.
2. Tổng hợp kết quả thi đua cuối năm.
"""


def test_a_lead_in_that_says_a_duty_gives_its_items_a_doer_though_it_ends_in_a_verb_of_saying():
    """Before, the items under "Ban Chấp hành … có trách nhiệm hướng dẫn:" had no doer (read as a lead-in that only
    announces, as "… thông báo:"): `troly obligations --actor BCH` missed the deadline to register the targets."""
    index = obligation_index([("kh11.txt", GUIDING_PLAN)])
    registering = next(o for o in index.items if "Đăng ký chỉ tiêu" in o.quote)
    assert registering.actor and registering.actor["name"].startswith("Ban Chấp hành"), registering.actor
    assert registering.due["date"] == "2026-03-20", registering


UNDATED_LETTER = """CÔNG ĐOÀN CƠ SỞ XÃ PHÚ LỘC
Số: 05/CV-CĐCS
V/v thu nộp đoàn phí

Kính gửi: Các tổ công đoàn

Các tổ công đoàn nộp đoàn phí về Ban Chấp hành trước ngày 25 hằng tháng.
"""


def test_a_monthly_day_of_a_letter_with_no_date_falls_due_on_that_day():
    """Before, "… trước ngày 25 hằng tháng" in a letter that prints no date (so no year to count from) was listed as
    due at the month's end ("hết kỳ 31/12/2026") by `troly deadlines` and /hanchot, and never reminded on its day.
    Its first day is now counted in the year the letter was loaded."""
    from bot.channels.render import render_deadlines

    parsed = parse_document(UNDATED_LETTER, "cv05.txt")
    record = SimpleNamespace(doc_id="cv05.txt", title=parsed.meta.title, kind=parsed.meta.kind, source="cv05.txt",
                             meta={"date": parsed.meta.date}, ingested_at="2026-11-20T08:15:00",
                             obligations=[o.to_dict() for o in parsed.obligations])
    index = ObligationIndex.from_records([record], Lexicon())
    lines = render_deadlines(index.timeline(), date(2026, 12, 2)).splitlines()
    line = next(line for line in lines if "đoàn phí" in line)
    assert "Hằng tháng · kỳ tới 25/12/2026 · còn 23 ngày" in line, lines


def test_a_body_asking_another_to_act_gives_the_task_to_the_other():
    """Before, "Ban Chấp hành đề nghị các tổ công đoàn lập danh sách …" was a task of the Ban Chấp hành (`troly
    obligations --actor BCH`, /nghiavu), while the tổ công đoàn, who must do it, did not have it."""
    text = UNDATED_LETTER.replace("Các tổ công đoàn nộp đoàn phí về Ban Chấp hành trước ngày 25 hằng tháng.",
                                  "Ban Chấp hành đề nghị các tổ công đoàn lập danh sách đoàn viên nữ gửi về Ban Nữ công "
                                  "trước ngày 25/12/2026.")
    [task] = parse_document(text, "cv05.txt").obligations
    assert task.actor["name"] == "Tổ công đoàn", task.actor


OFFICES = [("kh-cong-doan.txt", """CÔNG ĐOÀN NGÀNH GIÁO DỤC HUYỆN AN LẠC
Số: 21/KH-CĐN
An Lạc, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức Hội diễn văn nghệ mừng Ngày Quốc tế Phụ nữ

III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Công đoàn ngành tổng hợp danh sách tiết mục, báo cáo Ban Thường vụ trước ngày 20/3/2026.
2. Các công đoàn cơ sở đăng ký tiết mục trước ngày 10/3/2026.
"""), ("qd-ubnd.txt", """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 310/QĐ-UBND
An Lạc, ngày 05 tháng 4 năm 2026
QUYẾT ĐỊNH
Về việc kiểm kê tài sản công

Điều 3. Văn phòng Ủy ban nhân dân tỉnh tổng hợp kết quả kiểm kê, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 30/6/2026.
""")]


def test_an_actor_named_with_whose_body_it_is_lists_that_bodys_items_only():
    """Before, --actor "Văn phòng Công đoàn" listed every "Văn phòng" of every document (the province's, the steering
    committee's) as the union office's: the words saying whose office it is count; "Văn phòng" alone keeps all."""
    index = obligation_index(OFFICES)
    union = [o.quote for o in index.select("Văn phòng Công đoàn")]
    assert len(union) == 1 and union[0].startswith("Văn phòng Công đoàn ngành tổng hợp"), union
    assert {o.doc_id for o in index.select("Văn phòng")} == {"kh-cong-doan.txt", "qd-ubnd.txt"}
    assert [o.doc_id for o in index.select("văn phòng ủy ban nhân dân tỉnh")] == ["qd-ubnd.txt"]


def test_who_a_rule_covers_is_no_target():
    """Before, a decision's list of who is exempt ("… có tỷ lệ suy giảm khả năng lao động từ 61% trở lên") was read as
    a monthly target and headed every month's deadlines; "trở lên" alone states a threshold, a goal says more."""
    decision = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 45/QĐ-UBND
An Lạc, ngày 10 tháng 5 năm 2026
QUYẾT ĐỊNH
Về việc giảm học phí cho con đoàn viên

Điều 2. Được giảm 50% học phí các đối tượng là: con của đoàn viên có tỷ lệ suy giảm khả năng lao động từ 61% trở lên; con của đoàn viên đang hưởng trợ cấp hàng tháng.
Điều 3. Phấn đấu 90% trở lên số con đoàn viên thuộc diện được giảm học phí được xét trong năm học 2026-2027.
"""
    targets = [o.quote for o in obligation_index([("qd45.txt", decision)]).items if o.kind == "target"]
    assert not any("suy giảm" in q for q in targets), targets
    assert any(q.startswith("Phấn đấu 90% trở lên") for q in targets), targets


RESOLUTION = """CÔNG ĐOÀN CƠ SỞ XÍ NGHIỆP IN BÌNH MINH
Số: 05/NQ-CĐCS
Hải Phòng, ngày 10 tháng 10 năm 2026
NGHỊ QUYẾT
Hội nghị Ban Chấp hành mở rộng về công tác năm 2027

I. CHỈ TIÊU
1. Thu quỹ xã hội đạt 100% kế hoạch; nộp đoàn phí về công đoàn cấp trên chậm nhất ngày 15 của tháng cuối quý.

II. NHIỆM VỤ
1. Ủy ban kiểm tra công đoàn rà soát sổ quỹ tương trợ mỗi năm một lần vào tháng 9.

III. TỔ CHỨC THỰC HIỆN
Giao Chủ tịch Công đoàn cơ sở phổ biến Nghị quyết đến đoàn viên; các tổ trưởng công đoàn gửi báo cáo kết quả về Ban Chấp hành trước ngày 20/5/2027.
"""


def test_each_clause_of_a_resolution_keeps_its_own_time_and_doer():
    """`troly deadlines` of a resolution: a yearly check "vào tháng 9" falls due at the end of September, not at the
    year's end; a quarterly limit is filed with the clause that sets it, not the target before it; a report the team
    leaders owe after a ";" is theirs, not the chairman's body's, and `--actor "tổ trưởng công đoàn"` finds it."""
    from bot.channels.render import render_deadlines

    index = obligation_index([("nq05.txt", RESOLUTION)])
    lines = render_deadlines(index.timeline(), date(2026, 12, 3)).splitlines()
    check = next(line for line in lines if "sổ quỹ tương trợ" in line)
    assert "30/09/2027" in check and "31/12" not in check, check
    quarterly = [line for line in lines if "Hằng quý" in line]
    assert quarterly and all("nộp đoàn phí" in line and "Thu quỹ xã hội" not in line for line in quarterly), lines
    report = next(line for line in lines if "20/05/2027" in line)
    assert "tổ trưởng công đoàn gửi báo cáo" in report and "CĐCS" not in report.split("]")[0], report
    leaders = [o for items in index.by_actor("tổ trưởng công đoàn").values() for o in items]
    assert [o.due["date"] for o in leaders] == ["2027-05-20"], leaders
    assert any("phổ biến Nghị quyết" in o.quote for o in index.select("CĐCS")), "the first clause stays the body's"


# A report of this file's own: what a half-year reached (results, not duties), then what the next half-year must do.
REPORT = """CÔNG ĐOÀN TRƯỜNG TIỂU HỌC HOA SEN
Số: 07/BC-CĐCS
Phú Lâm, ngày 08 tháng 7 năm 2026
BÁO CÁO
Kết quả công tác công đoàn 6 tháng đầu năm 2026

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Phát triển đoàn viên
Số đoàn viên của trường đến 30/6/2026 là 61 người. Trong học kỳ II đã kết nạp mới 6 đoàn viên, đạt 75% chỉ tiêu cả năm.
2. Tài chính
Thu đoàn phí đạt 52% dự toán năm.

II. CÔNG TÁC PHỐI HỢP
Ngày 20 tháng 6 năm 2026, tại phòng họp nhà trường, đồng chí Hiệu trưởng chủ trì hội nghị sơ kết quý II năm 2026.
Tỷ lệ giáo viên tham gia hội thi mới đạt 40% kế hoạch.

III. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026
1. Phấn đấu kết nạp thêm ít nhất 2 đoàn viên.
2. Các tổ công đoàn gửi danh sách đoàn viên khó khăn về Ban Chấp hành trước ngày 15/11/2026.
3. Công đoàn các quận, huyện rà soát số đoàn viên nghỉ hưu, gửi về Ban Tổ chức trước ngày 05/01/2027. Mỗi suất quà trị giá 500.000 đồng.
"""


def test_a_reports_results_and_a_past_meeting_are_no_duties_but_its_direction_part_is():
    obligations = parse_document(REPORT, "bao-cao-hoa-sen.txt").obligations
    quotes = " ".join(o.quote for o in obligations)
    for result in ("đến 30/6/2026 là 61", "đã kết nạp mới 6", "52% dự toán", "chủ trì hội nghị sơ kết", "mới đạt 40%"):
        assert result not in quotes, f"a result or a past meeting listed as a duty: {result}"
    target = next(o for o in obligations if "ít nhất 2 đoàn viên" in o.quote)
    assert target.kind == "target" and target.due["date"] == "2026-12-31", "due at the end of the heading's half-year"
    lists = next(o for o in obligations if "15/11/2026" in o.quote)
    assert lists.actor["short"] == "Tổ CĐ" and lists.due["date"] == "2026-11-15"
    index = obligation_index([("bao-cao-hoa-sen.txt", REPORT)])
    county = [o for items in index.by_actor("cong doan quan huyen").values() for o in items]
    assert [o.due["date"] for o in county] == ["2027-01-05"], "plural district unions are a body one can ask for"
    assert "trị giá" not in quotes, "what a gift is worth is no duty of the unions named before"


def test_a_letters_amounts_funding_and_parts_are_no_duties():
    letter = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN BÌNH SƠN
Số: 31/LĐLĐ
Bình Sơn, ngày 02 tháng 4 năm 2026
V/v hỗ trợ đoàn viên bị thiên tai
Kính gửi: Các công đoàn cơ sở trực thuộc.
Liên đoàn Lao động huyện đề nghị các công đoàn cơ sở thực hiện các nội dung sau:
1. Lập danh sách đoàn viên bị thiệt hại do bão.
2. Mức hỗ trợ: 1.500.000 đồng/đoàn viên có nhà bị hư hỏng; 3.000.000 đồng/đoàn viên có nhà bị sập. Kinh phí trích từ quỹ Tương trợ của huyện.
3. Hồ sơ gồm: đơn đề nghị; xác nhận của chính quyền địa phương.
4. Các công đoàn cơ sở gửi hồ sơ về Liên đoàn Lao động huyện trước ngày 30/4/2026. Quá thời hạn trên, Liên đoàn Lao động huyện không xét hồ sơ.
Đề nghị các công đoàn cơ sở quan tâm thực hiện./.
"""
    obligations = parse_document(letter, "cv-31.txt").obligations
    quotes = [o.quote for o in obligations]
    assert any("Lập danh sách đoàn viên" in q for q in quotes) and any("30/4/2026" in q for q in quotes)
    for noise in ("đồng/đoàn viên", "Kinh phí trích", "Hồ sơ gồm", "nội dung sau", "quan tâm thực hiện"):
        assert not any(noise in q for q in quotes), f"no duty: {noise}"
    lapse = next(o for o in obligations if o.quote.startswith("Quá thời hạn"))
    assert lapse.actor["short"] == "LĐLĐ huyện", "the body named after the lapse, not the unions asked before"


RULES = [("qc05.txt", """CÔNG ĐOÀN TRƯỜNG TRUNG HỌC CƠ SỞ HÒA AN
Số: 05/QC-CĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa An, ngày 15 tháng 9 năm 2026

QUY CHẾ
Hoạt động của Ban Chấp hành Công đoàn Trường Trung học cơ sở Hòa An nhiệm kỳ 2026 - 2031

Điều 1. Phạm vi áp dụng
Quy chế này quy định nhiệm vụ, quyền hạn và lề lối làm việc của Ban Chấp hành Công đoàn trường.

Điều 2. Chế độ họp
1. Ban Chấp hành họp thường kỳ mỗi tháng một lần vào tuần đầu của tháng.
2. Ủy viên Ban Chấp hành vắng họp phải báo cáo lý do với Chủ tịch trước buổi họp.

Điều 3. Hội nghị cán bộ, công chức
Chủ tịch phối hợp với Hiệu trưởng tổ chức Hội nghị cán bộ, công chức, viên chức vào tháng 10 hằng năm.

Điều 4. Nhiệm vụ của Chủ tịch
1. Điều hành mọi hoạt động của Ban Chấp hành giữa hai kỳ họp.
2. Ký các văn bản của Công đoàn trường gửi cấp trên.
3. Phân công nhiệm vụ cho các ủy viên Ban Chấp hành.

Điều 5. Hiệu lực thi hành
Quy chế này có hiệu lực kể từ ngày ký.

TM. BAN CHẤP HÀNH
CHỦ TỊCH

Nguyễn Thị Lan
""")]


def test_a_chairs_duties_in_a_rules_document_are_the_chairs():
    """Before, in a quy chế, "Chủ tịch phối hợp với Hiệu trưởng tổ chức Hội nghị … tháng 10 hằng năm" was listed under
    "(không ghi rõ đơn vị)", the items of "Điều 4. Nhiệm vụ của Chủ tịch" were no duties at all, and "Ủy viên Ban Chấp
    hành vắng họp phải báo cáo …" named "Ủy viên Ban Chấp hành vắng họp" as its doer (`troly obligations --actor`)."""
    index = obligation_index(RULES)
    chair = [o.quote for o in index.select("chu tich")]
    assert any(q.startswith("Chủ tịch phối hợp với Hiệu trưởng") for q in chair), chair
    assert {"Điều hành mọi hoạt động của Ban Chấp hành giữa hai kỳ họp.", "Ký các văn bản của Công đoàn trường gửi cấp trên.",
            "Phân công nhiệm vụ cho các ủy viên Ban Chấp hành."} <= set(chair), chair
    assert not [o.quote for o in index.items if not o.actor], "every duty of the rules names its doer"
    member = [o.actor["name"] for o in index.items if o.quote.startswith("Ủy viên Ban Chấp hành vắng họp")]
    assert member == ["Ủy viên Ban Chấp hành"], member


NEXT_TASKS_REPORT = [("bc18.txt", """CÔNG ĐOÀN CÔNG TY TNHH GỖ TÂN PHÚ
Số: 18/BC-CĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Phú, ngày 20 tháng 11 năm 2026

BÁO CÁO
Kết quả hoạt động công đoàn năm 2026 và phương hướng năm 2027

I. KẾT QUẢ THỰC HIỆN
1. Tổ chức thăm hỏi 45 đoàn viên ốm đau, tổng số tiền 22.500.000 đồng.
2. Phát triển mới 30 đoàn viên, đạt 120% kế hoạch.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI
1. Hoàn thành thu kinh phí công đoàn năm 2026 trước ngày 15/12/2026.
2. Tổ chức Tết sum vầy cho đoàn viên trước ngày 20/01/2027.

Nơi nhận:
- LĐLĐ huyện;
- Lưu.

TM. BAN CHẤP HÀNH
CHỦ TỊCH

Trần Văn Bình
""")]


def test_a_reports_next_tasks_naming_no_doer_are_its_issuers_own():
    """Before, "Hoàn thành thu kinh phí công đoàn … trước ngày 15/12/2026" under a report's "PHƯƠNG HƯỚNG, NHIỆM VỤ"
    had no doer: the công đoàn that reports what it did and will do is the one to do it."""
    index = obligation_index(NEXT_TASKS_REPORT)
    own = [o for o in index.items if o.quote.startswith("Hoàn thành thu kinh phí")]
    assert [o.actor["name"] for o in own if o.actor] == ["Công đoàn Công ty TNHH Gỗ Tân Phú"], index.items
    assert not any("45 đoàn viên" in o.quote for o in index.items), "what was done is no task"


# A resolution of this file's own: the enacting formula, an article of results, targets under a heading naming their
# year, a contract-like length inside a target, and a sentence whose own subject is not the body of the one before.
CONFERENCE_RESOLUTION = """CÔNG ĐOÀN VIÊN CHỨC HUYỆN ĐÔNG SƠN
BAN CHẤP HÀNH
Số: 03/NQ-CĐVC
Đông Sơn, ngày 10 tháng 12 năm 2026

NGHỊ QUYẾT
Hội nghị Ban Chấp hành lần thứ 5 về nhiệm vụ năm 2027

Căn cứ Điều lệ Công đoàn Việt Nam;
BAN CHẤP HÀNH CÔNG ĐOÀN VIÊN CHỨC HUYỆN QUYẾT NGHỊ:

Điều 1. Nhất trí với báo cáo kết quả công tác năm 2026
Năm 2026, toàn huyện kết nạp 95 đoàn viên mới, bằng 110% kế hoạch; 18 công đoàn cơ sở vững mạnh.

Điều 2. Mục tiêu năm 2027
1. Kết nạp ít nhất 80 đoàn viên mới; 100% viên chức có thời gian công tác từ 6 tháng trở lên được tuyên truyền về tổ chức công đoàn.
2. Phấn đấu 95% đoàn viên được tham gia sinh hoạt chuyên đề.

Điều 3. Tổ chức thực hiện
Ban Thường vụ chỉ đạo triển khai Nghị quyết. Các ban, các công đoàn cơ sở trực thuộc xây dựng kế hoạch hành động, gửi về Văn phòng trước ngày 20/01/2027.
"""


def test_a_resolutions_results_and_formula_are_no_tasks_and_its_targets_fall_due_at_the_headings_years_end():
    """`troly deadlines` of a nghị quyết: "từ 6 tháng trở lên" is how long a member has served, not "6 tháng một lần";
    the targets of "Điều 2. Mục tiêu năm 2027" fall due at the end of 2027; last year's results and the "… QUYẾT
    NGHỊ:" line are not listed; "Các ban, các công đoàn cơ sở … gửi …" is theirs, not the Ban Thường vụ's before it."""
    from bot.channels.render import render_deadlines

    index = obligation_index([("nq03.txt", CONFERENCE_RESOLUTION)])
    quotes = " ".join(o.quote for o in index.items)
    assert "QUYẾT NGHỊ" not in quotes and "95 đoàn viên" not in quotes, quotes
    lines = render_deadlines(index.timeline(), date(2026, 12, 15)).splitlines()
    for words in ("từ 6 tháng trở lên", "ít nhất 80 đoàn viên", "95% đoàn viên"):
        line = next(line for line in lines if words in line)
        assert "năm 2027" in line and "6 tháng một lần" not in line, line
    plan = [o for o in index.items if "kế hoạch hành động" in o.quote]
    assert plan and all(o.due["date"] == "2027-01-20" and "Ban Thường vụ" not in o.bodies for o in plan), plan
    assert [o.quote for o in index.select("các ban")] == [o.quote for o in plan]


# A directive of this file's own: numbered bodies over lettered items (the first naming a union of industrial zones),
# and a last numbered item that is a whole sentence with no items under it.
DIRECTIVE = """LIÊN ĐOÀN LAO ĐỘNG TỈNH HÒA NAM
BAN THƯỜNG VỤ
Số: 04/CT-LĐLĐ
Hòa Nam, ngày 12 tháng 11 năm 2026

CHỈ THỊ
Về chăm lo Tết cho người lao động

Để chăm lo Tết cho người lao động, Ban Thường vụ Liên đoàn Lao động tỉnh yêu cầu:

1. Các Liên đoàn Lao động huyện, thị xã và Công đoàn các Khu công nghiệp:

a) Rà soát danh sách người lao động có hoàn cảnh khó khăn, hoàn thành trước ngày 15/12/2026.

b) Báo cáo kết quả thăm hỏi về Ban Thường vụ Liên đoàn Lao động tỉnh trước ngày 20/02/2027.

2. Công đoàn cơ sở:

a) Phối hợp với người sử dụng lao động tổ chức xe đưa công nhân về quê trước ngày 25/01/2027.

3. Ban Nữ công Liên đoàn Lao động tỉnh tổ chức chương trình Chợ Tết Công đoàn trong tháng 01/2027.

Ban Thường vụ Liên đoàn Lao động tỉnh yêu cầu các cấp công đoàn nghiêm túc thực hiện Chỉ thị này.
"""


def test_a_directives_first_bodies_and_its_last_numbered_sentence_have_their_tasks():
    """`troly obligations --actor`: the items under "1. Các Liên đoàn Lao động huyện, thị xã và Công đoàn các Khu công
    nghiệp:" are both bodies' ("Công đoàn các KCN" is a body one can ask for); "3. Ban Nữ công … trong tháng 01/2027."
    is the Ban Nữ công's task, due at the month's end."""
    index = obligation_index([("ct04.txt", DIRECTIVE)])
    for name in ("Công đoàn các Khu công nghiệp", "cong doan cac KCN", "LĐLĐ huyện"):
        assert sorted(o.due["date"] for o in index.select(name)) == ["2026-12-15", "2027-02-20"], name
    market = index.select("Ban Nữ công")
    assert [(o.quote[:30], o.due["date"]) for o in market] == [("Ban Nữ công Liên đoàn Lao động", "2027-01-31")]


def test_a_schedule_tables_person_in_charge_hour_and_place_make_its_calendar_events(tmp_path):
    """A thông báo's markdown schedule "Nội dung | Thời gian | Địa điểm | Người phụ trách": each row is its body's
    (`--actor "Ban Nữ công"`), an event at "7 giờ 30 ngày 20/3/2027" is dated, and `deadlines --ics` puts it at the
    row's place."""
    from icalendar import Calendar

    from bot.answer.exports import write_ics

    notice = """# THÔNG BÁO

**CÔNG ĐOÀN CÔNG TY CỔ PHẦN DỆT AN PHÚ**

Về việc tổ chức Ngày hội gia đình công nhân

### 1. Lịch tổ chức

| Nội dung | Thời gian | Địa điểm | Người phụ trách |
|---|---|---|---|
| Đăng ký các gia đình tham gia | Trước ngày 10/3/2027 | Các phân xưởng | Tổ trưởng công đoàn |
| Hội thi nấu ăn gia đình | 7 giờ 30 ngày 20/3/2027 | Nhà văn hóa công ty | Ban Nữ công |
"""
    index = obligation_index([("tb-an-phu.md", notice)])
    contest = index.select("Ban Nữ công")
    assert [o.due["date"] for o in contest] == ["2027-03-20"] and "Hội thi nấu ăn" in contest[0].quote
    assert [o.due["date"] for o in index.select("tổ trưởng công đoàn")] == ["2027-03-10"]
    write_ics(index.timeline(), tmp_path / "an-phu.ics", year=2027)
    events = Calendar.from_ical((tmp_path / "an-phu.ics").read_bytes()).walk("VEVENT")
    places = {e.decoded("dtstart"): str(e["location"]) for e in events}
    assert places == {date(2027, 3, 10): "Các phân xưởng", date(2027, 3, 20): "Nhà văn hóa công ty"}, places
