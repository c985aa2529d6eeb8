"""What an officer reads in `troly obligations` / `/nghiavu`: rules and results are no tasks, the one assigned acts,
a plan's own activities are its issuer's (new-user trial of session 40)."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from bot.channels.obligation_lists import duties_or_question
from ingest.parse import parse_document
from tests.helpers import obligation_index

RULES = """CÔNG ĐOÀN CƠ SỞ CHI CỤC THUẾ KHU VỰC AN BÌNH
QUY CHẾ
Hoạt động của Ban Chấp hành Công đoàn cơ sở

Điều 2. Nguyên tắc làm việc
Ban Chấp hành làm việc theo nguyên tắc tập trung dân chủ, tập thể lãnh đạo, cá nhân phụ trách.
Điều 5. Nhiệm vụ của Ủy ban Kiểm tra
Ủy ban Kiểm tra kiểm tra việc thu, chi tài chính công đoàn mỗi năm 02 lần, vào tháng 6 và tháng 12.
Điều 6. Chế độ họp
Ban Chấp hành họp thường kỳ 03 tháng một lần; họp bất thường khi có ít nhất một phần ba số ủy viên đề nghị.
Cuộc họp chỉ hợp lệ khi có ít nhất hai phần ba số ủy viên tham dự.
Ủy viên vắng họp phải báo cáo và được Chủ tịch đồng ý trước ít nhất 01 ngày.
Điều 7. Truyền thông
Mỗi công đoàn cơ sở tổ chức ít nhất 01 buổi truyền thông về phòng chống bệnh không lây nhiễm.
"""

DECISIONS = """CÔNG ĐOÀN NGÀNH AN BÌNH
Số: 62/TB-CĐN
An Bình, ngày 10 tháng 10 năm 2026
THÔNG BÁO
Kết luận của Chủ tịch tại Hội nghị giao ban quý III năm 2026

