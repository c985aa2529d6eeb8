"""A question typed without diacritics is read back as it was meant (QueryPlan.reading, what is searched and answered),
its everyday words of asking a directive words otherwise too ("hạn chót" where it writes "chốt danh sách", "bị phạt"
where it writes "phát hiện", "phát động", "xử phạt")."""
from __future__ import annotations

import pytest

from troly.vntext import phrases, unaccented
from vectorstore.lexical import Vocabulary
from vectorstore.query import QueryAnalyzer

PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
KẾ HOẠCH
Tổ chức Hội chợ nông sản tỉnh năm 2026
1. Sở Công Thương tỉnh chủ trì gian hàng của tỉnh, báo cáo Ủy ban nhân dân tỉnh và Ban Tổ chức hội chợ tỉnh.
2. Sở Tài chính tỉnh bố trí kinh phí của tỉnh, báo cáo Ủy ban nhân dân tỉnh và Ban Tổ chức hội chợ tỉnh.
3. Sở Nội vụ tỉnh phát động thi đua trong tỉnh, báo cáo Ủy ban nhân dân tỉnh và Ban Tổ chức hội chợ tỉnh.
4. Sở Xây dựng tỉnh lắp dựng gian hàng của tỉnh, báo cáo Ủy ban nhân dân tỉnh và Ban Tổ chức hội chợ tỉnh.
5. Sở Tư pháp tỉnh phổ biến quy định của tỉnh, báo cáo Ủy ban nhân dân tỉnh và Ban Tổ chức hội chợ tỉnh.
6. Công an tỉnh phát hiện, xử lý vi phạm tại hội chợ tỉnh, báo cáo Ủy ban nhân dân tỉnh và Ban Tổ chức hội chợ tỉnh.
7. Các huyện đăng ký gian hàng với Sở Công Thương tỉnh; Sở chốt danh sách gian hàng vào ngày 25/4/2026.
8. Mời các tỉnh Hà Nam, Hà Giang, Hà Nội và thành phố Hà Nội tham gia; đoàn Hà Nam, đoàn Hà Giang dự khai mạc.
9. Sở Y tế Hà Tĩnh kiểm tra an toàn thực phẩm tại hội chợ; cơ sở bán hàng giả bị xử phạt theo quy định.
"""


@pytest.fixture(scope="module")
def analyzer() -> QueryAnalyzer:
    return QueryAnalyzer(Vocabulary.from_phrases(phrases(PLAN)))


@pytest.mark.parametrize("question", [
    "Hạn chót đăng ký gian hàng là ngày nào?",
    "Bán hàng giả thì bị phạt thế nào?",
])
def test_a_question_typed_without_diacritics_is_read_as_meant(analyzer, question):
    assert analyzer.analyze(unaccented(question)).reading == question
