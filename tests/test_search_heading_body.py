"""A question asking what a province's department is charged with finds the article or items under that
department's heading, though the table of bodies (prompts/bodies.tsv) lists only a few departments by name and
another department's article repeats more of the question's words. The regulation is this file's own, invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture
from vectorstore.subject import asks_heading_body, kind_named

_RULES = """QUY ĐỊNH
Phòng cháy rừng trên địa bàn tỉnh Hà Lam

Điều 5. Trách nhiệm của Sở Nông nghiệp và Môi trường
1. Chỉ đạo công tác phòng cháy rừng trên địa bàn tỉnh.
2. Tập huấn nghiệp vụ phòng cháy rừng cho lực lượng kiểm lâm.
3. Kiểm tra công tác phòng cháy rừng tại các khu rừng phòng hộ.
4. Tổng hợp thiệt hại do cháy rừng gây ra hằng năm.
Điều 6. Trách nhiệm của Sở Giao thông vận tải
1. Bảo đảm đường lâm nghiệp để xe chữa cháy tiếp cận rừng.
2. Huy động phương tiện vận chuyển lực lượng chữa cháy khi có yêu cầu.
"""

rules = assistant_fixture("qd-phong-chay-rung-halam.txt", _RULES)


def test_a_department_asked_about_is_answered_from_its_own_article(rules):
    top = rules.searcher.search("Sở GTVT có trách nhiệm gì trong công tác phòng cháy rừng?", k=3)
    assert top[0].section.endswith("Điều 6. Trách nhiệm của Sở Giao thông vận tải"), [p.section for p in top]


def test_a_department_named_as_the_issuer_of_a_document_asked_is_no_subject():
    """"Thông báo 77 của Sở Tư pháp" says which text, not whose duty: the heading of that name is not favoured."""
    assert asks_heading_body("so tu phap duoc giao viec gi", "2. Nhiệm vụ › 2.1. Sở Tư pháp:", "")
    assert not asks_heading_body("thong bao 77 cua so tu phap gui ai", "2. Nhiệm vụ › 2.1. Sở Tư pháp:", "")


def test_a_kind_before_a_small_letter_names_no_body():
    """"Phòng ở", "Ban đầu": a kind's word then a word in small letters (marked ones too) is no body's own name."""
    assert kind_named("3. Sở Tư pháp") == "so tu phap"
    assert kind_named("3. Phòng ở cho vận động viên") == ""
    assert kind_named("Ban đầu tư xây dựng:") == ""


def test_a_body_a_heading_names_as_a_partner_is_not_its_subject():
    """"4. Công an tỉnh phối hợp Sở Tư pháp" is the police's task: a question about Sở Tư pháp does not favour it."""
    assert not asks_heading_body("so tu phap duoc giao viec gi", "4. Công an tỉnh phối hợp Sở Tư pháp", "")
    assert not asks_heading_body("so y te co trach nhiem gi", "", "Công an tỉnh chủ trì, phối hợp với Sở Y tế:")
    assert kind_named("Nhiệm vụ và quyền hạn của Sở Tư pháp") == "so tu phap"
