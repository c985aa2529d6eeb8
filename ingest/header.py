"""The official header of a Vietnamese administrative document, peeled off before reflow.

A header is the block above the title: issuing body (in capitals, often with its parent body
above it), "Số: 12/KH-CĐN", "V/v ..." (the subject of a letter), "Hà Nội, ngày 5 tháng 3 năm 2022"
and the national motto. It comes as plain lines, as markdown or Word tables (" | " between the
two columns), or as the two columns run together on one line. Crawled copies put a source line
and a page title (often another document's) above it: when a header block follows within the
first lines, what stands above it is dropped. None of it is answer text: it becomes metadata.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from troly import tables
from troly.vntext import bodies, fold, kind_names, plain_words, tone_pattern


def _phrase_pattern(phrase: str) -> str:
    """A table phrase as a pattern: words apart by any space, either tone placement, " - " any dash."""
    return r"\s*[-–—]\s*".join(r"\s+".join(tone_pattern(w.lower()) for w in part.split())
                               for part in phrase.split(" - "))


_WORDS = tables.toml("header_words.toml")["header"]
_D = tables.toml("date_words.toml")
_DAY, _MONTH, _YEAR, _NUMBER = (tone_pattern(_D[k]) for k in ("day", "month", "year", "number"))
# An issuer line that is only an organ's name: the organ of the body printed above it.
_ORGAN_RE = re.compile("|".join(_phrase_pattern(p) for p in _WORDS["organs"]), re.I)
# An issuer line that ends unfinished (a company's legal form, "công ty", "và"): the name goes on in the line below it.
_UNFINISHED = [*_WORDS["unfinished"], *tables.toml("header_words.toml")["issuer"]["legal_forms"]]
_UNFINISHED_RE = re.compile(rf"(?:^|\s)(?:{'|'.join(_phrase_pattern(p) for p in _UNFINISHED)})$", re.I)
MOTTO_RE = re.compile("|".join(_phrase_pattern(p) for p in _WORDS["motto"]), re.I)
# An issuer line that opens with a level ("TỈNH BÌNH DƯƠNG", "NGÀNH Y TẾ"; prompts/body_levels.txt) and names no body
# of its own ends the name of the body above it, which the column's width wrapped ("CÔNG ĐOÀN KHU KINH TẾ / TỈNH BÌNH
# DƯƠNG": one issuer, not a province under a công đoàn); "TỈNH ỦY …" names a body (prompts/bodies.tsv).
_LEVEL_RE = re.compile(rf"^(?:{'|'.join(re.escape(fold(w)) for w in tables.lines('body_levels.txt'))})\s+\S")
# An issuer line that ends with the level of a place ("CÔNG ĐOÀN NGÀNH NÔNG NGHIỆP TỈNH" / "ĐỒNG THÁP"): the column's
# width wrapped the place's name onto the line below, unless that line names a body of its own.
_SCOPE = tables.toml("header_words.toml")["scope"]
_PLACE_LEVELS = [*_SCOPE["province_level"], *_SCOPE["within_province"]]
_PLACE_LEVEL_END_RE = re.compile(rf"(?:^|\s)(?:{'|'.join(_phrase_pattern(p) for p in _PLACE_LEVELS)})$", re.I)
# The whole organisation's name where a letterhead without motto prints it ("HỘI NÔNG DÂN VIỆT NAM"): no issuer
_ORGANISATION_RE = re.compile(rf"(?:^|\s)(?:{'|'.join(_phrase_pattern(p) for p in _WORDS['organisation_ends'])})$",
                              re.I)
# "SỞ Y TẾ" beside or over "SỞ GIÁO DỤC VÀ ĐÀO TẠO": two bodies of a kind never under its own kind, issuing together
# (not a command, "BỘ TƯ LỆNH …", printed under its ministry)
_PEER_RE = re.compile(rf"^(?!(?:{'|'.join(_phrase_pattern(p) for p in _WORDS['peer_not'])})\b)"
                      rf"({'|'.join(_phrase_pattern(p) for p in _WORDS['peer_kinds'])})\s+\S", re.I)
_JOINED_RE = re.compile(r"\s+[-–—]\s+")  # "SỞ Y TẾ – SỞ GIÁO DỤC VÀ ĐÀO TẠO": two names on one line
# an issuer line opening with a body named by its task ([header] named_by_task), folded
_BY_TASK_RE = re.compile(rf"^(?:{'|'.join(re.escape(fold(w)) for w in _WORDS['named_by_task'])})\s+\S")
_MIXED_CASE_MOTTO_RE = re.compile("|".join(_phrase_pattern(p) for p in _WORDS["motto_mixed_case"]), re.I)
# "Số: 773 /QĐ-TTg", "Luật số: 12/2012/QH13", "Số 3260-KH/ĐĐQH15", "Số: 3210/QĐ - U B ND"
# (a spaced code's letters are capitals: "Số: 14/TB-CĐ - Pleiku, ngày …" goes on with a place, no code)
NUMBER_RE = re.compile(rf"(?:^|(?<=\s))(?:[\wÀ-ỹ]+\s+)?{_NUMBER}\s*:?\s*"
                       r"(\d[\w.\-–]*(?:\s*/\s*[\w.\-–]+(?:\s*[-–]\s*(?-i:[A-ZĐ](?:\s?[A-ZĐ0-9])*(?![a-zà-ỹđ])))?)+)",
                       re.I)
_DIGITS = r"(\d(?:\s?\d)?)"  # "0 6", "26"
PLACE_DATE_RE = re.compile(rf"(?:([^\W\d][^,\d|]{{1,40}}),\s*)?{_DAY}\s+{_DIGITS}\s+{_MONTH}\s+{_DIGITS}\s+"
                           rf"{_YEAR}\s+(\d{{4}})", re.I)
# "Hà Nội, ngày   tháng 3 năm 2020", "Ha Nội, ngàyháng 3 năm 2020": the day left blank (written in by hand on
# the signed paper) or lost in a scan, which may take the month word's first letter with it; month and year stand.
NO_DAY_RE = re.compile(rf"(?:([^\W\d][^,\d|]{{1,40}}),\s*)?{_DAY}[\s.…_]*(?:{_MONTH}|{tone_pattern(_D['month'][1:])})"
                       rf"\s+(\d{{1,2}})\s+{_YEAR}\s+(\d{{4}})", re.I)
LETTER_SUBJECT = tables.toml('header_words.toml')['letter']['subject']  # "V/v", before a letter's subject
SUBJECT_RE = re.compile(rf"\b{re.escape(LETTER_SUBJECT)}\b\s*:?\s*", re.I)
# "ngày 04 tháng……năm 2026" (not "Ngày hội đọc sách năm 2027", a subject: no month between)
_BLANK_DATE_RE = re.compile(rf"\b{_DAY}\b.*\b{_MONTH}\b.*\b{_YEAR}\b", re.I)
# "Số: 12/KH-CĐN"; "SỐ:" as a TCVN3 file reads back (its toned capitals and small letters share codes)
_NUMBER_LINE_RE = re.compile(rf"(?:[\wÀ-ỹ]+\s+)?(?:{tone_pattern(_D['number'].capitalize())}|"
                             rf"{tone_pattern(_D['number'].upper())})\s*:?\s*\d")
# "Số: 37-HD/HNDT" anywhere in a letterhead's cell (after the issuer's lines run together): the word capitalised
_NUMBERED_RE = re.compile(rf"(?<![\w/])(?-i:{tone_pattern(_D['number'].capitalize())})\s*:?\s*\d+\w*\s*[-/]\s*\w")
_SEPARATOR_RE = re.compile(r"^[\s\-–—_=*.•~:|]*$")
_COLUMNS_RE = re.compile(r"\s*\|\s*|\t+|\s{3,}")
_RULE_RE = re.compile(r"\s*[-–—_=]{3,}\s*")
MAX_HEADER_LINES = 16
MAX_HEADER_LINE = 400  # both columns of a header may run together on one line
LOOK_AHEAD = 14  # non-empty lines in which a header block may start (after a source line, a page title)


@dataclass
class Header:
    issuer_lines: list[str] = field(default_factory=list)
    number: str = ""
    date: str = ""  # ISO: yyyy-mm-dd
    place: str = ""
    subject: str = ""  # "V/v ..." of a letter (công văn)
    motto: bool = False
    stated: list[str] = field(default_factory=list)  # issuer, number and place-date as written: the header passage
    # lines in capitals above the place-date right of another, or read after the number (a column read after the
    # issuer's): where the motto stands
    beside: list[str] = field(default_factory=list)
    together: list[str] = field(default_factory=list)  # issuer lines naming bodies that issue the text with the issuer
    numbers: int = 0  # how many numbers the header prints: one for each body issuing together, when each numbers it

    @property
    def found(self) -> bool:
        return bool(self.motto or self.number or self.date)

    @property
    def _named(self) -> list[str]:
        """The issuer block's lines, a name broken over two lines joined (the line above ending unfinished, or the
        line below only giving a level and a place: _UNFINISHED_RE, _LEVEL_RE), and an organ's line ("BAN CHẤP HÀNH")
        joined to the body above it whose organ it is: the two lines name one issuer, the Ban Chấp hành of that công
        đoàn, not a body under another."""
        lines: list[str] = []
        for line in self.issuer_lines:  # "CÔNG ĐOÀN CÔNG TY CỔ PHẦN / MAY …", "CÔNG ĐOÀN KHU KINH TẾ / TỈNH BÌNH DƯƠNG"
            if lines and (_UNFINISHED_RE.search(lines[-1]) or (_LEVEL_RE.match(fold(line))
                                                              or _PLACE_LEVEL_END_RE.search(lines[-1])
                                                              or _task_goes_on(lines[-1], line))
                          and not bodies().mentions(line)):
                lines[-1] = f"{lines[-1]} {line}"
            else:
                lines.append(line)
        if len(lines) > 1 and _ORGAN_RE.fullmatch(lines[-1]):
            lines[-2:] = [f"{lines[-1]} {lines[-2]}"]
        return lines

    @property
    def _issuers(self) -> tuple[list[str], list[str]]:
        """The named lines of the issuer and the bodies above it, and those of the bodies issuing together with it:
        printed beside it in the motto's place, or over it as a body of its own kind ("SỞ Y TẾ" over "SỞ GIÁO DỤC VÀ
        ĐÀO TẠO": _PEER_RE)."""
        lines = [line for line in self._named if line not in self.together]
        together = [line for line in self._named if line in self.together]
        while len(lines) > 1 and _peers(lines[-2], lines[-1]):
            together.insert(0, lines.pop(-2))
        return lines, together

    @property
    def issuer(self) -> str:
        """The body that issued the document: the last line of the issuer block (with the body an organ's is)."""
        return self._issuers[0][-1] if self.issuer_lines else ""

    @property
    def co_issuers(self) -> list[str]:
        """The bodies issuing the document together with the issuer, as printed."""
        return self._issuers[1]

    @property
    def text(self) -> str:
        """What the header states, as written, one piece a line ("BỘ TÀI CHÍNH", "Số: 98/2013/TT-BTC",
        "Hà Nội, ngày 24 tháng 7 năm 2013"): the passage that answers when and by whom a text was issued."""
        return "\n".join(self.stated)

    @property
    def parent(self) -> str:
        """The body above the issuer ("BỘ GIÁO DỤC…" over "VỤ…"), when the header names one."""
        return " – ".join(self._issuers[0][:-1])


