"""A chat through the terminal keeps the document it is on: a follow-up goes on from the last turn's question (not
from one asked before it), a short question naming no subject of its own is asked of the document the conversation is
about, and "kế hoạch này" is the plan the user named. Documents and wordings are this file's own, invented."""
from __future__ import annotations

import io

from bot.channels.terminal import run_chat
from tests.helpers import assistant_fixture

_MEALS = "\n\n".join([
    "CÔNG ĐOÀN CÔNG TY CƠ KHÍ AN PHÚ\nSố: 15/QĐ-CĐ\nAn Phú, ngày 05 tháng 01 năm 2027",
    "QUYẾT ĐỊNH\nVề việc hỗ trợ tiền ăn ca cho đoàn viên năm 2027",
    "Điều 1. Mức hỗ trợ\n1. Đoàn viên đang làm việc tại phân xưởng được hỗ trợ 300.000 đồng/người/tháng.\n"
    "2. Đoàn viên mới tuyển dụng trong năm 2027 được hỗ trợ 450.000 đồng/người/tháng.",
    "Điều 2. Thời gian hỗ trợ\nThời gian hỗ trợ tối đa 04 tháng kể từ tháng đoàn viên nộp đủ giấy tờ. Phân xưởng có "
    "từ 20 đoàn viên trở lên cử 01 người theo dõi việc chi hỗ trợ.",
    "Điều 3. Giấy tờ đề nghị\nGiấy tờ gồm: đơn đề nghị của đoàn viên; bản sao thẻ đoàn viên; xác nhận của tổ trưởng.",
    "Điều 4. Hiệu lực\nQuyết định này có hiệu lực từ ngày 15 tháng 01 năm 2027.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nLương Văn Khải\n"])

_GAMES = "\n\n".join([
    "CÔNG ĐOÀN CÔNG TY CƠ KHÍ AN PHÚ\nSố: 22/KH-CĐ\nAn Phú, ngày 10 tháng 02 năm 2027",
    "KẾ HOẠCH\nTổ chức hội thao công nhân năm 2027",
    "I. NỘI DUNG\n1. Kéo co nam nữ phối hợp.\n2. Cầu lông đôi nam.\n3. Bóng bàn đơn nữ.",
    "II. TỔ CHỨC THỰC HIỆN\nCác tổ công đoàn gửi giấy đăng ký thi đấu về Ban Thường vụ trước ngày 20/3/2027; "
    "mỗi vận động viên thi đấu tối đa 02 môn trong 03 tháng hội thao. Tổ công đoàn có dưới 20 đoàn viên cử 01 đội "
    "kéo co; tổ có từ 20 đoàn viên trở lên cử 02 đội.",
    "TM. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH\nĐinh Thị Mơ\n"])

_DUES = "\n\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN PHÚ\nSố: 31/LĐLĐ-TC\nAn Phú, ngày 02 tháng 3 năm 2027",
    "V/v đôn đốc nộp đoàn phí công đoàn",
    "Các công đoàn cơ sở có tên trong danh sách dưới đây nộp đủ đoàn phí còn thiếu về Liên đoàn Lao động huyện trước "
    "ngày 25/3/2027.",
    "| TT | Công đoàn cơ sở | Đoàn phí còn nợ (đồng) |\n|---|---|---|\n| 1 | Công ty May Hòa Lạc | 4.200.000 |\n"
    "| 2 | Công ty Gạch Tân Thịnh | 7.600.000 |",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bảy\n"])

assistant = assistant_fixture("qd15-tien-an-ca.txt", _MEALS, ("kh22-hoi-thao.txt", _GAMES), ("cv31-doan-phi.md", _DUES))


def _replies(assistant, *messages: str) -> list[str]:
    """What the terminal prints after each message ("Hiểu là: …", the answer, its sources)."""
    out = io.StringIO()
    assert run_chat(assistant, stdin=io.StringIO("\n".join(messages) + "\n"), stdout=out) == 0
    return out.getvalue().split("Bạn: ")[1:len(messages) + 1]  # (then "Tạm biệt." at the end of input)


