"""Duties, reports, deadlines and targets gathered across every loaded document.

Records come from ingest (ingest/obligations.py). Here they are grouped by canonical body
(prompts/bodies.tsv through troly/vntext.py: "CĐCS", "công đoàn cơ sở", "cong doan co so" and a plan's
"Công đoàn các cơ quan, đơn vị, trường học" are one group), filtered, and put in order of time:
dated items by date, relative to a today the caller gives (tests set it), then recurring ones by period,
then those whose time the text leaves open.
"""
from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple
from datetime import date, timedelta

from bot.answer.lexicon import Lexicon
from bot.answer.question import ACTOR, DUTY, NUMBER, PERCENT, RECIPIENT, REPORT, TIME, classify
from ingest.due import PERIOD_MONTHS, add_months, parse_due, period_end
from troly.tables import toml
from troly.texts import t
from troly.vntext import FUNCTION_WORDS, Body, bodies, fold, fold_same_length, plain_words
from troly.weights import DEFAULT, Weights
from troly.years import stated_years

PERIODS = ("week", "month", "quarter", "half-year", "year")  # shortest first
_FOLDED_FUNCTION_WORDS = frozenset(fold(w) for w in FUNCTION_WORDS)
_COUNTING = frozenset(fold(w) for w in toml("obligation_words.toml")["doer"]["counting"])
_STANDING = frozenset(toml("obligation_words.toml")["standing"]["kinds"])  # texts in force until replaced
_MERGED = re.compile(r"\s+[-–]\s+")


def _merged_parts(name: str) -> list[str]:
    """The units a merged one joins ("Ban Tuyên giáo - Nữ công" → Ban Tuyên giáo, Ban Nữ công): a user asking for
    either means it. Each part after the first takes the first's kind word when it has none."""
    first, *rest = _MERGED.split(name)
    kind = first.split()[0] if first.split() else ""
    return [first, *(part if part.split()[0] == kind else f"{kind} {part}" for part in rest if part.split())]


def _as_written(named: dict | None) -> str:
    """A doer or recipient as its line writes it: the one body's short form ("UBND thành phố"), several as written."""
    named = named or {}
    return named.get("short", "") if len(named.get("bodies", [])) == 1 else named.get("name", "")


# A legal normative text's number holds the year it was issued ("35/2024/QĐ-UBND", Luật Ban hành văn bản quy phạm
# pháp luật); an ordinary decision's does not ("68/KH-UBND", "1234/QĐ-UBND").
_NORMATIVE_NUMBER = re.compile(r"^\s*\d+/\d{4}/")


def _in_force(record) -> bool:
    """Whether a document lays down rules in force until another replaces them: of a standing kind (a law, a quy chế),
    or numbered as a legal normative text (a quyết định issuing a quy chế) — not a dated list of tasks."""
    return record.kind in _STANDING or bool(_NORMATIVE_NUMBER.match(str((record.meta or {}).get("number") or "")))