def _peers(upper: str, lower: str) -> bool:
    """Whether two issuer lines open with the same kind of body no body of its kind is printed over (_PEER_RE)."""
    kinds = [_PEER_RE.match(line) for line in (upper, lower)]
    return all(kinds) and fold(kinds[0].group(1)) == fold(kinds[1].group(1))


def _task_goes_on(above: str, line: str) -> bool:
    """Whether an issuer line finishes the task a body above it is named by ("BAN CHỈ ĐẠO VẬN ĐỘNG" / "HIẾN MÁU TÌNH
    NGUYỆN"): it opens with no kind of body, and is no organ nor a whole organisation's name ("ĐOÀN TNCS HỒ CHÍ
    MINH")."""
    first = fold(line).split()
    return bool(_BY_TASK_RE.match(fold(above))) and not _ORGAN_RE.fullmatch(line) \
        and not _ORGANISATION_RE.search(line) and not any(first[:len(k)] == k for k in _kinds())


@lru_cache(maxsize=1)
def _kinds() -> tuple[list[str], ...]:
    """The kinds of body a name opens with ("ban", "sở", "công ty": prompts/bodies.tsv), folded words."""
    return tuple(fold(kind).split() for kind in bodies().kinds)


def letterhead_issuer(lines: list[str]) -> tuple[str, str]:
    """The issuer and the body above it (or "") of a letterhead's lines in capitals printed with no motto, number or
    date ("UBND TỈNH …" / "SỞ …"; "CÔNG ĐOÀN CÔNG TY …" / "BAN CHẤP HÀNH"), as a header block names them."""
    header = Header(issuer_lines=[re.sub(r"\s+", " ", line).strip() for line in lines])
    return header.issuer, header.parent


