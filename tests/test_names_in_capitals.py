"""Names printed in capitals in a letterhead or a title read back in the case the document's words take."""
from __future__ import annotations

from ingest.parse import parse_document
from ingest.truecase import CaseModel, name_case

# Invented: a school's union named after a person whose name's words the body also writes as common words
# ("nâng cao", "mây"), a set of rules attached whose table header opens a cell with "Nội dung".
_DECISION = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN HÒA VANG
CÔNG ĐOÀN TRƯỜNG THCS TRẦN CAO VÂN

Số: 03/QĐ-CĐCS

Hòa Vang, ngày 10 tháng 02 năm 2026

# QUYẾT ĐỊNH
## Về việc ban hành Quy định công khai nội bộ năm 2026

BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG THCS TRẦN CAO VÂN

QUYẾT ĐỊNH:

**Điều 1.** Ban hành kèm theo Quyết định này Quy định công khai nội bộ năm 2026 để nâng cao tính minh bạch.

**Điều 2.** Quyết định có hiệu lực kể từ ngày ký.

TM. BAN CHẤP HÀNH
CHỦ TỊCH

Lê Thị Thu Hà

# QUY ĐỊNH CÔNG KHAI NỘI BỘ NĂM 2026
(Ban hành kèm theo Quyết định số 03/QĐ-CĐCS ngày 10/02/2026)

**Điều 1. Các khoản công khai**

| STT | Nội dung công khai | Thời gian |
|---|---|---|
| 1 | Thu, chi kinh phí công đoàn | Hằng quý |
| 2 | Danh sách đoàn viên được thăm hỏi | Hằng tháng |

**Điều 2. Hình thức công khai**

Niêm yết tại phòng họp của trường; lưu trữ trong tủ hồ sơ công đoàn và nâng cao chất lượng lưu trữ.
"""


def test_a_school_named_after_a_person_keeps_the_persons_name_capitalised():
    doc = parse_document(_DECISION, "qd-congkhai.md", "")
    assert doc.meta.issuer == "Công đoàn trường THCS Trần Cao Vân"


def test_a_name_with_no_person_in_it_stays_in_sentence_case():
    model = CaseModel(_DECISION + "\nBáo cáo gửi Liên đoàn Lao động huyện và các cơ sở đào tạo nghề.\n")
    assert name_case("LIÊN ĐOÀN LAO ĐỘNG HUYỆN", model) == "Liên đoàn Lao động huyện"
    assert name_case("PHÒNG ĐÀO TẠO", model) == "Phòng đào tạo"  # "Đào" a surname, "đào tạo" a common word


def test_a_table_header_cell_teaches_no_capital_to_a_title():
    doc = parse_document(_DECISION, "qd-congkhai.md", "")
    paths = {chunk.path or chunk.section for chunk in doc.chunks}
    rules = [p for p in paths if "Điều 1. Các khoản công khai" in p]
    assert rules and all(p.startswith("Quy định công khai nội bộ năm 2026") for p in rules), rules
