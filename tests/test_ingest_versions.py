"""An edited copy of a loaded document, kept in another folder (same kind, number, date and issuer), is the
document's new version: it replaces it under its id, never stands beside it as a second document quoting other
figures; loading the old folder again does not bring the stale version back, and --id chooses the other."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

PLAN = """CÔNG ĐOÀN CƠ SỞ TRƯỜNG TIỂU HỌC AN BÌNH
Số: 09/KH-CĐCS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 10 tháng 2 năm 2026

KẾ HOẠCH
Tổ chức giải bóng chuyền hơi nữ năm 2026

I. NỘI DUNG
1. Ban tổ chức chuẩn bị kinh phí {money} đồng cho giải đấu.
2. Các tổ công đoàn đăng ký đội thi đấu trước ngày 20/3/2026.
"""


def _write(path: Path, money: str, when: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PLAN.format(money=money), encoding="utf-8")
    os.utime(path, (when, when))
    return path


def _money(assistant) -> set[str]:
    """The sums the loaded documents quote for the games' budget."""
    texts = [p.text for p in assistant.search("kinh phí giải bóng chuyền hơi bao nhiêu", k=5)]
    return {m for m in ("8.000.000", "9.000.000") if any(m in text for text in texts)}


@pytest.fixture
def assistant(make_settings, tmp_path):
    from bot.answer.service import Assistant

    with Assistant(make_settings(tmp_path / "data")) as assistant:
        yield assistant


def test_an_edited_copy_in_another_folder_replaces_the_document_and_the_old_folder_does_not_bring_it_back(
        assistant, tmp_path):
    old = _write(tmp_path / "chung" / "bong-chuyen.md", "8.000.000", 1_770_000_000)
    new = _write(tmp_path / "sua" / "bong-chuyen.md", "9.000.000", 1_770_090_000)
    assert [d.status for d in assistant.ingest([tmp_path / "chung"]).documents] == ["added"]

    edited = assistant.ingest([new]).documents
    assert [(d.id, d.status, d.replaced, d.same_name_as) for d in edited] == [
        ("bong-chuyen.md", "updated", str(old), None)]
    assert [r.doc_id for r in assistant.documents()] == ["bong-chuyen.md"]
    assert _money(assistant) == {"9.000.000"}

    again = assistant.ingest([tmp_path / "chung"])  # the usual routine: the old folder loaded again
    assert [d.status for d in again.documents] == ["older"] and not again.removed
    line = again.documents[0].line
    assert str(new) in line and f"--id bong-chuyen.md {old}" in line, line
    assert [(r.doc_id, r.path) for r in assistant.documents()] == [("bong-chuyen.md", str(new))]
    assert _money(assistant) == {"9.000.000"}

    chosen = assistant.ingest([old], doc_id="bong-chuyen.md").documents  # the admin chooses the older one
    assert [(d.id, d.status, d.replaced) for d in chosen] == [("bong-chuyen.md", "updated", str(new))]
    assert _money(assistant) == {"8.000.000"}


def test_id_asked_for_is_kept_when_the_file_was_loaded_under_another(assistant, tmp_path):
    """A second copy loaded as a document of its own (its number read differently then): loading it with --id of
    the first leaves one document, under the id asked for, with the file's words."""
    _write(tmp_path / "chung" / "bong-chuyen.md", "8.000.000", 1_770_000_000)
    copy = tmp_path / "sua" / "bong-chuyen.md"
    copy.parent.mkdir()
    copy.write_text(PLAN.format(money="9.000.000").replace("09/KH", "10/KH"), encoding="utf-8")
    assistant.ingest([tmp_path / "chung"])
    assistant.ingest([copy])
    assert {r.doc_id for r in assistant.documents()} == {"bong-chuyen.md", "sua/bong-chuyen.md"}
    copy.write_text(PLAN.format(money="9.000.000"), encoding="utf-8")
    assistant.ingest([copy])  # the same file again: still its own document, now the same number as the other

    result = assistant.ingest([copy], doc_id="bong-chuyen.md").documents
    assert [(d.id, d.status) for d in result] == [("bong-chuyen.md", "updated")]
    assert [(r.doc_id, r.path) for r in assistant.documents()] == [("bong-chuyen.md", str(copy))]
    assert _money(assistant) == {"9.000.000"}
