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


ROADS = """KẾ HOẠCH
Đầu tư hạ tầng giao thông tỉnh năm 2026
1. Sở Xây dựng tỉnh nâng cấp hạ tầng đường tỉnh, hạ tầng cầu cảng của tỉnh; báo cáo Ủy ban nhân dân tỉnh.
2. Sở Tài chính tỉnh bố trí vốn hạ tầng của tỉnh; hạ tầng khu công nghiệp do Ban quản lý tỉnh đề xuất.
3. Xây dựng nhà văn hóa đa năng ở các xã; sân thể thao đa năng ở trung tâm huyện.
4. Phối hợp với Sở Xây dựng Hà Tĩnh về tuyến đường liên tỉnh.
"""


@pytest.mark.parametrize("question, read", [
    # a province typed with capitals is the province, where the documents write "hạ tầng" and "tỉnh" far more often
    ("Tuyến đường liên tỉnh đi Hà Tĩnh do sở nào làm?", "Hà Tĩnh"),
    ("Kế hoạch có phối hợp với Cà Mau không?", "Cà Mau"),
    # typed in lower case, the documents' own pair of those syllables decides: "đa năng" is no Đà Nẵng here
    ("nhà văn hóa đa năng xây ở đâu", "đa năng"),
])
def test_a_place_typed_without_diacritics_is_read_as_the_place(question, read):
    analyzer = QueryAnalyzer(Vocabulary.from_phrases(phrases(ROADS)))
    assert read in analyzer.analyze(unaccented(question)).reading
