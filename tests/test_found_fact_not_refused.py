"""A fact a top passage states is answered, not refused for one word of the question the passage need not hold
(gate45; x-findings N2, N3): the noun an amount is asked of, written as the abbreviation the document itself defines
("thuế TNCN" of a table under "thuế thu nhập cá nhân (TNCN)"); "đến cuối tháng 6" of a line saying "đến ngày 30
tháng 6"; the year inside the number a question names its document by ("Nghị quyết 05/2026/NQ-HĐND" of a resolution
whose lines state 2027 and 2022); and, typed without diacritics, a word that may be a function word ("moi": mỗi) is
no case the document fails to name. The documents and the wording are this file's own, invented."""
from __future__ import annotations

from tests.helpers import corpus_fixture

_TAX = "\n\n".join([
    "CHI CỤC THUẾ KHU VỰC BẮC HẢI\nSố: 318/HD-CCT\nBắc Hải, ngày 12 tháng 01 năm 2027",
    "HƯỚNG DẪN\nQuyết toán thuế thu nhập cá nhân năm 2026",
    "Chi cục Thuế hướng dẫn cá nhân có thu nhập từ tiền lương, tiền công quyết toán thuế thu nhập cá nhân (TNCN) năm "
    "2026 như sau:",
    "I. HỒ SƠ QUYẾT TOÁN\nCá nhân nộp tờ khai quyết toán thuế TNCN qua cổng thuế điện tử.",
    "II. KẾT QUẢ CÁC NĂM TRƯỚC\n| Chỉ tiêu | Năm 2024 | Năm 2025 |\n| Số hồ sơ quyết toán (hồ sơ) | 12.400 | 13.150 |\n"
    "| Số tiền thuế đã hoàn (triệu đồng) | 41.200 | 48.900 |",
    "TM. CHI CỤC THUẾ\nCHI CỤC TRƯỞNG\nLê Văn Hòa\n"])

_DEBT = "\n\n".join([
    "BẢO HIỂM XÃ HỘI TỈNH BẮC HẢI\nSố: 77/BC-BHXH\nBắc Hải, ngày 05 tháng 7 năm 2026",
    "BÁO CÁO\nKết quả thu bảo hiểm xã hội 6 tháng đầu năm 2026 của tỉnh Bắc Hải",
    "I. KẾT QUẢ THỰC HIỆN\n1. Người tham gia\nSố người tham gia bảo hiểm xã hội bắt buộc là 96.300 người.",
    "2. Nợ đóng bảo hiểm xã hội\nTổng số tiền chậm đóng đến ngày 30 tháng 6 năm 2026 là 85 tỷ đồng, chiếm 2,4% số "
    "phải thu.",
    "TM. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Thị Mai\n"])

_RESOLUTION = "\n\n".join([
    "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC HẢI\nSố: 05/2026/NQ-HĐND\nBắc Hải, ngày 15 tháng 7 năm 2026",
    "NGHỊ QUYẾT\nQuy định mức thu phí tham quan bảo tàng tỉnh Bắc Hải",
    "Điều 1. Mức thu phí\nNgười lớn: 40.000 đồng/người/lượt; trẻ em: 20.000 đồng/người/lượt.",
    "Điều 2. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2027.\n"
    "2. Nghị quyết số 12/2022/NQ-HĐND ngày 10 tháng 7 năm 2022 của Hội đồng nhân dân tỉnh Bắc Hải hết hiệu lực kể "
    "từ ngày Nghị quyết này có hiệu lực.",
    "Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Hải khóa X, kỳ họp thứ chín thông qua ngày 15 tháng 7 năm "
    "2026./.\n"])

_FEES = "\n\n".join([
    "BẢO HIỂM XÃ HỘI TỈNH BẮC HẢI\nSố: 1290/BHXH-QLT\nV/v thu bảo hiểm y tế học sinh, sinh viên năm học 2026-2027",
    "Bắc Hải, ngày 20 tháng 8 năm 2026",
    "1. Mức đóng bảo hiểm y tế học sinh, sinh viên (HSSV)\nMức đóng BHYT HSSV như sau:\n"
    "a) Mức đóng BHYT HSSV bằng 4,5% mức lương cơ sở. Với mức lương cơ sở 2.340.000 đồng/tháng, mức đóng là 105.300 "
    "đồng/tháng.\n"
    "b) Ngân sách nhà nước hỗ trợ 30% mức đóng; HSSV tự đóng 70% mức đóng, tương ứng 73.710 đồng/tháng.\n"
    "c) HSSV thuộc hộ nghèo được ngân sách hỗ trợ 100% mức đóng.",
    "2. Thời hạn thu\nNhà trường nộp tiền thu BHYT HSSV về BHXH tỉnh trước ngày 31 tháng 10 năm 2026.",
    "Nơi nhận:\n- Các trường học;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Tâm\n"])

