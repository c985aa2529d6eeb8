"""A place's documents include those of a body within a province (a huyện's) by the province of the upper body whose
document its opening carries out; a ministry or bank whose name only holds "xã" of "xã hội" is no such body."""
from __future__ import annotations

import pytest

from bot.answer.issued_documents import of_body
from vectorstore.store import DocRecord, StoredChunk

_OPENING = ("Thực hiện Kế hoạch số 45/KH-LĐLĐ ngày 02/01/2027 của Liên đoàn Lao động tỉnh Phú Yên về tổ chức "
            "Tháng Công nhân năm 2027, {who} triển khai một số nội dung sau:")


@pytest.mark.parametrize("issuer, within", [
    ("Liên đoàn Lao động huyện Tuy An", True),
    ("Bộ Lao động - Thương binh và Xã hội", False),
    ("Ngân hàng Chính sách xã hội", False),
])
def test_only_a_body_of_a_level_within_a_province_takes_the_province_of_its_grounds(issuer, within):
    record = DocRecord("d1", "Kế hoạch tổ chức Tháng Công nhân", "kế hoạch", "kh.txt", "h", "1", 1, "",
                       meta={"issuer": issuer})
    chunk = StoredChunk("d1:0", _OPENING.format(who=issuer), {"doc_id": "d1", "position": 0})
    assert of_body("Phú Yên", record, lambda _: [chunk]) is within
