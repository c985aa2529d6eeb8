"""Follow-up questions answered as the standalone questions they stand for, offline and with a model."""
from __future__ import annotations

import re
import unicodedata

import pytest

from bot.answer.followup import FollowupRewriter, Talked, Turn, rewrite_offline, talked_about
from bot.answer.service import Assistant
from fakes.openai_server import FakeOpenAI, Reply

FIRST = "Công đoàn cơ sở có nhiệm vụ gì trong công tác thi đua, khen thưởng?"


@pytest.mark.parametrize("previous, followup, standalone", [
    ("LĐLĐ tỉnh có nhiệm vụ gì trong công tác thi đua?", "còn LĐLĐ huyện thì sao?",
     "LĐLĐ huyện có nhiệm vụ gì trong công tác thi đua?"),
    ("Nhiệm vụ của Liên đoàn Lao động tỉnh là gì?", "Còn LĐLĐ huyện thì sao ạ?", "Nhiệm vụ của LĐLĐ huyện là gì?"),
    ("LĐLĐ tỉnh có nhiệm vụ gì?", "thế còn huyện?", "LĐLĐ huyện có nhiệm vụ gì?"),
    ("Liên đoàn Lao động tỉnh phải báo cáo khi nào?", "vậy còn công đoàn cơ sở thì sao?",
     "công đoàn cơ sở phải báo cáo khi nào?"),
    ("Kế hoạch đặt chỉ tiêu gì cho năm 2022?", "còn năm 2023 thì sao?", "Kế hoạch đặt chỉ tiêu gì cho năm 2023?"),
    ("Công đoàn Giáo dục tỉnh có nhiệm vụ gì?", "CĐGD Việt Nam thì sao?", "CĐGD Việt Nam có nhiệm vụ gì?"),
    ("Tỷ lệ đoàn viên năm 2023 là bao nhiêu?", "còn 2024 thì sao?", "Tỷ lệ đoàn viên năm 2024 là bao nhiêu?"),
    ("Kế hoạch giao chỉ tiêu gì đến năm 2025?", "thế năm 2030 thì sao?", "Kế hoạch giao chỉ tiêu gì đến năm 2030?"),
    (FIRST, "còn về công tác tuyên truyền thì sao?", "Công đoàn cơ sở có nhiệm vụ gì trong công tác tuyên truyền?"),
    (FIRST, "Còn Ban Thường vụ thì sao?", "Ban Thường vụ có nhiệm vụ gì trong công tác thi đua, khen thưởng?"),
    # a body typed in haste in the previous question, a follow-up typed without diacritics
    ("cdcs phai lam gi de gioi thieu doan vien uu tu cho dang", "còn LĐLĐ tỉnh thì sao?",
     "LĐLĐ tỉnh phai lam gi de gioi thieu doan vien uu tu cho dang?"),
    ("LĐLĐ tỉnh có nhiệm vụ gì trong công tác thi đua?", "con ldld huyen thi sao",
     "ldld huyen có nhiệm vụ gì trong công tác thi đua?"),
    # a phrase of the previous question narrowed: same first and last word
    ("Bao nhiêu % CĐCS trường công lập đạt loại tốt?", "còn trường ngoài công lập?",
     "Bao nhiêu % CĐCS trường ngoài công lập đạt loại tốt?"),
    # … typed without diacritics (before: "truong ngoai cong lap của Công đoàn cơ sở?")
    ("Bao nhiêu % CĐCS trường công lập đạt loại tốt?", "con truong ngoai cong lap thi sao?",
     "Bao nhiêu % CĐCS truong ngoai cong lap đạt loại tốt?"),
])
def test_offline_rewriting_puts_the_new_subject_into_the_previous_question(previous, followup, standalone):
    assert rewrite_offline(followup, previous) == standalone


