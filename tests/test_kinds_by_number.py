"""Documents of every kind named by kind and number ("Báo cáo 17", "BC 17", "Quy chế 05", "QC 05", "Tờ trình 09"), as
`troly docs` names them, not only plans, letters and decisions; a thing a text says who signs, or when it was signed,
answered from that sentence, not from the documents' signatures or headers; and a letter's "Nơi nhận: - Như kính
gửi;" read as its "Kính gửi" line. (New-user trial of session 37: "Báo cáo 42 gửi cho ai?" was answered with another
document's recipients.) The documents are this file's own."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture
from troly.texts import t
from vectorstore.query import doc_refs

REPORT = """CÔNG ĐOÀN CÔNG TY CỔ PHẦN GỖ AN PHÚ
Số: 17/BC-CĐCS
An Phú, ngày 02 tháng 7 năm 2026
BÁO CÁO
Kết quả hoạt động công đoàn quý II năm 2026

1. Trong quý II, công đoàn đã kết nạp 35 đoàn viên mới.
2. Ký kết Thỏa ước lao động tập thể mới ngày 20/5/2026, nâng tiền ăn giữa ca lên 28.000 đồng/người/bữa.

Nơi nhận:
- Công đoàn ngành Lâm nghiệp (b/c);
- Ban Giám đốc công ty;
- Lưu: VP.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Đỗ Văn Khải
"""

RULES = """CÔNG ĐOÀN TRƯỜNG TIỂU HỌC SAO MAI
Số: 05/QC-CĐCS
Sao Mai, ngày 15 tháng 9 năm 2026
QUY CHẾ
Chi tiêu nội bộ của công đoàn cơ sở

Điều 1. Mức chi thăm hỏi đoàn viên ốm đau là 300.000 đồng mỗi lần.
Điều 2. Chủ tịch công đoàn cơ sở ký quyết định chi thăm hỏi trong 03 ngày làm việc.

Nơi nhận:
- Công đoàn giáo dục huyện (b/c);
- Các tổ công đoàn;
- Lưu: CĐ.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Vũ Thị Hạnh
"""

SUBMISSION = """CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA BÌNH MINH
Số: 09/TTr-CĐCS
Bình Minh, ngày 03 tháng 3 năm 2026
TỜ TRÌNH
Về việc xin kinh phí tổ chức hội thao

Công đoàn đề nghị Ban Giám đốc hỗ trợ 20.000.000 đồng tổ chức hội thao chào mừng ngày 30/4.

Nơi nhận:
- Ban Giám đốc bệnh viện;
- Lưu: CĐ.

TM. BAN CHẤP HÀNH
PHÓ CHỦ TỊCH
Lý Minh Tâm
"""

LETTER = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN ĐỒNG XUÂN
Số: 31/LĐLĐ-TC
V/v thu đoàn phí năm 2026
Đồng Xuân, ngày 10 tháng 2 năm 2026

Kính gửi: Ban Chấp hành các công đoàn cơ sở trực thuộc.

Liên đoàn Lao động huyện đề nghị các công đoàn cơ sở nộp đoàn phí quý I trước ngày 31/3/2026.

Nơi nhận:
- Như kính gửi;
- LĐLĐ tỉnh (b/c);
- Lưu: VT.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Hồ Văn Sáng
"""

# A plan carrying out a programme: people call it by the programme's number and the plan's kind ("Kế hoạch 12").
PLAN = """CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA BÌNH MINH
Số: 40/KH-CĐCS
Bình Minh, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện Chương trình số 12/CTr-CĐN ngày 20/02/2026 của Công đoàn ngành Y tế về chăm lo Tết cho đoàn viên

1. Mỗi tổ công đoàn lập danh sách đoàn viên khó khăn, gửi Ban Chấp hành trước ngày 15/12/2026.
2. Mức quà mỗi suất là 600.000 đồng.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Mai Thanh Hòa
"""

