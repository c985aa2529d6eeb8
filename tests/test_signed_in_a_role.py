""""… ký văn bản nào" naming the signer by a role: the documents signed in that role, or that none is — not every
document's signer listed as if each answered (two invented documents of one union, signed by its chairman and by
its vice-chairwoman)."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_with

NOTICE = """CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC AN PHÚ
Số: 07/TB-CĐCS
An Phú, ngày 2 tháng 3 năm 2026

THÔNG BÁO
Về việc tổ chức tham quan học tập năm 2026

1. Thời gian: từ ngày 12/6/2026 đến ngày 14/6/2026. Địa điểm: Hội An, Quảng Nam.
2. Mỗi đoàn viên tham gia được công đoàn hỗ trợ 1.500.000 đồng; chi phí còn lại do cá nhân tự chi trả.
3. Đoàn viên đăng ký với tổ trưởng công đoàn trước ngày 20/5/2026.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Lê Văn Bình
"""

RULES = """CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC AN PHÚ
Số: 02/QC-CĐCS
An Phú, ngày 10 tháng 1 năm 2026

QUY CHẾ
Chi tiêu nội bộ của công đoàn cơ sở

Điều 1. Thăm hỏi đoàn viên
1. Công đoàn cơ sở thăm hỏi đoàn viên khi sinh con, khi ốm đau phải nằm viện dài ngày, khi gia đình có việc hiếu.
2. Ban chấp hành phân công ủy viên đến thăm và báo cáo tại phiên họp gần nhất.

Điều 2. Khen thưởng
Đoàn viên có thành tích xuất sắc trong phong trào thi đua được ban chấp hành xét khen thưởng cuối năm học.

TM. BAN CHẤP HÀNH
PHÓ CHỦ TỊCH
Trần Thị Hoa
"""


@pytest.fixture(scope="module")
def union(tmp_path_factory, embed_cache):
    return assistant_with(tmp_path_factory, embed_cache, "tb07_tham_quan.txt", NOTICE, ("qc02_chi_tieu.txt", RULES))


def test_documents_signed_in_a_role_none_holds_are_said_to_be_none(union):
    answer = union.ask("thủ tướng đã ký văn bản nào?")
    assert not answer.found and "thủ tướng ký" in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["phó chủ tịch ký văn bản nào vậy", "phó chủ tịch đã ký văn bản nào?"])
def test_documents_signed_in_a_role_are_those_signed_so(union, question):
    answer = union.ask(question)
    assert answer.found and "Trần Thị Hoa" in answer.answer and "Lê Văn Bình" not in answer.answer, answer.answer


def test_documents_signed_in_a_role_asked_after_which_document(union):
    """ "văn bản nào do phó chủ tịch ký": the role stands between the words asking, the same question put otherwise."""
    answer = union.ask("văn bản nào do phó chủ tịch ký")
    assert answer.found and "Trần Thị Hoa" in answer.answer and "Lê Văn Bình" not in answer.answer, answer.answer
