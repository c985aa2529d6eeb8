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


def without_artefacts(passages: list[Passage]) -> list[Passage]:
    """The passages with artefacts removed from their text; those left without words are dropped."""
    out = []
    for p in passages:
        text = _artefact().sub(" ", p.text)
        if text != p.text:
            text = re.sub(r"[ \t]{2,}", " ", text).strip()
            p = replace(p, text=text)
        if any(c.isalpha() for c in p.text):
            out.append(p)
    return out
