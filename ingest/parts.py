"""A file holding several documents (a dossier: a letter, a decision, minutes …, each closed by its own
"Nơi nhận"): which part each closing block closes. Its "Nơi nhận" and signature passages then carry that
part's name, so that "Quyết định … gửi cho ai?" finds the decision's block rather than the letter's —
read alone, the blocks are alike ("Nơi nhận: - Như trên; - Lưu: VT."). And where a second text with articles
begins (a law, then the charter it governs, "Điều 1" again): its passages are filed under its name."""
from __future__ import annotations

import re

from ingest.header import MAX_HEADER_LINES, MOTTO_RE, split_header
from ingest.markers import heading_match
from ingest.metadata import extract_metadata, opens_text, starts_title
from ingest.model import DocumentMeta
from ingest.repair import clean_line
from ingest.structure import Closing
from ingest.truecase import CaseModel, sentence_case

_ISSUED_WITH_RE = re.compile(r"\s*\([^()]*\)\s*$")  # a closing parenthesis: what issued the text, not its name


def _title_line(line: str) -> bool:
    return starts_title(clean_line(line))


def _header_above(body: list[str], lo: int, motto: int) -> int:
    """Where the header that prints the national motto at line `motto` begins: its issuer and number lines
    above it ("CÔNG ĐOÀN CƠ SỞ …", "Số: 08/QĐ-CĐCS", "V/v: …"), not before line `lo`."""
    for start in range(max(lo, motto - MAX_HEADER_LINES), motto):
        _, first, used = split_header(body[start:motto + 1], _title_line)
        if first == 0 and used == motto + 1 - start:
            return start
    return motto


def _part_meta(lines: list[str], source: str) -> DocumentMeta | None:
    """The metadata a part's own header and title give; None when they name nothing (no kind, no number)."""
    header, _, used = split_header(lines, _title_line)
    meta, _ = extract_metadata(lines[used:], Closing(), source, header)
    return meta if meta.kind or meta.number else None


def closing_parts(body: list[str], closing: Closing, meta: DocumentMeta, source: str) -> list[DocumentMeta | None]:
    """For each closing block, the part of the file it closes: the document itself (`meta`) for the blocks
    of its first part, else the part that began last before it (after a header of its own, or after the
    block before). All None when every block that becomes a passage closes the same part: a file of one
    document keeps its closing passages as they were."""
    starts: list[int] = []
    for k, block in enumerate(closing.blocks):
        lo = max([b.at for b in closing.blocks[:k] if b.at < block.at], default=0)
        mottos = [i for i in range(lo, block.at) if MOTTO_RE.search(body[i])]  # another document's header
        starts.append(_header_above(body, lo, mottos[-1]) if mottos else lo)
    quoted = {s for s, b in zip(starts, closing.blocks) if b.recipients or b.signer}
    if len(quoted) < 2:
        return [None] * len(closing.blocks)
    ends = {s: b.at for s, b in reversed(list(zip(starts, closing.blocks)))}  # each part up to its first block
    metas = {s: meta if s == 0 else _part_meta(body[s:ends[s]], source) for s in quoted}
    return [metas.get(s) for s in starts]


def _article_number(line: str) -> int | None:
    m = heading_match(line)
    n = re.search(r"\d+", m.label) if m and m.kind == "dieu" else None
    return int(n.group()) if n else None


def later_texts(lines: list[str], source: str) -> dict[int, str]:
    """Where another text with articles begins among body lines, and its title: a line opening with a kind of
    document in capitals ("ĐIỀU LỆ CÔNG ĐOÀN VIỆT NAM …") after the articles of the text before, whose own articles
    start again at Điều 1. Its "Điều 26" is not the law's: its passages carry its title in their heading path."""
    articles = [(i, n) for i, line in enumerate(lines) if (n := _article_number(line)) is not None]
    starts: dict[int, str] = {}
    for i, line in enumerate(lines):
        above = heading_match(lines[i - 1]) if i else None
        if not opens_text(line) or (above and not above.rest):  # "Chương I" over "QUY ĐỊNH CHUNG": a chapter's title
            continue
        before = [(j, n) for j, n in articles if j < i]
        after = next((n for j, n in articles if j > i), None)
        if before and before[-1][1] > 1 and after == 1 and not any(before[-1][0] < k < i for k in starts):
            title = _name(extract_metadata(lines[i:], Closing(), source)[0].title, lines[i:])
            if title:
                starts[i] = title
    return starts


def _name(title: str, lines: list[str]) -> str:
    """A title as a heading path shows it: without the note on what issued it ("… (Ban hành kèm theo Quyết định số
    31/2011/QĐ-UBND …)"), words in capitals cased as the text writes them."""
    title = _ISSUED_WITH_RE.sub("", title).strip()
    letters = [c for c in title if c.isalpha()]
    capitals = sum(c.isupper() for c in letters) > len(letters) / 2  # "Quy định VỀ TRÌNH TỰ …": its kind alone cased
    return sentence_case(title.upper(), CaseModel("\n".join(lines))) if capitals else title
