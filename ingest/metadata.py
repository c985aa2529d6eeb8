"""Document metadata from the opening lines: kind, title, number, date, issuing body,
and the documents it implements."""
from __future__ import annotations

import re

from ingest.header import NUMBER_RE, Header, clean_number
from ingest.markers import bullet_text, heading_match
from ingest.model import DocumentMeta
from ingest.repair import is_upper_line
from ingest.structure import Closing
from ingest.naming import KIND_CODES, short_name
from ingest.truecase import CaseModel, lower_first_word, sentence_case

KINDS = [  # kept in step with prompts/document_kinds.tsv
    "Chương trình hành động", "Kế hoạch", "Chỉ thị", "Nghị quyết", "Kết luận", "Luật", "Bộ luật",
    "Nghị định", "Thông tư", "Hướng dẫn", "Quyết định", "Công văn", "Thông báo", "Báo cáo",
    "Quy chế", "Quy định", "Chương trình", "Đề án", "Điều lệ", "Tờ trình",
]
_KIND_RE = re.compile(r"^(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\b", re.I)
_DATE_RE = re.compile(r"ngày\s+(\d{1,2})\s*(?:tháng|/)\s*(\d{1,2})\s*(?:năm|/)\s*(\d{4})", re.I)
_REF_RE = re.compile(
    r"\b((?:Kết luận|Nghị quyết|Chỉ thị|Kế hoạch|Quyết định|Chương trình hành động|Hướng dẫn|Luật|Nghị định|Thông tư)"
    r"\s+số\s+\d+(?:/\d{4})?\s*[-–/]?\s*[A-ZĐ][\w/-]*(?:\s*,?\s*ngày\s+\d{1,2}/\d{1,2}/\d{4})?)")
_ISSUER_RE = re.compile(
    r"(?:^|[.;,:]\s*)((?:Ban Thường vụ|Ban Chấp hành|Đoàn Chủ tịch|Công đoàn|Liên đoàn|LĐLĐ|CĐGD|Ủy ban|UBND|Bộ|Sở)"
    r"[^.;:]{0,80}?)\s+(?:xây dựng|ban hành)\s+(?:Kế hoạch|Chương trình|Hướng dẫn)")
