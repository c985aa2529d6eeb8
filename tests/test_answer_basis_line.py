"""A line of a text's opening naming what it rests on ("Căn cứ Quyết định số 88/QĐ-UBND ngày 02/02/2027 của … phê
duyệt Kế hoạch …;") repeats the subject's words and holds a date, but the date and the body are the other text's:
it is no second line of an answer about the text's own facts — and still answers a question asking which text.
The document and wordings are this file's own, invented."""
from __future__ import annotations

import pytest

from bot.answer.basis import asks_text
from tests.helpers import assistant_fixture

_GUIDE = """SỞ GIÁO DỤC VÀ ĐÀO TẠO
TỈNH HÀ LAM
Số: 215/HD-SGDĐT

Hà Lam, ngày 20 tháng 2 năm 2027

HƯỚNG DẪN
Tổ chức Hội khỏe Phù Đổng tỉnh Hà Lam năm 2027

Căn cứ Quyết định số 88/QĐ-UBND ngày 02 tháng 2 năm 2027 của Ủy ban nhân dân tỉnh Hà Lam phê duyệt Kế hoạch
tổ chức Hội khỏe Phù Đổng tỉnh Hà Lam năm 2027;

Sở Giáo dục và Đào tạo hướng dẫn các đơn vị như sau:

I. THỜI GIAN, ĐỊA ĐIỂM
1. Vòng chung kết Hội khỏe Phù Đổng diễn ra từ ngày 10 đến ngày 15 tháng 4 năm 2027 tại Sân vận động tỉnh.
2. Các trường gửi danh sách vận động viên về Sở trước ngày 25 tháng 3 năm 2027.

II. NỘI DUNG THI ĐẤU
Thi đấu các môn: điền kinh, bơi lội, cầu lông, bóng bàn, cờ vua.

Nơi nhận:
- Các trường THPT;
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Thị Thu
"""

guide = assistant_fixture("hd215-hoi-khoe-phu-dong.txt", _GUIDE)


def test_a_basis_line_is_no_second_line_of_a_fact_answer(guide):
    answer = guide.ask("Hội khỏe Phù Đổng tỉnh Hà Lam năm 2027 tổ chức ở đâu?")
    assert answer.found and "Sân vận động tỉnh" in answer.answer, answer.answer
    assert "Căn cứ" not in answer.answer, answer.answer


def test_a_basis_line_still_answers_which_text(guide):
    answer = guide.ask("Kế hoạch tổ chức Hội khỏe Phù Đổng năm 2027 được phê duyệt theo quyết định nào?")
    assert answer.found and "88/QĐ-UBND" in answer.answer, answer.answer


def test_a_question_asking_what_is_guided_asks_no_text(guide):
    assert not asks_text("Sở Giáo dục hướng dẫn gì về địa điểm tổ chức?")
    assert not asks_text("Luật Công đoàn quy định gì về đoàn phí?")
    assert not asks_text("Hồ sơ xét khen thưởng căn cứ vào đâu?")
    assert asks_text("Kế hoạch này căn cứ vào văn bản nào?")
    assert asks_text("Kế hoạch được phê duyệt theo quyết định số mấy?")
    answer = guide.ask("Sở Giáo dục hướng dẫn gì về địa điểm tổ chức Hội khỏe Phù Đổng tỉnh Hà Lam năm 2027?")
    assert answer.found and "Sân vận động tỉnh" in answer.answer, answer.answer
    assert "Căn cứ" not in answer.answer, answer.answer



_LETTER = """ỦY BAN NHÂN DÂN HUYỆN ĐỒNG XUÂN
PHÒNG Y TẾ
Số: 55/PYT-NV
V/v triển khai tiêm vắc xin sởi năm 2027
Đồng Xuân, ngày 10 tháng 5 năm 2027

Kính gửi: Trạm Y tế các xã, thị trấn.

Thực hiện Công văn số 456/SYT-NVY ngày 03/5/2027 của Sở Y tế, Phòng Y tế đề nghị các Trạm Y tế hoàn thành tiêm vắc \
xin sởi cho trẻ dưới 5 tuổi trước ngày 30/6/2027.

Các Trạm Y tế tổng hợp, báo cáo kết quả tiêm vắc xin sởi về Phòng Y tế trước ngày 05/7/2027.

TRƯỞNG PHÒNG

Lê Văn Tâm
"""

letter = assistant_fixture("cv55-tiem-soi.txt", _LETTER)


def test_a_letters_working_sentence_opening_with_thuc_hien_stays_in_the_answer(letter):
    answer = letter.ask("Trạm Y tế phải hoàn thành tiêm vắc xin sởi và báo cáo kết quả trước ngày nào?")
    assert answer.found and "30/6/2027" in answer.answer and "05/7/2027" in answer.answer, answer.answer


