"""`troly chat`: answers with readable citations, `/nguon N` prints the cited paragraph in full, the
commands of the command table (/nghiavu, /hanchot, /vanban), history carrying a follow-up, end of
input (Ctrl-D) quitting cleanly; on a real terminal, ↑ recalls a line typed in an earlier session."""
from __future__ import annotations

import fcntl
import io
import os
import pty
import re
import select
import signal
import subprocess
import sys
import termios
import time

from bot.channels import commands
from bot.channels.terminal import run_chat
from troly.texts import t


def chat(assistant, script: str) -> str:
    out = io.StringIO()
    assert run_chat(assistant, stdin=io.StringIO(script), stdout=out) == 0
    return out.getvalue()


def test_chat_answers_shows_source_and_quits_on_eof(assistant):
    question = "Theo kế hoạch KL51, công đoàn cơ sở gửi báo cáo kết quả về đâu?"
    expected = assistant.ask(question).citations[0].passage
    out = chat(assistant, f"{question}\n/nguon 1\n/nguon 9\n")  # then end of input, as Ctrl-D sends
    assert "Trợ lý: " in out and "Nguồn:" in out and "[1] " in out
    assert "Liên đoàn Lao động tỉnh" in out
    # /nguon 1 prints the whole cited paragraph exactly as stored, under its document and section.
    after = out.split("Bạn: ")[2]
    assert expected.text in after and expected.whole_section in after
    assert "Không có trích dẫn số đó" in out.split("Bạn: ")[3]
    assert out.rstrip().endswith("Tạm biệt.")


def test_nguon_after_thanks_still_shows_the_answer_before(assistant):
    """Before, "cảm ơn" between an answer and `/nguon 1` made the chat say no answer had citations (the bots
    kept them)."""
    question = "Theo kế hoạch KL51, công đoàn cơ sở gửi báo cáo kết quả về đâu?"
    expected = assistant.ask(question).citations[0].passage
    out = chat(assistant, f"{question}\nok cam on ban\n/nguon 1\n")
    after = out.split("Bạn: ")[3]
    assert expected.text in after and "Chưa có câu trả lời" not in after


def test_chat_before_any_answer_and_exit_command(assistant):
    out = chat(assistant, "/nguon 1\n/thoat\nkhông được đọc tới\n")
    assert "Chưa có câu trả lời nào có trích dẫn." in out
    assert "Trợ lý: " not in out and out.rstrip().endswith("Tạm biệt.")


def test_quit_typed_as_a_word_quits(assistant):
    """Before, "thoat" typed without "/" was searched for and answered "Các văn bản đã nạp không đề cập …" with
    passages; the chat went on. A longer message holding the word is still a question."""
    for word in ("thoát", "Thoat", "exit", "QUIT.", "thoát?", "/exit", "/thoát", "/quit"):
        out = chat(assistant, f"{word}\nkhông được đọc tới\n")
        assert "Trợ lý: " not in out and out.rstrip().endswith("Tạm biệt."), word
    out = chat(assistant, "thoát nghèo bền vững là gì?\n")
    assert "Trợ lý: " in out
    assert commands.parse_command("thoát") is None  # a bot's message: "thoát" is no command there


def test_a_goodbye_with_a_particle_quits_after_it_is_answered(assistant):
    """Before, "thoát nhé" or "thôi thoát" got the goodbye ("Tạm biệt! Khi cần tra cứu …") and the prompt came back
    (review46 R8). A question holding the word is still answered and the chat goes on."""
    for said in ("thoát nhé", "thôi thoát", "thoát ạ", "tạm biệt nhé"):
        out = chat(assistant, f"{said}\nkhông được đọc tới\n")
        assert out.rstrip().endswith(t("answer.small_talk.bye").rstrip()), said
        assert out.count("Bạn: ") == 1, said  # no prompt after the goodbye: the chat has ended
    out = chat(assistant, "thoát nghèo bền vững là gì?\nthoát nhé\n")
    assert out.count("Bạn: ") == 2 and out.rstrip().endswith(t("answer.small_talk.bye").rstrip())



