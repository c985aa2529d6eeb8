"""The deadlines of a body asked come first: "hạn nộp báo cáo của tổ dân phố" leads with the residents' groups' own
report, not with the ward office's report that only names theirs ("tổng hợp báo cáo của các tổ dân phố") — a time
asked without a day, over a body no table names. The document is this file's own, invented."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture, first_line

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