_PLAN_LETTER = """SỞ Y TẾ TỈNH HÀ LAM
Số: 310/SYT-KHTC
V/v lập kế hoạch mua sắm thuốc năm 2028
Hà Lam, ngày 12 tháng 6 năm 2027

Kính gửi: Các bệnh viện, trung tâm y tế trực thuộc.

Thực hiện Thông tư số 41/2027/TT-BYT ngày 15 tháng 5 năm 2027 của Bộ Y tế hướng dẫn lập kế hoạch mua sắm thuốc \
năm 2028, Sở Y tế đề nghị các đơn vị lập kế hoạch mua sắm thuốc năm 2028 như sau:

1. Yêu cầu chung
a) Kế hoạch mua sắm thuốc năm 2028 lập theo danh mục thuốc thiết yếu đã được phê duyệt.
b) Các đơn vị lập kế hoạch mua sắm thuốc theo số lượng sử dụng thực tế năm 2027.

2. Thời hạn
Các đơn vị gửi kế hoạch mua sắm thuốc năm 2028 về Sở Y tế trước ngày 15 tháng 7 năm 2027.

GIÁM ĐỐC

Trần Văn Bình
"""

plan_letter = assistant_fixture("cv310-mua-sam-thuoc.txt", _PLAN_LETTER)


def test_an_opening_lead_in_carrying_out_a_text_answers_which_text(plan_letter):
    """The opening sentence names the circular it carries out and ends leading into the items ("… như sau:"): asked
    which circular, it is quoted, not only an item sharing the question's other words."""
    answer = plan_letter.ask("căn cứ thông tư nào để lập kế hoạch mua sắm thuốc năm 2028")
    assert answer.found and "41/2027/TT-BYT" in answer.answer, answer.answer

# A list of bases ("Căn cứ Nghị quyết … quy định mức thu phí neo đậu …;") names the fees another text sets; the
# regulation itself sets only the ferry's fares. Asked a fee the basis's title names, its line repeats the question's
# words and holds figures (the resolution's number and date, "một phần"), yet gives no fee.
_QUAY = """ỦY BAN NHÂN DÂN XÃ AN THẠCH
Số: 09/QĐ-UBND

An Thạch, ngày 14 tháng 3 năm 2027

QUYẾT ĐỊNH
Ban hành Quy chế quản lý bến thuyền du lịch trên địa bàn xã An Thạch

ỦY BAN NHÂN DÂN XÃ AN THẠCH

Căn cứ Nghị quyết số 21/2026/NQ-HĐND ngày 10 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh quy định mức thu phí \
neo đậu tàu cá, thuyền du lịch và phí sử dụng tạm thời một phần cầu cảng trên địa bàn tỉnh;

Theo đề nghị của công chức Địa chính - Xây dựng xã.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý bến thuyền du lịch trên địa bàn xã An Thạch.

Điều 2. Quyết định có hiệu lực kể từ ngày ký.

QUY CHẾ
Quản lý bến thuyền du lịch trên địa bàn xã An Thạch

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc đăng ký chỗ neo thuyền du lịch tại bến xã; giá vé đò chở khách; trách nhiệm của chủ \
thuyền và các bộ phận thuộc Ủy ban nhân dân xã.

Điều 2. Giá vé đò chở khách
1. Giá vé người lớn: 30.000 đồng/lượt.
2. Giá vé trẻ em dưới 1,3 mét: 15.000 đồng/lượt.

Điều 3. Trách nhiệm của chủ thuyền
Chủ thuyền mặc áo phao cho khách trước khi rời bến và không chở quá số người ghi trong giấy đăng ký.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Hòa
"""

quay = assistant_fixture("qd09-ben-thuyen-an-thach.txt", _QUAY)


@pytest.mark.parametrize("question", ["Phí neo đậu tàu cá tại bến xã An Thạch là bao nhiêu?",
                                      "phí sử dụng tạm thời cầu cảng ở xã an thạch bao nhiêu"])
def test_a_basis_line_answers_no_fee_its_title_names(quay, question):
    answer = quay.ask(question)
    assert not answer.found, answer.answer


def test_a_basis_line_still_answers_which_text_and_the_text_its_own_fees(quay):
    answer = quay.ask("Quy chế bến thuyền căn cứ vào nghị quyết nào?")
    assert answer.found and "21/2026/NQ-HĐND" in answer.answer, answer.answer
    answer = quay.ask("Giá vé đò cho người lớn là bao nhiêu?")
    assert answer.found and "30.000" in answer.answer, answer.answer
