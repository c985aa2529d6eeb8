"""Paragraph lines → typed blocks (heading / paragraph / bullet), with the closing block
("Nơi nhận", signature) split off, since it is document metadata, not answer text."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.markers import RANKS, bullet_text, heading_match
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


def _in_closing(line: str) -> bool:
    """A line of a closing block: a recipient, a signing role, a name, or a short line ("[đã ký]")."""
    return bullet_text(line) is not None or bool(_SIGN_ROLE_RE.match(line)) or len(line) <= 40


def split_closing(lines: list[str]) -> tuple[list[str], Closing]:
    """Body lines and the closing block (recipients, signer). Text that follows a closing block — an
    appendix, the programme a resolution issues, the next form of a set of templates — is body again."""
    closing = Closing()
    body: list[str] = []
    tail: list[str] = []  # the first closing block: its recipients and signer describe the document
    i = 0
    while i < len(lines):
        if not _CLOSING_RE.match(lines[i]):
            body.append(lines[i])
            i += 1
            continue
        block = [lines[i]]
        i += 1
        while i < len(lines) and _in_closing(lines[i]) and not _CLOSING_RE.match(lines[i]):
            block.append(lines[i])
            i += 1
        if not tail:
            tail = block
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


_PART_KINDS = ("phan", "chuong", "muc")
_ARTICLE_ITEMS = ("arabic", "letter", "subnumber")


def _title_line(line: str) -> bool:
    """The line naming a part, chapter or section that was given only its number ("Chương II")."""
    return not heading_match(line) and bullet_text(line) is None and len(line) < 200 and (
        is_upper_line(line) or not line.endswith((".", ";", ":")))


def classify(lines: list[str]) -> list[Block]:
    """Typed blocks for body lines.

    Laws: "Chương II" + its title line make one heading; inside an article (Điều) the numbered
    clauses ("1.") and points ("a)") are body paragraphs, so each is a chunk under the article.
    Plans: a numbered line is a heading when it reads as one, or when the item before it at the
    same level was a heading and content follows it (a long bold "2. ..." among short headings)."""
    blocks: list[Block] = []
    in_article = False
    last_heading_of_kind: dict[str, bool] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        m = heading_match(line)
        if m and m.kind in _PART_KINDS + ("dieu",):
            text = line
            if m.kind in _PART_KINDS and not m.rest and nxt is not None and _title_line(nxt):
                text = f"{m.label}. {nxt}"
                i += 1
            in_article = m.kind == "dieu"
            blocks.append(Block("heading", text, level=m.rank, label=m.label))
            last_heading_of_kind = {}
            i += 1
            continue
        if m and in_article and m.kind in _ARTICLE_ITEMS:
            blocks.append(Block("paragraph", line, label=m.label))
            i += 1
            continue
        if m:
            heading = _is_heading(line, m.rest, m.kind)
            if not heading and last_heading_of_kind.get(m.kind) and nxt is not None and len(line) <= _HEADING_MAX:
                after = heading_match(nxt)
                heading = after is None or after.rank > m.rank
            if heading:
                blocks.append(Block("heading", line, level=m.rank, label=m.label))
                # a new heading closes deeper levels: their siblings start afresh
                last_heading_of_kind = {k: v for k, v in last_heading_of_kind.items()
                                        if _rank(k) < m.rank}
                last_heading_of_kind[m.kind] = True
                i += 1
                continue
            last_heading_of_kind[m.kind] = False
        item = bullet_text(line)
        if item is not None:
            blocks.append(Block("bullet", item))
        else:
            blocks.append(Block("paragraph", line, label=m.label if m else ""))
        i += 1
    return blocks


def _rank(kind: str) -> int:
    return RANKS[kind]