def letterhead(text: str) -> bool:
    """Whether a table's text is the letterhead printed in it, read line beside line as printed (ingest/word.py,
    readers.py, pdf_tables.py), not as a table of data: the motto in it, or — the letterhead of a mass organisation
    or a union, which prints none — a number ("Số: 37-HD/HNDT") and a place-date in a short text."""
    if MOTTO_RE.search(text):
        return True
    number, dated = _NUMBERED_RE.search(text), PLACE_DATE_RE.search(text)
    return len(text) <= MAX_HEADER_LINE and bool(number and dated and dated.group(1))


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def iso_date(day: str, month: str, year: str) -> str:
    """A date as printed ("0 3", "11", "2026": a scan spaces its digits) in ISO ("2026-11-03"); "" for no such day
    ("31/02/2026") — a scan's misread digits make no date."""
    try:
        return date(*(int(re.sub(r"\s+", "", part or "")) for part in (year, month, day))).isoformat()
    except ValueError:
        return ""


def month_of(m: re.Match) -> str:
    """A NO_DAY_RE match as the ISO month it names ("2020-03"); "" for a month outside 1–12."""
    month = int(re.sub(r"\s+", "", m.group(2)))
    return f"{m.group(3)}-{month:02d}" if 1 <= month <= 12 else ""


