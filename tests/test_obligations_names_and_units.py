"""`troly obligations --json` names the doer whose name holds a comma or "và" before a part written with a capital
("Báo và Phát thanh, Truyền hình tỉnh", "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện"), not two bodies so joined
as one; and a target's unit does not run on into the clause after it ("10 doanh nghiệp thành lập …": doanh nghiệp). The
plan is this file's own, invented; parsed without
embedding."""
from __future__ import annotations

from tests.helpers import obligation_index

_PLAN = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nSố: 57/KH-UBND",
    "Đồng Nai, ngày 12 tháng 1 năm 2027",
    "KẾ HOẠCH\nCấp nước sạch nông thôn năm 2027",
    "I. CHỈ TIÊU",
    "1. Phấn đấu đến năm 2027 đạt 12.000 hộ gia đình sử dụng nước sạch.",
    "2. Phấn đấu đến năm 2027 xây mới ít nhất 25 trạm cấp nước tập trung trở lên.",
    "3. Phấn đấu kết nạp ít nhất 10 doanh nghiệp thành lập công đoàn cơ sở.",
    "4. Phấn đấu đạt 300 lượt người khám bệnh miễn phí mỗi năm.",
    "5. Phấn đấu đạt 3.000 học sinh nhận học bổng năm học 2027-2028.",
    "6. Phấn đấu tuyển mới ít nhất 1.500 lao động đi làm việc ở nước ngoài.",
    "II. NHIỆM VỤ",
    "1. Báo và Phát thanh, Truyền hình tỉnh tuyên truyền kế hoạch trên sóng phát thanh trước ngày 15/02/2027.",
    "2. Trung tâm Văn hóa, Thể thao và Truyền thanh huyện xây dựng chuyên mục trước ngày 01/3/2027.",
    "3. Phòng Kinh tế, Công an huyện kiểm tra các trạm cấp nước ít nhất 01 lần trong năm.",
    "4. Trung tâm Y tế huyện, Bệnh viện huyện tổ chức khám sức khỏe cho người dân trước ngày 30/6/2027.",
    "5. Bảo tàng tỉnh và Nhà Thiếu nhi tỉnh tổ chức trưng bày trước ngày 30/8/2027.",
])


def _index():
    return obligation_index([("kh57.txt", _PLAN)])


def test_a_doer_whose_name_holds_a_comma_is_named_and_two_bodies_are_not_one():
    """Before, "Báo và Phát thanh, Truyền hình tỉnh" and "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện" were no
    doer: the tasks were the issuer's."""
    doers = {o.quote[:20]: (o.doer or {}).get("name", "") for o in _index().select()}
    assert doers["Báo và Phát thanh, T"] == "Báo và Phát thanh, Truyền hình tỉnh", doers
    assert doers["Trung tâm Văn hóa, T"] == "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện", doers
    # two bodies so joined are no one doer, however much of the second a name would take (review46 R13: "!=" the
    # whole joined name let "Phòng Kinh tế, Công an" through)
    joined = doers["Phòng Kinh tế, Công "]
    assert joined and not ("Kinh tế" in joined and "Công an" in joined), doers


def test_no_name_runs_on_past_the_level_that_closes_it():
    """Before, "Trung tâm Y tế huyện, Bệnh viện huyện" and "Bảo tàng tỉnh và Nhà Thiếu nhi tỉnh" were each named as one
    invented body: a level ("huyện", "tỉnh") closes a unit's name, and what follows the comma or "và" is another."""
    items = {o.quote[:20]: o for o in _index().select()}
    doers = {quote: (o.doer or {}).get("name", "") for quote, o in items.items()}
    # two units, each its own doer (meta48), not one body of both names
    assert items["Trung tâm Y tế huyện"].bodies == ["Trung tâm Y tế huyện", "Bệnh viện huyện"], doers
    assert "Nhà Thiếu nhi" not in doers["Bảo tàng tỉnh và Nhà"], doers


def test_a_targets_unit_does_not_run_on_into_its_clause():
    """On c2fcbb4 a unit ran on to the next stop word: "doanh nghiệp thành", "hộ gia đình sử dụng nước sạch", "lượt
    người khám bệnh miễn phí" (review46 R3)."""
    units = {o.target["value"]: o.target["unit"] for o in _index().select() if o.target}
    for value, verb in [(12000.0, "sử dụng"), (10.0, "thành"), (300.0, "khám"), (3000.0, "nhận"), (1500.0, "đi")]:
        assert verb not in units.get(value, ""), units
    assert units.get(10.0) == "doanh nghiệp", units
