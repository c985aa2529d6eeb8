"""Whom a letter goes to: its "Nơi nhận" list begins "Như trên" ("as above"), which means the "Kính gửi" lines
at its top; the answer quotes those too, else the reader cannot tell who "as above" is."""
from __future__ import annotations

import re

import pytest

from bot.answer.addressees import with_addressees
from bot.answer.model import Answer, Citation
from tests.helpers import assistant_with
from troly.texts import t
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

LETTER = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HOA MAI
Số: 115/SGDĐT-GDTrH
V/v: Tổ chức ngày hội đọc sách năm 2026
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hoa Mai, ngày 10 tháng 3 năm 2026

Kính gửi:
- Phòng Giáo dục và Đào tạo các huyện, thành phố;
- Hiệu trưởng các trường trung học phổ thông trực thuộc.

Sở Giáo dục và Đào tạo đề nghị các đơn vị tổ chức ngày hội đọc sách trong tháng 4 năm 2026.
Các đơn vị báo cáo kết quả về Sở trước ngày 15/5/2026.

Nơi nhận:
- Như trên;
- Giám đốc Sở (để b/c);
- Lưu: VT, GDTrH.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Bình
"""


@pytest.fixture(scope="module")
def letter(tmp_path_factory, embed_cache):
    with assistant_with(tmp_path_factory, embed_cache, "ngay_hoi_doc_sach.txt", LETTER) as assistant:
        yield assistant


def test_recipients_as_above_are_answered_with_the_letters_addressees_first(letter):
    """Whom the letter is sent to are its addressees: they lead, then the list of those sent a copy; each line's
    mark is the citation of what it quotes."""
    answer = letter.ask("Công văn về ngày hội đọc sách gửi cho những ai?")
    lines = answer.answer.split("\n")
    assert answer.found and "Phòng Giáo dục và Đào tạo các huyện, thành phố;" in lines[0], answer.answer
    assert lines[-1].startswith("Nơi nhận: - Như trên;"), answer.answer
    for addressee in ("Phòng Giáo dục và Đào tạo các huyện, thành phố;",
                      "Hiệu trưởng các trường trung học phổ thông trực thuộc."):
        assert addressee in answer.answer
        assert any(c.passage.text == addressee and c.passage.lead.startswith("Kính gửi") for c in answer.citations)
    for line in lines:
        n = int(line.rsplit("[", 1)[1].rstrip("]"))
        cited = next(c.passage.text for c in answer.citations if c.n == n)
        assert cited.split(";")[0].strip() in line, (line, cited)


def test_a_question_naming_the_recipients_list_is_answered_by_it_first(letter):
    answer = letter.ask("Nơi nhận của công văn về ngày hội đọc sách gồm những ai?")
    assert answer.found and answer.answer.startswith("Nơi nhận: - Như trên;"), answer.answer
    assert "Hiệu trưởng các trường trung học phổ thông trực thuộc." in answer.answer


def test_other_closing_questions_quote_no_addressees(letter):
    answer = letter.ask("Công văn về ngày hội đọc sách do ai ký?")
    assert "Trần Văn Bình" in answer.answer and "Kính gửi" not in answer.answer and len(answer.citations) == 1


@pytest.mark.parametrize("question", [
    "Công văn 115/SGDĐT-GDTrH gửi cho những ai?",
    "CV 115 gửi cho những ai?",
    "Công văn số 115 gửi cho những ai?",
    "cong van so 115/SGDDT-GDTrH gui cho nhung ai?",
    "cv 115 gui cho ai",
])
def test_a_letter_is_found_by_how_people_name_it(letter, question):
    """No "CÔNG VĂN" title: its "V/v" line (which names a day and a year here) and its number make it a letter."""
    answer = letter.ask(question)
    assert answer.found and "Hiệu trưởng các trường trung học phổ thông trực thuộc." in answer.answer, answer.answer
    assert all(c.passage.short_title.startswith("CV 115/SGDĐT-GDTrH") for c in answer.citations)


@pytest.mark.parametrize("question", ["CV 115 gửi những đơn vị nào?", "Công văn về ngày hội đọc sách được gửi đi đâu?"])
def test_recipients_asked_without_cho_are_the_letters_list(letter, question):
    """Before: lines of the letter's body sharing "đơn vị" were quoted ("đề nghị các đơn vị tổ chức …")."""
    answer = letter.ask(question)
    assert answer.found and any(c.passage.block == "recipients" for c in answer.citations), answer.answer
    assert "Hiệu trưởng các trường trung học phổ thông trực thuộc." in answer.answer, answer.answer


