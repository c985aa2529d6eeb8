"""What an admin expects of `troly ingest` run again: a folder loaded again brings the store in line with it
(documents whose file was deleted or renamed in it are removed and named, unless --keep-missing), nothing
loaded from elsewhere is touched, and two different files of the same name stay two documents."""
from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import run_troly


def _plan(subject: str, line: str) -> str:
    return f"KẾ HOẠCH\n{subject}\n\nI. NỘI DUNG\n- {line}\n"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _ingest(env: dict[str, str], *args: str | Path) -> dict:
    proc = run_troly(["ingest", "--json", *map(str, args)], env)
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    return json.loads(proc.stdout)


def _ids(env: dict[str, str]) -> set[str]:
    return {d["id"] for d in json.loads(run_troly(["docs", "--json"], env).stdout)["documents"]}


def test_a_folder_loaded_again_drops_what_left_it_and_nothing_else(cli_env, tmp_path):
    docs = tmp_path / "van-ban"
    _write(docs / "hoi-thao.txt", _plan("Tổ chức hội thao công nhân", "Các tổ đăng ký đội bóng trước ngày 10/3."))
    tap_huan = _write(docs / "tap-huan.txt", _plan("Tập huấn an toàn lao động", "Mỗi tổ cử hai người dự tập huấn."))
    tham_hoi = _write(docs / "tre" / "tham-hoi.txt", _plan("Thăm hỏi đoàn viên ốm đau",
                                                           "Tổ công đoàn báo danh sách trước ngày 5 hằng tháng."))
    alone = _write(tmp_path / "rieng" / "du-lich.txt", _plan("Tham quan nghỉ mát", "Đoàn đi Đà Lạt vào tháng 7."))
    other = _write(tmp_path / "khac" / "thi-dua.txt", _plan("Thi đua cuối năm", "Các tổ nộp bảng điểm trước 15/12."))
    _ingest(cli_env, docs, alone)
    _ingest(cli_env, other.parent)
    assert _ids(cli_env) == {"hoi-thao.txt", "tap-huan.txt", "tre/tham-hoi.txt", "du-lich.txt", "thi-dua.txt"}

    tap_huan.rename(docs / "tap-huan-2026.txt")
    tham_hoi.unlink()
    alone.unlink()  # loaded as a file by itself, and another folder's: neither is this folder's to drop
    other.unlink()
    proc = run_troly(["ingest", str(docs)], cli_env)
    assert proc.returncode == 0, proc.stderr
    said = proc.stdout
    # the renamed file is that document under its new name: said so, neither added nor removed
    assert "[đã đổi tên] tap-huan-2026.txt — Kế hoạch tập huấn an toàn lao động" in said
    assert "trước là tap-huan.txt" in said and "trùng" not in said.split("Đã xử lý")[0]
    assert "[đã thêm]" not in said and "tap-huan.txt —" not in said
    assert f"[đã xóa] tre/tham-hoi.txt — Kế hoạch thăm hỏi đoàn viên ốm đau: tệp {tham_hoi} không còn trong thư mục" \
        in said
    assert "0 thêm mới" in said and "1 văn bản đổi tên hoặc chuyển chỗ" in said and "Đã xóa 1 văn bản" in said
    assert _ids(cli_env) == {"hoi-thao.txt", "tap-huan-2026.txt", "du-lich.txt", "thi-dua.txt"}
    found = json.loads(run_troly(["search", "--json", "cử người dự tập huấn an toàn"], cli_env).stdout)["results"]
    assert found[0]["doc_id"] == "tap-huan-2026.txt"  # the renamed file answers, under its new name


def test_keep_missing_keeps_and_json_says_what_was_removed(cli_env, tmp_path):
    docs = tmp_path / "van-ban"
    _write(docs / "dai-hoi.txt", _plan("Đại hội công đoàn cơ sở", "Đại hội họp vào quý II."))
    gone = _write(docs / "quyen-gop.txt", _plan("Quyên góp ủng hộ vùng lũ", "Mỗi đoàn viên góp một ngày lương."))
    _ingest(cli_env, docs)
    gone.unlink()
    kept = _ingest(cli_env, "--keep-missing", docs)
    assert kept["removed"] == [] and [g["id"] for g in kept["kept_missing"]] == ["quyen-gop.txt"]
    assert "quyen-gop.txt" in _ids(cli_env)
    shown = run_troly(["ingest", "--keep-missing", str(docs)], cli_env).stdout
    assert "[giữ lại] quyen-gop.txt" in shown and "troly remove quyen-gop.txt" in shown
    report = _ingest(cli_env, docs)
    assert report["removed"] == [{"id": "quyen-gop.txt", "title": "Kế hoạch quyên góp ủng hộ vùng lũ",
                                  "path": str(gone)}] and report["kept_missing"] == []
    assert _ids(cli_env) == {"dai-hoi.txt"}
    assert f"Tệp: {docs / 'dai-hoi.txt'} (theo thư mục {docs}:" in run_troly(["show", "dai-hoi.txt"], cli_env).stdout