def test_accepting_or_asking_with_thoi_is_no_goodbye(assistant):
    """Before, "được thôi", "thôi được rồi", "ok thôi" (accepting) and "thế thôi à?" (asking whether that is all)
    were goodbyes: the chat quit and the next question was never read (review47 R4)."""
    for said in ("được thôi", "thôi được rồi", "ok thôi", "thế thôi à?", "thôi rồi"):
        out = chat(assistant, f"{said}\nthoát nhé\n")
        assert out.count("Bạn: ") == 2, said  # the prompt came back after it: the chat went on
        assert out.count(t("answer.small_talk.bye").strip()) == 1, said  # said once, to "thoát nhé" only
    assert chat(assistant, "tạm biệt à?\nthoát nhé\n").count("Bạn: ") == 2  # asking: answered, the chat goes on

def test_hoi_as_in_the_bots_asks_in_the_terminal_too(assistant):
    """Before, a member used to Telegram typing "/hoi …" in `troly chat` got "Không có lệnh /hoi." and the help."""
    question = "Theo kế hoạch KL51, công đoàn cơ sở gửi báo cáo kết quả về đâu?"
    out = chat(assistant, f"/hoi {question}\n/hoi\n/help\n")
    asked, bare, shown_help = out.split("Bạn: ")[1:4]
    assert "Không có lệnh" not in asked and "Trợ lý: " in asked and "Liên đoàn Lao động tỉnh" in asked
    assert bare.strip() == t("bot.ask_usage")
    assert "/hoi <câu hỏi>" in shown_help


def test_chat_knows_the_commands_of_the_command_table(assistant):
    out = chat(assistant, "/vanban\n/nghiavu cdcs\n/hanchot\n/abc\n/help\n")
    turns = out.split("Bạn: ")[1:]
    assert "Các văn bản đã nạp (5)" in turns[0]
    # the body by its own name, however it was typed; each duty cites its document by short name
    assert "Nhiệm vụ và báo cáo của Công đoàn cơ sở:" in turns[1] and "Nguồn: KH thực hiện" in turns[1]
    assert "/nghiavu cdcs 2" in turns[1]
    assert "Thời hạn và chỉ tiêu" in turns[2] and "Trang 1/" in turns[2]  # a page, dated items first
    assert turns[3].startswith("Không có lệnh /abc.") and "/nghiavu" in turns[3]
    for command in ("/nghiavu", "/hanchot", "/vanban", "/nguon", "/thoat"):
        assert command in turns[4]
    assert "/xoa" not in turns[4] and "Trợ lý: " not in out  # no command became a question


def test_a_page_past_the_end_of_a_list_is_said_not_replaced_by_the_last(assistant):
    first, beyond = chat(assistant, "/hanchot\n/hanchot 99\n").split("Bạn: ")[1:3]
    pages = int(re.search(r"Trang 1/(\d+)", first)[1])
    assert beyond.strip() == t("obligations.no_page", page=99, pages=pages, command="/hanchot")


def test_lists_for_a_body_nobody_knows_say_so_instead_of_answering(assistant):
    out = chat(assistant, "/nghiavu abcxyz\n/hanchot abcxyz 2\n")
    turns = out.split("Bạn: ")[1:]
    assert turns[0].strip() == t("obligations.unknown_actor", actor="abcxyz")
    assert turns[1].strip() == t("obligations.unknown_actor", actor="abcxyz")
    assert "Trợ lý: " not in out  # no command became a question


