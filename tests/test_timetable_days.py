"""A timetable asked by a day typed without its year, and followed up in a chat. "ngày 19/1", "ngày 25/01" name a day —
that day in the year the rows give it ("Ngày: 19/01/2027") — not a quantity "ngày 25" nor the numbers 19 and 1 (a
deadline "chậm nhất ngày 19/12/2026" is another day). In a chat, "còn buổi chiều?" swaps the part of the day asked;
"ở đâu?" / "giảng viên là ai?" after a row answer are that row's cells ("Địa điểm", not "Nội dung …", which folds as
"Nơi" does). A place in a list is asked by "thứ N", not by "lần thứ 13" (the 13th time) nor "vào thứ hai" (a weekday).
Invented documents and wordings, this file's own: a district education union's notice of a bookkeeping course, and
its letter asking for reports."""
from __future__ import annotations

import pytest

from bot.answer.ordinals import place_asked
from tests.helpers import assistant_fixture, chatted, first_line

_NOTICE = ("CÔNG ĐOÀN GIÁO DỤC HUYỆN KRÔNG PẮC\nSố: 03/TB-CĐGD\n\n*Krông Pắc, ngày 20 tháng 11 năm 2026*\n\n"
           "# THÔNG BÁO\n\n## Lịch lớp bồi dưỡng nghiệp vụ kế toán công đoàn cơ sở năm 2027\n\n"
           "Ban Thường vụ Công đoàn Giáo dục huyện thông báo lịch lớp bồi dưỡng cho kế toán và ủy viên ban kiểm tra "
           "công đoàn cơ sở các trường học như sau:\n\n"
           "### 1. Chương trình lớp bồi dưỡng\n\n"
           "| Ngày | Buổi | Nội dung bồi dưỡng | Giảng viên | Địa điểm |\n|---|---|---|---|---|\n"
           "| 19/01/2027 | Sáng | Lập dự toán thu, chi tài chính công đoàn | Bà Hoàng Thị Yến, Kế toán trưởng "
           "| Nhà văn hóa thị trấn Phước An |\n"
           "| 19/01/2027 | Chiều | Hạch toán thu kinh phí và đoàn phí công đoàn "
           "| Ông Y Bhin Niê, Ủy viên Ban Thường vụ "
           "| Nhà văn hóa thị trấn Phước An |\n"
           "| 20/01/2027 | Sáng | Quyết toán và công khai tài chính công đoàn | Bà Hoàng Thị Yến, Kế toán trưởng "
           "| Trường THCS Lê Quý Đôn, phòng họp tầng 2 |\n"
           "| 20/01/2027 | Chiều | Kiểm tra tài chính công đoàn cơ sở | Ông Phạm Đức Thắng, Chủ nhiệm Ủy ban Kiểm tra "
           "| Trường THCS Lê Quý Đôn, phòng họp tầng 2 |\n\n"
           "### 2. Nội dung chuẩn bị\n\n"
           "1. Học viên mang theo sổ sách kế toán công đoàn năm 2026 của đơn vị.\n"
           "2. Học viên mang theo máy tính bỏ túi.\n"
           "3. Mỗi công đoàn cơ sở nộp một bản báo cáo quyết toán năm 2026 tại lớp.\n\n"
           "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Văn Hùng\n")

_LETTER = ("CÔNG ĐOÀN GIÁO DỤC HUYỆN KRÔNG PẮC\nSố: 41/CĐGD\n\nKrông Pắc, ngày 25 tháng 11 năm 2026\n\n"
           "V/v báo cáo số liệu đoàn viên cuối năm 2026\n\nKính gửi: Các công đoàn cơ sở trường học\n\n"
           "Các công đoàn cơ sở gửi báo cáo số liệu đoàn viên về Văn phòng Công đoàn Giáo dục huyện chậm nhất ngày "
           "19/12/2026 qua thư điện tử vanphong.cdgd@krongpac.edu.vn.\n\n"
           "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Văn Hùng\n")

assistant = assistant_fixture("tb03_lop_ke_toan.md", _NOTICE, ("cv41_bao_cao.md", _LETTER))


