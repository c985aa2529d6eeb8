"""What a document's own header says, asked of the one document a question names: which provinces it concerns (those
its "Nơi nhận" names, or its issuer's) and what matter it treats (its title). Documents and wordings are this file's
own, invented."""
from __future__ import annotations

import pytest

from tests.helpers import corpus_fixture

_LETTER = "\n\n".join([
    "BỘ NỘI VỤ\nSố: 314/BNV-CQĐP\nHà Nội, ngày 05 tháng 9 năm 2027",
    "V/v thí điểm cấp giấy chứng nhận điện tử cho cán bộ không chuyên trách cấp xã",
    "Kính gửi: Ủy ban nhân dân các tỉnh",
    "Bộ Nội vụ đề nghị 03 địa phương triển khai thí điểm cấp giấy chứng nhận điện tử từ ngày 01/10/2027 và báo cáo "
    "kết quả trước ngày 31/12/2027.",
    "Nơi nhận:\n- Như trên;\n- UBND các tỉnh Sơn La, Điện Biên, Lai Châu;\n- Bộ trưởng (để báo cáo);\n- Lưu: VT.",
    "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Bình\n"])

_DECISION = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 77/QĐ-UBND\nKon Tum, ngày 12 tháng 8 năm 2027",
    "QUYẾT ĐỊNH\nVề việc hỗ trợ học phí cho học sinh dân tộc thiểu số năm học 2027 - 2028",
    "Điều 1. Hỗ trợ 150.000 đồng/tháng cho mỗi học sinh dân tộc thiểu số.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"])

_REPORT = "\n\n".join([
    "UBND TỈNH KHÁNH HÒA\nSỞ Y TẾ\nSố: 88/BC-SYT\nKhánh Hòa, ngày 15 tháng 01 năm 2028",
    "BÁO CÁO\nKết quả chi trả hỗ trợ khám chữa bệnh cho người nghèo năm 2027",
    "1. Năm 2027, các bệnh viện trên địa bàn tỉnh đã tiếp nhận 41.200 lượt người nghèo khám chữa bệnh. Số tiền hỗ "
    "trợ khám chữa bệnh đã chi trả là 126 tỷ đồng; mức hỗ trợ bình quân 3,1 triệu đồng/lượt.",
    "2. Năm 2028, Sở tiếp tục phối hợp với Bảo hiểm xã hội tỉnh rà soát đối tượng được hỗ trợ.",
    "GIÁM ĐỐC\nTrần Thị Mai\n"])


store = corpus_fixture(("cv314-thi-diem.txt", _LETTER), ("qd77-hoc-phi.txt", _DECISION),
                       ("bc88-ho-tro-kham-benh.txt", _REPORT))


def test_the_provinces_a_letter_is_sent_to_answer_which_provinces(store):
    """Before, "… thí điểm ở những tỉnh nào" quoted the body's "03 địa phương", which names none: its Nơi nhận does."""
    for question in ("công văn thí điểm giấy chứng nhận điện tử ở những tỉnh nào?", "CV 314 gửi cho tỉnh nào"):
        answer = store.ask(question)
        assert answer.found and all(p in answer.answer for p in ("Sơn La", "Điện Biên", "Lai Châu")), answer.answer
        assert answer.citations[0].passage.block == "recipients", answer.citations[0].passage.text


def test_a_provincial_decision_applies_in_its_issuers_province(store):
    """Before, "QĐ 77 áp dụng ở tỉnh nào" quoted a line of its body, which names no province: its issuer does."""
    answer = store.ask("QĐ 77 áp dụng ở tỉnh nào?")
    assert answer.found and "Kon Tum" in answer.answer, answer.answer


def test_what_matter_a_numbered_document_treats_is_its_title(store):
    """Before, "… hỗ trợ vấn đề gì" of a numbered decision quoted an article, not the subject its title states."""
    answer = store.ask("quyết định 77 hỗ trợ vấn đề gì?")
    assert answer.found and "học phí cho học sinh dân tộc thiểu số" in answer.answer.split("\n")[0], answer.answer


@pytest.mark.parametrize(("question", "title", "kind_line"), [
    ("QĐ 77 nói về việc gì", "Về việc hỗ trợ học phí cho học sinh dân tộc thiểu số", "QUYẾT ĐỊNH"),
    ("công văn 314 về việc gì", "V/v thí điểm cấp giấy chứng nhận điện tử", ""),
])
def test_the_quote_of_a_title_answer_is_the_title_as_printed(store, question, title, kind_line):
    """Before, "QĐ 77 nói về việc gì" stated the title but quoted the header's issuer, number and date above it: the
    quote is the title's own lines, not the header (which "ai ký, ngày nào?" still quotes for the date)."""
    answer = store.ask(question)
    cited = answer.citations[0].passage.text
    assert answer.found and title.split(" ", 2)[-1] in answer.answer, answer.answer
    assert cited.startswith(kind_line or title) and title in cited and "ngày" not in cited, cited
    when = store.ask("QĐ 77 ký ngày nào?")
    assert "12 tháng 8 năm 2027" in when.answer or "12/8/2027" in when.answer, when.answer


@pytest.mark.parametrize("question", ["Tổng số tiền hỗ trợ khám chữa bệnh đã chi trả năm 2027 ở Khánh Hòa?",
                                      "tong so tien ho tro kham chua benh da chi tra nam 2027 o khanh hoa"])
def test_a_province_only_the_header_names_is_no_subject_its_lines_must_hold(store, question):
    """"… ở Khánh Hòa" of a report the Sở Y tế under UBND tỉnh Khánh Hòa issued: its lines say "trên địa bàn tỉnh",
    never the province, which its header names as its title names its matter; before, refused as not stated."""
    answer = store.ask(question)
    assert answer.found and "126 tỷ đồng" in answer.answer, answer.answer
