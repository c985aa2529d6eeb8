"""`troly chat`: a terminal conversation with history and `/nguon N` to read a cited paragraph."""
from __future__ import annotations

import sys

from bot.answer.model import Answer, lead_prefix
from bot.channels.render import citation_line, render_answer_text
from bot.answer.service import Assistant
from troly.texts import t

def show_source(last: Answer | None, arg: str) -> str:
    """`/nguon N`: the cited paragraph N in full, with its document and section; `/nguon`: the list."""
    cited = {c.n: c for c in last.citations} if last else {}
    if not cited:
        return t("chat.no_citations")
    if not arg:
        return "\n".join(citation_line(c) for c in cited.values()) + "\n" + t("chat.source_hint")
    if not arg.isdigit() or int(arg) not in cited:
        return t("chat.no_such_citation", numbers=", ".join(str(n) for n in cited))
    c = cited[int(arg)]
    return f"{citation_line(c)}\n{c.passage.document}\n\n{lead_prefix(c.passage)}{c.passage.text}"


def run_chat(assistant: Assistant, stdin=None, stdout=None) -> int:
    """Questions until Ctrl-D (end of input), /thoat or Ctrl-C; the history lets follow-ups refer back."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    history: list[tuple[str, str]] = []
    last: Answer | None = None
    print(t("chat.welcome"), file=stdout)
    while True:
        print("\n" + t("chat.you"), end="", file=stdout, flush=True)
        try:
            line = stdin.readline()
        except KeyboardInterrupt:
            line = ""
        if not line:
            print("\n" + t("chat.bye"), file=stdout)
            return 0
        text = line.strip()
        if not text:
            continue
        command, _, arg = text.partition(" ")
        if command in ("/thoat", "/quit", "/exit"):
            print(t("chat.bye"), file=stdout)
            return 0
        if command in ("/help", "/trogiup"):
            print(t("chat.help"), file=stdout)
            continue
        if command == "/nguon":
            print(show_source(last, arg.strip()), file=stdout)
            continue
        streamed: list[str] = []

        def show(piece: str) -> None:  # language-model mode: print the answer as it is generated
            if not streamed:
                print("\n" + t("chat.assistant"), end="", file=stdout)
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
            print("\n" + t("chat.assistant") + full, file=stdout, flush=True)
