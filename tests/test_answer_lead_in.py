"""A lead-in that only says its items follow ("… đề nghị các chi đoàn thực hiện như sau:") is quoted under the
answer, not set at the head of the answer's sentence; one naming what its items are about ("Đến năm 2028:") still
heads it. The document and wordings are this file's own, invented."""
from __future__ import annotations

import re

from tests.helpers import assistant_fixture, first_line

_LETTER = """CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA PHÚ LÂM
Số: 31/CĐ-BV
V/v tổ chức hội thao chào mừng ngày Thầy thuốc Việt Nam

Phú Lâm, ngày 10 tháng 1 năm 2027

Kính gửi: Các công đoàn khoa, phòng.

Thực hiện chương trình công tác năm 2027, Ban Chấp hành Công đoàn Bệnh viện đề nghị các công đoàn khoa, phòng thực hiện như sau:

1. Hội thao khai mạc lúc 7 giờ 30 ngày 20/02/2027 tại sân vận động của Bệnh viện.
2. Mỗi công đoàn khoa, phòng cử 01 đội bóng chuyền hơi gồm 08 vận động viên.
3. Đăng ký danh sách vận động viên về Văn phòng Công đoàn trước ngày 10/02/2027.

Thực hiện Công văn số 12/LĐLĐ ngày 05/01/2027 của Liên đoàn Lao động thành phố Phú Lâm về việc chăm lo Tết cho đoàn viên, Ban Thường vụ Công đoàn Bệnh viện Đa khoa Phú Lâm đề nghị các công đoàn khoa, phòng thực hiện một số nội dung sau:

1. Mức hỗ trợ: mỗi đoàn viên có hoàn cảnh khó khăn được tặng quà trị giá 700.000 đồng.
2. Danh sách đoàn viên được tặng quà gửi về Văn phòng Công đoàn trước ngày 25/01/2027.

Đến năm 2028:
- Phấn đấu 100% đoàn viên tham gia ít nhất 01 môn thể thao.

Nơi nhận:
- Như trên;
- Lưu VP.

TM. BAN CHẤP HÀNH
CHỦ TỊCH

Trần Minh Đức
"""

hospital = assistant_fixture("cv31-hoi-thao.txt", _LETTER)


def test_an_as_follows_lead_in_is_quoted_not_set_before_the_answer(hospital):
    answer = hospital.ask("hội thao khai mạc ở đâu")
    line = first_line(answer)
    assert answer.found and "sân vận động" in line, answer.answer
    assert not line.startswith("(") and "như sau" not in line, line
    assert "như sau" in answer.citations[0].to_json()["shown"], "the lead-in stays in the quote"


def test_a_lead_in_naming_when_still_heads_the_answer(hospital):
    answer = hospital.ask("đến năm 2028 phấn đấu bao nhiêu phần trăm đoàn viên tham gia thể thao")
    assert answer.found and "Đến năm 2028" in first_line(answer), answer.answer


def test_a_long_lead_in_is_cut_where_it_asks_not_inside_a_name(hospital):
    """"(…động huyện Sơn Tịnh đề nghị …) Mức hỗ trợ: …": the lead-in shown was cut 80 characters from its end,
    inside the name of the body asking; it starts at the asking word instead."""
    answer = hospital.ask("quà tết cho đoàn viên có hoàn cảnh khó khăn trị giá bao nhiêu")
    line = first_line(answer)
    assert answer.found and "700.000" in line, answer.answer
    # (its own passage's citation mark after it: tests/test_lead_in_cited.py)
    assert re.match(r"\(…đề nghị các công đoàn khoa, phòng thực hiện một số nội dung sau(?: \[\d+\])?\)", line), line
