"""A message asking several things at once ("… ai ký và mỗi đội được hỗ trợ bao nhiêu?", "… gửi ai, hạn khi nào?"):
every part answered in one reply, each fact with its citation; a part the documents do not state is said to be
missing, that part only. One small invented plan whose facts stand in different passages."""
from __future__ import annotations

import re
from datetime import date

import pytest

from bot.answer.compound import parts, questions
from tests.helpers import assistant_with

PLAN = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN HÒA AN
Số: 34/KH-LĐLĐ
Hòa An, ngày 02 tháng 4 năm 2025

KẾ HOẠCH
Tổ chức Hội thao công nhân, viên chức, lao động năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Tạo sân chơi lành mạnh, rèn luyện sức khỏe cho đoàn viên và người lao động.

II. NỘI DUNG
1. Môn thi đấu: bóng chuyền hơi, kéo co, cầu lông.
2. Đăng ký: Công đoàn cơ sở gửi danh sách vận động viên về Ban Tổ chức Hội thao trước ngày 25/4/2025.
3. Kinh phí: Liên đoàn Lao động huyện hỗ trợ mỗi đội tham gia 1.500.000 đồng.

III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo xây dựng điều lệ Hội thao và theo dõi việc tổ chức.
2. Văn phòng Liên đoàn Lao động huyện chuẩn bị sân bãi, khen thưởng các đội đạt giải.

Nơi nhận:
- Các công đoàn cơ sở;
- Lưu VT.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH

Hoàng Văn Thắng
"""


SHOW = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN HÒA AN
Số: 35/KH-LĐLĐ
Hòa An, ngày 05 tháng 5 năm 2025

KẾ HOẠCH
Tổ chức Hội diễn văn nghệ chào mừng Đại hội Công đoàn huyện

I. NỘI DUNG
1. Mỗi công đoàn cơ sở dàn dựng ít nhất 02 tiết mục văn nghệ.
2. Quá trình thực hiện có vướng mắc, phản ánh về Ban Nữ công Liên đoàn Lao động huyện.

Nơi nhận:
- Các công đoàn cơ sở;
- Lưu VT.

TM. BAN THƯỜNG VỤ
PHÓ CHỦ TỊCH

Lục Thị Mai
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "kh34_hoi_thao.txt", PLAN, ("kh35_hoi_dien.txt", SHOW))


def _sources_cited_in_order(answer) -> bool:
    """The sources are those the reply's lines cite, numbered in the order cited."""
    cited = list(dict.fromkeys(int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)))
    return cited == list(range(1, len(cited) + 1)) == [c.n for c in answer.citations]


def _cited(answer, fact: str) -> bool:
    """The fact stands on a line of the answer that cites a passage stating it."""
    for line in answer.answer.splitlines():
        if fact in line:
            numbers = {int(n) for n in re.findall(r"\[(\d+)\]", line)}
            if any(c.n in numbers and fact in c.passage.text for c in answer.citations):
                return True
    return False


@pytest.mark.parametrize("question, facts", [
    ("Kế hoạch hội thao ai ký và mỗi đội được hỗ trợ bao nhiêu tiền?", ["Hoàng Văn Thắng", "1.500.000 đồng"]),
    ("ke hoach hoi thao ai ky, moi doi duoc ho tro bao nhieu tien?", ["Hoàng Văn Thắng", "1.500.000 đồng"]),
    ("Ai xây dựng điều lệ hội thao, còn ai chuẩn bị sân bãi?", ["Ban Tuyên giáo", "Văn phòng Liên đoàn Lao động huyện"]),
])
def test_every_part_is_answered_with_its_citation(plan, question, facts):
    answer = plan.ask(question)
    assert answer.found, answer.answer
    for fact in facts:
        assert _cited(answer, fact), (fact, answer.answer)
    assert _sources_cited_in_order(answer), (answer.answer, [c.n for c in answer.citations])


def test_a_part_not_in_the_documents_is_said_missing_for_that_part_only(plan):
    answer = plan.ask("Hội thao có những môn thi đấu nào và số điện thoại liên hệ là gì?")
    assert answer.found, answer.answer
    assert _cited(answer, "kéo co"), answer.answer
    missing = [line for line in answer.answer.splitlines() if "không đề cập" in line]
    assert len(missing) == 1 and "số điện thoại" in missing[0], answer.answer
    assert _sources_cited_in_order(answer), (answer.answer, [c.n for c in answer.citations])


