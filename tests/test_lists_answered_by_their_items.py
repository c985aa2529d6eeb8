"""A list asked is answered by its items. Rows of a table picked by a group the question names in one word ("môn nào
dành cho nữ"): a column of groups ("Nội dung: Nam", "Nữ"), or the word items' names end with ("Bóng chuyền hơi nữ",
"Cầu lông nữ"), answers with the rows of that group only, each cited — not the whole table, though the title writes
the group's word too ("Ngày Quốc tế Phụ nữ"). A list whose items are headings over lines of their own ("1. Công tác
tuyên truyền" / "- Treo băng rôn …") is answered with those lines under each heading, not the headings alone.
Invented document."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture

PLAN = "\n\n".join([
    "CÔNG ĐOÀN VIÊN CHỨC HUYỆN LÂM HÀ\nSố: 09/KH-CĐVC\nLâm Hà, ngày 02 tháng 3 năm 2028",
    "KẾ HOẠCH\nTổ chức Hội thao mừng Ngày Quốc tế Phụ nữ năm 2028",  # its title holds the group "nữ"
    "I. THI ĐẤU ĐỒNG ĐỘI\n\n| TT | Môn | Nội dung | Số người mỗi đội |\n|---|---|---|---|\n"
    "| 1 | Bóng đá mini | Nam | 7 |\n| 2 | Bóng chuyền hơi | Nữ | 6 |\n| 3 | Kéo co | Nam | 8 |\n"
    "| 4 | Nhảy bao bố | Nữ | 5 |",
    "II. THI ĐẤU CÁ NHÂN\n\n| TT | Môn thi | Lứa tuổi |\n|---|---|---|\n"
    "| 1 | Cầu lông đơn nam | Dưới 45 tuổi |\n| 2 | Cầu lông đơn nữ | Dưới 45 tuổi |\n"
    "| 3 | Chạy việt dã nữ | Mọi lứa tuổi |\n| 4 | Cờ tướng | Mọi lứa tuổi |",
    "III. NHIỆM VỤ CỤ THỂ",
    "1. Công tác tuyên truyền\n- Treo băng rôn tại cổng các trường học.\n- Đăng tin trên nhóm Zalo của công đoàn.",
    "2. Công tác hậu cần\n- Chuẩn bị nước uống cho vận động viên.\n- Thuê xe đưa đón các đội.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nHoàng Văn Tâm\n"])

plan = assistant_fixture("kh09_hoi_thao.md", PLAN)


@pytest.mark.parametrize("question, kept, left", [
    ("Thi đấu đồng đội có những môn nào dành cho nữ?", ["Bóng chuyền hơi", "Nhảy bao bố"], ["Bóng đá mini", "Kéo co"]),
    ("Thi đấu cá nhân có những môn nào cho nữ?", ["Cầu lông đơn nữ", "Chạy việt dã nữ"], ["đơn nam", "Cờ tướng"]),
])
def test_rows_of_the_group_asked_are_listed_alone(plan, question, kept, left):
    answer = plan.ask(question)
    cited = [c.passage.text for c in answer.citations]
    assert answer.found and all(any(k in c for c in cited) for k in kept), answer.answer
    assert not any(word in answer.answer for word in left), answer.answer


def test_a_list_of_headings_is_answered_with_the_lines_under_each(plan):
    """Before: "1. Công tác tuyên truyền", "2. Công tác hậu cần" alone, each citing its first line."""
    answer = plan.ask("Nhiệm vụ cụ thể của hội thao gồm những gì?")
    lines = ["Công tác tuyên truyền", "Treo băng rôn", "Đăng tin", "Công tác hậu cần", "nước uống", "Thuê xe"]
    at = [answer.answer.find(line) for line in lines]
    assert answer.found and -1 not in at and at == sorted(at), answer.answer
    cited = {c.passage.text for c in answer.citations if c.spans}
    assert any("Thuê xe" in text for text in cited) and any("Treo băng rôn" in text for text in cited), answer.answer
