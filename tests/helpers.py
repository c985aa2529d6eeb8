"""Helpers shared by the tests (imported as `tests.helpers`; conftest holds only fixtures).

`run_troly` runs the command line in this process through `bot.cli.main(argv)`: the same code path as
the installed `troly` command, without paying Python start-up, imports and model loading each time.
`run_troly_process` runs the real entry point in a child process, for the few tests that must (the
installed script itself, a broken pipe, a process that is killed)."""
from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the repo; a worktree under /work/wt/<name> finds it two levels up.
SHARED = next((d for d in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if d.is_dir()),
              ROOT.parent / "shared").resolve()
CORPUS = (SHARED / "corpus").resolve()
TROLY = [sys.executable, "-m", "bot.cli"]


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


def run_troly(args: list[str], env: dict[str, str], input: str | None = None, timeout: float | None = None) -> Run:
    """`troly ARGS` in this process with env as its environment and `input` on stdin.
    An uncaught exception becomes a traceback on stderr and exit code 1, as it would in a process."""
    from bot.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved_stdin = sys.stdin
    sys.stdin = io.StringIO(input or "")
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
