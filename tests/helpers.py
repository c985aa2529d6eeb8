"""Helpers shared by the tests (imported as `tests.helpers`; conftest holds only fixtures).

`run_troly` runs the command line in this process through `bot.cli.main(argv)`: the same code path as
the installed `troly` command, without paying Python start-up, imports and model loading each time.
`run_troly_process` runs the real entry point in a child process, for the few tests that must (the
installed script itself, a broken pipe, a process that is killed)."""
from __future__ import annotations

import atexit
import contextlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import traceback
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from bot.answer.lexicon import Lexicon
    from vectorstore.search import Passage

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the repo; a worktree under /work/wt/<name> finds it two levels up.
SHARED = next((d for d in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if d.is_dir()),
              ROOT.parent / "shared").resolve()
CORPUS = (SHARED / "corpus").resolve()
TROLY = [sys.executable, "-m", "bot.cli"]


def obligation_index(docs: list[tuple[str, str]]):
    """The obligations of (doc_id, text) documents, parsed without embedding, as the bot's index holds them."""
    from types import SimpleNamespace

    from bot.answer.lexicon import Lexicon
    from bot.answer.obligations import ObligationIndex
    from ingest.parse import parse_document

    records = []
    for doc_id, text in docs:
        parsed = parse_document(text, doc_id)
        records.append(SimpleNamespace(doc_id=doc_id, title=parsed.meta.title, kind=parsed.meta.kind, source=doc_id,
                                       meta={"date": parsed.meta.date, "number": parsed.meta.number},
                                       obligations=[o.to_dict() for o in parsed.obligations]))
    return ObligationIndex.from_records(records, Lexicon())


def corpus_files() -> list[Path]:
    """The five real plans the shared test store holds."""
    if not CORPUS.is_dir():
        pytest.fail(f"the shared corpus is missing: {CORPUS}")
    return sorted(CORPUS.glob("*.txt"))


@dataclass
class Run:
    """What a user of the terminal sees: the exit code and both streams."""
    args: list[str]
    returncode: int
    stdout: str
    stderr: str


def ingested(assistant, folder: Path, name: str, text: str):
    """The assistant with one more invented document, `name` holding `text`, loaded into its store."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    assert not assistant.ingest([path]).failed
    return assistant


def first_line(answer) -> str:
    """The answer's first line: the sentence it leads with, which a user reads first."""
    return answer.answer.split("\n")[0]


def chatted(assistant, *messages: str):
    """Each message asked with the turns before it, as a chat keeps them; the answers."""
    from bot.answer.followup import turn

    history, answers = [], []
    for message in messages:
        answers.append(assistant.ask(message, history=list(history)))
        history.append(turn(message, answers[-1]))
    return answers


def assistant_with(tmp_path_factory, embed_cache: Path, name: str, text: str, *more: tuple[str, str]):
    """An Assistant over a store of invented documents, `name` holding `text` and each of `more` (name, text)
    (a module fixture ingests them once)."""
    from bot.answer.service import Assistant
    from troly.config import Settings

    folder = tmp_path_factory.mktemp("docs")
    documents = [(name, text), *more]
    for file, content in documents:
        (folder / file).write_text(content, encoding="utf-8")
    assistant = Assistant(Settings(data_dir=tmp_path_factory.mktemp("data"), embed_cache=embed_cache, _env_file=None))
    assert [d.status for d in assistant.ingest([folder]).documents] == ["added"] * len(documents)
    return assistant


def assistant_fixture(name: str, text: str, *more: tuple[str, str]):
    """A module fixture (named by the module's attribute it is assigned to): an Assistant over these invented
    documents (assistant_with), ingested once and closed after the module's tests."""
    @pytest.fixture(scope="module")
    def assistant(tmp_path_factory, embed_cache):
        made = assistant_with(tmp_path_factory, embed_cache, name, text, *more)
        yield made
        made.close()

    return assistant


def copy_store(store: Path, target: Path) -> Path:
    """A private copy of a data directory (the shared corpus store), for tests that write. Its SQLite databases
    are copied through SQLite's backup (a consistent snapshot): other tests read the store meanwhile, and opening
    Chroma writes to its database, so a -journal/-wal file may come and go mid-copy (copying files alone failed on
    one)."""
    shutil.copytree(store, target, ignore=shutil.ignore_patterns("*.sqlite3*"))
    for database in store.rglob("*.sqlite3"):
        with closing(sqlite3.connect(database)) as source, closing(
                sqlite3.connect(target / database.relative_to(store))) as copy:
            source.backup(copy)
    return target