def test_who_signed_it_after_an_answer_is_asked_of_the_document_the_answer_quoted(assistant):
    """A question naming no document, then "ai ký?" and "gửi cho ai?": the signer and recipients are those
    of the document the first answer quoted, not of whichever plan's signature search finds first."""
    question = "công đoàn cơ sở gửi báo cáo kết quả về đâu?"
    quoted = assistant.ask(question).citations[0].passage
    meta = assistant.store.records()[quoted.doc_id].meta
    others = [r.meta["signer"] for r in assistant.documents() if r.doc_id != quoted.doc_id and r.meta["signer"]]
    signer, recipients = chat(assistant, f"{question}\nai ký?\ngửi cho ai?\n").split("Bạn: ")[2:4]
    assert t("chat.understood", question=f"ai ký? (văn bản: {quoted.short_title})") in signer
    assert (meta["signer"] or quoted.short_title) in signer.split("Trợ lý: ")[1]
    assert not any(name in signer for name in others), signer
    assert all(name in recipients for name in meta["recipients"]), recipients
    assert f"[1] {quoted.short_title} ›" in recipients


def _own_terminal() -> None:
    """In the child: the pseudo-terminal becomes its controlling terminal, so Ctrl-C typed there
    interrupts it as on a real terminal — with Ctrl-C's default action, as a terminal's shell gives it: a test
    run started in the background by a script inherits SIGINT ignored, and the chat would never see it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    """`python ARGS` on a pseudo-terminal of its own; `seen` is everything it has shown."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen([sys.executable, *args], stdin=slave, stdout=slave, stderr=slave, env=env,
                                     cwd=os.getcwd(), close_fds=True, preexec_fn=_own_terminal)
        os.close(slave)
        self.seen = b""

    def until(self, done, idle: float = 30) -> None:
        """Read what the program shows until `done()`, for as long as it keeps working, however loaded the
        machine: it fails once the program has exited, or has sat `idle` seconds showing nothing new and using
        no CPU (waiting for a key it will never get), without `done()` — not after a fixed time."""
        cpu, active = self._cpu(), time.monotonic()
        while not done():
            if select.select([self.master], [], [], 0.5)[0]:
                try:
                    self.seen += os.read(self.master, 65536)
                    active = time.monotonic()
                    continue
                except OSError:  # EIO: the program has closed the terminal
                    pass
            now, used = time.monotonic(), self._cpu()
            if used > cpu + 0.5:  # working (the chat's own Ctrl-C timer costs far less while it waits)
                cpu, active = used, now
            assert self.proc.poll() is None or done(), self.seen.decode(errors="replace")[-2000:]
            assert now - active < idle, self.seen.decode(errors="replace")[-2000:]

    def _cpu(self) -> float:
        """The CPU seconds the program has used so far (its threads included), from /proc."""
        try:
            fields = open(f"/proc/{self.proc.pid}/stat", encoding="ascii").read().rsplit(")", 1)[1].split()
        except OSError:  # gone
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def exited(self) -> int:
        """Its exit status, once it has exited (as `until`: no fixed time)."""
        self.until(lambda: self.proc.poll() is not None)
        return self.proc.wait()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        os.close(self.master)


PROMPT = "Bạn: ".encode()


