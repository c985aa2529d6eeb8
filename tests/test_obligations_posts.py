"""Whose duty `troly obligations` files an item under when a person is named by their post, and what it shows of a
frequency (lead's tryout, session 58): "Kế toán chi hội lập …", "Phó chủ tịch hội duyệt …", "Tổ trưởng tổ tự quản nắm
…" are the post holder's; "02 lần/năm" with no day named shows how often, no end of a period the text does not give;
a ward's police is no "Công an xã". The document is this file's own, invented; parsed without embedding."""
from __future__ import annotations

from datetime import date

from bot.channels.render import when_text
from tests.helpers import obligation_index

_RULES = "\n".join([
    "HỘI KHUYẾN HỌC PHƯỜNG TÂN AN", "Số: 05/QĐ-HKH", "Tân An, ngày 10 tháng 2 năm 2027", "QUYẾT ĐỊNH",
    "Ban hành Quy chế quản lý Quỹ khuyến học phường Tân An",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý Quỹ khuyến học.",
    "Điều 2. Trách nhiệm",
    "1. Kế toán chi hội lập sổ theo dõi thu, chi quỹ và gửi Ban Thường trực trước ngày 10/12.",
    "2. Phó chủ tịch hội duyệt danh sách học sinh được trao học bổng.",
    "3. Tổ trưởng tổ tự quản nắm danh sách học sinh có hoàn cảnh khó khăn, báo cho chi hội trước ngày 30/9.",
    "4. Ban Kiểm tra rà soát sổ quỹ 02 lần/năm và báo cáo tại hội nghị tổng kết.",
    "5. Công an phường Tân An bảo đảm an ninh trật tự tại lễ trao học bổng.",
    "CHỦ TỊCH", "Ngô Văn Bình", ""])


def _items() -> dict:
    return {o.quote.split(". ", 1)[-1][:20]: o for o in obligation_index([("qd05.txt", _RULES)]).select()}


def test_a_post_opening_an_item_with_a_task_verb_is_its_doer():
    """Before, the accountant's report had no doer; the vice-chair's and the group leader's duties were not listed."""
    doers = {start: (o.actor or {}).get("name", "") for start, o in _items().items()}
    assert doers.get("Kế toán chi hội lập ") == "Kế toán chi hội", doers
    assert doers.get("Phó chủ tịch hội duy", "").startswith("Phó chủ tịch"), doers
    assert doers.get("Tổ trưởng tổ tự quản") == "Tổ trưởng tổ tự quản", doers


def test_a_frequency_naming_no_day_shows_no_end_of_a_period():
    """Before: "6 tháng một lần · hết kỳ 30/06/2027 · còn 120 ngày" — a day no text gives."""
    check = _items().get("Ban Kiểm tra rà soát")
    assert check is not None and (check.due or {}).get("every"), check
    shown = when_text(check, date(2027, 3, 1))
    assert "/2027" not in shown and "ngày" not in shown, shown


def test_a_wards_police_is_not_filed_as_a_communes():
    """Before, "Công an phường Tân An" was filed under "Công an xã"."""
    groups = obligation_index([("qd05.txt", _RULES)]).by_actor()
    police = [name for name in groups if "Công an" in name]
    assert police and all("phường" in name for name in police), list(groups)
