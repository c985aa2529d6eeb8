"""`troly chat`: a terminal conversation with history and `/nguon N` to read a cited paragraph."""
from __future__ import annotations

import sys

from bot.answer import Answer
from bot.render import citation_line, render_answer_text
from bot.service import Assistant
from troly.texts import t

HELP = "Gõ câu hỏi rồi Enter. /nguon N: xem toàn văn đoạn trích dẫn N. /thoat hoặc Ctrl-D: thoát."


def run_chat(assistant: Assistant, stdin=None, stdout=None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    history: list[tuple[str, str]] = []
    last: Answer | None = None
    print("Trợ lý văn bản — " + HELP, file=stdout)
    while True:
        print("\nBạn: ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            print(file=stdout)
            return 0
        text = line.strip()
        if not text:
            continue
        if text in ("/thoat", "/quit", "/exit"):
            return 0
        if text in ("/help", "/trogiup"):
            print(HELP, file=stdout)
            continue
        if text.startswith("/nguon"):
            arg = text.split(maxsplit=1)[1] if " " in text else ""
            cited = {c.n: c for c in last.citations} if last else {}
            if not arg.isdigit() or int(arg) not in cited:
                print("Không có trích dẫn số đó." if cited else "Chưa có câu trả lời nào có trích dẫn.", file=stdout)
                continue
            c = cited[int(arg)]
            print(citation_line(c) + "\n" + c.passage.text, file=stdout)
            continue
        streamed: list[str] = []

        def show(piece: str) -> None:  # language-model mode: print the answer as it is generated
            if not streamed:
                print("\nTrợ lý: ", end="", file=stdout)
            streamed.append(piece)
            print(piece, end="", file=stdout, flush=True)

        last = assistant.ask(text, history=history, on_token=show)
        history.append((text, last.answer))
        full = render_answer_text(last)
        if streamed and "".join(streamed).strip() == last.answer.strip() and full.startswith(last.answer):
            print(full[len(last.answer):], file=stdout, flush=True)  # the sources under the streamed text
        elif streamed:  # the check removed something, or the offline answer replaced it
            print("\n\n" + t("llm.revised") + "\n" + full, file=stdout, flush=True)
        else:
            print("\nTrợ lý: " + full, file=stdout, flush=True)
