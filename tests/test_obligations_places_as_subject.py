"""Places of a level named alone as a sentence's subject ("Các xã, phường gửi báo cáo …") act through their people's
committee: the doer is "UBND xã, phường" (every level written), not the bare "UBND" or none; "Ủy ban nhân dân các
phường An Bình, Tân Hòa" is the wards' committee too. The document is this file's own, invented; parsed without
embedding."""
from __future__ import annotations

from tests.helpers import obligation_index

_PLAN = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nTHỊ XÃ HÒA AN\nSố: 21/KH-UBND",
    "Hòa An, ngày 05 tháng 01 năm 2027",
    "KẾ HOẠCH\nPhòng chống dịch bệnh trên cây trồng năm 2027",
    "I. NỘI DUNG",
    "1. Các xã, phường rà soát diện tích cây trồng bị nhiễm bệnh, báo cáo về Phòng Kinh tế trước ngày 20 tháng 02 "
    "năm 2027.",
    "2. Ủy ban nhân dân các phường An Bình, Tân Hòa hoàn thành việc phun thuốc trước ngày 15 tháng 3 năm 2027.",
    "3. Các ngành phối hợp kiểm tra việc phun thuốc trước ngày 30 tháng 3 năm 2027.",
])


def _doer(items, opening: str) -> dict:
    return next(o for o in items if o.quote.startswith(opening)).doer or {}


def test_places_named_by_their_level_act_through_their_committee():
    """Before, "Các xã, phường …" had no doer and "Ủy ban nhân dân các phường …" the bare "UBND"."""
    index = obligation_index([("kh21.txt", _PLAN)])
    items = index.select()
    communes, wards = _doer(items, "Các xã, phường"), _doer(items, "Ủy ban nhân dân các phường")
    assert communes.get("short") == "UBND xã, phường", communes
    assert wards.get("short") == "UBND phường", wards
    # "Các ngành …" names no level with a committee: not the communes'
    assert {o.quote[:20] for o in index.select("UBND xã")} == {"Các xã, phường rà so", "Ủy ban nhân dân các "}

