"""Scanning and conversion artefacts ("--- PAGE BREAK ---") taken out of passages before they are quoted:
they are no part of what a document says, and a passage made of nothing else is no answer and no source.
The patterns live in prompts/scan_artefacts.txt."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from troly.tables import lines
from vectorstore.search import Passage


@lru_cache(maxsize=1)
def _artefact() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lines("scan_artefacts.txt")))


@lru_cache(maxsize=20_000)
def cleaned(text: str) -> str:
    """The text without artefacts (cached: the same passages come back question after question)."""
    out = _artefact().sub(" ", text)
    return re.sub(r"[ \t]{2,}", " ", out).strip() if out != text else text


def without_artefacts(passages: list[Passage]) -> list[Passage]:
    """The passages with artefacts removed from their text; those left without words are dropped."""
    out = []
    for p in passages:
        text = cleaned(p.text)
        if text != p.text:
            p = replace(p, text=text)
        if any(c.isalpha() for c in p.text):
            out.append(p)
    return out
