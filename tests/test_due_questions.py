"""A question asking what falls due in a time counted from today ("tuần này có việc gì tới hạn?", "báo cáo
nào đã quá hạn?") is answered from the extracted deadlines (as /hanchot), each cited, not from a passage that
happens to share the words "hạn" or "việc"."""
from __future__ import annotations

from datetime import date

import pytest

from bot.answer.due_questions import due_window
from tests.test_chat_chains import school  # noqa: F401 (a fixture: invented notice with events dated in October)


def _span(question: str, today: date, bodies: tuple[str, ...] = ()):
    window = due_window(question, today, lambda words: [words] if words in bodies else None)
    return window and (window.name, window.first, window.last, window.actor)


def test_due_window_reads_the_span_the_question_names():
    today = date(2026, 12, 2)  # a Wednesday
    assert _span("Tuần này có việc gì tới hạn không?", today)[1:3] == (date(2026, 12, 2), date(2026, 12, 6))
    assert _span("thang sau co nhiem vu nao het han", today)[1:3] == (date(2027, 1, 1), date(2027, 1, 31))
    assert _span("Những báo cáo nào đã quá hạn?", today)[0] == "overdue"
    assert _span("Hạn nộp báo cáo sơ kết là khi nào?", today) is None
    assert _span("Phải làm gì?", today) is None  # no span: a question about the texts


def test_a_body_or_a_day_named_narrows_the_window_and_a_topic_is_searched():
    today = date(2026, 12, 2)
    assert _span("Sở Tài chính có việc gì đến hạn tháng này?", today, ("so tai chinh",)) == (
        "this_month", today, date(2026, 12, 31), "so tai chinh")
    assert _span("Ban Nữ công phải làm gì trước ngày 15/3?", today, ("ban nu cong",)) == (
        "day", today, date(2027, 3, 15), "ban nu cong")
    assert _span("tuần tới có gì phải nộp không", today)[0] == "next_week"
    assert _span("Quỹ hỗ trợ nhà ở có việc gì đến hạn tháng này?", today) is None  # not a body
    assert _span("Báo cáo quý của Sở Tài chính thì hạn chót là khi nào?", today, ("so tai chinh",)) is None


@pytest.mark.slow
def test_what_falls_due_this_month_is_listed_from_the_deadlines_with_citations(assistant):
    assistant.settings = assistant.settings.model_copy(update={"today": date(2026, 12, 2)})
    answer = assistant.ask("trong thang nay co viec gi can hoan thanh truoc han khong")
    assert answer.mode == "deadlines" and answer.found
    assert "31/12/2026" in answer.answer and "[1]" in answer.answer
    assert answer.citations and all(c.passage.text for c in answer.citations)


def test_a_follow_up_changes_the_span_or_the_body_of_the_due_question_before():
    from bot.answer.due_questions import due_followup

    today = date(2026, 12, 2)
    bodies = lambda words: [b for b in ("ubnd xa", "ldld huyen") if b in words] or None  # noqa: E731  (as resolve)
    before = due_window("LĐLĐ huyện có việc gì đến hạn tháng này?", today, bodies)
    later = due_followup("thế còn tháng sau?", before, today, bodies)
    assert (later.name, later.first, later.actor) == ("next_month", date(2027, 1, 1), "ldld huyen")
    other = due_followup("còn UBND xã thì sao", before, today, bodies)
    assert (other.name, other.last, other.actor) == ("this_month", date(2026, 12, 31), "ubnd xa")
    assert due_followup("ai ký kế hoạch này?", before, today, bodies) is None


@pytest.mark.slow
def test_a_follow_up_of_a_due_question_is_answered_from_the_deadlines(assistant):
    assistant.settings = assistant.settings.model_copy(update={"today": date(2026, 12, 2)})
    first = "có việc gì tới hạn trong tuần này không"
    answer = assistant.ask("còn tháng sau thì sao?", history=[(first, assistant.ask(first).answer)])
    assert answer.mode == "deadlines" and "01/01/2027" in answer.answer


