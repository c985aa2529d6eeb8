"""Asked which body or person a selection picked ("công ty nào trúng thầu …"), a plan that says only how one is to be
picked ("được lựa chọn qua chào hàng cạnh tranh") is refused, not quoted as the answer; a notice naming who was picked
answers it (bot/answer/abstain.py, unnamed_pick). Invented documents, this file's own: a school's plan for boarding
meals and a commune's notice of a tender's result."""
from __future__ import annotations

from tests.helpers import assistant_fixture, first_line

_MEALS = ("TRƯỜNG TIỂU HỌC NẬM CẮN\nSố: 21/KH-TH\nKỳ Sơn, ngày 02 tháng 8 năm 2027\n\n"
          "KẾ HOẠCH\nTổ chức bữa ăn bán trú năm học 2027 - 2028\n\n"
          "I. TỔ CHỨC BỮA ĂN\n"
          "1. Đơn vị cung cấp suất ăn bán trú được lựa chọn qua chào hàng cạnh tranh; thực đơn theo hướng dẫn của "
          "Sở Giáo dục và Đào tạo; giá 25.000 đồng/suất.\n"
          "2. Hoàn thành lựa chọn đơn vị cung cấp trước ngày 25 tháng 8 năm 2027.\n\n"
          "HIỆU TRƯỞNG\n\nLô Văn Tình\n")

_RICE = ("ỦY BAN NHÂN DÂN XÃ MƯỜNG LỐNG\nSố: 40/TB-UBND\nMường Lống, ngày 12 tháng 9 năm 2027\n\n"
         "THÔNG BÁO\nKết quả lựa chọn nhà thầu cung cấp gạo hỗ trợ hộ nghèo\n\n"
         "Công ty TNHH Lương thực Hồng Hà trúng thầu gói thầu cung cấp gạo hỗ trợ hộ nghèo với giá 14.500 đồng/kg.\n\n"
         "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nVừ Bá Dế\n")

assistant = assistant_fixture("kh21-ban-tru.txt", _MEALS, ("tb40-gao.txt", _RICE))


def test_who_was_picked_is_refused_of_a_plan_saying_how_one_is_picked(assistant):
    """Before, the plan's line on how the supplier is chosen was the answer."""
    answer = assistant.ask("công ty nào trúng thầu cung cấp suất ăn bán trú cho trường Nậm Cắn")
    assert not answer.found and "người được chọn" in first_line(answer), answer.answer


def test_who_was_picked_is_answered_by_the_line_naming_them(assistant):
    answer = assistant.ask("công ty nào trúng thầu cung cấp gạo hỗ trợ hộ nghèo")
    assert answer.found and "Hồng Hà" in first_line(answer), answer.answer
