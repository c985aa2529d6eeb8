"""An appendix loaded with its parent text: it takes the parent's number, date and issuer, so a question naming
the parent finds it, whichever of the two files comes first."""
from __future__ import annotations

from pathlib import Path

from bot.answer.service import Assistant

PARENT = """CHÍNH PHỦ
Số: 07/NQ-CP
Hà Nội, ngày 09 tháng 01 năm 2025

NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ về chuyển đổi số quốc gia

Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ về chuyển đổi số quốc gia.
Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.
"""

APPENDIX = """PHỤ LỤC I
DANH MỤC CÁC CHỈ TIÊU CỤ THỂ
(Kèm theo Chương trình hành động tại Nghị quyết số /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)

1. Tỉ lệ dân số trưởng thành có chữ ký số cá nhân đạt trên 70% đến năm 2030.
2. Quy mô kinh tế số đạt 30% GDP đến năm 2030.
"""


def test_an_appendix_takes_its_parents_number_and_is_found_by_it(tmp_path: Path, make_settings):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a_phuluc.txt").write_text(APPENDIX, encoding="utf-8")  # read before its parent
    (docs / "b_nghiquyet.txt").write_text(PARENT, encoding="utf-8")
    with Assistant(make_settings()) as assistant:
        report = assistant.ingest([docs])
        assert sorted(d.status for d in report.documents) == ["added", "added"]
        appendix = assistant.store.get("a_phuluc.txt")
        assert appendix.meta["number"] == "07/NQ-CP" and appendix.meta["part_of"] == "b_nghiquyet.txt"
        assert "NQ 07/NQ-CP" in appendix.meta["short_title"] and appendix.meta["date"] == "2025-01-09"
        hits = assistant.search("Nghị quyết 07/NQ-CP đặt chỉ tiêu quy mô kinh tế số bao nhiêu", k=3)
        assert hits[0].doc_id == "a_phuluc.txt" and "30% GDP" in hits[0].text
        assert not any(p.off_scope for p in hits if p.doc_id == "a_phuluc.txt")
