"""Long replies cut into messages under a channel's size limit, at paragraph, then line, sentence and
word boundaries: a citation and its quote never end up in two messages when they fit in one."""
from __future__ import annotations

from collections.abc import Iterable

from troly.vntext import split_sentences


def _split_oversized(unit: str, limit: int) -> list[str]:
    """A unit longer than a message: cut at lines, then sentences, then words."""
    for splitter, sep in ((lambda s: s.split("\n"), "\n"), (split_sentences, " "), (str.split, " ")):
        parts = [p for p in splitter(unit) if p.strip()]
        if len(parts) > 1:
            out: list[str] = []
            for piece in pack(parts, limit, sep):
                out.extend([piece] if len(piece) <= limit else _split_oversized(piece, limit))
            return out
    return [unit[i:i + limit] for i in range(0, len(unit), limit)]


def pack(units: Iterable[str], limit: int, sep: str = "\n\n") -> list[str]:
    """Join units into messages of at most `limit` characters, never cutting a unit that fits in one
    message (paragraphs, citations); a unit that does not fit is cut at its own boundaries."""
    messages: list[str] = []
    current = ""
    for unit in units:
        for piece in [unit] if len(unit) <= limit else _split_oversized(unit, limit):
            candidate = f"{current}{sep}{piece}" if current else piece
            if len(candidate) <= limit:
                current = candidate
            else:
                if current:
                    messages.append(current)
                current = piece
    if current:
        messages.append(current)
    return messages


def paragraphs(text: str, limit: int) -> list[str]:
    """A plain-text reply as messages: its paragraphs packed under `limit`."""
    return pack([p for p in text.split("\n\n") if p.strip()], limit)
