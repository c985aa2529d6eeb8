"""`troly ask` on the five real plans: answer first, citations byte for byte as stored, duty questions
answered with body and timing, plain abstention when the plans do not say."""
from __future__ import annotations

import json
import re

import pytest

from tests.helpers import run_troly
from troly.texts import t

# Questions the five plans cannot answer (none of them is in the evaluation set).
NOT_IN_PLANS = [
    "Mức đóng bảo hiểm xã hội bắt buộc của giáo viên là bao nhiêu phần trăm tiền lương?",
    "Số điện thoại của Liên đoàn Lao động tỉnh Cao Bằng là bao nhiêu?",
    "Hạn chót nộp hồ sơ đề nghị khen thưởng năm 2026 là ngày nào?",
    "Email của Ban Tổ chức CĐGD Việt Nam là gì?",
    "Trụ sở Công đoàn Giáo dục tỉnh Lâm Đồng đặt ở đâu, địa chỉ cụ thể?",
    "Mức lương tối thiểu vùng năm 2025 là bao nhiêu?",
    "Ai là Chủ tịch Công đoàn Giáo dục tỉnh Lâm Đồng hiện nay?",
    "Đại hội Công đoàn Việt Nam lần thứ XIV diễn ra năm nào?",
    "học phí đại học năm 2025",
    "lương hưu tháng này tăng bao nhiêu",
    # labour-law questions whose nearest passage covers little of them (passage_min, fitted with other corpora's
    # questions as negatives: bench/fit_weights.py --negatives)
    "Người lao động được nghỉ phép năm bao nhiêu ngày?",
    "Quy trình thương lượng tập thể tại doanh nghiệp gồm mấy bước?",
    # a known gap until polish49: an opening line naming what a plan rests on no longer joins an answer as its second
    # line (bot/answer/basis.py), and what is left of CĐGD Lâm Đồng's lines is not sure enough for LĐLĐ Cao Bằng's
    "cho minh hoi website cua ldld tinh cao bang la gi",
]
# Known gaps of the confidence model (see the closing note of its stop): the KL51 preamble, naming the plan and
# "nguồn nhân lực", is quoted for where the money comes from.
# "Nhà công vụ" (housing for officials) is answered too: each of its syllables stands in the quoted passage on its own ("nghiệp vụ",
# "công đoàn"), so the quote seems to hold its rare words (distinct_min), and it is close in meaning (.87).
KNOWN_GAPS = ["Kinh phí thực hiện kế hoạch KL51 được lấy từ nguồn nào?",
              "Cán bộ công đoàn được ở nhà công vụ không?"]
DUTY = "Theo kế hoạch hành động KL51, LĐLĐ các huyện và công đoàn cơ sở gửi báo cáo kết quả cho ai, vào dịp nào?"
NO_DIACRITICS = "guong nguoi tot viec tot cua cong doan bac kan duoc dang tren nhung trang nao"


def _ask_batch(env, corpus_store, tmp_path, questions: list[str]) -> list[dict]:
    env["TROLY_DATA_DIR"] = str(corpus_store)
    qfile = tmp_path / "questions.txt"
    qfile.write_text("\n".join(questions) + "\n", encoding="utf-8")
    proc = run_troly(["ask", "--json", "--batch", str(qfile)], env)
    assert proc.returncode == 0, proc.stderr
    answers = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert [a["question"] for a in answers] == questions
    return answers


def test_ask_json_citations_match_the_store_byte_for_byte(cli_env, corpus_store, tmp_path, make_settings):
    from bot.answer.service import Assistant

    answers = _ask_batch(cli_env, corpus_store, tmp_path, [DUTY, NO_DIACRITICS, *NOT_IN_PLANS])
    store = Assistant(make_settings(corpus_store)).store
    stored = {(c.meta["doc_id"], c.text) for doc in store.records() for c in store.doc_chunks(doc)}
    titles = {r.doc_id: (r.title, r.source) for r in store.records().values()}
    for a in answers:
        assert set(a) >= {"question", "answer", "found", "citations", "mode"}
        assert a["mode"] == "offline"
        for n, c in enumerate(a["citations"], 1):
            assert set(c) == {"n", "doc_id", "document", "short_title", "label", "source", "section", "lead", "kind",
                              "text", "shown"}  # shown: the passage as /nguon shows it (a table row labelled)
            assert len(c["label"]) <= 100 and c["label"].startswith(f"[{n}] {c['short_title']}")
            assert c["n"] == n
            assert (c["doc_id"], c["text"]) in stored, "citation text differs from the stored passage"
            assert (c["document"], c["source"]) == titles[c["doc_id"]]
        if a["found"]:
            texts = {c["n"]: c["text"] for c in a["citations"]}
            lines = a["answer"].splitlines()
            if lines and lines[0] == t("answer.nearest"):  # middling evidence says so first
                lines = lines[1:]
            for line in lines:  # answer first: quoted sentences, each cited
                m = re.fullmatch(r"(.+) \[(\d+)\]", line)
                assert m, line
                quote, text = m.group(1), texts[int(m.group(2))]
                # verbatim, after an optional "Body: " named by the heading the duty sits under, and a "…" that
                # marks a quote starting mid-sentence
                assert any(q.removeprefix("…") in text for q in (quote, quote.split(": ", 1)[-1])), line


def test_duty_question_gets_body_and_timing(cli_env, corpus_store, tmp_path):
    duty, no_marks = _ask_batch(cli_env, corpus_store, tmp_path, [DUTY, NO_DIACRITICS])
    assert duty["found"]
    assert "Liên đoàn Lao động tỉnh" in duty["answer"] and "6 tháng" in duty["answer"]
    assert len(duty["answer"].splitlines()) <= 3
    assert no_marks["found"] and "congdoanbackan.org.vn" in no_marks["answer"], no_marks["answer"]


