"""A message asking several things at once ("… ai ký và mỗi đội được hỗ trợ bao nhiêu?", "… gửi ai, hạn khi nào?"):
every part answered in one reply, each fact with its citation; a part the documents do not state is said to be
missing, that part only. One small invented plan whose facts stand in different passages."""
from __future__ import annotations

import re

import pytest

from bot.answer.compound import parts
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


@pytest.fixture(scope="module")
def plan(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "kh34_hoi_thao.txt", PLAN)


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


def test_a_part_not_in_the_documents_is_said_missing_for_that_part_only(plan):
    answer = plan.ask("Hội thao có những môn thi đấu nào và số điện thoại liên hệ là gì?")
    assert answer.found, answer.answer
    assert _cited(answer, "kéo co"), answer.answer
    missing = [line for line in answer.answer.splitlines() if "không đề cập" in line]
    assert len(missing) == 1 and "số điện thoại" in missing[0], answer.answer


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
    assert len(parts(question, lambda part, first: part)) == count