def clean_number(raw: str) -> str:
    """ "773 /QĐ-TTg" → "773/QĐ-TTg"; "3210/QĐ - U B ND" → "3210/QĐ-UBND"."""
    return re.sub(r"\s+", "", raw).rstrip(".,;-–")  # a form leaves the code blank: "04/2026/CV-……"


def _take_segment(segment: str, header: Header, starts_title: Callable[[str], bool], beside: bool = False) -> bool:
    """Record one piece of a header line (`beside`: printed right of another piece of it); False when the piece is
    not header material."""
    segment = _RULE_RE.sub(" ", segment.strip(" *_#")).strip()
    if not segment or _SEPARATOR_RE.match(segment):
        return True
    if MOTTO_RE.search(segment):
        header.motto = True
        segment = MOTTO_RE.sub(" ", segment).strip(" -–—")
        if not segment:
            return True
    # "Số: 09/KH-CĐCS  Vĩnh Phước, ngày …" (a Word line whose tabs became spaces): the place starts after the number
    number = NUMBER_RE.search(segment)
    after = number.end() if number and PLACE_DATE_RE.search(segment, number.end()) else 0
    dated_at: int | None = None  # where the place-date went among the pieces stated: the number printed before it
    opens_dated = segment.lower().startswith(_D["day"])
    m = PLACE_DATE_RE.search(segment, after)
    stated = iso_date(*m.group(2, 3, 4)) if m else ""
    if not (m and (m.group(1) or opens_dated)):  # else a date whose day a scan lost: its month and year
        m = NO_DAY_RE.search(segment)
        stated = month_of(m) if m else ""
        m = m if stated else None
    if m and (m.group(1) or opens_dated):
        header.place = re.sub(r"\s+", " ", (m.group(1) or "")).strip()
        if stated:
            header.date = stated
            dated_at = len(header.stated)
            header.stated.append(re.sub(r"\s+", " ", m.group(0)).strip())
        segment = (segment[:m.start()] + segment[m.end():]).strip()
    elif (blank := _BLANK_DATE_RE.search(segment)) and re.match(r"^[^\W\d]", segment) \
            and not SUBJECT_RE.search(segment[:blank.start()]):
        # a date with blanks left to fill ("Tây Ninh, ngày 04 tháng……năm 2026"): no date; but a letter's
        # subject may name a day and a year ("V/v: Tổ chức ngày hội đọc sách năm 2026"): it stays
        segment = ""
    m = SUBJECT_RE.search(segment)
    if m:
        header.subject = re.sub(r"\s+", " ", segment[m.end():]).strip(" .")
        segment = segment[:m.start()].strip()
    m = NUMBER_RE.search(segment)
    if m:
        header.number = clean_number(m.group(1))
        header.numbers += 1
        if dated_at is None and header.date:  # the place-date read on a line above (the column beside the issuer's)
            dated_at = next((i for i, line in enumerate(header.stated) if PLACE_DATE_RE.search(line)), None)
        # the number stated before the place-date, as the state's letterhead prints them: the date ends the passage
        header.stated.insert(len(header.stated) if dated_at is None else dated_at,
                             re.sub(r"\s+", " ", m.group(0)).strip())
        before, segment = segment[:m.start()].strip(), segment[m.end():].strip()
        if before and not _take_issuer(before, header, starts_title):
            return False
    if not any(c.isalnum() for c in segment):  # nothing left, or the dots of a form's blank ("CV-……")
        return True
    issuers, numbered = len(header.issuer_lines), bool(header.number)
    if not _take_issuer(segment, header, starts_title):
        return False
    if (beside or numbered) and not header.date and len(header.issuer_lines) > issuers:
        header.beside.append(header.issuer_lines[-1])  # where a motto stands: right of the issuer, or read after it
    return True


