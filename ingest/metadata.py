"""Document metadata from the opening lines: kind, title, number, date, issuing body,
and the documents it implements."""
from __future__ import annotations

import re

from ingest.addressees import addressed_end
from ingest.due import issued_with_date
from ingest.header import (NO_DAY_RE, NUMBER_RE, PLACE_DATE_RE, Header, clean_number, iso_date, letterhead_issuer,
                           month_of)
from ingest.markers import bullet_text, heading_match
from ingest.model import DocumentMeta
from ingest.named_number import named_number
from ingest.parent import ATTACHED, is_appendix, labels_attached
from ingest.repair import clean_line, is_upper_line
from ingest.structure import Closing, ClosingBlock
from ingest.naming import KIND_CODES, short_name
from ingest.signing import signing
from ingest.truecase import CaseModel, body_spelling, lower_first_word, name_case, sentence_case
from troly import tables
from troly.artefacts import cleaned
from troly.texts import alternation
from troly.vntext import PROVINCE_LEVELS, bodies, place_tones, places, plain_words

_KINDS_TABLE = tables.rows("document_kinds.tsv")
# A province after its level in an issuer printed in capitals ("… TỈNH BÌNH DƯƠNG"): cased as prompts/places.tsv
# writes it, though the body never writes it out
_PROVINCE_RE = re.compile(rf"(?<!\w)((?:{'|'.join(map(re.escape, PROVINCE_LEVELS))})\s+)"
                          rf"({'|'.join(sorted(map(re.escape, set(places().values())), key=len, reverse=True))})(?!\w)",
                          re.I)
KINDS = [row[1] for row in _KINDS_TABLE]  # every kind of document (its name opens a title)
_CITED_KINDS = [row[1] for row in _KINDS_TABLE if len(row) > 3 and row[3]]  # named as implemented
_W = tables.toml("header_words.toml")
_D = tables.toml("date_words.toml")
_DAY, _MONTH, _YEAR, _NUMBER = (alternation([_D[k]]) for k in ("day", "month", "year", "number"))
_KIND_RE = re.compile(r"^(" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")\b", re.I)
_DATE_RE = re.compile(rf"{_DAY}\s+(\d{{1,2}})\s*(?:{_MONTH}|/)\s*(\d{{1,2}})\s*(?:{_YEAR}|/)\s*(\d{{4}})", re.I)
_REF_RE = re.compile(
    rf"\b({alternation(_CITED_KINDS)}"
    rf"\s+{_NUMBER}\s+\d+(?:/\d{{4}})?\s*[-–/]?\s*[A-ZĐ][\w/-]*(?:\s*,?\s*{_DAY}\s+\d{{1,2}}/\d{{1,2}}/\d{{4}})?)")
_REF_NUMBER_RE = re.compile(rf"{_NUMBER}\s+(\S+)")
_HELD_RE = re.compile(rf"^{alternation(_W['minutes']['held'])}\s*:", re.IGNORECASE)
_HELD_LINES = 6  # the lines under a biên bản's title its "Thời gian:" stands among (Nghị định 30/2020/NĐ-CP's form)
_BASIS_RE = re.compile(rf"^{alternation(_W['opening']['basis'])}")
_ENACTING_RE = re.compile(rf"^[\s#*_]*{alternation(_W['opening']['enacting'])}[\s:*_]*$", re.IGNORECASE)
_SECTION = alternation(_W['opening']['sections'])
_SECTION_RE = re.compile(rf"^[\s#*_]*{_SECTION}(?:\s*{alternation(_W['opening']['section_joins'])}\s*{_SECTION})*"
                         r"[\s:*_.]*$", re.IGNORECASE)
# A subject line, maybe behind a few characters of scan noise ("Ig-Q612/2G20 -| Về các nhiệm vụ …").
_SUBJECT_RE = re.compile(rf"(?:^|^.{{0,24}}[\s|])({alternation(_W['opening']['subject'])}\s+\S)")
_FILE_TITLE_RE = re.compile(rf"^{alternation(_W['opening']['file_titles'])}|\.(?:docx?|pdf|html?|txt|odt|rtf)$",
                            re.I)
