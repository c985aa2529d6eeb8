"""The `troly` command line as a user meets it: Vietnamese help and errors, clear messages instead of
tracebacks, settings that make no sense refused, small documents accepted, files released on exit."""
from __future__ import annotations

import gc
import json
import re
import subprocess
import uuid

import pytest

from tests.helpers import ROOT, TROLY, open_files, run_troly
from troly.texts import t

SUBCOMMANDS = ["ingest", "docs", "remove", "show", "search", "ask", "obligations", "deadlines", "chat",
               "telegram", "zalo", "bots", "config"]
ENGLISH_ARGPARSE = ("usage:", "options:", "positional arguments", "show this help message", "optional arguments",
                    "error:", "the following arguments are required", "invalid", "unrecognized arguments")


def assert_clean(proc, code: int) -> None:
    """The exit code is `code` and stderr holds a message, not a traceback or a library's English warning."""
    assert proc.returncode == code, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and "Error:" not in proc.stderr, proc.stderr


# ---- argparse in Vietnamese ---------------------------------------------------------------
@pytest.mark.parametrize("command", [[], *[[c, "--help"] for c in SUBCOMMANDS], ["--help"]],
                         ids=lambda c: " ".join(c) or "troly alone")
def test_every_help_is_vietnamese(command, cli_env):
    proc = run_troly(command, cli_env)
    assert proc.returncode == 0
    assert proc.stdout.startswith("cách dùng: troly"), proc.stdout
    assert "tùy chọn:" in proc.stdout and t("cli.help_flag") in proc.stdout
    assert not [p for p in ENGLISH_ARGPARSE if p in proc.stdout.lower()], proc.stdout


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_prints_the_installed_version(flag, cli_env):
    """Before, `troly --version` was refused: "thiếu tham số bắt buộc: LỆNH"."""
    from importlib.metadata import version

    proc = run_troly([flag], cli_env)
    assert_clean(proc, 0)
    assert proc.stdout.strip() == f"troly {version('troly')}", proc.stdout


def test_troly_alone_says_how_to_go_on(cli_env):
    """`troly` typed alone: the help, ending with where to start, how to see one command's help and where the
    data lives."""
    proc = run_troly([], cli_env)
    assert_clean(proc, 0)
    assert proc.stdout == run_troly(["--help"], cli_env).stdout
    assert "troly LỆNH --help" in proc.stdout and "troly ingest" in proc.stdout.split(t("cli.commands"))[-1]
    assert "TROLY_DATA_DIR" in proc.stdout  # where the documents are kept, and how to move them


@pytest.mark.parametrize("argv, said", [
    (["nope"], "không có lựa chọn 'nope'"),
    (["ask", "--year", "abc", "câu hỏi"], "giá trị không hợp lệ: 'abc'"),
    (["remove"], "thiếu tham số bắt buộc: " + t("cli.mv_id")),
    (["docs", "--khong-co"], "không hiểu tham số: --khong-co"),
])
def test_argument_errors_are_vietnamese(argv, said, cli_env):
    proc = run_troly(argv, cli_env)
    assert_clean(proc, 2)
    assert "cách dùng: troly" in proc.stderr and "lỗi: " in proc.stderr and said in proc.stderr
    assert not [p for p in ENGLISH_ARGPARSE if p in proc.stderr], proc.stderr


@pytest.mark.parametrize("argv", [["docs", "--bogus"], ["search", "--k", "3", "câu hỏi", "--bogus"]])
def test_an_option_a_command_does_not_take_shows_that_commands_usage(argv, cli_env):
    """Before, `troly docs --bogus` showed troly's own usage line ("troly [-h] LỆNH …")."""
    proc = run_troly(argv, cli_env)
    assert_clean(proc, 2)
    assert proc.stderr.startswith(f"cách dùng: troly {argv[0]} [-h] [--json]"), proc.stderr
    assert f"troly {argv[0]}: lỗi: không hiểu tham số: --bogus" in proc.stderr


