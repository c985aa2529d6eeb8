"""What the user needs to see whole: the list a duty or report is one item of, a table row with its header, and
an article without the enacting words that stand before a text's articles."""
from __future__ import annotations

from dataclasses import replace

from bot.answer.composer import compose
from bot.answer.lexicon import Lexicon
from bot.answer.model import lead_prefix
from tests.helpers import assistant_with
from troly.texts import t
from vectorstore.search import Passage

DOC = "Quyết định ban hành quy định miễn tiền sử dụng đất"


def _passages(*rows: tuple[str, str], section: str = "") -> list[Passage]:
    """(lead, text) passages of one document, in the order written."""
    return [Passage(f"c{i}", "qd31", DOC, "qd31.md", section, text, 0.9 - i * 0.01, i, lexical=1.0 - i * 0.1,
                    lead=lead) for i, (lead, text) in enumerate(rows)]


def _lexicon(passages: list[Passage]) -> Lexicon:
    lexicon = Lexicon()
    lexicon.add_documents([p.text for p in passages] + [
        "Đại hội công đoàn các cấp tổ chức theo nhiệm kỳ năm năm.",
        "Ban chấp hành công đoàn cơ sở họp định kỳ ba tháng một lần.",
    ])
    return lexicon


def test_article_is_quoted_without_the_enacting_words_before_it():
    passages = _passages(
        ("QUYẾT ĐỊNH:", "Điều 1. Ban hành kèm theo Quyết định này Quy định về miễn tiền sử dụng đất."),
        ("QUYẾT ĐỊNH:", "Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày, kể từ ngày ký."),
    )
    answer = compose("Quyết định này có hiệu lực khi nào?", passages, lexicon=_lexicon(passages))
    assert answer.found
    assert answer.answer.startswith("Điều 2. Quyết định này có hiệu lực thi hành sau 10 ngày"), answer.answer
    assert "QUYẾT ĐỊNH)" not in answer.answer
    assert all(lead_prefix(c.passage) == "" for c in answer.citations)  # the sources as channels show them


def test_table_row_is_quoted_with_its_header_cells():
    header = "Nội dung | Chỉ tiêu | Thời hạn"
    passages = _passages(
        ("", "| Nội dung | Chỉ tiêu | Thời hạn |"),
        (header, "| Số đoàn viên mới kết nạp | 05 người | 31/12/2026 |"),
        (header, "| Số công trình thi đua | 02 công trình | 30/6/2026 |"),
    )
    answer = compose("Chỉ tiêu số đoàn viên mới kết nạp là bao nhiêu?", passages, lexicon=_lexicon(passages))
    assert answer.found
    assert answer.answer.splitlines()[0] == \
        "Nội dung: Số đoàn viên mới kết nạp | Chỉ tiêu: 05 người | Thời hạn: 31/12/2026 [1]", answer.answer


TARGETS = """KẾ HOẠCH
Thi đua năm 2026 của Công đoàn cơ sở

Công đoàn cơ sở đề ra các chỉ tiêu sau:

| TT | Chỉ tiêu | Đơn vị | Kết quả |
| --- | --- | --- | --- |
| I | Đến hết năm 2026 | | |
| 1 | Số đoàn viên mới kết nạp | người | 05 |
| 2 | Số công trình thi đua | công trình | 02 |
| II | Đến hết năm 2027 | | |
| 1 | Số sáng kiến được công nhận | sáng kiến | 03 |
"""


def test_table_row_under_a_group_row_is_quoted_with_its_header_cells_and_its_group(tmp_path_factory, embed_cache):
    """A group row ("| I | Đến hết năm 2026 |") stands between the header row and the rows of its group: their
    cells are still quoted after the header's cells, and the group says which period the figure is for."""
    with assistant_with(tmp_path_factory, embed_cache, "thi_dua.md", TARGETS) as assistant:
        answer = assistant.ask("Chỉ tiêu số công trình thi đua là bao nhiêu?")
    assert answer.found
    assert answer.answer.splitlines()[0] == (
        "(Đến hết năm 2026) TT: 2 | Chỉ tiêu: Số công trình thi đua | Đơn vị: công trình | Kết quả: 02 [1]"), answer.answer


TASKS = "1. Tổ công đoàn trong Tháng Công nhân có nhiệm vụ:"
REPORTS = "2. Công đoàn cơ sở báo cáo:"


