"""Answers as plain text (terminal, Zalo); Telegram has its own HTML rendering."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from unicodedata import normalize

from bot.answer.model import Answer, Citation, labelled_row, lead_prefix, list_lead
from bot.answer.obligations import DocObligation, Timeline, kind_name, period_name
from ingest.model import SECTION_SEP
from troly.texts import t


def citation_line(c: Citation) -> str:
    return c.label


def understood(asked: str, answer: Answer) -> str | None:
    """ "Hiểu là: …" when a follow-up was answered as the standalone question it was taken for (every
    channel shows it above the answer, so the user can correct it); None when answered as asked — also when a
    phone keyboard sent it decomposed (NFD): read composed, it looks the same to the user."""
    if answer.question and " ".join(answer.question.split()) != " ".join(normalize("NFC", asked).split()):
        return t("chat.understood", question=answer.question)
    return None


# How much of a cited paragraph the terminal shows; every channel shows this much of the passages an abstention lists
# as maybe related, which are all the member gets (a found answer's citations only show where its quote stands).
QUOTE_CHARS = 400


def related_chars(answer: Answer, found_chars: int) -> int:
    """How much of each cited paragraph a channel quotes: `found_chars` under an answer, QUOTE_CHARS under an
    abstention."""
    return found_chars if answer.found else max(found_chars, QUOTE_CHARS)


def render_answer_text(answer: Answer, quote_chars: int = QUOTE_CHARS) -> str:
    lines = [answer.answer]
    if answer.citations:
        lines.append("")
        lines.append(t("answer.sources") if answer.found else t("answer.maybe_related"))
        for c in answer.citations:
            lines.append(citation_line(c))
            lead, quote = cited_words(c, quote_chars)
            lines.append(f"    {lead}“{quote}”")
    return "\n".join(lines)


def cited_words(c: Citation, quote_chars: int) -> tuple[str, str]:
    """The lead-in and the words a citation shows (every channel): a table row as the answers quote it, each cell
    after its header cell (bars and a header lead-in would leave the reader to match columns), else the list's
    lead-in and the paragraph around the quoted sentences."""
    lead, row = labelled_row(c.passage)
    if row:
        return lead, shorten(row, quote_chars)
    lead = list_lead(c.passage).strip()
    # a lead-in that is also the heading the citation's line shows ("… › 2.1. Sở Y tế:") is not said again
    return ("" if lead and lead in citation_line(c) else lead_prefix(c.passage)), quote_around(c, quote_chars)


def quote_around(c: Citation, quote_chars: int = 400) -> str:
    """The cited paragraph, cut to about `quote_chars` around the sentences the answer quotes (or from the
    first of them, when they are longer), never reworded; "…" marks what was left out. `/nguon N` shows it whole."""
    text = c.passage.text
    if len(text) <= quote_chars:
        return text
    if c.spans:
        start = min(s for s, _ in c.spans)
        end = min(max(e for _, e in c.spans), start + quote_chars)  # a long quote: its opening words
    else:
        start, end = 0, 0
    if end - start < quote_chars:  # widen evenly to the budget, at word boundaries
        room = quote_chars - (end - start)
        start = max(0, start - room // 3)
        end = min(len(text), end + room - (room // 3))
    if start > 0 and not text[start - 1].isspace():  # not from the middle of a word
        cut = text.find(" ", start)
        start = cut + 1 if 0 <= cut < start + 30 else start
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    return ("… " if start > 0 else "") + text[start:end].strip() + (" …" if end < len(text) else "")


# ---- obligations and deadlines (`troly obligations|deadlines`, /nghiavu, /hanchot) ----------------
_LABEL = re.compile(r"^\s*((?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ]))\s*[.)]", re.IGNORECASE)


def section_label(section: str) -> str:
    """A heading path as its numbers ("III. TỔ CHỨC THỰC HIỆN › 2. Công đoàn …" → "III.2"), or its
    last heading when a part has no number."""
    parts = [p.strip() for p in section.split(SECTION_SEP) if p.strip()] if section else []
    labels = [_LABEL.match(p) for p in parts]
    if parts and all(labels):
        return ".".join(m.group(1) for m in labels if m)
    return shorten(parts[-1], 40) if parts else ""


def shorten(text: str, limit: int) -> str:
    """`text` cut at a word boundary to about `limit` characters, "…" marking the cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def how_far(day: date, today: date) -> str:
    """"quá hạn N ngày" / "hạn hôm nay" / "còn N ngày": the same words for a dated item and for a recurring
    one's next time."""
    left = (day - today).days
    return (t("obligations.overdue", n=-left) if left < 0 else t("obligations.due_today") if left == 0
            else t("obligations.days_left", n=left))


