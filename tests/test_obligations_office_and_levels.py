"""Whose group `troly obligations` puts a task in (w/x trial documents read by eye): the joint office "Văn phòng HĐND
và UBND xã" is one body, not the UBND xã's own (its tasks were listed under UBND xã too); a province's social
insurance office ("Bảo hiểm xã hội tỉnh", "BHXH tỉnh") and the commune area's ("BHXH cơ sở") are not Bảo hiểm xã hội
Việt Nam. A duty about smartphones ("điện thoại thông minh") is no contact line (it was dropped as one). The document
is this file's own, invented; parsed without embedding."""
from __future__ import annotations

from tests.helpers import obligation_index

_PLAN = "\n".join([
    "ỦY BAN NHÂN DÂN XÃ HOA SEN", "Số: 12/KH-UBND", "Hoa Sen, ngày 05 tháng 12 năm 2026", "KẾ HOẠCH",
    "Chuyển đổi số năm 2027",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng HĐND và UBND xã chủ trì tập huấn kỹ năng số cho cán bộ, công chức trước ngày 31 tháng 3 năm 2027.",
    "2. Ủy ban nhân dân các xã rà soát hộ nghèo chưa có điện thoại thông minh trước ngày 30 tháng 4 năm 2027.",
    "3. Đề nghị Bảo hiểm xã hội tỉnh hướng dẫn cài đặt ứng dụng VssID cho người dân trước ngày 30 tháng 6 năm 2027.",
    "4. BHXH cơ sở phối hợp với trường học rà soát thẻ bảo hiểm y tế học sinh trước ngày 31 tháng 10 năm 2027.",
    "5. Đề nghị Bảo hiểm xã hội Việt Nam nâng cấp Cổng dịch vụ công trước ngày 31 tháng 12 năm 2027.",
    "Mọi vướng mắc liên hệ đồng chí Trần Văn Bình, công chức Văn phòng, điện thoại 0912 345 678.",
    "CHỦ TỊCH", "Lê Văn Tâm", ""])


def _groups() -> dict[str, list[str]]:
    by_actor = obligation_index([("kh12.txt", _PLAN)]).by_actor()
    return {name: [o.quote.split()[0] for o in items] for name, items in by_actor.items()}


def test_the_joint_office_of_the_councils_is_no_task_of_the_peoples_committee():
    groups = _groups()
    assert groups.get("Ủy ban nhân dân xã, phường") == ["Ủy"], groups
    assert groups.get("Văn phòng HĐND và UBND") == ["Văn"], groups
    assert "Mọi" not in sum(groups.values(), []), groups  # the contact line still gives no task


def test_the_provinces_and_the_communes_social_insurance_are_not_the_national_one():
    groups = _groups()
    assert groups.get("Bảo hiểm xã hội Việt Nam") == ["Đề"], groups
    assert groups.get("Bảo hiểm xã hội tỉnh") == ["Đề"], groups
    assert groups.get("Bảo hiểm xã hội cơ sở") == ["BHXH"], groups