def corpus_fixture(*documents: tuple[str, str], **settings):
    """A module fixture (named by the module's attribute it is assigned to): an Assistant over a copy of the
    corpus store with these invented (name, text) documents loaded one by one, as `ingested` loads them into a
    test's own copy, with these settings (as `today`); built once for the module's tests (which only ask), not once
    per test."""
    @pytest.fixture(scope="module")
    def assistant(tmp_path_factory, corpus_store, embed_cache):
        from bot.answer.service import Assistant
        from troly.config import Settings

        data = copy_store(corpus_store, tmp_path_factory.mktemp("corpus") / "data")
        folder = tmp_path_factory.mktemp("docs")
        with Assistant(Settings(data_dir=data, embed_cache=embed_cache, _env_file=None, **settings)) as made:
            for name, text in documents:
                ingested(made, folder, name, text)
            yield made

    return assistant


@contextlib.contextmanager
def environment(env: dict[str, str]) -> Iterator[None]:
    """os.environ replaced by env for the duration (and the cached Settings forgotten both ways)."""
    from troly.config import get_settings

    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    get_settings.cache_clear()
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)
        get_settings.cache_clear()


class _Terminal(io.StringIO):
    """A stream that says it is a terminal (progress bars are drawn only on one)."""

    def isatty(self) -> bool:
        return True


def run_troly(args: list[str], env: dict[str, str], input: str | None = None, timeout: float | None = None,
              terminal: bool = False, typed: bool = False) -> Run:
    """`troly ARGS` in this process with env as its environment and `input` on stdin; `terminal`: stderr
    is a terminal, as when the user types the command (else it is piped, as into a log file); `typed`: stdin is a
    terminal too, `input` what the user types at it (else it is piped, as from a script).
    An uncaught exception becomes a traceback on stderr and exit code 1, as it would in a process."""
    from bot.cli import main

    out, err = io.StringIO(), (_Terminal if terminal else io.StringIO)()
    saved_stdin = sys.stdin
    sys.stdin = (_Terminal if typed else io.StringIO)(input or "")
    try:
        with environment(env), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse, or a message raised as SystemExit
                if isinstance(exc.code, str):
                    print(exc.code, file=sys.stderr)
                    code = 1
                else:
                    code = exc.code or 0
            except Exception:  # noqa: BLE001 - shown the way the interpreter would show it
                traceback.print_exc()
                code = 1
    finally:
        sys.stdin = saved_stdin
    return Run(list(args), code, out.getvalue(), err.getvalue())


def run_troly_process(args: list[str], env: dict[str, str], input: str | None = None,
                      timeout: float = 600) -> subprocess.CompletedProcess:
    """`troly ARGS` in a child process (python -m bot.cli, the entry point's module)."""
    return subprocess.run(TROLY + args, env=env, input=input, capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, cwd=ROOT)


def open_files() -> int:
    """How many file descriptors this process holds."""
    return len(os.listdir("/proc/self/fd"))


# ---- `troly` in processes forked from a server that imported the code once -------------------------
# A new interpreter pays ~2 s of CPU importing Chroma, LangChain and numpy before `troly` does anything.
# Tests that need separate processes (two writers at once, a process killed mid-write, a writer beside
# a running reader) fork them from one server process per test worker that has imported that code:
# each is still a real process with its own pid, Chroma client, files and locks, started fresh.
# Preloaded too: this module (each child unpickles its target, _forked_main, from here: pytest with it),
# Chroma's Rust client (imported when the first client opens) and the bot channels' libraries.
_PRELOAD = ["tests.helpers", "bot.cli", "bot.answer.service", "vectorstore.store", "vectorstore.writer", "tqdm",
            "chromadb.api.rust", "bot.channels.runner", "bot.channels.telegram", "bot.channels.zalo"]


class _TerminalFile(io.TextIOWrapper):
    """A file written as if it were a terminal (progress bars are drawn only on one)."""

    def isatty(self) -> bool:
        return True


