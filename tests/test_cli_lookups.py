"""What an officer types at the command line, over the shared store of the five plans: documents named
the way `--doc` takes them, filters that say when they match nothing, option values checked, exports that
cannot be written, and `ask --batch` answers that say which question they answer."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.helpers import run_troly
from troly.texts import t

KL51 = "004_f2391f32d5c3f913.txt"


@pytest.fixture
def env(cli_env, corpus_store):
    """The shared read-only store of the five plans."""
    return dict(cli_env, TROLY_DATA_DIR=str(corpus_store), TROLY_TODAY="2026-11-30")


def assert_message(proc, code: int, said: str) -> None:
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert said in proc.stderr and "Traceback" not in proc.stderr, proc.stderr


@pytest.mark.parametrize("argv, said", [
    (["deadlines", "--to", "hom-nay"], "«hom-nay» không đúng dạng ngày/tháng/năm"),
    (["deadlines", "--to", "2026/12/31"], "«2026/12/31» không đúng dạng ngày/tháng/năm"),
    # written as a day is, but no day of the calendar: said so, not that its form is wrong (review40 R17)
    (["deadlines", "--from", "2026-13-01"], "«2026-13-01» không có trong lịch"),
    (["deadlines", "--to", "31/6/2027"], "«31/6/2027» không có trong lịch"),
    (["obligations", "--kind", "viec"], "không có loại «viec» (chọn một trong: báo cáo, nhiệm vụ, thời hạn, chỉ tiêu)"),
    (["search", "--k", "0", "đoàn viên"], "cần một số nguyên từ 1 trở lên, không phải «0»"),
    (["search", "--k", "-3", "đoàn viên"], "cần một số nguyên từ 1 trở lên, không phải «-3»"),
])
def test_option_values_are_checked_in_vietnamese(argv, said, cli_env):
    proc = run_troly(argv, cli_env)
    assert_message(proc, 2, said)
    assert "cách dùng: troly" in proc.stderr


def test_a_reversed_date_range_is_a_usage_error(cli_env):
    """--from after --to matches no dated item: said so (exit 2), not an empty list that looks like no deadlines."""
    proc = run_troly(["deadlines", "--from", "2027-01-01", "--to", "2026-01-01"], cli_env)
    assert_message(proc, 2, t("cli.dates_reversed", start="2027-01-01", end="2026-01-01"))
    assert not proc.stdout


@pytest.mark.parametrize("command", ["ask", "search"])
@pytest.mark.parametrize("question", [[], [""], ["  ", " "]], ids=["none", "empty", "blank"])
def test_a_missing_or_blank_question_is_a_usage_error(command, question, env):
    assert_message(run_troly([command, *question], env), 2, t("cli.no_question"))


def test_show_takes_a_prefix_like_doc_and_names_what_is_loaded(env):
    by_prefix = run_troly(["show", "004_f"], env)
    assert by_prefix.returncode == 0, by_prefix.stderr
    assert by_prefix.stdout == run_troly(["show", KL51], env).stdout
    assert "KH thực hiện KL 51" in by_prefix.stdout
    assert_message(run_troly(["show", "00"], env), 1, "khớp nhiều văn bản")
    unknown = run_troly(["show", "kh-khong-co"], env)
    assert_message(unknown, 1, "«kh-khong-co»")
    assert "KH thực hiện KL 51 – BTV LĐLĐ tỉnh" in unknown.stderr  # says what there is to choose from
    assert_message(run_troly(["ask", "--doc", "kh-khong-co", "báo cáo gì?"], env), 1, "«kh-khong-co»")


def test_doc_takes_a_document_by_the_names_questions_use(env):
    """What a plan implements ("KL 51") or where it was issued ("Lâm Đồng") names it, as in a question."""
    by_id = run_troly(["search", "--doc", KL51, "kiểm tra, giám sát"], env)
    assert by_id.returncode == 0, by_id.stderr
    assert run_troly(["search", "--doc", "kết luận 51", "kiểm tra, giám sát"], env).stdout == by_id.stdout
    shown = run_troly(["show", "Lâm Đồng"], env)
    assert shown.returncode == 0 and "KH thực hiện NQ 02 – CĐGD tỉnh Lâm Đồng" in shown.stdout, shown.stderr


def test_obligations_doc_takes_a_prefix_and_an_unknown_one_is_an_error(env):
    proc = run_troly(["obligations", "--doc", "004_f", "--json"], env)
    assert proc.returncode == 0, proc.stderr
    items = json.loads(proc.stdout)["obligations"]
    assert items and {o["doc_id"] for o in items} == {KL51}
    assert_message(run_troly(["obligations", "--doc", "kh-khong-co"], env), 1, "«kh-khong-co»")


def test_lists_cite_documents_by_short_name(env):
    proc = run_troly(["obligations", "--actor", "CĐCS"], env)
    assert proc.returncode == 0, proc.stderr
    assert "(KH thực hiện KL 51 – BTV LĐLĐ tỉnh › III.2)" in proc.stdout
    data = json.loads(run_troly(["obligations", "--doc", KL51, "--json"], env).stdout)["obligations"]
    assert {o["document"] for o in data} == {"KH thực hiện KL 51 – BTV LĐLĐ tỉnh"}


def test_a_body_named_with_its_province_lists_the_provincial_bodys_items(env):
    by_place = run_troly(["obligations", "--actor", "Công đoàn Giáo dục Bắc Ninh"], env)
    assert by_place.returncode == 0, by_place.stderr
    assert by_place.stdout == run_troly(["obligations", "--actor", "CĐGD tỉnh"], env).stdout


def test_deadlines_for_an_unknown_body_say_so(env):
    proc = run_troly(["deadlines", "--actor", "abcxyz"], env)
    assert_message(proc, 1, t("obligations.unknown_actor", actor="abcxyz"))


@pytest.mark.parametrize("argv", [["obligations", "--xlsx", "OUT/nghiavu.xlsx"],
                                  ["obligations", "--csv", "OUT/nghiavu.csv"],
                                  ["deadlines", "--ics", "OUT/hanchot.ics"]], ids=["xlsx", "csv", "ics"])
def test_export_to_a_missing_folder_is_a_message(argv, env, tmp_path):
    target = str(tmp_path / "khong-co")
    proc = run_troly([a.replace("OUT", target) for a in argv], env)
    assert_message(proc, 1, f"Không ghi được tệp {target}/")
    assert t("os.not_found") in proc.stderr


def test_ask_batch_says_which_question_each_answer_is_for(env, tmp_path):
    questions = ["Công đoàn cơ sở phải báo cáo gì?", "xin chào"]
    batch = tmp_path / "cau-hoi.txt"
    batch.write_text("\n".join(questions) + "\n", encoding="utf-8")
    proc = run_troly(["ask", "--batch", str(batch)], env)
    assert proc.returncode == 0, proc.stderr
    first, second = (proc.stdout.index(f"❓ {q}\n") for q in questions)
    assert first < proc.stdout.index("[1]") < second
    single = run_troly(["ask", questions[0]], env)
    assert "❓" not in single.stdout  # one question: the answer alone


def test_obligations_and_deadlines_take_vietnamese_kinds_and_days(env):
    """An admin types `--kind "báo cáo"` (or "bao-cao") and `--from 15/12/2026` as Vietnamese write them: the same
    lists as `--kind report` and `--from 2026-12-15` (once refused as not one of the English codes / not ISO)."""
    reports = run_troly(["obligations", "--json", "--kind", "report"], env).stdout
    assert json.loads(reports)["obligations"], reports
    for typed in ("báo cáo", "Bao-cao", "BÁO CÁO"):
        assert run_troly(["obligations", "--json", "--kind", typed], env).stdout == reports, typed
    iso = run_troly(["deadlines", "--json", "--from", "2026-12-15", "--to", "2027-06-30"], env).stdout
    assert json.loads(iso)["dated"] or json.loads(iso)["recurring"], iso
    for start, end in (("15/12/2026", "30/6/2027"), ("15.12.2026", "30.06.2027")):
        assert run_troly(["deadlines", "--json", "--from", start, "--to", end], env).stdout == iso, start


def test_kind_and_year_that_match_no_document_say_what_is_loaded(env):
    wrong_kind = run_troly(["search", "--kind", "Thông tư", "báo cáo"], env)
    assert_message(wrong_kind, 1, t("cli.unknown_kind", kind="Thông tư", kinds="Kế hoạch"))
    # the five plans print no date: no year of issue to choose
    assert_message(run_troly(["ask", "--year", "2025", "báo cáo gì?"], env), 1, t("cli.no_years", year=2025))
    unaccented = run_troly(["search", "--json", "--kind", "ke hoach", "--k", "3", "báo cáo kết quả"], env)
    assert unaccented.returncode == 0 and len(json.loads(unaccented.stdout)["results"]) == 3


def test_filters_that_leave_nothing_say_so_rather_than_that_nothing_was_extracted(env):
    proc = run_troly(["obligations", "--doc", KL51, "--kind", "chi tieu"], env)
    # the message names the filters given, not options the command does not have (--from of deadlines)
    assert proc.returncode == 0 and proc.stdout.strip() == t(
        "obligations.none_matching", chosen=f"--doc «{KL51}», --kind «chỉ tiêu»"), proc.stdout
    assert f"--doc «{KL51}»" in proc.stdout and "--from" not in proc.stdout
    later = run_troly(["deadlines", "--actor", "CĐCS", "--from", "2090-01-01"], env)
    assert t("obligations.no_deadlines") not in later.stdout


def test_remove_takes_a_whole_id_never_a_beginning_of_one(cli_env, corpus_data):
    env = dict(cli_env, TROLY_DATA_DIR=str(corpus_data))
    assert_message(run_troly(["remove", "00"], env), 1, "«00» khớp nhiều văn bản")
    slip = run_troly(["remove", "004_f"], env)  # `show 004_f` shows it; removing a document needs its whole id
    assert_message(slip, 1, "troly remove " + KL51)
    assert KL51 in run_troly(["docs"], env).stdout
    removed = run_troly(["remove", "--json", KL51], env)
    assert removed.returncode == 0 and json.loads(removed.stdout) == {"id": KL51, "removed": True}
    again = run_troly(["remove", KL51], env)  # gone: "no such document", and which there are
    assert_message(again, 1, f"Không có văn bản «{KL51}»")
    assert "000_2d8df67a86871281.txt" in again.stderr


def test_a_mistyped_id_among_many_documents_names_the_closest_not_all(cli_env, tmp_path):
    """With many documents loaded, `troly show` of a mistyped id printed one line naming every one of them
    (hundreds on a real store); it names the closest ids instead, and an ambiguous prefix names a few."""
    folder = tmp_path / "van-ban"
    folder.mkdir()
    for i in range(10):
        (folder / f"bao-cao-quy-{i}.txt").write_text(f"Công đoàn cơ sở gửi báo cáo số {i} về LĐLĐ huyện.\n",
                                                     encoding="utf-8")
    (folder / "ke-hoach-thi-dua.txt").write_text("Kế hoạch thi đua của công đoàn cơ sở năm 2026.\n", encoding="utf-8")
    assert run_troly(["ingest", str(folder)], cli_env).returncode == 0
    proc = run_troly(["show", "ke-hoach-thi-dau.txt"], cli_env)
    assert_message(proc, 1, "Không có văn bản «ke-hoach-thi-dau.txt» trong 11 văn bản đã nạp. Gần giống: "
                            "ke-hoach-thi-dua.txt (")
    assert "bao-cao-quy" not in proc.stderr and "troly docs" in proc.stderr
    proc = run_troly(["remove", "bao-cao"], cli_env)
    assert_message(proc, 1, "«bao-cao» khớp nhiều văn bản: bao-cao-quy-0.txt,")
    assert "bao-cao-quy-8.txt" not in proc.stderr and "… và 2 văn bản khác" in proc.stderr


def test_show_prints_what_its_json_holds(env):
    """An admin checking what was read from a file: the text of `troly show` left out the kind, the number of
    passages, the place, the signer's role, the recipients ("Nơi nhận") and the glossary that --json holds."""
    for doc in json.loads(run_troly(["docs", "--json"], env).stdout)["documents"]:
        held = json.loads(run_troly(["show", "--json", doc["id"]], env).stdout)
        text = run_troly(["show", doc["id"]], env).stdout
        assert f"mã: {held['id']} · {held['kind']} · nguồn: {doc['source']} · {held['chunks']} đoạn" in text, text
        facts = [v for k, v in held["meta"].items() if k not in ("date",) and isinstance(v, str) and v]
        facts += [item for v in held["meta"].values() if isinstance(v, list) for item in v]
        facts += [f"{short} = {long}" for short, long in held["glossary"].items()]
        assert facts and [f for f in facts if f not in text] == [], text