# A notice of a meeting's conclusions: people call it by the kind its title says ("thông báo kết luận 58", "KL 58").
NOTICE = """SỞ NÔNG NGHIỆP TỈNH AN HÒA
Số: 58/TB-SNN
An Hòa, ngày 12 tháng 4 năm 2026
THÔNG BÁO
Kết luận của Giám đốc Sở tại buổi làm việc về phòng chống hạn mặn

1. Các phòng chuyên môn rà soát hồ chứa nước trước ngày 30/4/2026.

Nơi nhận:
- Các phòng chuyên môn;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trịnh Quốc Bảo
"""

papers = assistant_fixture("bao_cao_quy_2.txt", REPORT, ("quy_che_chi_tieu.txt", RULES),
                           ("to_trinh_hoi_thao.txt", SUBMISSION), ("cong_van_doan_phi.txt", LETTER),
                           ("ke_hoach_tet.txt", PLAN), ("thong_bao_ket_luan.txt", NOTICE))

RECIPIENTS = {"BC": "Công đoàn ngành Lâm nghiệp", "QC": "Công đoàn giáo dục huyện", "TTr": "Ban Giám đốc bệnh viện"}


@pytest.mark.parametrize(("question", "kind"), [
    ("Báo cáo 17 gửi cho ai?", "BC"), ("BC 17 gửi những đâu?", "BC"), ("Báo cáo số 17 gửi cho ai?", "BC"),
    ("Quy chế 05 gửi cho ai?", "QC"), ("qc 05 gui cho ai", "QC"), ("Tờ trình 09 gửi cho ai?", "TTr"),
    ("TTr 09 gửi những đâu?", "TTr")])
def test_a_report_rules_or_submission_named_by_kind_and_number_is_the_one_answered(papers, question, kind):
    answer = papers.ask(question)
    assert answer.found and RECIPIENTS[kind] in answer.answer, answer.answer
    assert not any(other in answer.answer for k, other in RECIPIENTS.items() if k != kind), answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {
        {"BC": "bao_cao_quy_2.txt", "QC": "quy_che_chi_tieu.txt", "TTr": "to_trinh_hoi_thao.txt"}[kind]}


@pytest.mark.parametrize(("name", "doc_id"), [("BC 17", "bao_cao_quy_2.txt"), ("Báo cáo 17", "bao_cao_quy_2.txt"),
                                              ("QC 05", "quy_che_chi_tieu.txt"), ("Quy chế 05", "quy_che_chi_tieu.txt"),
                                              ("TTr 09", "to_trinh_hoi_thao.txt")])
def test_show_and_doc_take_the_short_name_docs_prints(papers, name, doc_id):
    """`troly show "QC 05"`, `--doc "BC 17"` (what `troly docs` prints) said "no such document"."""
    assert [r.doc_id for r in papers.match_documents(name)] == [doc_id]


def test_what_a_report_named_by_number_is_about_is_its_title(papers):
    answer = papers.ask("báo cáo 17 báo cáo về việc gì")
    assert answer.found and "kết quả hoạt động công đoàn quý" in answer.answer.lower(), answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {"bao_cao_quy_2.txt"}


def test_a_number_followed_by_a_unit_names_no_document():
    """"báo cáo 6 tháng" is a half-year report, "quy chế 2 lần" no Quy chế 2; a year or a date after the unit still
    belongs to the reference."""
    assert doc_refs("Báo cáo 6 tháng đầu năm gửi về đâu?") == set()
    assert doc_refs("kế hoạch 5 năm của công đoàn") == set()
    assert doc_refs("Kế hoạch 15 năm 2020") == {("kh", 15)}
    assert doc_refs("QĐ 22 ngày 26/4/2013") == {("qd", 22)}
    assert doc_refs("quy định 3 mức chi") == set(), "the name 'quy định' before a number is the everyday verb"
    assert doc_refs("QyĐ 04 có hiệu lực khi nào") == {("qyd", 4)}


def test_who_signs_a_thing_the_text_describes_is_answered_from_that_sentence(papers):
    """Before, every loaded document's signer was listed: no decision is loaded, the rules say who signs one."""
    answer = papers.ask("Ai ký quyết định chi thăm hỏi đoàn viên?")
    assert answer.found and answer.mode != "signers", answer.answer
    assert "Chủ tịch công đoàn cơ sở ký quyết định chi thăm hỏi" in answer.answer.split("\n")[0], answer.answer
    assert not any(name in answer.answer for name in ("Đỗ Văn Khải", "Vũ Thị Hạnh", "Hồ Văn Sáng", "Lý Minh Tâm"))


