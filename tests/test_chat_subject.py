"""A chat keeps to what it is about: a short follow-up naming nothing goes on from the question before it (not the
document another answer drifted to), "còn X?" asks the previous question of X, a whole question after "còn" stands
alone, and how a message is typed (its closing "?", chat shorthand, self-introduction) does not change what is found.
Documents and wordings are this file's own, invented; asked through the terminal chat."""
from __future__ import annotations

import io

from bot.channels.terminal import run_chat
from tests.helpers import assistant_fixture

_DECISION = "\n\n".join([
    "CÔNG ĐOÀN CÔNG TY CP GẠCH MEN THÁI BÌNH\nSố: 19/QĐ-CĐ\nThái Bình, ngày 05 tháng 10 năm 2027",
    "QUYẾT ĐỊNH\nVề việc hỗ trợ đoàn viên có nhà bị ngập do lũ tháng 9 năm 2027",
    "Điều 1. Hỗ trợ 12 đoàn viên có nhà bị ngập do lũ tháng 9 năm 2027, mỗi đoàn viên 2.000.000 đồng (hai triệu "
    "đồng). Tổng số tiền là 24.000.000 đồng.",
    "Điều 2. Kinh phí chi từ quỹ xã hội của Công đoàn Công ty. Việc chi trả hoàn thành trước ngày 20/10/2027.",
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nLê Văn Bình\n"])

_PLAN = "\n\n".join([
    "CÔNG ĐOÀN CÔNG TY CP GẠCH MEN THÁI BÌNH\nSố: 04/KH-CĐ\nThái Bình, ngày 10 tháng 5 năm 2027",
    "KẾ HOẠCH\nTổ chức Tháng hành động vì người lao động năm 2027",
    "I. NỘI DUNG",
    "1. Lễ ra quân: tổ chức lúc 8 giờ 00 ngày 01/6/2027 tại sân nhà văn hóa Công ty.",
    "2. Giải cờ tướng công nhân tổ chức ngày 15/6/2027 tại phòng họp số 2.",
    "II. KINH PHÍ\nTổng kinh phí dự kiến 60.000.000 đồng, trích từ quỹ công đoàn cơ sở.",
    "III. TỔ CHỨC THỰC HIỆN\n1. Các tổ trưởng công đoàn gửi danh sách đoàn viên dự giải về Văn phòng Công đoàn "
    "trước ngày 25/5/2027.",
    "TM. BAN CHẤP HÀNH\nPHÓ CHỦ TỊCH\nNguyễn Thị Mai\n"])


company = assistant_fixture("qd19-ho-tro-lu.txt", _DECISION, ("kh04-thang-hanh-dong.txt", _PLAN))


def chat(assistant, *messages: str) -> list[str]:
    """What the assistant said to each message of one terminal chat (its "Hiểu là" line, answer and sources)."""
    out = io.StringIO()
    assert run_chat(assistant, stdin=io.StringIO("\n".join(messages) + "\n"), stdout=out) == 0
    return out.getvalue().split("Bạn: ")[1:len(messages) + 1]


def first_line(said: str) -> str:
    """The answer's first line, after the "Hiểu là" line a follow-up shows."""
    return said.split("Trợ lý: ", 1)[1].split("\n", 1)[0]


def test_short_follow_ups_keep_to_the_decision_asked_about(company):
    """Before, "mỗi người được bao nhiêu" and "tổng cộng hết bao nhiêu tiền" were asked alone ("mỗi", "người",
    "tổng", "hết" counted as words naming a topic of their own): the first was refused, the second quoted the plan's
    budget, and "ai ký" then named the plan's signer."""
    _, each, total, signer = chat(company, "quyết định hỗ trợ lũ cho bao nhiêu người", "mỗi người được bao nhiêu",
                                  "tổng cộng hết bao nhiêu tiền", "ai ký")
    assert "2.000.000" in first_line(each), each
    assert "24.000.000" in first_line(total) and "60.000.000" not in total, total
    assert "Lê Văn Bình" in first_line(signer), signer


def test_còn_names_a_new_event_and_the_chain_goes_on_from_it(company):
    """Before, "còn lễ ra quân?" after "giải cờ tướng tổ chức ngày nào" was joined to that question (whose words found
    the giải again), and "mấy giờ" after it went on from the giải, whose line states no hour: refused."""
    _, launch, hour = chat(company, "giải cờ tướng tổ chức ngày nào", "còn lễ ra quân?", "mấy giờ")
    assert "01/6/2027" in first_line(launch), launch
    assert "8 giờ 00" in first_line(hour), hour


def test_a_whole_question_after_còn_is_not_glued_to_the_turn_before(company):
    """Before, "còn kế hoạch tháng hành động thì kinh phí bao nhiêu" (ten words) was read "… (tiếp theo câu hỏi: hạn
    chót chi trả)": the decision's words came with it."""
    _, budget = chat(company, "hạn chót chi trả tiền hỗ trợ lũ", "còn kế hoạch tháng hành động thì kinh phí bao nhiêu")
    assert "tiếp theo" not in budget, budget
    assert "60.000.000" in first_line(budget), budget


def test_a_closing_question_mark_changes_nothing_found(company):
    """Before, the embedder was given the message as typed: with and without its "?" the passages' scores differed
    (`troly search --json` shows them), and where two passages were close, their order."""
    for question in ("lễ ra quân tổ chức ở đâu", "kinh phí lấy từ quỹ nào"):
        bare, marked = company.search(question), company.search(question + " ?")
        assert [p.to_json() for p in bare] == [p.to_json() for p in marked], question


def test_chat_shorthand_and_self_introduction_do_not_hide_the_deadline(company):
    """Before, "ds" (danh sách) was read as an unknown word: the deadline line covered too little of the question and
    the answer was refused."""
    for said in chat(company, "e là tổ trưởng, nộp ds ở đâu ạ", "nộp ds trc ngày mấy"):
        assert "25/5/2027" in first_line(said) and "Văn phòng Công đoàn" in first_line(said), said
