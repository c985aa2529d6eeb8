"""A question naming a document's kind and a short form of a phrase of its title ("nghị quyết GTNT" for the resolution
titled "… giao thông nông thôn …"), or the phrase itself, is asked of that document: another resolution's clause of
the same wording (its own report and review years) neither answers nor joins the answer. Documents and wordings are
this file's own, invented."""
from __future__ import annotations

import pytest

from tests.helpers import corpus_fixture

_ROADS = "\n\n".join([
    "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ LAM\nSố: 21/2027/NQ-HĐND\nHà Lam, ngày 10 tháng 7 năm 2027",
    "NGHỊ QUYẾT\nQuy định mức hỗ trợ xây dựng giao thông nông thôn trên địa bàn tỉnh Hà Lam giai đoạn 2027 - 2030",
    "Điều 1. Phạm vi điều chỉnh\nNghị quyết này quy định mức hỗ trợ cứng hóa đường thôn, đường xóm.",
    "Điều 2. Mức hỗ trợ\nNgân sách tỉnh hỗ trợ 50% giá trị xi măng cho mỗi ki-lô-mét đường được cứng hóa.",
    "Điều 3. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; hằng năm báo cáo "
    "kết quả thực hiện với Hội đồng nhân dân tỉnh tại kỳ họp cuối năm; tổ chức sơ kết vào năm 2028.\n"])

_WATER = "\n\n".join([
    "HỘI ĐỒNG NHÂN DÂN TỈNH KIM SƠN\nSố: 09/2027/NQ-HĐND\nKim Sơn, ngày 15 tháng 8 năm 2027",
    "NGHỊ QUYẾT\nVề hỗ trợ cấp nước sạch nông thôn trên địa bàn tỉnh Kim Sơn giai đoạn 2027 - 2030",
    "Điều 1. Mục tiêu\nĐến năm 2030 tỷ lệ hộ dân nông thôn dùng nước sạch đạt 85%.",
    "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết; hằng năm báo cáo Hội đồng "
    "nhân dân tỉnh kết quả thực hiện tại kỳ họp cuối năm; tổ chức sơ kết vào năm 2029 và tổng kết vào năm 2031.\n"])

store = corpus_fixture(("nq21-giao-thong.txt", _ROADS), ("nq09-nuoc-sach.txt", _WATER))


@pytest.mark.parametrize("question", [
    "UBND tỉnh báo cáo kết quả thực hiện nghị quyết GTNT với HĐND khi nào, có sơ kết không?",
    "UBND tỉnh báo cáo kết quả thực hiện nghị quyết giao thông nông thôn với HĐND khi nào, có sơ kết không?",
])
def test_the_resolution_named_by_kind_and_topic_answers_alone(store, question):
    """Before, the short form "GTNT" named nothing and "thông" ended the words after the kind ("giao | nông thôn"),
    so the question named no resolution ("nông thôn" is both titles'): the water resolution's review in 2029 joined
    the answer."""
    answer = store.ask(question)
    assert answer.found and "2028" in answer.answer, answer.answer
    assert "2029" not in answer.answer and "2031" not in answer.answer, answer.answer
    assert {c.passage.source for c in answer.citations} == {"nq21-giao-thong.txt"}, answer.answer


def test_a_short_form_the_titles_do_not_spell_names_no_document(store):
    assert store.searcher.scope_of("Nghị quyết XDCB giao UBND tỉnh báo cáo khi nào?") == set()
