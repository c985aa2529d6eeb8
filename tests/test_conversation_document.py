"""A chat about one document: "quyết định đó", "kế hoạch này" and a bare follow-up asking where the money comes from
are asked of the document the conversation is about (of the kind named), not of whatever another answer quoted last.
Wordings and documents are this file's own, invented."""
from __future__ import annotations

import pytest

from bot.answer.followup import Talked, Turn, talked_about
from tests.helpers import assistant_fixture, chatted

pytestmark = pytest.mark.slow

_DECISION = """CÔNG ĐOÀN CÔNG TY CỔ PHẦN GỖ TÂN MAI
BAN CHẤP HÀNH
Số: 17/QĐ-CĐ
Đồng Nai, ngày 02 tháng 10 năm 2026

QUYẾT ĐỊNH
Về việc hỗ trợ đoàn viên có nhà bị ngập do lũ tháng 9 năm 2026

BAN CHẤP HÀNH CÔNG ĐOÀN CÔNG TY

QUYẾT ĐỊNH:

Điều 1. Hỗ trợ 12 đoàn viên có nhà bị ngập do lũ, mỗi đoàn viên 2.000.000 đồng (hai triệu đồng).

Điều 2. Kinh phí chi từ quỹ tương trợ của Công đoàn Công ty.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

TM. BAN CHẤP HÀNH
CHỦ TỊCH

Lò Văn Sáng
"""

_PLAN = "\n\n".join([
    "CÔNG ĐOÀN CÔNG TY CỔ PHẦN GỖ TÂN MAI\nBAN CHẤP HÀNH\nSố: 21/KH-CĐ\nĐồng Nai, ngày 05 tháng 10 năm 2026",
    "KẾ HOẠCH\nTổ chức hội thao công nhân năm 2026",
    "1. Hội thao tổ chức ngày 25/10/2026 tại sân vận động xã Tân Mai.",
    "2. Mỗi phân xưởng cử một đội bóng đá nam và một đội kéo co.",
    "TM. BAN CHẤP HÀNH\nPHÓ CHỦ TỊCH", "Đinh Thị Hạnh\n"])

assistant = assistant_fixture("qd17-ho-tro-lu.txt", _DECISION, ("kh21-hoi-thao.txt", _PLAN))


def test_that_decision_is_the_decision_talked_about_not_the_plan_quoted_last(assistant):
    """Before, "ai ký quyết định đó" was asked of the plan the last answer quoted: its signer was told."""
    support, games, signer = chatted(assistant, "quyết định hỗ trợ đoàn viên bị lũ mỗi người được bao nhiêu",
                                     "hội thao tổ chức ở đâu", "ai ký quyết định đó")
    assert "2.000.000" in support.answer and "Tân Mai" in games.answer, (support.answer, games.answer)
    assert "Lò Văn Sáng" in signer.answer and "Đinh Thị Hạnh" not in signer.answer, (signer.question, signer.answer)


def test_where_the_money_comes_from_goes_on_from_the_decision_asked_about(assistant):
    """Before, "lấy tiền ở quỹ nào" was read as a question of its own ("lấy tiền" its subject) and searched alone."""
    _, fund = chatted(assistant, "quyết định hỗ trợ đoàn viên bị lũ mỗi người được bao nhiêu", "lấy tiền ở quỹ nào")
    assert fund.found and "quỹ tương trợ" in fund.answer.split("\n")[0], (fund.question, fund.answer)


def test_the_document_pointed_back_to_is_the_one_the_conversation_is_about():
    """The last answer quoted a law and another decision before the one every earlier turn was about: "quyết định đó"
    is that one, and so is a bare "ai ký?"; a kind no turn quoted names nothing to ask of."""
    kinds = {"luat": "Luật", "qd-khac": "Quyết định", "qd-nay": "Quyết định", "kh": "Kế hoạch"}
    history = [Turn("quyết định hỗ trợ đoàn viên bị lũ mỗi người được bao nhiêu", "…", ("qd-nay",)),
               Turn("tổng cộng hết bao nhiêu tiền", "…", ("qd-nay",)),
               Turn("lấy tiền ở quỹ nào", "…", ("luat", "qd-khac", "qd-nay"))]
    def of(question: str) -> Talked | None:
        return talked_about(question, question, history, kinds.get)

    assert of("ai ký quyết định đó") == of("ai ký?") == Talked("qd-nay", True)
    assert of("ai ký kế hoạch đó") is None
