"""Obligations out of troly: an iCalendar file of deadlines (`troly deadlines --ics`), a spreadsheet
and a CSV of obligations (`troly obligations --xlsx|--csv`) for officers who plan in their own tools.

Every event and row carries its citation (document, section, the verbatim quote).
"""
from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar, Event, vRecur
from openpyxl import Workbook
from openpyxl.styles import Font

from bot.answer.obligations import DocObligation, Timeline, kind_name, next_due
from ingest.chunker import plain_cells
from troly.texts import t

_FREQ = {"year": {"FREQ": "YEARLY"}, "half-year": {"FREQ": "MONTHLY", "INTERVAL": 6},
         "quarter": {"FREQ": "MONTHLY", "INTERVAL": 3}, "month": {"FREQ": "MONTHLY"}, "week": {"FREQ": "WEEKLY"}}


def _citation(o: DocObligation) -> str:
    where = f"{o.document} › {o.section}" if o.section else o.document
    return f"{where}\n“{o.quote}”"


def _summary(o: DocObligation) -> str:
    who = o.doer["short"] if o.doer else t("obligations.no_actor")
    action = o.quote if len(o.quote) <= 80 else o.quote[:80].rsplit(" ", 1)[0] + " …"
    return f"{who} — {kind_name(o.kind)}: {action}"


def write_ics(timeline: Timeline, path: Path, year: int | None = None) -> int:
    """Dated items as all-day events, recurring ones with an RRULE, each at its place when the text names one;
    returns the number of events."""
    cal = Calendar()
    cal.add("prodid", "-//troly//obligations//VI")
    cal.add("version", "2.0")
    n = 0
    for o, day in timeline.dated:
        cal.add_component(_event(o, day))
        n += 1
    for o in timeline.recurring:
        first_of_year = date(year or date.today().year, 1, 1)
        if o.due.get("date") and o.due.get("also"):  # several days named: each is a yearly event of its own
            for i, day in enumerate((o.due["date"], *o.due["also"])):
                event = _event(o, next_due({"date": day, "every": "year"}, first_of_year), part=i)
                event.add("rrule", vRecur(_FREQ["year"]))
                cal.add_component(event)
                n += 1
            continue
        event = _event(o, o.next_due(first_of_year))  # its first time that year
        event.add("rrule", vRecur(_FREQ[o.due["every"]]))
        cal.add_component(event)
        n += 1
    path.write_bytes(cal.to_ical())
    return n


def _uid(o: DocObligation, part: int | None = None) -> str:
    """The same item keeps its event across exports (a calendar that imports a new file updates, not doubles)."""
    return f"{o.key}{'' if part is None else f'-{part}'}@troly"


def _event(o: DocObligation, day: date, part: int | None = None) -> Event:
    event = Event()
    event.add("uid", _uid(o, part))
    event.add("summary", _summary(o))
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("description", _citation(o))
    event.add("location", o.place or o.document)  # the row's place ("Hội trường A"), else the text it is from
    return event


def _verbatim(o: DocObligation) -> str:
    """The passage an item was read from, a table row as its cells (as answers quote a row without a header),
    not the markdown bars it is stored in."""
    if not o.text.lstrip().startswith("|"):
        return o.text
    return t("answer.cell_sep").join(c for c in plain_cells(o.text) if c)


def _row(o: DocObligation) -> list[str]:
    due = (o.due or {}).get("text", "")
    target = (o.target or {}).get("text", "")
    return [o.doer_as_written, kind_name(o.kind), o.quote, o.recipient_as_written, due, target, o.document, o.section,
            _verbatim(o)]


def _header() -> list[str]:
    return [t("obligations.column_body"), t("obligations.column_kind"), t("obligations.column_action"),
            t("obligations.column_recipient"), t("obligations.column_due"), t("obligations.column_target"),
            t("obligations.column_document"), t("obligations.column_section"), t("obligations.column_quote")]


def write_xlsx(items: list[DocObligation], path: Path) -> None:
    """One sheet, one row per obligation, the header frozen and filterable."""
    wb = Workbook()
    ws = wb.active
    ws.title = t("obligations.sheet")
    ws.append(_header())
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for o in items:
        ws.append(_row(o))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wb.save(path)


def write_csv(items: list[DocObligation], path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(_header())
        writer.writerows(_row(o) for o in items)
