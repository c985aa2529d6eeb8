"""The official header of a Vietnamese administrative document, peeled off before reflow.

A header is the block above the title: issuing body (in capitals, often with its parent body
above it), "Số: 12/KH-CĐN", "Hà Nội, ngày 5 tháng 3 năm 2022" and the national motto. Word and
PDF exports lay it out as a two-column table, so one line may hold pieces of both columns
(separated by " | ", tabs or runs of spaces). None of it is answer text: it becomes metadata.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

MOTTO_RE = re.compile(
    r"CỘNG\s+H(?:OÀ|ÒA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", re.I)
NUMBER_RE = re.compile(r"\b(?:[\wÀ-ỹ]+\s+)?số\s*:?\s*(\d[\w.]*(?:/[\w.\-–]+)+)", re.I)
PLACE_DATE_RE = re.compile(r"(?:([^\W\d][^,\d|]{1,40}),\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
                           re.I)
_SEPARATOR_RE = re.compile(r"^[\s\-–—_=*.•~]*$")
_COLUMNS_RE = re.compile(r"\s*\|\s*|\t+|\s{3,}")
MAX_HEADER_LINES = 16


@dataclass
class Header:
    issuer_lines: list[str] = field(default_factory=list)
    number: str = ""
    date: str = ""  # dd/mm/yyyy
    place: str = ""
    motto: bool = False

    @property
    def found(self) -> bool:
        return bool(self.motto or self.number or self.date)

    @property
    def issuer(self) -> str:
        return " – ".join(self.issuer_lines)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _take_segment(segment: str, header: Header, starts_title: "callable") -> bool:
    """Record one piece of a header line; False when the piece is not header material."""
    segment = segment.strip(" *_#")
    if not segment or _SEPARATOR_RE.match(segment):
        return True
    if MOTTO_RE.search(segment):
        header.motto = True
        segment = MOTTO_RE.sub(" ", segment).strip(" -–—")
        if not segment:
            return True
    m = PLACE_DATE_RE.search(segment)
    if m and (m.group(1) or segment.lower().startswith("ngày")):
        header.place = (m.group(1) or "").strip()
        header.date = f"{int(m.group(2)):02d}/{int(m.group(3)):02d}/{m.group(4)}"
        segment = (segment[:m.start()] + segment[m.end():]).strip()
        if not segment:
            return True
    m = NUMBER_RE.search(segment)
    if m and m.start() < 20:
        header.number = m.group(1).rstrip(".")
        segment = (segment[:m.start()] + segment[m.end():]).strip()
        if not segment:
            return True
    if _is_caps(segment) and len(segment) < 120 and not starts_title(segment):
        header.issuer_lines.append(re.sub(r"\s+", " ", segment))
        return True
    return False


def split_header(raw_lines: list[str], starts_title: "callable") -> tuple[Header, int]:
    """The header found at the top of raw lines and how many raw lines it used (0 if none).
    `starts_title(line)` tells where the title ("KẾ HOẠCH", "LUẬT" ...) begins."""
    header = Header()
    used = 0
    seen = 0
    for i, line in enumerate(raw_lines):
        if not line.strip():
            continue
        seen += 1
        if seen > MAX_HEADER_LINES:
            break
        segments = [s for s in _COLUMNS_RE.split(line.strip()) if s]
        if not segments:
            continue
        first = segments[0].strip(" *_#")
        if starts_title(first) and not (MOTTO_RE.search(line) or NUMBER_RE.match(first) or PLACE_DATE_RE.search(first)):
            break
        trial = copy.deepcopy(header)  # a line counts only if all of it is header material
        if not all(_take_segment(s, trial, starts_title) for s in segments):
            break
        header = trial
        used = i + 1
    if not header.found:
        return Header(), 0
    return header, used
