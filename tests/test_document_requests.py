"""What a letter named by its number asks done ("công văn 58 yêu cầu gì"): the items of its list led by "… đề nghị …
sau:", quoted in order and cited — no line of them says "yêu cầu". Document and wordings are this file's own,
invented."""
from __future__ import annotations

import pytest

from tests.helpers import corpus_fixture

_LETTER = "\n\n".join([
    "SỞ Y TẾ TỈNH HÀ NAM\nSố: 58/SYT-NVY\nHà Nam, ngày 03 tháng 3 năm 2027",
    "V/v kiểm tra tủ thuốc tại các trạm y tế xã",
    "Kính gửi: Các trung tâm y tế huyện",
    "Căn cứ kế hoạch công tác năm 2027, Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:",
    "1. Kiểm kê toàn bộ thuốc cấp cứu tại trạm y tế xã trước ngày 20/3/2027.",
    "2. Thay thế thuốc hết hạn dùng và lập biên bản hủy thuốc.",
    "3. Gửi báo cáo kết quả về Phòng Nghiệp vụ Y chậm nhất ngày 31/3/2027.",
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.",
    "GIÁM ĐỐC\nTrần Thị Hoa\n"])

store = corpus_fixture(("cv58-tu-thuoc.txt", _LETTER))


@pytest.mark.parametrize("question", ["cv 58 yêu cầu gì", "Công văn 58 đề nghị các trung tâm làm gì?"])
def test_what_a_letter_asks_is_its_requested_items(store, question):
    """Before, "cv 2150 yêu cầu gì" of a letter whose body is its list of requests answered "không đề cập"."""
    answer = store.ask(question)
    assert answer.found, answer.answer
    for item in ("Kiểm kê toàn bộ thuốc cấp cứu", "Thay thế thuốc hết hạn", "Gửi báo cáo kết quả"):
        assert item in answer.answer, answer.answer
    assert [c.passage.text[:2] for c in answer.citations[:3]] == ["1.", "2.", "3."], answer.citations


def test_a_question_of_one_item_is_not_answered_with_the_whole_list(store):
    """Asked when one request falls due, the line stating it answers, not the list."""
    answer = store.ask("công văn 58 yêu cầu gửi báo cáo chậm nhất ngày nào?")
    assert answer.found and "31/3/2027" in answer.answer and "Kiểm kê" not in answer.answer, answer.answer
