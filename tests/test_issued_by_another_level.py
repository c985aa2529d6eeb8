"""A document named by its kind and title words as issued by a body ("kế hoạch … của UBND tỉnh Hòa Bình Xuân") when
the one so named is another body's — a xã's of that province, or the People's Council's, not the People's
Committee's — is not loaded: the answer says so and whose the loaded one is, rather than quoting its signer."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_with

PLAN = """ỦY BAN NHÂN DÂN XÃ TÂN LẬP - TỈNH HÒA XUÂN
Số: 31/KH-UBND
Tân Lập, ngày 02 tháng 12 năm 2026
KẾ HOẠCH
Phát triển du lịch cộng đồng trên địa bàn xã năm 2027
I. MỤC TIÊU
1. Đón 12.000 lượt khách du lịch trong năm 2027.
II. TỔ CHỨC THỰC HIỆN
1. Văn phòng UBND xã chủ trì xây dựng 03 tuyến tham quan làng nghề trước ngày 30 tháng 4 năm 2027.
Nơi nhận: UBND tỉnh Hòa Xuân; Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đỗ Minh Sang
"""

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN TỈNH HÒA XUÂN
Số: 09/2026/NQ-HĐND
Hòa Xuân, ngày 05 tháng 7 năm 2026
NGHỊ QUYẾT
Về chính sách hỗ trợ nuôi ong lấy mật trên địa bàn tỉnh giai đoạn 2026 - 2030
Điều 1. Hỗ trợ 2.000.000 đồng cho mỗi hộ nuôi từ 20 đàn ong trở lên.
Điều 2. Nghị quyết này có hiệu lực từ ngày 20 tháng 7 năm 2026.
CHỦ TỊCH
Vũ Thanh Hà
"""


@pytest.fixture(scope="module")
def documents(tmp_path_factory, embed_cache):
    with assistant_with(tmp_path_factory, embed_cache, "kh_du_lich_xa.txt", PLAN,
                        ("nq_nuoi_ong.txt", RESOLUTION)) as assistant:
        yield assistant


@pytest.mark.parametrize("question", [
    "Ai ký kế hoạch phát triển du lịch cộng đồng năm 2027 của UBND tỉnh Hòa Xuân?",
    "Kế hoạch phát triển du lịch cộng đồng năm 2027 của UBND tỉnh Hòa Xuân đón bao nhiêu lượt khách?",
    "Ai ký nghị quyết về hỗ trợ nuôi ong của UBND tỉnh Hòa Xuân?",
])
def test_a_document_of_another_body_is_not_the_one_asked(documents, question):
    answer = documents.ask(question)
    assert not answer.found and "Đỗ Minh Sang" not in answer.answer and "Vũ Thanh Hà" not in answer.answer, \
        answer.answer
    assert "ban hành" in answer.answer  # whose the loaded one is


@pytest.mark.parametrize("question, said", [
    ("Ai ký kế hoạch phát triển du lịch cộng đồng năm 2027 của UBND xã Tân Lập?", "Đỗ Minh Sang"),
    ("Kế hoạch phát triển du lịch cộng đồng năm 2027 của UBND xã Tân Lập đón bao nhiêu lượt khách?", "12.000"),
    ("Ai ký nghị quyết về hỗ trợ nuôi ong của HĐND tỉnh Hòa Xuân?", "Vũ Thanh Hà"),
])
def test_the_body_that_issued_it_is_answered(documents, question, said):
    answer = documents.ask(question)
    assert answer.found and said in answer.answer, answer.answer
