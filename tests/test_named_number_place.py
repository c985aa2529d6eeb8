"""A question naming a document by its number and province ("QĐ 31/2027 của Hà Giang …") asks about the rest of its
words: within that document, the passages repeating its number and province ("Kèm theo Quyết định số 31/2027 … tỉnh
Hà Giang") do not come before the one answering. Documents and wordings are this file's own, invented."""
from __future__ import annotations

from tests.helpers import corpus_fixture

_HA_GIANG = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG", "Số: 31/2027/QĐ-UBND", "Hà Giang, ngày 04 tháng 5 năm 2027", "",
    "# QUYẾT ĐỊNH", "Ban hành Quy chế quản lý chợ phiên vùng cao", "",
    "Điều 1. Ban hành kèm theo Quyết định số 31/2027/QĐ-UBND này Quy chế quản lý chợ phiên vùng cao tỉnh Hà Giang.",
    "",
    "Điều 2. Quyết định có hiệu lực từ ngày 15 tháng 5 năm 2027 và thay thế Quyết định số 07/2020/QĐ-UBND.", "",
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này.",
    "", "## QUY CHẾ", "(Kèm theo Quyết định số 31/2027/QĐ-UBND ngày 04/5/2027 của Ủy ban nhân dân tỉnh Hà Giang)", "",
    "Điều 1. Chợ phiên họp vào sáng Chủ nhật hằng tuần, từ 5 giờ đến 12 giờ.", "",
    "Điều 2. Ban quản lý chợ thu phí vệ sinh 5.000 đồng mỗi gian hàng mỗi phiên.", ""])

_CAO_BANG = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "Số: 12/2027/QĐ-UBND", "Cao Bằng, ngày 10 tháng 4 năm 2027", "",
    "# QUYẾT ĐỊNH", "Ban hành Quy định quản lý bến xe khách", "",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý bến xe khách tỉnh Cao Bằng.", "",
    "Điều 2. Quyết định có hiệu lực từ ngày 20 tháng 4 năm 2027 và thay thế Quyết định số 15/2019/QĐ-UBND.", ""])

store = corpus_fixture(("qd31-cho-phien-hagiang.md", _HA_GIANG), ("qd12-ben-xe-caobang.md", _CAO_BANG))


def test_the_passage_answering_comes_before_those_repeating_the_number_and_province(store):
    passages = store.search("QĐ 31/2027 của Hà Giang thay thế quyết định nào?", k=5)
    assert passages[0].source == "qd31-cho-phien-hagiang.md" and "07/2020" in passages[0].text, \
        [p.text[:60] for p in passages]