def test_an_id_is_found_whatever_its_case_or_unicode_form(cli_env, tmp_path):
    """Ids are file names: "Thông báo nghỉ hè.TXT" is shown when typed "thông báo" or in the decomposed form a
    macOS file name has; removing still needs the whole id (any case), never a beginning of it."""
    import unicodedata

    name = "Thông báo nghỉ hè.TXT"
    (tmp_path / name).write_text("THÔNG BÁO\\nVề việc nghỉ hè năm 2026\\n\\n1. Đoàn viên nghỉ hè từ ngày 01/7/2026.\\n",
                                 encoding="utf-8")
    assert run_troly(["ingest", str(tmp_path / name)], cli_env).returncode == 0
    for typed in ("thông báo", unicodedata.normalize("NFD", name)):
        shown = run_troly(["show", typed], cli_env)
        assert shown.returncode == 0 and f"mã: {name}" in shown.stdout, (typed, shown.stderr)
    assert_message(run_troly(["remove", "thông báo"], cli_env), 1, "troly remove " + name)
    removed = run_troly(["remove", "--json", "thông báo nghỉ hè.txt"], cli_env)
    assert removed.returncode == 0 and json.loads(removed.stdout) == {"id": name, "removed": True}, removed.stdout


def test_search_says_what_its_figures_are(env):
    """`troly search` ranks passages by meaning and words together: each line names both figures ("nghĩa 0.891 ·
    từ 0.91"), so that a passage ranked first with a lower cosine than the next does not look misordered; --json
    gives both too."""
    import json as _json
    import re as _re

    proc = run_troly(["search", "--k", "5", "công đoàn cơ sở báo cáo kết quả"], env)
    assert proc.returncode == 0, proc.stderr
    figures = _re.findall(r"\(nghĩa (\d\.\d{3}) · từ (\d\.\d{2})\)$", proc.stdout, _re.M)
    assert len(figures) == 5, proc.stdout
    assert all(0 <= float(w) <= 1 for _, w in figures), "word match relative to the best passage's"
    found = _json.loads(run_troly(["search", "--json", "--k", "5", "công đoàn cơ sở báo cáo kết quả"], env).stdout)
    # the same figures (--json rounds to 4 places, the line to 3 and 2: a half-way value may round either way)
    assert [(pytest.approx(r["score"], abs=6e-4), pytest.approx(r["lexical"], abs=6e-3)) for r in found["results"]] \
        == [(float(m), float(w)) for m, w in figures]


