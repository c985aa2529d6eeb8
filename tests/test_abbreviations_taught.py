"""A document's own abbreviations (issue 10), both ways: a question in the full words, or in some of them, finds the
line writing only the short form; every way a document teaches one is read ("(viết tắt: …)", "X (viết tắt của …)",
a list under "Chữ viết tắt"); and a name a document gives a long term ("… thuộc tỉnh (sau đây gọi chung là …)") is
given the whole term, not the words after its last preposition, so no question's ordinary word ("tỉnh") is read as
that name. Invented documents, worded apart from any trial's: a vocational college union's notice on a fund of its
trainees and interns (plain text) and a district plan with a table of abbreviations (markdown)."""
from __future__ import annotations

import gc
import weakref

from ingest.glossary import find_definitions
from ingest.parse import parse_document
from tests.helpers import assistant_fixture, first_line
from troly.vntext import Abbreviations, typed_without_diacritics

FUND = ("CÔNG ĐOÀN CƠ SỞ TRƯỜNG CAO ĐẲNG NGHỀ SÔNG THƯƠNG\nSố: 07/TB-CĐCS\nSông Thương, ngày 4 tháng 3 năm 2028\n\n"
        "THÔNG BÁO\nVề quỹ tương trợ năm 2028\n\n"
        "1. Quỹ tương trợ học viên, thực tập sinh (HVTTS) do Ban Chấp hành công đoàn cơ sở quản lý, công khai thu chi "
        "mỗi quý một lần.\n"
        "2. Mỗi HVTTS tự nguyện góp 20.000 đồng/tháng vào quỹ; nhà trường hỗ trợ thêm 50% số đã góp.\n"
        "3. Học viên ở ký túc xá đăng ký chỗ ở với tổ quản lý khu nội trú trước ngày 10 hằng tháng.\n"
        "4. Học viên góp ý về quỹ học bổng của khoa qua hộp thư đặt tại thư viện.\n"
        "5. Thực tập sinh đi thực tập tại doanh nghiệp nộp phiếu nhận xét cho khoa trước ngày 25 tháng 6.\n"
        "6. HVTTS có hoàn cảnh khó khăn được xét miễn góp quỹ theo đề nghị của khoa.\n")

PLAN = ("ỦY BAN NHÂN DÂN HUYỆN TÂN LẬP\nSố: 31/KH-UBND\nTân Lập, ngày 9 tháng 2 năm 2028\n\n"
        "# KẾ HOẠCH\n\nPhòng, chống đuối nước cho trẻ em năm 2028\n\n"
        "## CHỮ VIẾT TẮT\n\n| Chữ viết tắt | Nội dung |\n|---|---|\n| PCĐN | Phòng, chống đuối nước |\n"
        "| GD&ĐT | Giáo dục và Đào tạo |\n\n"
        "## I. MỤC TIÊU\n\n1. Tổ chức lớp dạy bơi an toàn cho ít nhất 600 trẻ em trong dịp hè.\n\n"
        "2. Phòng GD&ĐT hoàn thành khảo sát các điểm có nguy cơ PCĐN trước ngày 15 tháng 5 năm 2028.\n\n"
        "3. Phòng Văn hóa treo biển cảnh báo tại các ao, hồ trước ngày 30 tháng 5 năm 2028.\n")

fund = assistant_fixture("thong_bao_quy_hvtts.txt", FUND, ("ke_hoach_pcdn.md", PLAN))


def _lexical_found(text: str, name: str, question: str) -> list[str]:
    """The passages the lexical side of search finds for a question, best first, over a document as ingest stores
    it."""
    from vectorstore.lexical import LexicalIndex
    from vectorstore.query import QueryAnalyzer
    from vectorstore.store import StoredChunk
    from vectorstore.writer import chunk_rows

    doc = parse_document(text, name)
    ids, texts, metas, _ = chunk_rows(doc, name, doc.version)
    index = LexicalIndex.build([StoredChunk(i, t, m) for i, t, m in zip(ids, texts, metas)])
    plan = QueryAnalyzer(index.vocab, doc.glossary).analyze(question)
    return [texts[ids.index(hit.chunk_id)] for hit in index.top(plan.groups, 10)]


def test_a_question_in_some_of_the_full_words_finds_the_line_writing_the_abbreviation(fund):
    """"Học viên" is half of what HVTTS stands for: the line "Mỗi HVTTS tự nguyện góp 20.000 đồng/tháng" is found by
    it as by the short form, not only the lines writing the word itself."""
    for words in ("học viên", "hoc vien", "thực tập sinh"):
        found = _lexical_found(FUND, "tb.txt", words)
        assert {p[:2] for p in found if "HVTTS" in p} == {"1.", "2.", "6."}, found
    assert "20.000 đồng" in first_line(fund.ask("Học viên mỗi tháng góp quỹ bao nhiêu tiền?"))
    assert "miễn góp quỹ" in first_line(fund.ask("Học viên, thực tập sinh khó khăn có được miễn góp quỹ không?"))


