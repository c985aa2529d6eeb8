"""Paragraph lines → typed blocks (heading / paragraph / bullet), with the closing block
("Nơi nhận", signature) split off, since it is document metadata, not answer text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.markers import bullet_text, heading_match
from ingest.model import Block
from ingest.repair import is_upper_line

_CLOSING_RE = re.compile(r"^N[ơo]i\s+nh[ậa]n\s*:?", re.I)
_SIGN_ROLE_RE = re.compile(r"^(?:TM\.|KT\.|TL\.|TUQ\.|Q\.)|^(?:PHÓ\s+)?(?:CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TRƯỞNG BAN|THỦ TRƯỞNG|BỘ TRƯỞNG)\b")
_NAME_RE = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){1,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")
_HEADING_MAX = 300


@dataclass
class Closing:
    """What follows the body: recipients and who signed."""
    recipients: list[str] = field(default_factory=list)
    signer: str = ""
    signer_role: str = ""


def _is_heading(text: str, rest: str, kind: str) -> bool:
    """Numbered line as a heading (opens a section) rather than a numbered paragraph."""
    if kind in ("phan", "chuong", "muc", "dieu"):
        return True
    if len(text) > _HEADING_MAX:
        return False
    if is_upper_line(rest):
        return True
    ends = text.rstrip().endswith((".", ";", "!", "?", "./.", "…"))
    return not ends or len(text) < 60


def split_closing(lines: list[str]) -> tuple[list[str], Closing]:
    """Body lines and the closing block (recipients, signer)."""
    closing = Closing()
    cut = len(lines)
    for i, line in enumerate(lines):
        if _CLOSING_RE.match(line):
            cut = i
            break
    body, tail = lines[:cut], lines[cut:]
    # Signature lines may also sit at the very end of the body when there is no "Nơi nhận".
    while body and (_SIGN_ROLE_RE.match(body[-1]) or (_NAME_RE.match(body[-1]) and len(body[-1]) < 40)):
        tail.insert(0, body.pop())
    for line in tail[1:] if tail and _CLOSING_RE.match(tail[0]) else tail:
        item = bullet_text(line)
        if item is not None and not _SIGN_ROLE_RE.match(item):
            closing.recipients.append(item.rstrip(";.,"))
        elif _SIGN_ROLE_RE.match(line):
            closing.signer_role = (closing.signer_role + " " + line).strip()
        elif _NAME_RE.match(line):
            closing.signer = line
    return body, closing


def classify(lines: list[str]) -> list[Block]:
    """Typed blocks for body lines."""
    blocks: list[Block] = []
    for line in lines:
        m = heading_match(line)
        if m and _is_heading(line, m.rest, m.kind):
            blocks.append(Block("heading", line, level=m.rank, label=m.label))
            continue
        item = bullet_text(line)
        if item is not None:
            blocks.append(Block("bullet", item))
        else:
            blocks.append(Block("paragraph", line, label=m.label if m else ""))
    return blocks
