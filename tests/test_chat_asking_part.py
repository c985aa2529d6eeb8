"""A follow-up carries what the user asked and what of: "ai ký" / "gửi ai" after a chain on a decision ask of that
decision (not of a fragment of the previous rewrite), "còn X?" naming another report keeps the deadline asked and
swaps the thing, and a bare "ở đâu?" asks the place of the event the previous question was about. Documents and
wordings are this file's own, invented; asked through the terminal chat."""
from __future__ import annotations

from tests.helpers import assistant_fixture
from tests.test_chat_subject import chat, first_line

_DECISION = "\n\n".join([
    "CÔNG ĐOÀN SỞ XÂY DỰNG PHÚ YÊN\nSố: 52/QĐ-CĐS\nPhú Yên, ngày 08 tháng 4 năm 2027",
    "QUYẾT ĐỊNH\nVề việc hỗ trợ đoàn viên thợ nề bị tai nạn lao động",
    "Điều 1. Mức hỗ trợ\nThợ nề bị tai nạn phải nằm viện được hỗ trợ 1.500.000 đồng; thợ nề bị tai nạn tử vong được "
    "hỗ trợ 12.000.000 đồng.",
    "Điều 2. Hồ sơ\nCông đoàn cơ sở lập hồ sơ đề nghị gửi về Công đoàn Sở trong 20 ngày kể từ ngày xảy ra tai nạn.",
    "Nơi nhận:\n- Các công đoàn cơ sở trực thuộc;\n- LĐLĐ tỉnh Phú Yên (để b/c);\n- Lưu: VT.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nHuỳnh Văn Sáu\n"])

_LETTER = "\n\n".join([
    "CÔNG ĐOÀN NGÀNH THỦY SẢN CÀ MAU\nSố: 73/CĐN-TC\nCà Mau, ngày 01 tháng 11 năm 2027",
    "V/v đôn đốc nộp đoàn phí và quyết toán năm 2027",
    "1. Các công đoàn cơ sở nộp đủ đoàn phí công đoàn năm 2027 về Công đoàn ngành trước ngày 10/12/2027.",
    "2. Các công đoàn cơ sở gửi báo cáo quyết toán tài chính năm 2027 về Ban Tài chính Công đoàn ngành trước ngày "
    "28/12/2027.",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nDanh Thị Hoa\n"])

_NOTICE = "\n\n".join([
    "CÔNG ĐOÀN TỔNG CÔNG TY CẢNG BIỂN\nSố: 29/TB-CĐTCT\nHải Phòng, ngày 12 tháng 7 năm 2027",
    "THÔNG BÁO\nKết luận hội nghị sơ kết 6 tháng đầu năm 2027",
    "Ngày 09/7/2027, tại thành phố Hải Phòng, Công đoàn Tổng công ty tổ chức hội nghị sơ kết công tác công đoàn 6 "
    "tháng đầu năm 2027.",
    "Đồng chí Vũ Quang Tiến, Chủ tịch Công đoàn Tổng công ty chủ trì hội nghị.",
    "Giao Ban Tuyên giáo chuẩn bị nội dung hội nghị tổng kết năm trước ngày 15/12/2027.",
    "TL. BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nĐào Thị Nga\n"])

assistant = assistant_fixture("qd52-ho-tro-tho-ne.txt", _DECISION, ("cv73-doan-phi.txt", _LETTER),
                              ("tb29-so-ket.txt", _NOTICE))


def test_who_signed_and_whom_it_goes_to_ask_of_the_decision_after_a_chain(assistant):
    """Before, "ai ky" after a follow-up joined to "… theo qd 52?" read as "ai ký qd 52?)?" (the previous rewrite's
    "?)" carried), and "gui ai" as "qd 52?) gửi ai?", answered from the Hồ sơ article, not the Nơi nhận."""
    *_, signer, recipients = chat(assistant, "qd 52 tho ne nam vien duoc bao nhieu", "con tu vong thi sao?",
                                  "con phu ho?", "ai ky", "gui ai")
    assert "?)" not in signer.split("Trợ lý:")[0] and "Huỳnh Văn Sáu" in first_line(signer), signer
    assert "?)" not in recipients.split("Trợ lý:")[0], recipients
    assert "LĐLĐ tỉnh Phú Yên" in first_line(recipients) and "lập hồ sơ" not in recipients, recipients


def test_còn_another_report_keeps_the_deadline_asked(assistant):
    """Before, "còn báo cáo quyết toán?" after the deadline of the dues dropped "hạn nộp" (asked "báo cáo quyết toán
    của công đoàn cơ sở?"); now the report takes the dues' place and whose it is stays."""
    dues, report = chat(assistant, "Hạn nộp đoàn phí của các công đoàn cơ sở?", "còn báo cáo quyết toán?")
    assert "10/12/2027" in first_line(dues), dues
    understood = report.split("Trợ lý:")[0].casefold()
    assert "hạn nộp" in understood and "công đoàn cơ sở" in understood and "đoàn phí" not in understood, report
    assert "28/12/2027" in first_line(report), report


def test_a_bare_where_asks_of_the_event_asked_about(assistant):
    """Before, "ở đâu?" after "… do ai chủ trì?" was joined to that question, whose "ai chủ trì" found the chair's
    line again, which names no place: "không đề cập"."""
    chair, place = chat(assistant, "Hội nghị sơ kết 6 tháng đầu năm do ai chủ trì?", "ở đâu?")
    assert "Vũ Quang Tiến" in first_line(chair), chair
    assert "ai chủ trì" not in place.split("Trợ lý:")[0], place
    assert "Hải Phòng" in place.split("Nguồn:")[0], place