@pytest.mark.parametrize("command", [["ask", "câu hỏi"], ["search", "câu hỏi"], ["chat"]])
def test_ctrl_c_while_the_model_loads_says_it_stopped(command, cli_env, monkeypatch):
    """Before, Ctrl-C in the first seconds of `troly ask` ended with exit 130 and not a word."""
    from bot.answer.service import Assistant

    def loading(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Assistant, "__init__", loading)
    proc = run_troly(command, cli_env)
    assert proc.returncode == 130 and proc.stderr.strip() == t("cli.interrupted"), (proc.stdout, proc.stderr)
    as_json = run_troly([command[0], "--json", *command[1:]], cli_env) if command != ["chat"] else None
    assert as_json is None or json.loads(as_json.stdout) == {"error": t("cli.interrupted")}


def test_the_installed_command_runs(cli_env):
    """The entry point `troly` (bot.cli:main) as installed in the venv, when it is (make install)."""
    script = ROOT / ".venv" / "bin" / "troly"
    command = [str(script)] if script.exists() else TROLY
    proc = subprocess.run([*command, "--help"], env=cli_env, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0 and proc.stdout.startswith("cách dùng: troly"), proc.stderr


# ---- settings -------------------------------------------------------------------------------
@pytest.mark.parametrize("name, value, reason", [
    ("TROLY_ADMIN_IDS", "123 abc", t("settings.not_ids", value="abc")),
    ("TROLY_WEBHOOK_PORT", "84x3", t("settings.not_integer")),
    ("TROLY_WEBHOOK_PORT", "70000", t("settings.too_large", limit="65535")),
    ("TROLY_MAX_FILE_MB", "-1", t("settings.too_small", limit="0")),
    ("TROLY_RATE_LIMIT_PER_MINUTE", "0", t("settings.at_least", limit="1")),
    ("TROLY_TODAY", "01/12/2026", t("settings.not_date")),
])
def test_unusable_setting_is_named_in_vietnamese(name, value, reason, cli_env):
    proc = run_troly(["docs"], dict(cli_env, **{name: value}))
    assert_clean(proc, 2)
    assert proc.stderr.strip() == t("settings.bad_value", name=name, value=value, reason=reason)
    assert "pydantic" not in proc.stderr and "http" not in proc.stderr


@pytest.mark.parametrize("value", ["gpt-4o-mini", "claude:sonnet"])
def test_a_model_setting_naming_no_model_stops_the_command(value, cli_env):
    """Before, `TROLY_LLM=gpt-4o-mini troly ask …` printed an English log line ("… unusable …; answering offline")
    and answered offline, exit 0: the admin who set a model never learnt it was not used."""
    from troly.model_spec import ModelConfigError, parse_spec

    with pytest.raises(ModelConfigError) as refused:
        parse_spec(value)
    proc = run_troly(["ask", "ai ký?"], dict(cli_env, TROLY_LLM=value))
    assert_clean(proc, 2)
    assert proc.stderr.strip() == t("settings.bad_value", name="TROLY_LLM", value=value, reason=refused.value)
    assert "unusable" not in proc.stderr and proc.stdout == ""


def test_allowed_chats_take_zalo_string_ids_and_secrets_stay_masked(cli_env):
    env = dict(cli_env, TROLY_ALLOWED_CHATS="-100123, 8f3a9c1d2e", TROLY_TELEGRAM_TOKEN="123:bí-mật")
    proc = run_troly(["config", "--json"], env)
    assert_clean(proc, 0)
    assert '"allowed_chats": ["-100123", "8f3a9c1d2e"]' in proc.stdout
    assert '"telegram_token": "***"' in proc.stdout and "bí-mật" not in proc.stdout


def test_config_prints_values_as_settings_take_them_back(cli_env):
    """`troly config > .env` style: each printed line, set again, gives the same settings (lists included)."""
    env = dict(cli_env, TROLY_ADMIN_IDS="11 22", TROLY_REMINDER_DAYS="7,1", TROLY_ALLOWED_CHATS="-100123, 8f3a9c1d2e")
    shown = run_troly(["config"], env)
    assert_clean(shown, 0)
    assert "TROLY_ADMIN_IDS=11 22" in shown.stdout.splitlines()
    again = {k: v for k, v in cli_env.items() if k in ("TROLY_DATA_DIR", "TROLY_EMBED_CACHE")}
    again.update(line.split("=", 1) for line in shown.stdout.splitlines()
                 if not line.endswith("=") and not line.endswith("***"))
    back = run_troly(["config", "--json"], dict(cli_env, **again))
    assert_clean(back, 0)
    assert json.loads(back.stdout) == json.loads(run_troly(["config", "--json"], env).stdout)


def test_data_dir_that_cannot_exist_is_a_clear_error(cli_env):
    proc = run_troly(["docs"], dict(cli_env, TROLY_DATA_DIR="/proc/troly"))
    assert_clean(proc, 2)
    assert proc.stderr.strip() == t("cli.data_dir_unusable", path="/proc/troly", reason=t("os.not_found"))


def test_data_dir_that_is_a_file_is_a_clear_error(cli_env, tmp_path):
    taken = tmp_path / "du-lieu"
    taken.write_text("", encoding="utf-8")
    proc = run_troly(["ask", "abc"], dict(cli_env, TROLY_DATA_DIR=str(taken)))
    assert_clean(proc, 2)
    assert proc.stderr.strip() == t("cli.data_dir_unusable", path=taken, reason=t("os.exists"))


def test_hub_model_name_is_refused_as_not_a_local_folder(cli_env, tmp_path):
    doc = tmp_path / "mot-dong.txt"
    doc.write_text("Công đoàn cơ sở tổ chức hội nghị người lao động trước ngày 31/3.\n", encoding="utf-8")
    proc = run_troly(["ingest", str(doc)], dict(cli_env, TROLY_EMBEDDINGS="st:intfloat/multilingual-e5-small"))
    assert_clean(proc, 2)
    assert proc.stderr.strip() == t("cli.error", message=t("settings.st_not_local", name="intfloat/multilingual-e5-small"))
    assert len(proc.stderr.strip().splitlines()) == 1


# ---- an empty store -------------------------------------------------------------------------
@pytest.mark.parametrize("argv", [["ask", "abc"], ["search", "abc"], ["obligations"], ["deadlines"]],
                         ids=["ask", "search", "obligations", "deadlines"])
def test_empty_store_says_how_to_load_documents(argv, cli_env):
    """Not "no duty was found in the loaded documents" (exit 0) when none is loaded at all."""
    proc = run_troly(argv, cli_env)
    assert_clean(proc, 1)
    assert proc.stderr.strip() == t("cli.no_documents") and "troly ingest" in proc.stderr
    assert proc.stdout == ""


def test_an_empty_list_names_the_store_it_looked_in(cli_env):
    """`troly docs` with a mistyped TROLY_DATA_DIR said only "Chưa có văn bản nào", leaving the admin to
    wonder where the documents went; it names the folder it looked in."""
    proc = run_troly(["docs"], cli_env)
    assert_clean(proc, 0)
    assert f"Chưa có văn bản nào trong kho {cli_env['TROLY_DATA_DIR']}." in proc.stdout


def test_data_dir_given_before_the_command_is_the_store_it_uses(cli_env, tmp_path):
    """Before, `troly --data-dir D docs` was refused with "không có lựa chọn 'D'" (the folder read as the command)."""
    other = tmp_path / "kho-khac"
    proc = run_troly(["--data-dir", str(other), "docs"], cli_env)
    assert_clean(proc, 0)
    assert f"Chưa có văn bản nào trong kho {other}." in proc.stdout and other.is_dir()
    assert f"TROLY_DATA_DIR={other}" in run_troly(["--data-dir", str(other), "config"], cli_env).stdout
    assert "--data-dir" in run_troly(["--help"], cli_env).stdout


def test_data_dir_under_home_written_with_a_tilde(cli_env, tmp_path, monkeypatch):
    """Before, `troly --data-dir=~/kho docs` (the shell leaves "~" after "=" as it is) made a folder "./~/kho"."""
    env = {**cli_env, "HOME": str(tmp_path / "nha")}
    monkeypatch.chdir(tmp_path)
    proc = run_troly(["--data-dir=~/kho", "docs"], env)
    assert_clean(proc, 0)
    assert (tmp_path / "nha" / "kho").is_dir() and not (tmp_path / "~").exists()


@pytest.mark.parametrize("argv, code", [
    (["deadlines"], 1), (["show", "kh-2026"], 1), (["ask", "--doc", "kh", "abc"], 1), (["ask"], 2),
    (["ingest", "--id", "kh", "a.txt", "b.txt"], 2), (["search", "--k", "0", "abc"], 2), (["docs", "--khong-co"], 2),
], ids=["no-documents", "unknown-doc", "unknown-filter", "no-question", "id-with-two-files", "bad-k", "bad-option"])
def test_with_json_a_failure_is_one_json_object_too(argv, code, cli_env):
    """A script reading `troly … --json` gets {"error": the message the text mode prints}, and the same
    non-zero exit code: not a Vietnamese line on stderr and nothing on stdout for json.loads to fail on."""
    text, as_json = run_troly(argv, cli_env), run_troly([*argv, "--json"], cli_env)
    assert_clean(text, code)
    assert_clean(as_json, code)
    assert json.loads(as_json.stdout) == {"error": text.stderr.strip().splitlines()[-1].split(": lỗi: ")[-1]}
    assert as_json.stderr == ""


@pytest.mark.parametrize("argv", [["show", "kh-2026"], ["remove", "kh-2026"]], ids=["show", "remove"])
def test_a_document_named_on_an_empty_store_says_none_is_loaded(argv, cli_env):
    """Not "the loaded documents: —": that nothing is loaded, and how to load some."""
    proc = run_troly(argv, cli_env)
    assert_clean(proc, 1)
    assert proc.stderr.strip() == t("cli.unknown_doc_none_loaded", doc="kh-2026", loaded="")


# ---- ingest ---------------------------------------------------------------------------------
def test_one_line_documents_are_documents(cli_env, tmp_path):
    txt = tmp_path / "mot-dong.txt"
    txt.write_text("Công đoàn cơ sở gửi báo cáo sơ kết về LĐLĐ huyện trước ngày 15/6.\n", encoding="utf-8")
    md = tmp_path / "hoi-nghi.md"
    md.write_text("# Hội nghị người lao động năm 2025\n", encoding="utf-8")
    proc = run_troly(["ingest", str(txt), str(md)], cli_env)
    assert_clean(proc, 0)
    assert "2 thêm mới" in proc.stdout and "0 lỗi" in proc.stdout
    listed = run_troly(["docs"], cli_env).stdout
    assert "[?]" not in listed and "note" not in listed
    # listed by short name (abbreviations as prompts/abbreviations.tsv has them), then id and kind
    assert f"Hội nghị NLĐ năm 2025\n    mã: hoi-nghi.md · {t('cli.kind_unknown')} ·" in listed
    answer = run_troly(["search", "--json", "báo cáo sơ kết gửi LĐLĐ huyện"], cli_env)
    assert "mot-dong.txt" in answer.stdout


DOSSIER = """CÔNG ĐOÀN CƠ SỞ TRƯỜNG MẦM NON HOA SEN
Số: 07/CV-CĐCS
V/v: Đề nghị cử cán bộ tham gia hội thao
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Kính gửi: Ban giám hiệu nhà trường.
Công đoàn cơ sở đề nghị nhà trường cử hai cán bộ tham gia hội thao ngành giáo dục.

Nơi nhận:
- Như trên;
- Lưu: VT.

CÔNG ĐOÀN CƠ SỞ TRƯỜNG MẦM NON HOA SEN
Số: 08/QĐ-CĐCS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

QUYẾT ĐỊNH
Về việc thành lập Ban kiểm tra quỹ phúc lợi

Điều 1. Thành lập Ban kiểm tra quỹ phúc lợi của công đoàn cơ sở gồm ba đồng chí.
Điều 2. Ban kiểm tra báo cáo kết quả kiểm tra trước ngày 20 tháng 12.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_each_document_of_a_dossier_is_answered_from_its_own_closing_block(cli_env, tmp_path):
    """A file holding a letter and a decision, each closed by the same "Nơi nhận" words: asked whom the decision
    goes to, the answer cites the decision's block, and says so."""
    path = tmp_path / "ho-so.txt"
    path.write_text(DOSSIER, encoding="utf-8")
    assert_clean(run_troly(["ingest", str(path)], cli_env), 0)
    proc = run_troly(["ask", "--json", "Quyết định thành lập Ban kiểm tra quỹ phúc lợi gửi cho những ai?"], cli_env)
    assert_clean(proc, 0)
    first = json.loads(proc.stdout)["citations"][0]
    assert first["kind"] == "recipients" and first["section"].startswith("QĐ 08/QĐ-CĐCS"), first
    shown = run_troly(["ask", "Công văn 07/CV-CĐCS gửi cho những ai?"], cli_env).stdout
    assert "[1] CV 07/CV-CĐCS › CV 07/CV-CĐCS › Nơi nhận" in shown, shown


NOTICE_07 = """LIÊN ĐOÀN LAO ĐỘNG TỈNH LÂM ĐỒNG
Số: 07/TB-LĐLĐ
Lâm Đồng, ngày 05 tháng 02 năm 2026

THÔNG BÁO
Về việc nộp báo cáo tài chính công đoàn năm 2025

1. Công đoàn cơ sở gửi báo cáo quyết toán về LĐLĐ huyện trước ngày 15/3/2026.
2. LĐLĐ các huyện tổng hợp và gửi báo cáo về Ban Tài chính LĐLĐ tỉnh trước ngày 31/3/2026.

Nơi nhận:
- LĐLĐ các huyện, thành phố;
- CĐCS trực thuộc;
- Lưu: VT.
"""


@pytest.mark.parametrize("question", ["Thông báo 07 gửi cho ai?", "gửi cho những ai?"])
def test_whom_a_notice_is_sent_to_is_answered_from_its_recipients(cli_env, tmp_path, question):
    """A notice (thông báo) is a document like a plan: asked whom it goes to — by its kind and number, or
    with --doc — the answer is its "Nơi nhận", not a sentence of its body that sends a report somewhere."""
    path = tmp_path / "thong-bao-07.txt"
    path.write_text(NOTICE_07, encoding="utf-8")
    assert_clean(run_troly(["ingest", str(path)], cli_env), 0)
    proc = run_troly(["ask", "--json", "--doc", "thong-bao-07.txt", question], cli_env)
    assert_clean(proc, 0)
    assert json.loads(proc.stdout)["citations"][0]["kind"] == "recipients", proc.stdout


def test_progress_counts_the_passages_reported_and_titles_are_cut_at_words(cli_env, tmp_path):
    token = uuid.uuid4().hex[:6]  # fresh text, so the passages are really embedded
    title = ("thực hiện Chỉ thị của Ban Bí thư về tiếp tục tăng cường sự lãnh đạo của Đảng đối với "
             f"công tác công đoàn trong tình hình mới đợt {token}")
    doc = tmp_path / "kh-dai.txt"
    doc.write_text(f"KẾ HOẠCH\n{title}\n\nI. NỘI DUNG\n- Công đoàn cơ sở tổ chức đối thoại {token}.\n"
                   f"- Báo cáo kết quả {token} trước ngày 30/11.\n", encoding="utf-8")
    proc = run_troly(["ingest", str(doc)], cli_env, terminal=True)
    assert_clean(proc, 0)
    line = next(l for l in proc.stdout.splitlines() if l.startswith("["))
    shown, count = re.fullmatch(r"\[.*?\] kh-dai\.txt — (.*) \((\d+) đoạn\)", line).groups()
    assert "  " not in line and shown.endswith(" …"), line
    kept = shown[:-2]
    stored = json.loads(run_troly(["docs", "--json"], cli_env).stdout)["documents"][0]["title"]
    assert title in stored and stored.startswith(kept) and stored[len(kept)] == " ", line  # cut between words
    totals = set(re.findall(rf"{t('ingest.progress_embed')}:.*?\d+/(\d+)", proc.stderr))
    assert totals == {count}, proc.stderr


def test_the_passages_bar_moves_after_the_first_few_passages(cli_env, tmp_path):
    """Before, the bar stood at 0 until a whole batch of 32 passages was embedded (some 20 s on a busy machine)."""
    token = uuid.uuid4().hex[:6]  # fresh text, so the passages are really embedded
    items = "".join(f"- Công đoàn cơ sở số {i} tổ chức hội thi {token} lần {i}.\n" for i in range(12))
    doc = tmp_path / "kh-nhieu.txt"
    doc.write_text(f"KẾ HOẠCH\nHội thi {token}\n\nI. NỘI DUNG\n{items}", encoding="utf-8")
    proc = run_troly(["ingest", str(doc)], cli_env, terminal=True)
    assert_clean(proc, 0)
    steps = [int(done) for done, _ in re.findall(rf"{t('ingest.progress_embed')}:.*?(\d+)/(\d+)", proc.stderr)]
    moved = [n for n in steps if n]
    assert moved and moved[0] <= 4 < moved[-1], proc.stderr


def test_a_folder_shows_its_files_being_read_before_the_passages(cli_env, tmp_path):
    folder = tmp_path / "ke-hoach"
    folder.mkdir()
    for i in range(3):
        (folder / f"kh-{i}.txt").write_text(f"Công đoàn cơ sở báo cáo quý {i + 1} về LĐLĐ huyện.\n", encoding="utf-8")
    proc = run_troly(["ingest", str(folder)], cli_env, terminal=True)
    assert_clean(proc, 0)
    reading = re.findall(rf"{t('ingest.progress_read')}:.*?(\d+)/(\d+) \[", proc.stderr)
    assert reading and reading[-1] == ("3", "3"), proc.stderr  # one tick per file, all of them read
    assert proc.stderr.index(t("ingest.progress_read")) < proc.stderr.index(t("ingest.progress_embed"))


def test_one_file_is_shown_being_read_by_name(cli_env, tmp_path):
    """A single large file takes a while to read: its bar names it (and its clock runs) before the passages';
    --json keeps stderr free of bars."""
    doc = tmp_path / "kh-lon.txt"
    doc.write_text("KẾ HOẠCH\nCông đoàn cơ sở báo cáo quý IV về LĐLĐ huyện.\n", encoding="utf-8")
    proc = run_troly(["ingest", str(doc)], cli_env, terminal=True)
    assert_clean(proc, 0)
    reading = re.findall(rf"{t('ingest.progress_read')}:.*?(\d+)/(\d+) \[.*?kh-lon\.txt\]", proc.stderr)
    assert reading and reading[-1] == ("1", "1"), proc.stderr
    proc = run_troly(["ingest", "--json", str(doc)], cli_env, terminal=True)
    assert_clean(proc, 0)
    assert t("ingest.progress_read") not in proc.stderr and json.loads(proc.stdout)["documents"]


def test_folder_named_like_a_file_is_refused(cli_env, tmp_path):
    folder = tmp_path / "thu-muc.txt"
    folder.mkdir()
    proc = run_troly(["ingest", str(folder)], cli_env)
    assert_clean(proc, 1)
    assert proc.stderr.strip() == t("cli.folder_named_like_file", path=folder)


def test_broken_pdf_gets_our_message_only(cli_env, tmp_path):
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"this is not a pdf at all\n")
    proc = run_troly(["ingest", str(bad)], cli_env)
    assert_clean(proc, 1)
    assert t("ingest.errors.pdf_corrupt") in proc.stdout
    assert "invalid pdf header" not in proc.stderr.lower() and "EOF marker" not in proc.stderr


