"""The check applied to generated answers, on hand-made passages: what survives, how it is numbered."""
from __future__ import annotations

import pytest

from bot.answer.llm.answerer import ThinkStripper
from bot.answer.llm.citations import Renumberer, check_answer, says_not_found
from bot.answer.llm.facts import Evidence, extract_facts
from vectorstore.search import Passage

TEXTS = [
    "Thực hiện Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021 của Ban Chấp hành Trung ương khóa XIII.",
    "Phấn đấu 90% công đoàn cơ sở tổ chức học tập nghị quyết; Công đoàn giáo dục (CĐGD) Việt Nam hướng dẫn.",
    "Liên đoàn Lao động tỉnh chỉ đạo các cấp báo cáo kết quả trước ngày 15/12 hằng năm.",
]
PASSAGES = [Passage(f"c{i}", "doc", "Kế hoạch số 05/KH-CĐGD", "src", "III. TỔ CHỨC THỰC HIỆN", text, 0.9)
            for i, text in enumerate(TEXTS)]


def supported(sentence: str, texts: list[str]) -> dict[str, bool]:
    evidence = Evidence(texts)
    return {f.text: evidence.supports(f) for f in extract_facts(sentence)}


def test_numbers_and_dates_match_in_any_written_form():
    found = supported("Kết luận 21 ban hành ngày 25/10/2021, đạt 90% cơ sở, báo cáo trước 15-12.", TEXTS)
    assert found == {"21": True, "25/10/2021": True, "90%": True, "15-12": True}
    assert supported("đạt 95% cơ sở vào năm 2030", TEXTS) == {"95%": False, "2030": False}
    assert supported("Có 1.000 đoàn viên", ["tổng số 1000 đoàn viên"]) == {"1.000": True}


def test_body_names_match_by_full_name_or_initials_and_level_matters():
    assert supported("CĐGD Việt Nam hướng dẫn", TEXTS[1:2]) == {"CĐGD": True}
    assert supported("Công đoàn Giáo dục Việt Nam hướng dẫn", TEXTS[1:2]) == {"Công đoàn Giáo dục": True}
    assert supported("LĐLĐ tỉnh chỉ đạo", TEXTS[2:3]) == {"LĐLĐ": True}   # initials of Liên đoàn Lao động
    assert supported("LĐLĐ huyện chỉ đạo", TEXTS[2:3]) == {"LĐLĐ": False}  # a different body
    assert supported("Bộ Tài chính cấp kinh phí", TEXTS) == {"Bộ Tài chính": False}
    assert supported("BCH Trung ương khóa XIII", TEXTS[:1]) == {"BCH": True}


def test_check_keeps_supported_sentences_and_renumbers_by_first_use():
    raw = ("Các cấp báo cáo trước ngày 15/12 hằng năm [3]. Mục tiêu là 90% công đoàn cơ sở học tập [2][3].\n"
           "- Tổ chức hội thi với 500 đội thi [2].\n- Việc khác do cấp trên quyết định [7].")
    checked = check_answer(raw, PASSAGES)
    assert checked.text == ("Các cấp báo cáo trước ngày 15/12 hằng năm [1]. "
                            "Mục tiêu là 90% công đoàn cơ sở học tập [2][1].")
    assert checked.cited == [3, 2] and checked.usable
    assert [why.split(":")[0] for _, why in checked.removed] == ["cites passage(s) not given", "not in the cited passages"]


def test_fact_must_be_in_the_passage_the_sentence_cites():
    checked = check_answer("Báo cáo trước ngày 15/12 [1]. Kết luận số 21 [1].", PASSAGES)
    assert checked.text == "Kết luận số 21 [1]." and checked.cited == [1]


def test_fact_from_another_cited_passage_gets_that_citation_added():
    checked = check_answer("Kết luận số 21 [1]. Báo cáo trước ngày 15/12 [1]. Do LĐLĐ tỉnh chỉ đạo [3].", PASSAGES)
    assert checked.text == "Kết luận số 21 [1]. Báo cáo trước ngày 15/12 [1][2]. Do LĐLĐ tỉnh chỉ đạo [2]."
    assert checked.cited == [1, 3] and not checked.removed


def test_uncited_sentence_is_checked_against_all_cited_passages():
    checked = check_answer("Hạn báo cáo là 15/12.\nĐó là việc của Liên đoàn Lao động tỉnh [3].\nTrong năm 2031 thì chưa rõ.",
                           PASSAGES)
    assert checked.text == "Hạn báo cáo là 15/12.\nĐó là việc của Liên đoàn Lao động tỉnh [1]."


