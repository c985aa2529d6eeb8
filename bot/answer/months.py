"""A month a yes-or-no question names, placed in a span of days or months a line sets: "Hòn X được lặn vào tháng 11
không?" over "Thời gian được lặn trong năm: Từ 01/3 đến 30/9" is answered "Không." — a month outside a written span is
a claim the line denies, not a fact it leaves out — and "… tháng 5 …" over the same line "Có.". A month the span holds
only in part ("tháng 3" of "từ 15/3 …") is left undecided: the line says yes for some of its days only. A day a thing
is asked to reach ("có kéo dài đến ngày 5/6 không") is placed so too: the span either holds it or ends before it.
Asked how long, the span's days are counted from its two dates, both counted ("từ ngày 01/5/2027 đến hết ngày
31/5/2027" lasts 31 days): the length is the documents' own, read off the dates they write."""
from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from datetime import date

from troly.tables import toml
from troly.vntext import fold, fold_same_length

_DAYS = toml("date_words.toml")
_MONTH, _DAY, _YEAR = (fold(_DAYS[k]) for k in ("month", "day", "year"))
_JOINS = "|".join(map(re.escape, toml("count_words.toml")["range_joins"]))
_REACH = "|".join(map(re.escape, map(fold, _DAYS["reach"])))
# "tháng 11" asked, not a length ("3 tháng"), a day ("ngày 5 tháng 11", "15/11") nor a month of a date ("tháng 11/2026"
# is still that month: its year is not asked against a yearly span)
_ASKED = re.compile(rf"(?<![\d/])(?<!\d )(?<!{_DAY} )\b{_MONTH}\s+(\d{{1,2}})\b(?![/\-.]\d{{1,2}}\b)")
# a day a thing is asked to reach: "đến (hết) ngày 5/6", "sang 05 tháng 6"
_REACHED = re.compile(rf"\b(?:{_REACH})\s+(?:het\s+)?(?:{_DAY}\s+)?(\d{{1,2}})\s*(?:/|\s{_MONTH}\s)\s*(\d{{1,2}})\b")
# one end of a span: "01/3", "ngày 01 tháng 3", "01/3/2027", or "tháng 3"
_END = (rf"(?:(?:{_DAY}\s+)?(\d{{1,2}})\s*(?:/|\s{_MONTH}\s)\s*(\d{{1,2}})(?:\s*(?:/|\s{_YEAR}\s)\s*(\d{{4}}))?"
        rf"|{_MONTH}\s+(\d{{1,2}}))")
# a length of days, weeks, months or years the line states besides its span ("thời hạn giải quyết 15 ngày"): the
# length asked may be that one, not the span's; not a date written in words ("01 tháng 5 năm 2027")
_LENGTH = re.compile(rf"(?<![\d/])\d+\s+(?:{_DAY}|{_MONTH}|{_YEAR}|tuan)\b(?!\s*\d)")
_SPAN = re.compile(rf"\btu\s+{_END}\s*(?:{_JOINS})\s*(?:het\s+)?{_END}")
# "Không tổ chức lặn … từ ngày 01 tháng 5 đến …": a span of a ban says nothing of what is allowed outside it
_NEGATION = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, toml("question_cues.toml")["cases"]["negations"]))
                       + r")(?!\w)")


def months_asked(question: str) -> set[int]:
    """The months a question names by number ("vào tháng 11"), 1 to 12."""
    return {n for n in map(int, _ASKED.findall(fold(question))) if 1 <= n <= 12}


def days_reached(question: str) -> set[tuple[int, int]]:
    """The days, as (month, day), a question asks a thing to reach ("kéo dài đến ngày 5/6", "sang 05 tháng 6")."""
    return {(int(m), int(d)) for d, m in _REACHED.findall(fold(question)) if 1 <= int(m) <= 12 and 1 <= int(d) <= 31}


