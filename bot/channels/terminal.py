"""`troly chat`: a conversation in the terminal, with line editing and a history kept across sessions
(readline; the file `chat_history` in the data folder) and the commands of the command table
(/nghiavu, /hanchot, /vanban, /nguon, /hoi, /help, /thoat; "thoát" typed alone quits too)."""
from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from bot.answer.followup import Turn, turn
from bot.answer.model import Answer, shown_whole
from bot.answer.service import Assistant
from bot.answer.smalltalk import ends_chat, small_talk_reply
from bot.channels import commands
from bot.channels.base import Channel
from bot.channels.render import citation_line, render_answer_text, understood
from bot.channels.replies import READ_COMMANDS, read_command
from troly.texts import t

HISTORY_LINES = 1000
CTRL_C_CHECK_SECONDS = 0.1


@contextmanager
def ctrl_c_checked() -> Iterator[None]:
    """Python's readline sees a Ctrl-C only when it interrupts the wait for a key: one pressed just as the
    prompt or a typed letter is drawn would wait for Enter, and then drop that line (cpython#112585). A timer
    interrupts the wait every CTRL_C_CHECK_SECONDS, so such a Ctrl-C is seen then."""
    previous = signal.signal(signal.SIGALRM, lambda *_: None)
    signal.setitimer(signal.ITIMER_REAL, CTRL_C_CHECK_SECONDS, CTRL_C_CHECK_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
    p = c.passage  # in full here: the document's whole title and heading path
    where = "\n".join(part for part in (p.document, p.whole_section) if part)
    return f"{citation_line(c)}\n{where}\n\n{shown_whole(p)}"


class LineReader:
    """Lines from the user. On a terminal: readline's editing, ↑/↓ through the history (loaded from
    and saved to `history`), Tab completing commands; from a pipe: plain lines, nothing saved."""

    def __init__(self, stdin: TextIO, stdout: TextIO, history: Path | None) -> None:
        self.stdin, self.stdout, self.history = stdin, stdout, history
        self.readline = None
        if stdin is sys.stdin and stdin.isatty() and stdout is sys.stdout:
            try:
                import readline
            except ImportError:  # pragma: no cover - Windows without pyreadline
                readline = None
            self.readline = readline
        if self.readline:
            names = sorted(f"/{c.name}" for c in commands.commands(TerminalChat.name))
            self.readline.set_completer(lambda text, i: ([n for n in names if n.startswith(text)] + [None])[i])
            self.readline.set_completer_delims(" \t\n")  # "/" is one by default: "/han" would complete "han"
            self.readline.parse_and_bind("tab: complete")
            self.readline.set_history_length(HISTORY_LINES)
            if history and history.exists():
                self.readline.read_history_file(history)

    def read(self, prompt: str) -> str | None:
        """The next line, or None at end of input (Ctrl-D). Ctrl-C drops the line being typed and gives
        an empty one, as a shell does: it does not end the conversation."""
        try:
            if self.readline:
                with ctrl_c_checked():
                    return input(prompt)
            print(prompt, end="", file=self.stdout, flush=True)
            line = self.stdin.readline()
            return line if line else None
        except EOFError:
            return None
        except KeyboardInterrupt:
            print(file=self.stdout, flush=True)
            return ""

    def close(self) -> None:
        if self.readline and self.history:
            self.history.parent.mkdir(parents=True, exist_ok=True)
            self.readline.write_history_file(self.history)


class TerminalChat(Channel):
    name = "terminal"

    def __init__(self, assistant: Assistant, stdin: TextIO | None = None, stdout: TextIO | None = None,
                 history: Path | None = None) -> None:
        self.assistant = assistant
        self.out = stdout or sys.stdout
        self.lines = LineReader(stdin or sys.stdin, self.out, history)
        self.history: list[Turn] = []
        self.last: Answer | None = None

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def run(self) -> int:
        """Questions until Ctrl-D (end of input), /thoat or a goodbye ("thoát nhé", "tạm biệt"); the history lets
        follow-ups refer back. Ctrl-C while an answer is being worked out stops that answer, not the conversation."""
        self.say(t("chat.welcome"))
        try:
            while True:
                self.say("")
                line = self.lines.read(t("chat.you"))
                if line is None:
                    self.say("\n" + t("chat.bye"))
                    return 0
                text = line.strip()
                if not text:
                    continue
                parsed = commands.parse_command(text, self.name)
                if parsed and parsed[0] == "thoat":
                    self.say(t("chat.bye"))
                    return 0
                if not parsed and ends_chat(text):  # "thoát nhé", "thôi thoát", "tạm biệt": a goodbye
                    # (prompts/small_talk.toml) is answered, then the chat ends as it says; "được thôi" goes on
                    self.say("\n" + t("chat.assistant") + small_talk_reply("bye"))
                    return 0
                try:
                    question = self.command(*parsed) if parsed else text
                    if question:
                        self.ask(question)
                except KeyboardInterrupt:
                    self.say("\n" + t("chat.interrupted"))
        finally:
            self.lines.close()

    def command(self, name: str, arg: str) -> str | None:
        """Show what a command shows; the question it becomes, if it becomes one."""
        if name not in commands.names(self.name):
            self.say(t("bot.unknown_command", name=name) + "\n\n" + commands.help_text(self.name))
        elif name == "help":
            self.say(commands.help_text(self.name))
        elif name == "nguon":
            self.say(show_source(self.last, arg))
        elif name in READ_COMMANDS:
            reply = read_command(name, arg, self.assistant)
            if reply.question:
                return reply.question
            self.say(reply.text or "")
        return None

    def ask(self, question: str) -> None:
        streamed: list[str] = []

        def show(piece: str) -> None:  # language-model mode: print the answer as it is generated
            if not streamed:
                print("\n" + t("chat.assistant"), end="", file=self.out)
            streamed.append(piece)
            print(piece, end="", file=self.out, flush=True)

        last = self.assistant.ask(question, history=self.history, on_token=show)
        if last.citations:  # "cảm ơn" or the list of documents cites nothing: /nguon keeps the answer before
            self.last = last
        self.history.append(turn(question, last))
        note = understood(question, last)
        if note:
            self.say("\n" + note)
        full = render_answer_text(last)
        if streamed and "".join(streamed).strip() == last.answer.strip() and full.startswith(last.answer):
            self.say(full[len(last.answer):])  # the sources under the streamed text
        elif streamed:  # the check removed something, or the offline answer replaced it
            self.say("\n\n" + t("llm.revised") + "\n" + full)
        else:
            self.say("\n" + t("chat.assistant") + full)


def run_chat(assistant: Assistant, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    return TerminalChat(assistant, stdin, stdout, assistant.settings.data_dir / "chat_history").run()