# Before, "19/1" found the deadline "19/12/2026" (it holds 19), and a day no row gives was said as "ngày 25" (a count).
def test_a_day_typed_without_its_year_is_that_day_not_its_numbers(assistant):
    answer = assistant.ask("ngày 19/1 kế toán công đoàn cơ sở học gì?")
    assert answer.found and first_line(answer).startswith("Ngày: 19/01/2027"), answer.answer
    assert "19/12/2026" not in answer.answer, answer.answer


def test_a_day_no_row_gives_is_said_whole(assistant):
    answer = assistant.ask("Lớp bồi dưỡng ngày 25/01 học gì?")
    assert not answer.found and first_line(answer).endswith("cho ngày 25/01."), answer.answer


def test_a_timetable_chat_swaps_the_part_of_the_day_and_reads_the_rows_cells(assistant):
    morning, afternoon, where, who = chatted(assistant, "lịch lớp bồi dưỡng ngày 19/01 buổi sáng học gì",
                                             "còn buổi chiều?", "ở đâu?", "giảng viên là ai?")
    assert "Lập dự toán" in first_line(morning), morning.answer
    assert "Hạch toán thu kinh phí" in first_line(afternoon), afternoon.answer  # not "sáng … (tiếp theo …) chiều"
    assert first_line(where) == "Địa điểm: Nhà văn hóa thị trấn Phước An [1]", where.answer
    assert first_line(who).startswith("Giảng viên: Ông Y Bhin Niê"), who.answer  # the afternoon's, cited
    assert "19/01/2027 | Chiều" in who.citations[0].passage.text


@pytest.mark.parametrize("question, place", [
    ("nội dung thứ 2 là gì", 2),
    ("Đại hội Công đoàn Việt Nam lần thứ 13 diễn ra khi nào?", None),  # the 13th congress
    ("họp vào thứ hai ở đâu", None),  # Monday
    ("nhiệm vụ thứ ba tuần sau là gì", None),  # Wednesday
])
def test_a_place_in_a_list_is_not_the_nth_time_nor_a_weekday(question, place):
    asked = place_asked(question)
    assert (asked.place if asked else None) == place


def test_an_item_asked_by_its_place_is_still_answered(assistant):
    answer = assistant.ask("Nội dung chuẩn bị thứ 2 là gì?")
    assert "máy tính bỏ túi" in answer.answer, answer.answer


def test_a_time_of_day_no_row_gives_is_not_its_day(assistant):
    """ "mấy giờ?" after a row: no column gives a time of day ("Ngày: 19/01/2027" is no clock); not found, the passages
    maybe related are the notice's the chat is about."""
    _, when = chatted(assistant, "lịch lớp bồi dưỡng ngày 19/01 buổi sáng học gì", "mấy giờ bắt đầu?")
    assert not when.found, when.answer
    assert {c.passage.doc_id for c in when.citations} == {"tb03_lop_ke_toan.md"}, when.answer


@pytest.mark.parametrize("question, previous, rewritten", [
    # "tôi" is no "tối", "đem" no "đêm": the slot is matched as written (review41 R1: folded, it garbled the question)
    ("buổi chiều thì sao?", "tôi muốn biết lịch tập huấn ngày 12/01 buổi sáng học gì",
     "tôi muốn biết lịch tập huấn ngày 12/01 buổi chiều học gì?"),
    ("buoi chieu thi sao?", "lich tap huan ngay 12/01 buoi sang hoc gi", "lich tap huan ngay 12/01 buoi chieu hoc gi?"),
    # a day of the week by its name or by the number Vietnamese writes it with (date_words.toml's weekdays)
    ("còn thứ 5?", "tổ công đoàn họp chiều thứ ba ở đâu", "tổ công đoàn họp chiều thứ 5 ở đâu?"),
])
def test_a_follow_up_swaps_only_the_slot_it_names(question, previous, rewritten):
    from bot.answer.followup import rewrite_offline

    assert rewrite_offline(question, previous) == rewritten
