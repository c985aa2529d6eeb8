"""Duties, reports, deadlines and targets gathered across every loaded document.

An actor is matched however it is typed: "CĐCS", "công đoàn cơ sở", "cong doan co so" and the
plans' own wordings for the same level ("Công đoàn các cơ quan, đơn vị, trường học") all meet.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.answer.lexicon import Lexicon
from troly.vntext import NAME_FILLERS, bodies, fold, is_stopword
from bot.answer.question import ACTOR, DUTY, NUMBER, PERCENT, RECIPIENT, REPORT, TIME, classify

# Bodies known under several names (prompts/bodies.tsv). A query naming any name of a body matches
# actors naming any name of the same body.
ACTOR_GROUPS: list[list[str]] = [list(body.names) for body in bodies().named]
_DEFAULT_ACTOR = "(không ghi rõ đơn vị)"


@dataclass
class DocObligation:
    doc_id: str
    document: str
    source: str
    actor: str
    action: str
    kind: str
    when: str
    report_to: str
    target: str
    position: int
    section: str

    def to_json(self) -> dict:
        return {"doc_id": self.doc_id, "document": self.document, "source": self.source,
                "actor": self.actor or _DEFAULT_ACTOR, "kind": self.kind, "action": self.action,
                "when": self.when, "report_to": self.report_to, "target": self.target,
                "section": self.section, "position": self.position, "text": self.action}


@dataclass
class Match:
    obligation: DocObligation
    score: float


def _key_tokens(text: str, lexicon: Lexicon) -> list[str]:
    """Folded, abbreviation-expanded tokens of an actor name, fillers dropped."""
    out: list[str] = []
    abbreviations = lexicon.abbreviations_in(text)
    for tok in lexicon.tokens(text):
        f = fold(tok)
        if f in NAME_FILLERS or tok in abbreviations:
            continue
        out.append(f)
    return out


def _in_order(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return bool(needle) and all(any(n == h for h in it) for n in needle)


def _contiguous(needle: list[str], hay: list[str]) -> bool:
    n = len(needle)
    return bool(needle) and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


@dataclass
class ObligationIndex:
    lexicon: Lexicon
    items: list[DocObligation] = field(default_factory=list)

    @classmethod
    def from_records(cls, records: Iterable, lexicon: Lexicon) -> "ObligationIndex":
        items: list[DocObligation] = []
        for r in sorted(records, key=lambda r: r.doc_id):
            for o in r.obligations or []:
                items.append(DocObligation(r.doc_id, r.title, r.source, o.get("actor", ""), o.get("action", ""),
                                           o.get("kind", "duty"), o.get("when", ""), o.get("report_to", ""),
                                           o.get("target", ""), int(o.get("chunk_position", -1)),
                                           o.get("section", "")))
        return cls(lexicon, items)

    def _words(self, o: DocObligation) -> list[str]:
        if not hasattr(self, "_word_cache"):
            self._word_cache: dict[int, list[str]] = {}
        key = id(o)
        if key not in self._word_cache:
            self._word_cache[key] = [t for t in self.lexicon.content_tokens(f"{o.action} {o.when}") if len(t) > 1]
        return self._word_cache[key]

    def period_of(self, doc_id: str, position: int) -> str:
        """The time an obligation of this passage falls under when the passage does not say it itself
        (a "Đến năm 2025:" line above a list of targets)."""
        if not hasattr(self, "_periods"):
            periods: dict[tuple[str, int], str] = {}
            for o in self.items:
                if o.when and o.when.split("; ")[-1] not in o.action:
                    periods[(o.doc_id, o.position)] = o.when.split("; ")[-1]
            self._periods = periods
        return self._periods.get((doc_id, position), "")

    # ---- actors ---------------------------------------------------------------------------
    def _groups_of(self, tokens: list[str]) -> set[int]:
        return {gi for gi, group in enumerate(ACTOR_GROUPS)
                for phrase in group if _contiguous(_key_tokens(phrase, self.lexicon), tokens)}

    def actor_matches(self, query: str, actor: str) -> bool:
        """Whether an obligation's actor is the body the user named (abbreviations, no diacritics, aliases)."""
        if not actor:
            return False
        q = _key_tokens(query, self.lexicon)
        a = _key_tokens(actor, self.lexicon)
        if _in_order(q, a):
            return True
        qg = self._groups_of(q)
        return bool(qg and qg & self._groups_of(a))

    def by_actor(self, actor: str | None = None) -> dict[str, list[DocObligation]]:
        groups: dict[str, list[DocObligation]] = {}
        for o in self.items:
            if actor and not self.actor_matches(actor, o.actor):
                continue
            groups.setdefault(o.actor or _DEFAULT_ACTOR, []).append(o)
        return groups

    def deadlines(self) -> list[DocObligation]:
        """Obligations with a time (deadline, frequency, target year), in order of their time."""
        timed = [o for o in self.items if o.when]
        return sorted(timed, key=lambda o: (_time_key(o.when), o.doc_id, o.position))

    # ---- questions ------------------------------------------------------------------------
    def actors_in(self, question: str) -> list[str]:
        """Distinct actors of the index that the question names."""
        q = _key_tokens(question, self.lexicon)
        qg = self._groups_of(q)
        found: dict[str, None] = {}
        for o in self.items:
            if not o.actor:
                continue
            a = _key_tokens(o.actor, self.lexicon)
            # The body's own name is what precedes the first comma ("CĐGD các tỉnh, thành phố, ...").
            head = [t for t in _key_tokens(o.actor.split(",")[0], self.lexicon) if not is_stopword(t)]
            if (len(head) >= 2 and _in_order(head, q)) or (qg and qg & self._groups_of(a)):
                found.setdefault(o.actor, None)
        return list(found)

    def for_question(self, question: str, limit: int = 8, doc: str | None = None) -> list[Match]:
        """Obligations that answer a duty/report/deadline/target question, across documents."""
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
        years_q = {m.group(0) for m in _YEAR.finditer(question)}
        out: list[Match] = []
        for o in self.items:
            if doc and o.doc_id != doc:
                continue
            score = 0.0
            if actors and o.actor in actors:
                score += 2.0
            if o.kind in wanted:
                score += 0.5
            words = self._words(o)
            shared = sum(1 for t in words if q_terms.has(t) or q_terms.has(fold(t)))
            score += min(shared / 8.0, 1.0)
            # A year or period the question names ("đến năm 2025") must be the obligation's own.
            if years_q and o.when:
                score += 0.6 if years_q & {m.group(0) for m in _YEAR.finditer(o.when)} else -0.3
            if score >= 1.2:
                out.append(Match(o, score))
        out.sort(key=lambda m: -m.score)
        return out[:limit]


_YEAR = re.compile(r"(19|20)\d{2}")


def _time_key(when: str) -> tuple[int, str]:
    years = [int(m.group(0)) for m in _YEAR.finditer(when)]
    return (min(years) if years else 0, fold(when))
