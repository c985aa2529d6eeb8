"""When an obligation is due and which number it aims at, read from its own words.

"trước ngày 15/12/2025" → a date; "ngày 05 tháng 7 hằng năm", "trước ngày 20 tháng 6 năm trước" (a day of the
year before the one each year's budget is for), "mỗi năm 01 lần vào tháng 6" (the month's last day) → a yearly
date; "trước ngày 25 của tháng cuối quý" → a quarterly date; "ngày 20 hằng tháng", "trước ngày 05 của tháng sau",
"Hằng tháng, … trước ngày 20", "theo tháng, chậm nhất ngày 05" → a monthly one; "định kỳ 6 tháng và năm" → every
half-year ("trong vòng 06 tháng": a length, none); "trong quý I", "quý I/2027" → the quarter's last day ("tiền thu quý
IV": what the money is of, none); "đến năm 2025" → a year to reach. A date without a year takes the year of the
document's own date. Dates that name another text ("Kết luận số 21-KL/TW ngày 25/10/2021") are references, not
deadlines: a deadline date follows a word that sets a limit ("trước", "chậm nhất", "hạn", "vào", "đến").
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from troly import tables
from troly.figures import FIGURE, figure
from troly.texts import alternation
from troly.vntext import quarter_number
from troly.years import YEAR

_W = tables.toml("obligation_words.toml")
_D = tables.toml("date_words.toml")
_DAY, _MONTH_W, _YEAR, _QUARTER_W = (alternation([_D[k]]) for k in ("day", "month", "year", "quarter"))
_LIMIT = alternation(_W["due"]["limit"])
# A day and a month, maybe its year; no digit follows, so a sum of money ("đến 2.000.000 đồng") is no date
_DAY_MONTH = (rf"(?P<d>\d{{1,2}})\s*(?:/|-|\.|\s+{_MONTH_W}\s+)\s*(?P<m>\d{{1,2}})(?![\d])"
              rf"(?:\s*(?:/|-|\.|\s+{_YEAR}\s+)\s*(?P<y>\d{{4}})(?![\d]))?")
_EACH = alternation(_W["due"]["each"])
# "hằng năm", "năm trước", "năm sau": a day of each year, or of the year before or after the one a yearly cycle is
# about ("lập dự toán … trước ngày 20 tháng 6 năm trước": each year's budget, every June): either way, every year.
_EVERY_YEAR = rf"(?:{_EACH}\s+{_YEAR}|{_YEAR}\s+{alternation(_W['due']['relative_year'])})\b"
_EACH_YEAR = re.compile(_EVERY_YEAR, re.IGNORECASE)
# "đến 17 giờ 00 phút ngày 01 tháng 7 năm 2027", "trước 16h ngày 15/7": the hour of the last day, after the limit word
_AT_HOUR = (rf"\d{{1,2}}\s*{alternation(_D['hour'])}(?![^\W\d_])(?:\s*\d{{1,2}}(?:\s*{alternation(_D['minute'])})?)?"
            rf"\s*,?\s+")
_DATE = re.compile(rf"{_LIMIT}\s+(?:{_AT_HOUR})?(?:{_DAY}\s+)?{_DAY_MONTH}(?:\s+{_EVERY_YEAR})?", re.IGNORECASE)
_LUNAR = re.compile(rf"\s*\(?\s*{alternation(_D['lunar'])}\b(?:\s*\))?", re.IGNORECASE)
_YEARLY_DATE = re.compile(rf"{_DAY}\s+{_DAY_MONTH}\s+{_EACH}\s+{_YEAR}", re.IGNORECASE)
# "Tháng 5, 6/2026", "tháng 5 - 6/2026", "tháng 5 và tháng 6 năm 2026": months named together, due by the last one's end
_JOINED = rf"\s*(?:,|-|–|\s{alternation(_D['also'])}|\s{alternation(_D['span_to'])})\s*(?:{_MONTH_W}\s+)?"
_MONTH_YEAR = rf"(?:/|\s+{_YEAR}\s+)\s*"
# a month with its year opening a sentence, as a label ("Tháng 3/2026: Ban Tuyên giáo phát động …"), maybe numbered
_OPENING_MONTH = (rf"(?P<label>^\W*(?:\d+(?:\.\d+)*[.)]\s+)?)"
                  rf"(?={_MONTH_W}\s+\d{{1,2}}(?:{_JOINED}\d{{1,2}})?\s*{_MONTH_YEAR}\d{{4}}\s*[:,])")
_MONTH = re.compile(rf"(?:{alternation(_W['due']['month'])}\s+|{_OPENING_MONTH}){_MONTH_W}\s+(?P<m>\d{{1,2}})"
                    rf"(?:{_JOINED}(?P<m2>\d{{1,2}}))?(?:\s*{_MONTH_YEAR}(?P<y>\d{{4}})|\s+(?P<yearly>{_EVERY_YEAR}))",
                    re.IGNORECASE)
# what may come before a quarter named without its year for it to be a time: a word of `month` or the line's start
_QUARTER_LEAD = re.compile(rf"(?:^\W*(?:\d+(?:\.\d+)*[.)]\s+)?|(?<![^\W\d_]){alternation(_W['due']['month'])}\s+)$",
                           re.IGNORECASE)
_QUARTER = re.compile(rf"{_QUARTER_W}\s+(?P<q>IV|I{{1,3}}|[1-4])\b(?:\s*(?:/|{_YEAR})\s*(?P<y>\d{{4}})|"
                      rf"\s+(?P<yearly>{_EVERY_YEAR}))?", re.IGNORECASE)
_HALF_YEAR = re.compile(rf"(?:(?P<lead>{alternation(_W['due']['half_year'])})\s+)?(?<![\d.,/])0?6\s+{_MONTH_W}"
                        rf"(?:\s*(?:{alternation(_D['also'])}|,)\s*(?:{alternation(_D['whole'])}\s+)?(?:{_YEAR}|{alternation(_D['year_end'])}))?",
                        re.IGNORECASE)
# "hợp đồng từ 06 tháng trở lên": a length bounded so qualifies a noun; it is no half-year that recurs
_BOUND_WORDS = tables.toml("count_words.toml")["bound_words"]
_LENGTH_BEFORE = re.compile(rf"\b{alternation(_BOUND_WORDS['before'] + _W['due']['length_before'])}\s*$", re.IGNORECASE)
_LENGTH_AFTER = re.compile(rf"\s*{alternation(_BOUND_WORDS['after'] + _W['due']['length_after'])}\b", re.IGNORECASE)
# "8 giờ ngày 24/01/2027", "14 giờ 30 phút, ngày …", "8h30 ngày …": the hour an event starts, before its day
HOUR = re.compile(rf"^\s*\d{{1,2}}\s*{alternation(_D['hour'])}(?![^\W\d_])"
                  rf"(?:\s*\d{{1,2}}(?:\s*{alternation(_D['minute'])})?)?\s*,?\s*(?=\S)", re.IGNORECASE)
_PERIOD_WORDS: dict[str, str] = _W["due"]["periods"]
PERIOD_MONTHS = {"month": 1, "quarter": 3, "half-year": 6, "year": 12}  # a period's length (a week is 7 days)
_POSITION: dict[str, str] = _W["due"]["month_of_period"]
_DAY_OF_PERIOD = re.compile(
    rf"(?:{_LIMIT}\s+)?{_DAY}\s+(?P<d>\d{{1,2}})\s+(?:{alternation(_W['due']['of'])}\s+)?"
    rf"(?:(?:{_EACH}\s+)?{_MONTH_W}\s+(?P<pos>{'|'.join(_POSITION)})\s+(?:{_EACH}\s+)?(?P<p>{'|'.join(_PERIOD_WORDS)})"
    rf"(?:\s+{alternation(_W['due']['next_period'])})?|{alternation(_W['due']['every'])}\s+(?P<monthly>{_MONTH_W})"
    rf"|{_MONTH_W}\s+(?P<next_month>{alternation(_W['due']['next_period'])}))\b",
    re.IGNORECASE)
# "hằng tuần vào chiều thứ Sáu kể từ ngày 15/01/2027": the weekday a weekly item falls due and the day it starts on
_WEEKDAYS = {name: n for n, names in enumerate(_D["weekdays"]) for name in names}
_WEEKDAY = re.compile(rf"(?<![^\W\d_]){alternation(list(_WEEKDAYS))}(?![^\W\d_]|\s*[/.-]?\s*\d)", re.IGNORECASE)
_ORDINAL_NOUN = re.compile(rf"(?<![^\W\d_]){alternation(_D['ordinal_nouns'])}\s+$", re.IGNORECASE)


def weekdays_named(sentence: str) -> Iterator[re.Match]:
    """The days of the week a sentence names ("vào chiều thứ Sáu", "trước 16 giờ thứ năm hằng tuần"), in order: not an
    ordinal after a noun counted in order ("từ tuần thứ hai trở đi", "lần thứ 2"; date_words ordinal_nouns) unless
    written with the day's capital."""
    return (m for m in _WEEKDAY.finditer(sentence)
            if m.group(0).split()[-1][:1].isupper() or m.group(0).split()[0].lower() != _D["weekday_ordinal"]
            or not _ORDINAL_NOUN.search(sentence[:m.start()]))


