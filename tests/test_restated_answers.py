"""A question worded apart from the passage that answers it: few of its words stand in the passage, yet the passage
is as close to it in meaning as abstain.restated asks. It is quoted as the nearest passage, never called absent; a
question on a near topic that no passage restates still abstains. Invented document, worded apart from any trial's."""
from __future__ import annotations

from tests.helpers import corpus_fixture
from troly.texts import t

_CARE = ("CÔNG ĐOÀN NGÀNH GIÁO DỤC HUYỆN ĐỨC TRỌNG\nSố: 15/KH-CĐN\n\n"
         "KẾ HOẠCH\nChăm lo đời sống cán bộ công đoàn cơ sở năm 2026\n\n"
         "I. MỤC ĐÍCH, YÊU CẦU\n"
         "1. Động viên kịp thời cán bộ công đoàn cơ sở hoàn thành tốt nhiệm vụ.\n"
         "2. Bảo đảm chế độ, chính sách đúng quy định, công khai, minh bạch.\n\n"
         "II. NỘI DUNG\n"
         "1. Tiếp tục điều chỉnh nâng mức phụ cấp trách nhiệm đối với cán bộ công đoàn không chuyên trách đồng bộ với "
         "lộ trình cải cách tiền lương của cán bộ, công chức, viên chức.\n"
         "2. Tổ chức cho cán bộ công đoàn cơ sở tham quan, học tập kinh nghiệm tại tỉnh bạn vào quý III năm 2026.\n"
         "3. Ban Thường vụ Công đoàn ngành trực tiếp thăm hỏi cán bộ công đoàn cơ sở ốm đau dài ngày, gia đình gặp khó "
         "khăn đột xuất.\n\n"
         "III. TỔ CHỨC THỰC HIỆN\n"
         "Ban Tài chính Công đoàn ngành chủ trì dự toán kinh phí, báo cáo Ban Thường vụ trước ngày 30/01/2026.\n")

care = corpus_fixture(("kh-cham-lo-can-bo.txt", _CARE))

_RAISE = "nâng mức phụ cấp trách nhiệm"


def test_a_statement_in_other_words_is_answered_with_the_passage_it_restates(care):
    """"kiêm nhiệm" for "không chuyên trách", "tăng dần cùng với việc tăng lương" for "đồng bộ với lộ trình cải cách
    tiền lương": the passage holds under half of the statement's words (judged_min asks .65), and before, the reader
    was told the documents do not cover it while the answer stood first among the sources."""
    answer = care.ask("Phụ cấp trách nhiệm của cán bộ công đoàn kiêm nhiệm được tăng dần cùng với việc tăng lương "
                      "công chức, đúng hay sai?")
    lines = answer.answer.split("\n")
    assert answer.found and lines[0] == t("answer.nearest") and _RAISE in lines[1], answer.answer
    assert answer.citations and _RAISE in answer.citations[0].passage.text


def test_a_statement_on_a_near_topic_the_plan_does_not_restate_still_abstains(care):
    """The same passage shares their words (cán bộ công đoàn, phụ cấp, lương công chức) but says nothing of a Tết
    bonus or a seniority allowance, and is less close to them in meaning: the documents do not cover these."""
    for statement in ("Cán bộ công đoàn kiêm nhiệm được thưởng Tết theo mức lương công chức, đúng hay sai?",
                      "Cán bộ công đoàn không chuyên trách được hưởng phụ cấp thâm niên như công chức, đúng hay sai?"):
        answer = care.ask(statement)
        assert not answer.found, answer.answer
