"""The days of the events a document states, and the limits counted from them.

A plan states when its event takes place ("Thời gian: Hội thao diễn ra từ ngày 15/5/2027 đến ngày 17/5/2027") and,
further on, limits counted from it ("Sau Hội thao 10 ngày, Văn phòng … tổng hợp kết quả", "chậm nhất 05 ngày sau khi
kết thúc Hội thao"). Such a limit is dated from the event's days: a user asking what falls due when gets the day,
not "Chưa rõ ngày". A limit counted from an event the document gives no day for stays as written."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ingest.due import Counted, counted, shifted
from ingest.model import ParsedDocument
from troly import tables
from troly.texts import alternation
from troly.vntext import fold, split_sentences

_W = tables.toml("obligation_words.toml")["due"]
_D = tables.toml("date_words.toml")
_I = re.IGNORECASE
_LABEL = re.compile(r"^\W*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]\s*", _I)
_TAKES_PLACE = re.compile(rf"\b{alternation(_W['takes_place'])}\b", _I)
_EVENT_TIME = re.compile(rf"^{alternation(_W['event_time'])}\s*:", _I)
_DAY_MONTH = re.compile(rf"(?:{_D['day']}\s+)?(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}})(?:\s*[/.-]\s*(?P<y>\d{{4}}))?"
                        rf"(?![\d/])", _I)
# "từ ngày 15 đến ngày 17/5/2027", "ngày 15 - 17/5/2027": a first day written without its month
_BARE_FIRST = re.compile(rf"{_D['day']}\s+(?P<d>\d{{1,2}})\s*(?:[-–]|{alternation(_D['span_to'])})\s*"
                         rf"(?:{_D['day']}\s+)?\d{{1,2}}\s*[/.-]", _I)
_START = re.compile(rf"\b{alternation(_W['event_start'])}\b", _I)
_END = re.compile(rf"\b{alternation(_W['event_end'])}\b", _I)
_FILLER = re.compile(rf"^(?:(?:{alternation([*_W['event_filler'], *_W['event_start'], *_W['event_end']])})\s+)+", _I)
_HOLIDAYS = {tuple(int(x) for x in d.split("/")) for d in _D["public_holidays"]}  # (day, month)
_UNSET_MONTHS = set(_D["holiday_months_unset"])


@dataclass(frozen=True)
class Event:
    """An event's days as a line of the document states them, with the words it is named by there (folded)."""
    words: str
    first: date
    last: date


def _day(m: re.Match, year: int | None) -> date | None:
    """The day a match of _DAY_MONTH writes, of `year` when it writes none; None when it is no day."""
    y = int(m.group("y")) if m.group("y") else year
    try:
        return date(y, int(m.group("m")), int(m.group("d"))) if y else None
    except ValueError:
        return None


def events(doc: ParsedDocument) -> list[Event]:
    """The events whose days the document states: a line saying something takes place ("diễn ra", "khai mạc", "được
    tổ chức") or labelled with its time ("Thời gian: từ ngày 15/5 đến ngày 17/5/2027"), named by its words — and by
    the document's title when the line names none (a plan's own event)."""
    out: list[Event] = []
    for chunk in doc.chunks:
        for sentence in split_sentences(chunk.text):
            plain = _LABEL.sub("", sentence.strip(), count=1)
            label = _EVENT_TIME.match(plain)
            if not (label or _TAKES_PLACE.search(plain)):
                continue
            days = [(m, d) for m in _DAY_MONTH.finditer(plain) if (d := _day(m, doc.meta.year))]
            if not days:
                continue
            first, last = days[0][1], days[-1][1]
            bare = _BARE_FIRST.search(plain, 0, days[0][0].end())
            if bare and len(days) == 1 and int(bare.group("d")) < last.day:
                first = last.replace(day=int(bare.group("d")))
            named = plain[label.end():days[0][0].start()] if label else plain
            out.append(Event(fold(f"{named} {doc.meta.title if label else ''}").lower(), first, last))
    return out


def _event_of(what: str, known: list[Event]) -> Event | None:
    """The event a limit counts from ("kết thúc Hội thao" → the Hội thao): the first whose words hold its name."""
    name = fold(_FILLER.sub("", what.strip())).lower()
    if not re.search(r"[^\W\d_]", name):
        return None
    return next((e for e in known if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", e.words)), None)


def _working_days(start: date, count: int, back: bool) -> date | None:
    """The day `count` working days from `start` (no Saturday, Sunday or public holiday), None when the count may
    cross a holiday set each year (date_words holiday_months_unset)."""
    step = timedelta(days=-1 if back else 1)
    day = start
    while count:
        day += step
        if day.month in _UNSET_MONTHS:
            return None
        if day.weekday() < 5 and (day.day, day.month) not in _HOLIDAYS:
            count -= 1
    return day


def _limit(c: Counted, event: Event) -> date | None:
    """The day a limit counted from `event` falls on: forward from its last day (its first when the words name its
    start: "kể từ ngày khai mạc"), back from its first (its last when they name its end)."""
    if c.back:
        start = event.last if _END.search(c.after) else event.first
    else:
        start = event.first if _START.search(c.after) else event.last
    return _working_days(start, c.count, c.back) if c.unit == "working day" else shifted(start, c.count, c.unit, c.back)


def date_counted(due: dict | None, known: list[Event]) -> dict | None:
    """`due` with its day set when it is counted from an event of `known` and names no day of its own; as it was
    otherwise (the text still says how the day is counted)."""
    if not due or due.get("date") or due.get("every") or not due.get("after") or not known:
        return due
    c = counted(due["text"])
    event = _event_of(c.after, known) if c else None
    day = _limit(c, event) if event else None
    return {**due, "date": day.isoformat()} if day else due