def test_a_list_of_abbreviations_teaches_them_and_its_short_forms_are_searched_in_full(fund):
    assert find_definitions(PLAN) == {"PCĐN": "Phòng chống đuối nước", "GD&ĐT": "Giáo dục và Đào tạo"}
    chunk = next(c for c in parse_document(PLAN, "ke_hoach_pcdn.md").chunks if "khảo sát" in c.text)
    assert "Phòng chống đuối nước" in chunk.spelled  # indexed beside the line's own words
    found = fund.searcher.search("Khi nào khảo sát xong các điểm có nguy cơ đuối nước?", k=1)
    assert "15 tháng 5" in found[0].text


def test_every_way_of_teaching_an_abbreviation_is_read_and_a_table_without_such_a_heading_teaches_none():
    assert find_definitions("Công tác phòng cháy, chữa cháy (viết tắt: PCCC) được giao cho xã.") == {
        "PCCC": "phòng cháy chữa cháy"}
    assert find_definitions("Mỗi ATVSV (viết tắt của an toàn vệ sinh viên) được tập huấn hằng năm.") == {
        "ATVSV": "an toàn vệ sinh viên"}
    # a table's first column is no abbreviation list: "TT" here is its row number, not "Tên trường"
    assert find_definitions("| TT | Tên trường | Số học sinh |\n| 1 | Trường Tiểu học A | 420 |\n") == {}


def test_a_name_for_a_long_term_is_given_the_whole_term_not_the_words_after_its_last_preposition():
    glossary = find_definitions("a) Liên đoàn lao động huyện, quận, thị xã, thành phố thuộc tỉnh (sau đây gọi chung là "
                                "liên đoàn lao động cấp huyện);\n"
                                "3. Tòa án nhân dân tỉnh, thành phố trực thuộc trung ương (sau đây gọi là Tòa án "
                                "nhân dân cấp tỉnh).\n")
    assert glossary == {
        "liên đoàn lao động cấp huyện": "Liên đoàn lao động huyện, quận, thị xã, thành phố thuộc tỉnh",
        "Tòa án nhân dân cấp tỉnh": "Tòa án nhân dân tỉnh, thành phố trực thuộc trung ương"}


def test_a_questions_ordinary_word_is_not_read_as_a_name_a_document_gives_a_long_term(tmp_path):
    """With "tỉnh" taken for "liên đoàn lao động cấp huyện", every question naming a province searched for that body
    too; the name's own words still find its term."""
    from troly.synonyms import synonyms

    glossary = find_definitions("Liên đoàn lao động huyện, quận, thị xã, thành phố thuộc tỉnh (sau đây gọi chung là "
                                "liên đoàn lao động cấp huyện) hướng dẫn công đoàn cơ sở.")
    named = synonyms(glossary)
    assert not named.others(["ủy", "ban", "nhân", "dân", "tỉnh"])
    assert any("thuộc tỉnh" in other for other in named.others(["liên", "đoàn", "lao", "động", "cấp", "huyện"]))


def test_a_footnote_only_mentioning_abbreviations_gives_no_name():
    """"(viết tắt: HSSV)" names inside a bracket; a footnote "Danh mục chữ viết tắt xem tại Phụ lục" names nothing and
    stays a footnote, not moved into the sentence beside its mark as a definition is (review45 R7)."""
    from ingest.glossary import defines

    assert not defines("Danh mục chữ viết tắt xem tại Phụ lục II.")
    assert defines("Trước đây còn được gọi là bài soạn, giáo án.")


def test_a_replaced_glossary_is_not_kept_alive_by_the_diacritics_judgment():
    """A bot re-ingesting through the day makes a new Lexicon, and new Abbreviations, at each change; before, the
    module-wide cache of "typed without diacritics?" kept every old one (and its caches of up to 100,000 words and
    20,000 passages) alive until 20,000 newer questions pushed it out. The judgment itself is unchanged."""
    old = Abbreviations({"HVTTS": "học viên, thực tập sinh"})
    assert typed_without_diacritics("moi HVTTS gop bao nhieu tien", old)
    assert not typed_without_diacritics("mỗi HVTTS góp bao nhiêu tiền", old, least=2)
    gone = weakref.ref(old)
    del old
    gc.collect()
    assert gone() is None