@pytest.mark.parametrize("previous, followup, standalone", [
    ("sở tài chính phải làm gì", "còn công an?", "công an phải làm gì?"),
    ("Sở Tài chính phải làm gì?", "còn Công an tỉnh?", "Công an tỉnh phải làm gì?"),
    ("Sở gửi báo cáo quý cho Bộ hạn chót ngày nào?", "còn xã thì sao?", "xã gửi báo cáo quý cho Bộ hạn chót ngày nào?"),
    ("UBND các xã phải làm gì trong phòng cháy rừng?", "còn Sở Nông nghiệp?",
     "Sở Nông nghiệp phải làm gì trong phòng cháy rừng?"),
    ("Mức hỗ trợ xây mới một nhà ở Thanh Hóa là bao nhiêu?", "còn Nghệ An?",
     "Mức hỗ trợ xây mới một nhà ở Nghệ An là bao nhiêu?"),
])
def test_a_body_named_by_its_kind_or_level_takes_the_place_of_the_previous_questions_body(previous, followup,
                                                                                         standalone):
    """Before: "công an của Sở Tài chính?" (the Sở's answer again), "Sở gửi báo cáo xã …" (the period lost), "Sở Nông
    nghiệp các xã …", "Nghệ An ở Thanh Hóa?" (newuser41 K19, K14): what was asked is kept, only the body (or the
    place) changes."""
    assert rewrite_offline(followup, previous) == standalone


@pytest.mark.parametrize("followup, standalone", [
    ("cdcs thi sao?", "cdcs có nhiệm vụ gì trong công tác thi đua?"),
    ("cong doan co so thi sao?", "cong doan co so có nhiệm vụ gì trong công tác thi đua?"),
    ("CĐCS thì sao?", "CĐCS có nhiệm vụ gì trong công tác thi đua?"),
    ("còn CĐCS thì sao?", "CĐCS có nhiệm vụ gì trong công tác thi đua?")])
def test_a_body_typed_without_diacritics_takes_the_place_of_the_previous_one(followup, standalone):
    """Before, "cdcs thi sao?" after "LĐLĐ tỉnh có nhiệm vụ gì …?" was searched with the previous question after it
    ("cdcs thi sao? (tiếp theo câu hỏi: LĐLĐ tỉnh …)"), answered with LĐLĐ tỉnh's duties, and "cong doan co so thi
    sao?" as a question of its own; typed with diacritics, the body takes the previous one's place."""
    assert rewrite_offline(followup, "LĐLĐ tỉnh có nhiệm vụ gì trong công tác thi đua?") == standalone


@pytest.mark.parametrize("followup", ["con nam 2045 thi sao?", "vay den nam 2045 thi sao?", "the con nam 2045?",
                                      "con nam 2045?", "thế còn năm 2045?"])
def test_a_followup_typed_without_diacritics_swaps_the_year_of_a_question_typed_with_them(followup):
    """Before, "con nam 2045 thi sao?" after "… đến năm 2030 …?" was searched as "nam 2045 (tiếp theo câu hỏi: … năm
    2030 …)", and "vay den nam 2045 thi sao?", "con nam 2045?" as questions of their own: all were told "không đề cập", though the
    same follow-up typed with diacritics gets the 2045 targets. Typed either way, the year asked about is swapped."""
    assert rewrite_offline(followup, "Tỷ lệ đoàn viên đến năm 2030 phấn đấu đạt bao nhiêu?") == \
        "Tỷ lệ đoàn viên đến năm 2045 phấn đấu đạt bao nhiêu?"


@pytest.mark.parametrize("own", ["ldld huyen to chuc the nao?", "cdcs bao cao the nao?", "CĐCS báo cáo thế nào?"])
def test_a_short_question_of_a_body_ending_in_the_nao_is_a_question_of_its_own(own):
    """Before, "cdcs bao cao the nao?" after "LĐLĐ tỉnh có nhiệm vụ gì trong công tác thi đua?" was searched as
    "LĐLĐ tỉnh có nhiệm vụ gì trong cdcs bao cao?" and "CĐCS báo cáo thế nào?" as "CĐCS báo cáo có nhiệm vụ gì …":
    only a body or a year alone before "thế nào / thì sao" takes the previous subject's place."""
    assert rewrite_offline(own, "LĐLĐ tỉnh có nhiệm vụ gì trong công tác thi đua?") == own