_ADOPTED_RE = re.compile(r"thông qua ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I)
_ABBR_PAREN_RE = re.compile(r"\s*\(([A-ZĐ][A-ZĐƯƠ&]{1,10})\)")


def _kind_of(line: str) -> str:
    m = _KIND_RE.match(line)
    if not m:
        return ""
    word = m.group(1)
    return word[0].upper() + word[1:].lower()


def starts_title(line: str) -> bool:
    """A line that opens the title block: the document kind, in capitals or on its own."""
    return bool(_kind_of(line)) and (is_upper_line(line) or len(line) < 40)


def _title(kind_line: str, rest: list[str], model: CaseModel) -> str:
    """The title in sentence case: "KẾ HOẠCH HÀNH ĐỘNG" → "Kế hoạch hành động", continuation lines
    joined with their first word lowercased ("Kế hoạch triển khai ..."), names kept as the body spells them."""
    parts = [sentence_case(kind_line, model) if is_upper_line(kind_line) else kind_line]
    for line in rest:
        parts.append(sentence_case(line, model, first_upper=False) if is_upper_line(line)
                     else lower_first_word(line, model))
    return " ".join(parts)


def _ends_title(line: str) -> bool:
    return bool(heading_match(line)) or line.endswith((":", ".", ";")) or len(line) > 400


def extract_metadata(lines: list[str], closing: Closing, source: str,
                     header: Header | None = None) -> tuple[DocumentMeta, int]:
    """Metadata and the number of opening lines it consumed (title lines are not chunks)."""
    header = header or Header()
    meta = DocumentMeta(title="", number=header.number, date=header.date, place=header.place,
                        subject=header.subject)
    start = 0
    while start < min(len(lines), 3) and not starts_title(lines[start]) and is_upper_line(lines[start]):
        start += 1  # stray header lines in capitals the header reader left (no "Số", no date)
    if start >= len(lines) or not starts_title(lines[start]):
        start = 0
    model = CaseModel("\n".join(lines[start:]))
    if header.issuer:
        meta.issuer = _name_case(header.issuer, model)
        meta.parent = header.parent  # as printed: the body seldom names it, so its case is unknown
    kind_line = lines[start] if start < len(lines) else ""
    meta.kind = _kind_of(kind_line)
    m = NUMBER_RE.search(kind_line[:120]) if meta.kind and not meta.number else None
    if m:  # "LUẬT CÔNG ĐOÀN số: 12/2012/QH13. Luật … thông qua ngày 20 tháng 6 năm 2012. …"
        meta.number = clean_number(m.group(1))
        adopted = _ADOPTED_RE.search(kind_line)
        if adopted:
            meta.date = f"{adopted.group(3)}-{int(adopted.group(2)):02d}-{int(adopted.group(1)):02d}"
        kind_line = kind_line[:m.start()].strip()
    title_rest: list[str] = []
    j = start + 1
    if meta.kind:
        while j < len(lines) and len(title_rest) < 4 and not _ends_title(lines[j]):
            title_rest.append(lines[j])
            j += 1
        meta.title = _title(kind_line, title_rest, model)
    elif header.subject:  # a letter (công văn): no title line, its subject says what it is about
        meta.kind = _kind_of_number(header.number) or "Công văn"
        meta.title = f"{meta.kind} số {header.number} V/v {header.subject}" if header.number \
            else f"{meta.kind} V/v {header.subject}"
        j = start
    else:
        # No kind: a short first line that is no sentence and no numbered item is the title;
        # otherwise the text has none and begins at once (its file name stands in as the title).
        titled = len(kind_line) < 200 and not _ends_title(kind_line) and not bullet_text(kind_line)
        meta.title = kind_line if titled else ""
        j = start + 1 if titled else start
    if not meta.title:
        meta.title = source.rsplit(".", 1)[0] if "." in source else source
    opening = " ".join(lines[start:j + 1])
    if not meta.issuer:
        m = _ISSUER_RE.search(" ".join(lines[j:j + 2]))
        if m:
            meta.issuer = _ABBR_PAREN_RE.sub("", m.group(1)).strip()
    if not meta.date:
        m = _DATE_RE.search(" ".join(lines[:start]))
        if m:
            meta.date = f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    if not meta.kind:
        meta.kind = _kind_of_number(meta.number)
    refs: dict[str, None] = {}
    for m in _REF_RE.finditer(opening):
        ref = re.sub(r"\s+", " ", m.group(1)).strip(" ,")
        ref = re.sub(r"(\d+)\s*-\s*([A-ZĐ])", r"\1-\2", ref).replace(", ngày", " ngày")
        refs.setdefault(ref, None)
    meta.implements = _dedupe_refs(list(refs))
    meta.signer = closing.signer
    meta.signer_role = closing.signer_role
    meta.recipients = closing.recipients
    meta.short_title = short_name(meta)
    return meta, j


def _name_case(text: str, model: CaseModel) -> str:
    """An issuer in capitals as the body spells it ("BỘ TÀI CHÍNH" → "Bộ Tài chính")."""
    return sentence_case(text, model) if is_upper_line(text) else text


def _kind_of_number(number: str) -> str:
    """The kind a number's code names ("22/2013/QĐ-TTg" → "Quyết định"), if it names one."""
    m = re.search(r"(?:^|[/-])([A-ZĐ]{2,4})(?:[-/]|$)", number)
    return KIND_CODES.get(m.group(1), "") if m else ""


def _dedupe_refs(refs: list[str]) -> list[str]:
    """One entry per referenced document: the fullest spelling of each number wins."""
    best: dict[str, str] = {}
    for ref in refs:
        key = re.search(r"số\s+(\S+)", ref)
        k = key.group(1) if key else ref
        if k not in best or len(ref) > len(best[k]):
            best[k] = ref
    return list(best.values())
