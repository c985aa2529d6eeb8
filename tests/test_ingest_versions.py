"""An edited copy of a loaded document, kept in another folder (same kind, number, date and issuer), is the
document's new version: it replaces it under its id, never stands beside it as a second document quoting other
figures; loading the old folder again does not bring the stale version back, and --id chooses the other."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.helpers import run_troly

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


APPENDIX = """PHỤ LỤC
DANH SÁCH CÁC ĐỘI THAM GIA
(Kèm theo Kế hoạch số 09/KH-CĐCS ngày 10/02/2026 của Công đoàn cơ sở Trường Tiểu học An Bình)

1. Tổ Toán - Tin: 01 đội, đội trưởng Lê Thị Mai.
2. Tổ Văn - Sử: 01 đội, đội trưởng Trần Thị Hoa.
"""


def _ingest(cli_env, *args: str) -> list[dict]:
    """`troly ingest --json ARGS`: the report of each file."""
    return json.loads(run_troly(["ingest", "--json", *args], cli_env).stdout)["documents"]


def test_the_version_chosen_with_id_stays_when_the_later_edited_files_folder_is_loaded_again(cli_env, tmp_path):
    """The admin chose the older copy with --id; the routine load of the folder holding the copy edited later
    brought that one back at once, by its file's time. The choice stands, and the report says how to undo it."""
    old = _write(tmp_path / "chung" / "bong-chuyen.md", "8.000.000", 1_770_000_000)
    _write(tmp_path / "sua" / "bong-chuyen.md", "9.000.000", 1_770_090_000)
    _ingest(cli_env, str(tmp_path / "chung"))
    assert [d["status"] for d in _ingest(cli_env, str(tmp_path / "sua"))] == ["updated"]
    assert [d["status"] for d in _ingest(cli_env, "--id", "bong-chuyen.md", str(old))] == ["updated"]

    again = run_troly(["ingest", str(tmp_path / "sua")], cli_env)
    assert "[bản không được chọn]" in again.stdout and f"--id bong-chuyen.md {tmp_path / 'sua'}" in again.stdout, \
        again.stdout
    shown = json.loads(run_troly(["show", "--json", "bong-chuyen.md"], cli_env).stdout)
    assert shown["path"] == str(old), shown["path"]
    found = run_troly(["search", "kinh phí giải bóng chuyền hơi"], cli_env).stdout
    assert "8.000.000" in found and "9.000.000" not in found, found


def test_an_appendix_names_its_parent_after_the_parent_moved_to_another_id(cli_env, tmp_path):
    """A new version of a plan loaded under another id with --id removed the old id; its appendix still named the
    removed id as the document it was issued with (`troly show`: "part_of")."""
    folder = tmp_path / "chung"
    _write(folder / "bong-chuyen.md", "8.000.000", 1_770_000_000)
    (folder / "phu-luc.md").write_text(APPENDIX, encoding="utf-8")
    _ingest(cli_env, str(folder))
    assert json.loads(run_troly(["show", "--json", "phu-luc.md"], cli_env).stdout)["meta"]["part_of"] == "bong-chuyen.md"

    new = _write(tmp_path / "moi" / "giai-bong-chuyen.md", "9.000.000", 1_770_090_000)
    assert [d["status"] for d in _ingest(cli_env, "--id", "kh-bong-chuyen", str(new))] == ["added"]
    assert "bong-chuyen.md" not in run_troly(["docs"], cli_env).stdout.replace("giai-bong-chuyen.md", "")
    meta = json.loads(run_troly(["show", "--json", "phu-luc.md"], cli_env).stdout)["meta"]
    assert meta["part_of"] == "kh-bong-chuyen", meta


def test_a_folder_holding_two_versions_says_which_file_stands_and_brings_the_older_back_when_the_newer_is_deleted(
        cli_env, tmp_path):
    """b.txt, edited after a.md, replaced it: the report named only the id and the old file, and called a.md
    "unchanged" in the same run. Once b.txt was deleted, a.md was left out as older than the deleted file, and the
    document removed with it: gone from the store until a second run."""
    folder = tmp_path / "ke-hoach"
    old = _write(folder / "a.md", "8.000.000", 1_770_000_000)
    _ingest(cli_env, str(folder))
    new = _write(folder / "b.txt", "9.000.000", 1_770_090_000)

    both = run_troly(["ingest", str(folder)], cli_env).stdout
    assert f"nay dùng tệp {new}" in both and f"thay bản trước từ {old}" in both, both
    assert "[không đổi]" not in both and f"[bản cũ hơn] a.md" in both, both

    new.unlink()
    left = run_troly(["ingest", str(folder)], cli_env).stdout
    assert "[đã xóa]" not in left and "[bản cũ hơn]" not in left, left
    assert f"{new}" in left and f"nay dùng tệp {old}" in left, left
    found = run_troly(["search", "kinh phí giải bóng chuyền hơi"], cli_env).stdout
    assert "8.000.000" in found, found
