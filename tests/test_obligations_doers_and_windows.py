"""Who `troly obligations` files a duty under and what `troly deadlines` lists as due (j-part tester, session 58): a
unit or a role in a body named in the item acts, not the heading's "các bộ phận" (read as "Các bộ"); a body after
"do" in "… do X xem xét" acts; a text replacing another owes nothing; an addressee "… trực thuộc UBND tỉnh" is no
UBND tỉnh. A registration window closes on its last day; a fee paid "theo tháng, chậm nhất ngày 10" is due monthly; a
paper issued "trong vòng 06 tháng" is no half-year; "tiền thu quý III" names money, no due; a weekly item naming no
day shows no day its week ends. The documents are this file's own, invented; parsed without embedding."""
from __future__ import annotations

from datetime import date

from bot.channels.render import when_text
from tests.helpers import obligation_index

_RULES = "\n".join([
    "ỦY BAN NHÂN DÂN PHƯỜNG HOA SEN", "Số: 21/QĐ-UBND", "Hoa Sen, ngày 15 tháng 1 năm 2027", "QUYẾT ĐỊNH",
    "Ban hành Quy chế quản lý chợ tạm phường Hoa Sen",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ tạm phường Hoa Sen.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Mức thu phí",
    "Phí được nộp theo tháng, chậm nhất ngày 10 của tháng, tại Bộ phận Một cửa của phường.",
    "Người bán hàng ăn phải có giấy xác nhận sức khỏe do cơ sở y tế cấp trong vòng 06 tháng tính đến ngày đăng ký.",
    "Đăng ký chỗ bán hàng tại Bộ phận Một cửa từ ngày 01/3/2027 đến hết ngày 31/3/2027, hoặc khi hết chỗ.",
    "Điều 4. Trách nhiệm của các bộ phận",
    "1. Đội Quản lý chợ phường kiểm tra thường xuyên, tối thiểu 03 lần mỗi tuần tại mỗi dãy hàng.",
    "2. Tổ trưởng tổ dân phố tuyên truyền, vận động người bán hàng thực hiện Quy chế.",
    "3. Công ty Môi trường Hoa Sen cung cấp số liệu rác thải của chợ cho Ủy ban nhân dân phường trước ngày 05 "
    "hằng tháng.",
    "4. Số tiền còn lại do Ban Thường vụ xem xét phân bổ cho các tổ.",
    "5. Đề nghị Công an tỉnh điều phối tiền thu quý III của các hộ kinh doanh.",
    "CHỦ TỊCH", "Lê Văn Tâm", ""])

_LETTER = "\n".join([
    "SỞ TÀI CHÍNH TỈNH HOA SEN", "Số: 88/STC-NS", "Hoa Sen, ngày 02 tháng 6 năm 2027",
    "V/v lập dự toán năm 2028",
    "Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- Các đơn vị sự nghiệp công lập trực thuộc UBND tỉnh.",
    "1. Các đơn vị có nguồn thu dịch vụ lập dự toán thu theo từng loại dịch vụ.",
    "2. Giám đốc Sở Tài chính yêu cầu Thủ trưởng các sở, ban, ngành tỉnh nghiêm túc thực hiện Công văn này. Công văn "
    "này thay thế Công văn số 50/STC-NS ngày 10 tháng 5 năm 2026 của Sở Tài chính.",
    "GIÁM ĐỐC", "Phan Văn Hòa", ""])


def _items():
    return obligation_index([("qd21.txt", _RULES)])


class _ByStart(dict):
    """The items by their quote without its number; get(start): the one whose quote opens so."""

    def get(self, start, default=None):
        return next((o for quote, o in self.items() if quote.startswith(start)), default)


def _by_start(index) -> _ByStart:
    return _ByStart({o.quote.split(". ", 1)[-1]: o for o in index.select()})


def test_a_unit_or_a_role_in_a_named_body_acts_not_the_headings_parts():
    """Before, "Trách nhiệm của các bộ phận" read as "Các bộ, cơ quan ngang bộ, …" and took the market team's and the
    residential group leader's duties; the power company's ("cung cấp") had no doer, and "do Ban Thường vụ xem xét"
    was the previous item's."""
    index = _items()
    groups = index.by_actor()
    assert not any("ngang bộ" in name for name in groups), list(groups)
    items = _by_start(index)
    doers = {quote[:30]: (o.actor or {}).get("name") for quote, o in items.items()}

    def doer(start: str) -> str:
        item = items.get(start)
        return (item.actor or {}).get("name", "") if item else ""
    assert doer("Đội Quản lý chợ phường") == "Đội Quản lý chợ phường", doers
    assert doer("Tổ trưởng tổ dân phố") == "Tổ trưởng tổ dân phố", doers
    assert doer("Công ty Môi trường") == "Công ty Môi trường Hoa Sen", doers
    assert "Ban Thường vụ" in doer("Số tiền còn lại"), doers


def test_a_text_replacing_another_owes_nothing():
    """Before, "Công văn này thay thế Công văn số 50/STC-NS …" was a duty of the bodies the sentence before named."""
    quotes = [o.quote for o in obligation_index([("cv88.txt", _LETTER)]).select()]
    assert not any("thay thế" in q for q in quotes), quotes


def test_an_addressee_under_a_body_is_not_that_body():
    """Before, "Các đơn vị sự nghiệp công lập trực thuộc UBND tỉnh" filed the letter's duty under UBND tỉnh."""
    groups = obligation_index([("cv88.txt", _LETTER)]).by_actor()
    assert groups and not any("Ủy ban nhân dân tỉnh" in name for name in groups), list(groups)


def test_windows_fees_and_lengths_are_read_as_a_user_would():
    """The registration window's last day is a deadline; a fee "theo tháng, chậm nhất ngày 10" recurs monthly on the
    10th; "trong vòng 06 tháng" and "tiền thu quý III" set no time."""
    items = _by_start(_items())
    window = items.get("Đăng ký chỗ bán hàng tạ")
    assert window is not None and window.due_date() == date(2027, 3, 31), window
    fee = items.get("Phí được nộp theo tháng,")
    assert fee is not None and (fee.due or {}).get("every") == "month", fee
    assert fee.next_due(date(2027, 4, 12)) == date(2027, 5, 10)
    health = items.get("Người bán hàng ăn phải c")
    assert health is None or not (health.due or {}).get("every"), health.due
    money = items.get("Đề nghị Công an tỉnh điề")
    assert money is None or money.due is None, money.due


def test_a_weekly_item_naming_no_day_shows_no_end_of_week():
    """Before: "Hằng tuần · hết kỳ 17/01/2027" — a day no text gives."""
    weekly = _by_start(_items()).get("Đội Quản lý chợ phường k")
    assert weekly is not None and (weekly.due or {}).get("every") == "week", weekly
    shown = when_text(weekly, date(2027, 1, 20))
    assert shown.startswith("Hằng tuần") and "/" not in shown, shown