@pytest.mark.slow
def test_a_deadline_follow_up_of_a_question_on_one_plan_stays_with_that_plan(assistant):
    """"đã hết hạn chưa?" after a question on one plan's report asks of that report, not for every overdue item;
    "cảm ơn" between a due question and "còn tháng sau?" does not end the chain."""
    assistant.settings = assistant.settings.model_copy(update={"today": date(2026, 12, 2)})
    first = "Kế hoạch thực hiện Kết luận 51 yêu cầu LĐLĐ huyện báo cáo khi nào?"
    history = [(first, assistant.ask(first).answer)]
    for then in ("đã hết hạn chưa?", "còn hạn chót thì sao?", "phải hoàn thành những gì?"):
        assert assistant.ask(then, history=history).mode != "deadlines", then
    due = "có việc gì tới hạn trong tuần này không"
    chat = [(due, assistant.ask(due).answer), ("cảm ơn", assistant.ask("cảm ơn").answer)]
    assert assistant.ask("còn tháng sau?", history=chat).mode == "deadlines"


def test_recently_is_no_span_to_come():
    assert _span("gần đây phải làm gì", date(2026, 12, 2)) is None


def test_this_year_and_next_year_are_spans():
    today = date(2026, 12, 2)
    assert _span("năm nay có việc gì đến hạn?", today)[1:3] == (today, date(2026, 12, 31))
    assert _span("nam sau co viec gi den han", today)[1:3] == (date(2027, 1, 1), date(2027, 12, 31))


def test_a_lone_submit_word_and_a_leap_day_in_another_year_still_ask_what_falls_due():
    today = date(2026, 12, 2)  # 2027 is no leap year
    assert _span("Hạn chót nộp báo cáo tháng này là những gì?", today)[0] == "this_month"
    assert _span("phải làm gì trước 29/2?", today)[1:3] == (today, date(2027, 2, 28))  # the month's last day
    assert _span("phải làm gì trước 31/4/2027?", today)[0] == "impossible"  # a day no calendar has: told so


@pytest.mark.slow
def test_asking_for_more_after_a_due_list_goes_on_with_the_items_not_yet_shown(assistant):
    assistant.settings = assistant.settings.model_copy(update={"today": date(2026, 12, 2)})
    first = "sắp tới có việc gì đến hạn"
    shown = assistant.ask(first)
    items = [ln for ln in shown.answer.splitlines() if ln.startswith("•")]
    assert shown.mode == "deadlines" and len(items) == 10 and shown.citations  # more than one answer's worth
    history = [(first, shown.answer)]
    more = assistant.ask("còn gì nữa không?", history=history)
    assert more.mode == "deadlines" and more.citations
    lines = lambda a: {ln for ln in a.answer.splitlines() if ln.startswith("•")}  # noqa: E731
    assert not lines(shown) & lines(more)
    while more.citations:  # on until every item was listed, then it says so
        history.append(("còn gì nữa không?", more.answer))
        more = assistant.ask("còn gì nữa không?", history=history)
    assert more.mode == "deadlines" and not more.found and "hết" in more.answer


def test_only_asking_for_more_turns_the_page_of_a_due_list():
    from bot.answer.due_questions import due_followup

    today = date(2026, 12, 2)
    before = due_window("năm nay có việc gì đến hạn?", today)
    for more in ("còn gì nữa không?", "xem tiếp", "tiếp đi", "còn gì khác không"):
        assert due_followup(more, before, today).shown == 10, more
    for same in ("có báo cáo nào không?", "phải làm gì?"):
        assert due_followup(same, before, today).shown == 0, same


def test_a_day_no_month_ever_has_is_no_limit_but_told():
    assert _span("phải làm gì trước 30/2?", date(2026, 12, 2))[0] == "impossible"
    assert _span("phải làm gì trước 31/4?", date(2026, 12, 2))[0] == "impossible"
    assert _span("phải làm gì trước 29/2?", date(2026, 12, 2))[0] == "day"  # a leap year's day


@pytest.mark.slow
def test_a_bot_pages_through_a_due_list_with_thanks_between(assistant):
    """A bot keeps HISTORY_TURNS of its chat: the paging chain must still reach back to the due question."""
    from collections import deque

    from bot.answer.followup import turn
    from bot.channels.core import HISTORY_TURNS

    assistant.settings = assistant.settings.model_copy(update={"today": date(2026, 12, 2)})
    history: deque = deque(maxlen=HISTORY_TURNS)
    answers = []
    for message in ("sắp tới có việc gì đến hạn", "còn gì nữa không?", "cảm ơn", "còn gì nữa không?",
                    "còn gì nữa không?"):
        answers.append(assistant.ask(message, history=list(history)))
        history.append(turn(message, answers[-1]))
    assert [a.mode for a in answers[:2] + answers[3:]] == ["deadlines"] * 4
    assert "Đã liệt kê hết" in answers[-1].answer