def test_where_a_report_is_sent_is_no_question_of_the_letters_recipients(letter):
    answer = letter.ask("Công văn về ngày hội đọc sách yêu cầu các đơn vị gửi báo cáo kết quả về đâu?")
    assert not any(c.passage.block == "recipients" for c in answer.citations), answer.answer


def test_a_letter_is_named_by_its_subject_even_when_the_subject_names_a_day_and_a_year(letter):
    """ "ngày hội … năm 2026" in a "V/v" line is the letter's subject, not a date left blank to fill in."""
    [doc] = letter.documents()
    assert doc.title == "Công văn số 115/SGDĐT-GDTrH V/v Tổ chức ngày hội đọc sách năm 2026"


@pytest.fixture(scope="module")
def unit_letter(tmp_path_factory, embed_cache):
    """A letter whose number ends with the drafting unit's abbreviation, which reads like a kind's code ("KH")."""
    text = LETTER.replace("115/SGDĐT-GDTrH", "87/SNNPTNT-KH").replace(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HOA MAI", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN")
    with assistant_with(tmp_path_factory, embed_cache, "trong_rung.txt", text) as assistant:
        yield assistant


def test_a_letter_is_not_taken_for_the_kind_its_drafting_unit_reads_like(unit_letter):
    answer = unit_letter.ask("Công văn 87 gửi cho những ai?")
    assert answer.found and "Hiệu trưởng các trường trung học phổ thông trực thuộc." in answer.answer, answer.answer
    assert all(c.passage.short_title.startswith("CV 87/SNNPTNT-KH") for c in answer.citations)


@pytest.fixture(scope="module")
def letter_without_subject(tmp_path_factory, embed_cache):
    """A letter with neither title nor "V/v" line: its number alone (no kind's code) says it is a letter."""
    text = LETTER.replace("V/v: Tổ chức ngày hội đọc sách năm 2026\n", "")
    with assistant_with(tmp_path_factory, embed_cache, "doc_sach.txt", text) as assistant:
        yield assistant


def test_a_letter_without_a_subject_is_found_by_its_number(letter_without_subject):
    answer = letter_without_subject.ask("CV 115 gửi cho những ai?")
    assert answer.found and "Hiệu trưởng các trường trung học phổ thông trực thuộc." in answer.answer, answer.answer


def test_a_rule_about_sending_is_no_question_about_the_letters_recipients(letter):
    """"quy định" is mostly the common noun (a rule), not a document's kind: "… theo quy định, các đơn vị phải gửi
    báo cáo cho Sở khi nào?" asks a deadline, and the letter's "Nơi nhận" list is no answer to it."""
    answer = letter.ask("Nếu không có quy định khác, các đơn vị phải gửi cho Sở báo cáo kết quả trước ngày nào?")
    assert not answer.answer.startswith("Nơi nhận"), answer.answer
    assert "15/5/2026" in answer.answer, answer.answer


@pytest.fixture(scope="module")
def two_letters(tmp_path_factory, embed_cache):
    """Two letters on the same subject, from two offices, to different people, signed by different people; and a
    report that quotes two other documents with the same numbers."""
    from bot.answer.service import Assistant
    from troly.config import Settings

    other = LETTER.replace("115/SGDĐT-GDTrH", "87/SNNPTNT-KH").replace(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HOA MAI", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN").replace(
        "Hiệu trưởng các trường trung học phổ thông trực thuộc.", "Hạt Kiểm lâm các huyện.").replace(
        "Trần Văn Bình", "Lê Thị Hoa")
    folder = tmp_path_factory.mktemp("docs")
    (folder / "ngay_hoi_doc_sach.txt").write_text(LETTER, encoding="utf-8")
    (folder / "doc_sach_kiem_lam.txt").write_text(other, encoding="utf-8")
    (folder / "bao_cao.txt").write_text(REPORT, encoding="utf-8")
    assistant = Assistant(Settings(data_dir=tmp_path_factory.mktemp("data"), embed_cache=embed_cache, _env_file=None))
    assert [d.status for d in assistant.ingest([folder]).documents] == ["added", "added", "added"]
    return assistant