def test_keep_missing_still_follows_a_renamed_file(cli_env, tmp_path):
    """--keep-missing keeps documents whose file is gone; a file renamed in the folder is not gone: it is the
    same document under its new name, not a duplicate beside a kept copy under the old name."""
    docs = tmp_path / "van-ban"
    old = _write(docs / "tap-huan.txt", _plan("Tập huấn an toàn lao động", "Mỗi tổ cử hai người dự tập huấn."))
    _ingest(cli_env, docs)
    old.rename(docs / "tap-huan-2026.txt")
    report = _ingest(cli_env, "--keep-missing", docs)
    assert [(d["id"], d["status"], d.get("renamed_from")) for d in report["documents"]] == [
        ("tap-huan-2026.txt", "renamed", "tap-huan.txt")]
    assert report["kept_missing"] == [] and report["removed"] == [] and _ids(cli_env) == {"tap-huan-2026.txt"}


def test_a_folder_renamed_is_told_as_its_documents_moved_and_nothing_is_embedded_again(make_settings, tmp_path):
    """Renaming a folder of documents and loading its parent again moves them: each is said to be moved (the same
    content, read from its new place), none added or removed, and no passage is embedded again (no vector cache:
    the store's own vectors serve)."""
    from bot.answer.service import Assistant

    root = tmp_path / "van-ban"
    _write(root / "2025" / "tap-huan.txt", _plan("Tập huấn an toàn lao động", "Mỗi tổ cử hai người dự tập huấn."))
    _write(root / "2025" / "hoi-thao.txt", _plan("Tổ chức hội thao công nhân", "Các tổ đăng ký trước ngày 10/3."))
    with Assistant(make_settings(tmp_path / "data", embed_cache=None)) as assistant:
        assert [d.status for d in assistant.ingest([root]).documents] == ["added", "added"]
        (root / "2025").rename(root / "nam-2025")
        report = assistant.ingest([root])
        assert [(d.id, d.status, d.renamed_from, d.embedded) for d in report.documents] == [
            ("nam-2025/hoi-thao.txt", "moved", "2025/hoi-thao.txt", 0),
            ("nam-2025/tap-huan.txt", "moved", "2025/tap-huan.txt", 0)]
        assert report.removed == [] and {r.doc_id for r in assistant.documents()} == {
            "nam-2025/hoi-thao.txt", "nam-2025/tap-huan.txt"}


def test_two_files_of_the_same_name_stay_two_documents(cli_env, tmp_path):
    first = _write(tmp_path / "khoi-a" / "ke-hoach.txt", _plan("Hội nghị người lao động khối văn phòng",
                                                                "Khối văn phòng họp vào tháng Giêng."))
    second = _write(tmp_path / "khoi-b" / "ke-hoach.txt", _plan("Hội nghị người lao động khối sản xuất",
                                                                 "Khối sản xuất họp vào tháng Hai."))
    _ingest(cli_env, first)
    proc = run_troly(["ingest", str(second)], cli_env)
    assert proc.returncode == 0, proc.stderr
    assert "[đã thêm] khoi-b/ke-hoach.txt" in proc.stdout and "cập nhật" not in proc.stdout.split("Đã xử lý")[0]
    assert "Mã ke-hoach.txt đã là của một văn bản nạp từ tệp khác cùng tên" in proc.stdout
    assert _ids(cli_env) == {"ke-hoach.txt", "khoi-b/ke-hoach.txt"}
    assert f"Tệp: {second}\n" in run_troly(["show", "khoi-b/ke-hoach.txt"], cli_env).stdout  # which file is which
    # the same paths again: each updates its own document
    second.write_text(_plan("Hội nghị người lao động khối sản xuất", "Khối sản xuất họp vào tháng Ba."),
                      encoding="utf-8")
    report = _ingest(cli_env, first, second)
    assert [(d["id"], d["status"]) for d in report["documents"]] == [("ke-hoach.txt", "unchanged"),
                                                                     ("khoi-b/ke-hoach.txt", "updated")]
    for question, doc in (("khối văn phòng họp tháng nào", "ke-hoach.txt"),
                          ("khối sản xuất họp tháng nào", "khoi-b/ke-hoach.txt")):
        found = json.loads(run_troly(["search", "--json", "--k", "1", question], cli_env).stdout)["results"]
        assert found[0]["doc_id"] == doc, (question, found)