def test_a_half_typed_followup_swaps_the_year():
    """ "còn nam 2045 thi sao?" ("còn" typed with its mark, the rest without) was rewritten "… đến năm 2045 thi phấn
    đấu …": the asking tail typed without diacritics was kept as part of the subject."""
    assert rewrite_offline("còn nam 2045 thi sao?", "Tỷ lệ đoàn viên đến năm 2030 phấn đấu đạt bao nhiêu?") == \
        "Tỷ lệ đoàn viên đến năm 2045 phấn đấu đạt bao nhiêu?"


@pytest.mark.parametrize("previous, followup, standalone", [
    # a kind of fact or item asked of what the previous question was about: its body, topic and documents
    ("Ban Thường vụ cần báo cáo những gì, vào lúc nào?", "còn thời hạn thì sao?", "thời hạn báo cáo của Ban Thường vụ?"),
    ("LĐLĐ huyện cần làm gì về công tác tuyên truyền?", "còn mục tiêu thì sao?",
     "mục tiêu của Liên đoàn Lao động huyện về công tác tuyên truyền?"),
    ("Kế hoạch số 12 giao Ban Tổ chức việc gì?", "vậy còn thời gian thì sao?",
     "thời gian của Ban Tổ chức theo Kế hoạch số 12?"),
    ("Kế hoạch ở Nghệ An đặt ra những gì?", "còn chỉ tiêu thì sao ạ?", "chỉ tiêu ở Nghệ An?"),
    # typed without diacritics: the rewrite too, so that search restores them all
    ("ubkt phai lam gi ve kiem tra tai chinh", "còn thời hạn thì sao?", "thoi han cua ubkt ve kiem tra tai chinh?"),
    # what only a document has (its signer, recipients, date) is asked of the document named, not of the body
    ("LĐLĐ tỉnh phải làm gì trong kế hoạch KL 01?", "thế còn ai ký?", "ai ký kế hoạch KL 01?"),
    ("Ban Tổ chức cần làm gì theo Kế hoạch số 12?", "còn ngày ban hành thì sao?", "ngày ban hành Kế hoạch số 12?"),
    ("cdcs phai lam gi theo kl 01", "thế còn ai ký?", "ai ký kl 01?"),
])
def test_a_followup_asking_another_thing_keeps_the_previous_subject(previous, followup, standalone):
    assert rewrite_offline(followup, previous) == standalone


def test_a_document_question_after_a_change_of_subject_is_asked_of_the_document():
    """ "còn LĐLĐ huyện thì sao?" keeps the plan in scope; "thế còn ai ký?" then asks who signed the plan,
    not who signed for the district federation."""
    history = [("LĐLĐ tỉnh phải làm gì trong kế hoạch KL 01?", "…"), ("còn LĐLĐ huyện thì sao?", "…")]
    assert FollowupRewriter().rewrite("thế còn ai ký?", history) == "ai ký kế hoạch KL 01?"


def test_a_chain_of_vague_followups_goes_on_from_the_first_question_not_a_growing_chain():
    """ "thời hạn?", then "ai ký?", then "cái đó gửi cho ai?": each is read with the question the conversation
    started from, and "Hiểu là" shows it once, not nested in the one before."""
    history = [(FIRST, "…"), ("thời hạn?", "…"), ("ai ký?", "…")]
    rewritten = FollowupRewriter().rewrite("cái đó gửi cho ai?", history)
    assert rewritten == rewrite_offline("cái đó gửi cho ai?", FIRST)
    assert rewritten.count(FIRST) == 1 and "ai ký" not in rewritten


