"""Whom a thing is for, school shorthand, and a document named by where or what its issuer is (new-user trials of
session 40: H10, H11/G11, H18/G9). Invented documents:
- a Sở letter's forms glossed in brackets ("Mẫu số 03 (cán bộ quản lý)") is whom each form is for, and teachers'
  shorthand ("nv", "gv", "cbcc") is read as the words it stands for;
- a decision's "Điều 2. Đối tượng hỗ trợ" answers "Quyết định 17 hỗ trợ cho (những) ai?" ahead of its amounts;
- two districts' plans of one topic are told apart by the district their issuer names ("của quận Hải An"), and two
  quy chế by the sector of their issuer's name ("công đoàn hải quan")."""
from __future__ import annotations

import pytest

from tests.helpers import corpus_fixture, first_line

_LETTER = ("UBND TỈNH LẠNG SƠN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 415/SGDĐT-TCCB\nV/v thống kê đội ngũ hợp đồng "
           "năm học 2028-2029\nLạng Sơn, ngày 09 tháng 02 năm 2029\n\n"
           "Kính gửi: Các trường trung học cơ sở trực thuộc.\n\n"
           "1. Các trường thống kê theo Mẫu số 03 (cán bộ quản lý) và Mẫu số 04 (nhân viên hợp đồng) gửi kèm.\n"
           "2. Danh sách nhân viên hợp đồng gửi về Phòng Tổ chức cán bộ của Sở trước ngày 25/02/2029.\n"
           "3. Giáo viên hợp đồng dạy thay được tính đủ định mức tiết dạy theo quy định.\n\n"
           "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Văn Lâm\n")

_DECISION = ("CÔNG ĐOÀN NGÀNH Y TẾ TỈNH HÀ NAM\nSố: 17/QĐ-CĐN\nHà Nam, ngày 03 tháng 4 năm 2029\n\n"
             "QUYẾT ĐỊNH\nVề việc hỗ trợ đoàn viên có con mắc bệnh hiểm nghèo\n\n"
             "Điều 1. Mức hỗ trợ\n1. Mỗi trường hợp được hỗ trợ 2.500.000 đồng.\n"
             "2. Mỗi đoàn viên được hỗ trợ không quá 01 lần trong năm.\n\n"
             "Điều 2. Đối tượng hỗ trợ\nĐoàn viên công đoàn có con dưới 16 tuổi mắc bệnh hiểm nghèo đang điều trị.\n\n"
             "Điều 3. Quyết định có hiệu lực từ ngày ký.\n\n"
             "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNgô Thị Bích\n")


def _plan(district: str, number: str, signer: str) -> str:
    return (f"LIÊN ĐOÀN LAO ĐỘNG {district.upper()}\nSố: {number}/KH-LĐLĐ\nHải Phòng, ngày 02 tháng 8 năm 2029\n\n"
            "KẾ HOẠCH\nTổ chức vui Trung thu cho con đoàn viên năm 2029\n\n"
            "I. NỘI DUNG\n1. Tặng quà Trung thu cho con đoàn viên có hoàn cảnh khó khăn.\n"
            f"2. Liên đoàn Lao động {district} tổ chức đêm hội trăng rằm cho thiếu nhi.\n\n"
            f"TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\n{signer}\n")


def _rules(issuer: str, number: str, signer: str) -> str:
    return (f"{issuer.upper()}\nSố: {number}/QC-CĐCS\nHải Phòng, ngày 10 tháng 01 năm 2029\n\n"
            "QUY CHẾ\nChi tiêu nội bộ của Công đoàn cơ sở năm 2029\n\n"
            "Điều 1. Chi thăm hỏi\nĐoàn viên ốm đau nằm viện được thăm hỏi 400.000 đồng.\n\n"
            f"TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\n{signer}\n")