def weekday_named(sentence: str) -> re.Match | None:
    """The first day of the week a sentence names (weekdays_named), or None."""
    return next(weekdays_named(sentence), None)


_SINCE = re.compile(rf"{alternation(_W['due']['since'])}\s+(?:{_DAY}\s+)?{_DAY_MONTH}", re.IGNORECASE)
# "01/5 - 15/5/2027", "từ 01/5 đến 15/5/2027" in a schedule's cell: a span of days, done by its last one
_SPAN_START = re.compile(rf"^\W*(?:{alternation(_W['due']['since'])}\s+)?(?:{_DAY}\s+)?\d{{1,2}}\s*[/.-]\s*\d{{1,2}}"
                         rf"(?:\s*[/.-]\s*\d{{4}})?\s*(?:[-–]|{alternation(_D['span_to'])})\s*"
                         rf"(?=(?:{_DAY}\s+)?\d{{1,2}}\s*[/.-]\s*\d{{1,2}})", re.IGNORECASE)


def span_end(cell: str) -> str:
    """The last day of a span of days a cell gives ("01/5 - 15/5/2027" → "15/5/2027"): a task that runs over days is
    due when it ends, not when it starts. The cell itself when it gives no span."""
    m = _SPAN_START.match(cell)
    return cell[m.end():] if m else cell


# "mỗi năm 01 lần vào tháng 6.": a month without its year, in an item that repeats every year — its end each year
_BARE_MONTH = re.compile(rf"{alternation(_W['due']['month'])}\s+{_MONTH_W}\s+(?P<m>\d{{1,2}})"
                         rf"(?!\s*(?:[/.-]\s*\d|\d|{_YEAR}\b))", re.IGNORECASE)
_MORE_MONTH = re.compile(rf"\s*(?:,|{alternation(_D['also'])})\s*{_MONTH_W}\s+(?P<m>\d{{1,2}})"
                         rf"(?!\s*(?:[/.-]\s*\d|\d|{_YEAR}\b))", re.IGNORECASE)
