"""Word lists and tables kept in prompts/ (abbreviations, names of bodies, filler words), read once."""
from __future__ import annotations

import tomllib
from functools import lru_cache

from troly.texts import PROMPTS_DIR


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated table in prompts/ (blank lines and "#" comments skipped; cells stripped)."""
    out = []
    for line in (PROMPTS_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(out)


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a word list in prompts/."""
    return tuple(line.strip() for line in (PROMPTS_DIR / name).read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=None)
def toml(name: str) -> dict:
    with open(PROMPTS_DIR / name, "rb") as fh:
        return tomllib.load(fh)