# "Luật này (đã) được Quốc hội … thông qua": the sentence says it of the text itself.
_ADOPTED_THIS_RE = re.compile(rf"\b{_W['references']['this']}\s+(?:{alternation(_D['adopted_by'])}\s+)+\S")
_ADOPTED_LINES = 4  # the adoption sentence stands last, before the signature
_SUBJECT_MAX = 300  # a longer "Về …" line is a paragraph, not a subject
_ISSUER_RE = re.compile(
    rf"(?:^|[.;,:]\s*)({alternation(_W['issuer']['starts'])}[^.;:]{{0,80}}?)\s+"
    rf"{alternation(_W['issuer']['verbs'])}\s+(?:"
    + "|".join(sorted(KINDS, key=len, reverse=True)) + ")")
# "… Chủ tịch Quốc hội Nguyễn Sinh Hùng đã ký.": who signed, told in the text.
_SIGNED_BY_RE = re.compile(rf"([^.;:]{{3,80}}?)\s+{alternation(_W['issuer']['signed'])}\b")
# The enacting body printed under the title ("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ …", "CHÍNH PHỦ"), a role first or not.
_NO_NAME_RE = re.compile(r",|(?<!\d)\d{4}(?!\d)")  # what a body's name never holds: a comma, a year
_ROLE_RE = re.compile(rf"^{alternation(_W['roles']['enacting'])}\s+")
_TERM_RE = re.compile(rf"\s+{alternation(_W['roles']['term'])}\s+[IVXLC\d]+\b.*$")
_HEAD_RE = re.compile(rf"^{alternation(_W['roles']['heads'])}\s+(?={alternation(_W['issuer']['starts'])}\b)", re.I)
_KIND_AT_END_RE = re.compile(r"(?:^|[\s|:])(" + "|".join(k.upper() for k in sorted(KINDS, key=len, reverse=True))
                             + r")\s*$")
_KIND_INSIDE_RE = re.compile(r"(?<=\s)(?:" + "|".join(k.upper() for k in sorted(KINDS, key=len, reverse=True))
                             + r")(?=\s|$)")
_ADOPTED_RE = re.compile(rf"{alternation([_D['adopted']])}\s+{_DAY}\s+(\d{{1,2}})\s+{_MONTH}\s+(\d{{1,2}})\s+{_YEAR}\s+"
                         r"(\d{4})", re.I)
# "22/2013/QĐ-TTg", "3260-KH/ĐĐQH15", "12/QyĐ-…": the first code after the number (and its year)
_NUMBER_CODE_RE = re.compile(r"\d+\w*[/-](?:(?:19|20)\d{2}/)?([^\W\d_]+)(?:[-/]|$)")
# "115/SGDĐT-GDTrH", "45/UBND-VX": a letter's number, the issuer's abbreviation and the drafting unit's
_LETTER_NUMBER_RE = re.compile(r"\d+\w*/[^\W\d_][^\W_]*-[^\W_]+")
_ABBR_PAREN_RE = re.compile(r"\s*\(([A-ZĐ][A-ZĐƯƠ&]{1,10})\)")
_OF_RE = re.compile(rf"\s{alternation(_W['scope']['of'])}\s+(.+)$")


def _kind_of(line: str) -> str:
    m = _KIND_RE.match(line)
    if not m:
        return ""
    word = m.group(1)
    return word[0].upper() + word[1:].lower()


def starts_title(line: str) -> bool:
    """A line that opens the title block: the document kind, in capitals or on its own."""
    return bool(_kind_of(line)) and (is_upper_line(line) or len(line) < 40)


def names_text(heading: str) -> bool:
    """A heading that names a text by its kind ("Điều lệ Công đoàn", the second text of a file: ingest/parts.py),
    not a numbered part of one ("Chương I …", "Điều 2. …")."""
    return bool(_kind_of(heading)) and not heading_match(heading)


def opens_text(line: str) -> bool:
    """A line opening with a kind of document printed in capitals ("ĐIỀU LỆ CÔNG ĐOÀN …", "LUẬT …"): a title, as a
    sentence naming a kind ("Luật này có hiệu lực …") is not."""
    m = _KIND_RE.match(line)
    return bool(m) and is_upper_line(m.group(1))


