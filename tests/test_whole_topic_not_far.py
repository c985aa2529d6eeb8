"""A question whose every word a long line of figures holds is answered from it, though the line, stating many other
figures, reads far from the question in meaning (abstain.whole_topic). The document and wordings are invented."""
from __future__ import annotations

from tests.helpers import corpus_fixture

_REPORT = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 77/BC-UBND\nHà Giang, ngày 12 tháng 10 năm 2026",
    "BÁO CÁO\nTình hình phòng, chống hạn hán mùa khô năm 2026 - 2027",
    "I. TÌNH HÌNH\n1. Theo số liệu của Đài khí tượng, nhiệt độ trung bình các tháng mùa khô cao hơn 1,5 độ so với "
    "cùng kỳ; lượng bốc hơi tăng 12%; mực nước các sông chính thấp hơn trung bình nhiều năm từ 0,8 m đến 1,6 m; hiện "
    "có 37 đập dâng bằng đá xây mới giữ được dưới một nửa lượng nước thiết kế; khoảng 2.150 ha lúa đông xuân có nguy "
    "cơ thiếu nước tưới.",
    "II. NHIỆM VỤ\n1. Sở Nông nghiệp và Môi trường chỉ đạo vận hành tiết kiệm nước các công trình thủy lợi.",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Sơn\n"])

store = corpus_fixture(("bc77-phong-chong-han.txt", _REPORT))


# Before, no passage was as close to the question in meaning as the closeness floor asks: "không đề cập".
def test_a_count_asked_of_a_line_holding_all_its_words_is_answered(store):
    answer = store.ask("Hà Giang có bao nhiêu đập dâng bằng đá xây mới giữ được dưới một nửa lượng nước thiết kế?")
    assert answer.found
    assert "37 đập dâng" in answer.answer