# "Hằng tháng, … trước ngày 20.": a limit day without its month, in an item that repeats every month
_BARE_DAY = re.compile(rf"{_LIMIT}\s+{_DAY}\s+(?P<d>\d{{1,2}})(?!\s*(?:[/.-]\s*\d|{_MONTH_W}\b|\d))", re.IGNORECASE)
# "… sau khi bế mạc Đại hội và không muộn hơn ngày 15/10": the event counted from ends before a calendar day's limit
# joined to it (relative_then) by a comparing limit word (then_limit), which parse_due reads as the day
_THEN_A_DAY = (rf"\s+{alternation(_W['due']['relative_then'])}\s+{alternation(_W['due']['then_limit'])}\s+"
               rf"(?:{_DAY}\s+)?{_DAY_MONTH}")
_RELATIVE = re.compile(
    rf"{alternation(_W['due']['relative_within'])}\s+(?P<n>\d{{1,3}}|{alternation(_W['target']['numbers'])})\s*"
    rf"(?:\([^)]{{1,20}}\)\s*)?"  # the number in words after it: "15 (mười lăm) ngày"
    rf"(?P<unit>{alternation(_W['due']['relative_units'])})\s+(?P<from>{alternation(_W['due']['relative_from'])})\s+"
    rf"(?P<after>[^,;:.()\n]{{3,80}}?)(?=\s*(?:[,;:.()\n]|$)|{_THEN_A_DAY.replace('?P<', '?P<then_')})",
    re.IGNORECASE)
# "Sau Hội thao 10 ngày, …", "trước ngày tiếp ít nhất 02 ngày làm việc": the event named first (no "ít nhất" of its
# own), then the length after it, then a comma or the sentence's end
_EVENT_WORD = rf"(?!(?:{alternation(_W['target']['at_least'])})\b)[^\W\d_]+"
_EVENT_FIRST = re.compile(
    rf"(?<![^\W\d_])(?P<from>{alternation(_W['due']['event_first'])})\s+"
    rf"(?P<after>{_EVENT_WORD}(?:\s+{_EVENT_WORD}){{0,8}}?)(?<!\s{_DAY})(?<!\s{_MONTH_W})(?<!\s{_YEAR})\s+"
    rf"(?:{alternation(_W['target']['at_least'])}\s+)?(?P<n>\d{{1,3}}|{alternation(_W['target']['numbers'])})\s*"
    rf"(?P<unit>{alternation(_W['due']['relative_units'])})"
    rf"(?=\s*(?:[,;:.()\n]|$)|\s+{alternation(_W['due']['event_first_then'])}\b)", re.IGNORECASE)
_A_DAY = re.compile(rf"{_DAY}\s+{_DAY_MONTH}", re.IGNORECASE)
_COUNTED_FORWARD = {w.lower() for w in _W["due"]["counted_forward"]}
_COUNTED_UNITS: dict[str, str] = _W["due"]["counted_units"]
_UNIT_DAYS = {"day": 1, "week": 7}
_PERIODIC = re.compile(rf"\b{alternation(_W['due']['periodic'])}\b", re.IGNORECASE)
# "theo tháng, chậm nhất ngày 05": by the period when a clause's end follows (not "theo tháng 12", "theo năm học") —
# parse_due reads it only beside the limit day it names
_EVERY = re.compile(rf"(?:(?:{alternation(_W['due']['periodic'])}\s+)?{alternation(_W['due']['every'])}"
                    rf"|(?P<by>{alternation(_W['due']['every_by'])}))\s+(?P<p>{'|'.join(_PERIOD_WORDS)})\b"
                    rf"(?(by)(?=\s*(?:[,;.:)]|$)))", re.IGNORECASE)
# "hằng quý", not "đơn hàng quý I năm 2027" (the orders of one quarter): a noun ending in the word of `every`
_NOT_EVERY = re.compile(rf"(?<![^\W\d_]){alternation(_W['due']['not_every'])}$", re.IGNORECASE)
_COUNT_WORD = rf"(?P<n>\d{{1,2}}|{alternation(_W['target']['numbers'])})"
_PERIOD_WORD = rf"(?P<p>{'|'.join(_PERIOD_WORDS)})"
_TIMES = alternation(_W["due"]["times"])
_TIMES_IN_PERIOD = re.compile(
    rf"{alternation(_W['due']['every'])}\s+{_PERIOD_WORD}\s+{_COUNT_WORD}\s+{_TIMES}\b"
    rf"|{_COUNT_WORD.replace('?P<n>', '?P<n2>')}\s+{_TIMES}\s*(?:/|\s{alternation(_W['due']['times_per'])}\s)\s*"
    rf"{_PERIOD_WORD.replace('?P<p>', '?P<p2>')}\b"
    rf"|{_COUNT_WORD.replace('?P<n>', '?P<k>')}\s+{_PERIOD_WORD.replace('?P<p>', '?P<p3>')}\s*"
    rf"(?:/|\s{alternation(_W['due']['per_time'])}\s)\s*{_TIMES}\b", re.IGNORECASE)
_EVERY_MONTHS = {months: every for every, months in PERIOD_MONTHS.items()}


def _times_in_period(sentence: str) -> tuple[re.Match, str] | None:
    """How often "mỗi năm 02 lần", "02 lần/năm" or "03 tháng một lần" says an item repeats, as a period (twice a year:
    "half-year"); None when it says none, or one no period names (three times a year)."""
    for m in _TIMES_IN_PERIOD.finditer(sentence):
        count = m.group("n") or m.group("n2") or m.group("k")
        n = _NUMBER_WORDS.get(count.lower()) or int(count)
        months = PERIOD_MONTHS.get(_PERIOD_WORDS[(m.group("p") or m.group("p2") or m.group("p3")).lower()])
        if not (n and months):
            continue
        every = _EVERY_MONTHS.get(months * n if m.group("k") else months / n if months % n == 0 else 0)
        if every:
            return m, every
    return None