def _title(kind_line: str, rest: list[str], model: CaseModel) -> str:
    """The title in sentence case: "KẾ HOẠCH HÀNH ĐỘNG" → "Kế hoạch hành động", continuation lines
    joined with their first word lowercased ("Kế hoạch triển khai ..."), names kept as the body spells them."""
    kind = _KIND_RE.match(kind_line)
    if kind and not is_upper_line(kind_line) and is_upper_line(kind.group(1)):  # "KẾ HOẠCH khai thực hiện …"
        kind_line = _kind_of(kind_line) + kind_line[kind.end():]
    parts = [sentence_case(kind_line, model) if is_upper_line(kind_line) else kind_line]
    for line in rest:
        parts.append(sentence_case(line, model, first_upper=False) if is_upper_line(line)
                     else lower_first_word(line, model))
    return " ".join(parts)


def _ends_title(line: str) -> bool:
    """A line under a title that is none of it: a heading, a sentence's end, the legal basis ("Căn cứ …," — also
    when a comma ends it), the enacting word ("QUYẾT NGHỊ"), a rule, the addressees ("Kính gửi: Sở Y tế tỉnh …",
    no stop after them: a report's or a letter's title is not whom it is sent to)."""
    return bool(heading_match(line)) or line.endswith((":", ".", ";")) or len(line) > 400 \
        or bool(addressed_end(line)) \
        or bool(_BASIS_RE.match(line) or _ENACTING_RE.match(line)) \
        or not any(c.isalnum() for c in cleaned(line))  # a rule ("---") or "--- PAGE BREAK ---" under the title


def _opens_sentence(line: str, before: str, model: CaseModel) -> bool:
    """A line under a title line in sentence case that opens with a word the text writes in lower case
    elsewhere ("Ban tổ chức thông báo …", "Để tạo …"): the first paragraph, which a PDF without blank lines runs on from
    the title, not the title going on ("có hoàn cảnh khó khăn", "Nghị quyết số 12", "Công đoàn Việt Nam lần thứ XIII":
    the longest run of its first words the text writes decides, and it writes that name capitalised)."""
    first = re.findall(r"[^\W\d_]+", line)[:4]
    return bool(first) and first[0][:1].isupper() and not is_upper_line(line) and not is_upper_line(before) \
        and model.writes_lower(first[0]) and model.case_words(first)[0][:1].islower()


def number_line(line: str) -> tuple[str, str]:
    """The number and date (ISO, or "") a line that holds only them states ("Số: 07/TB-CĐCS", "Số: 21/TB-CĐCS,
    ngày 03 tháng 11 năm 2026"), else ("", "")."""
    m = NUMBER_RE.match(line.strip())
    if not m or not line.strip().lower().startswith(_D["number"]):
        return "", ""
    rest = line.strip()[m.end():].strip(" .,;")
    dated = (PLACE_DATE_RE.fullmatch(rest) or _DATE_RE.fullmatch(rest)) if rest else None
    if rest and not dated:
        return "", ""
    return clean_number(m.group(1)), iso_date(*dated.groups()[-3:]) if dated else ""


def date_line(line: str) -> tuple[str, str]:
    """The place and date (ISO) of a line that is only a place-date ("Hà Nội, ngày 15 tháng 3 năm 2025"), else ("", "").
    Printed under or over a title without a header block (a short .md), it ends the title and dates the document."""
    m = PLACE_DATE_RE.fullmatch(line.strip().strip("*_#| ").rstrip(" ."))
    if not m or not (m.group(1) or line.strip().strip("*_#| ").lower().startswith(_D["day"])):
        return "", ""
    return re.sub(r"\s+", " ", m.group(1) or "").strip(), iso_date(*m.group(2, 3, 4))