def test_remove_from_a_script_takes_only_a_whole_id_or_number_never_a_name(cli_env, tmp_path):
    """`troly remove "TB 07 copy.txt" --yes` (a copy never loaded) removed the loaded TB 07 because the name holds a
    kind and number. From a script or with --yes only a whole id or number removes: a file name that is no loaded
    id is "no such document", a name ("KH 12") is refused naming the document it resembles and its id."""
    folder = tmp_path / "van-ban"
    folder.mkdir()
    for name, issuer, number, subject in [("hoi-thao.txt", "CÔNG ĐOÀN CƠ SỞ TRƯỜNG A", "12/KH-CĐCS", "Tổ chức hội thao"),
                                          ("tet.txt", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN B", "12/KH-LĐLĐ", "Chăm lo Tết"),
                                          ("nghi-he.txt", "CÔNG ĐOÀN CƠ SỞ TRƯỜNG A", "07/TB-CĐCS", "Nghỉ hè")]:
        kind = "KẾ HOẠCH" if "/KH-" in number else "THÔNG BÁO"
        (folder / name).write_text(f"{issuer}\nSố: {number}\n\n{kind}\n{subject} năm 2026\n\n"
                                   f"1. Công đoàn cơ sở tổ chức {subject.lower()} cho đoàn viên.\n", encoding="utf-8")
    assert run_troly(["ingest", str(folder)], cli_env).returncode == 0

    def loaded() -> set[str]:
        return {d["id"] for d in json.loads(run_troly(["docs", "--json"], cli_env).stdout)["documents"]}

    assert_message(run_troly(["remove", "KH 12"], cli_env), 1, "«KH 12» khớp nhiều văn bản: hoi-thao.txt, tet.txt")
    assert_message(run_troly(["remove", "KH 99"], cli_env), 1, "Không có văn bản «KH 99»")
    assert loaded() == {"hoi-thao.txt", "tet.txt", "nghi-he.txt"}
    copy = run_troly(["remove", "--yes", "TB 07 copy.txt"], cli_env)
    assert_message(copy, 1, "Không có văn bản «TB 07 copy.txt»")
    assert_message(run_troly(["show", "TB 07 copy.txt"], cli_env), 1, "Không có văn bản «TB 07 copy.txt»")
    assert loaded() == {"hoi-thao.txt", "tet.txt", "nghi-he.txt"}
    assert run_troly(["remove", "12/KH-LĐLĐ"], cli_env).returncode == 0
    by_name = run_troly(["remove", "--yes", "KH 12"], cli_env)
    assert_message(by_name, 1, "Chưa xóa gì: «KH 12» không phải mã hay số hiệu đầy đủ")
    assert "troly remove hoi-thao.txt" in by_name.stderr
    assert loaded() == {"hoi-thao.txt", "nghi-he.txt"}
    assert run_troly(["remove", "--yes", "HOI-THAO.txt"], cli_env).returncode == 0  # the id, in any case
    assert loaded() == {"nghi-he.txt"}


def test_a_document_is_named_by_its_bare_number(cli_env, tmp_path):
    """`--doc 5115`, `show 07`: the number before its code names the one document numbered so, as "CV 5115" does;
    a number several documents share names none of them alone."""
    folder = tmp_path / "so"
    folder.mkdir()
    for name, number, kind, subject in [("hoi-thao.txt", "12/KH-CĐCS", "KẾ HOẠCH", "Tổ chức hội thao"),
                                        ("tet.txt", "12/KH-LĐLĐ", "KẾ HOẠCH", "Chăm lo Tết"),
                                        ("nghi-he.txt", "07/TB-CĐCS", "THÔNG BÁO", "Nghỉ hè")]:
        (folder / name).write_text(f"CÔNG ĐOÀN CƠ SỞ TRƯỜNG A\nSố: {number}\n\n{kind}\n{subject} năm 2026\n\n"
                                   f"1. Công đoàn cơ sở tổ chức {subject.lower()} cho đoàn viên.\n", encoding="utf-8")
    assert run_troly(["ingest", str(folder)], cli_env).returncode == 0
    shown = run_troly(["show", "07"], cli_env)
    assert shown.returncode == 0 and "07/TB-CĐCS" in shown.stdout, shown.stderr
    assert_message(run_troly(["show", "12"], cli_env), 1, "khớp nhiều văn bản")


def test_remove_typed_at_a_terminal_asks_first_naming_the_document_and_says_how_to_load_it_again(cli_env, tmp_path):
    """`troly remove KH 12` removed at once: one wrong digit removes another plan with no way back told. Typed at a
    terminal it asks first, naming the document and its file; only "c" removes. Then it says how to load it again.
    --yes (a script run from a terminal) does not ask, so takes only the whole id."""
    plans = tmp_path / "ke-hoach"
    plans.mkdir()
    for number, subject in (("12", "hội thao công nhân"), ("13", "tham quan nghỉ mát")):
        (plans / f"kh{number}.txt").write_text(
            f"CÔNG ĐOÀN CÔNG TY DỆT KIM HOÀNG MAI\nSố: {number}/KH-CĐ\nHà Nội, ngày 02 tháng 4 năm 2026\n\nKẾ HOẠCH\n"
            f"Tổ chức {subject} năm 2026\n\n1. Các tổ công đoàn đăng ký danh sách trước ngày 20/4/2026.\n",
            encoding="utf-8")
    assert run_troly(["ingest", str(plans)], cli_env).returncode == 0

    kept = run_troly(["remove", "KH 13"], cli_env, input="\n", typed=True)  # Enter alone: no
    assert kept.returncode == 1 and "kh13.txt" in kept.stdout and str(plans / "kh13.txt") in kept.stdout, kept.stdout
    assert "Chưa xóa gì" in kept.stdout
    assert "kh13.txt" in run_troly(["docs"], cli_env).stdout

    gone = run_troly(["remove", "KH 13"], cli_env, input="c\n", typed=True)
    assert gone.returncode == 0 and "Đã xóa văn bản kh13.txt" in gone.stdout, gone.stdout
    assert f"troly ingest {plans / 'kh13.txt'}" in gone.stdout
    assert "kh13.txt" not in run_troly(["docs"], cli_env).stdout

    scripted = run_troly(["remove", "--yes", "KH 12"], cli_env, typed=True)  # not asked, so not taken by a name
    assert_message(scripted, 1, "troly remove kh12.txt")
    scripted = run_troly(["remove", "--yes", "kh12.txt"], cli_env, typed=True)
    assert scripted.returncode == 0 and "Đã xóa văn bản kh12.txt" in scripted.stdout, scripted.stdout


def test_a_long_lead_in_before_a_quote_starts_at_a_clause_not_after_a_comma_inside_it(cli_env, tmp_path):
    """"(…cấp, Ban Chấp hành … đề nghị … như sau)": a lead-in longer than what is shown before a quote was cut at
    the word that left room, here a phrase's last word and its comma. It starts at the clause that says who acts."""
    (tmp_path / "cv08.txt").write_text(
        "CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA TỈNH THÁI BÌNH\nSố: 08/CĐ-BV\nThái Bình, ngày 05 tháng 8 năm 2026\n\n"
        "V/v tổ chức hội diễn văn nghệ chào mừng ngày thành lập bệnh viện\n\n"
        "Căn cứ kế hoạch công tác năm 2026 đã được hội nghị cán bộ, viên chức thông qua và ý kiến của các khoa phòng, "
        "Ban Chấp hành Công đoàn đề nghị các công đoàn bộ phận chuẩn bị như sau:\n"
        "1. Mỗi công đoàn bộ phận dàn dựng ít nhất hai tiết mục văn nghệ, đăng ký trước ngày 25/8/2026.\n"
        "2. Hội diễn tổ chức lúc 19 giờ ngày 10/9/2026 tại hội trường tầng 5 của bệnh viện.\n", encoding="utf-8")
    assert run_troly(["ingest", str(tmp_path / "cv08.txt")], cli_env).returncode == 0
    proc = run_troly(["ask", "hội diễn văn nghệ tổ chức ở đâu"], cli_env)
    assert proc.returncode == 0 and "hội trường tầng 5" in proc.stdout, proc.stdout
    assert "(…Ban Chấp hành Công đoàn đề nghị các công đoàn bộ phận chuẩn bị như sau)" in proc.stdout, \
        proc.stdout


def test_an_organ_under_its_body_is_one_issuer_and_docs_tells_a_version_from_another_folder(cli_env, tmp_path,
                                                                                            monkeypatch):
    """"CÔNG ĐOÀN CÔNG TY … / BAN CHẤP HÀNH" was read as the issuer "Ban chấp hành" with the company as the body
    above it; it is the Ban Chấp hành of that công đoàn. After an edited copy in another folder replaced the
    document, `troly docs` still showed the first file's name: it shows where the file now loaded is."""
    plan = ("CÔNG ĐOÀN CÔNG TY TNHH CƠ KHÍ HÒA BÌNH\nBAN CHẤP HÀNH\nSố: 15/KH-CĐ\nHòa Bình, ngày 09 tháng 3 năm 2026\n\n"
            "KẾ HOẠCH\nTổ chức hội thao công nhân năm 2026\n\n"
            "1. Hội thao gồm các môn kéo co, bóng đá mini và cầu lông, tổ chức ngày {day}/5/2026.\n"
            "2. Các tổ công đoàn gửi danh sách vận động viên trước ngày 20/4/2026.\n")
    first, edited = tmp_path / "goc" / "hoi-thao.md", tmp_path / "ban-sua" / "hoi-thao.md"
    for path, day, when in ((first, "10", 1_770_000_000), (edited, "17", 1_770_090_000)):
        path.parent.mkdir()
        path.write_text(plan.format(day=day), encoding="utf-8")
        os.utime(path, (when, when))
    assert run_troly(["ingest", str(first)], cli_env).returncode == 0
    meta = json.loads(run_troly(["show", "--json", "hoi-thao.md"], cli_env).stdout)["meta"]
    assert meta["issuer"].lower() == "ban chấp hành công đoàn công ty tnhh cơ khí hòa bình" and not meta["parent"], meta

    assert run_troly(["ingest", str(edited)], cli_env).returncode == 0
    monkeypatch.chdir(tmp_path)  # the admin works in the folder that holds both
    listed = run_troly(["docs"], cli_env).stdout
    assert "mã: hoi-thao.md" in listed and "nguồn: ban-sua/hoi-thao.md" in listed, listed


def _two_documents(folder: Path, env: dict[str, str]) -> None:
    """A notice of a body under a city no table of places knows, and a plan without header, number or date."""
    (folder / "tb33.txt").write_text(
        "UBND THÀNH PHỐ HỘI AN\nBAN CHỈ HUY PHÒNG THỦ DÂN SỰ\nSố: 33/TB-BCH\nHội An, ngày 02 tháng 10 năm 2026\n\n"
        "THÔNG BÁO\nLịch diễn tập ứng phó bão năm 2026\n\n1. Các phường diễn tập vào ngày 15/10/2026.\n",
        encoding="utf-8")
    (folder / "hoi-thao.txt").write_text(
        "KẾ HOẠCH\nTổ chức hội thao năm 2026\n\n1. Hội thao tổ chức ngày 20/11/2026.\n", encoding="utf-8")
    assert run_troly(["ingest", str(folder)], env).returncode == 0


def test_show_finds_a_document_by_the_place_its_header_names(cli_env, tmp_path):
    """A city below a province (no place the tables know) named only in the body above the issuer and in the place
    line ("Hội An, ngày …") still names its document, typed with diacritics or without."""
    _two_documents(tmp_path, cli_env)
    for typed in ("Hội An", "hoi an"):
        shown = run_troly(["show", typed], cli_env)
        assert shown.returncode == 0 and "mã: tb33.txt" in shown.stdout, (typed, shown.stderr)


def test_docs_say_who_issued_each_document_and_what_it_is(cli_env, tmp_path):
    """Listed by kind, number and date only, documents could not be told apart: each says its issuer and, under a
    label of codes, its title."""
    _two_documents(tmp_path, cli_env)
    listed = run_troly(["docs"], cli_env).stdout
    assert "tb 33/tb-bch (2/10/2026) — ban chỉ huy phòng thủ dân sự" in listed.lower(), listed
    assert "\n    Thông báo lịch diễn tập ứng phó bão năm 2026\n    mã: tb33.txt" in listed, listed
    assert "\n    Kế hoạch tổ chức hội thao" not in listed, listed  # no number: its label is its title's short form