# "kế hoạch công tác hằng năm", "Chương trình công tác hàng năm": the yearly names the plan, not a due.
# "Hằng tháng, …", "Định kỳ hằng quý, …", "Định kỳ, …": a sentence that opens with when it repeats
OPENS_WITH_PERIOD = re.compile(rf"^(?:{_EVERY.pattern}|{alternation(_W['due']['periodic'])})\s*,\s*", re.IGNORECASE)
_OF_A_PLAN = re.compile(rf"{alternation(_W['due']['plan'])}\s*$", re.IGNORECASE)
_BY_YEAR = re.compile(rf"{alternation(_W['due']['by_year'])}\s+{_YEAR}\s+(?P<y>\d{{4}})", re.IGNORECASE)

_NUMBER = FIGURE  # "2.000 đoàn viên": dots group thousands in Vietnamese
_PERCENT = re.compile(rf"(?:{alternation(_W['target']['percent_lead'])}\s+)*(?P<v>{_NUMBER})\s*%"
                      rf"(?:\s+{alternation(_D['or_more'])})?", re.IGNORECASE)
_NUMBER_WORDS: dict[str, int] = _W["target"]["numbers"]
_COUNT = re.compile(rf"{alternation(_W['target']['at_least'])}\s+(?P<v>{_NUMBER}|{'|'.join(_NUMBER_WORDS)})\s+"
                    r"(?P<u>[^\W\d_]+(?:\s+[^\W\d_]+)?)", re.IGNORECASE)
_REACH_UNIT = (rf"(?!(?:{alternation(_W['target']['reach_not_units'])})\b)[^\W\d_][\w/]*"
               rf"(?:\s+(?!(?:{alternation(_W['target']['reach_unit_stops'])})\b)[^\W\d_]+)?")
_REACH = re.compile(rf"\b{alternation(_W['target']['reach'])}\s+(?P<v>{_NUMBER})\s+(?P<u>{_REACH_UNIT})", re.IGNORECASE)
_FIGURE = re.compile(rf"(?<![\d.,/])(?P<v>{_NUMBER})\s+(?P<u>{_REACH_UNIT})", re.IGNORECASE)
# The count a percentage is a share of ("đạt 95% số hộ gia đình nông thôn"): what it counts, read whole up to a word
# that goes on with the clause — a noun phrase, which seldom runs longer.
_PHRASE_STOPS = alternation([*_W["target"]["reach_unit_stops"], *_W["target"]["phrase_stops"]])
_PHRASE_WORD = rf"\s+(?!(?:{_PHRASE_STOPS})\b)[^\W\d_]+"
_STOP_AFTER = re.compile(rf"\s+(?:{_PHRASE_STOPS})$", re.IGNORECASE)  # a unit of two words whose second goes on
_SHARE_OF = re.compile(rf"\s+{alternation(_W['target']['share_of'])}(?:{_PHRASE_WORD}){{1,5}}", re.IGNORECASE)
_GOAL_WORDS = re.compile(rf"\b{alternation(_W['target']['goal'])}\b", re.IGNORECASE)
_CONDITION = re.compile(rf"\b{alternation(_W['target']['condition'])}"
                        rf"(?:\s+{alternation(_W['target']['condition_then'])})?\s*$", re.IGNORECASE)
_LEAD_FROM = re.compile(rf"\b{alternation(_W['target']['lead_from'])}(?:\s+[^\W\d_]+){{1,8}}\s*$", re.IGNORECASE)
_LEAD_UNIT = re.compile(rf"^{alternation(_W['target']['lead_units'])}\b", re.IGNORECASE)


@dataclass
class Due:
    text: str
    date: str | None = None  # YYYY-MM-DD
    every: str | None = None  # year | half-year | quarter | month | week
    by_year: int | None = None
    # The other days a recurring item names ("định kỳ 6 tháng … trước ngày 15 tháng 6 và trước ngày 01 tháng 12"):
    # with `date`, the days of each year it falls due (YYYY-MM-DD, in the document's year).
    also: list[str] | None = None
    # What a limit counted from an event counts from ("trong vòng 10 ngày kể từ ngày ký" → "ngày ký"): no date is set,
    # the event's day being unknown (or not the document's to say); `text` says the whole limit.
    after: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class Target:
    text: str
    value: float
    unit: str
    by_year: int | None = None

    def to_json(self) -> dict:
        return asdict(self)


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _year(text: str | None, doc_year: int | None, month: int = 0, months: dict[int, int] | None = None
          ) -> int | None:
    """The year of a day or month: the one written, else the one the document's title gives that `month` of a one-off
    limit (`months`, title_months: "trước ngày 25 tháng 1" in a "Chương trình công tác năm 2027" issued in November
    2026 is of 2027), else the document's own year."""
    return int(text) if text else (months or {}).get(month, doc_year)


def _counted_from(relative: re.Match, day: str | None) -> str | None:
    """The limit a relative one counted forward from a day the text gives sets ("trong vòng 10 ngày kể từ ngày
    01/3/2026" → 2026-03-11), ISO; None for one counted back, in working days, or from no known day."""
    unit = _COUNTED_UNITS.get(relative.group("unit").lower())
    if not (day and unit and relative.group("from").lower() in _COUNTED_FORWARD):
        return None
    count = _count(relative)
    return shifted(date.fromisoformat(day), count, unit, False).isoformat() if count else None


def _count(relative: re.Match) -> int | None:
    """How many units a relative limit counts ("10", "mười"), None for a number word the table lacks."""
    n = relative.group("n")
    return int(n) if n.isdigit() else _W["target"]["numbers"].get(n.lower())


