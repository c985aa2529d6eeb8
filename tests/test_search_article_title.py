"""A question opening with a law article's title asks that article: "Nhiệm vụ của thư viện cộng đồng là gì?" is
answered from "Điều 4. Nhiệm vụ của thư viện cộng đồng", though another article's line repeats the question's words
("Người phụ trách thực hiện nhiệm vụ của thư viện cộng đồng …"). The regulation is this file's own, invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture
from vectorstore.subject import asks_title, topic_run

_RULES = """QUY ĐỊNH
Tổ chức thư viện cộng đồng tại thôn, tổ dân phố tỉnh Hà Lam

Điều 4. Nhiệm vụ của thư viện cộng đồng
1. Sưu tầm, lưu giữ sách báo phục vụ bà con trong thôn.
2. Tổ chức đọc sách cho thiếu nhi vào dịp hè.
Điều 5. Người phụ trách thư viện cộng đồng
1. Người phụ trách thực hiện nhiệm vụ của thư viện cộng đồng theo kế hoạch của thôn.
2. Người phụ trách được hưởng thù lao do thôn chi trả.
"""

rules = assistant_fixture("qd-thu-vien-cong-dong-halam.txt", _RULES)


def test_a_question_opening_with_an_article_title_is_answered_from_that_article(rules):
    top = rules.searcher.search("Nhiệm vụ của thư viện cộng đồng là gì?", k=3)
    assert top[0].section.endswith("Điều 4. Nhiệm vụ của thư viện cộng đồng"), [p.section for p in top]


def test_a_title_naming_only_a_body_or_said_later_is_no_title_asked():
    """"Sở Giao thông vận tải có mấy ngày …" names who acts (the subject weight's), and a title's words said after
    the question's own topic do not say which article it asks."""
    asked = topic_run("Sở Giao thông vận tải có mấy ngày để trả lời đơn vị vận tải?")
    assert not asks_title("Chương III › Điều 10. Sở Giao thông vận tải", asked)
    assert not asks_title("Điều 11. Đơn vị vận tải", asked)
    opening = topic_run("Nhiệm vụ của thư viện cộng đồng là gì?")
    assert asks_title("Điều 4. Nhiệm vụ của thư viện cộng đồng", opening) == 6