def test_due_questions_opened_with_a_request_or_naming_a_month_list_what_falls_due():
    """Before, "Tôi cần biết việc gì đến hạn tháng này", "nhắc mình những việc đến hạn tuần này", "mình muốn xem các
    báo cáo phải nộp trong tháng 12" were searched as content questions and answered "không đề cập"."""
    today = date(2026, 12, 2)
    for question in ("Tôi cần biết việc gì đến hạn tháng này", "Tôi cần biết việc gì đến hạn tháng này?",
                     "toi can biet viec gi den han thang nay"):
        assert _span(question, today)[:3] == ("this_month", today, date(2026, 12, 31)), question
    assert _span("nhắc mình những việc đến hạn tuần này", today)[0] == "this_week"
    for question in ("mình muốn xem các báo cáo phải nộp trong tháng 12", "có báo cáo nào phải nộp trong tháng 12 không"):
        assert _span(question, today)[1:3] == (today, date(2026, 12, 31)), question
    assert _span("việc gì phải làm trong tháng 3", today)[1:3] == (date(2027, 3, 1), date(2027, 3, 31))


def test_a_content_question_naming_a_month_is_still_searched():
    today = date(2026, 12, 2)
    for question in ("Báo cáo tháng 12 gồm những nội dung gì?", "Hội thao tổ chức trong tháng 11 ở đâu?",
                     "Tôi cần biết kế hoạch tháng 12 của công đoàn", "tháng 12 phải nộp báo cáo thi đua cho ai?"):
        assert _span(question, today) is None, question


def test_a_due_list_cites_each_passage_once(assistant):
    """Before, a passage holding several items falling due was cited once per item, under different numbers
    ([5] = [6], [7] = [8] = [9])."""
    assistant.settings = assistant.settings.model_copy(update={"today": date(2026, 12, 2)})
    answer = assistant.ask("việc gì đến hạn tháng này")
    assert answer.mode == "deadlines" and len(answer.citations) >= 2, answer.answer
    cited = [(c.passage.doc_id, c.passage.text) for c in answer.citations]
    assert len(cited) == len(set(cited)), answer.answer
    assert all(f"[{c.n}]" in answer.answer for c in answer.citations)


@pytest.mark.parametrize(("question", "named"), [("Tháng 13 có việc gì đến hạn?", "tháng 13"),
                                                 ("phải làm gì trước ngày 32/12?", "ngày 32/12"),
                                                 ("Có báo cáo nào đến hạn trước 30/2/2027 không?", "ngày 30/2/2027"),
                                                 ("thang 0 co gi het han", "tháng 0")])
def test_an_impossible_day_or_month_is_told_not_read_as_soon(assistant, question, named):
    """"tháng 13", "ngày 32", "30/2": no calendar has them; the member is told so (and what a month or a day may be),
    not shown what falls due soon as if the date had not been typed."""
    assistant.settings = assistant.settings.model_copy(update={"today": date(2026, 12, 2)})
    answer = assistant.ask(question)
    assert not answer.found and not answer.citations
    assert f"Không có {named}" in answer.answer, answer.answer
    assert "đến hạn từ" not in answer.answer, answer.answer


def test_a_month_named_with_its_year_is_that_month_past_or_to_come():
    """Before, "trong tháng 5/2026 có việc gì phải làm" was no due question (the year after the month was read as
    another number) and was searched: any passage saying "tháng" answered, of another month too."""
    today = date(2026, 12, 2)
    for question in ("trong tháng 5/2026 có việc gì phải làm", "tháng 5 năm 2026 có việc gì đến hạn",
                     "thang 05/2026 co viec gi phai lam"):
        assert _span(question, today)[:3] == ("month", date(2026, 5, 1), date(2026, 5, 31)), question
    assert _span("việc gì phải làm trong tháng 12/2026", today)[1:3] == (date(2026, 12, 1), date(2026, 12, 31))
    assert _span("tháng 3/2027 có gì đến hạn", today)[1:3] == (date(2027, 3, 1), date(2027, 3, 31))
    assert _span("Báo cáo tháng 5/2026 gồm những nội dung gì?", today) is None