def test_on_a_terminal_up_arrow_recalls_a_line_from_an_earlier_session(corpus_data, cli_env):
    """A real pseudo-terminal: readline loads the history file, ↑ + Enter runs its last line again,
    Backspace edits the line, Tab completes a command, Ctrl-C drops a half-typed line, and what was typed
    is saved for the next session."""
    history = corpus_data / "chat_history"
    history.write_text("/vanban\n", encoding="utf-8")
    term = Terminal(["-m", "bot.cli", "chat"], dict(cli_env, TROLY_DATA_DIR=str(corpus_data), TERM="xterm"))
    try:
        term.until(lambda: PROMPT in term.seen)
        os.write(term.master, b"\x1b[A\r")  # ↑ then Enter
        term.until(lambda: term.seen.count(PROMPT) >= 2)
        assert "Các văn bản đã nạp (5)".encode() in term.seen
        os.write(term.master, b"/hanchox\x7ft\r")  # a typo, Backspace, the right letter, Enter
        term.until(lambda: term.seen.count(PROMPT) >= 3)
        assert "Thời hạn và chỉ tiêu".encode() in term.seen and "Không có lệnh".encode() not in term.seen
        os.write(term.master, b"/vanb\t\r")  # Tab completes the command
        term.until(lambda: term.seen.count(PROMPT) >= 4)
        assert term.seen.count("Các văn bản đã nạp (5)".encode()) == 2
        os.write(term.master, "nửa câu gõ dở".encode() + b"\x03")  # Ctrl-C drops the line, not the conversation
        term.until(lambda: term.seen.count(PROMPT) >= 5)
        os.write(term.master, b"/vanban\r")
        term.until(lambda: term.seen.count(PROMPT) >= 6)
        assert term.seen.count("Các văn bản đã nạp (5)".encode()) == 3 and "Tạm biệt.".encode() not in term.seen
        os.write(term.master, b"\x04")  # Ctrl-D
        term.until(lambda: "Tạm biệt.".encode() in term.seen)
        assert term.exited() == 0
    finally:
        term.close()
    assert [line.strip() for line in history.read_text(encoding="utf-8").splitlines()[-3:]] == \
        ["/vanban", "/hanchot", "/vanban"]


def test_ctrl_c_as_the_prompt_is_drawn_is_not_lost(corpus_data, cli_env):
    """Ctrl-C reaching the chat after readline drew the prompt but before it waits for a key (sent here from
    readline's pre-input hook, through C only, so no Python code takes it early) still gives a new prompt at
    once, not only after the next Enter."""
    ctrl_c_in_hook = ("import ctypes, itertools, os, readline, runpy, signal; readline.set_pre_input_hook("
                      "itertools.starmap(ctypes.CDLL(None).kill, [(os.getpid(), signal.SIGINT)]).__next__); "
                      "runpy.run_module('bot.cli', run_name='__main__')")
    term = Terminal(["-c", ctrl_c_in_hook, "chat"], dict(cli_env, TROLY_DATA_DIR=str(corpus_data), TERM="xterm"))
    try:
        term.until(lambda: PROMPT in term.seen)
        term.until(lambda: term.seen.count(PROMPT) >= 2)
        os.write(term.master, b"\x04")  # Ctrl-D
        term.until(lambda: "Tạm biệt.".encode() in term.seen)
        assert term.exited() == 0
    finally:
        term.close()


class Interrupting:
    """The real Assistant, but the user presses Ctrl-C while the answer to `slow` is worked out."""

    def __init__(self, assistant, slow: str) -> None:
        self.inner, self.slow = assistant, slow

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def ask(self, question, **kwargs):
        if question == self.slow:
            raise KeyboardInterrupt
        return self.inner.ask(question, **kwargs)


def test_ctrl_c_during_an_answer_stops_that_answer_not_the_chat(assistant):
    out = io.StringIO()
    script = io.StringIO("Câu hỏi chờ lâu quá?\n/vanban\n")
    assert run_chat(Interrupting(assistant, "Câu hỏi chờ lâu quá?"), stdin=script, stdout=out) == 0
    turns = out.getvalue().split("Bạn: ")[1:]
    assert t("chat.interrupted") in turns[0]
    assert "Các văn bản đã nạp (5)" in turns[1] and out.getvalue().rstrip().endswith("Tạm biệt.")


def test_chat_shows_how_a_follow_up_was_understood(assistant):
    first = "Theo kế hoạch KL51, công đoàn cơ sở gửi báo cáo kết quả về đâu?"
    out = chat(assistant, f"{first}\ncòn LĐLĐ huyện thì sao?\n")
    turns = out.split("Bạn: ")[1:]
    assert "Hiểu là:" not in turns[0]  # a standalone question is answered as typed
    understood = turns[1].split("Hiểu là: ", 1)[1].splitlines()[0]
    assert "LĐLĐ huyện" in understood and "báo cáo" in understood and understood != "còn LĐLĐ huyện thì sao?"
    assert turns[1].index("Hiểu là: ") < turns[1].index("Trợ lý: ")  # said before the answer


