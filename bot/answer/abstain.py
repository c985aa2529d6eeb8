"""When to say "the loaded documents do not cover this" instead of answering.

The composer must never invent a number, date or body, so it abstains when
- the best passage matches too little of the question's weighted words (the topic is absent),
- the quoted sentences match only the document's name, not what is asked about it, or
- the question asks for a kind of fact (a phone number, a date, a percentage, an amount, a number)
  that no well-matching passage states.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.answer.question import ADDRESS, DATE, EMAIL, MONEY, NUMBER, PERCENT, PERSON, PHONE, WEBSITE, YEAR
from troly.texts import t

PASSAGE_MIN = 0.42  # share of the question's weight the best passage (with its headings) must match
SPAN_MIN = 0.22  # ... and its best sentence
STRICT_PASSAGE_MIN = 0.5  # a sentence stating the asked-for fact must sit in a passage this close
STRICT_SPAN_MIN = 0.25
TOPIC_MIN = 0.33  # share of the question's own topic (words not in the document's title) the quoted sentences match
_KIND_KEY = {PHONE: "phone", EMAIL: "email", ADDRESS: "address", PERSON: "person", YEAR: "year",
             WEBSITE: "website", MONEY: "money", PERCENT: "percent", DATE: "date", NUMBER: "number"}


@dataclass
class Evidence:
    query: Any  # bot.answer.Query
    chosen: list  # bot.answer.Scored, best first
    scored: list  # every scored span, best first
    passage_coverage: list[float]


@dataclass
class Verdict:
    found: bool
    reason: str = ""


def judge(ev: Evidence) -> Verdict:
    if not ev.chosen:
        return Verdict(False)
    best_passage = max(ev.passage_coverage, default=0.0)
    best_span = max((s.coverage for s in ev.scored), default=0.0)
    if best_passage < PASSAGE_MIN or best_span < SPAN_MIN:
        return Verdict(False)
    # "Đại hội lần thứ XIV ...", "năm 2027": the passage must be about the number the question names.
    if all(s.ids_missing for s in ev.chosen):
        return Verdict(False)
    # "Kinh phí thực hiện kế hoạch KL51 lấy từ đâu?": naming the plan is not enough, the topic must be there.
    if max(s.topic for s in ev.chosen) < TOPIC_MIN:
        return Verdict(False)
    for kind in ev.query.kind.strict:
        if not any(kind in s.kinds and s.coverage >= STRICT_SPAN_MIN and s.passage_coverage >= STRICT_PASSAGE_MIN
                   for s in ev.scored):
            return Verdict(False, t(f"abstain.{_KIND_KEY[kind]}"))
    return Verdict(True)