def _subject_line(line: str, raw_lines: list[str]) -> tuple[str, int]:
    """The subject under a kind alone ("Về việc thành lập tổ công tác.") without its full stop, and how
    many title lines it takes: 1 when the whole line is it; 0 for a subject a scan ran the first paragraph
    into, taken from the raw lines (its own line and the lines after it that go on in lower case), so
    that the line stays a passage. ("", 0) if none."""
    m = _SUBJECT_RE.match(line)
    if not m or heading_match(line):
        return "", 0
    subject = line[m.start(1):]
    if len(subject) <= _SUBJECT_MAX:
        return subject.rstrip(" .;"), 1
    head = subject[:30]
    raw = [clean_line(l) for l in raw_lines]
    at = next((i for i, l in enumerate(raw) if head in l), None)
    if at is None:
        return "", 0
    parts = [raw[at][raw[at].index(head):]]
    for nxt in (l for l in raw[at + 1:at + 8] if l):
        if len(parts) >= 4 or not nxt[:1].islower():
            break
        parts.append(nxt)
    subject = " ".join(parts)
    return (subject.rstrip(" .;"), 0) if len(subject) <= _SUBJECT_MAX else ("", 0)


def extract_metadata(lines: list[str], closing: Closing, source: str, header: Header | None = None,
                     declared_title: str = "", raw_lines: list[str] | None = None) -> tuple[DocumentMeta, int]:
    """Metadata and the number of opening lines it consumed (title lines are not chunks).
    A document whose text names no title is named by the title its file declares, then by its
    file name; `raw_lines` (before reflowing) find a subject line a scan ran into the text."""
    header = header or Header()
    meta = DocumentMeta(title="", number=header.number, date=header.date, place=header.place,
                        subject=header.subject)
    start = 0
    while start < min(len(lines), 3) and not starts_title(lines[start]) and is_upper_line(lines[start]):
        start += 1  # stray header lines in capitals the header reader left (no "Số", no date)
    if start >= len(lines) or not starts_title(lines[start]):
        start = 0
    body = "\n".join(lines[start:])
    model = CaseModel(body)
    if header.issuer:
        meta.issuer = _name_case(header.issuer, model, body, header.place)
        meta.parent = header.parent  # as printed: the body seldom names it, so its case is unknown
        meta.co_issuers = [_name_case(line, model, body, header.place) for line in header.co_issuers]
    kind_line = lines[start] if start < len(lines) else ""
    letterhead, kind_line = _letterhead(kind_line) if not header.found else ("", kind_line)
    if letterhead:
        issuer, meta.parent = letterhead_issuer(_printed_lines(letterhead, raw_lines or []))
        meta.issuer = _name_case(issuer, model, body)
    noise = ""  # what a scan ran into the line of the kind, before it (the letterhead's date: "… ngàyháng 3 năm 2020")
    meta.kind = _kind_of(kind_line)
    m = NUMBER_RE.search(kind_line[:120]) if meta.kind and not meta.number else None
    if m:  # "LUẬT CÔNG ĐOÀN số: 12/2012/QH13. Luật … thông qua ngày 20 tháng 6 năm 2012. …"
        meta.number = clean_number(m.group(1))
        adopted = _ADOPTED_RE.search(kind_line)
        if adopted:
            meta.date = iso_date(*adopted.group(1, 2, 3))
        kind_line = kind_line[:m.start() + m.group(0).lower().index(_D["number"])].strip()
    if not meta.kind and not header.subject:
        start, kind_line, noise = _kind_after_noise(lines, start, kind_line)
        meta.kind = _kind_of(kind_line)
    title_rest: list[str] = []
    j = start + 1
    if meta.kind:
        while j < len(lines) and len(title_rest) < 4 and not _ends_title(lines[j]) \
                and not (title_rest and _opens_sentence(lines[j], title_rest[-1], model)):
            if title_rest and _SECTION_RE.match(lines[j]):  # "MỤC ĐÍCH, YÊU CẦU": the text's first heading
                break
            if title_rest and _is_issuer(lines[j], title_rest[-1], header.issuer):
                # "HỘI ĐỒNG NHÂN DÂN TỈNH … / KHÓA X, KỲ HỌP THỨ 18": the enacting body on lines of its own
                j += 1
                while j < len(lines) and is_upper_line(lines[j]) and not _ends_title(lines[j]):
                    j += 1
                break
            numbered, dated = number_line(lines[j])
            if numbered:  # "THÔNG BÁO / Số: 07/TB-CĐCS / Về việc …": the number printed under the kind (or its subject)
                meta.number = meta.number or numbered
                meta.date = meta.date or dated
                j += 1
                continue
            place, dated = date_line(lines[j])
            if dated:  # "KẾ HOẠCH / Tổ chức hội thao … / Hà Nội, ngày 15 tháng 3 năm 2025": no title words
                meta.date, meta.place = meta.date or dated, meta.place or place
                j += 1
                if title_rest:
                    break
                continue
            title_rest.append(lines[j].rsplit("|", 1)[-1].strip() if not title_rest else lines[j])
            j += 1
        if not title_rest and j < len(lines):  # "QUYẾT ĐỊNH / Về việc thành lập tổ công tác."
            subject, taken = _subject_line(lines[j], raw_lines or [])
            if subject:
                title_rest.append(subject)
                j += taken
        parts, authority = without_authority([kind_line, *title_rest], header.issuer)
        enacting = _ROLE_RE.sub("", authority)
        if len(_letters_only(enacting)) > len(_letters_only(header.issuer)):
            # "ỦY BAN THƯỜNG VỤ" over "ỦY BAN THƯỜNG VỤ QUỐC HỘI"
            meta.issuer = _name_case(enacting, model, body, header.place)
        meta.title = _title(parts[0], parts[1:], model)
    elif header.subject:  # a letter (công văn): no title line, its subject says what it is about
        meta.kind = _kind_of_number(header.number) or _W["letter"]["kind"]
        title = _W["letter"]["title" if header.number else "title_unnumbered"]
        meta.title = title.format(kind=meta.kind, number=header.number, subject=header.subject)
        j = start
    else:
        # No kind: a short first line that is no sentence and no numbered item is the title;
        # otherwise the text has none and begins at once (its file name stands in as the title).
        titled = len(kind_line) < 200 and not _ends_title(kind_line) and not bullet_text(kind_line)
        meta.title = kind_line if titled else ""
        j = start + 1 if titled else start
    if not meta.title or meta.title == meta.kind:  # a kind alone names no document
        declared = _declared(declared_title, source)
        meta.title = declared or (source.rsplit(".", 1)[0] if "." in source else source)
        # "Thông báo lịch nghỉ Tết …" is a notice; a text with neither title nor subject is a letter by its number
        meta.kind = meta.kind or _kind_of(declared) or _letter_by_number(meta.number)
    # issued by a decision: its number and day — not an appendix's or a blank form's ("Mẫu số 01" over its title),
    # which the decision issues with its own text
    if not (meta.number and meta.date) and not is_appendix(meta) and not (lines and labels_attached(lines[0])):
        number, day, by = _issuing_decision([*title_rest, *lines[j:j + 1]])  # its line under the title, or in it
        meta.number, meta.date = meta.number or number, meta.date or day
        meta.issuer = meta.issuer or by
    # What it implements: what its title names, and what its first sentence says it carries out
    # (a legal basis, "Căn cứ …", is not what a document implements).
    opening = " ".join([meta.title, *(lines[j:j + 1] if j < len(lines) and not _BASIS_RE.match(lines[j]) else [])])
    if not meta.issuer:
        m = _ISSUER_RE.search(" ".join(lines[j:j + 2])) or next(
            (m for line in lines[j:j + 8] if (m := _ISSUER_RE.match(line))), None)
        if m:
            meta.issuer = _HEAD_RE.sub("", _ABBR_PAREN_RE.sub("", m.group(1)).strip())
    if not meta.date:  # a date above the title the header reader left (a scan's letterhead): whole, else its month
        above = " ".join([*lines[:start], noise])
        m = _DATE_RE.search(above)
        partial = None if m else NO_DAY_RE.search(above)
        meta.date = iso_date(*m.group(1, 2, 3)) if m else month_of(partial) if partial else ""
    if not meta.kind:
        meta.kind = _kind_of_number(meta.number)
    if not meta.date and meta.kind in _W["minutes"]["kinds"]:  # "Thời gian: 14 giờ 00, ngày 18 tháng 11 năm 2026."
        meta.date = _held_on(lines[j:j + _HELD_LINES])
    if not meta.date:  # "Luật này được Quốc hội … thông qua ngày 13 tháng 11 năm 2020." closing it
        meta.date = _adopted(lines[-_ADOPTED_LINES:])
    if not meta.number:  # a scan's garbled number: the one its file names it by
        meta.number = named_number(meta.kind, declared_title, source)
    refs: dict[str, None] = {}
    for m in _REF_RE.finditer(opening):
        ref = re.sub(r"\s+", " ", m.group(1)).strip(" ,")
        ref = re.sub(r"(\d+)\s*-\s*([A-ZĐ])", r"\1-\2", ref).replace(f", {_D['day']}", f" {_D['day']}")
        refs.setdefault(ref, None)
    meta.implements = _dedupe_refs(list(refs))
    meta.signer = closing.signer
    meta.signer_role = closing.signer_role
    meta.cosigners = closing.cosigners
    if meta.cosigners and meta.parent:
        # two equal signatures: the two bodies of the header issue the text together (a "chương trình phối hợp"),
        # the line above the issuer is the other issuer, not its upper body
        meta.co_issuers = [_name_case(meta.parent, model, body, header.place if header else ""), *meta.co_issuers]
        meta.parent = ""
    if not meta.signer:
        signed = signed_in_text(lines[start:j + 1])
        meta.signer, meta.signer_role = (signed.signer, signed.signer_role) if signed else ("", "")
    meta.signing = signing(meta.signer, meta.signer_role, meta.issuer, model)
    meta.recipients = closing.recipients
    meta.short_title = short_name(meta)
    return meta, j


