"""Passages found for questions nobody tuned on (issue 10): how a document's structure, its short lines, its
references to its own clauses and the corpus's way of writing lists decide what a question finds. One small
decision with the plan it issues; each test asks what a member would type and checks the passage that comes back."""
from __future__ import annotations

import unicodedata

import pytest

from tests.helpers import assistant_with
from vectorstore.subject import named

DECISION = """ỦY BAN NHÂN DÂN TỈNH AN PHÚ
Số: 45/QĐ-UBND
An Phú, ngày 10 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc tổ chức nghỉ dưỡng cho đoàn viên công đoàn

Điều 1. Thực hiện chế độ nghỉ dưỡng luân phiên 03 năm một lần đối với đoàn viên công đoàn trên địa bàn tỉnh An Phú:
1. Đối tượng: đoàn viên có thời gian công tác từ 10 năm trở lên.
2. Thời gian thực hiện: Từ ngày 01/5/2024.
Điều 2. Mức hỗ trợ
1. Hỗ trợ 5 triệu đồng/người đối với trường hợp nêu tại điểm a khoản 2 Điều này.
2. Đối tượng được hỗ trợ theo mức như sau:
a) Đoàn viên bị bệnh nghề nghiệp phải điều trị dài ngày;
b) Đoàn viên có hoàn cảnh khó khăn.
3. Hỗ trợ 2 triệu đồng/người đối với trường hợp nêu tại điểm b khoản 2 Điều này.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KẾ HOẠCH
Tổ chức nghỉ dưỡng cho đoàn viên năm 2024

A. MỤC ĐÍCH, YÊU CẦU
Bảo đảm đoàn viên được chăm sóc sức khỏe; cơ quan, đơn vị phối hợp chặt chẽ.
B. NỘI DUNG THỰC HIỆN
1. Lập danh sách
a) Công đoàn cơ sở rà soát đoàn viên đủ điều kiện;
b) Gửi danh sách về cơ quan Công đoàn;
c) Ủy ban nhân dân quận, huyện tổng hợp danh sách toàn tỉnh vào tháng 4 năm 2024;
2. Bước 2
Sở Tài chính bố trí kinh phí cho các đoàn nghỉ dưỡng của cơ quan, đơn vị.
Thời gian hoàn tất: trước ngày 30 tháng 6 năm 2024.
3. Bước 3
Công đoàn cơ sở đưa đoàn viên đi nghỉ dưỡng tại khu điều dưỡng Sầm Sơn.
Thời gian hoàn tất: trước ngày 31 tháng 8 năm 2024.
"""


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def rank_of(passages, phrase: str) -> int | None:
    return next((i for i, p in enumerate(passages) if norm(phrase) in norm(p.text)), None)


@pytest.fixture(scope="module")
def decision(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "qd45_nghi_duong.txt", DECISION)


def test_a_decision_article_that_states_the_rule_is_quoted(decision):
    # "Điều 1. Thực hiện chế độ … 03 năm một lần …:" is the article's heading and the lead-in of its items
    top = decision.search("đoàn viên được đi nghỉ dưỡng mấy năm một lần?", k=3)
    assert rank_of(top, "nghỉ dưỡng luân phiên 03 năm một lần") == 0


def test_the_plan_a_decision_issues_is_not_filed_under_its_last_article(decision):
    top = decision.search("Sở Tài chính bố trí kinh phí cho đoàn nghỉ dưỡng", k=3)
    passage = top[rank_of(top, "Sở Tài chính bố trí kinh phí")]
    assert passage.section.startswith("B. NỘI DUNG THỰC HIỆN") and "Điều 3" not in passage.section


def test_list_items_ending_in_a_semicolon_are_siblings(decision):
    top = decision.search("UBND quận huyện tổng hợp danh sách toàn tỉnh khi nào", k=3)
    item = top[rank_of(top, "tổng hợp danh sách toàn tỉnh")]
    assert item.section.endswith("1. Lập danh sách")  # not under "b) Gửi danh sách về cơ quan Công đoàn;"


def test_a_deadline_line_is_found_with_the_task_above_it(decision):
    found = decision.search("hạn chót Sở Tài chính bố trí kinh phí là ngày nào", k=5)
    mine, other = rank_of(found, "trước ngày 30 tháng 6 năm 2024"), rank_of(found, "trước ngày 31 tháng 8 năm 2024")
    assert mine is not None and (other is None or mine < other)


def test_a_question_without_diacritics_reads_a_list_as_the_document_writes_it(decision):
    # the document writes "Ủy ban nhân dân quận, huyện"; "cơ quan" is the commoner "quan"
    assert "quận huyện" in decision.searcher.plan("ubnd quan huyen tong hop danh sach khi nao").dense_text