def _without_organisation(header: Header) -> Header:
    """A header printing no motto, the name in the motto's place taken out of its issuer lines: what stands opposite
    the issuer above the place-date ("HỘI NÔNG DÂN TỈNH ĐẮK LẮK | HỘI NÔNG DÂN VIỆT NAM" / "BAN THƯỜNG VỤ | Đắk Lắk,
    ngày …") names the whole organisation the issuer belongs to (the letterheads of mass organisations and unions:
    no motto), whereas the issuer is the left column's lines; unchanged when a motto is printed (the state's
    letterhead, or two bodies issuing together side by side over it)."""
    if header.motto or not header.beside or len(header.beside) == len(header.issuer_lines):
        return header
    # a body numbering the text on its own ("Số: 12-HD/BTGTU" beside "Số: 45/HD-SGDĐT"), or one whose name ends
    # otherwise than an organisation's, issues it together with the issuer
    organisation = [] if header.numbers > 1 else [line for line in header.beside if _ORGANISATION_RE.search(line)]
    header.together += [line for line in header.beside if line not in organisation]
    header.issuer_lines = [line for line in header.issuer_lines if line not in organisation]
    header.stated = [line for line in header.stated if line not in organisation]
    return header


def _take_issuer(segment: str, header: Header, starts_title: Callable[[str], bool]) -> bool:
    segment = segment.strip(" .")
    if plain_words(segment) in kind_names():  # a kind's name typed without its marks ("TO TRINH"): no issuer
        return True
    if _is_caps(segment) and len(segment) < 120 and not starts_title(segment):
        segment = re.sub(r"\s+", " ", segment)
        if _wrapped_word(segment, header):
            header.issuer_lines[-1] = header.stated[-1] = f"{header.issuer_lines[-1]} {segment}"
            return True
        header.stated.append(segment)
        parts = _JOINED_RE.split(segment)
        if len(parts) > 1 and all(_PEER_RE.match(part) for part in parts):  # "SỞ Y TẾ – SỞ GIÁO DỤC VÀ ĐÀO TẠO"
            header.issuer_lines += parts
            header.together += parts[1:]
        else:
            header.issuer_lines.append(segment)
        return True
    return False


def _wrapped_word(segment: str, header: Header) -> bool:
    """Whether an issuer line of one word naming no body ends the name printed right above it, which a table cell's
    width wrapped ("TRUNG TÂM KIỂM SOÁT BỆNH / TẬT" in a PDF's letterhead): no body is named by one word alone but by
    its abbreviation, which names one (prompts/bodies.tsv: "UBND")."""
    return (" " not in segment and bool(header.issuer_lines) and bool(header.stated)
            and header.stated[-1] == header.issuer_lines[-1] and not bodies().mentions(segment))


def _segments(line: str) -> list[str]:
    return [s for s in _COLUMNS_RE.split(line.strip().strip("|")) if s.strip()]


def _printed_motto(line: str) -> bool:
    """The national motto as a header prints it (in capitals, or the "Độc lập - Tự do - Hạnh phúc" line),
    not the country's name inside a sentence ("… nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII")."""
    return any(m.group(0).isupper() or _MIXED_CASE_MOTTO_RE.fullmatch(m.group(0)) for m in MOTTO_RE.finditer(line))


def _letterhead_columns(line: str) -> bool:
    """A line of two columns of a letterhead with no motto: the issuer's line in capitals (or the star under it)
    beside the organisation's name or the place-date ("BAN THƯỜNG VỤ      Đắk Lắk, ngày 25 tháng 11 năm 2026")."""
    segments = _segments(line)
    return len(segments) > 1 and len(segments[0]) < 120 and (_is_caps(segments[0]) or bool(
        _SEPARATOR_RE.match(segments[0]))) and all(_is_caps(s) or PLACE_DATE_RE.fullmatch(s.strip(" *_."))
                                                   for s in segments[1:])


