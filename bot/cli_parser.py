"""argparse speaking Vietnamese: its own phrases ("usage:", "options:", error messages) come from
prompts/argparse.toml, the catalogue argparse's gettext hook would otherwise look up."""
from __future__ import annotations

import argparse
import contextlib
import tomllib
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NoReturn

from troly.texts import PROMPTS_DIR, t


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, str]:
    with open(PROMPTS_DIR / "argparse.toml", "rb") as fh:
        return tomllib.load(fh)["messages"]


def _gettext(message: str) -> str:
    return _catalogue().get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextlib.contextmanager
def vietnamese_argparse() -> Iterator[None]:
    """argparse's phrases translated while building and running the parser (argparse looks its
    `_`/`ngettext` up at call time; both are put back afterwards)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class UsageError(Exception):
    """A command line argparse refuses: `message` says why, `text` is what argparse would print (the
    command's usage, then "troly …: lỗi: …"). The caller prints one or the other and exits 2."""

    def __init__(self, message: str, text: str) -> None:
        super().__init__(message)
        self.message, self.text = message, text


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose -h/--help is described in Vietnamese (sub-parsers inherit the class) and
    whose refusals are raised as UsageError, so that a command given --json can report them as JSON."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=t("cli.help_flag"))

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        """Arguments a command does not take are refused with that command's usage, not troly's."""
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            commands = next((a.choices for a in self._actions if isinstance(a, argparse._SubParsersAction)), {})
            parser = commands.get(getattr(namespace, "command", None), self)
            parser.error(argparse._("unrecognized arguments: %s") % " ".join(extras))  # type: ignore[attr-defined]
        return namespace

    def error(self, message: str) -> NoReturn:
        """Raised, not printed with an exit: main() prints the usage, or with --json an {"error": …} object."""
        text = self.format_usage() + argparse._("%(prog)s: error: %(message)s\n") % {  # type: ignore[attr-defined]
            "prog": self.prog, "message": message}
        raise UsageError(message, text)
