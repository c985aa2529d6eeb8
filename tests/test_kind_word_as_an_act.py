"""A kind's name in a question may be an act, not the name of a loaded document: "Sở … báo cáo kết quả … cho UBND tỉnh"
(the body reports), "xã gửi kế hoạch tổ chức …" (the plan the xã is to write). Such a word does not scope the question
to the province's Báo cáo or to the plan whose title shares the words after it: the document directing the act
answers. A report named as one ("báo cáo kết quả … của tỉnh") is still the report asked. Documents and wordings are
this file's own, invented."""
from __future__ import annotations

import pytest

from tests.helpers import corpus_fixture

_REPORT = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nSỞ Y TẾ\nSố: 77/BC-SYT\nĐồng Hới, ngày 05 tháng 10 năm 2027",
    "BÁO CÁO\nKết quả công tác dân số và phát triển 9 tháng năm 2027",
    "I. KẾT QUẢ THỰC HIỆN",
    "1. Tỷ lệ sàng lọc trước sinh đạt 71%; tỷ số giới tính khi sinh là 109 bé trai trên 100 bé gái.",
    "2. Trung tâm Y tế các huyện hoàn thành rà soát dữ liệu dân cư trước ngày 30 tháng 9 năm 2027.",
    "II. NHIỆM VỤ QUÝ IV",
    "1. Tổ chức chiến dịch truyền thông dân số tại 45 xã khó khăn.\n"])

_LETTER = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nSố: 2861/UBND-KGVX\nĐồng Hới, ngày 12 tháng 9 năm 2027",
    "V/v khám sức khỏe định kỳ cho học sinh năm học 2027 - 2028",
    "Kính gửi: Sở Giáo dục và Đào tạo; Sở Y tế; Ủy ban nhân dân các huyện, thành phố.",
    "1. Sở Y tế chỉ đạo các trạm y tế khám sức khỏe cho học sinh mầm non, tiểu học trong tháng 10 năm 2027.",
    "2. Sở Giáo dục và Đào tạo tổng hợp kết quả khám sức khỏe học sinh, báo cáo Ủy ban nhân dân tỉnh trước ngày 25 "
    "tháng 11 năm 2027.\n"])

_FAIR = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 140/KH-UBND\nHà Giang, ngày 03 tháng 1 năm 2028",
    "KẾ HOẠCH\nTổ chức Hội chợ nông sản an toàn tỉnh Hà Giang năm 2028",
    "I. THỜI GIAN, ĐỊA ĐIỂM",
    "1. Hội chợ diễn ra từ ngày 20 đến ngày 24 tháng 3 năm 2028 tại quảng trường tỉnh.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Sở Công Thương gửi báo cáo tổng kết Hội chợ về Ủy ban nhân dân tỉnh trước ngày 10 tháng 4 năm 2028.\n"])

_CONTEST = "\n\n".join([
    "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH TUYÊN QUANG\nSố: 36/HD-SVHTTDL\nTuyên Quang, ngày 15 tháng 1 năm 2028",
    "HƯỚNG DẪN\nTổ chức Hội thi văn nghệ quần chúng cấp xã năm 2028",
    "1. Đối tượng: các đội văn nghệ thôn, tổ dân phố.",
    "2. Ủy ban nhân dân các xã ban hành kế hoạch tổ chức Hội thi, gửi về Sở Văn hóa, Thể thao và Du lịch trước ngày 28 "
    "tháng 2 năm 2028.\n"])

_GREEN = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nSố: 52/KH-UBND\nĐồng Hới, ngày 06 tháng 5 năm 2028",
    "KẾ HOẠCH\nPhong trào Ngày Chủ nhật xanh năm 2028",
    "I. NHIỆM VỤ",
    "1. Ủy ban nhân dân các huyện, thành phố ra quân dọn vệ sinh vào ngày Chủ nhật cuối mỗi tháng.",
    "2. Ban Quản lý Khu kinh tế tổng hợp kết quả thu gom rác thải nhựa, báo cáo Ủy ban nhân dân tỉnh trước "
    "ngày 15 tháng 8 năm 2028.\n"])

store = corpus_fixture(("bc77-dan-so.txt", _REPORT), ("cv2861-kham-suc-khoe.txt", _LETTER),
                       ("kh140-hoi-cho.txt", _FAIR), ("hd36-hoi-thi-van-nghe.txt", _CONTEST),
                       ("kh52-chu-nhat-xanh.txt", _GREEN))


def _first(answer) -> str:
    return answer.answer.split("\n")[0]


@pytest.mark.parametrize("question", [
    "Sở GD&ĐT Quảng Bình báo cáo kết quả khám sức khỏe học sinh cho UBND tỉnh trước ngày nào?",
    "So GD&DT Quang Binh bao cao ket qua kham suc khoe hoc sinh cho UBND tinh truoc ngay nao?",
])
def test_a_body_reporting_is_answered_from_the_text_directing_it_not_the_provinces_report(store, question):
    """Before, "báo cáo kết quả" named the province's Báo cáo (its title "Kết quả …"), the one report of Quảng Bình,
    and the question was asked of it alone: its "… trước ngày 30 tháng 9" answered, or nothing did."""
    answer = store.ask(question)
    assert answer.found and "25 tháng 11 năm 2027" in _first(answer), answer.answer


@pytest.mark.parametrize("question", [
    "ban quản lý khu kinh tế báo cáo kết quả thu gom rác thải nhựa ở Quảng Bình trước ngày nào",
    "báo cáo ủy ban nhân dân tỉnh kết quả thu gom rác thải nhựa ở Quảng Bình trước ngày nào",
])
def test_a_report_typed_as_an_act_in_lower_case_is_no_report_named(store, question):
    """A body typed in lower case before "báo cáo" ("ban quản lý khu kinh tế báo cáo …"), or the body reported to
    right after it ("báo cáo ủy ban nhân dân tỉnh …"): the act of reporting, not the province's one Báo cáo.
    Before, "báo cáo … kết quả" named that report (its title "Kết quả …"), which said nothing of it."""
    answer = store.ask(question)
    assert answer.found and "15 tháng 8 năm 2028" in _first(answer), answer.answer


def test_a_plan_a_body_is_to_send_is_no_loaded_plan_named(store):
    """Before, "gửi kế hoạch tổ chức …" named the fair's plan (titled "Tổ chức …", the one plan whose title holds
    those words) and the question was asked of it alone: its report's deadline answered."""
    answer = store.ask("Xã gửi kế hoạch tổ chức hội thi văn nghệ về Sở trước ngày nào?")
    assert answer.found and "28 tháng 2 năm 2028" in _first(answer), answer.answer
    assert "10 tháng 4" not in _first(answer), answer.answer


def test_a_report_named_as_one_is_still_the_report_asked(store):
    assert store.searcher.scope_of("Báo cáo kết quả công tác dân số của Quảng Bình nêu tỷ lệ sàng lọc trước sinh "
                                   "bao nhiêu?") == {"bc77-dan-so.txt"}
