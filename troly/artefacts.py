"""Scanning and conversion artefacts ("--- PAGE BREAK ---", "- 2 -"): no part of what a document says, so
never quoted and never part of its title. The patterns live in prompts/scan_artefacts.txt."""
from __future__ import annotations

import re
from functools import lru_cache

from troly.tables import lines


@lru_cache(maxsize=1)
def _artefact() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lines("scan_artefacts.txt")))


@lru_cache(maxsize=20_000)
def cleaned(text: str) -> str:
    """The text without artefacts (cached: the same passages come back question after question)."""
    out = _artefact().sub(" ", text)
    return re.sub(r"[ \t]{2,}", " ", out).strip() if out != text else text
