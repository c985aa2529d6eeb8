"""A question asking only what falls due in a span counted from today ("tháng này có việc gì đến hạn?",
"báo cáo nào đã quá hạn?"): no passage answers it — the texts say "trước ngày 15/12", never "this month" —
so it is answered from the extracted deadlines (/hanchot, `troly deadlines`), each item cited to its
passage. The phrases live in prompts/question_cues.toml [due]."""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from bot.answer.model import CITATION_MARK, Answer, Citation
from vectorstore.search import Passage
from bot.answer.obligations import ObligationIndex, kind_name
from troly.tables import toml
from troly.texts import t
from troly.vntext import fold_same_length, plain_words, quarter_number
from troly.weights import DEFAULT

SHOWN = 10  # items quoted in one answer; the rest are left to /hanchot (display only)


@lru_cache(maxsize=1)
def _table() -> dict:
    return toml("question_cues.toml")["due"]


def _phrases(phrases: Sequence[str]) -> re.Pattern[str]:
    return _pattern(tuple(phrases))


@lru_cache(maxsize=64)
def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern matching any of the phrases, longest first (cached: each question reads the same tables)."""
    ordered = sorted({" ".join(p.split()) for p in phrases}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b")


def _span_words() -> list[str]:
    """Every phrase naming a span ("tuần này", "tháng sau", "sắp tới")."""
    return [p for ps in _table()["spans"].values() for p in ps]


def _span(name: str, today: date) -> tuple[date, date]:
    """The days a span word covers, from today (a past week's or month's days are not asked for)."""
    if name == "today":
        return today, today
    if name in ("this_week", "next_week"):
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=name == "next_week")
        return max(monday, today), monday + timedelta(days=6)
    if name in ("this_month", "next_month"):
        first = today.replace(day=1)
        if name == "next_month":
            first = (first + timedelta(days=32)).replace(day=1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return max(first, today), last
    if name in ("this_quarter", "next_quarter"):
        first = (today.month - 1) // 3 * 3 + 1 + 3 * (name == "next_quarter")
        year, first = today.year + (first - 1) // 12, (first - 1) % 12 + 1
        return _months(first, 3, str(year), today) if name == "next_quarter" \
            else (today, _months(first, 3, str(year), today)[1])
    if name in ("this_year", "next_year"):
        year = today.year + (name == "next_year")
        return max(date(year, 1, 1), today), date(year, 12, 31)
    if name == "earliest":  # every deadline still to come: the answer keeps the first day's
        return today, date.max
    return today, today + timedelta(days=DEFAULT.due_soon_days)


@dataclass(frozen=True)
class DueWindow:
    """What a due question asks: the span's name ("overdue", "this_month", "day" …), its first and last day,
    the body it asks of ("" for every body), how many of its items earlier answers listed ("còn gì nữa?") and the
    documents it asks of (none: every document; "Kế hoạch KL 21 ai ký, và năm nay có việc gì đến hạn?": KL 21's);
    `told`: what the answer says instead of listing, when the day or month named is in no calendar ("impossible")."""
    name: str
    first: date
    last: date
    actor: str = ""
    shown: int = 0
    docs: frozenset[str] = frozenset()
    told: str = ""
    kinds: frozenset[str] = frozenset()  # the kinds of item asked ("báo cáo nào …": report); none: every kind


def _named_day(words: str, today: date) -> date | None:
    """The day named as a limit ("trước 30 6"), in the year given, else its next time on or after today; without a
    year, a day past its month's end ("trước 29/2" of a common year) means the month's last day."""
    match = re.search(_table()["by_day"], words)
    if not match:
        return None
    day, month, year = int(match[1]), int(match[2]), match[3]
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]):  # 2000: a leap year
        return None
    if year:
        try:
            return date(int(year), month, day)
        except ValueError:
            return None

    def on(in_year: int) -> date:
        return date(in_year, month, min(day, calendar.monthrange(in_year, month)[1]))

    named = on(today.year)
    return named if named >= today else on(today.year + 1)


def _months(first_month: int, months: int, year: str | None, today: date) -> tuple[date, date]:
    """The days of `months` months from `first_month`: of the year named, all of them, past or to come (what fell due
    in them too); of none, at their next time from today (this one's from today on)."""
    def span(in_year: int) -> tuple[date, date]:
        last_month = first_month + months - 1
        return date(in_year, first_month, 1), date(in_year, last_month, calendar.monthrange(in_year, last_month)[1])

    if year:
        return span(int(year))
    first, last = span(today.year)
    if last < today:
        first, last = span(today.year + 1)
    return max(first, today), last


def _named_period(words: str, today: date) -> tuple[str, date, date] | None:
    """The period folded words name by its number, and its days (_months), or None: a month ("trong tháng 12",
    "tháng 5/2026"), a quarter ("quý I/2027", "quý 1"), a half-year ("6 tháng đầu năm"), a year ("năm 2027") — a year
    only where it is no month's, quarter's or half's ("tháng 1 năm 2027" is January)."""
    table = _table()
    match = re.search(table["by_month"], words)
    if match and 1 <= (month := int(match[1])) <= 12:
        return "month", *_months(month, 1, match[2], today)
    if match := re.search(table["by_quarter"], words):
        quarter = quarter_number(match[1])
        return "quarter", *_months(quarter * 3 - 2, 3, match[2], today)
    if match := re.search(table["by_half"], words):
        return "half", *_months(int(table["halves"][match[1]]) * 6 - 5, 6, match[2], today)
    for pattern in ("by_month", "by_quarter", "by_half"):
        words = re.sub(table[pattern], " ", words)
    if match := re.search(table["by_year"], words):
        return "year", *_months(1, 12, match[1], today)
    return None


def _impossible(words: str) -> str:
    """The answer telling that a day or month the folded words name is in no calendar ("tháng 13", "ngày 32/12",
    "30/2/2027"; "29/2" without a year may be a leap year's), or "": read as no date, it would list what falls due
    soon as if it had not been typed."""
    table = _table()
    for match in re.finditer(table["by_month"], words):
        if not 1 <= int(match[1]) <= 12:
            return t("due.no_month", month=int(match[1]))
    for pattern in (table["by_day"], table["named_date"]):
        for match in re.finditer(pattern, words):
            day, month, year = int(match[1]), int(match[2] or 0), match[3]
            if match[2] and not 1 <= month <= 12:
                return t("due.no_month", month=month)
            days = calendar.monthrange(int(year or 2000), month)[1] if month else 31  # 2000: a leap year
            if not 1 <= day <= days:
                named = "/".join(str(part) for part in (day, month or None, int(year) if year else None) if part)
                why = t("due.no_day_why", month=month, days=days) if month else t("due.no_day_why_any")
                return t("due.no_day", day=named, why=why)
    return ""


def _names_span(words: str, today: date, also: Sequence[str] = ()) -> bool:
    """Whether folded words name a span ("tuần này", "sắp tới"), a day ("trước 30 6"), a month ("tháng 12"), a day
    or month no calendar has, or one of `also`."""
    return _named_day(words, today) is not None or _named_period(words, today) is not None \
        or bool(_impossible(words)) or bool(_phrases([*_span_words(), *also]).search(words))


def due_window(question: str, today: date, is_body: Callable[[str], Sequence[str] | None] | None = None
               ) -> DueWindow | None:
    """The window a message asks what falls due in, counted from today; None when it asks anything else.
    The words it opens with, when not due words, spans or fillers, must be a body's name (`is_body` gives the
    names of the body words name, if any), whose items alone are then listed ("LĐLĐ huyện phải làm gì trước
    30/6?"); a topic or a document named: searched."""
    words = plain_words(question)
    table = _table()
    spans = table["spans"]
    span_words = _span_words()
    named_day = _named_day(words, today)
    named_period = _named_period(words, today)
    impossible = _impossible(words)
    spanned = named_day is not None or named_period is not None or bool(impossible) \
        or bool(_phrases(span_words).search(words))
    if not (_phrases(table["due"]).search(words) or spanned and _phrases(table["with_span"]).search(words)):
        return None
    every = _phrases(table["due"] + table["overdue"] + table["with_span"] + table["words"] + span_words)
    dates = (table["by_day"], table["by_month"], table["by_quarter"], table["by_half"], table["by_year"],
             *([table["named_date"]] if impossible else []))

    def covered(text: str) -> bool:
        for pattern in dates:
            text = re.sub(pattern, " ", text)
        return not every.sub(" ", text).strip()

    def body(text: str) -> bool:  # the words name a body and nothing more ("cac ldld huyen", not "… thi so gddt")
        names = is_body(text) if is_body else None
        return bool(names) and covered(_phrases([plain_words(n) for n in names]).sub(" ", text))

    tokens = words.split()
    rest = next((" ".join(tokens[:i]) for i in range(len(tokens) + 1)
                 if covered(" ".join(tokens[i:])) and (i == 0 or body(" ".join(tokens[:i])))), None)
    if rest is None:
        return None
    while len(rest.split()) > 1 and body(rest.split(" ", 1)[1]):  # "con ubnd xa": the body is "ubnd xa"
        rest = rest.split(" ", 1)[1]
    if impossible:
        return DueWindow("impossible", today, today, rest, told=impossible)
    # "báo cáo nào …" (in the words asked, not the body's name): only the items of that kind
    asked = " ".join(words.split()[len(rest.split()):])
    kinds = frozenset(kind for kind, phrases in table["kinds"].items() if _phrases(phrases).search(asked))
    if _phrases(table["overdue"]).search(words):
        return DueWindow("overdue", date.min, today - timedelta(days=1), rest, kinds=kinds)
    if named_day is not None:
        return DueWindow("day", today, named_day, rest, kinds=kinds) if named_day >= today else None
    if named_period is not None:
        return DueWindow(*named_period, rest, kinds=kinds)
    named = next((name for name, phrases in spans.items() if _phrases(phrases).search(words)), "soon")
    return DueWindow(named, *_span(named, today), rest, kinds=kinds)


def _dated_lines(window: DueWindow, passages: Iterable[Passage]) -> list[tuple[str, Passage]]:
    """The lines of passages stating a day of the month asked ("Lễ phát động … ngày 05/5/2026"): what takes place in
    it, which no deadline extracted says — a deadline says "trước ngày …", an event its own day. Not a document's
    date of issue nor the date of a text it rests on ("Căn cứ … ngày …"): the table's `not_dated`."""
    table = _table()
    found: list[tuple[str, Passage]] = []
    for passage in passages:
        if window.docs and passage.doc_id not in window.docs:
            continue
        for line in passage.text.splitlines():
            if re.search(table["not_dated"], line, re.IGNORECASE):
                continue
            days = (date(int(m[3]), int(m[2]), int(m[1])) for m in re.finditer(table["dated"], plain_words(line))
                    if 1 <= int(m[2]) <= 12 and 1 <= int(m[1]) <= calendar.monthrange(int(m[3]), int(m[2]))[1])
            if any(window.first <= day <= window.last for day in days):
                found.append((line.strip(), passage))
    return found


def due_answer(question: str, window: DueWindow, index: ObligationIndex, today: date,
               passage_of: Callable[[str, int], Passage | None],
               passages: Callable[[DueWindow], Iterable[Passage]] = lambda window: ()) -> Answer:
    """The items falling due in the window, soonest first (asked for the earliest, those of its first day), each
    "[n]"-cited to the passage it was read from (`passage_of(doc_id, position)`); of a month asked, then the lines dated
    in it of `passages(window)` (the stored passages that may state a day of the window); when none, which span was
    looked at and where the rest are."""
    from bot.channels.render import obligation_facts  # rendering words shared with /hanchot

    if window.told:
        return Answer(question, window.told, False, mode="deadlines")
    timeline = index.timeline(window.actor or None, window.first, window.last, today)
    items = [(day, o) for day, o in timeline.by_day(today) if (not window.docs or o.doc_id in window.docs)
             and (not window.kinds or o.kind in window.kinds)]
    if window.name == "earliest":  # "việc nào đến hạn sớm nhất?": the first day still to come, all its items
        items = [(day, o) for day, o in items if day == items[0][0]]  # by_day: texts still running first
        span = t("due.earliest", today=today.strftime("%d/%m/%Y"))
    else:
        span = t("due.overdue") if window.name == "overdue" else t(
            "due.span", first=window.first.strftime("%d/%m/%Y"), last=window.last.strftime("%d/%m/%Y"))
    if window.actor:
        body = index.body_of(window.actor)
        span = t("due.of_body", span=span, actor=body.name if body else window.actor)
    listed = {(o.doc_id, o.position) for _, o in items}  # a passage already listed for its deadline
    # (an event's own day is no report nor target asked)
    dated = [(line, p) for line, p in _dated_lines(window, passages(window)) if (p.doc_id, p.position) not in listed] \
        if window.name == "month" and not window.shown and not window.actor and not window.kinds else []
    named = f" {t('reminders.and')} ".join(kind_name(kind) for kind in sorted(window.kinds)) or t("due.items")
    if not items and not dated:
        return Answer(question, t("due.none", span=span, items=named), False, mode="deadlines")
    if window.shown and window.shown >= len(items):  # (none due, and lines dated in the month: those listed)
        return Answer(question, t("due.all_shown", span=span, n=len(items), items=named), False, mode="deadlines")
    lines = [t("due.header_more", span=span, first=window.shown + 1, last=min(len(items), window.shown + SHOWN),
               n=len(items), items=named) if window.shown else t("due.header", span=span, n=len(items), items=named)
             ] if items else []
    citations: list[Citation] = []
    numbers: dict[tuple[str, str], int] = {}  # a passage holding several items is cited once, by one number
    for day, o in items[window.shown:window.shown + SHOWN]:
        passage: Passage | None = passage_of(o.doc_id, o.position)
        head, quote, _ = obligation_facts(o, today, quote_chars=200, actor=True, timeline=timeline)
        mark = ""
        if passage is not None:
            key = (passage.doc_id, passage.text)
            if key not in numbers:
                numbers[key] = len(citations) + 1
                citations.append(Citation(len(citations) + 1, passage))
            mark = f" [{numbers[key]}]"
        lines.append(f"• [{head}] {quote}{mark}")
    if len(items) > window.shown + SHOWN:
        lines.append(t("due.more", n=len(items) - window.shown - SHOWN, items=named))
    if dated:
        lines.append(t("due.dated", first=window.first.strftime("%d/%m/%Y"), last=window.last.strftime("%d/%m/%Y")))
    for line, passage in dated[:SHOWN]:
        key = (passage.doc_id, passage.text)
        if key not in numbers:
            numbers[key] = len(citations) + 1
            citations.append(Citation(len(citations) + 1, passage))
        lines.append(f"• {line} [{numbers[key]}]")
    return Answer(question, "\n".join(lines), True, citations, mode="deadlines")


def due_named_span(message: str, today: date) -> bool:
    """Whether a message names the span it asks of ("tuần này", "sắp tới") or a day ("trước 30/6"), not only
    "đến hạn"/"quá hạn": one that does not may go on from the question before it ("đã hết hạn chưa?")."""
    return _names_span(plain_words(message), today)


def due_followup(message: str, before: DueWindow, today: date,
                 is_body: Callable[[str], Sequence[str] | None] | None = None) -> DueWindow | None:
    """After a due question, a message naming only another span or body ("còn tháng sau?", "còn UBND xã thì
    sao?") asks the same of it: the window before with what the message changes; one asking for more ("còn gì
    nữa không?", "xem tiếp") the items not yet listed; None for anything else."""
    table = _table()
    more = bool(_phrases(table["more"]).search(plain_words(message)))
    words = " ".join(_phrases(table["followup_words"] + table["more"]).sub(" ", plain_words(message)).split())
    if _phrases(table["due"]).search(words):
        return None  # a due question of its own
    own = due_window(f"{words} co viec gi den han", today, is_body)
    if own is None:
        return None
    if _names_span(words, today, table["overdue"]):
        return DueWindow(own.name, own.first, own.last, own.actor or before.actor, kinds=own.kinds or before.kinds)
    if own.actor and own.actor != before.actor:
        return DueWindow(before.name, before.first, before.last, own.actor, kinds=own.kinds or before.kinds)
    return replace(before, shown=before.shown + SHOWN) if more else before


def asks_if_passed(question: str) -> bool:
    """Whether a question asks if a deadline has passed ("đã quá hạn gửi danh sách chưa", "hạn nộp đã hết chưa") or how
    many days are left until it ("còn bao nhiêu ngày nữa đến hạn …")."""
    words = plain_words(question)
    return bool(re.search(_table()["passed_yet"], words) or re.search(_table()["days_left"], words))


def days_left_asked(question: str) -> str | None:
    """ "còn bao nhiêu ngày nữa đến hạn nộp báo cáo quyết toán?" asked as when that deadline is ("đến hạn nộp báo cáo
    quyết toán khi nào?"): no line states the days left, and asked as a number the question finds none; the day its
    line states is then counted from today (with_passed). None when the question asks no days left."""
    found = re.search(_table()["days_left"], fold_same_length(question).lower())
    if found is None:
        return None
    rest = " ".join(f"{question[:found.start()]} {question[found.end():]}".split()).strip(" ?.!,")
    return f"{rest} {_table()['days_left_asks']}?" if rest else None


def with_passed(answer: Answer, index: ObligationIndex, today: date) -> Answer:
    """The answer to "đã quá hạn … chưa?" opening with whether the deadline it quotes has passed today and by how many
    days, or how many are left: the dated deadline extracted from the first cited passage holding one, counted as
    `troly deadlines` counts it (render.how_far) and cited to that passage. A quoted date alone leaves the yes or no to
    the reader, who may not know today's date against it. Unchanged when nothing answered holds a dated deadline."""
    from bot.channels.render import how_far  # the words /hanchot and troly deadlines count with

    if not answer.found or answer.nearest:
        return answer
    by_n = {c.n: c for c in answer.citations}
    for n in dict.fromkeys(int(m) for m in CITATION_MARK.findall(answer.answer)):
        cited = by_n.get(n)
        day = cited and next((o.due_date() for o in index.items if o.doc_id == cited.passage.doc_id
                              and o.position == cited.passage.position and (o.due or {}).get("date")), None)
        if day:
            said = t("due.passed", day=day.strftime("%d/%m/%Y"), far=how_far(day, today),
                     today=today.strftime("%d/%m/%Y"))
            return replace(answer, answer=f"{said} [{n}]\n{answer.answer}")
    return answer
