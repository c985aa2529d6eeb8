"""A task done in rounds ("02 đợt: đợt 1 trong tháng 3 …, đợt 2 trong tháng 9 …") falls due at each round; a body is
shown at the level the text writes ("UBND phường", a report "gửi UBND thành phố"), not its class's ("UBND xã", "UBND
tỉnh"); a targets table's "Cơ quan chủ trì" column names each row's body, not the issuer. The document is this file's
own, invented; parsed without embedding."""
from __future__ import annotations

from tests.helpers import obligation_index

_PLAN = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH\nSố: 12/KH-UBND",
    "An Bình, ngày 05 tháng 01 năm 2027",
    "KẾ HOẠCH\nTiêm phòng cho vật nuôi năm 2027",
    "I. NỘI DUNG",
    "1. Trạm Thú y phường tổ chức tiêm phòng dại cho chó, mèo 02 đợt: đợt 1 trong tháng 3 năm 2027, đợt 2 trong "
    "tháng 9 năm 2027.",
    "2. Định kỳ hằng quý, Phòng Kinh tế phường báo cáo kết quả gửi UBND thành phố.",
    "3. UBND phường hoàn thành tổng kết công tác tiêm phòng trước ngày 15 tháng 12 năm 2027.",
    "II. CHỈ TIÊU",
    "Phấn đấu đạt các chỉ tiêu sau:",
    "| STT | Chỉ tiêu năm 2027 | Cơ quan chủ trì |\n|---|---|---|\n"
    "| 1 | Tiêm phòng dại cho ít nhất 90% số chó, mèo | Trạm Thú y phường |\n"
    "| 2 | 100% hộ nuôi chó được lập danh sách | Tổ dân phố |",
])


def _items():
    return obligation_index([("kh12.txt", _PLAN)]).select()


def test_each_round_of_a_task_is_a_deadline():
    """Before, only the first round (March) was due."""
    days = {o.due["date"] for o in _items() if "tiêm phòng dại cho chó" in o.quote and o.due}
    assert days == {"2027-03-31", "2027-09-30"}, days


def test_bodies_are_shown_at_the_level_the_text_writes():
    """Before, the ward's body was "UBND xã" and the city "UBND tỉnh"."""
    items = _items()
    done = next(o for o in items if o.quote.startswith("UBND phường hoàn thành"))
    report = next(o for o in items if "gửi UBND thành phố" in o.quote)
    assert done.doer["short"] == "UBND phường", done.doer
    assert report.recipient["short"] == "UBND thành phố", report.recipient


def test_a_targets_tables_lead_column_names_each_rows_body():
    """Before, both rows' targets were the issuer's (no doer, or the ward's UBND)."""
    doers = {o.target["value"]: (o.doer or {}).get("name") for o in _items() if o.kind == "target"}
    assert doers == {90.0: "Trạm Thú y phường", 100.0: "Tổ dân phố"}, doers