REPORT = """TRƯỜNG TRUNG HỌC PHỔ THÔNG HOA MAI
Số: 12/BC-THPT
BÁO CÁO
Kết quả ngày hội đọc sách năm 2026

Thực hiện văn bản số 115/UBND-VX và văn bản số 87/TB-VPCP, nhà trường đã tổ chức ngày hội đọc sách.
Văn bản số 115/UBND-VX được gửi cho các trường; văn bản số 87/TB-VPCP do Phó Thủ tướng ký.
"""


@pytest.mark.parametrize("question, number, wanted, unwanted", [
    ("115/SGDĐT-GDTrH gửi cho ai?", "CV 115/SGDĐT-GDTrH", "Hiệu trưởng các trường", "Hạt Kiểm lâm"),
    ("87/SNNPTNT-KH gửi cho ai?", "CV 87/SNNPTNT-KH", "Hạt Kiểm lâm", "Hiệu trưởng các trường"),
    ("ai ký 87/SNNPTNT-KH?", "CV 87/SNNPTNT-KH", "Lê Thị Hoa", "Trần Văn Bình"),
    ("văn bản 115/SGDDT-GDTrH do ai ky?", "CV 115/SGDĐT-GDTrH", "Trần Văn Bình", "Lê Thị Hoa"),
])
def test_a_letter_asked_by_its_full_number_alone_is_the_one_answered(two_letters, question, number, wanted, unwanted):
    """A full number ("N/CODE") names one document even with no kind word before it."""
    answer = two_letters.ask(question)
    assert answer.found and wanted in answer.answer and unwanted not in answer.answer, answer.answer
    assert all(c.passage.short_title.startswith(number) for c in answer.citations)


@pytest.mark.parametrize("question, number", [
    ("87/SNNPTNT-KH về việc gì?", "CV 87/SNNPTNT-KH"),
    ("văn bản 115/SGDĐT-GDTrH nói gì?", "CV 115/SGDĐT-GDTrH"),
])
def test_a_full_number_is_not_taken_for_another_document_with_the_same_digits(two_letters, question, number):
    answer = two_letters.ask(question)
    assert answer.citations and all(c.passage.short_title.startswith(number) for c in answer.citations), [
        c.passage.short_title for c in answer.citations]


@pytest.mark.parametrize("question", ["87/SNNPTNT-KH về việc gì?", "Công văn 87 nội dung gì?",
                                      "trích yếu của công văn 87 là gì?"])
def test_what_a_letter_named_by_its_number_is_about_is_its_subject_line(two_letters, question):
    """Its "V/v" line says what a letter is about; its "Kính gửi" lines or first sentences do not."""
    answer = two_letters.ask(question)
    assert answer.found and "Tổ chức ngày hội đọc sách năm 2026" in answer.answer, answer.answer
    assert "Kính gửi" not in answer.answer and "Hạt Kiểm lâm" not in answer.answer
    [citation] = answer.citations
    assert citation.passage.short_title.startswith("CV 87/SNNPTNT-KH")
    assert citation.passage.text[slice(*citation.spans[0])] == "V/v Tổ chức ngày hội đọc sách năm 2026"  # as printed


@pytest.mark.parametrize("question", ["ai ký?", "Văn bản do ai ký?"])
def test_who_signed_asked_first_of_several_documents_lists_each_signer(two_letters, question):
    """Before, "ai ký?" with several documents loaded quoted one letter's signer as if it were the answer."""
    answer = two_letters.ask(question)
    assert answer.found and "Trần Văn Bình" in answer.answer and "Lê Thị Hoa" in answer.answer, answer.answer
    titles = {c.passage.short_title for c in answer.citations}
    assert any(s.startswith("CV 87/SNNPTNT-KH") for s in titles) and any(s.startswith("CV 115/SGDĐT-GDTrH")
                                                                        for s in titles)
    assert all(c.passage.block == "signature" for c in answer.citations)
    assert t("answer.signers_unsigned", count=1) in answer.answer  # the report names no signer
    assert answer.answer.endswith(t("answer.signers_hint"))