def test_a_clause_naming_another_is_found_by_the_words_of_the_one_it_names(decision):
    # "Hỗ trợ 2 triệu đồng/người đối với trường hợp nêu tại điểm b khoản 2 Điều này": point b is the hardship
    found = decision.search("đoàn viên có hoàn cảnh khó khăn được hỗ trợ bao nhiêu tiền?", k=5)
    mine, other = rank_of(found, "Hỗ trợ 2 triệu đồng/người"), rank_of(found, "Hỗ trợ 5 triệu đồng/người")
    assert mine is not None and (other is None or mine < other)


def test_a_clause_of_another_text_is_not_read_as_one_of_its_own():
    """"khoản 1 Điều 2 của Thông tư 25" names another text's clause: its words are not read with the passage,
    whereas "khoản 1 Điều 2" of the same text is."""
    from ingest.model import Chunk
    from ingest.references import resolve

    named = Chunk(text="Hỗ trợ đoàn viên bị bệnh nghề nghiệp.", section="", position=0)
    own = Chunk(text="Mức nêu tại khoản 1 Điều 2 được chi từ quỹ.", section="", position=1)
    other = Chunk(text="Mức nêu tại khoản 1 Điều 2 của Thông tư 25 được chi từ quỹ.", section="", position=2)
    resolve([named, own, other], [("2", "1", ""), ("3", "", ""), ("3", "", "")])
    assert own.refers == named.text
    assert other.refers == ""


SPORTS_PLAN = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN BÌNH SƠN
Số: 17/KH-LĐLĐ
Bình Sơn, ngày 02 tháng 4 năm 2025

KẾ HOẠCH
Tổ chức Hội thao công nhân viên chức lao động năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Tạo sân chơi lành mạnh cho công nhân, viên chức, lao động; góp phần xây dựng tổ chức công đoàn vững mạnh.
II. NỘI DUNG
1. Môn thi đấu: bóng chuyền hơi, kéo co, cầu lông.
2. Đối tượng tham gia: đoàn viên công đoàn đang làm việc tại các công đoàn cơ sở trực thuộc.
III. KINH PHÍ
1. Kinh phí tổ chức hội thao do Liên đoàn Lao động huyện bảo đảm từ nguồn tài chính công đoàn.
2. Các công đoàn cơ sở chủ động bố trí kinh phí cho đội tuyển của đơn vị tham gia hội thao.
3. Mỗi đội đạt giải nhất được thưởng 3.000.000 đồng.
IV. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Liên đoàn Lao động huyện chủ trì xây dựng điều lệ hội thao.
2. Các công đoàn cơ sở gửi danh sách vận động viên về Liên đoàn Lao động huyện.
"""


@pytest.fixture(scope="module")
def sports_plan(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "kh17_hoi_thao.txt", SPORTS_PLAN)


def test_a_question_asking_an_amount_finds_the_passage_that_gives_one(sports_plan):
    # the passages on the budget share more of its words; only the prize states a sum of money
    top = sports_plan.search("Đội vô địch hội thao nhận bao nhiêu tiền?", k=3)
    assert rank_of(top, "3.000.000 đồng") is not None


def test_a_named_clause_is_answered_by_its_own_passages_not_by_those_naming_it(decision):
    # clauses 1 and 3 say "nêu tại điểm a/b khoản 2 Điều này" and are read with clause 2's words
    found = decision.search("khoản 2 điều 2 quy định những ai?", k=5)
    assert rank_of(found, "Hỗ trợ 5 triệu đồng/người") is None and rank_of(found, "Hỗ trợ 2 triệu đồng/người") is None
    assert rank_of(found, "Đoàn viên bị bệnh nghề nghiệp") is not None
    assert rank_of(found, "Đoàn viên có hoàn cảnh khó khăn") is not None


def test_a_named_point_without_diacritics_is_that_point(decision):
    found = decision.search("diem b khoan 2 dieu 2 la gi", k=3)
    assert rank_of(found, "Đoàn viên có hoàn cảnh khó khăn") == 0


def test_a_named_article_is_answered_from_that_article(decision):
    found = decision.search("Điều 3 của quyết định 45 nói gì?", k=5)
    assert found and all(p.text.startswith("Điều 3.") or "Điều 3." in p.section for p in found)
    answer = decision.ask("Điều 3 của quyết định 45 nói gì?")
    assert "chịu trách nhiệm thi hành" in answer.answer


LAW = """QUỐC HỘI
Luật số: 07/2031/QH15

LUẬT
Bảo tồn cây di sản

