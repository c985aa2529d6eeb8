"""A follow-up naming a year ("còn 2025?") swaps the year a question asks about, never the year that names the
document it asks of ("Chỉ thị số 05-CT/TW năm 2016", "QĐ 22 ngày 26/4/2013"), and asks a question stating no year of
that year; a count after a kind of report ("báo cáo 6 tháng") is no document number a follow-up keeps (review46 R1,
R4, R16). What the user is shown as understood ("Hiểu là: …") is the rewritten question."""
from __future__ import annotations

import pytest

from bot.answer.followup import rewrite_offline
from troly.years import asked_year_matches


@pytest.mark.parametrize("previous, expected", [
    ("Theo Chỉ thị số 05-CT/TW năm 2016, chỉ tiêu năm 2024 là bao nhiêu?",
     "Theo Chỉ thị số 05-CT/TW năm 2016, chỉ tiêu năm 2025 là bao nhiêu?"),
    ("Chỉ thị 11 năm 2020 yêu cầu kiểm tra bao nhiêu đơn vị trong năm 2024?",
     "Chỉ thị 11 năm 2020 yêu cầu kiểm tra bao nhiêu đơn vị trong năm 2025?"),
    ("QĐ 22 ngày 26/4/2013 quy định mức hỗ trợ năm 2024 là bao nhiêu?",
     "QĐ 22 ngày 26/4/2013 quy định mức hỗ trợ năm 2025 là bao nhiêu?"),
])
def test_the_year_asked_about_is_swapped_not_the_documents(previous: str, expected: str) -> None:
    assert rewrite_offline("còn 2025?", previous) == expected


def test_a_documents_year_written_after_its_reference_is_no_year_a_follow_up_swaps() -> None:
    def asked(text: str) -> list[str]:
        return [m.group(0) for m in asked_year_matches(text)]

    assert asked("Chỉ thị 11 năm 2020 yêu cầu kiểm tra bao nhiêu đơn vị trong năm 2024?") == ["2024"]
    assert asked("QĐ 22 ngày 26/4/2013 quy định mức hỗ trợ năm 2024") == ["2024"]
    assert asked("Theo Quyết định 33/2019/QĐ-UBND, năm 2027 mỗi hộ được bao nhiêu?") == ["2027"]  # its own year: 2019
    assert asked("Kế hoạch năm 2024") == ["2024"]  # "Kế hoạch" with no number: the year is a period


@pytest.mark.parametrize("follow_up, previous, expected", [
    ("còn 2025?", "Theo Kế hoạch 389/2019 thì ai kiểm tra, giám sát?",
     "Theo Kế hoạch 389/2019 thì ai kiểm tra, giám sát năm 2025?"),
    ("còn năm 2025?", "Quyết định 33/2019 quy định mức hỗ trợ bao nhiêu?",
     "Quyết định 33/2019 quy định mức hỗ trợ bao nhiêu năm 2025?"),
    ("con 2025?", "theo ke hoach 389/2019 thi ai kiem tra, giam sat?",
     "theo ke hoach 389/2019 thi ai kiem tra, giam sat nam 2025?"),
])
def test_a_year_after_a_question_stating_none_asks_that_question_of_the_year(
        follow_up: str, previous: str, expected: str) -> None:
    assert rewrite_offline(follow_up, previous) == expected



@pytest.mark.parametrize("follow_up", ["còn 2026?", "còn năm 2026?", "còn 2026 thì sao?"])
def test_a_year_after_a_question_whose_only_year_is_its_documents_asks_of_that_years_document(follow_up: str) -> None:
    """Before, "còn 2026?" after a question whose one year names the document it asks of was appended: "… năm 2027
    năm 2026?", answered with the 2027 plan's signer (review47 R5)."""
    assert rewrite_offline(follow_up, "Ai ký Kế hoạch 21/KH-CĐN năm 2027?") == "Ai ký Kế hoạch 21/KH-CĐN năm 2026?"

@pytest.mark.parametrize("follow_up, previous", [
    ("còn báo cáo năm?", "báo cáo 6 tháng gửi trước ngày nào?"),
    ("còn báo cáo quý?", "báo cáo 6 tháng đầu năm gửi ai?"),
])
def test_a_reports_period_is_no_document_number(follow_up: str, previous: str) -> None:
    rewritten = rewrite_offline(follow_up, previous)
    assert "báo cáo 6?" not in rewritten and "theo báo cáo 6" not in rewritten
    assert "6 tháng" in rewritten, rewritten  # the report asked of before is still named by its period


def test_a_document_named_by_number_is_still_kept() -> None:
    assert rewrite_offline("thế còn ai ký?", "kế hoạch KL 21 giao việc gì?") == "ai ký kế hoạch KL 21?"
