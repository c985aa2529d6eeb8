"""Names a document gives its own words (issue 10): a footnote saying what a term was formerly called, "(sau đây gọi
tắt là …)" after a term. A question using either name finds and is answered by the defining document's clause, the
footnote read beside its term. Invented documents, worded apart from any trial's: a primary school's teaching plan
(markdown, with a footnote), a union's rules on its mutual-aid fund (plain text), a Word letter with a real footnote."""
from __future__ import annotations

import io
import zipfile

from ingest.parse import parse_document
from ingest.readers import read_markdown
from ingest.word import read_docx
from tests.helpers import assistant_fixture, first_line

TEACHING = ("# KẾ HOẠCH\n\n## Tổ chức dạy học năm học 2027 - 2028 của Trường Tiểu học Sao Mai\n\n"
            "### I. CHUẨN BỊ BÀI DẠY\n\n"
            "1. Kế hoạch bài dạy<sup>1</sup> do giáo viên tự xây dựng hằng tuần và nộp tổ trưởng chuyên môn duyệt "
            "vào chiều thứ Sáu.\n\n"
            "2. Giáo viên được sử dụng lại kế hoạch bài dạy của năm học trước sau khi đã điều chỉnh cho phù hợp với "
            "học sinh lớp mình.\n\n"
            "3. Nhà trường tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học hai tuần một lần.\n\n"
            "<sup>1</sup> Trước đây gọi là giáo án.\n")

FUND = ("CÔNG ĐOÀN CƠ SỞ CÔNG TY MAY PHÚ AN\nSố: 04/QC-CĐCS\nPhú An, ngày 5 tháng 1 năm 2028\n\n"
        "QUY CHẾ\nQuản lý quỹ của công đoàn cơ sở\n\n"
        "Điều 1. Quỹ hỗ trợ đoàn viên gặp rủi ro (sau đây gọi tắt là Quỹ Tương trợ) do Ban Chấp hành công đoàn cơ "
        "sở lập từ đóng góp tự nguyện của đoàn viên.\n"
        "Điều 2. Quỹ Tương trợ chi tối đa 3.000.000 đồng cho mỗi lần đoàn viên bị tai nạn hoặc ốm đau dài ngày.\n"
        "Điều 3. Quỹ Phúc lợi chi tối đa 1.000.000 đồng cho mỗi lần đoàn viên kết hôn hoặc sinh con.\n"
        "Điều 4. Ủy ban kiểm tra công đoàn cơ sở kiểm tra việc thu, chi mỗi quý một lần.\n")

teaching = assistant_fixture("ke_hoach_day_hoc.md", TEACHING, ("quy_che_quy.txt", FUND))


def test_a_footnote_giving_another_name_is_read_beside_its_term():
    text = read_markdown(TEACHING.encode(), 10**6, [], {})
    assert "Kế hoạch bài dạy (Trước đây gọi là giáo án) do giáo viên" in text
    assert "\n1 Trước đây" not in text and "<sup>" not in text  # not a passage of its own, no mark quoted
    assert parse_document(text, "ke_hoach_day_hoc.md").glossary["giáo án"] == "Kế hoạch bài dạy"


def test_a_footnote_of_another_kind_keeps_its_place():
    text = read_markdown("1. Giáo viên dạy 23 tiết<sup>2</sup> mỗi tuần.\n\n<sup>2</sup> Theo Thông tư số 05/2025."
                         .encode(), 10**6, [], {})
    assert "23 tiết mỗi tuần" in text and "Theo Thông tư" in text


def test_names_given_in_brackets_are_the_documents_glossary():
    glossary = parse_document(FUND, "quy_che_quy.txt").glossary
    assert glossary["Quỹ Tương trợ"] == "Quỹ hỗ trợ đoàn viên gặp rủi ro"
    glossary = parse_document("1. Ủy ban nhân dân huyện Đông Sơn (sau đây gọi tắt là UBND) giao chỉ tiêu.\n"
                              "2. Các tổ chức, đơn vị (sau đây gọi chung là đơn vị) báo cáo.\n", "a.txt").glossary
    assert glossary["UBND"].startswith("Ủy ban nhân dân huyện")  # an abbreviation spelled by its initials, as before
    assert "đơn vị" not in glossary  # a name adding no word to its term is no other name