@pytest.mark.parametrize("aside", ["cảm ơn nhé", "ok", "có những văn bản nào?", "liệt kê các kế hoạch"])
def test_a_followup_passes_over_thanks_and_asking_which_documents_there_are(aside):
    """Thanks, "ok" or asking which documents are loaded between a question and its follow-up ask nothing of the
    texts: "còn thời hạn thì sao?" goes on from the question before them — not "thời hạn (tiếp theo câu hỏi: cảm
    ơn)", nor the question read with the list of documents ("… trong thi đua, khen thưởng)?")."""
    history = [(FIRST, "…"), (aside, "Các văn bản đã nạp (5): …")]
    assert FollowupRewriter().rewrite("còn thời hạn thì sao?", history) == rewrite_offline("còn thời hạn thì sao?", FIRST)


def test_offline_rewriting_keeps_context_for_references_and_leaves_new_questions_alone():
    assert rewrite_offline("việc đó phải báo cáo ai?", FIRST).endswith(FIRST + ")")
    assert FIRST in rewrite_offline("thời hạn?", FIRST)
    assert FIRST in rewrite_offline("bao lâu", FIRST)
    for stray in ("Ctrl", "abc xyz", "Hà Nội"):  # a word typed by mistake asks nothing: not the previous question
        assert rewrite_offline(stray, FIRST) == stray
    # "con" typed without diacritics opens a follow-up only with its asking tail ("thi sao"): a child otherwise
    assert rewrite_offline("con cua doan vien duoc ho tro gi", FIRST) == "con cua doan vien duoc ho tro gi"
    # … or with a word or two asking a kind of fact by themselves, as "còn thời gian?" does (before: "con thoi gian?
    # (tiếp theo câu hỏi: …)", "con" a word of the question)
    assert rewrite_offline("con thoi gian?", FIRST) == rewrite_offline("còn thoi gian?", FIRST)
    assert rewrite_offline("con thoi gian?", FIRST).startswith("thoi gian ")
    for own in ("Kế hoạch thực hiện Chỉ thị số 41 giao Ban nào làm đầu mối theo dõi?",
                "Công đoàn cấp trên có trách nhiệm gì?", "to truong phai lam gi"):  # a person's role is a subject
        assert rewrite_offline(own, FIRST) == own


@pytest.mark.slow
def test_followup_gets_the_answer_of_the_standalone_question(assistant: Assistant):
    first = assistant.ask(FIRST)
    history = [(FIRST, first.answer)]
    second = assistant.ask("còn Công đoàn Giáo dục Việt Nam thì sao?", history=history)
    standalone = "Công đoàn Giáo dục Việt Nam có nhiệm vụ gì trong công tác thi đua, khen thưởng?"
    assert second.mode == "offline" and second.question == standalone
    direct = assistant.ask(standalone)
    assert second.answer == direct.answer
    assert [c.passage.chunk_id for c in second.citations] == [c.passage.chunk_id for c in direct.citations]

    # a follow-up of the follow-up: the chain of raw questions is resolved turn by turn
    history.append(("còn Công đoàn Giáo dục Việt Nam thì sao?", second.answer))
    third = assistant.ask("còn CĐGD tỉnh thì sao?", history=history)
    assert third.question == "CĐGD tỉnh có nhiệm vụ gì trong công tác thi đua, khen thưởng?"
    assert third.answer == assistant.ask(third.question).answer

    # typed in decomposed Unicode (NFD), as some phone keyboards send it: the same follow-up
    nfd = [(unicodedata.normalize("NFD", q), a) for q, a in history[:1]]
    assert assistant.ask(unicodedata.normalize("NFD", "còn CĐGD tỉnh thì sao?"), history=nfd).question == \
        third.question

    unrelated = "Kế hoạch thực hiện Chỉ thị số 41 giao Ban nào làm đầu mối theo dõi?"
    assert assistant.ask(unrelated, history=history).question == unrelated


@pytest.mark.slow
def test_a_followup_asking_for_the_deadline_gets_the_deadline_of_the_same_report(assistant: Assistant):
    asked = "Công đoàn cơ sở phải báo cáo những gì?"
    then = assistant.ask("còn thời hạn thì sao?", history=[(asked, assistant.ask(asked).answer)])
    assert then.question == "thời hạn báo cáo của Công đoàn cơ sở?"
    assert then.found and re.search(r"6 tháng|hằng năm|hàng năm|định kỳ", then.answer)