UNION_PAPERS = {
    "kh-hoi-thao.txt": """CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HOA SEN
Số: 07/KH-CĐCS
Hoa Sen, ngày 10 tháng 11 năm 2026
KẾ HOẠCH
Tổ chức Hội thao chào mừng ngày Nhà giáo Việt Nam

1. Các môn thi: kéo co, cầu lông, cờ tướng.
2. Mỗi tổ công đoàn cử ít nhất 06 vận động viên.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Trần Thị Mai
""",
    "tb-nghi-mat.txt": """CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HOA SEN
Số: 12/TB-CĐCS
Hoa Sen, ngày 05 tháng 12 năm 2026
THÔNG BÁO
Về việc tham quan nghỉ mát hè năm 2027

1. Địa điểm: Đà Lạt, đi trong 3 ngày.
2. Mức hỗ trợ: 2.500.000 đồng mỗi đoàn viên.

TM. BAN CHẤP HÀNH
PHÓ CHỦ TỊCH
Lê Văn Bình
""",
    "kh-thi-dua.txt": """CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HOA SEN
Số: 15/KH-CĐCS
Hoa Sen, ngày 12 tháng 11 năm 2026
KẾ HOẠCH
Thực hiện Chỉ thị số 41-CT/TW về công tác thi đua, khen thưởng

1. Các tổ công đoàn phát động thi đua, ký giao ước thi đua trong tháng 12/2026.
2. Ban Chấp hành xét khen thưởng cuối năm học.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Nguyễn Văn Hùng
""",
    "cv-doan-phi.txt": """CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC HOA SEN
Số: 03/CV-CĐCS
V/v thu đoàn phí công đoàn năm 2027

Kính gửi: Các tổ công đoàn

Các tổ công đoàn thu đoàn phí bằng 1% tiền lương của đoàn viên, nộp trước ngày 25 hằng tháng.
""",
}


@pytest.fixture(scope="module")
def union_papers(tmp_path_factory, embed_cache):
    first, *more = UNION_PAPERS.items()
    with assistant_with(tmp_path_factory, embed_cache, *first, *more) as assistant:
        yield assistant


@pytest.mark.parametrize(("question", "signer"), [("ai ký kế hoạch hội thao", "Trần Thị Mai"),
                                                  ("thong bao nghi mat do ai ky vay ad", "Lê Văn Bình"),
                                                  # the kind by its code, as "KH 07" names it
                                                  ("người ký KH hội thao là ai?", "Trần Thị Mai"),
                                                  ("tb nghi mat ai ky", "Lê Văn Bình")])
def test_who_signed_a_document_named_by_words_of_its_title_is_its_signer(union_papers, question, signer):
    """Before, "ai ký kế hoạch hội thao" — a plan named by words only its title has, not by its number — listed every
    loaded document's signer as if no document were named. (`troly ask` passes empty filters: the same.)"""
    from vectorstore.search import Filters

    answer = union_papers.ask(question)
    assert union_papers.ask(question, filters=Filters()).answer == answer.answer
    assert answer.mode != "signers" and answer.found and signer in answer.answer, answer.answer
    others = {"Trần Thị Mai", "Lê Văn Bình"} - {signer}
    assert not any(name in answer.answer for name in others), answer.answer
    assert [c.passage.block for c in answer.citations] == ["signature"]


def test_who_signed_a_letter_named_by_its_subject_that_names_no_signer(union_papers):
    answer = union_papers.ask("ai ký công văn thu đoàn phí")
    assert not answer.found and "không ghi người ký" in answer.answer and "CV 03/CV-CĐCS" in answer.answer, answer.answer
    assert union_papers.ask("ai ký?").mode == "signers", "naming no document: each one's signer, as before"


@pytest.mark.parametrize(("asked", "signed"), [("bà Mai", True), ("đồng chí Trần Mai", True), ("Thị Mai", True),
                                               ("Trần Thị", False), ("chị Thị", False), ("bà Lê Thị Mai", False)])
def test_whether_a_person_signed_is_judged_by_the_given_name_and_every_other_name_word_asked(union_papers, asked, signed):
    """Before, any run of the signer's name words said yes ("Trần Thị", her family and middle names, which many share)
    and a name asked with a title of address ("bà Mai") said no."""
    answer = union_papers.ask(f"Kế hoạch 07 có phải do {asked} ký không?")
    assert answer.found and "Trần Thị Mai" in answer.answer, answer.answer
    assert answer.answer.startswith(t("answer.signed_yes" if signed else "answer.signed_no", title="", who="",
                                      asked="").split(".")[0]), answer.answer