def test_a_name_in_brackets_names_the_words_just_before_it_and_a_definition_names_nothing():
    text = ("1. Công đoàn cơ sở phối hợp với người sử dụng lao động (sau đây gọi chung là doanh nghiệp) tổ chức đối "
            "thoại mỗi năm một lần.\n2. Thu nhập (được hiểu là tổng tiền lương và phụ cấp) của đoàn viên được báo cáo "
            "hằng quý.\n")
    glossary = parse_document(text, "b.txt").glossary
    assert glossary.get("doanh nghiệp") == "người sử dụng lao động"  # not the whole clause, its verb included
    assert "tổng tiền lương" not in glossary and "phụ cấp" not in glossary


def _docx_with_footnote() -> bytes:
    """A Word letter whose term carries a real footnote (word/footnotes.xml, w:footnoteReference)."""
    import docx

    document = docx.Document()
    document.add_paragraph("THÔNG BÁO")
    paragraph = document.add_paragraph("Kế hoạch bài dạy")
    run = paragraph.add_run()
    reference = run._r.makeelement("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}footnoteReference",
                                   {"{http://schemas.openxmlformats.org/wordprocessingml/2006/main}id": "1"})
    run._r.append(reference)
    paragraph.add_run(" nộp tổ trưởng chuyên môn trước ngày 25 hằng tháng.")
    buffer = io.BytesIO()
    document.save(buffer)
    notes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Trước đây '
             'còn được gọi là giáo án.</w:t></w:r></w:p></w:footnote></w:footnotes>')
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("word/footnotes.xml", notes)
    return out.getvalue()


def test_a_word_footnote_giving_another_name_is_read_beside_its_term():
    text = read_docx(_docx_with_footnote(), 10**7, [], {})
    assert "Kế hoạch bài dạy (Trước đây còn được gọi là giáo án) nộp tổ trưởng" in text
    assert parse_document(text, "thong_bao.docx").glossary["giáo án"] == "Kế hoạch bài dạy"


def test_a_question_with_the_former_name_is_answered_by_the_terms_clause(teaching):
    for question in ("Ai duyệt giáo án?", "Giao an nop cho ai duyet?"):  # not the footnote's bare line
        answer = teaching.ask(question)
        assert "tổ trưởng chuyên môn" in first_line(answer)
        assert answer.citations[0].passage.source.endswith("ke_hoach_day_hoc.md")
    assert "năm học trước" in first_line(teaching.ask("Giáo án có được sử dụng lại không?"))


def test_a_question_with_the_long_name_is_answered_by_the_line_using_the_short_one(teaching):
    for question in ("Quỹ hỗ trợ đoàn viên gặp rủi ro chi tối đa bao nhiêu?",
                     "Quỹ hỗ trợ đoàn viên gặp rủi ro được chi nhiều nhất bao nhiêu tiền mỗi lần?"):
        assert "3.000.000 đồng" in first_line(teaching.ask(question))  # "Quỹ Tương trợ chi tối đa …", not Quỹ Phúc lợi


def test_a_web_pages_footnote_is_read_beside_its_mark_not_glued_to_the_word_nor_a_passage_alone():
    """A web page's "tỉnh<sup>1</sup>" was read "tỉnh1" (the word lost to search, the mark quoted), and its note
    "1 Hướng dẫn số 35 …" was a passage of its own that ranked above the sentence it annotates: the note is read
    beside its mark, as a Word footnote giving another name is; a unit's power stays a number."""
    from ingest.readers import read_html

    page = ("<html><body><p>Theo Hướng dẫn số 12/HD-LĐLĐ của Liên đoàn Lao động huyện<sup>1</sup>, công đoàn cơ sở nộp"
            " đoàn phí trước ngày 10 hằng tháng.</p><p>Nhà văn hóa rộng 120 m<sup>2</sup>.</p><hr>"
            "<p><sup>1</sup> Hướng dẫn số 12/HD-LĐLĐ về thu đoàn phí năm 2027.</p></body></html>")
    text = read_html(page.encode(), 10**6, [], {})
    assert "Liên đoàn Lao động huyện (Hướng dẫn số 12/HD-LĐLĐ về thu đoàn phí năm 2027), công đoàn cơ sở nộp" in text
    assert "huyện1" not in text and "<sup>" not in text and "120 m2" in text
    passages = [c.text for c in parse_document(text, "cv.html").chunks]
    assert not [p for p in passages if p.startswith(("1 Hướng dẫn", "Hướng dẫn số 12"))], passages