def test_mostly_invented_answer_is_not_usable():
    checked = check_answer("Kết luận số 21 [1]. Cấp 3 tỷ đồng [1]. Đạt 99% [2]. Hạn là 1/1/2030 [3].", PASSAGES)
    assert not checked.usable
    assert not check_answer("Không có trích dẫn nào.", PASSAGES).usable
    padded = "Dưới đây là thông tin.\nTheo kế hoạch:\n- Kết luận số 21 [1].\n- Cấp 3 tỷ đồng [1].\n- Đạt 99% [2]."
    assert not check_answer(padded, PASSAGES).usable  # filler without facts does not outweigh removals


@pytest.mark.parametrize("size", [1, 2, 3, 7])
def test_streamed_renumbering_equals_the_final_one_whatever_the_cut(size):
    raw = "A [3]. B [1, 3]. C [đoạn 2]. D [9]. E [2-3]."
    stream = Renumberer(3)
    pieces = [stream.feed(raw[i:i + size]) for i in range(0, len(raw), size)] + [stream.flush()]
    assert "".join(pieces) == Renumberer(3).run(raw) == "A [1]. B [2][1]. C [3]. D . E [3][1]."
    assert stream.order == [3, 1, 2]


def test_other_citation_styles_are_read_and_normalised():
    assert Renumberer(3).run("A [^2]. B 【3】. C [Đoạn 2, đoạn 3]. [x] [") == "A [1]. B [2]. C [1][2]. [x] ["


def test_think_blocks_of_reasoning_models_are_dropped_even_when_cut():
    raw = "<think>ước tính 87% [9]</think>\nCâu trả lời [1]."
    stripper = ThinkStripper()
    assert "".join(stripper.feed(raw[i:i + 3]) for i in range(0, len(raw), 3)) + stripper.flush() == "\nCâu trả lời [1]."


def test_not_found_sentence_is_recognised():
    assert says_not_found("các văn bản đã nạp không đề cập nội dung này", "Các văn bản đã nạp không đề cập nội dung này.")
    assert not says_not_found("Các văn bản đã nạp không đề cập nội dung này, nhưng [1] nói…",
                              "Các văn bản đã nạp không đề cập nội dung này.")


@pytest.mark.parametrize("spec, base_url, expected_class, expected_url", [
    ("openai:gpt-4o-mini", "http://127.0.0.1:9/v1", "ChatOpenAI", "http://127.0.0.1:9/v1"),
    ("vllm:Qwen/Qwen2.5-7B-Instruct", None, "ChatOpenAI", "http://localhost:8000/v1"),
    ("lmstudio:qwen2.5-7b-instruct", None, "ChatOpenAI", "http://localhost:1234/v1"),
    ("gemini:gemini-2.0-flash", None, "ChatOpenAI", "https://generativelanguage.googleapis.com/v1beta/openai/"),
    ("ollama:qwen2.5:7b", "http://127.0.0.1:11434", "ChatOllama", "http://127.0.0.1:11434"),
])
def test_model_setting_selects_the_client_and_endpoint(spec, base_url, expected_class, expected_url):
    from bot.answer.llm.models import make_chat_model
    from troly.config import Settings

    model = make_chat_model(Settings(_env_file=None, llm=spec, llm_base_url=base_url))
    assert type(model).__name__ == expected_class
    assert (getattr(model, "openai_api_base", None) or model.base_url) == expected_url
    assert (getattr(model, "model_name", None) or model.model) == spec.partition(":")[2]


@pytest.mark.parametrize("spec", ["gpt-4o-mini", "openai:", "claude:sonnet"])
def test_malformed_model_setting_is_refused_by_the_settings_for_every_caller(spec):
    """Before, only `troly` checked TROLY_LLM: the answer service as a library (the bots' and bench's) logged an
    English line ("TROLY_LLM=… unusable; answering offline") and answered offline (review46 R11)."""
    from troly.config import SettingsError, load_settings

    with pytest.raises(SettingsError) as refused:
        load_settings(_env_file=None, llm=spec)
    message = str(refused.value)
    assert message.startswith(f"Cấu hình TROLY_LLM={spec} không dùng được: ")
    assert message.count("TROLY_LLM") == 1 and "unusable" not in message