def shifted(start: date, count: int, unit: str, back: bool) -> date:
    """The day `count` days, weeks or months (`unit`) after `start`, or before it (`back`)."""
    sign = -1 if back else 1
    if unit == "month":
        return add_months(start, sign * count)
    return start + timedelta(days=sign * count * _UNIT_DAYS[unit])


@dataclass(frozen=True)
class Counted:
    """A limit counted from an event, read from its words: how many of which unit, forward or back, from what."""
    count: int
    unit: str  # day | week | month | working day
    back: bool
    after: str


_WINDOW = re.compile(rf"^{alternation(_W['due']['window'])}\b", re.IGNORECASE)
_COUNTED_BACK = {w.lower() for w in _W["due"]["counted_back"]}
_WORKING = {w.lower() for w in _W["due"]["working_units"]}


def counted(text: str) -> Counted | None:
    """The limit counted from an event a due's text states ("chậm nhất 05 ngày sau khi kết thúc Hội thao", "Sau Hội
    thao 10 ngày"); None when it states none, or a window before it ("trong vòng 10 ngày trước khi khai mạc"), which
    ends at the event, not so many days before."""
    m = _RELATIVE.search(text) or _EVENT_FIRST.search(text)
    if m is None:
        return None
    count, unit = _count(m), m.group("unit").lower()
    back = m.group("from").lower() in _COUNTED_BACK
    kind = "working day" if unit in _WORKING else _COUNTED_UNITS.get(unit)
    if not count or kind is None or back and _WINDOW.match(m.group(0)):
        return None
    return Counted(count, kind, back, m.group("after").strip())