def test_a_question_typed_decomposed_is_not_said_understood_as_itself(assistant):
    """Before, a question a phone keyboard sent decomposed (NFD) was shown back as "Hiểu là: <the same words>" above
    its answer, as if it had been read as another question."""
    import unicodedata

    question = "Theo kế hoạch KL51, công đoàn cơ sở gửi báo cáo kết quả về đâu?"
    out = chat(assistant, unicodedata.normalize("NFD", question) + "\n")
    assert "Trợ lý: " in out and "Hiểu là:" not in out


def test_nguon_shows_a_long_heading_whole(tmp_path, make_settings):
    """Before, `/nguon 1` showed the section as stored for search, its long heading cut ("… Công đoàn cơ sở trực…")."""
    from bot.answer.service import Assistant

    heading = ("2. Đối với Liên đoàn Lao động các huyện, thành phố, Công đoàn ngành, Công đoàn viên chức và các Công "
               "đoàn cơ sở trực thuộc Liên đoàn Lao động tỉnh An Bình")
    plan = tmp_path / "ke-hoach.txt"
    plan.write_text("KẾ HOẠCH\nThực hiện phong trào thi đua năm học mới\n\nI. TỔ CHỨC THỰC HIỆN\n1. Công đoàn Giáo dục "
                    f"tỉnh\nTheo dõi, đôn đốc việc triển khai Kế hoạch này.\n{heading}\nTổng hợp và báo cáo kết quả thi "
                    "đua về Công đoàn Giáo dục tỉnh trước ngày 15/12/2025.\n", encoding="utf-8")
    with Assistant(make_settings(tmp_path / "data")) as assistant:
        assistant.ingest([plan])
        out = chat(assistant, "Báo cáo kết quả thi đua về Công đoàn Giáo dục tỉnh trước ngày nào?\n/nguon 1\n")
    source = out.split("Bạn: ")[2]
    assert "15/12/2025" in source and f"I. TỔ CHỨC THỰC HIỆN › {heading}" in source, source


def test_nguon_shows_a_table_row_as_the_answer_quotes_it(tmp_path, make_settings):
    """Before, `/nguon 1` of a table row showed its raw cells after its header's, between bars: "(STT | Nội dung công
    việc | …) | 1 | Đại hội tổ công đoàn | …|", and the bots the bars alone. Every channel now shows the row as the
    answer quotes it, each cell after its column's name."""
    from bot.answer.service import Assistant
    from bot.channels.core import source_plain

    plan = tmp_path / "bang.md"
    plan.write_text("KẾ HOẠCH\nHoạt động công đoàn năm 2027\n\nI. TỔ CHỨC THỰC HIỆN\n\n"
                    "| STT | Nội dung công việc | Đơn vị thực hiện | Thời hạn |\n|---|---|---|---|\n"
                    "| 1 | Đại hội tổ công đoàn | Các tổ công đoàn | Trước ngày 28/02/2027 |\n"
                    "| 2 | Hội nghị cán bộ, công chức, viên chức | Công đoàn cơ sở | 31/3/2027 |\n", encoding="utf-8")
    row = ("STT: 1 | Nội dung công việc: Đại hội tổ công đoàn | Đơn vị thực hiện: Các tổ công đoàn | "
           "Thời hạn: Trước ngày 28/02/2027")
    with Assistant(make_settings(tmp_path / "data")) as assistant:
        assistant.ingest([plan])
        question = "Đại hội tổ công đoàn tổ chức trước ngày nào?"
        out = chat(assistant, f"{question}\n/nguon 1\n")
        cited = assistant.ask(question).citations[0]
    source = out.split("Bạn: ")[2]
    assert row in source and "| 1 |" not in source, source
    assert row in source_plain(cited.to_json()) and "| 1 |" not in source_plain(cited.to_json())