def test_a_copy_of_the_same_name_is_a_duplicate_and_no_document_of_its_own(cli_env, tmp_path):
    """A copy in another folder is named a duplicate and loads nothing: no note that it became a document of its own."""
    text = _plan("Hội nghị người lao động", "Các tổ gửi ý kiến trước ngày 20/1.")
    first = _write(tmp_path / "ke-hoach.txt", text)
    _write(tmp_path / "ban-sao" / "ke-hoach.txt", text)
    _ingest(cli_env, first)
    proc = run_troly(["ingest", str(tmp_path / "ban-sao")], cli_env)
    assert proc.returncode == 0, proc.stderr
    assert "[trùng nội dung]" in proc.stdout and "cùng tên" not in proc.stdout, proc.stdout
    report = _ingest(cli_env, tmp_path / "ban-sao")
    assert [(d["status"], d.get("same_name_as")) for d in report["documents"]] == [("duplicate", None)]
    assert _ids(cli_env) == {"ke-hoach.txt"}


def test_a_loaded_file_edited_to_another_documents_words_is_removed_as_a_duplicate(cli_env, tmp_path):
    """A file loaded before and edited since to a loaded document's words is a duplicate: its old text is removed
    (no longer listed nor found), and the report says so, in words and in --json; the other document stays."""
    docs = tmp_path / "van-ban"
    text = _plan("Hội nghị người lao động", "Các tổ gửi ý kiến trước ngày 20/1.")
    _write(docs / "a.txt", text)
    b = _write(docs / "b.txt", _plan("Tham quan nghỉ mát", "Đoàn đi Đà Lạt vào tháng 7."))
    _ingest(cli_env, docs)
    b.write_text(text.upper(), encoding="utf-8")  # the same words, in capitals
    proc = run_troly(["ingest", str(docs)], cli_env)
    assert proc.returncode == 0, proc.stderr
    assert _ids(cli_env) == {"a.txt"}
    assert "[trùng nội dung] b.txt" in proc.stdout and "đã xóa văn bản b.txt" in proc.stdout, proc.stdout
    found = json.loads(run_troly(["search", "--json", "đi Đà Lạt tháng mấy"], cli_env).stdout)["results"]
    assert all(r["doc_id"] == "a.txt" for r in found), found
    report = _ingest(cli_env, docs)  # nothing left to remove: a duplicate as any other
    assert [(d["id"], d["status"], d.get("removed")) for d in report["documents"]] == [
        ("a.txt", "unchanged", None), ("b.txt", "duplicate", None)]


def test_a_folder_found_empty_keeps_its_documents_and_says_why(cli_env, tmp_path):
    docs = tmp_path / "o-mang"
    first = _write(docs / "hoi-nghi.txt", _plan("Hội nghị người lao động", "Các tổ gửi ý kiến trước ngày 20/1."))
    second = _write(docs / "tet.txt", _plan("Chăm lo Tết cho đoàn viên", "Tổ công đoàn lập danh sách trước 15/1."))
    _ingest(cli_env, docs)
    first.unlink()  # a share not mounted looks like this: the folder is there, every file is gone
    second.unlink()
    proc = run_troly(["ingest", str(docs)], cli_env)
    assert proc.returncode == 1  # nothing was loaded: the admin should look
    assert f"thư mục {docs} không còn tệp nào, nên chưa xóa gì" in proc.stdout
    assert "troly remove tet.txt" in proc.stdout
    assert _ids(cli_env) == {"hoi-nghi.txt", "tet.txt"}
    again = json.loads(run_troly(["ingest", "--json", str(docs)], cli_env).stdout)
    assert again["removed"] == [] and {g["id"] for g in again["kept_missing"]} == {"hoi-nghi.txt", "tet.txt"}
    assert all(g["empty_folder"] == str(docs) for g in again["kept_missing"])
    _write(docs / "tet.txt", _plan("Chăm lo Tết cho đoàn viên", "Tổ công đoàn lập danh sách trước 15/1."))
    _ingest(cli_env, docs)  # one file back: the folder is there again, and what is still missing goes
    assert _ids(cli_env) == {"tet.txt"}
