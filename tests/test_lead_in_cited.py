"""An answer quoting an article's items shows the article's first line before them ("(… với tổng số tiền 450.000.000
đồng, trong đó) Hỗ trợ xây mới 6 nhà …"): that line, a passage of its own, is cited too — a reader checking the total
is shown where it is written. The document and question are invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture

DECISION = """LIÊN ĐOÀN LAO ĐỘNG TỈNH AN PHÚ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 88/QĐ-LĐLĐ | Độc lập - Tự do - Hạnh phúc
An Phú, ngày 05 tháng 9 năm 2027

QUYẾT ĐỊNH
Về việc hỗ trợ xây dựng, sửa chữa nhà ở cho đoàn viên khó khăn năm 2027

QUYẾT ĐỊNH:

Điều 1. Hỗ trợ 9 đoàn viên công đoàn khó khăn về nhà ở năm 2027 với tổng số tiền 450.000.000 đồng, trong đó:
1. Hỗ trợ xây mới 6 nhà, mức hỗ trợ 60.000.000 đồng/nhà.
2. Hỗ trợ sửa chữa 3 nhà, mức hỗ trợ 30.000.000 đồng/nhà.

Điều 2. Kinh phí chi từ Quỹ Xã hội công đoàn tỉnh năm 2027.
"""

assistant = assistant_fixture("qd_ho_tro_nha.md", DECISION)


def test_the_lead_in_shown_before_the_items_is_cited(assistant):
    answer = assistant.ask("Năm 2027 An Phú hỗ trợ xây mới bao nhiêu nhà cho đoàn viên, mức bao nhiêu?")
    assert answer.found and "60.000.000" in answer.answer, answer.answer
    assert "450.000.000" in answer.answer, answer.answer  # the article's line shown as the items' lead-in
    lead = [c for c in answer.citations if "450.000.000" in c.passage.text]
    assert lead and f"[{lead[0].n}]" in answer.answer, (answer.answer, [c.passage.text for c in answer.citations])