def _is_issuer(line: str, before: str, issuer: str) -> bool:
    """A line in capitals naming the header's issuer, maybe after a role ("CHỦ TỊCH …"): nothing else, or its session
    after it ("… KHÓA X, KỲ HỌP THỨ 18": a comma, no longer name) under a title line in sentence case — the enacting
    body, not the title."""
    key = _letters_only(issuer)
    if len(key) < 6 or not is_upper_line(line):
        return False
    letters = _letters_only(_ROLE_RE.sub("", line.strip(" #*_")))
    return letters == key or (letters.startswith(key) and bool(_NO_NAME_RE.search(line)) and not is_upper_line(before))


def _issuing_decision(title: list[str]) -> tuple[str, str, str]:
    """The number, day (ISO) and issuer of the decision a title's bracketed line says the text was issued with
    ("Quy chế … / (Ban hành kèm theo Quyết định số 215-QĐ/HNDT ngày 25/11/2026 của Ban Thường vụ Hội Nông dân tỉnh)"),
    each "" when not named; only a bracket opening so — a "Căn cứ …" line names a text it rests on."""
    for line in title:  # the bracket under a quy chế's title names the decision whose number, day and issuer it takes
        m = ATTACHED.search(line)
        day = issued_with_date(m.group(0)) if m else None
        if m is None or day is None:
            continue
        number = NUMBER_RE.search(m.group(1))
        by = _OF_RE.search(m.group(1))
        return (clean_number(number.group(1)) if number else "", day,
                _HEAD_RE.sub("", by.group(1).strip(" .,")) if by else "")
    return "", "", ""


