"""The fact asked stands in the line found, and the answer gives it rather than "không đề cập" (issue #10's first
rule): a count written after a noun ending in a division's word ("Danh mục 07 thủ tục": no "Mục 07" reference), a
figure in a table column whose header names a rate ("Giá tối đa (đồng/lượt)": "5.000" is 5.000 đồng). The decision and
the wordings are this file's own, invented."""
from __future__ import annotations

from tests.helpers import assistant_fixture
from troly.texts import t

_DECISION = """ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
Số: 17/QĐ-UBND
Hòa Bình, ngày 06 tháng 4 năm 2028

QUYẾT ĐỊNH
Về việc công bố thủ tục hành chính và giá dịch vụ tại Nhà văn hóa xã Hòa Bình

Điều 1. Công bố kèm theo Quyết định này Danh mục 07 thủ tục hành chính được tiếp nhận tại Nhà văn hóa xã Hòa Bình.

Điều 2. Giá trông giữ xe tại Nhà văn hóa xã

| TT | Loại xe | Giá trông giữ tối đa (đồng/lượt) |
|---|---|---|
| 1 | Xe đạp | 2.000 |
| 2 | Xe máy | 5.000 |

Điều 3. Quyết định này có hiệu lực từ ngày ký.
"""

decision = assistant_fixture("qd17-nha-van-hoa-hoa-binh.md", _DECISION)


def _first(answer) -> str:
    return answer.answer.split("\n")[0]


def test_a_count_after_a_noun_ending_in_a_division_s_word_is_stated(decision):
    for question in ("Có bao nhiêu thủ tục hành chính được tiếp nhận tại nhà văn hóa xã Hòa Bình?",
                     "co bao nhieu thu tuc hanh chinh duoc tiep nhan tai nha van hoa xa hoa binh"):
        answer = decision.ask(question)
        assert answer.found and "07 thủ tục" in _first(answer), (question, answer.answer)


def test_a_figure_under_a_header_naming_a_rate_is_an_amount(decision):
    answer = decision.ask("Gửi xe máy ở nhà văn hóa xã tối đa bao nhiêu tiền một lượt?")
    assert answer.found and "5.000" in _first(answer), answer.answer
    assert t("abstain.money") not in answer.answer, answer.answer
