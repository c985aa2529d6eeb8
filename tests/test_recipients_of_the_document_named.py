"""Asked whom one document goes to ("Kế hoạch tiêm chủng … của Cao Bằng gửi những nơi nào?"), the answer is that
document's "Nơi nhận", not also another document's of the same province: the kind and title words before "gửi" name
the document, only "gửi những nơi nào" asks (new-user trial of session 44, N8)."""
from __future__ import annotations

from tests.helpers import assistant_fixture
from vectorstore.query import closing_spans

PLAN = """SỞ Y TẾ TỈNH CAO BẰNG
TRUNG TÂM KIỂM SOÁT BỆNH TẬT
Số: 41/KH-KSBT
Cao Bằng, ngày 05 tháng 12 năm 2026
KẾ HOẠCH
Triển khai công tác tiêm chủng mở rộng năm 2027
1. Các Trung tâm Y tế khu vực tổ chức tiêm vắc xin cho trẻ dưới 1 tuổi hằng tháng.
2. Báo cáo kết quả về Trung tâm Kiểm soát bệnh tật trước ngày 05 hằng tháng.
Nơi nhận:
- Sở Y tế (để b/c);
- Viện Vệ sinh dịch tễ Trung ương;
- Lưu: VT.
GIÁM ĐỐC
Nông Văn Sơn
"""

DECISION = """ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
Số: 905/QĐ-UBND
Cao Bằng, ngày 14 tháng 8 năm 2026
QUYẾT ĐỊNH
Về hỗ trợ học sinh bán trú năm học 2026 - 2027
Điều 1. Hỗ trợ mỗi học sinh bán trú 15 kg gạo mỗi tháng.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Bộ Giáo dục và Đào tạo (b/c);
- Cổng thông tin điện tử tỉnh;
- Lưu: VT.
CHỦ TỊCH
Hoàng Văn Nam
"""

# a third province's text: naming Cao Bằng then picks out some of the loaded documents, not all
ELSEWHERE = DECISION.replace("CAO BẰNG", "LÀO CAI").replace("Cao Bằng", "Lào Cai").replace("905/", "77/")

REPORT = """ỦY BAN NHÂN DÂN HUYỆN HÒA AN
Số: 12/BC-UBND
Hòa An, ngày 20 tháng 11 năm 2026
BÁO CÁO
Kết quả thu hoạch lúa mùa năm 2026
1. Toàn huyện thu hoạch 4.200 ha lúa mùa, năng suất bình quân 52 tạ/ha.
Nơi nhận:
- Sở Nông nghiệp và Môi trường;
- Chi cục Thống kê khu vực;
- Lưu: VT.
CHỦ TỊCH
Bế Văn Lâm
"""

two = assistant_fixture("kh_tiem_chung.txt", PLAN, ("qd_ban_tru.txt", DECISION), ("qd_lao_cai.txt", ELSEWHERE),
                        ("bc_lua_mua.txt", REPORT))


def test_the_recipients_of_the_plan_named_come_alone(two):
    answer = two.ask("Kế hoạch tiêm chủng mở rộng của Cao Bằng gửi những nơi nào?")
    assert answer.found and "Viện Vệ sinh dịch tễ Trung ương" in answer.answer, answer.answer
    assert "Cổng thông tin điện tử tỉnh" not in answer.answer, answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {"kh_tiem_chung.txt"}


def test_the_words_asking_are_only_those_of_sending():
    question = "Kế hoạch tiêm chủng mở rộng của Cao Bằng gửi những nơi nào?"
    assert [question[a:b] for a, b in closing_spans(question)] == ["gửi những nơi nào"]


def test_a_report_named_by_its_number_is_answered_with_its_recipients(two):
    """"Báo cáo số 12 gửi …": the word "báo cáo" followed by a number names the document asked about, not a report
    the text asks to be sent."""
    answer = two.ask("Báo cáo số 12 gửi những cơ quan nào?")
    assert answer.found and "Chi cục Thống kê khu vực" in answer.answer, answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {"bc_lua_mua.txt"}, answer.answer


def test_a_report_pointed_at_as_the_text_in_hand_is_answered_with_its_recipients(two):
    """"Báo cáo … này gửi những đâu": the report in hand is the document asked about, as one named by its number is,
    and "gửi những đâu" asks the places it goes to as "gửi những nơi nào" does."""
    answer = two.ask("báo cáo thu hoạch lúa mùa này gửi những đâu")
    assert answer.found and "Chi cục Thống kê khu vực" in answer.answer, answer.answer
    assert {c.passage.doc_id for c in answer.citations} == {"bc_lua_mua.txt"}, answer.answer