def when_text(o: DocObligation, today: date | None, timeline: Timeline | None = None) -> str:
    """When it falls due, with how far off it is: "15/12/2025 · quá hạn 350 ngày"; for a recurring item
    the next time, the day it names ("Hằng quý · kỳ tới 25/12/2026 · còn 25 ngày"); of a `timeline`'s window, its time
    there (Timeline.next_time: a list of what falls due next month shows next month's time, not this month's). One
    naming no day says only how often it recurs ("mỗi năm 02 lần", "tối thiểu 02 lần mỗi tuần"): the end of a period
    is a day no text gives."""
    due = o.due or {}
    day = o.due_date()
    if day is not None:
        shown = t("obligations.by_year", year=day.year) if not due.get("date") else day.strftime("%d/%m/%Y")
        return f"{shown} · {how_far(day, today)}" if today else shown
    if due.get("every"):
        period = period_name(due["every"])
        if not due.get("date"):
            return period
        if today is None:
            return f"{period} · {due['text']}"
        upcoming = timeline.next_time(o, today) if timeline is not None else o.next_due(today)
        shown = upcoming.strftime("%d/%m/%Y")
        return f"{period} · {t('obligations.next_due', day=shown)} · {how_far(upcoming, today)}"
    return due.get("text", "")


def obligation_facts(o: DocObligation, today: date | None = None, quote_chars: int = 120,
                     actor: bool = False, timeline: Timeline | None = None) -> tuple[str, str, str]:
    """(who, what kind, to whom, when — in `timeline`'s window, see when_text; the quote; where it is written) of
    one item, plain text."""
    head = [kind_name(o.kind)]
    if actor and o.doer:
        head.insert(0, o.doer["short"])
    if o.recipient:
        head.append(f"{t('obligations.report_to')} {o.recipient['short']}")
    when = when_text(o, today, timeline)
    if when:
        head.append(when)
    if today is not None and timeline is not None and not o.due_date() and timeline.ran_its_course(o, today):
        head.append(t("obligations.past_text", year=timeline.last_days[o.doc_id].year))  # not a current duty
    label = section_label(o.section)
    document = shorten(o.document, 50)
    where = f"{document} › {label}" if label else document
    return " · ".join(head), shorten(o.quote, quote_chars), where


def obligation_line(o: DocObligation, today: date | None = None, actor: bool = False,
                    timeline: Timeline | None = None) -> str:
    head, quote, where = obligation_facts(o, today, actor=actor, timeline=timeline)
    return f"  • [{head}] {quote} ({where})"


def render_obligations(groups: dict[str, list[DocObligation]], actor: str | None = None,
                       today: date | None = None) -> str:
    if not groups:
        return t("obligations.none_for", actor=actor) if actor else t("obligations.none")
    out: list[str] = []
    for name, items in groups.items():
        docs = len({o.doc_id for o in items})
        out.append(t("obligations.group", actor=name or t("obligations.no_actor"), n=len(items), docs=docs))
        out.extend(obligation_line(o, today) for o in items)
        out.append("")
    return "\n".join(out).rstrip()


def render_deadlines(timeline: Timeline, today: date) -> str:
    """`troly deadlines`: one titled part per group of Timeline.by_urgency (what is to come first)."""
    if not len(timeline):
        return t("obligations.no_deadlines")
    out: list[str] = []
    for group, items in timeline.by_urgency(today):
        if items:
            out.append(f"{t(f'obligations.{group}')} ({len(items)}):")
            out.extend(obligation_line(o, today, actor=True, timeline=timeline) for o in items)
            out.append("")
    return "\n".join(out).rstrip()


PAGE_SIZE = 6  # items on one chat page of /nghiavu or /hanchot (display only: the next page shows the rest)


@dataclass
class ListPage:
    """One page of /nghiavu or /hanchot: numbered items (what, the quote, where it is written), the
    page line, and where the page sits (Telegram turns it into page buttons, Zalo shows "/hanchot 2")."""
    header: str
    items: list[tuple[str, str, str]]
    footer: str
    command: str
    arg: str  # the body asked for, without the page number
    page: int
    pages: int

    def plain(self) -> str:
        """Plain text: no list glyphs, nothing escaped."""
        blocks = [f"{head}\n{quote}\n{t('obligations.source')}: {where}" for head, quote, where in self.items]
        return "\n\n".join([self.header, *blocks, self.footer])


def chat_page(items: list[DocObligation], today: date | None, page: int, command: str, arg: str,
              header: str, actor: bool = True) -> ListPage:
    """Page `page` of a chat list of obligations, numbered across pages."""
    pages = max(1, -(-len(items) // PAGE_SIZE))
    page = min(max(page, 1), pages)
    rows: list[tuple[str, str, str]] = []
    for n, o in enumerate(items[(page - 1) * PAGE_SIZE:page * PAGE_SIZE], (page - 1) * PAGE_SIZE + 1):
        head, quote, where = obligation_facts(o, today, quote_chars=220, actor=actor)
        rows.append((f"{n}. {head}", quote, where))
    footer = t("obligations.page", page=page, pages=pages)
    if page < pages:
        footer += " — " + t("obligations.next_page", command=f"/{command} {arg}".strip(), next=page + 1)
    return ListPage(header, rows, footer, command, arg, page, pages)