docs = corpus_fixture(
    ("cv415-thong-ke-hop-dong.txt", _LETTER),
    ("qd17-ho-tro-con-benh-hiem-ngheo.txt", _DECISION),
    ("kh-trung-thu-hai-an.txt", _plan("quận Hải An", "21", "Đỗ Minh Tâm")),
    ("kh-trung-thu-thuy-nguyen.txt", _plan("huyện Thủy Nguyên", "34", "Phạm Thu Trang")),
    ("qc-chi-tieu-hai-quan.txt", _rules("Công đoàn cơ sở Chi cục Hải quan khu vực Hải Phòng", "02", "Vũ Đức Anh")),
    ("qc-chi-tieu-bhxh.txt", _rules("Công đoàn cơ sở Bảo hiểm xã hội quận Lê Chân", "05", "Trịnh Thu Hà")),
)


def test_teachers_shorthand_is_read_as_the_words_it_stands_for(docs):
    """Before: "không đề cập" ("nv", "gv" read as words no document has)."""
    answer = docs.ask("mau so 04 cho nv hop dong hay gv")
    assert answer.found and "Mẫu số 04 (nhân viên hợp đồng)" in first_line(answer), answer.answer


def test_the_shorthand_is_shown_spelled_out_as_read(docs):
    """The answer says how "nv" was read ("Hiểu là: …"); before, it was not read at all."""
    answer = docs.ask("ds nv hop dong gui ve dau")
    assert "nhân viên hợp đồng" in answer.question, answer.question


def test_shorthand_in_small_letters_is_spelled_out_and_as_texts_write_it_left():
    from bot.answer.chat_words import spelled_out

    assert spelled_out("gv hđ dạy thay") == "giáo viên hợp đồng dạy thay"  # hđ: hợp đồng after the staff it employs
    assert spelled_out("GV dạy thay") == "GV dạy thay"  # as texts write it: read by the abbreviations' table
    assert spelled_out("hđ thi đua họp khi nào") == "hđ thi đua họp khi nào"  # a hội đồng: left as typed
    assert spelled_out("thành viên hđ thi đua") == "thành viên hđ thi đua"  # a member of a hội đồng, no staff
    # shorthand standing for two things is read by its neighbours only (review of session 41)
    assert spelled_out("kế hoạch có những nv gì") == "kế hoạch có những nv gì"  # nhiệm vụ
    assert spelled_out("nv hđ gửi hồ sơ ở đâu") == "nhân viên hợp đồng gửi hồ sơ ở đâu"
    assert spelled_out("cần cb những gì cho đại hội") == "cần cb những gì cho đại hội"  # chuẩn bị


def test_a_gloss_in_brackets_after_the_form_asked_is_whom_it_is_for(docs):
    """Before: "không đề cập" ("dùng" of "dùng cho ai" was the only topic word, and no line says it)."""
    answer = docs.ask("Mẫu số 03 dùng cho ai?")
    assert answer.found and "Mẫu số 03 (cán bộ quản lý)" in first_line(answer), answer.answer


@pytest.mark.parametrize("question", ["Quyết định 17 hỗ trợ cho ai?", "qd 17 ho tro cho nhung ai"])
def test_whom_a_decision_supports_is_its_article_on_whom_not_its_amounts(docs, question):
    """Before: the amounts' lines ("Mỗi trường hợp được hỗ trợ 2.500.000 đồng") answered ("nhung", typed without
    marks, was a topic word no line holds: "không đề cập")."""
    answer = docs.ask(question)
    assert answer.found and "con dưới 16 tuổi" in first_line(answer), answer.answer


@pytest.mark.parametrize("question, signer, other", [
    ("Kế hoạch Trung thu của quận Hải An do ai ký?", "Đỗ Minh Tâm", "Phạm Thu Trang"),
    ("ke hoach trung thu huyen thuy nguyen ai ky", "Phạm Thu Trang", "Đỗ Minh Tâm"),
    ("Quy chế chi tiêu của công đoàn hải quan do ai ký?", "Vũ Đức Anh", "Trịnh Thu Hà"),
])
def test_a_document_named_by_its_issuers_place_or_sector_is_that_one(docs, question, signer, other):
    """Before: every loaded document's signer was listed (the place below a province, or the sector words of the
    issuer's name, named none)."""
    answer = docs.ask(question)
    assert answer.found and signer in answer.answer and other not in answer.answer, answer.answer
