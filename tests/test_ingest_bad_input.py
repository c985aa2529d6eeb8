"""Bad input through the real CLI: each bad file gets a clear Vietnamese message, the good files
are still ingested, nothing already stored is lost, and the exit code says something failed."""
from __future__ import annotations

import io
import json
from pathlib import Path

from tests.helpers import run_troly
from tests.test_formats import PLAN, make_docx, make_pdf


def _encrypted_docx(path: Path) -> Path:
    import msoffcrypto.format.ooxml

    plain = make_docx(path.with_name("plain.docx"), PLAN)
    out = io.BytesIO()
    with open(plain, "rb") as fh:
        msoffcrypto.format.ooxml.OOXMLFile(fh).encrypt("mật-khẩu", out)
    path.write_bytes(out.getvalue())
    plain.unlink()
    return path


def _image_only_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for i in range(8):  # a scanned page: shapes, no text layer
        c.rect(40 + i * 20, 700 - i * 30, 300, 20, fill=1)
    c.showPage()
    c.save()
    return path


def _bad_files(folder: Path) -> dict[str, str]:
    """{file name: a word its message must contain}."""
    folder.mkdir()
    (folder / "rong.txt").write_bytes(b"")
    (folder / "nhi-phan.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "hong.docx").write_bytes(b"PK\x03\x04 this is not really a zip archive")
    (folder / "hong.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage without xref")
    _encrypted_docx(folder / "mat-khau.docx")
    make_pdf(folder / "mat-khau.pdf", [PLAN.split("\n")], password="bí-mật")
    _image_only_pdf(folder / "anh-quet.pdf")
    (folder / "bang.xlsx").write_bytes(b"PK\x03\x04")
    (folder / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)  # an old Word file
    (folder / "qua-lon.txt").write_text(PLAN * 200, encoding="utf-8")  # ~200 KB, over a 0.1 MB limit
    return {"rong.txt": "rỗng", "nhi-phan.txt": "nhị phân", "hong.docx": "hỏng", "hong.pdf": "hỏng",
            "mat-khau.docx": "mật khẩu", "mat-khau.pdf": "mật khẩu", "anh-quet.pdf": "lớp văn bản",
            "bang.xlsx": "Excel", "cu.doc": "mở tệp bằng Word hoặc LibreOffice Writer, chọn Tệp › Lưu thành (Save As), "
            "lưu dưới dạng .docx", "qua-lon.txt": "quá lớn"}


def test_each_bad_file_gets_a_clear_message_and_the_rest_are_ingested(tmp_path, cli_env):
    expected = _bad_files(tmp_path / "bad")
    good = tmp_path / "ke-hoach.txt"
    good.write_text(PLAN, encoding="utf-8")
    bad_paths = [str(tmp_path / "bad" / name) for name in sorted(expected)]
    cli_env["TROLY_MAX_FILE_MB"] = "0.1"
    proc = run_troly(["ingest", "--json", *bad_paths, str(good)], cli_env)
    assert proc.returncode != 0
    report = {d["source"]: d for d in json.loads(proc.stdout)["documents"]}
    assert report["ke-hoach.txt"]["status"] == "added" and report["ke-hoach.txt"]["error"] is None
    for name, word in expected.items():
        assert report[name]["status"] == "failed", name
        assert word in report[name]["error"], (name, report[name]["error"])
        assert "Traceback" not in report[name]["error"]
    assert "Traceback" not in proc.stderr

    # Without --json the summary says the same, in Vietnamese, and the exit code still fails.
    proc = run_troly(["ingest", *bad_paths[:3], str(good)], cli_env)
    assert proc.returncode != 0
    assert "[lỗi] " in proc.stdout and "không đổi" in proc.stdout and "3 lỗi" in proc.stdout

    # Only the good file is in the store.
    docs = json.loads(run_troly(["docs", "--json"], cli_env).stdout)["documents"]
    assert [d["id"] for d in docs] == ["ke-hoach.txt"]


def test_a_failed_update_keeps_the_stored_version(tmp_path, cli_env):
    good = tmp_path / "ke-hoach.txt"
    good.write_text(PLAN, encoding="utf-8")
    assert run_troly(["ingest", "--json", "--id", "kh-2022", str(good)], cli_env).returncode == 0
    before = json.loads(run_troly(["show", "--json", "kh-2022"], cli_env).stdout)

    broken = tmp_path / "ke-hoach.pdf"
    broken.write_bytes(b"%PDF-1.4\n%%EOF")
    proc = run_troly(["ingest", "--json", "--id", "kh-2022", str(broken)], cli_env)
    assert proc.returncode != 0
    assert json.loads(proc.stdout)["documents"][0]["status"] == "failed"

    after = json.loads(run_troly(["show", "--json", "kh-2022"], cli_env).stdout)
    assert after == before
    hits = json.loads(run_troly(["search", "--json", "--doc", "kh-2022", "thăm hỏi đoàn viên ốm đau"], cli_env).stdout)
    assert any("ốm đau" in r["text"] for r in hits["results"])


def test_missing_path_and_empty_folder(tmp_path, cli_env):
    proc = run_troly(["ingest", "--json", str(tmp_path / "khong-co.txt")], cli_env)
    assert proc.returncode != 0
    doc = json.loads(proc.stdout)["documents"][0]
    assert doc["status"] == "failed" and "Không tìm thấy" in doc["error"]
    (tmp_path / "trong").mkdir()
    proc = run_troly(["ingest", str(tmp_path / "trong")], cli_env)
    assert proc.returncode != 0 and "Không tìm thấy tệp nào" in proc.stdout


def test_folder_without_a_loadable_file_says_which_files_are_loaded(cli_env, tmp_path):
    folder = tmp_path / "bang-tinh"
    folder.mkdir()
    (folder / "bang.xlsx").write_bytes(b"PK\x03\x04")
    (folder / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)  # an old Word file
    (folder / "ghi-chu.rtf").write_text("{\\rtf1 xin chao}", encoding="utf-8")
    proc = run_troly(["ingest", str(folder)], cli_env)
    assert proc.returncode == 1, proc.stderr
    assert "Không tìm thấy tệp nào để nạp" in proc.stdout and ".docx" in proc.stdout and ".pdf" in proc.stdout


def test_id_with_several_files_is_a_usage_error(tmp_path, cli_env):
    """--id names one document: with two files (or a folder of two, or a folder at all: a folder of one file
    brings its next files under it) it is a usage error (exit 2), nothing loaded."""
    from troly.texts import t

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(PLAN, encoding="utf-8")
    (tmp_path / "mot").mkdir()
    (tmp_path / "mot" / "c.txt").write_text(PLAN, encoding="utf-8")
    for paths in ([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], [str(tmp_path)], [str(tmp_path / "mot")]):
        proc = run_troly(["ingest", "--id", "kh-2026", *paths], cli_env)
        assert proc.returncode == 2, (proc.stdout, proc.stderr)
        assert t("ingest.errors.id_needs_one_file") in proc.stderr and "Traceback" not in proc.stderr
    assert "kh-2026" not in run_troly(["docs"], cli_env).stdout


def test_files_a_folder_ingest_skips_are_named(tmp_path, cli_env):
    """An old .doc next to the plans is not loaded, and the admin is told so, and how to have it loaded."""
    folder = tmp_path / "van-ban"
    folder.mkdir()
    (folder / "ke-hoach.txt").write_text(PLAN, encoding="utf-8")
    (folder / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "anh.png").write_bytes(b"\x89PNG")
    proc = run_troly(["ingest", str(folder)], cli_env)
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    assert "Bỏ qua 2 tệp" in proc.stdout and "cu.doc" in proc.stdout and "anh.png" in proc.stdout
    assert "⚠ Định dạng .doc chưa được hỗ trợ. Hãy mở tệp bằng Word hoặc LibreOffice Writer" in proc.stdout, proc.stdout
    assert ".png" not in proc.stdout.replace("anh.png", "")  # a picture has no such way: named only
    out = json.loads(run_troly(["ingest", "--json", str(folder)], cli_env).stdout)
    assert out["skipped"] == ["anh.png", "cu.doc"] and [d["status"] for d in out["documents"]] == ["unchanged"]


def _denied(exc_path: Path):
    """An os.scandir that refuses to list exc_path, as for a folder its owner keeps to himself (run as
    root, a test cannot make a real one)."""
    import errno
    import os

    real = os.scandir

    def scandir(path=None):
        if path is not None and Path(path) == exc_path:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    return scandir


def test_a_folder_that_cannot_be_read_is_named_not_passed_over(tmp_path, cli_env, monkeypatch):
    """Before: a sub-folder without read permission was left out in silence and the run said "0 lỗi"."""
    import os

    folder = tmp_path / "van-ban"
    (folder / "rieng").mkdir(parents=True)
    (folder / "ke-hoach.txt").write_text(PLAN, encoding="utf-8")
    (folder / "rieng" / "bao-cao.txt").write_text(PLAN.replace("2022", "2023"), encoding="utf-8")
    monkeypatch.setattr(os, "scandir", _denied(folder / "rieng"))
    proc = run_troly(["ingest", str(folder)], cli_env)
    assert proc.returncode == 1, proc.stdout
    assert "[lỗi] rieng/: Không đọc được thư mục (không có quyền đọc)" in proc.stdout, proc.stdout
    assert "[đã thêm] ke-hoach.txt" in proc.stdout and "Permission" not in proc.stdout


def test_a_file_that_cannot_be_read_is_refused_in_vietnamese(tmp_path, monkeypatch):
    """The reason is ours, not the system's English "Permission denied" (the reader runs in a worker
    process: its read_file is called here directly)."""
    import errno

    import pytest

    from ingest.errors import IngestError
    from ingest.readers import read_file

    path = tmp_path / "rieng.txt"
    path.write_text(PLAN, encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(IngestError) as refused:
        read_file(path, 10**6)
    assert str(refused.value) == "Không mở được tệp: không có quyền đọc."


def test_an_empty_path_or_id_is_a_usage_error(tmp_path, cli_env, monkeypatch):
    """`troly ingest ""` (an unset shell variable: `troly ingest "$FILE"`) loaded every file under the
    current folder; `--id ""` was taken as no id. Both are refused (exit 2) and nothing is loaded."""
    from troly.texts import t

    monkeypatch.chdir(tmp_path)
    (tmp_path / "ke-hoach.txt").write_text(PLAN, encoding="utf-8")
    for argv in (["ingest", ""], ["ingest", "--id", " ", "ke-hoach.txt"]):
        proc = run_troly(argv, cli_env)
        assert proc.returncode == 2 and proc.stderr.strip().endswith(t("cli.blank")), (proc.stdout, proc.stderr)
    assert json.loads(run_troly(["docs", "--json"], cli_env).stdout)["documents"] == []


def test_a_plan_saved_with_combining_marks_is_not_warned_as_unaccented():
    """A file saved as Unicode tổ hợp (NFD: every mark a combining character after its letter) is Vietnamese with all
    its marks; it was told "gần như không có chữ tiếng Việt có dấu" (new-user trial of session 39)."""
    import unicodedata

    from ingest.decode import language_warning

    assert language_warning(unicodedata.normalize("NFD", PLAN)) is None
    assert language_warning(unicodedata.normalize("NFD", "The committee will meet next Tuesday to discuss the plan. "
                                                          * 6)) is not None


def test_a_text_that_is_not_vietnamese_is_loaded_with_a_warning(tmp_path, cli_env):
    """An English memo was loaded without a word, as if Vietnamese questions could find it; it is still
    loaded (a mistake or not, the admin decides) but the report says what it is. A plan gets no warning."""
    from troly.texts import t

    memo = tmp_path / "memo.txt"
    memo.write_text("The committee will meet next Tuesday to discuss the spending plan for the coming year "
                    "and to allocate resources to each of the regional offices.\n" * 3, encoding="utf-8")
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(PLAN, encoding="utf-8")
    proc = run_troly(["ingest", str(memo), str(plan)], cli_env)
    assert proc.returncode == 0, proc.stdout
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("[đã thêm] memo.txt") and lines[1] == f"    ⚠ {t('ingest.input.not_vietnamese')}"
    assert proc.stdout.count("⚠") == 1, proc.stdout
    report = {d["id"]: d for d in json.loads(run_troly(["ingest", "--json", str(memo), str(plan)], cli_env).stdout)
              ["documents"]}
    assert report["memo.txt"]["warning"] == t("ingest.input.not_vietnamese") and "warning" not in report["ke-hoach.txt"]


def test_the_lock_file_word_keeps_beside_an_open_document_is_not_a_document(tmp_path, cli_env):
    """A folder ingested while one of its plans is open in Word holds "~$ke-hoach.docx" (the name of who
    has it open): it was reported "[lỗi] ~$ke-hoach.docx: Tệp .docx bị hỏng" and the run exited 1."""
    folder = tmp_path / "van-ban"
    folder.mkdir()
    make_docx(folder / "ke-hoach.docx", PLAN)
    (folder / "~$ke-hoach.docx").write_bytes(b"\x0cNguyen Van A" + bytes(150))
    proc = run_troly(["ingest", str(folder)], cli_env)
    assert proc.returncode == 0, proc.stdout
    assert "~$" not in proc.stdout and "[đã thêm] ke-hoach.docx" in proc.stdout
