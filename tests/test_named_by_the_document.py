"""Words of a question that the document answering it is about as a whole are satisfied by that document, not asked
again of its line: the year its title names (a budget for 2029 is sent "trước ngày 25 tháng 7 năm 2028"; a line
bounding a spending by last year's, "không thấp hơn dự toán năm 2028", is of the budget's year), "năm nay" (this
year: the notice's own); and a count asked with an everyday classifier ("mấy đứa con") is a count of the noun after
it. The letter, the notice and the wording are this file's own, invented."""
from __future__ import annotations

from tests.helpers import corpus_fixture

_BUDGET = "\n\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN LẠC SƠN\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\nSố: 214/TCKH-NS\nLạc Sơn, ngày 02 tháng 6 năm 2028",
    "V/v xây dựng dự toán ngân sách huyện năm 2029",
    "1. Thời hạn gửi dự toán\na) Các cơ quan, đơn vị thuộc huyện gửi dự toán về Phòng Tài chính - Kế hoạch trước ngày "
    "25 tháng 7 năm 2028.\nb) Phòng Tài nguyên, Nông nghiệp và Môi trường tổng hợp nhu cầu kinh phí khuyến nông, "
    "báo cáo Ủy ban nhân dân huyện trước ngày 05 tháng 8 năm 2028.\nc) Phòng Văn hóa, Khoa học và Thông tin báo cáo "
    "nhu cầu kinh phí sự nghiệp văn hóa trước ngày 10 tháng 8 năm 2028.\nd) Phòng Nội vụ báo cáo nhu cầu kinh phí "
    "đào tạo, bồi dưỡng cán bộ trước ngày 12 tháng 8 năm 2028.",
    "2. Một số khoản chi\na) Chi sự nghiệp văn hóa thông tin: không thấp hơn dự toán năm 2028.\n"
    "b) Chi mua sắm tài sản: chỉ bố trí khi có tiêu chuẩn, định mức được duyệt.",
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTRƯỞNG PHÒNG\nHà Văn Khiêm\n"])

_NOTICE = "\n\n".join([
    "UBND HUYỆN LẠC SƠN\nTRUNG TÂM VĂN HÓA - THỂ THAO\nSố: 31/TB-TTVH\nLạc Sơn, ngày 10 tháng 3 năm 2029",
    "THÔNG BÁO\nVề việc tổ chức Hội thi đua thuyền độc mộc sông Bưởi lần thứ II năm 2029",
    "1. Thời gian, địa điểm\n- Thời gian tổ chức: từ 07 giờ 00 ngày 19 tháng 5 năm 2029.\n"
    "- Địa điểm: bến Đồng Bưng, thị trấn Vụ Bản.",
    "2. Đăng ký\nMỗi hộ gia đình chỉ được đăng ký cho 01 con tham gia đội thuyền thiếu niên; hồ sơ nộp tại Trung tâm "
    "trước ngày 30 tháng 4 năm 2029.",
    "GIÁM ĐỐC\nBùi Văn Sinh\n"])

store = corpus_fixture(("cv214-du-toan-2029.txt", _BUDGET), ("tb31-dua-thuyen-2029.txt", _NOTICE))


def test_a_year_the_title_names_is_the_year_of_its_lines(store):
    """Before: "không đề cập nội dung này cho toán 2029" — the line's date (2028) and its bound ("không thấp hơn dự
    toán năm 2028") read as another year than the one asked."""
    answer = store.ask("các đơn vị gửi dự toán 2029 về phòng tài chính kế hoạch trước ngày nào")
    assert answer.found and "25 tháng 7 năm 2028" in answer.answer, answer.answer
    answer = store.ask("chi sự nghiệp văn hóa thông tin năm 2029 lập thế nào")
    assert answer.found and "không thấp hơn" in answer.answer, answer.answer


def test_a_year_the_document_is_not_about_is_still_refused(store):
    answer = store.ask("chi sự nghiệp văn hóa thông tin năm 2031 lập thế nào")
    assert not answer.found, answer.answer


def test_this_year_is_the_year_of_the_notice(store):
    """Before: "năm nay" asked the line for a word no line of the notice writes."""
    for question in ("hội thi đua thuyền độc mộc năm nay tổ chức ngày nào",
                     "hoi thi dua thuyen doc moc nam nay to chuc ngay nao"):
        answer = store.ask(question)
        assert answer.found and "19 tháng 5 năm 2029" in answer.answer, answer.answer


def test_a_count_asked_with_a_classifier_counts_the_noun_after_it(store):
    """Before: "không đề cập con số cụ thể" — "01 con" read as no count of "đứa"."""
    answer = store.ask("mỗi hộ gia đình được đăng ký đua thuyền cho mấy đứa con")
    assert answer.found and "01 con" in answer.answer, answer.answer