def test_a_month_of_a_past_year_lists_what_fell_due_in_it(assistant):
    assistant.settings = assistant.settings.model_copy(update={"today": date(2026, 12, 2)})
    answer = assistant.ask("trong tháng 5/2026 có việc gì phải làm")
    assert answer.mode == "deadlines", answer.answer
    assert "01/05/2026 đến 31/05/2026" in answer.answer, answer.answer


def test_a_month_asked_is_answered_from_the_passages_stating_it_as_from_every_passage(school):
    """The lines dated in a month asked were found by reading every stored passage (slow on a big store); they are now
    read from the passages the lexical index says hold the month's number and its year: the same lines, cited alike.
    And a month with events dated in it but no deadline was answered "Đã liệt kê hết 0 việc …", the events unsaid."""
    from bot.answer.due_questions import due_answer
    from vectorstore.search import Passage

    school.settings = school.settings.model_copy(update={"today": date(2027, 9, 5)})
    question = "trong tháng 10/2027 có việc gì phải làm"
    answer = school.ask(question)
    assert "19/10/2027" in answer.answer and "25/10/2027" in answer.answer and "20/9/2027" not in answer.answer, \
        answer.answer
    window = school._due(question, None)
    every = due_answer(question, window, school.answer_context.obligations, school.settings.current_date(),
                       school._passage, lambda window: [Passage.from_chunk(c, 0.0) for c in school.store.iter_chunks()])
    assert answer.answer == every.answer and answer.citations == every.citations, (answer.answer, every.answer)
    assert len(school._passages(window)) < len(list(school.store.iter_chunks()))


SPORTS_PLAN = """CÔNG ĐOÀN NGÀNH Y TẾ TỈNH AN BÌNH
Số: 12/KH-CĐN
An Bình, ngày 02 tháng 11 năm 2026
KẾ HOẠCH
Tổ chức hội thao và chăm lo Tết cho đoàn viên

I. NHIỆM VỤ
1. Các công đoàn cơ sở gửi danh sách vận động viên về Ban Tuyên giáo trước ngày 20/12/2026.
2. Ban Tuyên giáo hoàn thành điều lệ hội thao trước ngày 10/12/2026.
3. Các công đoàn cơ sở nộp danh sách đoàn viên nhận quà Tết trước ngày 10/12/2026.
4. Ban Nữ công tổng hợp kết quả chăm lo Tết, báo cáo Thường trực trước ngày 20/02/2027.
5. Văn phòng lập báo cáo tổng kết năm, gửi Ban Thường vụ trước ngày 15/11/2027.
6. Hằng tháng, các tổ công đoàn báo cáo sinh hoạt về Văn phòng trước ngày 25.
"""


def _plan_answer(question: str, today: date) -> str:
    """The due answer to a question over SPORTS_PLAN alone (no store: each item listed without its passage)."""
    from bot.answer.due_questions import due_answer
    from tests.helpers import obligation_index

    window = due_window(question, today)
    assert window is not None, question
    return due_answer(question, window, obligation_index([("ke-hoach-12.txt", SPORTS_PLAN)]), today,
                      lambda doc_id, position: None).answer


def test_a_year_a_quarter_or_a_half_named_is_a_span_as_a_month_is():
    """Before, "năm 2027 có những việc gì đến hạn" was searched and answered "không đề cập … cho năm 2027", and "quý 1
    năm 2027 có hạn chót nào?" was searched (two passages quoted) although "tháng 1/2027" was listed."""
    today = date(2026, 12, 3)
    for question in ("năm 2027 có những việc gì đến hạn", "nam 2027 co viec gi phai lam"):
        assert _span(question, today)[:3] == ("year", date(2027, 1, 1), date(2027, 12, 31)), question
    for question in ("quý 1 năm 2027 có hạn chót nào?", "quý I/2027 có việc gì đến hạn", "quy 1 co gi phai nop"):
        assert _span(question, today)[:3] == ("quarter", date(2027, 1, 1), date(2027, 3, 31)), question
    assert _span("quý IV có việc gì đến hạn?", today)[:3] == ("quarter", today, date(2026, 12, 31))
    assert _span("6 tháng đầu năm 2027 có việc gì phải hoàn thành", today)[1:3] == (date(2027, 1, 1),
                                                                                     date(2027, 6, 30))
    assert _span("quý sau có việc gì đến hạn", today)[1:3] == (date(2027, 1, 1), date(2027, 3, 31))
    assert _span("tháng 1 năm 2027 có việc gì đến hạn", today)[:3] == ("month", date(2027, 1, 1), date(2027, 1, 31))
    for question in ("Báo cáo năm 2027 gồm những nội dung gì?", "Kế hoạch quý 1 năm 2027 có hạn chót nào?"):
        assert _span(question, today) is None, question