def _plan() -> list[Passage]:
    return _passages(
        (TASKS, "a) Tuyên truyền Bộ luật Lao động tới đoàn viên;"),
        (TASKS, "b) Thăm hỏi đoàn viên ốm đau, có hoàn cảnh khó khăn;"),
        (TASKS, "c) Tổ chức đối thoại với người sử dụng lao động."),
        (REPORTS, "a) Báo cáo kết quả Tháng Công nhân gửi Liên đoàn Lao động huyện trước ngày 15/6/2026;"),
        (REPORTS, "b) Báo cáo tài chính công đoàn gửi Liên đoàn Lao động huyện trước ngày 30/6/2026."),
        section="II. NHIỆM VỤ")


def test_what_reports_is_answered_with_the_whole_list_each_item_cited():
    passages = _plan()
    answer = compose("Công đoàn cơ sở phải báo cáo gì?", passages, lexicon=_lexicon(passages))
    assert answer.found
    assert answer.answer.splitlines() == [
        REPORTS,
        "a) Báo cáo kết quả Tháng Công nhân gửi Liên đoàn Lao động huyện trước ngày 15/6/2026; [1]",
        "b) Báo cáo tài chính công đoàn gửi Liên đoàn Lao động huyện trước ngày 30/6/2026. [2]"], answer.answer
    assert [c.passage.position for c in answer.citations] == [3, 4]


def test_a_single_fact_of_a_list_is_answered_with_its_item_alone():
    passages = _plan()
    answer = compose("Báo cáo tài chính công đoàn gửi trước ngày nào?", passages, lexicon=_lexicon(passages))
    assert answer.found
    assert "30/6/2026" in answer.answer
    assert "15/6/2026" not in answer.answer and "Thăm hỏi" not in answer.answer


def test_steps_of_several_bodies_are_not_quoted_for_one_body():
    steps = "Thông tư này hướng dẫn một số điểm cụ thể như sau:"
    passages = _passages(
        (steps, "1. Ủy ban nhân dân cấp xã có trách nhiệm lập danh sách hộ được hỗ trợ về nhà ở."),
        (steps, "2. Sở Xây dựng tổng hợp danh sách, gửi Sở Tài chính thẩm định."),
        (steps, "3. Bộ Tài chính xác định phần kinh phí ngân sách trung ương hỗ trợ cho các địa phương."),
        section="Điều 5. Lập dự toán kinh phí")
    answer = compose("Ủy ban nhân dân cấp xã có nhiệm vụ gì trong hỗ trợ nhà ở?", passages,
                     lexicon=_lexicon(passages))
    assert answer.found and "lập danh sách hộ" in answer.answer
    assert "Sở Xây dựng" not in answer.answer and "Bộ Tài chính" not in answer.answer, answer.answer


def test_a_long_list_is_quoted_up_to_its_bound_and_says_how_many_items_are_left():
    """Ten duties: the first ones quoted, then how many more there are — each of those cited under the answer, so
    none is lost silently (before, a bare "…" ended the list: a 9-row list lost rows 7-9 to a new user)."""
    items = [(TASKS, f"{letter}) Tổ chức hoạt động thi đua số {n} cho đoàn viên công đoàn;")
             for n, letter in enumerate("abcdefghik", 1)]
    passages = _passages(*items, section="II. NHIỆM VỤ")
    answer = compose("Tổ công đoàn trong Tháng Công nhân có nhiệm vụ gì?", passages, lexicon=_lexicon(passages))
    lines = answer.answer.splitlines()
    quoted = [c for c in answer.citations if c.spans]
    assert lines[0] == TASKS and 2 <= len(quoted) == len(lines) - 2 < len(items), answer.answer
    assert lines[-1] == t("answer.list_more", n=len(items) - len(quoted)), answer.answer
    left = [c.passage.text for c in answer.citations if not c.spans]
    assert left == [text for _, text in items[len(quoted):]]



PLAN = """KẾ HOẠCH
Tổ chức Tháng Công nhân năm 2026

I. MỤC ĐÍCH
Phát huy vai trò của tổ chức công đoàn trong việc chăm lo đời sống đoàn viên.

II. NHIỆM VỤ
1. Tổ công đoàn trong Tháng Công nhân có nhiệm vụ:
a) Tuyên truyền Bộ luật Lao động tới đoàn viên;
b) Thăm hỏi đoàn viên ốm đau, có hoàn cảnh khó khăn;
c) Tổ chức đối thoại với người sử dụng lao động;
d) Vận động đoàn viên tham gia hiến máu tình nguyện.

III. TỔ CHỨC THỰC HIỆN
Công đoàn cơ sở tổng hợp kết quả gửi Liên đoàn Lao động huyện trước ngày 15/6/2026.
"""


