"""A short question naming nothing of its own ("ai chủ trì?"), right after turns about one plan, is asked of that
plan: searched in all the documents its few words find another plan's line. Wordings and documents are invented."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture, chatted

pytestmark = pytest.mark.slow

_SPORTS = "\n\n".join([
    "CÔNG ĐOÀN CÔNG TY DỆT PHÚ HÒA\nSố: 09/KH-CĐ\nPhú Yên, ngày 03 tháng 3 năm 2027",
    "KẾ HOẠCH\nTổ chức giải bóng chuyền hơi nữ công nhân năm 2027",
    "1. Giải bóng chuyền hơi diễn ra từ ngày 12/4/2027 đến ngày 16/4/2027 tại nhà thi đấu của Công ty.",
    "2. Mỗi phân xưởng đăng ký một đội gồm 8 vận động viên nữ. Đơn vị chủ trì: Ban Nữ công.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH", "Võ Thị Ngân\n"])

_SAFETY = "\n\n".join([
    "CÔNG ĐOÀN CÔNG TY DỆT PHÚ HÒA\nSố: 11/KH-CĐ\nPhú Yên, ngày 10 tháng 3 năm 2027",
    "KẾ HOẠCH\nHuấn luyện phòng cháy chữa cháy cho công nhân năm 2027",
    "1. Ai chủ trì việc huấn luyện: Phòng Hành chính chủ trì, phối hợp với tổ an toàn chủ trì các buổi diễn tập.",
    "2. Huấn luyện xong trước ngày 30/5/2027.",
    "TM. BAN CHẤP HÀNH\nPHÓ CHỦ TỊCH", "Lê Văn Khoa\n"])

assistant = assistant_fixture("kh09-bong-chuyen.txt", _SPORTS, ("kh11-pccc.txt", _SAFETY))


def test_who_leads_after_turns_about_one_plan_is_asked_of_that_plan(assistant):
    when, who = chatted(assistant, "giải bóng chuyền hơi nữ diễn ra ngày nào", "ai chủ trì")
    assert "12/4/2027" in when.answer, when.answer
    assert "Ban Nữ công" in who.answer and "Phòng Hành chính" not in who.answer, (who.question, who.answer)
    assert "KH 09" in who.question or "09/KH" in who.question, who.question  # the reader is told which plan


def test_a_short_question_naming_its_own_subject_is_not_held_to_the_plan(assistant):
    _, drill = chatted(assistant, "giải bóng chuyền hơi nữ diễn ra ngày nào", "huấn luyện phòng cháy xong trước ngày nào")
    assert "30/5/2027" in drill.answer, (drill.question, drill.answer)
