"""A case asked of a document's list of cases, and one member of a pair: a case the list lacks is said to be unnamed,
with the cases it names (not another case's amount); a yes or no the line states plainly opens with "Có."; a line on
"nữ công nhân" does not answer "nam công nhân". Invented documents and wordings, this file's own: a union's decision on
allowances and a health-care plan naming men and women workers apart, and a sports plan whose events each have their own date."""
from __future__ import annotations

import pytest

from bot.answer.compound import parts
from tests.helpers import assistant_fixture, first_line

_ALLOWANCES = ("CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY BÌNH MINH\nSố: 02/NQ-CĐ\nBình Minh, ngày 05 tháng 3 năm 2027\n\n"
               "NGHỊ QUYẾT\nVề mức chi thăm hỏi, trợ cấp đoàn viên năm 2027\n\n"
               "BAN CHẤP HÀNH CÔNG ĐOÀN CÔNG TY\n\nQUYẾT NGHỊ:\n\n"
               "Điều 1. Mức chi thăm hỏi, trợ cấp đoàn viên như sau:\n"
               "a) Đoàn viên ốm đau phải nằm viện từ 05 ngày trở lên: trợ cấp 500.000 đồng/người.\n"
               "b) Đoàn viên bị tai nạn lao động: trợ cấp 1.000.000 đồng/người.\n"
               "c) Đoàn viên có bố, mẹ, vợ hoặc chồng qua đời: viếng 300.000 đồng.\n\n"
               "Điều 2. Đoàn viên nghỉ việc không hưởng lương từ 03 tháng trở lên không được trợ cấp.\n\n"
               "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nNguyễn Thị Hoa\n")
_HEALTH = ("CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY BÌNH MINH\nSố: 07/KH-CĐ\nBình Minh, ngày 15 tháng 3 năm 2027\n\n"
           "KẾ HOẠCH\nChăm sóc sức khỏe người lao động năm 2027\n\n"
           "I. NỘI DUNG\n"
           "1. Nữ công nhân được khám sức khỏe định kỳ 02 lần mỗi năm, có khám chuyên khoa phụ sản.\n"
           "2. Nam công nhân được khám sức khỏe định kỳ 01 lần mỗi năm.\n"
           "3. Hội nghị sơ kết công tác chăm sóc sức khỏe tổ chức ngày 15/7/2027.\n"
           "4. Tổ công đoàn lập danh sách người lao động có bệnh mạn tính, gửi Ban Nữ công.\n\n"
           "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nNguyễn Thị Hoa\n")

_GAMES = ("CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY BÌNH MINH\nSố: 05/KH-CĐ\nBình Minh, ngày 10 tháng 3 năm 2027\n\n"
          "KẾ HOẠCH\nTổ chức hội thao công nhân năm 2027\n\n"
          "I. NỘI DUNG\n"
          "1. Môn kéo co: nữ công nhân thi đấu ngày 12/4/2027 tại sân Công ty.\n"
          "2. Môn bóng đá: nam công nhân thi đấu ngày 19/4/2027 tại sân vận động huyện.\n"
          "3. Lễ khai mạc tổ chức ngày 10/4/2027; lễ bế mạc tổ chức ngày 26/4/2027.\n\n"
          "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nNguyễn Thị Hoa\n")

assistant = assistant_fixture("nq02_tro_cap.txt", _ALLOWANCES, ("kh07_suc_khoe.txt", _HEALTH), ("kh05_hoi_thao.txt", _GAMES))
_CASES = ("500.000 đồng", "1.000.000 đồng", "300.000 đồng")


# Before, these were told only "không đề cập nội dung này", with no word of the cases the decision does pay for.
@pytest.mark.parametrize("question, case", [
    ("Đoàn viên sinh con theo NQ 02 được bao nhiêu?", "«sinh con»"),
    ("Công đoàn có hỗ trợ đoàn viên nghỉ thai sản không?", "«nghỉ thai sản»"),
])
def test_a_case_the_list_lacks_is_said_unnamed_with_the_cases_it_names(assistant, question, case):
    answer = assistant.ask(question)
    assert not answer.found and case in first_line(answer) and "không nêu" in first_line(answer), answer.answer
    assert all(amount in answer.answer for amount in _CASES), answer.answer
    assert not any(amount in first_line(answer) for amount in _CASES), answer.answer


@pytest.mark.parametrize("question, amount", [("Đoàn viên ốm đau được trợ cấp bao nhiêu?", "500.000 đồng"),
                                              ("đoàn viên bị tai nạn lao động được nhận bao nhiêu tiền", "1.000.000")])
def test_a_case_the_list_names_gets_its_amount(assistant, question, amount):
    answer = assistant.ask(question)
    assert answer.found and amount in first_line(answer) and "không nêu" not in answer.answer, answer.answer


# Before, the line was quoted bare: the member read no answer to a yes or no.
@pytest.mark.parametrize("question, said", [("Công đoàn có hỗ trợ đoàn viên bị tai nạn lao động không?", "1.000.000"),
                                            ("bố mẹ đoàn viên qua đời có được viếng không?", "300.000")])
def test_yes_to_a_case_the_line_states(assistant, question, said):
    answer = assistant.ask(question)
    assert answer.found and first_line(answer).startswith("Có.") and said in first_line(answer), answer.answer


def test_a_line_saying_no_is_never_opened_with_yes(assistant):
    answer = assistant.ask("Đoàn viên nghỉ việc không hưởng lương có được trợ cấp không?")
    assert answer.found and "không được trợ cấp" in first_line(answer), answer.answer
    assert not first_line(answer).startswith("Có"), answer.answer


# Before, "công nhân nam" got the women's line (it alone says "chuyên khoa"), and the men's count had the women's
# beside it.
@pytest.mark.parametrize("question", ["công nhân nam có được khám chuyên khoa không",
                                      "nam công nhân được khám sức khỏe mấy lần một năm"])
def test_the_other_member_of_a_pair_does_not_answer(assistant, question):
    answer = assistant.ask(question)
    assert "01 lần" in first_line(answer) and "Nữ công nhân" not in answer.answer, answer.answer


def test_the_member_asked_still_gets_its_line(assistant):
    answer = assistant.ask("nữ công nhân được khám sức khỏe mấy lần")
    assert answer.found and "02 lần" in first_line(answer), answer.answer


@pytest.mark.parametrize("message, expected", [
    ("môn bóng đá và lễ khai mạc tổ chức ngày nào", ["môn bóng đá ngày nào", "lễ khai mạc tổ chức ngày nào"]),
    # bodies joined are one subject of one verb, and "cho ai" is asked of that verb: one part
    ("LĐLĐ các huyện và công đoàn cơ sở gửi báo cáo khi nào", ["LĐLĐ các huyện và công đoàn cơ sở gửi báo cáo khi nào"]),
    ("tổ công đoàn và ban nữ công gửi danh sách cho ai", ["tổ công đoàn và ban nữ công gửi danh sách cho ai"]),
])
def test_two_events_asked_one_time_are_two_parts_two_bodies_one(message, expected):
    assert parts(message) == expected


# Before, only the first event's date was given.
def test_each_event_joined_gets_its_own_date(assistant):
    answer = assistant.ask("môn bóng đá và lễ khai mạc tổ chức ngày nào")
    assert "19/4/2027" in answer.answer and "10/4/2027" in answer.answer, answer.answer