def _read_only(folder: str) -> None:
    """The child sees `folder` mounted read-only, in a mount namespace of its own (as `unshare -m` gives one: nothing
    it mounts is seen outside it). A forked child has one thread, as unshare() wants."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(0x00020000) != 0:  # CLONE_NEWNS
        raise OSError(ctypes.get_errno(), "unshare")
    for command in (["mount", "--make-rprivate", "/"], ["mount", "--bind", folder, folder],
                    ["mount", "-o", "remount,bind,ro", folder]):
        subprocess.run(command, check=True)


def _forked_main(args: list[str], env: dict[str, str], out: str, err: str, terminal: bool = False,
                 read_only: str | None = None) -> None:
    """The child: its environment, working folder and standard streams (files; stderr a terminal when
    `terminal`), the folder `read_only` mounted so (_read_only), then `troly ARGS`."""
    for fd, path in ((1, out), (2, err)):
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    if read_only:
        _read_only(read_only)
    sys.stdin = open(os.devnull, encoding="utf-8")
    sys.stdout, sys.stderr = ((_TerminalFile if terminal and fd == 2 else io.TextIOWrapper)(
        io.FileIO(fd, "w", closefd=False), encoding="utf-8", write_through=True) for fd in (1, 2))
    os.environ.clear()
    os.environ.update(env)
    os.chdir(ROOT)
    import threading

    import tqdm

    # The bar's default lock is a multiprocessing one, registered with the test process's resource
    # tracker, which would report it leaked whenever a test kills this process.
    tqdm.tqdm.set_lock(threading.RLock())
    from bot.cli import main

    sys.exit(main(list(args)))


def _stop_forkserver() -> None:
    """At exit, stop the server and wait for it, so that its CPU time (and its children's) is counted
    in this process's, as a child's would be."""
    from multiprocessing import forkserver

    forkserver._forkserver._stop()  # noqa: SLF001 - the one way to wait for it


_CONTEXT = None


def _forkserver():
    """The multiprocessing context forking from this worker's one preloaded server (started on first use)."""
    global _CONTEXT
    if _CONTEXT is None:
        import multiprocessing

        _CONTEXT = multiprocessing.get_context("forkserver")
        _CONTEXT.set_forkserver_preload(_PRELOAD)
        atexit.register(_stop_forkserver)
    return _CONTEXT


def _forked_call(function, args: tuple, out: str) -> None:
    """The child of run_in_new_process: function(*args), its result (or the traceback) written as JSON to `out`."""
    import json

    try:
        result = {"result": function(*args)}
    except BaseException:  # noqa: BLE001 - reported to the test, as a failed process's stderr would be
        result = {"error": traceback.format_exc()}
    Path(out).write_text(json.dumps(result), encoding="utf-8")
    sys.exit(1 if "error" in result else 0)


def run_in_new_process(function, *args, timeout: float = 600):
    """function(*args) in a separate process, its JSON result: a process of its own (its own Chroma client, files and
    locks, a store's graph read from disk anew), forked from the preloaded server instead of a new interpreter
    importing numpy and Chroma again (~2 s of CPU each). `function` must be a module's top-level function."""
    import json
    import tempfile

    with tempfile.TemporaryDirectory(prefix="troly-call-") as folder:
        out = Path(folder) / "result.json"
        process = _forkserver().Process(target=_forked_call, args=(function, args, str(out)))
        process.start()
        process.join(timeout)
        if process.exitcode is None:
            process.kill()
            process.join()
            raise TimeoutError(f"{function.__name__} did not end in {timeout} s")
        result = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {
            "error": f"the process ended with {process.exitcode} and no result"}
    assert "error" not in result, result["error"][-2000:]
    return result["result"]


class ForkedTroly:
    """`troly ARGS` running in a forked process; its stdout and stderr go to files beside each other
    (`terminal`: stderr as if a terminal, where progress bars are drawn)."""

    def __init__(self, args: list[str], env: dict[str, str], folder: Path, terminal: bool = False,
                 read_only: Path | None = None) -> None:
        import tempfile

        folder.mkdir(parents=True, exist_ok=True)
        streams = Path(tempfile.mkdtemp(prefix="troly-", dir=folder))
        self.stdout_path, self.stderr_path = streams / "stdout", streams / "stderr"
        self.args = list(args)
        self.process = _forkserver().Process(
            target=_forked_main, args=(self.args, dict(env), str(self.stdout_path), str(self.stderr_path), terminal,
                                       str(read_only) if read_only else None))
        self.process.start()

    @property
    def pid(self) -> int:
        return self.process.pid

    def poll(self) -> int | None:
        return self.process.exitcode

    def stderr_so_far(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace") if self.stderr_path.exists() else ""

    def kill(self) -> None:
        """SIGKILL, and wait until it is gone."""
        self.process.kill()
        self.process.join()

    def terminate(self) -> None:
        """SIGTERM (as a service manager stops a bot); wait() then sees how it ended."""
        self.process.terminate()

    def wait(self, timeout: float = 600) -> Run:
        self.process.join(timeout)
        if self.process.exitcode is None:
            self.kill()
            raise TimeoutError(f"troly {' '.join(self.args)} did not end in {timeout} s")
        return Run(self.args, self.process.exitcode, self.stdout_path.read_text(encoding="utf-8"),
                   self.stderr_path.read_text(encoding="utf-8"))


def run_troly_forked(args: list[str], env: dict[str, str], folder: Path, timeout: float = 600,
                     read_only: Path | None = None) -> Run:
    """`troly ARGS` in a separate (forked) process, waited for; `read_only`: a folder it sees mounted read-only."""
    return ForkedTroly(args, env, folder, read_only=read_only).wait(timeout)


# ---- a Chroma server of a test's own -------------------------------------------------------------
def _listening_port(pid: int) -> int | None:
    """The TCP port process `pid` listens on (Linux /proc), None while it does not listen yet."""
    sockets = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                sockets.add(target[8:-1])
    for table in ("tcp", "tcp6"):
        with contextlib.suppress(OSError):
            for row in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
                fields = row.split()
                if fields[3] == "0A" and fields[9] in sockets:  # LISTEN
                    return int(fields[1].rsplit(":", 1)[1], 16)
    return None


@contextlib.contextmanager
def chroma_server(path: Path, timeout: float = 120) -> Iterator[str]:
    """`chroma run` on 127.0.0.1 storing in `path`, its URL while the block runs. The server takes a port
    the system gives it (--port 0), read from the process: a port picked free beforehand can be taken
    meanwhile by any process of the machine (other test runs included), and a client would then talk
    to someone else's server."""
    import time
    import urllib.request

    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen([str(chroma), "run", "--host", "127.0.0.1", "--port", "0", "--path", str(path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + timeout
        while True:
            port = _listening_port(proc.pid) if proc.poll() is None else None
            if port is not None:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=5):
                        break
                except OSError:
                    pass
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"the Chroma server did not start: {proc.stderr.read().decode(errors='replace')[-2000:]}")
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def lexicon_of(passages: list[Passage]) -> Lexicon:
    """The word statistics compose() weighs a question's words by: the passages' texts and a few sentences of the
    corpus's other subjects (so that words every passage repeats are not the rarest)."""
    from bot.answer.lexicon import Lexicon
    lexicon = Lexicon()
    lexicon.add_documents([p.text for p in passages] + [
        "Đại hội công đoàn các cấp tổ chức theo nhiệm kỳ năm năm.",
        "Ban chấp hành công đoàn cơ sở họp định kỳ ba tháng một lần.",
        "Tuyên truyền pháp luật cho người lao động tại doanh nghiệp.",
    ])
    return lexicon


# A duties table a Word cell may hold (tests of nested tables): its header row, then one duty.
NESTED_DUTIES = [("Đơn vị", "Nhiệm vụ"), ("Công đoàn cơ sở", "Vận động đoàn viên dự hội thi")]


def add_nested_duties(cell) -> None:
    """Put NESTED_DUTIES as a table inside a python-docx table cell."""
    inner = cell.add_table(rows=len(NESTED_DUTIES), cols=2)
    for r, row in enumerate(NESTED_DUTIES):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text


def table_document(path: Path, lines: list[str] | tuple[str, ...], rows: list[tuple[str, ...]] | list[list[str]],
                   marked: bool = False, merges: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()) -> Path:
    """A Word document (.docx) or web page (.html) at `path`: `lines` as paragraphs, then a table of `rows`, its first
    row marked as the header (a Word row repeated on each page, a web page's <th> cells) when `marked` — the tables
    admins load, built one way for every test of them. `merges` (Word only): cells merged, each from (row, column) to
    (row, column); an empty cell of `rows` is left unwritten (a merged cell keeps its first cell's text)."""
    if path.suffix == ".docx":
        import docx
        from docx.oxml import OxmlElement

        document = docx.Document()
        for line in lines:
            document.add_paragraph(line)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if cell or not merges:
                    table.cell(r, c).text = cell
        for (r1, c1), (r2, c2) in merges:
            table.cell(r1, c1).merge(table.cell(r2, c2))
        if marked:
            table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        document.save(str(path))
    else:
        cells = ["".join(f"<{tag}>{c}</{tag}>" for c in row)
                 for tag, row in zip(["th" if marked else "td"] + ["td"] * len(rows), rows)]
        path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in lines)
                        + "<table>" + "".join(f"<tr>{row}</tr>" for row in cells) + "</table></body></html>",
                        encoding="utf-8")
    return path
