"""The deadlines of a body asked come first: "hạn nộp báo cáo của tổ dân phố" leads with the residents' groups' own
report, not with the ward office's report that only names theirs ("tổng hợp báo cáo của các tổ dân phố") — a time
asked without a day, over a body no table names. The document is this file's own, invented."""
from __future__ import annotations

import pytest

from bot.answer.unknown_names import unnamed_body
from tests.helpers import assistant_fixture, first_line
from troly.vntext import fold

_PLAN = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nPHƯỜNG TÂN HÒA\nSố: 30/KH-UBND\nTân Hòa, ngày 10 tháng 01 năm 2027",
    "KẾ HOẠCH\nVệ sinh môi trường khu dân cư năm 2027",
    "I. NỘI DUNG\n1. Tổ dân phố tổ chức tổng vệ sinh khu dân cư vào sáng chủ nhật hằng tháng.\n"
    "2. Tổ dân phố gửi báo cáo kết quả tổng vệ sinh về UBND phường trước ngày 25 tháng 6 năm 2027.",
    "II. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế phường tổng hợp báo cáo của các tổ dân phố, nộp báo cáo sơ kết về UBND "
    "phường trước ngày 30 tháng 6 năm 2027.\n2. Hội Phụ nữ phường vận động hội viên tham gia tổng vệ sinh.",
])

store = assistant_fixture("kh30-ve-sinh.txt", _PLAN)


@pytest.mark.parametrize("question", ["hạn nộp báo cáo của tổ dân phố", "tổ dân phố phải nộp báo cáo khi nào"])
def test_the_body_asked_leads_its_deadline(store, question):
    """Before, the ward office's line came first (and alone for the second wording)."""
    answer = store.ask(question)
    assert first_line(answer).startswith("Tổ dân phố gửi báo cáo"), answer.answer


# (the same plan, whose tasks go to residents' groups, the ward's economy office and women's union)
@pytest.mark.parametrize("question", ["Phòng Văn hóa phường Tân Hòa phải làm gì trong vệ sinh khu dân cư?",
                                      "Phong Van hoa phuong Tan Hoa phai lam gi trong ve sinh khu dan cu?"])
def test_a_body_the_plan_gives_no_task_is_not_answered_with_anothers(store, question):
    """Before, another body's task was quoted as the duties of an office the plan never names."""
    answer = store.ask(question)
    assert not answer.found and fold("Phòng Văn hóa") in fold(first_line(answer)), answer.answer  # said as typed
    assert "Phòng Kinh tế" not in first_line(answer) and "Tổ dân phố" not in first_line(answer), answer.answer


def test_a_body_the_plan_names_keeps_its_task(store):
    answer = store.ask("Phòng Kinh tế phường phải làm gì?")
    assert answer.found and "tổng hợp báo cáo" in first_line(answer), answer.answer


def test_a_bodys_name_in_capitals_or_written_is_not_refused():
    plan = lambda: ["1. Phòng Tài chính - Kế hoạch tổng hợp dự toán."]  # noqa: E731
    assert unnamed_body("Phòng TC-KH phải làm gì?", plan) == ""  # an abbreviation: may be written out in full
    assert unnamed_body("phòng tài chính phải làm gì", plan) == ""  # written
    assert unnamed_body("Sở Xây dựng phải làm gì?", plan) == "Sở Xây dựng"