def _is_rewrite(body: dict) -> bool:
    return "Câu hỏi tiếp theo:" in body["messages"][-1]["content"]


@pytest.mark.slow
def test_model_rewrites_followups_when_configured(corpus_data, make_settings):
    standalone = "Công đoàn Giáo dục Việt Nam có trách nhiệm gì về thi đua, khen thưởng?"

    def script(body: dict) -> Reply:
        if _is_rewrite(body):
            return Reply(f"Câu hỏi đầy đủ: {standalone}\n")
        first = re.search(r"^\[1\] .*?\nNội dung: (.*?)(?:[.;]\s|\n|$)", body["messages"][-1]["content"], re.S | re.M)
        return Reply(f"{first.group(1).rstrip('.;')} [1].")

    with FakeOpenAI(script) as server:
        assistant = Assistant(make_settings(corpus_data, llm="openai:fake", llm_base_url=server.base_url))
        answer = assistant.ask("còn bên trên thì sao?", history=[(FIRST, "Chủ động xây dựng quy chế phối hợp [1].")])
        rewrite, generate = server.requests[0]["body"], server.requests[1]["body"]

    assert answer.mode == "llm" and answer.question == standalone
    assert _is_rewrite(rewrite) and FIRST in rewrite["messages"][-1]["content"]
    assert "còn bên trên thì sao?" in rewrite["messages"][-1]["content"]
    assert f"Câu hỏi: {standalone}" in generate["messages"][-1]["content"]


@pytest.mark.slow
def test_failed_model_rewrite_falls_back_to_the_offline_rewrite(corpus_data, make_settings):
    with FakeOpenAI(lambda body: Reply(status=500) if _is_rewrite(body) else Reply("không nên tới đây [1].")) as server:
        assistant = Assistant(make_settings(corpus_data, llm="openai:fake", llm_base_url=server.base_url))
        answer = assistant.ask("còn Công đoàn Giáo dục Việt Nam thì sao?", history=[(FIRST, "…")])
        calls = len(server.requests)

    assert answer.question == "Công đoàn Giáo dục Việt Nam có nhiệm vụ gì trong công tác thi đua, khen thưởng?"
    assert answer.mode == "offline" and calls == 1  # the failed model is not asked again for the answer


@pytest.mark.parametrize("previous, followup, standalone", [
    ("Theo KH 05 thì Ban Tuyên giáo phải làm gì?", "còn Ban Tổ chức?", "Theo KH 05 thì Ban Tổ chức phải làm gì?"),
    ("Quyết định 12 của TP HCM giao Sở Y tế việc gì?", "còn Sở Nội vụ thì sao?",
     "Quyết định 12 của TP HCM giao Sở Nội vụ việc gì?"),
])
def test_a_new_body_takes_the_place_of_the_body_not_of_the_document_or_the_place(previous, followup, standalone):
    """"KH", "TP HCM" are written in capitals as bodies' abbreviations are, but name a document and a place: the
    body the follow-up names replaces the body the previous question asked about."""
    assert rewrite_offline(followup, previous) == standalone


def test_a_body_named_in_lower_case_is_replaced_whole():
    """"sở y tế" typed in lower case is one body's name: the new body takes all of it."""
    assert rewrite_offline("còn sở nội vụ thì sao?", "theo kế hoạch thì sở y tế phải làm gì?") == \
        "theo kế hoạch thì sở nội vụ phải làm gì?"


DECISION = """ỦY BAN NHÂN DÂN HUYỆN HOA MAI
Số: 45/QĐ-UBND
Hoa Mai, ngày 15 tháng 8 năm 2026

QUYẾT ĐỊNH
Về việc hỗ trợ học sinh có hoàn cảnh khó khăn năm học 2026 - 2027

Điều 1. Hỗ trợ mỗi học sinh có hoàn cảnh khó khăn 500.000 đồng/năm học; học sinh được hỗ trợ là học sinh đang học
tại trường trước ngày Quyết định này có hiệu lực.
Điều 2. Phòng Giáo dục và Đào tạo lập danh sách học sinh được hỗ trợ.
Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2026.
"""


