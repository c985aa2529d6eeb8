"""Scanning and conversion artefacts ("--- PAGE BREAK ---") taken out of passages before they are quoted:
they are no part of what a document says, and a passage made of nothing else is no answer and no source.
The patterns live in prompts/scan_artefacts.txt (troly/artefacts.py)."""
from __future__ import annotations

from dataclasses import replace

from troly.artefacts import cleaned
from vectorstore.search import Passage


def _under_header(p: Passage) -> bool:
    """A table row read under its header row ("| 2025 | 1.318 | 163 | 12,4 |" under "Năm | Số lượt … | Tỷ lệ vi
    phạm (%)", which ingest gives it as its lead-in): its figures say what the header's names say, with no word of
    their own."""
    return p.text.lstrip().startswith("|") and " | " in p.lead and any(c.isalpha() for c in p.lead)


def without_artefacts(passages: list[Passage]) -> list[Passage]:
    """The passages with artefacts removed from their text; those left without words are dropped — not a table row of
    figures alone under its header (a table by year: one row a year), whose words are its header's."""
    out = []
    for p in passages:
        text = cleaned(p.text)
        if text != p.text:
            p = replace(p, text=text)
        if any(c.isalpha() for c in p.text) or _under_header(p):
            out.append(p)
    return out