def test_when_a_thing_the_text_describes_was_signed_is_answered_from_that_sentence(papers):
    """Before, another document's header date was given: no thỏa ước is loaded, the report says when one was signed."""
    answer = papers.ask("thỏa ước lao động tập thể ký ngày nào?")
    assert answer.found and "20/5/2026" in answer.answer, answer.answer
    assert [c.passage.doc_id for c in answer.citations] == ["bao_cao_quy_2.txt"]
    assert "Số:" not in answer.answer


@pytest.mark.parametrize("question", ["Ai ký tờ trình xin kinh phí?", "ai ky to trinh"])
def test_the_only_document_of_a_kind_named_with_words_of_its_title_is_the_one_asked_who_signed(papers, question):
    answer = papers.ask(question)
    assert answer.found and "Lý Minh Tâm" in answer.answer, answer.answer
    assert not any(name in answer.answer for name in ("Đỗ Văn Khải", "Vũ Thị Hạnh", "Hồ Văn Sáng"))


def test_who_signed_naming_nothing_still_lists_each_signer(papers):
    answer = papers.ask("ai ký?")
    assert answer.mode == "signers" and all(
        name in answer.answer for name in ("Đỗ Văn Khải", "Vũ Thị Hạnh", "Hồ Văn Sáng", "Lý Minh Tâm")), answer.answer


def test_recipients_as_named_addressees_are_answered_with_the_kinh_gui_line(papers):
    answer = papers.ask("cv 31 gui cho ai")
    assert answer.found and answer.answer.startswith("Kính gửi: Ban Chấp hành các công đoàn cơ sở trực thuộc."), \
        answer.answer
    assert "Nơi nhận: - Như kính gửi;" in answer.answer  # the copy list follows the addressees
    assert any(c.passage.text.startswith("Kính gửi") for c in answer.citations)


def test_a_kind_named_with_a_number_only_another_kind_has_is_said_not_loaded_naming_that_one(papers):
    """Only Tờ trình 09 is loaded: "Quyết định 09" is a decision not loaded, not the submission read as it (new-user
    trial of session 38: "Hiểu là: Tờ trình 9 …" and its header's date) — a user asking "Nghị định 15" means the
    decree, not a loaded plan 15; the submission numbered 09 is named first, for the user who meant it."""
    answer = papers.ask("Quyết định 09 ban hành ngày nào?")
    assert not answer.found and not answer.citations, answer.answer
    assert answer.answer.startswith(t("answer.no_such_number", ref="QĐ 9").rstrip(".")), answer.answer
    assert answer.question == "Quyết định 09 ban hành ngày nào?"
    submission = papers.store.records()["to_trinh_hoi_thao.txt"].label
    assert answer.answer.split("Gần nhất: ", 1)[-1].startswith(submission), answer.answer


@pytest.mark.parametrize("question", ["thông báo kết luận 58 ai ký", "KL 58 ai ký?", "thong bao ket luan 58 ai ky"])
def test_a_document_named_by_the_kind_its_title_says_is_answered_without_a_word_on_its_kind(papers, question):
    """Thông báo 58 is a "Thông báo kết luận": named so, or "KL 58", it is that notice, no "no document is KL 58"."""
    answer = papers.ask(question)
    assert answer.found and "Trịnh Quốc Bảo" in answer.answer, answer.answer
    assert "Không văn bản" not in answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {"thong_bao_ket_luan.txt"}


def test_a_plan_named_by_the_number_it_carries_out_is_still_read_as_that(papers):
    """No document is Kế hoạch 12, but a plan carries out Chương trình 12: the question is read so and answered from it."""
    answer = papers.ask("Kế hoạch 12 tặng quà mỗi suất bao nhiêu?")
    assert answer.question == "Chương trình 12 tặng quà mỗi suất bao nhiêu?"
    assert answer.found and "600.000" in answer.answer, answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {"ke_hoach_tet.txt"}
