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


def test_an_answer_and_each_refusal_name_the_gate_that_decided():
    """Each refusal names the one test that refused it (review46 R13: a subset of every gate's name could not catch a
    wrong one): a question on a topic the plan never touches fails the topic's share; one asking a kind of fact no
    line of the plan states ("bao nhiêu ngày nghỉ phép": a count of days) is refused as unstated."""
    answered = _verdict("Công đoàn cơ sở gửi báo cáo sơ kết 6 tháng trước ngày nào?")
    assert answered.found and answered.gate == "answered", answered
    other_topic = _verdict("Thủ tục đăng ký kết hôn với người nước ngoài gồm những giấy tờ gì?")
    assert not other_topic.found and other_topic.gate == "topic", other_topic
    unstated = _verdict("Mỗi đoàn viên tham gia hội thi được hỗ trợ bao nhiêu ngày nghỉ phép?")
    assert not unstated.found and unstated.gate == "unstated", unstated
