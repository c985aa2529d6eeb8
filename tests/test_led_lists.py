"""A list written after a lead-in naming its items ("… được sử dụng để tổ chức các hoạt động sau:", "Hồ sơ gồm:") is
the answer to a question asking them ("… được dùng để tổ chức những hoạt động gì?", "hồ sơ … gồm những gì?"): all of
its items after the lead-in, in the order written, each cited — not the two that repeat the question's words. A
markdown file's escaped punctuation ("1\\. …", converters write it) is read as itself: its items are numbered items,
and no backslash is quoted. Documents and wordings are this file's own, invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture

_RULES = "\n\n".join([
    "ỦY BAN NHÂN DÂN XÃ BÌNH MINH\nSố: 17/QĐ-UBND\nBình Minh, ngày 02 tháng 4 năm 2027",
    "QUY ĐỊNH\nQuản lý, sử dụng sân thể thao xã Bình Minh",
    "Điều 1. Phạm vi áp dụng\n1. Quy định này quy định hồ sơ, thủ tục đăng ký sử dụng sân thể thao xã Bình Minh.",
    "2. Không sử dụng sân thể thao xã để tổ chức các hoạt động kinh doanh, họp chợ, cờ bạc.",
    "Điều 2. Các hoạt động được tổ chức tại sân thể thao\nSân thể thao xã được sử dụng để tổ chức các hoạt động sau:",
    "1. Giải bóng đá thiếu niên hằng năm;",
    "2. Tập luyện dưỡng sinh của người cao tuổi;",
    "3. Ngày hội đại đoàn kết toàn dân tộc;",
    "4. Diễn tập phòng cháy, chữa cháy của xã.",
    "Điều 3. Đăng ký sử dụng sân\n1. Tổ chức ngoài xã đăng ký với Ủy ban nhân dân xã trước 07 ngày làm việc.",
    "2. Hồ sơ gồm:",
    "a) Giấy đề nghị sử dụng sân có chữ ký người đứng đầu tổ chức;",
    "b) Kế hoạch tổ chức giải đấu hoặc buổi tập;",
    "c) Cam kết bảo đảm an ninh, trật tự và vệ sinh môi trường.",
    "Điều 4. Giờ sử dụng\nSân mở cửa từ 05 giờ 00 đến 21 giờ 00 hằng ngày.",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHà Văn Sơn\n"])

_MARKDOWN = "\n\n".join([
    "**ỦY BAN NHÂN DÂN XÃ TÂN AN**", "Số: 08/QĐ\\-UBND", "Tân An, ngày 05 tháng 5 năm 2027",
    "**QUY ĐỊNH**", "**Sử dụng nhà kho lương thực xã Tân An**",
    "**Điều 1\\. Thời gian mở kho**",
    "1\\. Nhà kho mở cửa vào sáng thứ Hai và thứ Năm hằng tuần\\.",
    "2\\. Thủ kho ghi sổ nhập, xuất lúa giống sau mỗi lần mở kho\\.",
    "**Điều 2\\. Trách nhiệm**", "Thủ kho kiểm đếm bao tải và báo cáo Chủ tịch xã mỗi quý\\.", ""])

led = assistant_fixture("qd17-san-the-thao.txt", _RULES, ("qd08-nha-kho.md", _MARKDOWN))


def _in_order(text: str, parts: list[str]) -> bool:
    at = [text.find(part) for part in parts]
    return -1 not in at and at == sorted(at)


def test_the_items_after_a_lead_in_naming_them_answer_whole(led):
    """Before, two of the four activities were quoted, with a line of another article."""
    answer = led.ask("Sân thể thao xã Bình Minh được dùng để tổ chức những hoạt động gì?")
    assert answer.found, answer.answer
    assert answer.answer.startswith("Sân thể thao xã được sử dụng để tổ chức các hoạt động sau"), answer.answer
    activities = ["Giải bóng đá thiếu niên", "dưỡng sinh", "đại đoàn kết", "Diễn tập"]
    assert _in_order(answer.answer, activities), answer.answer
    assert "kinh doanh" not in answer.answer and len(answer.citations) == 4, answer.answer


def test_what_a_file_holds_is_the_list_after_its_lead_in(led):
    """"Hồ sơ … gồm những gì": the list after "Hồ sơ gồm:" whole; before, the registration deadline and one item."""
    answer = led.ask("Hồ sơ đăng ký sử dụng sân thể thao xã gồm những gì?")
    assert answer.found, answer.answer
    assert _in_order(answer.answer, ["Giấy đề nghị sử dụng sân", "Kế hoạch tổ chức giải đấu", "Cam kết bảo đảm"]), \
        answer.answer
    assert "07 ngày" not in answer.answer and "thủ tục" not in answer.answer, answer.answer


def test_escaped_punctuation_of_a_markdown_file_is_read_as_itself(led):
    """Before, "1\\. Nhà kho mở cửa …" was quoted with its backslash and read as no numbered clause."""
    answer = led.ask("Nhà kho lương thực xã Tân An mở cửa vào những ngày nào?")
    assert answer.found and "thứ Hai và thứ Năm" in answer.answer, answer.answer
    assert "\\" not in answer.answer, answer.answer
    opened = next(c.passage for c in answer.citations if "thứ Hai" in c.passage.text)
    assert opened.text.startswith("1. Nhà kho") and "\\" not in opened.section, (opened.text, opened.section)