def _held_on(lines: list[str]) -> str:
    """The day of the meeting a biên bản records, from its line labelled with when it was held (ISO), or ""."""
    for line in lines:
        m = _HELD_RE.match(line)
        dated = m and _DATE_RE.search(line, m.end())
        if dated:
            return iso_date(*dated.group(1, 2, 3))
    return ""


def _adopted(lines: list[str]) -> str:
    """The day a text passed by a vote was adopted, as its last sentence says ("Luật này được Quốc hội … khóa XIV,
    kỳ họp thứ 10 thông qua ngày 13 tháng 11 năm 2020."), ISO; ""."""
    for line in reversed(lines):
        m = _ADOPTED_RE.search(line)
        if m and _ADOPTED_THIS_RE.search(line[:m.start()]):
            return iso_date(*m.group(1, 2, 3))
    return ""


def _declared(title: str, source: str) -> str:
    """The title a file declares, unless it only repeats a file name ("Microsoft Word - kh.docx")."""
    title = " ".join(title.split())
    stem = source.rsplit(".", 1)[0]
    if not any(c.isalpha() for c in title) or _FILE_TITLE_RE.search(title) or title.lower() == stem.lower():
        return ""
    return title


def _name_case(text: str, model: CaseModel, body: str, place: str = "") -> str:
    """An issuer in capitals as the body spells it ("BỘ TÀI CHÍNH" → "Bộ Tài chính"); a name the body
    never writes out is put in sentence case, word by word as the body uses the words, its own name at the end
    capitalised (truecase.name_case: "… TRƯỜNG THPT LÊ LỢI" → "… trường THPT Lê Lợi"), and the place of the
    header's place-date keeps its capitals there ("CĐGD HUYỆN ĐỨC TRỌNG" → "… huyện Đức Trọng")."""
    text = text.strip(" .…")
    if not is_upper_line(text):
        return text
    cased = body_spelling(text, body) or _table_spelling(name_case(text, model))
    cased = _PROVINCE_RE.sub(lambda m: m.group(1) + places()[plain_words(m.group(2))], cased)
    if place and not is_upper_line(place):
        cased = re.sub(rf"(?<!\w){re.escape(place)}(?!\w)", place, cased, flags=re.I)
    return cased


