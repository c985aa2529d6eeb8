"""What `troly obligations` lists of a text's closing article and of its figures (session 44's leftovers, the w/x trial
documents read by eye): "Chỉ thị này có hiệu lực … và thay thế Chỉ thị số …" says when a rule applies, no task of
anyone's; a report's figure reached "đạt 72,4% kế hoạch … giao" is a result ("giao" closing its clause assigns
nothing); "Phấn đấu … đạt 300.000 lượt khám bệnh; 32.500 lượt điều trị nội trú; …" sets a target in each clause. The
documents are this file's own, invented; parsed without embedding."""
from __future__ import annotations

from tests.helpers import obligation_index

_DIRECTIVE = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HOA SEN", "Số: 21/CT-UBND", "Hoa Sen, ngày 20 tháng 11 năm 2026", "CHỈ THỊ",
    "Về phòng, chống dịch bệnh gia súc năm 2027",
    "1. Sở Nông nghiệp và Môi trường",
    "a) Hướng dẫn các xã tiêm phòng cho đàn gia súc trước ngày 31 tháng 3 năm 2027.",
    "2. Tổ chức thực hiện",
    "Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã nghiêm túc thực hiện Chỉ thị này. Chỉ thị này có hiệu lực "
    "kể từ ngày ký và thay thế Chỉ thị số 09/CT-UBND ngày 05 tháng 4 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh.",
    "CHỦ TỊCH", "Trần Văn Hải", ""])

_RESOLUTION = "\n".join([
    "HỘI ĐỒNG NHÂN DÂN TỈNH HOA SEN", "Số: 11/2026/NQ-HĐND", "Hoa Sen, ngày 10 tháng 12 năm 2026", "NGHỊ QUYẾT",
    "Quy định mức thu phí tham quan bảo tàng tỉnh",
    "Điều 1. Mức thu phí tham quan là 30.000 đồng/lượt.",
    "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
    "Điều 3. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2027. Nghị quyết số 05/2024/NQ-HĐND hết hiệu lực "
    "kể từ ngày Nghị quyết này có hiệu lực.",
    "CHỦ TỊCH", "Lê Văn Sơn", ""])

_REPORT = "\n".join([
    "BẢO HIỂM XÃ HỘI TỈNH HOA SEN", "Số: 310/BC-BHXH", "Hoa Sen, ngày 08 tháng 10 năm 2026", "BÁO CÁO",
    "Kết quả thu 9 tháng năm 2026 và nhiệm vụ quý IV năm 2026",
    "I. KẾT QUẢ THỰC HIỆN",
    "Tổng số thu 9 tháng năm 2026 là 1.845 tỷ đồng, đạt 71,2% kế hoạch Bảo hiểm xã hội Việt Nam giao, tăng 6,1% "
    "so với cùng kỳ năm 2025.",
    "II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2026",
    "1. Chỉ tiêu chủ yếu",
    "Phấn đấu đến ngày 31 tháng 12 năm 2026 đạt 52.000 người tham gia bảo hiểm xã hội tự nguyện; 4.100 đơn vị "
    "đóng đúng hạn; tỷ lệ bao phủ bảo hiểm y tế đạt 95%; tổng thu 2.600 tỷ đồng.",
    "GIÁM ĐỐC", "Phan Văn Lộc", ""])


def test_a_text_taking_effect_and_replacing_another_is_no_task():
    items = obligation_index([("ct21.txt", _DIRECTIVE), ("nq11.txt", _RESOLUTION)]).select()
    quotes = [o.quote for o in items]
    assert not [q for q in quotes if "hiệu lực" in q], quotes
    assert any(q.startswith("a) Hướng dẫn các xã tiêm phòng") for q in quotes), quotes
    assert any(q.startswith("Giao Ủy ban nhân dân tỉnh tổ chức thực hiện") for q in quotes), quotes


def test_a_figure_reached_of_the_plan_a_body_was_given_is_no_target():
    targets = obligation_index([("bc310.txt", _REPORT)]).select(kind="target")
    assert not [o.quote for o in targets if "71,2%" in o.quote], [o.quote for o in targets]


def test_each_clause_going_on_with_a_figure_to_reach_is_a_target():
    targets = obligation_index([("bc310.txt", _REPORT)]).select(kind="target")
    values = sorted(o.target["value"] for o in targets)
    assert values == [95.0, 2600.0, 4100.0, 52000.0], [(o.quote, o.target) for o in targets]
    units = {o.target["value"]: o.target["unit"] for o in targets}
    assert units[2600.0] == "tỷ đồng" and units[95.0] == "%"
    assert all(o.due_date() is not None and o.due_date().isoformat() == "2026-12-31" for o in targets)
