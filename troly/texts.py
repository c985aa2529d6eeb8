"""Access to the Vietnamese user texts and prompt templates kept in prompts/."""
from __future__ import annotations

import errno
import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


@lru_cache(maxsize=1)
def _messages() -> dict:
    with open(PROMPTS_DIR / "messages.toml", "rb") as fh:
        return tomllib.load(fh)


def t(key: str, **values: object) -> str:
    """The text at "section.name", formatted with values."""
    node: object = _messages()
    for part in key.split("."):
        node = node[part]  # type: ignore[index]
    text = str(node)
    return text.format(**values) if values else text


@lru_cache(maxsize=None)
def template(name: str) -> str:
    """A prompt template file from prompts/ (e.g. "answer_system.txt")."""
    return (PROMPTS_DIR / name).read_text(encoding="utf-8")


@lru_cache(maxsize=4096)
def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile of a pattern built from a word or a unit at answer time, kept: such patterns outnumber the 512 the
    re module keeps, so an answer compiled the same ones again and again."""
    return re.compile(source, flags)


def alternation(phrases: Iterable[str], spaced: bool = True) -> str:
    """A regex group matching any of the phrases, longest first (a longer phrase holding a shorter one wins). A space
    matches any whitespace; with `spaced` False only itself (a text read in fixed offsets, or already single-spaced)."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split()) if spaced else re.escape(p)
                            for p in ordered) + ")"


def os_reason(exc: OSError, reading: bool = False) -> str:
    """Why a file operation failed, in Vietnamese (the system's own strerror is English); `reading`:
    a refused permission was to read, not to write."""
    names = {errno.ENOENT: "not_found", errno.EACCES: "denied", errno.EPERM: "denied", errno.EROFS: "read_only",
             errno.ENOSPC: "no_space", errno.ENOTDIR: "not_dir", errno.EISDIR: "is_dir", errno.EEXIST: "exists"}
    name = names.get(exc.errno or 0)
    if name == "denied":
        name += "_read" if reading else "_write"
    return t(f"os.{name}") if name else exc.strerror or str(exc)
