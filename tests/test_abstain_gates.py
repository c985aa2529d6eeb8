"""abstain.judge names the test that decided (Verdict.gate): bench/gates.py tabulates it over the tuning part to say
which gate refuses right answers and which lets traps through. Pure function over an invented plan; no store."""
from __future__ import annotations

from bot.answer.abstain import judge
from bot.answer.composer import evidence
from bot.answer.lexicon import Lexicon
from vectorstore.search import Passage

TEXTS = [
    ("Công đoàn cơ sở gửi báo cáo sơ kết 6 tháng về Công đoàn ngành trước ngày 20/6/2026.", "III. TỔ CHỨC THỰC HIỆN"),
    ("Mỗi đoàn viên tham gia hội thi được hỗ trợ 200.000 đồng tiền ăn.", "II. NỘI DUNG › 2. Kinh phí"),
]


def _verdict(question: str):
    passages = [Passage(f"c{i}", "kh-thu", "Kế hoạch thử số 9/KH-CĐN", "thu.txt", section, text, 0.9, i)
                for i, (text, section) in enumerate(TEXTS)]
    lexicon = Lexicon()
    lexicon.add_documents(text for text, _ in TEXTS)
    _, ev = evidence(question, passages, None, lexicon)
    return judge(ev)


def test_an_answer_and_a_refusal_name_the_gate_that_decided():
    answered = _verdict("Công đoàn cơ sở gửi báo cáo sơ kết 6 tháng trước ngày nào?")
    assert answered.found and answered.gate in ("answered", "nearest")
    refused = _verdict("Thủ tục đăng ký kết hôn với người nước ngoài gồm những giấy tờ gì?")
    assert not refused.found and refused.gate, refused
    assert set(refused.gate.split("+")) <= {"missing id", "passage", "topic", "far", "unstated", "sure", "no quote"}
