"""Yes or no of a sports meet's plan (lead's tryout of session 55): "Có." rests only on a line naming the thing asked
itself ("bóng đá" is no "bóng chuyền hơi": a marked word is a function word only as written, "đá" is no "đã"); a
value the question gives against the condition the plan sets for it ("6 tháng" of "từ 12 tháng trở lên") is answered
"Không." with that condition, not refused; chat shorthand ("vđv") and school levels ("học sinh cấp 3") read as the
plan writes them. Invented document."""
from __future__ import annotations

from tests.helpers import assistant_fixture, first_line

_PLAN = "\n\n".join([
    "CÔNG ĐOÀN NGÀNH Y TẾ TỈNH AN HÒA\nSố: 12/KH-CĐN\nAn Hòa, ngày 10 tháng 3 năm 2029",
    "KẾ HOẠCH\nTổ chức Hội thao chào mừng Ngày Thầy thuốc Việt Nam năm 2029",
    "I. MỤC ĐÍCH, YÊU CẦU\nĐẩy mạnh phong trào thể dục thể thao trong đoàn viên, người lao động toàn ngành.",
    "II. NỘI DUNG\n1. Môn thi đấu",
    "| STT | Môn thi đấu | Nội dung |\n|---|---|---|\n| 1 | Bóng chuyền hơi | Đồng đội nam nữ phối hợp |\n"
    "| 2 | Cầu lông | Đơn nam, đơn nữ, đôi nam nữ |\n| 3 | Kéo co | Đồng đội nam nữ |\n| 4 | Cờ tướng | Cá nhân nam |",
    "2. Đối tượng tham gia\na) Vận động viên là đoàn viên công đoàn đang công tác tại các đơn vị trong ngành, có "
    "thời gian công tác từ 12 tháng trở lên.\nb) Vận động viên có độ tuổi không quá 55 tuổi đối với nam và "
    "không quá 50 tuổi đối với nữ.\nc) Mỗi công đoàn cơ sở được đăng ký không quá 20 vận động viên.",
    "3. Thời gian, địa điểm\nHội thao tổ chức từ ngày 20 đến ngày 22 tháng 3 năm 2029 tại Nhà thi đấu tỉnh An Hòa. "
    "Học sinh trung học phổ thông được miễn vé vào xem các trận thi đấu.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNguyễn Văn Bình\n"])

plan = assistant_fixture("kh-hoi-thao-y-te.txt", _PLAN)


def test_a_sport_the_plan_does_not_list_is_not_said_to_be_held(plan):
    """Before: "Có. STT: 1 | Môn thi đấu: Bóng chuyền hơi …" ("đá" dropped as the function word "đã"); it says the
    plan does not name it and shows the sports it does (a table's rows as a list's items)."""
    for question in ("có môn bóng đá không", "có thi bóng đá không"):
        answer = plan.ask(question)
        assert not first_line(answer).startswith("Có") and "bóng đá" in first_line(answer), answer.answer
        assert "Cầu lông" in answer.answer and "Cờ tướng" in answer.answer, answer.answer  # what the plan lists


def test_a_sport_the_plan_lists_is_said_to_be_held(plan):
    answer = plan.ask("có thi kéo co không")
    assert first_line(answer).startswith("Có") and "Kéo co" in first_line(answer), answer.answer


def test_a_value_outside_the_condition_set_for_it_is_answered_no_with_the_condition(plan):
    """Before: refused, the condition line shown only as a passage maybe related."""
    answer = plan.ask("người mới vào làm 6 tháng có được thi không")
    assert answer.found and first_line(answer).startswith("Không") and "12 tháng" in first_line(answer), answer.answer


def test_chat_shorthand_for_athletes_reads_as_the_plan_writes_it(plan):
    """Before: "không đề cập con số cụ thể" for "vđv", while "vận động viên" found the line."""
    answer = plan.ask("mỗi cđcs được đăng ký bao nhiêu vđv")
    assert answer.found and "20 vận động viên" in first_line(answer), answer.answer


def test_a_school_level_said_by_its_number_is_the_level_the_plan_names(plan):
    """Before: "Không, văn bản nêu «học sinh trung», không nêu «học sinh cấp»" (or refused)."""
    answer = plan.ask("học sinh cấp 3 có được miễn vé vào xem không")
    assert answer.found and not first_line(answer).startswith("Không"), answer.answer
    assert "trung học phổ thông" in first_line(answer), answer.answer
