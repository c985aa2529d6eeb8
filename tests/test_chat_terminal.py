"""`troly chat` in a real subprocess: answers with readable citations, `/nguon N` prints the cited
paragraph in full, history carries a follow-up, end of input (Ctrl-D) quits cleanly."""
from __future__ import annotations

from tests.helpers import run_troly


def test_chat_answers_shows_source_and_quits_on_eof(cli_env, corpus_store, make_settings):
    from bot.answer.service import Assistant

    cli_env["TROLY_DATA_DIR"] = str(corpus_store)
    question = "Theo kế hoạch KL51, công đoàn cơ sở gửi báo cáo kết quả về đâu?"
    script = f"{question}\n/nguon 1\n/nguon 9\n"  # then end of input, as Ctrl-D sends
    proc = run_troly(["chat"], cli_env, input=script)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Trợ lý: " in out and "Nguồn:" in out and "[1] " in out
    assert "Liên đoàn Lao động tỉnh" in out

    # /nguon 1 prints the whole cited paragraph exactly as stored, under its document and section.
    expected = Assistant(make_settings(corpus_store)).ask(question).citations[0].passage
    after = out.split("Bạn: ")[2]
    assert expected.text in after and expected.section in after
    assert "Không có trích dẫn số đó" in out.split("Bạn: ")[3]
    assert out.rstrip().endswith("Tạm biệt.")


def test_chat_before_any_answer_and_exit_command(cli_env, corpus_store):
    cli_env["TROLY_DATA_DIR"] = str(corpus_store)
    proc = run_troly(["chat"], cli_env, input="/nguon 1\n/thoat\nkhông được đọc tới\n")
    assert proc.returncode == 0, proc.stderr
    assert "Chưa có câu trả lời nào có trích dẫn." in proc.stdout
    assert "Trợ lý: " not in proc.stdout