def next_due(due: dict, today: date) -> date | None:
    """The first day on or after `today` a recurring item falls due: the day it names, repeated every
    period ("ngày 25 của tháng cuối quý", stored as 25/3 with every=quarter: 25/3, 25/6, 25/9, 25/12);
    when it names none, the last day of the period `today` is in (a report is due when its period
    closes); when it names several days ("trước ngày 15 tháng 6 và trước ngày 01 tháng 12"), the next of
    those days, each once a year. None when it is not recurring."""
    every = due.get("every")
    if not every:
        return None
    if due.get("date") and due.get("also"):
        return min(next_due({"date": day, "every": "year"}, today) for day in (due["date"], *due["also"]))
    if not due.get("date"):
        if every == "week":
            return today + timedelta(days=6 - today.weekday())
        months = PERIOD_MONTHS[every]
        month = -(-today.month // months) * months
        return date(today.year, month, calendar.monthrange(today.year, month)[1])
    first = date.fromisoformat(due["date"])
    if every == "week":
        return first + timedelta(days=7 * max(0, -(-(today - first).days // 7)))
    months = PERIOD_MONTHS[every]
    k = max(0, ((today.year - first.year) * 12 + today.month - first.month) // months)
    while add_months(first, k * months) < today:
        k += 1
    return add_months(first, k * months)


def _counted_from_load(due: dict | None, loaded: str | None) -> dict | None:
    """A recurring item naming its day in a document that prints no date ("trước ngày 25 hằng tháng" of an undated
    letter) has no year to count its first day from: it is counted in the year the document was loaded, so that
    lists, reminders and calendars give that day, not the end of the period."""
    if not due or not due.get("every") or due.get("date") or not loaded:
        return due
    again = parse_due(due.get("text") or "", int(loaded[:4]))
    return {**due, "date": again.date} if again and again.date and again.every == due["every"] else due


def short_name(record) -> str:
    """How lists cite a document: the short name ingest gave it ("KH thực hiện KL 21 – CĐGD Việt Nam",
    "QĐ 22/2013/QĐ-TTg (26/4/2013)"), as answers cite it; else its title cut at a word."""
    meta = getattr(record, "meta", None) or {}
    if meta.get("short_title"):
        return meta["short_title"]
    title = record.title or record.doc_id
    return title if len(title) <= 70 else title[:70].rsplit(" ", 1)[0] + " …"


KINDS = ("report", "duty", "deadline", "target")  # what an obligation is (`troly obligations --kind`)


def kind_name(kind: str) -> str:
    """A kind as `troly obligations` prints it (and --kind takes it): "báo cáo" for "report"."""
    return t(f"obligations.kind_{kind}")


def period_name(every: str) -> str:
    return {"year": t("obligations.every_year"), "half-year": t("obligations.every_half-year"),
            "quarter": t("obligations.every_quarter"), "month": t("obligations.every_month"),
            "week": t("obligations.every_week")}[every]


@dataclass
class DocObligation:
    id: str
    doc_id: str
    document: str
    source: str
    section: str
    position: int
    text: str
    quote: str
    kind: str
    actor: dict | None = None
    recipient: dict | None = None
    due: dict | None = None
    target: dict | None = None
    place: str = ""  # where it takes place (a task table's place column), "" when the text does not say
    owner: dict | None = None  # whose own task it is when the text names no doer (a plan's issuer; Obligation.owner)
    issued: str = ""  # the day its document was issued (ISO), "" when it prints none

    @property
    def key(self) -> str:
        """The item's own name, kept when its plan is loaded again with a paragraph added above it (which
        renumbers `id`): calendar events and sent reminders are recognised by it."""
        text = "\n".join([self.doc_id, self.kind, self.quote, (self.due or {}).get("text") or ""])
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]

    @property
    def when(self) -> str:
        return (self.due or {}).get("text") or ""

    @property
    def doer(self) -> dict | None:
        """Who must act: the body the text names, else the one whose own plan the item is (a plan's issuer)."""
        return self.actor or self.owner

    @property
    def doer_as_written(self) -> str:
        """Who must act as the document names them ("Công an thị xã", not the canonical "Công an huyện" it is filed
        under; several bodies as the line writes them): how a list of a typed name no table knows heads its items."""
        return _as_written(self.doer)

    @property
    def recipient_as_written(self) -> str:
        """Whom it reports to as the document names them ("UBND thành phố", not the canonical "Ủy ban nhân dân tỉnh,
        thành phố" it is filed under)."""
        return _as_written(self.recipient)

    @property
    def bodies(self) -> list[str]:
        """Canonical names of the bodies that must act."""
        return [b["name"] for b in (self.doer or {}).get("bodies", [])]

    @property
    def recipient_bodies(self) -> list[str]:
        """Canonical names of the bodies it reports to."""
        return [b["name"] for b in (self.recipient or {}).get("bodies", [])]

    def due_date(self) -> date | None:
        """The day it falls due: its date, else the last day of the year it must be reached by."""
        due = self.due or {}
        if due.get("every"):
            return None  # recurring: see next_due()
        if due.get("date"):
            return date.fromisoformat(due["date"])
        if due.get("by_year") and not due.get("every"):
            return date(int(due["by_year"]), 12, 31)
        return None

    def next_due(self, today: date) -> date | None:
        """When a recurring item falls due next, on or after `today` (see next_due()) — and not before its document was
        issued: a resolution dated after today ("… hằng năm" of one of 22/8/2027) first falls due in its own year."""
        issued = date.fromisoformat(self.issued) if len(self.issued) == 10 else today
        return next_due(self.due or {}, max(today, issued))

    def to_json(self) -> dict:
        def plain(body: dict | None) -> dict | None:
            """A script picks the items of one body by `bodies` (several act together: "LĐLĐ huyện, CĐCS")."""
            if not body:
                return None
            return {"name": body["name"], "short": body["short"],
                    "bodies": [{"name": b["name"], "short": b["short"]} for b in body.get("bodies", [])]}

        return {"id": self.id, "doc_id": self.doc_id, "document": self.document, "section": self.section,
                "position": self.position, "text": self.text, "quote": self.quote, "kind": self.kind,
                "actor": plain(self.actor), "recipient": plain(self.recipient), "due": self.due,
                "target": self.target, "place": self.place, "owner": plain(self.owner)}


@dataclass
class Match:
    obligation: DocObligation
    score: float


@dataclass
class Timeline:
    """`deadlines`: dated items by date, recurring ones by period, the rest. Of a window (`since`: its first day
    still to come), the recurring items that fall due in it, each at its next time from `since`."""
    dated: list[tuple[DocObligation, date]]
    recurring: list[DocObligation]
    undated: list[DocObligation]
    since: date | None = None
    last_days: Mapping[str, date] = field(default_factory=dict)  # ObligationIndex.last_days

    def __len__(self) -> int:
        return len(self.dated) + len(self.recurring) + len(self.undated)

    def next_time(self, o: DocObligation, today: date) -> date:
        """When a recurring item falls due next: in the window, its first time there; else from today."""
        return o.next_due(self.since or today)

    def ran_its_course(self, o: DocObligation, today: date) -> bool:
        """Whether the item's document is of a time gone by: the last day it sets itself (its dated items', the end of
        the period its title names) is before today ("… giai đoạn 2011 đến 2015", a 2020 directive's "trong tháng 3 năm
        2020"; ObligationIndex.last_days).
        Its recurring and undated duties come after those of the texts still running."""
        day = self.last_days.get(o.doc_id)
        return day is not None and day < today

    def by_urgency(self, today: date) -> list[tuple[str, list[DocObligation]]]:
        """What is still to come first: the dated items not yet past (soonest first), the recurring (by their next
        time), the undated — of these two, those of texts still running before those of texts whose time is past —
        then the ones already past (latest first), so years-old targets do not fill the top of the list. The one
        order of `troly deadlines` and /hanchot: [("coming", …), ("recurring", …), ("undated", …), ("past", …)]."""
        coming = [o for o, day in self.dated if day >= today]
        past = [o for o, day in reversed(self.dated) if day < today]
        recurring = [o for _, o in sorted(((self.next_time(o, today), o) for o in self.recurring),
                                          key=lambda dz: (self.ran_its_course(dz[1], today), dz[0]))]
        undated = sorted(self.undated, key=lambda o: self.ran_its_course(o, today))
        return [("coming", coming), ("recurring", recurring), ("undated", undated), ("past", past)]

    def by_day(self, today: date) -> list[tuple[date, DocObligation]]:
        """The dated and recurring items, each at its day (a recurring one at `next_time`), as a due question lists
        them: soonest first, those of texts whose time is past after the others; a window wholly past (what is
        overdue), the latest first."""
        found = [(day, o) for o, day in self.dated] + [(self.next_time(o, today), o) for o in self.recurring]
        if all(day < today for day, _ in found):
            return sorted(found, key=lambda dz: dz[0], reverse=True)
        return sorted(found, key=lambda dz: (self.ran_its_course(dz[1], today), dz[0]))


class _ItemReading(NamedTuple):
    """What for_question reads of an item, the same for every question: made once per index."""
    words: list[str]            # its folded content words (of its quote and its time)
    bodies: frozenset[str]      # DocObligation.bodies
    recipients: frozenset[str]  # DocObligation.recipient_bodies
    years: frozenset[str]       # the years its time states


def _name_key(text: str) -> str:
    """A body's name as a typed name is compared with it: folded (typed without diacritics or with), its words apart by
    one space, punctuation dropped, and without the words counting its members ("Ban Quản lý các cảng cá" is what "ban
    quan ly cang ca" names)."""
    return " ".join(w for w in plain_words(text).split() if w not in _COUNTING)


@dataclass
class ObligationIndex:
    lexicon: Lexicon
    items: list[DocObligation] = field(default_factory=list)
    # The last day each document sets itself: its latest dated item's, or the end of the period its title names when
    # later; naming neither, the end of the year it was issued, unless it lays down rules in force until replaced
    # (_in_force: a law, a quy chế, a decision numbered as a legal normative text).
    last_days: dict[str, date] = field(default_factory=dict)
    _read: list[_ItemReading] | None = field(default=None, repr=False)  # what for_question reads of each item, once
    _holding: dict[str, dict[int, int]] = field(default_factory=dict, repr=False)  # word -> {item: times it has it}
    _acting: list[str] | None = field(default=None, repr=False)  # the bodies that must act, each once, in order
    _periods: dict[tuple[str, int], str] | None = field(default=None, repr=False)  # period_of's answers, made once

    @classmethod
    def from_records(cls, records: Iterable, lexicon: Lexicon) -> "ObligationIndex":
        items: list[DocObligation] = []
        last_years: dict[str, int] = {}  # the period each title names
        records = sorted(records, key=lambda r: r.doc_id)
        for r in records:
            name = short_name(r)
            if (year := period_end(r.title or "")) is not None:
                last_years[r.doc_id] = year
            for i, o in enumerate(r.obligations or []):
                if "quote" not in o:  # stored by an older version: re-ingest to get records
                    continue
                items.append(DocObligation(
                    id=f"{r.doc_id}:{o.get('chunk_position', -1)}:{i}", doc_id=r.doc_id, document=name,
                    source=r.source, section=o.get("section", ""), position=int(o.get("chunk_position", -1)),
                    text=o.get("text", ""), quote=o["quote"], kind=o.get("kind", "duty"), actor=o.get("actor"),
                    recipient=o.get("recipient"), due=_counted_from_load(o.get("due"), getattr(r, "ingested_at", "")),
                    target=o.get("target"), place=o.get("place", ""), owner=o.get("owner"),
                    issued=str((r.meta or {}).get("date") or "")))
        last_days = {doc: date(year, 12, 31) for doc, year in last_years.items()}
        for o in items:
            if (day := o.due_date()) is not None:
                last_days[o.doc_id] = max(last_days.get(o.doc_id, day), day)
        for r in records:
            issued = str(r.meta.get("date") or "")[:4]
            if r.doc_id not in last_days and not _in_force(r) and issued.isdigit():
                last_days[r.doc_id] = date(int(issued), 12, 31)  # a decision of 2011 naming no period: not running
        return cls(lexicon, items, last_days)

    # ---- bodies ---------------------------------------------------------------------------
    @staticmethod
    def body_of(name: str) -> Body | None:
        """The canonical body a typed name stands for ("cdcs", "Mỗi công đoàn cơ sở")."""
        return bodies().resolve(name)

    def actor_matches(self, query: str, o: DocObligation) -> bool:
        """Whether the item is the typed body's: of that body, and when the name says whose body it is ("Văn phòng
        Công đoàn"), naming it so — not every "Văn phòng" of every document; a name of no known body, as written in
        its doer or as the subject its line opens with ("Thủ quỹ công đoàn báo cáo …" for "thu quy")."""
        body = self.body_of(query)
        if body is not None:
            whose = bodies().qualifier(query)
            named = set(re.findall(r"\w+", fold_same_length(f"{o.quote} {(o.doer or {}).get('name', '')}")))
            return (body.name in o.bodies or any(body.name in _merged_parts(b) for b in o.bodies)) \
                and named.issuperset(whose)
        q = _name_key(query)
        if not set(q.split()) - _FOLDED_FUNCTION_WORDS:  # "các", "những": no one's name, every line's opening
            return False
        return bool(o.doer) and q in _name_key(o.doer["name"]) \
            or re.match(rf"{re.escape(q)}(?!\w)", _name_key(o.quote)) is not None

    def recognises(self, name: str) -> bool:
        """Whether a typed body is one to look up: a known body, the doer of an item, or a body an item's text names
        ("Hội Người cao tuổi phường", "cong an thi xa" as typed) — only a name no document uses is not recognised."""
        if self.body_of(name) is not None or self.select(name):
            return True
        q = _name_key(name)
        if not set(q.split()) - _FOLDED_FUNCTION_WORDS:
            return False
        named = re.compile(rf"(?<!\w){re.escape(q)}(?!\w)")
        return any(named.search(_name_key(f"{o.quote} {(o.doer or {}).get('name', '')}")) for o in self.items)

    def select(self, actor: str | None = None, doc: str | None = None, kind: str | None = None
               ) -> list[DocObligation]:
        return [o for o in self.items
                if (not doc or o.doc_id == doc) and (not kind or o.kind == kind)
                and (not actor or self.actor_matches(actor, o))]

    def by_actor(self, actor: str | None = None, doc: str | None = None, kind: str | None = None
                 ) -> dict[str, list[DocObligation]]:
        """One group per canonical body (an item given to several bodies is in each of their groups;
        with `actor`, only that body's group); items with no body last, under ""."""
        wanted = self.body_of(actor) if actor else None
        groups: dict[str, list[DocObligation]] = {}
        for o in self.select(actor, doc, kind):
            names = o.bodies or [o.doer["name"] if o.doer else ""]  # a table's doer column may name no known body
            if wanted is not None:
                names = [wanted.name]
            elif actor:
                # a body no table names, found in the doer ("Các trường THPT …", "cong an"): that doer as written;
                # found in the words an item's line opens with: as typed
                names = [o.doer_as_written if o.doer else actor]
            for name in names:
                groups.setdefault(name, []).append(o)
        return dict(sorted(groups.items(), key=lambda kv: (kv[0] == "", -len(kv[1]))))

    def timeline(self, actor: str | None = None, start: date | None = None, end: date | None = None,
                 today: date | None = None) -> Timeline:
        """The items with a time (of `actor`'s, when given); with a window (`start`, `end`), the dated items in it and
        the recurring ones with a time in it from today on, each at its first time there (Timeline.next_time) —
        the one reading of a window for `troly deadlines --from/--to` and for due questions."""
        dated: list[tuple[DocObligation, date]] = []
        recurring: list[DocObligation] = []
        undated: list[DocObligation] = []
        window = start is not None or end is not None
        since = max(start or date.min, today or date.today()) if window else None
        for o in self.select(actor):
            if not o.due:
                continue
            day = o.due_date()
            if day is not None:
                if (start is None or day >= start) and (end is None or day <= end):
                    dated.append((o, day))
            elif o.due.get("every"):
                if since is None or end is None or since <= end and o.next_due(since) <= end:
                    recurring.append(o)
            elif not window:
                undated.append(o)
        dated.sort(key=lambda od: (od[1], od[0].doc_id, od[0].position))
        recurring.sort(key=lambda o: (PERIODS.index(o.due["every"]), o.doc_id, o.position))
        return Timeline(dated, recurring, undated, since, self.last_days)

    # ---- questions ------------------------------------------------------------------------
    def period_of(self, doc_id: str, position: int) -> str:
        """The time a passage's targets fall under when the passage does not say it itself
        (a "Đến năm 2025:" line above a list of targets)."""
        if self._periods is None:  # asked of every passage of every question: read once per index, not per passage
            periods: dict[tuple[str, int], str] = {}
            for o in self.items:
                if o.when and o.when not in o.text:
                    periods.setdefault((o.doc_id, o.position), o.when)  # the first item's, as listed
            self._periods = periods
        return self._periods.get((doc_id, position), "")

    def actors_in(self, question: str) -> list[str]:
        """Canonical bodies the question names that have obligations."""
        named = {m.body.name for m in bodies().bodies_in(question)}
        if self._acting is None:  # the same for every question: computed once per index
            self._acting = list(dict.fromkeys(b for o in self.items for b in o.bodies))
        return [name for name in self._acting if name in named]

    def for_question(self, question: str, limit: int = 8, doc: str | None = None,
                     weights: Weights = DEFAULT) -> list[Match]:
        """Obligations that answer a duty/report/deadline/target question, across documents
        (scored with the obligation_* fields of troly/weights.py)."""
        kind = classify(question)
        actors = set(self.actors_in(question))
        wanted: set[str] = set()
        if REPORT in kind.kinds or RECIPIENT in kind.kinds:
            wanted.add("report")
        if TIME in kind.kinds:
            wanted |= {"deadline", "report"}
        if PERCENT in kind.kinds or NUMBER in kind.kinds:
            wanted.add("target")
        if DUTY in kind.kinds or ACTOR in kind.kinds:
            wanted |= {"duty", "report", "deadline"}
        q_terms = self.lexicon.terms(question)
        years_q = set(stated_years(question))
        if self._read is None:  # the same for every question: computed once per index
            read = [_ItemReading([fold(t) for t in self.lexicon.content_tokens(f"{o.quote} {o.when}") if len(t) > 1],
                                 frozenset(o.bodies), frozenset(o.recipient_bodies),
                                 frozenset(stated_years(o.when)) if o.when else frozenset())
                    for o in self.items]
            holding: dict[str, dict[int, int]] = {}
            for n, item in enumerate(read):
                for f in item.words:
                    times = holding.setdefault(f, {})
                    times[n] = times.get(n, 0) + 1
            self._holding, self._read = holding, read
        # how many of each item's words the question holds (a word is in the question if its folded form is: Terms.has,
        # either way), counted from the items holding each of its words, not by reading every item's words
        shared_by: dict[int, int] = {}
        for f in q_terms.folded:
            for n, times in self._holding.get(f, {}).items():
                shared_by[n] = shared_by.get(n, 0) + times
        out: list[Match] = []
        named = {m.body.name for m in bodies().bodies_in(question)}
        for n, (o, read) in enumerate(zip(self.items, self._read)):
            if doc and o.doc_id != doc:
                continue
            if RECIPIENT not in kind.kinds and named & read.recipients and not named & read.bodies:
                continue  # "nhiệm vụ của LĐLĐ huyện": not the reports others send it ("báo cáo … về LĐLĐ huyện")
            score = 0.0
            if actors & read.bodies:
                score += weights.obligation_actor
            if o.kind in wanted:
                score += weights.obligation_kind
            score += min(shared_by.get(n, 0) / weights.obligation_words, 1.0)
            # A year or period the question names ("đến năm 2025") must be the obligation's own.
            if years_q and o.when:
                score += (weights.obligation_year if years_q & read.years
                          else weights.obligation_other_year)
            if score >= weights.obligation_min:
                out.append(Match(o, score))
        out.sort(key=lambda m: -m.score)
        return out[:limit]

