"""Which document a question names, and who holds a post (new-user trial of session 38): a number written with its
code ("Quyết định 12/QĐ-CĐCS") is never read as a loaded document of another kind with that number; a post named in
"was X signed by …?" is compared with the signer's post and body, not his name; a body named without its organ
("công đoàn ngành …", not "Ban Chấp hành …") or the level word before its province holds the post its organ's
chairman signs as; a text issued with a decision ("Quy chế … ban hành kèm theo Quyết định …") was issued by the
decision's issuer; a body is the same body to every answer (its upper body saying whose, its organ typed without
diacritics); and `show`/`remove` name documents by a kind alone or the issuer as people name it. The documents are
this file's own."""
from __future__ import annotations

from tests.helpers import assistant_fixture

DECISION = """CÔNG ĐOÀN CÔNG TY TNHH GẠCH MEN PHÚ THỊNH
BAN CHẤP HÀNH
Số: 21/QĐ-CĐCS
Phú Thịnh, ngày 05 tháng 11 năm 2026
QUYẾT ĐỊNH
Về việc ban hành Quy chế thi đua khen thưởng

Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua khen thưởng của công đoàn cơ sở.
Điều 2. Quyết định có hiệu lực từ ngày 01/12/2026 và thay thế Quyết định số 12/QĐ-CĐCS ngày 10/01/2024.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Trương Văn Lực
"""

SUBMISSION = """CÔNG ĐOÀN BỆNH VIỆN MẮT SƠN TRÀ
Số: 12/TTr-CĐCS
Sơn Trà, ngày 20 tháng 10 năm 2026
TỜ TRÌNH
Về việc xin kinh phí tham quan cho đoàn viên

Công đoàn đề nghị Ban Giám đốc hỗ trợ 40.000.000 đồng tổ chức tham quan cho đoàn viên.

TM. BAN CHẤP HÀNH
PHÓ CHỦ TỊCH
Mai Quốc Bảo
"""

RESOLUTION = """CÔNG ĐOÀN NGÀNH GIAO THÔNG TỈNH HÀ TĨNH
BAN CHẤP HÀNH
Số: 03/NQ-CĐN
Hà Tĩnh, ngày 12 tháng 11 năm 2026
NGHỊ QUYẾT
Về nhiệm vụ trọng tâm năm 2027

Căn cứ Quy chế làm việc của Ban Chấp hành Công đoàn ngành Giao thông tỉnh Hà Tĩnh khóa X;
Điều 1. Phát triển mới ít nhất 250 đoàn viên trong các doanh nghiệp vận tải.
Điều 2. Sơ kết công tác thi đua khen thưởng của ngành vào tháng 6 năm 2027.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Lê Thị Hoa
"""

# a school's union under its district's, whose header names both (the upper body first)
SCHOOL = """CÔNG ĐOÀN GIÁO DỤC HUYỆN ĐẠI LỘC
CÔNG ĐOÀN TRƯỜNG TIỂU HỌC LÊ LỢI
Số: 07/KH-CĐCS
Ái Nghĩa, ngày 02 tháng 12 năm 2026
KẾ HOẠCH
Tổ chức Hội thi cắm hoa chào mừng ngày Quốc tế Phụ nữ 8/3

1. Mỗi tổ công đoàn đăng ký ít nhất một tác phẩm trước ngày 01/3/2027.
2. Ban Nữ công chuẩn bị giải thưởng và mời giám khảo.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Phan Thị Ngọc Anh
"""

papers = assistant_fixture("quyet_dinh_thi_dua.txt", DECISION, ("to_trinh_tham_quan.txt", SUBMISSION),
                           ("nghi_quyet_giao_thong.txt", RESOLUTION), ("ke_hoach_cam_hoa.txt", SCHOOL))


def test_a_number_written_with_another_kinds_code_is_not_the_loaded_document_of_that_number(papers):
    """Before: "Hiểu là: Tờ trình 12/QĐ-CĐCS …" and the submission's date, for a decision it is not."""
    answer = papers.ask("Quyết định 12/QĐ-CĐCS ban hành ngày nào?")
    assert "Tờ trình" not in answer.question and "20 tháng 10" not in answer.answer, answer.answer
    assert "to_trinh_tham_quan.txt" not in {c.passage.doc_id for c in answer.citations}
    assert not answer.found or "10/01/2024" in answer.answer, answer.answer


def test_the_submission_named_by_its_own_kind_and_number_is_still_answered(papers):
    answer = papers.ask("Tờ trình 12 ban hành ngày nào?")
    assert answer.found and "20" in answer.answer and "10" in answer.answer, answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {"to_trinh_tham_quan.txt"}


