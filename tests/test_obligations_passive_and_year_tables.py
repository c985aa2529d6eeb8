"""A list drawn up "do Chi hội … lập" is that branch's task (the body after "do" in a passive clause does the act), not
the issuer's; a targets table whose columns are "Năm 2026 (ước thực hiện) | Kế hoạch năm 2027" sets each row's
figure of the plan's year — also a row counted in clubs ("7 câu lạc bộ") — and none of the year estimated as reached.
The document is this file's own, invented; parsed without embedding."""
from __future__ import annotations

from tests.helpers import obligation_index

_PLAN = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 52/KH-UBND",
    "Tân Phú, ngày 05 tháng 12 năm 2026",
    "KẾ HOẠCH\nCông tác phụ nữ trên địa bàn xã năm 2027",
    "I. CHỈ TIÊU NĂM 2027",
    "| STT | Chỉ tiêu | Năm 2026 (ước thực hiện) | Kế hoạch năm 2027 |\n|---|---|---|---|\n"
    "| 1 | Tỷ lệ phụ nữ được tư vấn sức khỏe sinh sản | 71% | 83% |\n"
    "| 2 | Số câu lạc bộ dưỡng sinh của phụ nữ | 4 câu lạc bộ | 7 câu lạc bộ |",
    "II. NỘI DUNG",
    "Danh sách hộ nghèo do phụ nữ làm chủ hộ do Chi hội Phụ nữ các thôn lập, gửi Hội Liên hiệp Phụ nữ xã trước ngày "
    "20 tháng 11 năm 2027.",
])


def test_the_body_after_do_in_a_passive_clause_does_the_act():
    """Before, the list's deadline named no doer (filed as the commune's own); now the branch's."""
    item = next(o for o in obligation_index([("kh52.txt", _PLAN)]).select() if "Danh sách hộ nghèo" in o.quote)
    assert item.actor and "Chi hội Phụ nữ" in item.actor["name"], item.actor


def test_a_year_table_sets_the_plans_figures_counted_in_any_unit_not_the_years_reached():
    """Before, the row counted in clubs was missing and the other row's target was 71% (the estimate of 2026)."""
    targets = [o for o in obligation_index([("kh52.txt", _PLAN)]).select() if o.kind == "target"]
    stated = {(o.target["value"], o.target["unit"], o.target["by_year"]) for o in targets}
    assert (83.0, "%", 2027) in stated and (7.0, "câu lạc bộ", 2027) in stated, stated
    assert not any(o.target["value"] in (71.0, 4.0) for o in targets), stated


_REPORT = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 88/BC-UBND",
    "Tân Phú, ngày 10 tháng 12 năm 2026",
    "BÁO CÁO\nKết quả công tác phòng, chống buôn lậu năm 2026",
    "I. KẾT QUẢ THỰC HIỆN",
    "| Chỉ tiêu | Năm 2025 | Năm 2026 |\n|---|---|---|\n| Số vụ buôn lậu bị phát hiện | 12 vụ | 15 vụ |",
])


def test_a_reports_year_table_of_results_sets_no_targets():
    """Counts by year under a heading of results are what was done: no target of 2026 (15 vụ)."""
    assert not [o.quote for o in obligation_index([("bc88.txt", _REPORT)]).select() if o.kind == "target"]