def test_who_receives_a_plan_is_answered_from_its_recipients_block(cli_env, corpus_store, tmp_path):
    """"ai nhận kế hoạch …" asks for the document's "Nơi nhận", not for the tasks that mention the plan."""
    for a in _ask_batch(cli_env, corpus_store, tmp_path, ["ai nhan ke hoach kl 21",
                                                          "Những đơn vị nào nhận kế hoạch thực hiện KL 51?"]):
        assert a["found"] and a["citations"][0]["kind"] == "recipients", a["answer"]
        assert a["answer"].startswith("Nơi nhận"), a["answer"]


def test_who_receives_asked_as_which_places_is_answered_from_its_recipients_block(cli_env, corpus_store, tmp_path):
    """"… gửi những nơi nào?" asks where a document is sent, as "gửi cho ai" does: its "Nơi nhận", not a place."""
    cli_env["TROLY_DATA_DIR"] = str(corpus_store)
    for question in ("gửi những nơi nào?", "gui cac noi nao"):
        proc = run_troly(["ask", "--json", "--doc", "004_f2391f32d5c3f913.txt", question], cli_env)
        a = json.loads(proc.stdout)
        assert a["found"] and a["citations"][0]["kind"] == "recipients", a["answer"]
        assert a["answer"].startswith("Nơi nhận") and "Trang Website" in a["answer"], a["answer"]


def test_a_sentence_naming_a_website_is_no_ask_for_its_address(cli_env, corpus_store, tmp_path):
    """A member pasting a plan's sentence that names "Website CĐGD Việt Nam" gets that sentence, cited: the word
    names where reports go, it does not ask for a web address (which no passage gives). Asking the address is answered
    with one or told the documents do not give it, never with that sentence."""
    pasted, asked = _ask_batch(cli_env, corpus_store, tmp_path, [
        "Hằng năm, các đơn vị báo cáo kết quả thực hiện cùng với báo cáo công tác tuyên giáo, gửi tại chuyên mục "
        "báo cáo trên Website CĐGD Việt Nam.",
        "Địa chỉ website của Công đoàn Giáo dục Việt Nam?"])
    assert pasted["found"] and "chuyên mục báo cáo trên Website CĐGD Việt Nam" in pasted["answer"], pasted["answer"]
    assert re.search(r"\.vn\b", asked["answer"]) if asked["found"] else "chuyên mục" not in asked["answer"], asked


def _assert_plain_abstentions(answers: list[dict]) -> None:
    for a in answers:
        assert a["found"] is False, (a["question"], a["answer"])
        assert a["answer"].startswith("Các văn bản đã nạp không đề cập")
        assert not re.search(r"\d", a["answer"]), "an abstention must not carry a number"
        assert 1 <= len(a["citations"]) <= 3  # the nearest passages, "có thể liên quan"


def test_abstains_plainly_when_the_plans_do_not_say(cli_env, corpus_store, tmp_path):
    _assert_plain_abstentions(_ask_batch(cli_env, corpus_store, tmp_path, NOT_IN_PLANS))


@pytest.mark.xfail(strict=True, reason="known gap: a passage of the wrong plan or body is quoted with confidence")
@pytest.mark.parametrize("question", KNOWN_GAPS)
def test_known_gaps_in_abstention(cli_env, corpus_store, tmp_path, question):
    _assert_plain_abstentions(_ask_batch(cli_env, corpus_store, tmp_path, [question]))


# A topic none of the plans treats, asked in their common words: marriage registration shares "đăng ký" and "ký kết"
# ("đăng ký làm theo Bác", "ký cam kết") with a plan's passage, which a short question is never very close to in
# meaning. Its rarest words ("hôn", "thủ tục") are in no passage quoted: told so (distinct_min).
NEAR_TOPIC = ["Thủ tục đăng ký kết hôn như thế nào?"]
# Chat-style questions on what a plan says, short and far from any passage in meaning, most of their rare words in it:
# answered from it ("lo" and "dùng" are in no passage quoted, "ad" is no Vietnamese syllable).
CHAT_ASKED = [("kỹ năng số ai lo vậy ad", "kỹ năng số"), ("trợ lý ảo AI dùng để làm gì vậy ad", "ứng dụng trợ lý ảo, AI")]


def test_a_topic_no_plan_treats_asked_in_their_common_words_is_told_so(cli_env, corpus_store, tmp_path):
    _assert_plain_abstentions(_ask_batch(cli_env, corpus_store, tmp_path, NEAR_TOPIC))


def test_a_short_chat_question_on_what_a_plan_says_is_answered_from_it(cli_env, corpus_store, tmp_path):
    answers = _ask_batch(cli_env, corpus_store, tmp_path, [q for q, _ in CHAT_ASKED])
    for a, (_, quoted) in zip(answers, CHAT_ASKED):
        assert a["found"] and quoted in a["citations"][0]["text"], a["answer"]


def test_abstention_text_lists_maybe_related(cli_env, corpus_store):
    cli_env["TROLY_DATA_DIR"] = str(corpus_store)
    proc = run_troly(["ask", NOT_IN_PLANS[1]], cli_env)
    assert proc.returncode == 0, proc.stderr
    first, _, rest = proc.stdout.partition("\n")
    assert first.startswith("Các văn bản đã nạp không đề cập")
    assert "Các đoạn có thể liên quan:" in rest and "[1] " in rest