def test_items_search_left_out_are_quoted_with_the_list(tmp_path_factory, embed_cache):
    """Through the assistant: the list's other items are read from the store, not only from search's top."""
    assistant = assistant_with(tmp_path_factory, embed_cache, "kh_thang_cong_nhan.txt", PLAN)
    assistant.__dict__["weights"] = replace(assistant.weights, answer_pool=2)
    answer = assistant.ask("Tổ công đoàn trong Tháng Công nhân có nhiệm vụ gì?")
    assert answer.found
    for item in ("Tuyên truyền Bộ luật Lao động", "Thăm hỏi đoàn viên", "Tổ chức đối thoại", "Vận động đoàn viên"):
        assert item in answer.answer, answer.answer
    assert len(answer.citations) == 4


LAW = """LUẬT
CÔNG ĐOÀN

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Luật này quy định về tổ chức và hoạt động công đoàn.

Chương II
QUYỀN, TRÁCH NHIỆM CỦA CÔNG ĐOÀN VÀ ĐOÀN VIÊN CÔNG ĐOÀN

Mục 1. QUYỀN, TRÁCH NHIỆM CỦA CÔNG ĐOÀN

Điều 2. Đại diện, bảo vệ người lao động
1. Hướng dẫn, tư vấn cho người lao động khi giao kết hợp đồng lao động.
2. Đại diện cho tập thể người lao động thương lượng thoả ước lao động tập thể.

Điều 3. Tham gia quản lý nhà nước
Tham gia với cơ quan nhà nước xây dựng chính sách về tiền lương, bảo hiểm xã hội.

Điều 4. Tuyên truyền, giáo dục người lao động
Tuyên truyền chính sách, pháp luật liên quan đến người lao động.

Mục 2. QUYỀN VÀ TRÁCH NHIỆM CỦA ĐOÀN VIÊN CÔNG ĐOÀN

Điều 5. Quyền của đoàn viên công đoàn
1. Yêu cầu công đoàn bảo vệ quyền, lợi ích hợp pháp khi bị xâm phạm.
2. Được thông tin, thảo luận, đề xuất và biểu quyết công việc của công đoàn.

Điều 6. Trách nhiệm của đoàn viên công đoàn
Chấp hành và thực hiện Điều lệ Công đoàn Việt Nam.
"""


def test_all_of_what_a_law_lays_out_as_a_section_is_answered_with_its_articles_titles(tmp_path_factory, embed_cache):
    """Asked for all of what a section of a law lays out, the answer is its heading and each of its articles' titles in
    the order written, each citing its article; asked what one article states whole, that article answers."""
    with assistant_with(tmp_path_factory, embed_cache, "luat_cong_doan.md", LAW) as assistant:
        whole = assistant.ask("Liệt kê tất cả quyền của công đoàn")
        own = assistant.ask("Đoàn viên công đoàn có những quyền nào?")
    assert whole.found
    assert whole.answer.splitlines()[-4:] == [
        "Mục 1. QUYỀN, TRÁCH NHIỆM CỦA CÔNG ĐOÀN",
        "Điều 2. Đại diện, bảo vệ người lao động [1]",
        "Điều 3. Tham gia quản lý nhà nước [2]",
        "Điều 4. Tuyên truyền, giáo dục người lao động [3]"], whole.answer
    assert [c.passage.section.rsplit(" › ", 1)[-1][:6] for c in whole.citations] == ["Điều 2", "Điều 3", "Điều 4"]
    assert "Điều 2. Đại diện" not in own.answer and "Điều 5" in own.citations[0].passage.section, own.answer


def test_a_table_row_may_be_related_as_the_answers_quote_it_and_its_header_row_is_not():
    """When the documents do not say, the passages listed as maybe related quote a table row as an answer does
    (each cell after its header cell), not as its raw cells between bars; the header row, which only names the
    columns, is not one of them."""
    from bot.channels.render import render_answer_text

    header = "Nội dung | Chỉ tiêu | Thời hạn"
    passages = _passages(
        ("", "| Nội dung | Chỉ tiêu | Thời hạn |"),
        (header, "| Số đoàn viên mới kết nạp | 05 người | 31/12/2026 |"),
        (header, "| Số công trình thi đua | 02 công trình | 30/6/2026 |"),
        ("", "Ban chấp hành công đoàn cơ sở họp định kỳ ba tháng một lần."),
    )
    answer = compose("Chỉ tiêu về phụ cấp trách nhiệm của chủ tịch là bao nhiêu, thời hạn nào?", passages,
                     lexicon=_lexicon(passages))
    assert not answer.found and answer.citations, answer.answer
    assert passages[0].text not in {c.passage.text for c in answer.citations}
    shown = render_answer_text(answer)
    assert "“Nội dung: Số đoàn viên mới kết nạp | Chỉ tiêu: 05 người | Thời hạn: 31/12/2026”" in shown, shown
    assert "“|" not in shown and "(Nội dung | Chỉ tiêu" not in shown, shown