def test_a_compound_question_on_nothing_the_documents_hold_is_not_answered(plan):
    answer = plan.ask("Giải cờ tướng của nông dân tổ chức ngày nào, ở đâu?")
    assert not answer.found, answer.answer


@pytest.mark.parametrize("question, count", [
    ("Công đoàn cơ sở phải báo cáo gì, khi nào, gửi ai?", 3),
    ("cong doan co so phai bao cao gi, khi nao, gui ai?", 3),
    ("ai ký và ký ngày nào", 2),
    # "và" inside what is asked about, a comma inside a name: one thing asked
    ("Báo cáo 6 tháng và năm gửi về đâu?", 1),
    ("Công đoàn các cơ quan, đơn vị, trường học phải làm gì?", 1),
])
def test_the_parts_a_message_asks(question, count):
    assert len(parts(question)) == count


@pytest.mark.parametrize("question", [
    # a greeting, an aside, a name, "còn" meaning "still", "máy"/"đầu" typed without marks: one question
    "Mấy anh chị cho em hỏi, hội thao có những môn thi đấu nào?",
    "Nào, cho hỏi kế hoạch hội thao ai ký?",
    "Tôi chưa rõ gì cả, kế hoạch hội thao nói gì?",
    "Ai và đơn vị nào theo dõi việc tổ chức hội thao?",
    "Đơn vị nào còn chưa gửi danh sách vận động viên?",
    "Trường Tiểu học Ai Mộ đăng ký hội thao ở đâu?",
    "dau nam, cuoi nam phai bao cao gi",
    "kien toan bo may, thi dau the nao",
])
def test_one_question_is_not_cut_into_parts(plan, question):
    assert parts(question) == [question]
    answer = plan.ask(question)
    assert "Về “" not in answer.answer, answer.answer


@pytest.mark.parametrize("question, later", [
    # a part naming its own subject is asked as it stands; one naming none, of the first part's subject
    ("Ban Tuyên giáo làm gì, Văn phòng Liên đoàn Lao động huyện làm gì?", "Văn phòng Liên đoàn Lao động huyện làm gì?"),
    ("Ai ký kế hoạch 35, ký ngày nào?", "kế hoạch 35 ký ngày nào?"),
    ("Kế hoạch 34 ai ký, còn kế hoạch 35?", "Kế hoạch 35 ai ký?"),
])
def test_a_later_part_is_asked_of_its_own_subject(plan, question, later):
    assert questions(parts(question), plan._goes_on)[1].lower() == later.lower()


def test_con_with_its_marks_is_no_joining_word():
    assert questions(parts("Ai ký kế hoạch hội thao, con đoàn viên được hỗ trợ bao nhiêu?"),
                     lambda part, first: part)[1] == "con đoàn viên được hỗ trợ bao nhiêu?"


def test_many_parts_are_answered_whole_and_a_declined_message_asks_no_part(plan, monkeypatch):
    many = "Hội thao ai ký, ký ngày nào, gửi ai, môn gì, đăng ký khi nào, mỗi đội được bao nhiêu tiền?"
    assert parts(many) == [many]
    calls = []
    answer_one = plan._answer
    monkeypatch.setattr(plan, "_answer", lambda *a, **k: calls.append(a) or answer_one(*a, **k))
    assert not plan.ask("Giải cờ tướng của nông dân tổ chức ngày nào, ở đâu?").found
    assert len(calls) == 1


def test_a_follow_up_of_a_compound_question_asks_every_part(plan):
    first = "Kế hoạch 34 ai ký và có vướng mắc thì phản ánh về đâu?"
    answer = plan.ask("còn kế hoạch 35 thì sao?", history=[(first, plan.ask(first).answer)])
    assert _cited(answer, "Lục Thị Mai") and _cited(answer, "Ban Nữ công"), answer.answer


def test_a_due_question_as_a_part_lists_what_falls_due(plan, monkeypatch):
    monkeypatch.setattr(plan.settings, "today", date(2025, 4, 10))
    answer = plan.ask("Kế hoạch hội thao ai ký, và tháng này có việc gì đến hạn?")
    assert _cited(answer, "Hoàng Văn Thắng"), answer.answer
    assert "25/4/2025" in answer.answer and "không đề cập" not in answer.answer, answer.answer
