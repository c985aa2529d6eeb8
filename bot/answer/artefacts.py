"""Scanning and conversion artefacts ("--- PAGE BREAK ---") taken out of passages before they are quoted:
they are no part of what a document says, and a passage made of nothing else is no answer and no source.
The patterns live in prompts/scan_artefacts.txt (troly/artefacts.py)."""
from __future__ import annotations

from dataclasses import replace

from troly.artefacts import cleaned
from vectorstore.search import Passage


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