Điều 11. Hồ sơ công nhận cây di sản
1. Đơn đề nghị của chủ sở hữu cây.
2. Ảnh chụp cây và bản đồ vị trí trồng cây.
Điều 12. Chăm sóc cây di sản
1. Chủ sở hữu tỉa cành, bón phân cho cây mỗi năm hai đợt.
2. Ủy ban nhân dân cấp xã kiểm tra việc chăm sóc cây vào tháng 9 hằng năm.
"""


@pytest.fixture(scope="module")
def law(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "luat_cay_di_san.txt", LAW)


@pytest.mark.parametrize("store, question, article", [
    ("law", "dieu 12 noi gi", "Điều 12"), ("law", "Điều 12 nói gì?", "Điều 12"),
    ("decision", "dieu 2 noi gi", "Điều 2"), ("decision", "khoan 2 dieu 2 noi gi", "Điều 2"),
])
def test_a_named_place_is_answered_from_it_however_typed(request, store, question, article):
    # typed without diacritics "noi" may be "nói" (how it is asked) or "nơi" (a topic the place never names): the
    # passages of the place named answer it
    answer = request.getfixturevalue(store).ask(question)
    assert answer.found and article in answer.citations[0].passage.section


def test_what_an_article_says_is_its_heading_and_clauses_in_order(law):
    answer = law.ask("Điều 12 nói gì?")
    lines = answer.answer.splitlines()
    assert lines[0] == "Điều 12. Chăm sóc cây di sản"
    assert lines[1].startswith("1. Chủ sở hữu tỉa cành") and lines[2].startswith("2. Ủy ban nhân dân cấp xã")
    assert [c.n for c in answer.citations] == [1, 2]


def test_when_and_by_whom_a_text_was_issued_is_answered_from_its_header(decision):
    answer = decision.ask("quyết định 45 ký ngày nào vậy?")
    assert "ngày 10 tháng 3 năm 2024" in answer.answer and answer.citations[0].passage.block == "header"
    issued = decision.ask("co quan nao ban hanh quyet dinh 45")  # its issuer, read from its header
    assert "ủy ban nhân dân tỉnh an phú" in issued.answer.lower() and issued.citations[0].passage.block == "header"
    assert "45/QĐ-UBND" in decision.ask("Quyết định về nghỉ dưỡng cho đoàn viên có số hiệu là gì?").answer


def test_a_date_the_text_states_is_not_answered_from_the_header(decision):
    answer = decision.ask("Chế độ nghỉ dưỡng thực hiện từ ngày nào?")
    assert "01/5/2024" in answer.answer and all(c.passage.block != "header" for c in answer.citations)


FIRE_LAW = """QUỐC HỘI
Luật số: 09/2031/QH15

LUẬT
Phòng cháy rừng

Điều 20. Trách nhiệm của Bộ Nông nghiệp
1. Chỉ đạo công tác phòng cháy rừng trên phạm vi cả nước.
2. Tập huấn nghiệp vụ phòng cháy rừng cho lực lượng kiểm lâm.
3. Kiểm tra công tác phòng cháy rừng tại các khu rừng đặc dụng.
4. Tổng hợp thiệt hại do cháy rừng gây ra hằng năm.
Điều 21. Trách nhiệm của Bộ Quốc phòng
1. Điều động bộ đội tham gia chữa cháy khi có yêu cầu của địa phương.
2. Bảo đảm phương tiện bay phục vụ chữa cháy ở vùng sâu, vùng xa.
"""


@pytest.fixture(scope="module")
def fire_law(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "luat_phong_chay_rung.txt", FIRE_LAW)


def test_one_article_alike_in_words_does_not_fill_the_first_places(fire_law):
    # every clause of Điều 20 repeats "phòng cháy rừng"; the other ministry's article still has a place in the top 3
    top = fire_law.search("Bộ nào lo việc phòng cháy rừng?", k=3)
    assert [p.section.endswith("Điều 20. Trách nhiệm của Bộ Nông nghiệp") for p in top].count(True) == 2
    assert any("Điều 21" in p.section for p in top)


LONG_ARTICLE = """LUẬT
Về tổ chức công đoàn cơ sở

Điều 1. Phạm vi điều chỉnh
Luật này quy định về tổ chức và hoạt động của công đoàn cơ sở.
Điều 2. Quyền của công đoàn cơ sở
""" + "\n".join(f"{n}. {duty}" for n, duty in enumerate([
    "Hướng dẫn người lao động về hợp đồng lao động.", "Đại diện người lao động thương lượng tập thể.",
    "Giám sát việc trả lương, thưởng cho người lao động.", "Đối thoại với người sử dụng lao động định kỳ.",
    "Tổ chức tư vấn pháp luật miễn phí cho đoàn viên.", "Tham gia giải quyết tranh chấp lao động cá nhân.",
    "Kiến nghị cơ quan nhà nước khi quyền lợi bị xâm phạm.", "Khởi kiện tại Tòa án thay cho tập thể lao động.",
    "Tham gia tố tụng trong vụ án phá sản doanh nghiệp.", "Lãnh đạo đình công theo đúng pháp luật.",
    "Kiểm tra việc đóng bảo hiểm xã hội cho người lao động.", "Thăm hỏi người lao động ốm đau, thai sản.",
    "Tổ chức phong trào văn hóa, thể thao trong doanh nghiệp.", "Phát triển đoàn viên trong doanh nghiệp mới."], 1)) + """