def test_a_quarter_asked_lists_its_deadlines_and_recurring_items_and_no_other():
    answer = _plan_answer("quý 1 năm 2027 có hạn chót nào?", date(2026, 12, 3))
    assert "20/02/2027" in answer and "25/01/2027" in answer, answer  # the dated item and the monthly report
    assert "20/12/2026" not in answer and "15/11/2027" not in answer, answer
    year = _plan_answer("năm 2027 có những việc gì đến hạn", date(2026, 12, 3))
    assert "20/02/2027" in year and "15/11/2027" in year and "20/12/2026" not in year, year


def test_the_earliest_deadline_asked_is_the_first_still_to_come_with_all_its_items():
    """Before, "Văn bản nào có hạn chót sớm nhất?" was searched and quoted a deadline long past and two recurring ones."""
    today = date(2026, 12, 3)
    for question in ("Văn bản nào có hạn chót sớm nhất?", "việc nào đến hạn gần nhất?", "viec nao den han som nhat"):
        assert _span(question, today)[0] == "earliest", question
    answer = _plan_answer("việc nào đến hạn sớm nhất?", today)
    items = [line for line in answer.splitlines() if line.startswith("•")]
    assert len(items) == 2 and all("10/12/2026" in line for line in items), answer  # both items of that day
    later = _plan_answer("việc nào đến hạn sớm nhất?", date(2026, 12, 11))
    assert "20/12/2026" in later and "10/12/2026" not in later, later


_MEMBERS_PLAN = """CÔNG ĐOÀN NGÀNH XÂY DỰNG TỈNH HÀ TĨNH
Số: 21/KH-CĐN
Hà Tĩnh, ngày 05 tháng 01 năm 2025
KẾ HOẠCH
Phát triển đoàn viên giai đoạn 2025 - 2026

I. CHỈ TIÊU
1. Đến năm 2025, kết nạp mới ít nhất 300 đoàn viên.
II. TỔ CHỨC THỰC HIỆN
1. Các công đoàn cơ sở báo cáo kết quả kết nạp đoàn viên về Ban Tổ chức Công đoàn ngành trước ngày 30/6/2026.
2. Ban Tổ chức tổ chức lớp tập huấn cán bộ công đoàn cơ sở trước ngày 15/8/2026.
"""


def test_a_kind_of_item_asked_lists_only_items_of_that_kind():
    """Before, "báo cáo nào đã quá hạn?" listed every overdue item: the plan's target for the year and its training
    course as well as its one report; "chỉ tiêu nào …" its targets only."""
    from bot.answer.due_questions import due_answer
    from tests.helpers import obligation_index

    today = date(2026, 12, 3)
    index = obligation_index([("kh21_phat_trien.txt", _MEMBERS_PLAN)])
    window = due_window("Báo cáo nào đã quá hạn?", today)
    assert window.kinds == {"report"}
    answer = due_answer("Báo cáo nào đã quá hạn?", window, index, today, lambda doc_id, position: None).answer
    assert "30/06/2026" in answer and "tập huấn" not in answer and "300 đoàn viên" not in answer, answer
    assert answer.startswith("Các báo cáo đã quá hạn (1)"), answer
    every = due_answer("Việc nào đã quá hạn?", due_window("Việc nào đã quá hạn?", today), index, today,
                       lambda doc_id, position: None).answer
    assert "tập huấn" in every and "30/06/2026" in every and "300 đoàn viên" in every, every
    assert due_window("Chỉ tiêu nào đã quá hạn?", today).kinds == {"target"}