def _table_spelling(name: str) -> str:
    """A name cased word by word (truecase.name_case) opening with a body of prompts/bodies.tsv, a word the table
    writes in lower case lowered ("Ủy Ban nhân dân tỉnh …" → "Ủy ban nhân dân tỉnh …"): the text writing that word
    capitalised in other names ("Ban Chỉ đạo") does not case that body's name. Nothing else changes: a word the text
    writes in lower case stays so ("Liên đoàn lao động …"), tone marks stay where printed ("Uỷ ban")."""
    folded = place_tones(name).casefold()
    for known in sorted((b.name for b in bodies().all if not b.is_kind and " " in b.name), key=len, reverse=True):
        key = place_tones(known).casefold()
        if len(key) == len(known) and folded.startswith(key) and folded[len(key):len(key) + 1] in ("", " "):
            lowered = "".join(c.lower() if k.islower() else c for c, k in zip(name, known))
            return lowered + name[len(known):]
    return name


def signed_in_text(lines: list[str]) -> ClosingBlock | None:
    """The signature a text tells in a sentence of its title block ("… Chủ tịch Quốc Hội Nguyễn Sinh Hùng đã ký.",
    as published laws print it instead of a signature block): that sentence, the signer (the last three capitalised
    words before "đã ký", two when only two are) and the role before the name; None when none."""
    text = " ".join(lines)
    m = _SIGNED_BY_RE.search(text)
    if not m:
        return None
    words = m.group(1).split()
    n = 0
    while n < min(3, len(words)) and words[-1 - n][:1].isupper() and words[-1 - n].isalpha():
        n += 1
    if n < 2:
        return None
    sentence = text[m.start(1):m.end()].strip() + ("." if text[m.end():m.end() + 1] == "." else "")
    return ClosingBlock(signature_text=sentence, signer=" ".join(words[-n:]), signer_role=" ".join(words[:-n]))


def _letters_only(text: str) -> str:
    return place_tones("".join(c for c in text.lower() if c.isalpha()))


