"""Document metadata from the opening lines: kind, title, number, date, issuing body,
and the documents it implements."""
from __future__ import annotations

import re

from ingest.markers import heading_match
from ingest.model import DocumentMeta
from ingest.repair import is_upper_line
from ingest.structure import Closing

KINDS = [
    "Chương trình hành động", "Kế hoạch", "Chỉ thị", "Nghị quyết", "Kết luận", "Luật", "Bộ luật",
    "Nghị định", "Thông tư", "Hướng dẫn", "Quyết định", "Công văn", "Thông báo", "Báo cáo",
    "Quy chế", "Quy định", "Chương trình", "Đề án", "Điều lệ", "Tờ trình",
]
_KIND_RE = re.compile(r"^(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\b", re.I)
_NUMBER_RE = re.compile(r"\bSố\s*:?\s*([0-9][\w./-]*/[\w./-]*[A-ZĐ][\w./-]*)", re.I)
_DATE_RE = re.compile(r"ngày\s+(\d{1,2})\s*(?:tháng|/)\s*(\d{1,2})\s*(?:năm|/)\s*(\d{4})", re.I)
_HEADER_DATE_RE = re.compile(r"^[^,]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.I)
_NATIONAL_RE = re.compile(r"CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*[-–]\s*Tự do|ĐẢNG CỘNG SẢN VIỆT NAM", re.I)
_REF_RE = re.compile(
    r"\b((?:Kết luận|Nghị quyết|Chỉ thị|Kế hoạch|Quyết định|Chương trình hành động|Hướng dẫn|Luật|Nghị định|Thông tư)"
    r"\s+số\s+\d+\s*[-–]?\s*[A-ZĐ][\w/-]*(?:\s*,?\s*ngày\s+\d{1,2}/\d{1,2}/\d{4})?)")
_ISSUER_RE = re.compile(
    r"(?:^|[.;,:]\s*)((?:Ban Thường vụ|Ban Chấp hành|Đoàn Chủ tịch|Công đoàn|Liên đoàn|LĐLĐ|CĐGD|Ủy ban|UBND|Bộ|Sở)"
    r"[^.;:]{0,80}?)\s+(?:xây dựng|ban hành)\s+(?:Kế hoạch|Chương trình|Hướng dẫn)")
_ABBR_PAREN_RE = re.compile(r"\s*\(([A-ZĐ][A-ZĐƯƠ&]{1,10})\)")


def _kind_of(line: str) -> str:
    m = _KIND_RE.match(line)
    if not m:
        return ""
    word = m.group(1)
    return word[0].upper() + word[1:].lower()


def _title_case(kind_line: str, rest: list[str]) -> str:
    kind = _kind_of(kind_line)
    head = kind + kind_line[len(kind):] if kind and is_upper_line(kind_line) and rest else kind_line
    parts = [head]
    for line in rest:
        if not is_upper_line(line) and line[:1].isupper() and line.split()[0].lower() in ("triển", "thực", "về", "tiếp"):
            line = line[0].lower() + line[1:]
        parts.append(line)
    return " ".join(parts)


def extract_metadata(lines: list[str], closing: Closing, source: str) -> tuple[DocumentMeta, int]:
    """Metadata and the number of opening lines it consumed (header and title are not chunks)."""
    meta = DocumentMeta(title="")
    i = 0
    header_issuer: list[str] = []
    # Official header: issuing body, "Số: ...", place and date, national motto.
    while i < min(len(lines), 12):
        line = lines[i]
        if _kind_of(line) and (is_upper_line(line) or len(line) < 40):
            break
        if _NATIONAL_RE.search(line):
            pass
        elif _NUMBER_RE.search(line):
            meta.number = _NUMBER_RE.search(line).group(1)
        elif _HEADER_DATE_RE.match(line):
            d = _DATE_RE.search(line)
            if d:
                meta.date = f"{int(d.group(1)):02d}/{int(d.group(2)):02d}/{d.group(3)}"
        elif is_upper_line(line) and len(line) < 120:
            header_issuer.append(line)
        else:
            i = 0  # no recognisable header: the title starts at the top
            header_issuer.clear()
            break
        i += 1
    if i >= min(len(lines), 12):
        i = 0
        header_issuer.clear()
    start = i
    kind_line = lines[start] if start < len(lines) else ""
    meta.kind = _kind_of(kind_line)
    title_rest: list[str] = []
    j = start + 1
    if meta.kind:
        while j < len(lines) and len(title_rest) < 4:
            line = lines[j]
            if heading_match(line) or line.endswith((":", ".", ";")) or len(line) > 400:
                break
            title_rest.append(line)
            j += 1
        meta.title = _title_case(kind_line, title_rest)
    else:
        meta.title = kind_line if len(kind_line) < 200 else kind_line[:197].rsplit(" ", 1)[0] + "…"
        j = start + 1 if len(kind_line) < 200 else start
    if not meta.title:
        meta.title = source
    meta.issuer = " ".join(header_issuer[-1:]) if header_issuer else ""
    opening = " ".join(lines[start:j + 1])
    if not meta.issuer:
        m = _ISSUER_RE.search(" ".join(lines[j:j + 2]))
        if m:
            meta.issuer = _ABBR_PAREN_RE.sub("", m.group(1)).strip()
    if not meta.date:
        m = _DATE_RE.search(" ".join(lines[:start]))
        if m:
            meta.date = f"{int(m.group(1)):02d}/{int(m.group(2)):02d}/{m.group(3)}"
    refs: dict[str, None] = {}
    for m in _REF_RE.finditer(opening):
        refs.setdefault(re.sub(r"\s+", " ", m.group(1)).strip(" ,"), None)
    meta.implements = list(refs)
    meta.signer = closing.signer
    meta.recipients = closing.recipients
    return meta, j