@pytest.mark.parametrize("question", ["ai ký quyết định khen thưởng", "ai ký chỉ thị về thi đua khen thưởng"])
def test_words_of_a_title_name_no_document_of_another_kind_or_none(union_papers, question):
    """Before, a question sharing two words with the plan on thi đua, khen thưởng — but naming no kind, or a
    decision or directive, none loaded — was answered with that plan's signer alone; now each signer is listed."""
    answer = union_papers.ask(question)
    assert answer.mode == "signers" and answer.question == question, (answer.question, answer.answer)
    assert "Nguyễn Văn Hùng" in answer.answer and "Trần Thị Mai" in answer.answer


def test_who_signs_a_thing_the_plan_says_who_signs_is_that_sentence(union_papers):
    """"Ai ký giao ước thi đua?": no document is a giao ước, the plan says who signs one (bot/answer/signed_acts.py);
    before, every loaded document's signer was listed."""
    answer = union_papers.ask("Ai ký giao ước thi đua?")
    assert answer.mode != "signers" and answer.found, answer.answer
    assert "Các tổ công đoàn phát động thi đua, ký giao ước thi đua" in answer.answer, answer.answer
    assert "Nguyễn Văn Hùng" not in answer.answer and "Trần Thị Mai" not in answer.answer


@pytest.mark.parametrize("question", ["thông báo hội thao ban hành ngày nào",
                                      "Kế hoạch 99 về thi đua khen thưởng do ai ký?"])
def test_a_question_naming_another_kind_or_a_number_is_not_read_as_a_titled_document(union_papers, question):
    """Before, "thông báo hội thao …" was answered from the plan on the hội thao and a plan 99, none loaded, was
    refused as missing yet shown as "Hiểu là: … (văn bản: KH 15/KH-CĐCS …)"."""
    answer = union_papers.ask(question)
    assert answer.question == question, answer.question


@pytest.mark.parametrize("question", [
    "Các trường báo cáo kết quả ngày hội đọc sách theo công văn 115 thì gửi về đâu?",
    "bao cao ket qua thuc hien cong van 115 gui cho ai",
])
def test_where_a_report_goes_is_answered_from_the_text_not_the_recipients(letter, question):
    """Whom a report is sent to is what the text asks of the bodies reporting ("báo cáo kết quả về Sở"), not the
    letter's own "Nơi nhận"."""
    answer = letter.ask(question)
    assert answer.found and "báo cáo kết quả về Sở trước ngày 15/5/2026" in answer.answer, answer.answer
    assert "Nơi nhận" not in answer.answer


@pytest.fixture(scope="module")
def letter_addressed_inline(tmp_path_factory, embed_cache):
    """A letter converted to markdown: its first addressee on the "Kính gửi:" line, the next on a line of its own."""
    text = LETTER.replace("Kính gửi:\n- Phòng Giáo dục và Đào tạo các huyện, thành phố;\n",
                          "**Kính gửi:** - Phòng Giáo dục và Đào tạo các huyện, thành phố;  \n")
    with assistant_with(tmp_path_factory, embed_cache, "doc_sach_md.md", text) as assistant:
        yield assistant


def test_every_addressee_is_quoted_when_the_first_shares_the_greeting_line(letter_addressed_inline):
    """"Như trên" means all of the "Kính gửi" list: the line after one ending in ";" goes on with the list."""
    answer = letter_addressed_inline.ask("Công văn về ngày hội đọc sách được gửi đến những ai?")
    assert answer.found and "Phòng Giáo dục và Đào tạo các huyện, thành phố;" in answer.answer, answer.answer
    assert "Hiệu trưởng các trường trung học phổ thông trực thuộc." in answer.answer, answer.answer