def add_months(day: date, months: int) -> date:
    """`day` so many months later, on the month's last day when it has fewer days (31/3 + 3 → 30/6)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _day_of_period(m: re.Match, doc_year: int | None) -> tuple[str | None, str | None]:
    """(period, first due date in the document's year) of "ngày 25 của tháng cuối quý" (the 25th of
    each quarter's last month: 25/3), "ngày 20 hằng tháng" (20/1); (None, None) for no period."""
    monthly = bool(m.group("monthly") or m.group("next_month"))  # "ngày 20 hằng tháng", "ngày 05 của tháng sau"
    every = "month" if monthly else _PERIOD_WORDS[m.group("p").lower()]
    months = PERIOD_MONTHS.get(every)
    if months is None or (every == "month" and not monthly):  # "tháng cuối tuần": no month of a week
        return None, None
    month = months if m.group("pos") and _POSITION[m.group("pos").lower()] == "last" else 1
    day = int(m.group("d"))
    if doc_year is None or not 1 <= day <= 31:
        return every, None
    return every, date(doc_year, month, min(day, calendar.monthrange(doc_year, month)[1])).isoformat()


_STATED_LIMIT = re.compile(rf"\b{alternation(_W['due']['stated_limit'])}(?:\s+[^\W\d_]+){{0,3}}?\s+"
                           rf"{alternation(_W['due']['stated_is'])}\s+(?:{_DAY}\s+)?{_DAY_MONTH}", re.IGNORECASE)


def stated_limits(sentence: str, doc_year: int | None) -> list[tuple[int, int, Due]]:
    """The limits a sentence states as facts ("… chưa nộp đủ … (hạn nộp là ngày 30/9/2026)"), with where each phrase
    starts and ends: the day something owed was due, whether or not it has passed."""
    out = []
    for m in _STATED_LIMIT.finditer(sentence):
        day = _iso(_year(m.group("y"), doc_year), int(m.group("m")), int(m.group("d")))
        if day:
            out.append((m.start(), m.end(), Due(text=m.group(0), date=day)))
    return out


def _a_named_half(sentence: str, m: re.Match) -> bool:
    """Whether the "6 tháng" matched names one half of a given year ("báo cáo quyết toán 6 tháng đầu năm 2026"): a
    one-off, not a half-year that recurs."""
    half = _HALF_OF_YEAR.search(sentence, m.start())
    return bool(half and half.start() < m.end() and half.group("y"))


def _half_year_every(m: re.Match, every: str | None, days: list[str], one_year: bool) -> str | None:
    """How often an item naming a half-year (`m`, of _HALF_YEAR) recurs. "Định kỳ 6 tháng": every half-year. A
    half-year's report with the one day it is due ("Báo cáo 6 tháng gửi trước ngày 10 tháng 7") is due on that day
    once a year: once in all in a text for one year (`one_year`: the day names its year, or the title the year the
    text is for), each year in a standing rule."""
    if (m.group("lead") and _PERIODIC.fullmatch(m.group("lead"))) or every or len(days) != 1:
        return "half-year"
    return None if one_year else "year"


def _a_length(sentence: str, m: re.Match) -> bool:
    """Whether the "6 tháng" matched is a bounded length ("từ 06 tháng trở lên", "dưới 6 tháng"), not a period."""
    return bool(_LENGTH_BEFORE.search(sentence[:m.start()]) or _LENGTH_AFTER.match(sentence, m.end()))


def _first_week_day(sentence: str, doc_year: int | None, parts: list[tuple[int, str]]) -> str | None:
    """The first day a weekly item falls due (ISO): the weekday it names ("vào chiều thứ Sáu") on or after the day it
    starts ("kể từ ngày 15/01/2027", else the document's year's first day), or that start day when it names no
    weekday; None when it names neither. Its phrases go into `parts`. Later ones are this day and every 7 days after
    (bot/answer/obligations.next_due), never one before it starts."""
    since, weekday = _SINCE.search(sentence), weekday_named(sentence)
    start = _iso(_year(since.group("y"), doc_year), int(since.group("m")), int(since.group("d"))) if since else None
    if start is None and not (weekday and doc_year):
        return None
    first = date.fromisoformat(start) if start else date(doc_year, 1, 1)
    for m in (since if start else None, weekday):
        if m:
            parts.append((m.start(), m.group(0)))
    if weekday:
        first += timedelta(days=(_WEEKDAYS[weekday.group(0).lower()] - first.weekday()) % 7)
    return first.isoformat()


def parse_due(sentence: str, doc_year: int | None = None, months: dict[int, int] | None = None) -> Due | None:
    """The deadline, recurrence or target year a sentence states, verbatim and resolved. A recurring
    deadline that names its day carries the first time it falls due in the document's year (`date`)
    with its period (`every`): the later ones follow from these (bot/answer/obligations.py). A one-off day or month
    written without its year is of the year the document is for (`months`, title_months), else of `doc_year`."""
    relative = _RELATIVE.search(sentence) or _EVENT_FIRST.search(sentence)
    if relative and (day := _A_DAY.match(relative.group("after"))):
        limit = _counted_from(relative, _iso(_year(day.group("y"), doc_year), int(day.group("m")), int(day.group("d"))))
        if limit:
            return Due(text=relative.group(0), date=limit)
        if relative.group("from").lower() not in _COUNTED_FORWARD:  # "trong 6 tháng trước ngày 15/6/2026": the day
            # it names is the limit, the length before it no period that recurs
            length = slice(relative.start(), relative.start("from"))
            sentence = sentence[:length.start] + " " * (length.stop - length.start) + sentence[length.stop:]
            relative = None
    if relative:  # a limit counted from an event: not read again as a period ("trong 6 tháng kể từ …") or a date
        sentence = sentence[:relative.start()] + " " * (relative.end() - relative.start()) + sentence[relative.end():]
    parts: list[tuple[int, str]] = []  # (offset, verbatim phrase)
    when: str | None = None
    every: str | None = None
    by_year: int | None = None
    days: list[str] = []  # every limit date named, in order
    year_written = False  # whether the first limit date names its year
    m = _DAY_OF_PERIOD.search(sentence)
    if m:
        every, when = _day_of_period(m, doc_year)
        if every:
            parts.append((m.start(), m.group(0)))
            days += [when] if when else []
    dates = sorted([*_DATE.finditer(sentence), *_YEARLY_DATE.finditer(sentence)], key=lambda m: m.start())
    for m in dates:
        if any(s <= m.start() < s + len(p) for s, p in parts):
            continue
        lunar = _LUNAR.match(sentence, m.end())
        if lunar:  # a lunar day: said as written, no solar date set
            parts.append((m.start(), sentence[m.start():lunar.end()]))
            continue
        yearly = _EACH_YEAR.search(m.group(0))
        day = _iso(_year(m.group("y"), doc_year, int(m.group("m")), None if yearly else months), int(m.group("m")),
                   int(m.group("d")))
        if day and day not in days:
            days.append(day)
        if when is None:
            when, year_written = day, bool(m.group("y"))
        if yearly:
            every = "year"
        parts.append((m.start(), m.group(0)))
    if when is None:
        m = _MONTH.search(sentence)
        if m:
            mo = int(m.group("m2") or m.group("m"))
            y = _year(m.group("y"), doc_year, mo, None if m.group("yearly") else months)
            if 1 <= mo <= 12:
                when = _iso(y, mo, calendar.monthrange(y, mo)[1]) if y else None
                every = "year" if m.group("yearly") else every
                label = len(m.group("label") or "")  # the number of the item it opens is no part of it
                parts.append((m.start() + label, m.group(0)[label:]))
    if when is None:
        m = next((m for m in _QUARTER.finditer(sentence)
                  if m.group("y") or m.group("yearly") or _QUARTER_LEAD.search(sentence[:m.start()])), None)
        if m:
            q = quarter_number(m.group("q"))
            y = _year(m.group("y"), doc_year, q * 3, None if m.group("yearly") else months)
            when = _iso(y, q * 3, calendar.monthrange(y, q * 3)[1]) if y else None
            every = "year" if m.group("yearly") else every
            parts.append((m.start(), m.group(0)))
    m = next((m for m in _HALF_YEAR.finditer(sentence) if not _a_length(sentence, m)
              and not _a_named_half(sentence, m)),
             None)
    if m:
        every = _half_year_every(m, every, days, year_written or bool(months))
        parts.append((m.start(), m.group(0)))
    times = _times_in_period(sentence) if every is None or when is None else None
    if times:
        every = times[1]
        if not any(s < times[0].end() and times[0].start() < s + len(p) for s, p in parts):
            parts.append((times[0].start(), times[0].group(0)))
    if every is None:
        m = next((m for m in _EVERY.finditer(sentence) if not _OF_A_PLAN.search(sentence[:m.start()])
                  and not _NOT_EVERY.search(sentence[:m.start()] + m.group(0).split()[0])
                  and (not m.group("by") or _BARE_DAY.search(sentence))), None)  # "theo tháng": with its day only
        if m:
            every = _PERIOD_WORDS[m.group("p").lower()]
            if not any(s <= m.start() < s + len(p) for s, p in parts):
                parts.append((m.start(), m.group(0)))
    if every == "week" and when is None:
        when = _first_week_day(sentence, doc_year, parts)
    m = _BARE_MONTH.search(sentence) if every in ("year", "half-year") and when is None and doc_year else None
    while m and 1 <= int(m.group("m")) <= 12:  # "mỗi năm 02 lần, vào tháng 6 và tháng 12": each month's end every year
        mo = int(m.group("m"))
        days.append(date(doc_year, mo, calendar.monthrange(doc_year, mo)[1]).isoformat())
        when = when or days[-1]
        parts.append((m.start(), m.group(0).strip()))
        m = _MORE_MONTH.match(sentence, m.end()) if every == "half-year" else None
    if every == "month" and when is None and doc_year is not None:
        m = _BARE_DAY.search(sentence)
        if m and 1 <= int(m.group("d")) <= 31:
            when = date(doc_year, 1, int(m.group("d"))).isoformat()
            parts.append((m.start(), m.group(0)))
    m = _BY_YEAR.search(sentence)
    if m:
        by_year = int(m.group("y"))
        parts.append((m.start(), m.group(0)))
    if relative:  # counted from an event: by itself what is said of when; beside a day ("… sau khi bế mạc Đại hội và
        # không muộn hơn ngày 15/10"), said with it, the day the limit
        if not parts:
            return Due(text=relative.group(0), after=relative.group("after").strip())
        parts.append((relative.start(), relative.group(0)))
    if not parts:
        m = _PERIODIC.search(sentence)
        if not m:
            return None
        parts.append((m.start(), m.group(0)))
    text = "; ".join(p for _, p in sorted(parts))
    also = [d for d in days if d != when] if every and when else []
    return Due(text=text, date=when, every=every, by_year=by_year, also=also or None,
               after=relative.group("after").strip() if relative else None)


_IN_A_DATE = re.compile(rf"\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*{YEAR}|{_MONTH_W}\s+\d{{1,2}}\s+{_YEAR}\s+{YEAR}"
                        rf"|[\d/-]{YEAR}|{YEAR}[/-]?[^\W\d_]", re.IGNORECASE)
_OWN_YEAR = re.compile(rf"{_YEAR}\s+(?P<y>{YEAR})|{YEAR}\s*(?:[-–]|{alternation(_D['span_to'])})\s*(?P<to>{YEAR})",
                       re.IGNORECASE)


_OPENING_DATE = re.compile(rf"^\s*{_DAY}\s+{_DAY_MONTH}\s*,", re.IGNORECASE)
_HALF_OF_YEAR = re.compile(rf"6\s+{_MONTH_W}\s+(?P<pos>{'|'.join(_POSITION)})\s+{_YEAR}(?:\s+(?P<y>\d{{4}}))?",
                           re.IGNORECASE)


def opening_date(sentence: str, doc_year: int | None) -> str | None:
    """The day a sentence opens with ("Ngày 14 tháng 11 năm 2026, tại …, đồng chí … chủ trì cuộc họp …": what happened
    that day), ISO; None when it opens otherwise."""
    m = _OPENING_DATE.match(sentence)
    return _iso(_year(m.group("y"), doc_year), int(m.group("m")), int(m.group("d"))) if m else None


_ATTACHED = alternation(tables.toml("header_words.toml")["appendix"]["attached"])
# "(Ban hành kèm theo Quyết định số … ngày …)": the bracketed line under an attached text's title, or a text opening
# with it; not "… theo biểu mẫu kèm theo. Căn cứ Nghị định số 30/2020/NĐ-CP ngày …", a sentence after the words
_ISSUED_WITH = re.compile(rf"(?:^|\()\s*(?:{_ATTACHED})\b(?:(?![.;]\s)[^()]){{0,200}}?{_DAY}\s+{_DAY_MONTH}",
                          re.IGNORECASE)


def issued_with_date(text: str) -> str | None:
    """The day of the text another was issued with ("(Ban hành kèm theo Quyết định số 412/QĐ-SNNMT ngày 05 tháng 10 năm
    2026 …)" over a quy chế printing no date of its own: the bracketed line its title carries), ISO; None when `text`
    names none with its year."""
    m = _ISSUED_WITH.search(text)
    return _iso(int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m and m.group("y") else None


def half_of_year(text: str, doc_year: int | None) -> Due | None:
    """The half-year a heading names ("6 tháng cuối năm 2026" → 31/12/2026, "6 tháng đầu năm" → 30/6 of the
    document's year), due at its last day; None when it names none."""
    m = _HALF_OF_YEAR.search(text)
    year = _year(m.group("y"), doc_year) if m else None
    if year is None:
        return None
    month = 12 if _POSITION[m.group("pos").lower()] == "last" else 6
    return Due(text=m.group(0), date=_iso(year, month, calendar.monthrange(year, month)[1]))


def period_end(title: str) -> int | None:
    """The last year a title names as the time its document is for ("… năm 2027", "… giai đoạn 2011 đến 2015",
    "nhiệm kỳ 2023 - 2028"); not the year of a date or a number it cites ("Kết luận số 21-KL/TW ngày 25/10/2021",
    "ngày 22 tháng 12 năm 2024", "Quyết định số 22/2013/QĐ-TTg"). None when it names none."""
    named = year_named(title)
    return named.by_year if named else None


def period_start(title: str) -> int | None:
    """The first year a title names as the time its document is for ("… giai đoạn 2027 - 2030" → 2027, "… năm 2027");
    None when it names none (the years of dates and numbers it cites are not its own, as in year_named)."""
    own = _IN_A_DATE.sub(" ", title)
    years = [int(m.group("y") or re.search(YEAR, m.group(0)).group(0)) for m in _OWN_YEAR.finditer(own)]
    return min(years, default=None)


# A năm học runs from September to the next summer (Bộ GD&ĐT's yearly khung kế hoạch thời gian năm học): in a plan
# "năm học 2026-2027", Tháng 9–12 are of 2026 and Tháng 1–8 of 2027.
_SCHOOL_YEAR_FIRST_MONTH = 9
_YEARS_JOINED = re.compile(rf"({YEAR})\s*[-–]\s*({YEAR})")
# "Luật Công đoàn năm 2024": the kind as a law's name writes it (capital first, "pháp luật" is none), a few words of its
# name, then its year
_LAW_YEAR = re.compile(rf"(?-i:{alternation(_W['due']['enacted_kinds'])})(?:\s+[^\W\d_]+){{1,8}}\s+{_YEAR}\s+{YEAR}\b",
                       re.IGNORECASE)


def title_months(title: str, issue_year: int | None = None, looks_back: bool = False) -> dict[int, int]:
    """The year of each month (1–12) of the period a title names as its own ("… năm 2027": all of 2027; a year and
    the next, "năm học 2026-2027", split at the school year's start); empty when it names none, or a longer span — or
    one ended before `issue_year`: a time to act by is never before the text, so an earlier year is of what it cites
    ("Triển khai thi hành Luật Công đoàn năm 2024" issued in 2026). With `looks_back` (the months of a schedule, which
    may be done ones), an earlier year is dropped only when it is a cited law's: a report on the year just ended
    ("Tổng kết công tác năm 2026" issued 08/01/2027) dates its "Tháng 3" in that year."""
    own = _IN_A_DATE.sub(" ", _YEARS_JOINED.sub(r"\1 - \2", title))  # "2026-2027" is no date's "-2027"
    spans = {(int(m.group("y")),) * 2 if m.group("y") else (int(re.search(YEAR, m.group(0)).group(0)),
                                                             int(m.group("to")))
             for m in _OWN_YEAR.finditer(own)}
    if len(spans) == 1 and (span := spans.pop())[1] - span[0] <= 1:
        first, last = span
        if issue_year is not None and last < issue_year and (not looks_back or _LAW_YEAR.search(own)):
            return {}
        return {m: first if first == last or m >= _SCHOOL_YEAR_FIRST_MONTH else last for m in range(1, 13)}
    return {}


def month_years(title: str, issued: str) -> dict[int, int]:
    """The year of each month (1–12) a schedule names without its year ("Tháng 3" in a plan's time column): the year
    the title names as its own (title_months), else the first on or after the issue day (`issued`, ISO: a plan issued
    20/12/2026 schedules "Tháng 1" of 2027) — plans are issued before the period they schedule, so the issue year
    alone would date them past. Empty when neither is known: such a month is left undated."""
    if own := title_months(title, int(issued[:4]) if issued else None, looks_back=True):
        return own
    if issued:
        year, month = int(issued[:4]), int(issued[5:7])
        return {m: year + (m < month) for m in range(1, 13)}
    return {}


def first_period_end(every: str, year: int) -> str | None:
    """The last day of the first period of `year` ("year" → 31/12, "half-year" → 30/6, "quarter" → 31/3), ISO;
    None for a week."""
    months = PERIOD_MONTHS.get(every)
    return date(year, months, calendar.monthrange(year, months)[1]).isoformat() if months else None


def year_named(title: str) -> Due | None:
    """The year a heading names as its own period ("Chỉ tiêu chủ yếu năm 2027", "… nhiệm kỳ 2023 - 2028": its last),
    as a year to reach (period_end); None when it names none."""
    own = _IN_A_DATE.sub(" ", title)
    found = max(_OWN_YEAR.finditer(own), key=lambda m: int(m.group("y") or m.group("to")), default=None)
    return Due(text=found.group(0), by_year=int(found.group("y") or found.group("to"))) if found else None


def parse_targets(sentence: str, period_year: int | None = None) -> list[tuple[str, Target]]:
    """The numeric goals of a sentence with the ";"-clause that states each, one per clause: a percentage, a count
    "ít nhất"/"tối thiểu", a figure to reach ("đạt 300.000 lượt khám bệnh") and the figures of the clauses going on
    with that one ("…; 7.200 ca phẫu thuật; tổng thu 285 tỷ đồng")."""
    out: list[tuple[str, Target]] = []
    reaching = False  # a clause before stated a figure to reach, the clauses since a figure each
    for clause in re.split(r";\s*", sentence):
        m = _PERCENT.search(clause)
        if m:
            value, unit = m.group("v"), "%"
        else:
            m = _COUNT.search(clause) or _REACH.search(clause) or (_FIGURE.search(clause) if reaching else None)
            if not m:
                reaching = False
                continue
            value, unit = m.group("v"), m.group("u")
            reaching = reaching or m.re is _REACH
        if _CONDITION.search(clause[:m.start()]):
            continue  # "chỉ hợp lệ khi có ít nhất hai phần ba …", "trước ít nhất 01 ngày": a condition, no goal
        if _LEAD_UNIT.match(unit) and _LEAD_FROM.search(clause[:m.start()]):
            continue  # "trước ngày khởi hành ít nhất 05 ngày": a lead time (a deadline), no goal
        by = _BY_YEAR.search(clause)
        number = _NUMBER_WORDS.get(value.lower()) or figure(value)
        out.append((clause.strip(), Target(text=_counted(clause, m), value=float(number), unit=unit,
                                           by_year=int(by.group("y")) if by else period_year)))
    return out


def _counted(clause: str, m: re.Match[str]) -> str:
    """A target as stated: a percentage with the whole count it is a share of ("đạt 95% số hộ gia đình nông thôn", not
    "đạt 95%"); a figure with its unit, not a word after it that goes on with the clause ("ít nhất 01 lần trong năm":
    "ít nhất 01 lần", not "… lần trong")."""
    if m.re is not _PERCENT:
        stop = _STOP_AFTER.search(m.group(0))
        return m.group(0)[:stop.start() if stop else len(m.group(0))].strip()
    share = _SHARE_OF.match(clause, m.end())
    return clause[m.start():share.end() if share else m.end()].strip()


def reaches(text: str) -> bool:
    """Whether a text states a figure to reach ("đạt 300.000 lượt khám bệnh"; parse_targets)."""
    return bool(_REACH.search(text))


def states_goal(sentence: str) -> bool:
    return bool(_GOAL_WORDS.search(sentence))