# ---- processes and files ------------------------------------------------------------------------
@pytest.mark.parametrize("argv", [["show", "000_2d8df67a86871281.txt"], ["ask", "--batch", "QUESTIONS"]],
                         ids=["show", "ask"])
def test_closed_pipe_ends_quietly(argv, corpus_store, cli_env, tmp_path):
    """`troly … | head`: the reader goes away before troly writes; no BrokenPipeError traceback."""
    questions = tmp_path / "q.txt"
    questions.write_text("Công đoàn cơ sở báo cáo gì?\n" * 3, encoding="utf-8")
    argv = [str(questions) if a == "QUESTIONS" else a for a in argv]
    proc = subprocess.Popen(TROLY + argv, env=dict(cli_env, TROLY_DATA_DIR=str(corpus_store)), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # like `head` having read what it wanted
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 141, stderr
    assert stderr == "", stderr


def test_assistant_releases_every_file_it_opened(corpus_data, make_settings):
    """On a private copy: another test's Assistant left open on the shared store would hold its files."""
    from bot.answer.service import Assistant

    gc.collect()
    baseline = open_files()
    for _ in range(2):
        with Assistant(make_settings(corpus_data, embed_cache=None)) as assistant:
            assert assistant.ask("Công đoàn cơ sở phải báo cáo gì?").citations
            assert assistant.search("thời hạn báo cáo")
            assert open_files() > baseline  # the store really was open
        gc.collect()
        assert open_files() == baseline


def test_cli_command_leaves_no_file_open(corpus_data, cli_env):
    gc.collect()
    baseline = open_files()
    proc = run_troly(["ask", "Công đoàn cơ sở phải báo cáo gì?"], dict(cli_env, TROLY_DATA_DIR=str(corpus_data)))
    assert_clean(proc, 0)
    gc.collect()
    assert open_files() == baseline


def test_chat_on_an_empty_store_says_how_to_load_documents(cli_env):
    """What `make run` shows when DOCS is empty: the chat opens and says how to load documents."""
    proc = run_troly(["chat"], cli_env, input="")
    assert_clean(proc, 0)
    assert proc.stderr.strip() == t("chat.no_documents") and "troly ingest" in proc.stderr
    assert t("chat.bye") in proc.stdout


@pytest.mark.parametrize("given", ["²", "١٢"])
def test_a_document_named_by_a_digit_of_another_script_is_said_to_be_missing(cli_env, tmp_path, given):
    """`troly show "²"`: not "Lỗi: invalid literal for int()", but that no loaded document has that name."""
    txt = tmp_path / "mot-dong.txt"
    txt.write_text("Công đoàn cơ sở gửi báo cáo sơ kết về LĐLĐ huyện trước ngày 15/6.\n", encoding="utf-8")
    assert_clean(run_troly(["ingest", str(txt)], cli_env), 0)
    proc = run_troly(["show", given], cli_env)
    assert_clean(proc, 1)
    assert f"Không có văn bản «{given}»" in proc.stderr and "int()" not in proc.stderr, proc.stderr