@pytest.mark.parametrize("question, asks", [
    ("Báo cáo 15/BC-CĐCS được gửi cho những ai?", True),
    ("Báo cáo số 15/BC-CĐCS gửi đến những đơn vị nào?", True),
    ("Kế hoạch 05 yêu cầu báo cáo, văn bản này được gửi cho ai?", True),
    ("Các đơn vị báo cáo kết quả thực hiện kế hoạch 05 thì gửi về đâu?", False),
    ("bao cao ket qua thuc hien cong van 115 gui cho ai", False),
    ("Tổ công đoàn báo cáo kết quả thực hiện nghị quyết 07 khi nào, gửi cho ai?", False),
])
def test_a_report_named_by_its_number_asks_its_recipients_a_report_asked_for_does_not(question, asks):
    """"Báo cáo 15/BC-CĐCS" names a document (a report is a kind of text): whom it is sent to is its "Nơi nhận"; a
    report the text asks for ("báo cáo kết quả … gửi về đâu") goes where the text says; a "báo cáo" in another
    clause ("yêu cầu báo cáo, văn bản này được gửi cho ai?") is no report asked about, and a text named in the report's
    clause ("báo cáo … nghị quyết 07 khi nào, gửi cho ai?") is not the one asked to be sent."""
    from vectorstore.query import closing_asked
    assert ("recipients" in closing_asked(question)) is asks


WRAPPED = """LIÊN ĐOÀN LAO ĐỘNG TỈNH HOA MAI
Số: 31/KH-LĐLĐ
Hoa Mai, ngày 5 tháng 4 năm 2026

KẾ HOẠCH
Tuyên truyền an toàn vệ sinh lao động năm 2026

I. NỘI DUNG
1. Công đoàn cơ sở tổ chức tuyên truyền an toàn vệ sinh lao động cho đoàn viên.

Nơi nhận:
- Các công đoàn cơ sở;
- Website Liên đoàn Lao động tỉnh,
  Fanpage Liên đoàn Lao động tỉnh;
- Ban Tuyên giáo Tỉnh ủy;
- Lưu: VT.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lê Văn Cường
"""


def test_a_recipient_wrapped_onto_a_second_line_keeps_it_and_the_list_after_it(tmp_path_factory, embed_cache):
    """"- Website Liên đoàn Lao động tỉnh," wrapped over "Fanpage …;": the line under it goes on with that recipient,
    it does not end the list (which lost the rest of it, and left "Lưu: VT." a passage of the text)."""
    with assistant_with(tmp_path_factory, embed_cache, "atvsld.txt", WRAPPED) as assistant:
        (doc,) = assistant.documents()
        assert doc.meta["recipients"] == ["Các công đoàn cơ sở",
                                          "Website Liên đoàn Lao động tỉnh, Fanpage Liên đoàn Lao động tỉnh",
                                          "Ban Tuyên giáo Tỉnh ủy"]
        answer = assistant.ask("kế hoạch gửi những nơi nào?")
        assert answer.found and answer.answer.startswith("Nơi nhận:"), answer.answer
        assert "Fanpage Liên đoàn Lao động tỉnh; - Ban Tuyên giáo Tỉnh ủy; - Lưu: VT." in answer.answer, answer.answer


@pytest.mark.parametrize(("filters", "listed", "left_out"), [
    ({"year": 2026}, {"Trần Thị Mai", "Lê Văn Bình", "Nguyễn Văn Hùng"}, set()),
    ({"kind": "Kế hoạch"}, {"Trần Thị Mai", "Nguyễn Văn Hùng"}, {"Lê Văn Bình"})])
def test_who_signed_with_a_year_or_kind_lists_every_signer_it_keeps(union_papers, filters, listed, left_out):
    """Before, `ask --year 2026 "ai ký?"` quoted the one signature search ranked first, though three documents of
    2026 are signed: a filter narrows the list of signers, it does not turn it into one."""
    from vectorstore.search import Filters

    answer = union_papers.ask("ai ký?", filters=Filters(**filters))
    assert answer.mode == "signers" and all(name in answer.answer for name in listed), answer.answer
    assert not any(name in answer.answer for name in left_out), answer.answer