Điều 3. Hiệu lực thi hành
Luật này có hiệu lực từ ngày 01 tháng 01 năm 2027.
"""


def test_what_a_long_article_says_starts_from_its_first_clause(tmp_path_factory, embed_cache):
    """An article of fourteen clauses, more than an answer reads from search: asked what it says, the answer
    still quotes its first clauses in order, not the ones search happened to rank first."""
    law = assistant_with(tmp_path_factory, embed_cache, "luat_cdcs.txt", LONG_ARTICLE)
    lines = law.ask("Điều 2 nói gì?").answer.splitlines()
    assert lines[0] == "Điều 2. Quyền của công đoàn cơ sở"
    assert [line.split(" ", 1)[0] for line in lines[1:4]] == ["1.", "2.", "3."], lines


def test_a_body_asked_about_is_answered_from_its_own_article(fire_law):
    # Điều 20's clauses repeat "phòng cháy rừng" four times; the ministry asked about has its own article
    top = fire_law.search("Bộ Quốc phòng có trách nhiệm gì trong công tác phòng cháy rừng?", k=3)
    assert top[0].section.endswith("Điều 21. Trách nhiệm của Bộ Quốc phòng"), [p.section for p in top]


ELDERLY_PLAN = """SỞ Y TẾ TỈNH BÌNH AN
Số: 15/KH-SYT
Bình An, ngày 02 tháng 3 năm 2027

KẾ HOẠCH
Chăm sóc sức khỏe người cao tuổi năm 2027

I. MỤC ĐÍCH
Nâng cao sức khỏe người cao tuổi trên địa bàn tỉnh.
II. TỔ CHỨC THỰC HIỆN
1. Sở Y tế:
a) Chủ trì khám sức khỏe định kỳ cho người cao tuổi;
b) Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.
2. Hội Chữ thập đỏ tỉnh:
a) Vận động tình nguyện viên chăm sóc người cao tuổi sống một mình;
b) Tặng quà người cao tuổi có hoàn cảnh khó khăn.
"""


@pytest.fixture(scope="module")
def elderly_plan(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "kh15_nguoi_cao_tuoi.txt", ELDERLY_PLAN)


def test_the_issuer_a_question_names_a_text_by_is_not_the_body_asked_about(elderly_plan):
    # "Kế hoạch 15 của Sở Y tế" says which text; what is asked is Hội Chữ thập đỏ's part
    top = elderly_plan.search("Theo Kế hoạch 15 của Sở Y tế, Hội Chữ thập đỏ làm gì cho người cao tuổi?", k=3)
    assert top[0].section.endswith("Hội Chữ thập đỏ tỉnh:"), [(p.section, p.text) for p in top]


@pytest.mark.parametrize("question", ["Trong Kế hoạch 15, trách nhiệm của Hội Chữ thập đỏ tỉnh là gì?",
                                      "Theo KH 15, nhiệm vụ của Hội Chữ thập đỏ tỉnh đối với người cao tuổi?"])
def test_a_body_named_after_a_text_is_still_the_body_asked_about(elderly_plan, question):
    # the text is named first; "của Hội Chữ thập đỏ" follows other words, not the text's number: it is whose duty
    top = elderly_plan.search(question, k=3)
    assert top[0].section.endswith("Hội Chữ thập đỏ tỉnh:"), [(p.section, p.text) for p in top]


def test_the_body_asked_is_told_from_the_issuer_of_the_text_named():
    assert named("Theo KH 05, nhiệm vụ của Sở Y tế là gì?") == named("Sở Y tế")
    assert named("Theo Kế hoạch 15/KH-SYT của Sở Y tế, Hội Chữ thập đỏ tỉnh làm gì?") == named("Hội Chữ thập đỏ tỉnh")


def test_a_body_asked_about_is_answered_with_its_own_duties(fire_law):
    # search puts Điều 21 first; the answer opens with it too, not with Điều 20's clause sharing more words
    answer = fire_law.ask("Bộ Quốc phòng có trách nhiệm gì trong công tác phòng cháy rừng?")
    assert answer.citations[0].passage.section.endswith("Điều 21. Trách nhiệm của Bộ Quốc phòng"), answer.answer
    assert "Chỉ đạo công tác phòng cháy rừng" not in answer.answer.splitlines()[0], answer.answer