RULES = """QUY CHẾ
Chi trợ cấp khó khăn cho đoàn viên

Điều 1. Hồ sơ đề nghị trợ cấp

Đoàn viên lập 01 (một) bộ hồ sơ gồm đơn đề nghị trợ cấp và giấy tờ chứng minh hoàn cảnh gửi Tổ công đoàn nơi sinh hoạt.

Điều 2. Trách nhiệm của các cấp công đoàn

1. Tổ công đoàn: Khi nhận được đơn đề nghị trợ cấp khó khăn đột xuất của đoàn viên kèm giấy tờ chứng minh hoàn cảnh, trong thời hạn không quá 05 (năm) ngày làm việc kể từ ngày nhận đơn có trách nhiệm:

a) Đến thăm gia đình đoàn viên, xác minh hoàn cảnh khó khăn và lập biên bản xác minh có chữ ký của đoàn viên.

b) Sau khi xác minh, nếu đoàn viên thuộc diện được trợ cấp, Tổ trưởng công đoàn lập văn bản đề nghị Ban Chấp hành công đoàn cơ sở xem xét mức trợ cấp.

c) Trường hợp không thuộc diện được trợ cấp thì Tổ công đoàn trả lời đoàn viên bằng văn bản.

Hằng quý, Tổ công đoàn có trách nhiệm lập danh sách đoàn viên đã được trợ cấp, thống kê từng trường hợp cụ thể để theo dõi.

2. Ban Chấp hành công đoàn cơ sở: Trong thời hạn không quá 03 (ba) ngày làm việc kể từ ngày nhận được văn bản đề nghị của Tổ công đoàn có trách nhiệm:

a) Xem xét, quyết định mức trợ cấp theo quy định.

b) Chi trợ cấp cho đoàn viên tại buổi sinh hoạt gần nhất của Tổ công đoàn.
"""


def test_a_long_lead_in_stating_the_period_asked_is_quoted(tmp_path_factory, embed_cache):
    """A lead-in too long to be carried by its items alone is a passage of its own, ending in ":". When it states
    the period asked, the answer quotes it — not another sentence that scored next (the quarterly duty below the
    list), nor "không đề cập thời hạn"."""
    with assistant_with(tmp_path_factory, embed_cache, "quy_che_tro_cap.md", RULES) as assistant:
        answer = assistant.ask("Tổ công đoàn nhận đơn đề nghị trợ cấp khó khăn của đoàn viên thì phải xác minh "
                               "trong thời hạn bao lâu?")
    assert answer.found, answer.answer
    first = answer.answer.splitlines()[0]
    assert "05 (năm) ngày làm việc" in first and "Hằng quý" not in first, answer.answer
    quote, n = first.rsplit(" [", 1)
    cited = next(c.passage for c in answer.citations if c.n == int(n.rstrip("]")))
    assert quote in cited.text, answer.answer  # the words quoted under [n] are [n]'s own


def test_an_articles_numbered_items_are_answered_from_the_first_in_the_order_written():
    """Before, the items that repeat the question's words most came first ("4.", "2.", "3.") and item 1, which
    repeats none, was left out: a list answers from its first item, in the order written."""
    items = ["1. Ép buộc người khác gia nhập hoặc ra khỏi hội.",
             "2. Lợi dụng danh nghĩa hội để trục lợi hoặc vi phạm quy định của pháp luật.",
             "3. Cản trở hội viên tham gia hoạt động hợp pháp của hội.",
             "4. Lợi dụng hoạt động của hội để xâm phạm lợi ích hợp pháp của tổ chức, cá nhân."]
    section = "Chương I QUY ĐỊNH CHUNG › Điều 6. Các hành vi bị nghiêm cấm trong hoạt động của hội"
    found = [Passage(f"c{n}", "nd45", "Nghị định về tổ chức, hoạt động của hội", "nd45.md", section, items[n - 1],
                     0.9 - rank * 0.01, 20 + n, lexical=1.0 - rank * 0.1) for rank, n in enumerate((4, 2, 3, 1))]
    answer = compose("Nghị định cấm những hành vi nào trong hoạt động của hội?", found, lexicon=_lexicon(found))
    lines = [line for line in answer.answer.splitlines() if line.endswith("]")]
    assert answer.found and len(lines) == 4, answer.answer
    assert all(item.split(". ", 1)[1] in line for item, line in zip(items, lines)), answer.answer
    assert [c.passage.text for c in answer.citations] == items  # each line cites its own item