def test_one_folded_matcher_reads_the_addressees_for_ingest_and_answers():
    """ingest (recipients, obligations) and the answer quoting "Như trên" read "Kính gửi" by one matcher: typed without
    marks or in capitals, after a bullet or a table's bars; "Như trên" anywhere in a recipients line."""
    from ingest.addressees import addressed_end, says_as_above, with_addressees

    for line in ("Kính gửi: Sở Tài chính", "KÍNH GỬI: Sở Tài chính", "Kinh gui: So Tai chinh",
                 "- Kính gửi: Sở Tài chính", "| Kính gửi: Sở Tài chính |"):
        assert line[addressed_end(line):].strip(" :|").startswith(("Sở", "So")), line
    assert not addressed_end("Sở Tài chính kính gửi lời chào")
    assert says_as_above("- Như trên;") and says_as_above("- NHU TREN") and not says_as_above("- Sở Tài chính;")
    assert with_addressees(["Như trên", "Lưu: VT"], ["Sở A", "Sở B"]) == ["Sở A", "Sở B", "Lưu: VT"]


_LONG_LIST = ["Sở Tài chính;", "Sở Nội vụ;", "Sở Y tế;", "Công an tỉnh;", "Ủy ban nhân dân các huyện, thị xã."]


def _letter_chunks() -> list[StoredChunk]:
    """An invented letter to five bodies, each "Kính gửi" line a passage of its own, then a task for one of them."""
    meta = {"doc_id": "cv20", "title": "Công văn 20/UBND-VX", "section": "", "version": "1"}
    chunks = [StoredChunk("cv20::1::00000", "Số: 20/UBND-VX", {**meta, "position": 0})]
    chunks += [StoredChunk(f"cv20::1::{i:05d}", text, {**meta, "position": i, "lead": "Kính gửi:", "block": "bullet"})
               for i, text in enumerate(_LONG_LIST, 1)]
    chunks.append(StoredChunk("cv20::1::00006", "Sở Y tế báo cáo kết quả trước ngày 10/12/2026.",
                              {**meta, "position": 6}))
    return chunks


def test_an_answer_opening_with_one_addressee_quotes_the_whole_list():
    """Search finds two of a letter's five addressees: before, the answer named those two as whom it is sent to."""
    chunks = _letter_chunks()
    found = [Passage.from_chunk(chunks[i], 0.9) for i in (4, 2, 6)]
    answer = Answer("Công văn 20 gửi những cơ quan nào?", "\n".join(
        f"{'(Kính gửi) ' if p.lead else ''}{p.text} [{n}]" for n, p in enumerate(found, 1)), True,
        [Citation(n, p, [(0, len(p.text))]) for n, p in enumerate(found, 1)])
    whole = with_addressees(answer, lambda doc_id: chunks, answer.question)
    lines = whole.answer.split("\n")
    assert [line.split(") ", 1)[1].rsplit(" [", 1)[0] for line in lines[:5]] == _LONG_LIST, whole.answer
    for line in lines:
        n = int(line.rsplit("[", 1)[1].rstrip("]"))
        assert next(c.passage.text for c in whole.citations if c.n == n) in line, (line, whole.citations)
    assert lines[5].startswith("Sở Y tế báo cáo") and len(whole.citations) == 6, whole.answer


def test_a_passage_cited_only_beside_an_addressee_is_not_listed_without_its_mark():
    """A line quoting an addressee and another passage is replaced by the whole list: the other passage's citation
    goes with it, else the reader is shown a citation no line of the answer points to."""
    chunks = _letter_chunks()
    first, other, task = (Passage.from_chunk(chunks[i], 0.9) for i in (4, 2, 6))
    answer = Answer("Công văn 20 gửi những cơ quan nào?",
                    f"(Kính gửi) {first.text} [1]\n(Kính gửi) {other.text} [2] {task.text} [3]", True,
                    [Citation(n, p, [(0, len(p.text))]) for n, p in enumerate((first, other, task), 1)])
    whole = with_addressees(answer, lambda doc_id: chunks, answer.question)
    marks = {int(n) for n in re.findall(r"\[(\d+)\]", whole.answer)}
    assert marks == {c.n for c in whole.citations} == set(range(1, len(whole.citations) + 1)), whole


def test_whom_a_letter_goes_to_is_searched_in_its_addressees_as_in_its_recipients_list(letter):
    """"… gửi cho những ai": the "Kính gửi" lines say it as the "Nơi nhận" list does, so they lead the places to
    read with it, ahead of the body's lines that share the question's words."""
    top = letter.searcher.search("Công văn 115 gửi cho những đơn vị nào?", k=3)
    assert any(p.block == "recipients" for p in top), [p.text for p in top]
    assert sum(p.lead.startswith("Kính gửi") for p in top) == 2, [p.text for p in top]
