"""Middling evidence (issue #10): a chat question worded apart from the line answering it covers less of its words than
passage_min asks, yet the quote states the kind of fact asked (an amount) about the question's own topic. It is quoted
as the nearest passage ("Đoạn gần nhất với câu hỏi:"), never called absent; a question whose quote states no amount
asked still abstains. Invented document, worded apart from any trial's."""
from __future__ import annotations

from tests.helpers import corpus_fixture
from troly.texts import t

_RULES = ("TRUNG TÂM VĂN HÓA - THỂ THAO HUYỆN ĐAM RÔNG\nSố: 07/QC-TTVH\n\n"
          "QUY CHẾ\nChi tiêu nội bộ năm 2026\n\n"
          "Điều 1. Phạm vi áp dụng\n"
          "Quy chế này áp dụng đối với viên chức, người lao động của Trung tâm.\n\n"
          "Điều 2. Hỗ trợ học tập\n"
          "1. Viên chức được cử đi đào tạo tập trung dài hạn ngoài tỉnh được hỗ trợ tiền thuê chỗ ở 800.000 "
          "đồng/tháng trong thời gian học.\n"
          "2. Viên chức tự đi học nâng cao trình độ không được thanh toán học phí.\n\n"
          "Điều 3. Tổ chức thực hiện\n"
          "Phòng Hành chính - Tổng hợp chủ trì, phối hợp các phòng chuyên môn thực hiện Quy chế này.\n")

rules = corpus_fixture(("qc-chi-tieu-noi-bo.txt", _RULES))


def test_an_amount_asked_in_other_words_is_quoted_as_the_nearest_passage(rules):
    answer = rules.ask("Em được cơ quan cử đi học xa nhà mấy năm thì mỗi tháng được cho bao nhiêu tiền thuê trọ?")
    lines = answer.answer.split("\n")
    assert answer.found and lines[0] == t("answer.nearest") and "800.000" in answer.answer, answer.answer


def test_debug(rules):
    from bot.answer.abstain import judge, signals
    from bot.answer.composer import evidence
    for q in ("Em được cơ quan cử đi học xa nhà mấy năm thì mỗi tháng được cho bao nhiêu tiền thuê trọ?",
              "Đi học dài hạn ở tỉnh khác thì được hỗ trợ tiền ở bao nhiêu một tháng?",
              "Cử đi học xa mấy năm thì tiền phòng trọ được cơ quan trả bao nhiêu mỗi tháng?",
              "Cơ quan cử đi học xa thì tiền ăn được cho bao nhiêu một ngày?"):
        passages, hints, lexicon = rules.answer_context.gather(q)
        _, ev = evidence(q, passages, hints, lexicon, rules.weights, rules.searcher.plan(q).reading)
        v = judge(ev, rules.weights)
        print("DEBUG", q, v.gate, v.found, v.nearest, [round(x, 3) for x in signals(ev)], round(ev.quoted_closeness, 3),
              ev.query.kind.strict, "|", rules.ask(q).answer[:150].replace("\n", " / "))