1. Đại hội Công đoàn cơ sở Bệnh viện A đã bầu Ban Chấp hành khóa VI. Ban Chấp hành khóa VI đã bầu đồng chí Nguyễn \
Văn An làm Chủ tịch Công đoàn cơ sở.
2. Hội nghị giao Ban Chấp hành khóa VI tiếp thu các ý kiến tham luận, trả lời đoàn viên trong quý IV/2026.
3. Đối với đề xuất tăng mức quà Tết cho đoàn viên, giao Ban Tài chính nghiên cứu, báo cáo tại hội nghị giao ban \
quý IV.
4. Giao đồng chí Chủ tịch làm việc với Giám đốc Công ty về tiền xe đón Tết trước ngày 30/11/2026.
5. Theo Hướng dẫn số 35/HD-LĐLĐ ngày 15/3/2026 của Liên đoàn Lao động tỉnh, các công đoàn cơ sở phải nộp đủ kinh \
phí công đoàn trước ngày 15/12/2026.
6. Nghiên cứu phương án giao Ban Nữ công quản lý quỹ vì nữ công nhân khó khăn.
"""

PLAN = """LIÊN ĐOÀN LAO ĐỘNG TỈNH AN BÌNH
LĐLĐ HUYỆN BÌNH SƠN
Số: 15/KH-LĐLĐ
Bình Sơn, ngày 20 tháng 4 năm 2026
KẾ HOẠCH
Hưởng ứng Tháng hành động về an toàn, vệ sinh lao động năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của người lao động về phòng ngừa tai nạn lao động.
II. NỘI DUNG HOẠT ĐỘNG
1. Tuyên truyền: treo băng rôn, khẩu hiệu tại các doanh nghiệp có công đoàn cơ sở trong tháng 5/2026.
2. Tập huấn: tổ chức 02 lớp tập huấn an toàn khi phun thuốc bảo vệ thực vật cho 150 nông dân.
3. Kiểm tra: phối hợp với Phòng Lao động - Thương binh và Xã hội kiểm tra công tác an toàn tại 06 đơn vị.
4. Địa điểm: Hội trường Ủy ban nhân dân huyện.
III. TỔ CHỨC THỰC HIỆN
1. Ban Chính sách - Pháp luật LĐLĐ huyện tham mưu tổ chức các hoạt động; tổng hợp, báo cáo kết quả về LĐLĐ tỉnh \
trước ngày 10/6/2026.
2. Các công đoàn cơ sở báo cáo kết quả hưởng ứng Tháng hành động về LĐLĐ huyện trước ngày 05/6/2026.
"""


def _by_start(text: str, source: str) -> dict[str, object]:
    return {o.quote: o for o in parse_document(text, source).obligations}


def _one(found: dict, start: str):
    return next((o for q, o in found.items() if q.lstrip("0123456789. ").startswith(start)), None)


def test_a_quorum_a_condition_and_a_notice_time_are_no_targets_and_a_principle_no_task():
    found = _by_start(RULES, "quy-che.txt")
    assert _one(found, "Cuộc họp chỉ hợp lệ") is None, "a quorum rule is no duty and no target"
    meets = _one(found, "Ban Chấp hành họp thường kỳ")
    assert meets is not None and meets.kind != "target" and meets.due["every"] == "quarter"  # "03 tháng một lần"
    absent = _one(found, "Ủy viên vắng họp")
    assert absent is not None and absent.kind != "target", "a notice time is no target"
    assert _one(found, "Mỗi công đoàn cơ sở tổ chức ít nhất 01 buổi").kind == "target", "a real minimum stays one"
    assert _one(found, "Ban Chấp hành làm việc theo nguyên tắc") is None
    twice = _one(found, "Ủy ban Kiểm tra kiểm tra")
    assert twice.due["every"] == "half-year", "twice a year is every half-year, not yearly"


def test_twice_a_year_in_named_months_falls_due_at_each_months_end():
    found = _by_start(RULES.replace("QUY CHẾ", "Số: 14/QC-CĐCS\nAn Bình, ngày 05 tháng 01 năm 2027\nQUY CHẾ"),
                      "quy-che.txt")
    due = _one(found, "Ủy ban Kiểm tra kiểm tra").due
    assert due["every"] == "half-year" and due["date"] == "2027-06-30" and due["also"] == ["2027-12-31"]


def test_an_election_result_is_no_task_and_the_one_assigned_acts():
    found = _by_start(DECISIONS, "tb-62.txt")
    assert not any("đã bầu" in q for q in found), "what was elected is no task"
    assert _one(found, "Hội nghị giao Ban Chấp hành").actor["short"] == "BCH"
    assert _one(found, "Đối với đề xuất").actor["short"] == "Ban Tài chính"
    chair = _one(found, "Giao đồng chí Chủ tịch")
    assert chair.actor["name"] == "Chủ tịch" and chair.due["date"] == "2026-11-30"
    assert _one(found, "Theo Hướng dẫn số 35").actor["short"] == "CĐCS", "the doer after a 'Theo …,' clause"
    studied = _one(found, "Nghiên cứu phương án giao")
    assert studied is None or not studied.actor, "a body after 'phương án giao' is no doer of the sentence"


def test_a_plans_own_activities_are_its_issuers_in_the_cli_and_the_chat():
    found = _by_start(PLAN, "kh15.txt")
    training = _one(found, "Tập huấn:")
    assert training is not None and training.actor is None and training.owner["short"] == "LĐLĐ huyện"
    assert _one(found, "Địa điểm:") is None, "an activity's place is no task"
    index = obligation_index([("kh15", PLAN)])
    listed = [o.quote for o in index.by_actor("LĐLĐ huyện").get("Liên đoàn Lao động huyện", [])]
    assert any(q.startswith("Tuyên truyền:") for q in listed) and any(q.startswith("Kiểm tra:") for q in listed)
    assert not any(q.startswith("Các công đoàn cơ sở báo cáo") for q in listed), "it only receives that report"
    assistant = SimpleNamespace(answer_context=SimpleNamespace(obligations=index))
    page = duties_or_question(assistant, "LĐLĐ huyện", date(2026, 4, 25))
    assert not isinstance(page, str), page
    shown = page.plain()
    assert "Tập huấn:" in shown and "Các công đoàn cơ sở báo cáo" not in shown


def test_a_bodys_duties_question_leaves_out_reports_it_only_receives():
    index = obligation_index([("kh15", PLAN)])
    quotes = [m.obligation.quote for m in index.for_question("Nhiệm vụ của Liên đoàn Lao động tỉnh là gì?")]
    assert not any("về LĐLĐ tỉnh" in q for q in quotes), quotes
    asked = [m.obligation.quote for m in index.for_question("Ai phải gửi báo cáo về Liên đoàn Lao động tỉnh?")]
    assert any("về LĐLĐ tỉnh" in q for q in asked), "asked who reports to it, those reports are the answer"