@pytest.fixture(scope="module")
def decision(tmp_path_factory, embed_cache):
    from tests.helpers import assistant_with

    with assistant_with(tmp_path_factory, embed_cache, "qd-ho-tro.txt", DECISION) as assistant:
        yield assistant


def test_when_it_takes_effect_asked_after_an_answer_is_asked_of_that_document(decision):
    """"thế nó có hiệu lực từ bao giờ?" after an answer quoting the decision asks when the decision takes effect: asked
    in its own words of that document, not joined to the previous question's topic (which finds Điều 1's "trước
    ngày Quyết định này có hiệu lực")."""
    first = decision.ask("học sinh khó khăn được hỗ trợ bao nhiêu tiền?")
    assert first.found and "500.000 đồng" in first.answer, first.answer
    from bot.answer.followup import turn
    answer = decision.ask("thế nó có hiệu lực từ bao giờ?", history=[turn("học sinh khó khăn được hỗ trợ bao nhiêu tiền?",
                                                                           first)])
    assert answer.found and answer.answer.startswith("Điều 3. Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2026"), \
        answer.answer


@pytest.mark.parametrize("question", ["Giải pháp nâng cao hiệu lực, hiệu quả quản lý nhà nước về lao động là gì?",
                                      "Nghị định về lương tối thiểu vùng có hiệu lực thi hành từ ngày nào?"])
def test_a_standalone_question_about_effect_is_not_asked_of_the_previous_answers_document(question):
    """"hiệu lực" in a question of its own ("nâng cao hiệu lực, hiệu quả": effectiveness; a text it names itself)
    is searched in all the documents, not only in the one the previous answer quoted."""
    history = [Turn("học sinh khó khăn được hỗ trợ bao nhiêu tiền?", "…", ("qd-ho-tro",))]
    assert talked_about(question, question, history) is None


@pytest.mark.parametrize("question", ["thế nó có hiệu lực từ bao giờ?", "văn bản đó hết hiệu lực khi nào?"])
def test_when_it_takes_effect_asked_as_a_follow_up_is_asked_of_the_previous_answers_document(question):
    history = [Turn("học sinh khó khăn được hỗ trợ bao nhiêu tiền?", "…", ("qd-ho-tro",))]
    standalone = rewrite_offline(question, history[0].question)
    assert talked_about(question, standalone, history) == Talked("qd-ho-tro", True)


@pytest.mark.parametrize("previous, followup, swapped", [
    ("CĐCS dưới 50 đoàn viên bầu mấy ủy viên?", "còn từ 500 trở lên?",
     "CĐCS từ 500 trở lên đoàn viên bầu mấy ủy viên?"),
    ("cdcs duoi 50 doan vien bau may uy vien?", "con tu 500 tro len?",
     "cdcs tu 500 tro len doan vien bau may uy vien?"),
])
def test_a_bound_takes_the_place_of_the_bound_the_previous_question_named(previous, followup, swapped):
    assert rewrite_offline(followup, previous) == swapped


@pytest.mark.parametrize("previous, followup, misread", [
    # "dự 3" and "thứ tư 5" fold to "đủ 3" and "từ 5", bounds; as typed they are none
    ("Cán bộ dự 3 buổi tập huấn được bao nhiêu tiền?", "còn từ 5 trở lên?", "Cán bộ từ 5 trở lên buổi"),
    ("Ngày thứ tư 5 giờ tập luyện được bao nhiêu tiền?", "còn trên 10?", "Ngày thứ trên 10 giờ"),
])
def test_words_that_only_fold_to_a_bound_are_not_swapped_for_one(previous, followup, misread):
    assert misread not in rewrite_offline(followup, previous)