store = corpus_fixture(("hd318-quyet-toan-thue.txt", _TAX), ("nq05-phi-bao-tang.txt", _RESOLUTION),
                       ("cv1290-bhyt-hssv.txt", _FEES))
debt = corpus_fixture(("bc77-thu-bhxh.txt", _DEBT))


def test_an_amount_asked_of_the_abbreviation_a_document_defines_is_answered(store):
    for question in ("Số tiền thuế TNCN đã hoàn năm 2025 ở Bắc Hải là bao nhiêu?",
                     "So tien thue TNCN da hoan nam 2025 o Bac Hai la bao nhieu?"):
        answer = store.ask(question)
        assert answer.found and "48.900" in answer.answer, answer.answer


def test_an_amount_at_the_end_of_a_month_is_the_one_stated_on_its_last_day(debt):
    answer = debt.ask("Số tiền nợ đóng bảo hiểm xã hội của tỉnh Bắc Hải đến cuối tháng 6 là bao nhiêu?")
    assert answer.found and "85 tỷ đồng" in answer.answer, answer.answer


def test_an_unaccented_function_word_is_no_case_the_document_lacks(store):
    answer = store.ask("muc dong bhyt hssv moi thang o bac hai la bao nhieu")
    assert answer.found and "105.300 đồng/tháng" in answer.answer, answer.answer
    assert "không nêu trường hợp" not in answer.answer, answer.answer


_SCHOOLS = "\n\n".join([
    "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC HẢI\nSố: 21/2026/NQ-HĐND\nBắc Hải, ngày 10 tháng 7 năm 2026",
    "NGHỊ QUYẾT\nQuy định chính sách hỗ trợ học sinh bán trú trên địa bàn tỉnh Bắc Hải",
    "Điều 2. Đối tượng áp dụng\n1. Học sinh tiểu học, trung học cơ sở là người dân tộc thiểu số đang học tại trường "
    "phổ thông ở xã khu vực III, thuộc một trong các trường hợp sau:\na) Nhà ở xa trường từ 4 km trở lên;\nb) Địa hình "
    "cách trở, giao thông đi lại khó khăn.\n2. Trường phổ thông dân tộc bán trú, trường phổ thông có học sinh bán trú "
    "được hưởng chính sách tại khoản 1 Điều này.",
    "Điều 3. Hỗ trợ tiền ăn\nMỗi học sinh bán trú được hỗ trợ tiền ăn hằng tháng bằng 40% mức lương cơ sở.",
    "Điều 4. Mục tiêu\nNăm 2027 phấn đấu đạt các mục tiêu sau:\na) Tỷ lệ trẻ em dưới 6 tuổi được khám sức khỏe định kỳ "
    "đạt từ 90% trở lên;\nb) Tỷ lệ học sinh bán trú được ăn bán trú tại trường đạt 100%.",
    "Điều 5. Thủ tục qua bưu chính\nCông bố kèm theo Nghị quyết này Danh mục 9 thủ tục hành chính được tiếp nhận hồ sơ "
    "qua dịch vụ bưu chính công ích trên địa bàn tỉnh Bắc Hải.",
    "Điều 6. Phòng chống thiên tai\nCác chủ đập thủy điện thông báo cho chính quyền địa phương vùng hạ du ít nhất 4 "
    "giờ trước khi mở cửa xả lũ.",
    "Nghị quyết này đã được Hội đồng nhân dân tỉnh Bắc Hải khóa X thông qua ngày 10 tháng 7 năm 2026./.\n"])

schools = corpus_fixture(("nq21-hoc-sinh-ban-tru.txt", _SCHOOLS))


def test_one_of_the_cases_counts_no_schools(schools):
    """A count asked ("bao nhiêu trường") that no line gives: "thuộc một trong các trường hợp" picks one of the cases,
    it counts no schools — the documents are said not to state the number."""
    answer = schools.ask("Tỉnh Bắc Hải hiện có bao nhiêu trường phổ thông dân tộc bán trú?")
    assert not answer.found, answer.answer


def test_an_amount_asked_of_a_subject_with_a_number_inside_it_is_answered(schools):
    """"tỷ lệ trẻ dưới 6 tuổi được khám …": the noun asked of is "trẻ", not "trẻ tuổi" (words of the question that
    do not stand together), so the line on "trẻ em dưới 6 tuổi" states it."""
    answer = schools.ask("Năm 2027 Bắc Hải đặt mục tiêu tỷ lệ trẻ dưới 6 tuổi được khám sức khỏe định kỳ là bao nhiêu?")
    assert answer.found and "90%" in answer.answer, answer.answer


def test_a_list_named_danh_muc_counts_what_it_lists(schools):
    """"Danh mục 9 thủ tục" counts procedures: no reference to a "Mục 9" of the text."""
    answer = schools.ask("Ở Bắc Hải có bao nhiêu thủ tục được tiếp nhận hồ sơ qua bưu chính công ích?")
    assert answer.found and "9 thủ tục" in answer.answer, answer.answer

