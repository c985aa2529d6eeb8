"""Questions about a school union's documents as a whole, and a count of people (seven invented papers): who signed
the paper about a subject named after a generic "văn bản" (the few whose titles hold it alike), how many documents a
year holds, the plans closest to a number none has (numbered ones named, those without a number said once), and how
many people attend a meeting — the "Thành phần: … (48 người)" line, not a line giving the school year it is held in."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture

_HEAD = "CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS NGUYỄN DU\n{number}Quảng Ngãi, ngày {day}\n\n"
_SIGNED = "\n\nTM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nLý Văn Nam\n"

NOTICE = _HEAD.format(number="Số: 31/TB-CĐCS\n", day="20 tháng 9 năm 2027") + """THÔNG BÁO
Về việc tổ chức Hội nghị viên chức, người lao động năm học 2027 - 2028

1. Hội nghị viên chức, người lao động năm học 2027 - 2028
- Thời gian: 7 giờ 30 ngày 02/10/2027.
- Địa điểm: Hội trường nhà đa năng.
- Thành phần: toàn thể giáo viên, nhân viên nhà trường (48 người).

2. Các tổ công đoàn gửi ý kiến góp ý dự thảo Quy chế dân chủ về Văn phòng Công đoàn trước ngày 28/9/2027.""" + _SIGNED

RESOLUTION = _HEAD.format(number="Số: 04/NQ-CĐCS\n", day="05 tháng 9 năm 2027") + """NGHỊ QUYẾT
Về nhiệm vụ công tác công đoàn năm học 2027 - 2028

I. Nhiệm vụ
1. Phối hợp với nhà trường tổ chức Hội nghị viên chức, người lao động năm học 2027 - 2028 trong tháng 10/2027.
2. Kết nạp mới ít nhất 03 đoàn viên.""" + _SIGNED

LETTER = _HEAD.format(number="Số: 15/CĐ-VP\nV/v chuẩn bị Đại hội Công đoàn cơ sở nhiệm kỳ 2027 - 2032\n",
                      day="12 tháng 8 năm 2027") + """Kính gửi: Các tổ công đoàn.

1. Đại hội Công đoàn cơ sở nhiệm kỳ 2027 - 2032 tổ chức ngày 25/10/2027 tại phòng họp Hội đồng.
2. Các tổ gửi danh sách đề cử về Văn phòng Công đoàn trước ngày 10/10/2027.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đinh Thị Hoa
"""

SPORTS = _HEAD.format(number="Số: 06/KH-CĐCS\n", day="01 tháng 3 năm 2026") + """KẾ HOẠCH
Tổ chức hội thao giáo viên chào mừng ngày thành lập Đoàn 26/3

1. Hội thao gồm các môn cầu lông, bóng bàn, tổ chức tại nhà đa năng ngày 24/3/2026.""" + _SIGNED

READING = _HEAD.format(number="", day="10 tháng 4 năm 2027") + """KẾ HOẠCH
Xây dựng tủ sách giáo viên năm 2027

1. Mỗi tổ công đoàn góp ít nhất 10 đầu sách cho tủ sách chung.
"""

VISITS = _HEAD.format(number="", day="15 tháng 4 năm 2027") + """KẾ HOẠCH
Thăm hỏi giáo viên nghỉ hưu dịp Tết năm 2027

1. Mỗi giáo viên nghỉ hưu được tặng quà trị giá 300.000 đồng.
"""

RESULTS = _HEAD.format(number="Số: 09/TB-CĐCS\n", day="30 tháng 3 năm 2026") + """THÔNG BÁO
Kết quả hội thao giáo viên chào mừng ngày thành lập Đoàn 26/3

1. Tổ Toán - Tin đạt giải Nhất toàn đoàn; tổ Ngữ văn đạt giải Nhì.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trương Văn Khải
"""

school = assistant_fixture("tb31-hoi-nghi.txt", NOTICE, ("nq04-nhiem-vu.txt", RESOLUTION), ("cv15-dai-hoi.txt", LETTER),
                           ("kh06-hoi-thao.txt", SPORTS), ("kh-tu-sach.txt", READING), ("kh-tham-hoi.txt", VISITS),
                           ("tb09-ket-qua-hoi-thao.txt", RESULTS))


def test_who_signed_the_paper_named_by_its_subject_after_a_generic_van_ban(school):
    """Before: "ký văn bản" was read as the words asking who signed, so "văn bản về …" named no document and every
    loaded document's signer was listed."""
    answer = school.ask("người ký văn bản về đại hội công đoàn cơ sở là ai")
    assert answer.found and "Đinh Thị Hoa" in answer.answer, answer.answer
    assert "Lý Văn Nam" not in answer.answer, answer.answer


def test_who_signed_papers_a_subject_cannot_tell_apart_lists_only_those(school):
    """Before: every loaded document's signer was listed, those on other subjects too."""
    answer = school.ask("ai đã ký văn bản về hội thao giáo viên")
    assert "Lý Văn Nam" in answer.answer and "Trương Văn Khải" in answer.answer, answer.answer
    assert "Đinh Thị Hoa" not in answer.answer and "04/NQ-CĐCS" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["năm 2027 có mấy văn bản", "có mấy kế hoạch ban hành năm 2027"])
def test_how_many_documents_of_a_year_is_the_count_of_that_listing(school, question):
    """Before: "mấy" was no word asking how many documents; three passages saying "năm 2027" were quoted."""
    answer = school.ask(question)
    assert answer.mode == "documents" and answer.answer.startswith("Có "), answer.answer
    assert "06/KH-CĐCS" not in answer.answer and "tủ sách" in answer.answer, answer.answer


def test_the_plans_without_a_number_are_said_once_when_a_numbered_one_is_closest(school):
    """Before: each plan without a number was named "(chưa rõ số)" after the numbered one, then counted again."""
    answer = school.ask("kế hoạch số 07/KH-CĐCS nói gì")
    assert not answer.found and "06/KH-CĐCS" in answer.answer, answer.answer
    assert answer.answer.count("chưa rõ số") == 1 and "tủ sách" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["hội nghị viên chức người lao động có mấy người tham dự",
                                      "bao nhiêu người dự hội nghị viên chức, người lao động"])
def test_how_many_people_attend_is_the_participants_line_with_its_number(school, question):
    """Before: "năm học 2027 - 2028 trong tháng 10" was read as a count of people ("2028" followed by a word), and
    the resolution's line naming the meeting answered."""
    answer = school.ask(question)
    assert answer.found and "48 người" in answer.answer.split("\n")[0], answer.answer
