"""Who must act in a chỉ thị that addresses each body in turn under a numbered heading naming it ("9. Công an tỉnh và
Bộ Chỉ huy Quân sự tỉnh", then "a) …", "b) …"): a heading naming a known body together with one no table names, or a
broadcaster ("Đài Phát thanh và Truyền hình tỉnh"), gives its items that doer — they were missing from `troly
obligations` altogether (w-ct15 of the trial set, read by eye). So does the project owner a sentence opens with
("Chủ đầu tư các công trình … phải …"), and a day to act by under "1. Yêu cầu chung" is a task, not an aim. The
document is this file's own, invented; parsed without embedding."""
from __future__ import annotations

from tests.helpers import obligation_index

_DIRECTIVE = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HOA SEN", "Số: 30/CT-UBND", "Hoa Sen, ngày 20 tháng 11 năm 2026", "CHỈ THỊ",
    "Về phòng, chống lụt bão năm 2027",
    "1. Yêu cầu chung",
    "Các cấp, các ngành quán triệt phương châm bốn tại chỗ. Kiện toàn Ban Chỉ huy phòng thủ dân sự các cấp trước ngày "
    "31 tháng 01 năm 2027.",
    "2. Sở Xây dựng",
    "a) Kiểm tra an toàn các tuyến đường tỉnh.",
    "3. Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh",
    "a) Xây dựng phương án huy động lực lượng tham gia sơ tán dân.",
    "b) Bảo đảm an ninh trật tự tại các khu vực bị thiên tai.",
    "4. Đài Phát thanh và Truyền hình tỉnh",
    "Tăng thời lượng đưa tin cảnh báo thiên tai.",
    "5. Các công trình đang thi công",
    "Chủ đầu tư các công trình đang thi công ven sông phải có phương án bảo đảm an toàn trong mùa mưa lũ.",
    "CHỦ TỊCH", "Trần Văn Hải", ""])


def _index():
    return obligation_index([("ct30.txt", _DIRECTIVE)])


def test_items_under_a_heading_naming_a_known_body_and_another_are_theirs():
    items = _index().select(actor="Công an tỉnh")
    assert [o.quote[:20] for o in items] == ["a) Xây dựng phương á", "b) Bảo đảm an ninh t"], \
        [o.quote for o in _index().select()]
    assert all(o.doer["name"] == "Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh" for o in items)


def test_a_broadcaster_named_by_its_heading_and_a_project_owner_are_doers():
    doers = {o.quote.split(" các ")[0]: (o.doer or {}).get("name") for o in _index().select()}
    assert doers.get("Tăng thời lượng đưa tin cảnh báo thiên tai.") == "Đài Phát thanh và Truyền hình tỉnh", doers
    assert doers.get("Chủ đầu tư") == "Chủ đầu tư", doers


def test_a_day_to_act_by_under_the_general_requirements_is_a_task():
    items = _index().select()
    dated = {o.quote[:20]: o.due_date().isoformat() for o in items if o.due_date() is not None}
    assert dated == {"Kiện toàn Ban Chỉ hu": "2027-01-31"}, dated
    assert not [o.quote for o in items if o.quote.startswith("Các cấp, các ngành quán triệt")]