def test_a_follow_up_goes_on_from_the_last_question_and_keeps_its_document(assistant):
    """Before, "còn đoàn viên mới tuyển dụng?" after the amount question was read as following "có hiệu lực khi
    nào?" two turns back (the amount question had been joined to it); "được mấy tháng?" and "giấy tờ gồm gì" after it
    were joined to the question before and searched in every document, or abstained."""
    *_, newcomer, months, papers = _replies(
        assistant, "quyết định 15 ai ký?", "có hiệu lực khi nào?",
        "mức hỗ trợ cho đoàn viên đang làm việc là bao nhiêu?", "còn đoàn viên mới tuyển dụng?",
        "được mấy tháng?", "giấy tờ gồm gì")
    assert "hiệu lực" not in newcomer.split("Trợ lý:")[0], newcomer
    assert "450.000" in newcomer.split("Nguồn:")[0], newcomer
    assert "04 tháng" in months.split("Nguồn:")[0] and "03 tháng" not in months.split("Nguồn:")[0], months
    assert "QĐ 15" in months.split("Trợ lý:")[0], months  # the reader is told which document answered
    assert "bản sao thẻ đoàn viên" in papers.split("Nguồn:")[0], papers
    assert "đăng ký thi đấu" not in papers, papers


def test_this_plan_is_the_plan_named_not_the_one_a_short_question_drifted_to(assistant):
    """"ai ký kế hoạch này?" after a question naming the hội thao plan and a short follow-up: its signer, not the
    decision's."""
    *_, signer = _replies(assistant, "kế hoạch hội thao có những nội dung gì?", "nội dung thứ 2 là gì?",
                          "ai ký kế hoạch này?")
    assert "Đinh Thị Mơ" in signer and "Lương Văn Khải" not in signer, signer


def test_a_bound_after_còn_takes_the_place_of_the_bound_asked_before(assistant):
    """Before, "con tu 20 tro len?" after a question on teams of fewer than 20 members was asked alone and abstained."""
    fewer, more = _replies(assistant, "to cong doan duoi 20 doan vien cu may doi keo co", "con tu 20 tro len?")
    assert "01 đội" in fewer.split("Nguồn:")[0], fewer
    assert "02 đội" in more.split("Nguồn:")[0] and "theo dõi" not in more.split("Nguồn:")[0], more


def test_after_a_table_row_a_follow_up_is_not_answered_with_that_row_again(assistant):
    """Before, "còn tân thịnh?" after the Hòa Lạc row led with the Hòa Lạc row, and "hạn chót là khi nào?" answered
    with it again: the words of the question before found their own line."""
    row, other, deadline = _replies(assistant, "công ty may hòa lạc nợ bao nhiêu?", "còn tân thịnh?",
                                    "hạn chót là khi nào?")
    assert "4.200.000" in row.split("Nguồn:")[0], row
    lead = other.split("Trợ lý: ")[1].split("\n")[0]
    assert "7.600.000" in lead and "Hòa Lạc" not in lead, other
    lead = deadline.split("Trợ lý: ")[1].split("\n")[0]
    assert "25/3/2027" in lead, deadline


def test_this_plan_is_the_last_plan_named_unless_a_question_of_its_own_came_after():
    """The short follow-up's answer quoted another plan: "kế hoạch này" is still the one named before it; after a
    question with a topic of its own answered from that other plan, it is that one."""
    from bot.answer.followup import Turn, talked_about

    kinds = {"kh22": "Kế hoạch", "kh30": "Kế hoạch"}
    named = lambda question: ["kh22"] if "hội thao" in question else []  # noqa: E731 - what search names
    drifted = [Turn("kế hoạch hội thao có những nội dung gì?", "…", ()), Turn("nội dung thứ 2 là gì?", "…", ("kh30",))]
    moved = [drifted[0], Turn("tiền ăn ca của đoàn viên mới tuyển dụng mỗi tháng được bao nhiêu?", "…", ("kh30",))]
    question = "ai ký kế hoạch này?"
    assert talked_about(question, question, drifted, kinds.get, named).doc_id == "kh22"
    assert talked_about(question, question, moved, kinds.get, named).doc_id == "kh30"


def test_còn_another_document_typed_without_diacritics_asks_it_the_same(assistant):
    """Before, "con KH 22?" (còn typed without its marks, no asking tail) after "QĐ 15 do ai ky?" was searched as it
    stands ("con", a child) within the decision and told the plan "không đề cập"; typed "còn KH 22?" it asked who
    signed the plan. Read either way, it asks the plan's signer."""
    _, then = _replies(assistant, "QĐ 15 do ai ky?", "con KH 22?")
    assert "không đề cập" not in then, then
    assert "Đinh Thị Mơ" in then.split("Nguồn:")[0], then
