"""Raw extracted text → clean Vietnamese paragraphs, one per line.

PDF and Word exports break Vietnamese text in predictable ways: decomposed accents, glyphs of
broken fonts (`ƣ` for `ư`), hard-wrapped lines (often with blank lines between every line),
page numbers and markdown emphasis. Everything downstream assumes one paragraph per line.
"""
from __future__ import annotations

import re

from ingest.markers import BULLET_RE, heading_match
from troly.vntext import repair

_PAGE_NUMBER_RE = re.compile(r"^\s*(?:[-–—]\s*)?(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–—])?\s*$", re.I)
_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_STAR_BULLET_RE = re.compile(r"^\s*\*\s+(?=\S)")
_TERMINAL = (".", "!", "?", ";", ":", "./.", "…")
_CHECKMARKS = "✓✔☑"


def normalize_chars(text: str) -> str:
    """NFC, repaired glyphs (troly.vntext.repair), unified line ends."""
    return repair(text.replace("\r\n", "\n").replace("\r", "\n"))


def clean_line(line: str) -> str:
    line = _MD_HEADING_RE.sub("", line)
    line = _STAR_BULLET_RE.sub("• ", line)  # kept apart from "-": the two mark list depth
    line = _MD_EMPHASIS_RE.sub("", line)
    line = line.strip(" " + _CHECKMARKS)
    return re.sub(r" {2,}", " ", line).strip()


def _is_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _starts_lower(line: str) -> bool:
    first = line.lstrip("“\"'(")[:1]
    return bool(first) and (first.islower() or first.isdigit())


def _starts_block(line: str) -> bool:
    return bool(BULLET_RE.match(line) or heading_match(line))


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped text breaks at, or None when lines are whole paragraphs."""
    lengths = sorted(len(l) for l in lines if l)
    if len(lengths) < 10:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if width > 160:
        return None
    full = sum(1 for n in lengths if n >= width * 0.75)
    return width if full >= len(lengths) * 0.4 else None


def _join(current: str, fragment: str) -> str:
    if re.search(r"\w-$", current) and not fragment[:1].islower():
        return current + fragment  # "02-" + "NQ/TW"
    return current + " " + fragment


def reflow(text: str) -> list[str]:
    """Lines of raw text → paragraphs, each on one line, in order."""
    raw = [clean_line(l) for l in normalize_chars(text).split("\n")]
    lines = ["" if _PAGE_NUMBER_RE.match(l) else l for l in raw]
    width = _wrap_width(lines)
    blocks: list[str] = []
    last_len = 0  # length of the last physical line of the current block
    gap = False
    for line in lines:
        if not line:
            gap = True
            continue
        if not blocks:
            blocks.append(line)
        else:
            current = blocks[-1]
            ended = current.endswith(_TERMINAL)
            heading = heading_match(current) is not None and not (width and last_len >= width * 0.75)
            if _starts_block(line):
                join = False
            elif _starts_lower(line):
                join = True
            elif current.endswith(("”", '"')) and line[:1].isupper() and not _is_upper(current):
                join = False  # a quoted name closes a title or sentence; a capital opens the next
            elif ended or heading:
                join = False
            elif _is_upper(current) and _is_upper(line):
                join = True
            elif _is_upper(current) != _is_upper(line):
                join = False
            elif width and last_len >= width * 0.75:
                join = True
            else:  # a short or unwrapped line, then a capital: the author broke the line on purpose
                join = False
            if join:
                blocks[-1] = _join(current, line)
            else:
                blocks.append(line)
        last_len = len(line)
        gap = False
    return blocks


def is_upper_line(line: str) -> bool:
    return _is_upper(line)
