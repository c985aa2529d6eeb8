"""A law whose first sentence tells who signed it, and a file holding a law then a second text (a charter whose
articles restart at Điều 1): who signed is answered and cited; the second text's articles are cited under its own
name, never as the law's article of the same number."""
from __future__ import annotations

import pytest

from bot.answer.unloaded import named_titles
from ingest.parse import parse_document
from tests.helpers import assistant_with

LAW = ("*LUẬT HỘI NGHỀ CÁ số: 07/2019/QH14. Luật hội nghề cá đã được Quốc hội khóa XIV thông qua ngày 12 tháng 6 "
       "năm 2019. Chủ tịch Quốc hội Trần Thị Lan đã ký.\n"
       "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
       "Quốc hội ban hành Luật Hội nghề cá.\n\n"
       "Chương I QUY ĐỊNH CHUNG\n\n"
       "Điều 1. Phạm vi điều chỉnh\n"
       "Luật này quy định về tổ chức và hoạt động của hội nghề cá.\n\n"
       "Điều 2. Hội viên\n"
       "Ngư dân đủ 18 tuổi được gia nhập hội nghề cá.\n\n"
       "Điều 3. Hiệu lực thi hành\n"
       "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2020.\n\n")
CHARTER = ("*ĐIỀU LỆ HỘI NGHỀ CÁ VIỆT NAM số: 15/QĐ-HNC. Điều lệ hội nghề cá Việt Nam được Ban Chấp hành Hội "
           "ban hành ngày 05 tháng 3 năm 2021.\n\n"
           "Chương I HỘI VIÊN\n\n"
           "Điều 1. Điều kiện trở thành hội viên\n"
           "Người làm nghề đánh bắt, nuôi trồng thủy sản tán thành Điều lệ thì được kết nạp.\n\n"
           "Điều 2. Hội viên\n"
           "1. Hội viên đóng hội phí hằng quý bằng 50.000 đồng.\n"
           "2. Hội viên được giới thiệu việc làm trên tàu cá của hội.\n")


@pytest.mark.parametrize("question, named", [
    ("Luật Hội nghề cá do ai ký?", ["Luật Hội nghề cá"]),
    ("Nghị định Khuyến ngư do Chính phủ ban hành năm nào?", ["Nghị định Khuyến ngư"]),
    ("luat hoi nghe ca do ai ky", ["luat hoi nghe ca"]),
])
def test_a_named_title_ends_where_the_question_goes_on(question, named):
    """Before, the title ran on into "do" ("Luật Hội nghề cá do"), which no loaded document is."""
    assert named_titles(question) == named


def test_the_signer_a_law_names_in_its_first_sentence_is_a_signature_passage():
    doc = parse_document(LAW, "luat.md")
    signatures = [c for c in doc.chunks if c.kind == "signature"]
    assert [c.text for c in signatures] == ["Chủ tịch Quốc hội Trần Thị Lan đã ký."]


def test_a_second_text_in_the_file_files_its_articles_under_its_own_name():
    doc = parse_document(LAW + CHARTER, "luat_dieule.md")
    dues = next(c for c in doc.chunks if "hội phí" in c.text)
    assert dues.section.lower().startswith("điều lệ hội nghề cá việt nam › ")  # cased as the text writes it
    assert dues.section.endswith("Điều 2. Hội viên")
    members = next(c for c in doc.chunks if "18 tuổi" in c.text)  # the law's own article keeps its path
    assert members.section == "Chương I QUY ĐỊNH CHUNG › Điều 2. Hội viên"
    opening = next(c for c in doc.chunks if "Ban Chấp hành Hội" in c.text)  # no longer under the law's last article
    assert "Điều 3" not in opening.section


def test_one_file_of_a_law_holding_no_second_text_keeps_its_paths():
    doc = parse_document(LAW, "luat.md")
    assert {c.section for c in doc.chunks if c.kind != "signature"} >= {
        "Chương I QUY ĐỊNH CHUNG › Điều 1. Phạm vi điều chỉnh", "Chương I QUY ĐỊNH CHUNG › Điều 3. Hiệu lực thi hành"}


@pytest.fixture(scope="module")
def law_and_charter(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "luat_hoi_nghe_ca.md", LAW + CHARTER)


def test_who_signed_a_law_is_answered_with_its_signer(law_and_charter):
    answer = law_and_charter.ask("Luật Hội nghề cá do ai ký?")
    assert answer.found and "Trần Thị Lan" in answer.answer, answer.answer
    assert answer.citations and "Trần Thị Lan" in answer.citations[0].passage.text


def test_a_charter_article_is_cited_as_the_charter_s(law_and_charter):
    answer = law_and_charter.ask("Hội viên hội nghề cá đóng hội phí bao nhiêu?")
    assert answer.found and "50.000" in answer.answer, answer.answer
    assert answer.citations[0].passage.section.lower().startswith("điều lệ hội nghề cá việt nam › ")
    shown = answer.citations[0].label.lower()  # the line a reader sees names the charter, not the law alone
    assert "điều lệ hội nghề cá việt nam" in shown and "điều 2. hội viên" in shown, shown


def test_an_article_named_is_quoted_whole_from_one_text_only(law_and_charter):
    """Both texts have an "Điều 2. Hội viên": the article answered is one text's, never the two merged."""
    answer = law_and_charter.ask("Điều 2 Điều lệ Hội nghề cá nói gì?")
    texts = {c.passage.section.split(" › ")[0] for c in answer.citations}
    assert answer.found and len(texts) == 1, [c.label for c in answer.citations]