def without_authority(parts: list[str], issuer: str) -> tuple[list[str], str]:
    """Title lines without the enacting body printed under them (in capitals, the header's issuer,
    maybe with a role in front or more of its name — a name holds no comma and no year: "ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ …
    LẦN THỨ VI, NHIỆM KỲ 2027 - 2032" is a congress the title names), an elected body's term after it ("KHÓA VII, KỲ
    HỌP THỨ 27") with it: the title lines left and that body, or ""."""
    key = _letters_only(issuer)
    if not key or not parts:
        return parts, ""
    term = _TERM_RE.search(parts[-1])
    if term and not any(c.islower() for c in term.group(0)):  # in capitals as the name ("…, KỲ HỌP THỨ 27")
        left, authority = without_authority([*parts[:-1], parts[-1][:term.start()]], issuer)
        if authority:
            return left, authority + term.group(0)
    words = parts[-1].split()
    best = 0
    for k in range(1, len(words) + 1):
        tail = " ".join(words[-k:])
        if any(c.islower() for c in tail):  # (a short last word, "HÀ", is in capitals too)
            break
        for letters in {_letters_only(tail), _letters_only(_ROLE_RE.sub("", tail))}:
            longer = letters.startswith(key) and letters != key and _NO_NAME_RE.search(tail)
            if len(letters) >= 6 and (letters == key or key.startswith(letters) or letters.startswith(key)) \
                    and not longer:
                best = k
    if not best or best == len(words) and len(parts) == 1:
        return parts, ""
    authority = " ".join(words[-best:])
    rest = " ".join(words[:-best])
    return ([*parts[:-1], rest] if rest else parts[:-1]), authority


def _letterhead(line: str) -> tuple[str, str]:
    """The issuer's lines and the title a text with no header (no motto, number or date: minutes, an internal notice)
    runs together in capitals ("CÔNG ĐOÀN CÔNG TY … BAN CHẤP HÀNH BIÊN BẢN HỌP …"), apart at the first kind
    named after two words or more; ("", line) when it is no such line."""
    if _kind_of(line) or not is_upper_line(line):
        return "", line
    m = next((m for m in _KIND_INSIDE_RE.finditer(line) if len(line[:m.start()].split()) >= 2), None)
    return (line[:m.start()].strip(), line[m.start():].strip()) if m else ("", line)


def _printed_lines(joined: str, raw_lines: list[str]) -> list[str]:
    """The first raw lines that, joined, print `joined` (the letterhead's lines, which reflowing ran together);
    [joined] when they do not."""
    taken: list[str] = []
    for line in raw_lines:
        text = clean_line(line).strip(" *_#")
        if text:
            taken.append(text)
        if " ".join(" ".join(taken).split()) == " ".join(joined.split()):
            return taken
        if len(" ".join(taken)) > len(joined):
            break
    return [joined]


def _kind_after_noise(lines: list[str], start: int, kind_line: str) -> tuple[int, str, str]:
    """A scanned header's title, which the stamps beside it make a line of noise ending in the kind
    ("DEN i: : _¬ CHỈ THỊ"): where it stands, the kind alone and the noise before it; unchanged when there is none."""
    for i in range(start, min(len(lines), start + 6)):
        m = _KIND_AT_END_RE.search(lines[i])
        if m and len(lines[i]) < 120:
            return i, m.group(1), lines[i][:m.start(1)]
    return start, kind_line, ""


def _kind_of_number(number: str) -> str:
    """The kind a number's code names ("22/2013/QĐ-TTg", "3260-KH/ĐĐQH15" → its kind), if it names one.
    The code comes first after the number and its year: a letter's number names its issuer there and the
    unit that drafted it after ("115/SGDĐT-GDTrH", "45/UBND-CT"), which names no kind even when it reads like a code."""
    m = _NUMBER_CODE_RE.match(number)
    return KIND_CODES.get(m.group(1), "") if m else ""


def _letter_by_number(number: str) -> str:
    """The letter's kind for a number of the form Nghị định 30 gives letters, no year and the issuer's
    abbreviation where a kind's code would stand ("115/SGDĐT-GDTrH"); "" for any other."""
    return _W["letter"]["kind"] if _LETTER_NUMBER_RE.fullmatch(number) and not _kind_of_number(number) else ""


def _dedupe_refs(refs: list[str]) -> list[str]:
    """One entry per referenced document: the fullest spelling of each number wins."""
    best: dict[str, str] = {}
    for ref in refs:
        key = _REF_NUMBER_RE.search(ref)
        k = key.group(1) if key else ref
        if k not in best or len(ref) > len(best[k]):
            best[k] = ref
    return list(best.values())