def _header_start(raw_lines: list[str], starts_title: Callable[[str], bool]) -> int | None:
    """Index of the first header line: the line of the motto or the number, with the issuer
    lines in capitals just above it (not the title's kind printed above them, "# THÔNG BÁO"); None when no header
    opens the document."""
    seen = 0
    for i, line in enumerate(raw_lines):
        if not line.strip():
            continue
        seen += 1
        if seen > LOOK_AHEAD:
            return None
        text = line.strip().strip("|#*_ ")
        if (_printed_motto(line) and len(text) < MAX_HEADER_LINE) or _NUMBER_LINE_RE.match(text):
            start = i
            for j in range(i - 1, -1, -1):  # the issuer above (plain lines)
                above = raw_lines[j].strip().strip("#*_ ")
                if not re.search(r"\w", above):  # blank, or the rule printed under the issuer ("BỘ NỘI VỤ" / "-------")
                    continue
                if (_is_caps(above) and len(above) < 120 and not starts_title(above)
                        or _letterhead_columns(raw_lines[j])):  # "BAN THƯỜNG VỤ      Đắk Lắk, ngày …"
                    start = j
                    continue
                break
            return start
    return None


_ITEM_RE = re.compile(r"^\d+[.)]\s")  # "1. Mục đích": a numbered item, no subject's words


def _subject_goes_on(line: str) -> bool:
    """Whether a line under a letter's "V/v …" goes on with its subject: it opens in a small letter, a bracket or a
    figure ("… ngân sách 03 năm" / "2028-2030"), as a line the subject's width wrapped does — not a salutation
    ("Kính gửi: …"), a title or a numbered item, which open otherwise."""
    return bool(line) and (line[0].islower() or line[0] in "(\"“" or line[0].isdigit() and not _ITEM_RE.match(line))


def _motto_unwrapped(raw_lines: list[str], start: int) -> dict[int, list[str]]:
    """The pieces of header lines whose last piece, the column right of the issuer's, ends the line above it: the
    motto's column wrapped by its width ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM" beside "TỈNH SƠN LA" in a PDF's
    letterhead) is read whole on the first line, not as a body's name beside the issuer's nor as part of the parent
    body's. By line index; only the lines changed."""
    filled = [i for i in range(start, min(len(raw_lines), start + MAX_HEADER_LINES)) if raw_lines[i].strip()]
    laid = {i: _segments(raw_lines[i]) for i in filled}
    for upper, lower in zip(filled, filled[1:]):
        above, below = laid[upper], laid[lower]
        if not above or not below or MOTTO_RE.search(above[-1]) or MOTTO_RE.search(below[-1]):
            continue
        joined = f"{above[-1].strip()} {below[-1].strip()}"
        if MOTTO_RE.fullmatch(joined.strip(" *_")):
            laid[upper], laid[lower] = [*above[:-1], joined], below[:-1]
    return {i: pieces for i, pieces in laid.items() if pieces != _segments(raw_lines[i])}


def split_header(raw_lines: list[str], starts_title: Callable[[str], bool]) -> tuple[Header, int, int]:
    """The header found near the top of raw lines, where it starts and where it ends (the body
    begins there); (empty header, 0, 0) when there is none. `starts_title(line)` tells where the
    title ("KẾ HOẠCH", "LUẬT" ...) begins."""
    start = _header_start(raw_lines, starts_title)
    if start is None:
        return Header(), 0, 0
    header = Header()
    used = start
    seen = 0
    in_subject = False
    laid = _motto_unwrapped(raw_lines, start)
    for i in range(start, len(raw_lines)):
        line = raw_lines[i]
        if not line.strip():
            in_subject = False
            continue
        seen += 1
        if seen > MAX_HEADER_LINES:
            break
        segments = laid.get(i, _segments(line))
        if not segments:
            used = i + 1
            continue
        first = segments[0].strip(" *_#")
        if in_subject and _subject_goes_on(first) and len(segments) == 1:
            header.subject = f"{header.subject} {first}".strip()  # the subject line wraps
            used = i + 1
            continue
        if starts_title(first) and not (MOTTO_RE.search(line) or NUMBER_RE.match(first) or PLACE_DATE_RE.search(first)):
            break
        trial = copy.deepcopy(header)  # a line counts only if all of it is header material
        if not all(_take_segment(s, trial, starts_title, beside=k > 0) for k, s in enumerate(segments)):
            break
        in_subject = bool(trial.subject) and trial.subject != header.subject
        header = trial
        used = i + 1
    if not header.found:
        return Header(), 0, 0
    return _without_organisation(header), start, used