def test_a_post_asked_of_the_signer_is_his_post_of_the_issuing_body(papers):
    """Before: "Không. … do Lê Thị Hoa ký, không phải chủ tịch …" though she signs as its chairman."""
    yes = papers.ask("Có phải nghị quyết 03 do chủ tịch công đoàn ngành giao thông Hà Tĩnh ký không?")
    assert yes.answer.startswith("Có.") and "Lê Thị Hoa" in yes.answer, yes.answer
    deputy = papers.ask("Có phải nghị quyết 03 do phó chủ tịch công đoàn ngành giao thông Hà Tĩnh ký không?")
    assert deputy.answer.startswith("Không."), deputy.answer
    named = papers.ask("Có phải nghị quyết 03 do bà Lê Thị Hoa ký không?")
    assert named.answer.startswith("Có."), named.answer
    assert papers.ask("Có phải nghị quyết 03 do chủ tịch Lê Thị Hoa ký không?").answer.startswith("Có.")
    assert papers.ask("Có phải nghị quyết 03 do chủ tịch Mai Quốc Bảo ký không?").answer.startswith("Không.")


def test_the_holder_of_a_post_is_read_from_the_signature_though_a_line_shares_the_bodys_words(papers):
    """Before: the "Căn cứ Quy chế làm việc của Ban Chấp hành …" line, which names no chairman."""
    answer = papers.ask("Chủ tịch công đoàn ngành giao thông Hà Tĩnh là ai?")
    assert answer.found and "Lê Thị Hoa" in answer.answer, answer.answer


def test_the_holder_of_a_post_is_of_the_body_named_with_its_upper_body(papers):
    """A body is the same body to every answer (vectorstore/issuers.py). Before: who holds a post compared the body
    asked with the issuer and its place line only, not its upper body, and answered "Các văn bản đã nạp không đề cập
    nội dung này" though the documents of that body, asked so, were listed."""
    asked = "công đoàn trường tiểu học Lê Lợi huyện Đại Lộc"
    held = papers.ask(f"Ai là chủ tịch {asked}?")
    assert held.found and "Phan Thị Ngọc Anh" in held.answer, held.answer
    listed = papers.ask(f"Văn bản nào do {asked} ban hành?")
    assert listed.mode == "documents" and "07/KH-CĐCS" in listed.answer, listed.answer
    other = papers.ask("Ai là chủ tịch công đoàn trường tiểu học Lê Lợi huyện Điện Bàn?")
    assert "Phan Thị Ngọc Anh" not in other.answer, other.answer


def test_an_organ_typed_without_diacritics_issues_for_its_body(papers):
    """Before: "Không. «NQ 03/NQ-CĐN …» do Ban Chấp hành Công đoàn ngành Giao thông tỉnh Hà Tĩnh ban hành, không phải
    ban chap hanh …": the organ was left out of the name only when typed with its diacritics."""
    answer = papers.ask("Co phai nghi quyet 03 do ban chap hanh cong doan nganh giao thong Ha Tinh ban hanh khong?")
    assert answer.answer.startswith("Có."), answer.answer


def test_the_text_a_decision_issues_was_issued_and_signed_as_the_decision(papers):
    """Before: who signed it listed every loaded document's signer (and the trial's got another's header)."""
    answer = papers.ask("Quy chế thi đua khen thưởng do ai ban hành?")
    assert answer.found and "Gạch men Phú Thịnh".lower() in answer.answer.lower(), answer.answer
    assert "Giao thông" not in answer.answer and "Sơn Trà" not in answer.answer
    signed = papers.ask("Quy chế thi đua khen thưởng do ai ký?")
    assert "Trương Văn Lực" in signed.answer and "Lê Thị Hoa" not in signed.answer, signed.answer


def test_show_and_remove_name_documents_by_a_kind_alone_or_the_issuers_words(papers):
    assert [r.doc_id for r in papers.match_documents("Tờ trình")] == ["to_trinh_tham_quan.txt"]
    assert [r.doc_id for r in papers.match_documents("gạch men")] == ["quyet_dinh_thi_dua.txt"]
    # the issuer as people name it, its legal form ("TNHH") left out: before, no document
    assert [r.doc_id for r in papers.match_documents("công ty gạch men Phú Thịnh")] == ["quyet_dinh_thi_dua.txt"]
    assert len(papers.match_documents("Công đoàn")) > 1, "words every issuer holds: several, an error naming them"


def test_documents_of_a_month_are_listed_and_counted(papers):
    """Before: "Các văn bản đã nạp không đề cập nội dung này" (a year worked, a month of it did not)."""
    answer = papers.ask("Có bao nhiêu văn bản được ban hành trong tháng 11 năm 2026?")
    assert answer.mode == "documents" and answer.answer.startswith("Có 2 "), answer.answer
    assert "quyet_dinh_thi_dua.txt" in answer.answer and "nghi_quyet_giao_thong.txt" in answer.answer
    assert "to_trinh_tham_quan.txt" not in answer.answer
    assert "to_trinh_tham_quan.txt" in papers.ask("những văn bản nào ban hành tháng 10/2026").answer