def _ends(m: re.Match[str]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last (month, day) of a span found, a month alone from its first or to its last day."""
    d1, m1, _, only1, d2, m2, _, only2 = m.groups()
    start = (int(only1), 1) if only1 else (int(m1), int(d1))
    end = (int(only2), 31) if only2 else (int(m2), int(d2))
    return (start, end) if all(1 <= month <= 12 for month in (start[0], end[0])) else None


def spans(line: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The spans of days or months a line sets ("Từ 01/3 đến 30/9", "từ tháng 5 đến hết tháng 10"), as (month, day);
    none when the clause setting one denies it ("Không tổ chức … từ …"): outside a ban is not thereby allowed."""
    said = unicodedata.normalize("NFC", line).lower()
    return [ends for m in _SPAN.finditer(fold_same_length(said)) if (ends := _ends(m))
            and not _NEGATION.search(re.split(r"[.;:|]", said[:m.start()])[-1])]


def _placed(month: int, start: tuple[int, int], end: tuple[int, int]) -> bool | None:
    """Whether the whole month lies in the span (True), none of it (False), or part of it (None); a span may run into
    the next year ("từ 01/11 đến 31/3")."""
    def order(month_: int) -> int:  # months counted from the span's first
        return (month_ - start[0]) % 12
    last = order(end[0])
    at = order(month)
    if at > last:
        return False
    whole_first = at > 0 or start[1] <= 1
    whole_last = at < last or end[1] >= monthrange(2001, month)[1]
    return True if whole_first and whole_last else None


def _reached(day: tuple[int, int], start: tuple[int, int], end: tuple[int, int]) -> bool:
    """Whether a (month, day) lies in the span, which may run into the next year."""
    def order(md: tuple[int, int]) -> tuple[int, int]:  # months counted from the span's first
        return (md[0] - start[0]) % 12, md[1]
    return order(start) <= order(day) <= order(end)


def span_placed(question: str, line: str) -> bool | None:
    """Whether the months a question names and the days it asks a thing to reach lie in the span the line sets (each
    wholly: True; one wholly outside: False); None when it names none, the line sets no span, or a month lies in it
    only in part."""
    set_ = spans(line)
    if not set_:
        return None
    placed = [_placed(month, *set_[0]) for month in sorted(months_asked(question))]
    placed += [_reached(day, *set_[0]) for day in sorted(days_reached(question))]
    if not placed:
        return None
    if False in placed:
        return False
    return True if all(placed) else None


def span_said(line: str) -> str:
    """The line's first span as written ("Từ 01/3 đến 30/9"), for the answer to say; "" when none."""
    m = _SPAN.search(fold_same_length(line).lower())
    return line[m.start():m.end()] if m else ""


def span_length(line: str) -> tuple[int, str] | None:
    """The days of the line's first span of days, both counted, and that span as written ("từ ngày 01/5/2027 đến hết
    ngày 31/5/2027": 31); None when it sets none from one day to another, states another length besides ("… thời hạn
    15 ngày": the length asked may be that one), or writes no year where February's days would decide the count."""
    said = unicodedata.normalize("NFC", line)
    folded = fold_same_length(said).lower()
    m = _SPAN.search(folded)
    if not m or m.group(4) or m.group(8) or _LENGTH.search(folded[:m.start()] + " " + folded[m.end():]):
        return None
    d1, m1, y1 = (int(g or 0) for g in m.group(1, 2, 3))
    d2, m2, y2 = (int(g or 0) for g in m.group(5, 6, 7))
    y2 = y2 or y1 or 2001  # no year: one without a 29 February, unless the span holds February's end
    y1 = y1 or (y2 if (m1, d1) <= (m2, d2) else y2 - 1)
    try:
        first, last = date(y1, m1, d1), date(y2, m2, d2)
    except ValueError:
        return None
    if not (m.group(3) or m.group(7)) and any(date(y, 2, 28) >= first and date(y, 3, 1) <= last for y in (y1, y2)):
        return None
    return ((last - first).days + 1, said[m.start():m.end()]) if last >= first else None
