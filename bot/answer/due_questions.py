"""A question asking only what falls due in a span counted from today ("tháng này có việc gì đến hạn?",
"báo cáo nào đã quá hạn?"): no passage answers it — the texts say "trước ngày 15/12", never "this month" —
so it is answered from the extracted deadlines (/hanchot, `troly deadlines`), each item cited to its
passage. The phrases live in prompts/question_cues.toml [due]."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from bot.answer.model import Answer, Citation
from vectorstore.search import Passage
from bot.answer.obligations import DocObligation, ObligationIndex
from troly.tables import toml
from troly.texts import t
from troly.vntext import plain_words

SHOWN = 10  # items quoted in one answer; the rest are left to /hanchot


@lru_cache(maxsize=1)
def _table() -> dict:
    return toml("question_cues.toml")["due"]


def _phrases(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted({" ".join(p.split()) for p in phrases}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b")


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
    return today, today + timedelta(days=int(_table()["days"]["soon"]))


def due_window(question: str, today: date) -> tuple[str, date, date] | None:
    """("overdue", first, last) or (span name, first, last) when the message asks only what falls due in a
    span from today; None when it asks anything else (a body, a topic or a document named: searched)."""
    words = plain_words(question)
    table = _table()
    if not _phrases(table["due"]).search(words):
        return None
    spans = table["spans"]
    every = _phrases(table["due"] + table["overdue"] + table["words"] + [p for ps in spans.values() for p in ps])
    if every.sub(" ", words).strip():
        return None
    if _phrases(table["overdue"]).search(words):
        return "overdue", date.min, today - timedelta(days=1)
    named = next((name for name, phrases in spans.items() if _phrases(phrases).search(words)), "soon")
    return (named, *_span(named, today))


def _falling_due(index: ObligationIndex, first: date, last: date, today: date
                 ) -> list[tuple[date, DocObligation]]:
    """The items that fall due between first and last: a dated one on its day, a recurring one on its next
    time from `first`; overdue ones (last before today) the latest first."""
    timeline = index.timeline()
    found = [(day, o) for o, day in timeline.dated if first <= day <= last]
    if last >= today:
        found += [(day, o) for o in timeline.recurring if (day := o.next_due(first)) and day <= last]
        return sorted(found, key=lambda dz: dz[0])
    return sorted(found, key=lambda dz: dz[0], reverse=True)


def due_answer(question: str, window: tuple[str, date, date], index: ObligationIndex, today: date,
               passage_of) -> Answer:
    """The items falling due in the window, soonest first, each "[n]"-cited to the passage it was read
    from (`passage_of(doc_id, position)`); when none, which span was looked at and where the rest are."""
    from bot.channels.render import obligation_facts  # rendering words shared with /hanchot

    name, first, last = window
    items = _falling_due(index, first, last, today)
    span = t("due.overdue") if name == "overdue" else t("due.span", first=first.strftime("%d/%m/%Y"),
                                                            last=last.strftime("%d/%m/%Y"))
    if not items:
        return Answer(question, t("due.none", span=span), False, mode="deadlines")
    lines = [t("due.header", span=span, n=len(items))]
    citations: list[Citation] = []
    for day, o in items[:SHOWN]:
        passage: Passage | None = passage_of(o.doc_id, o.position)
        head, quote, _ = obligation_facts(o, today, quote_chars=200, actor=True)
        mark = ""
        if passage is not None:
            citations.append(Citation(len(citations) + 1, passage))
            mark = f" [{len(citations)}]"
        lines.append(f"• [{head}] {quote}{mark}")
    if len(items) > SHOWN:
        lines.append(t("due.more", n=len(items) - SHOWN))
    return Answer(question, "\n".join(lines), True, citations, mode="deadlines")
