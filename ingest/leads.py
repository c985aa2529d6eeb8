"""Lead-ins that only announce the items after them ("Ban Chấp hành … thông báo:", "… hướng dẫn như sau:"): they
say nothing of what the items are about nor who must do them. Read by ingest/obligations.py (such items have no
doer from their lead-in) and bot/answer/model.py (such a lead-in is not shown before a quoted item)."""
from __future__ import annotations

import re

from troly import tables
from troly.texts import alternation
from troly.vntext import is_stopword
from troly.years import YEAR

_W = tables.toml("lead_words.toml")
_ANNOUNCES = re.compile(rf"\b{alternation(_W['verbs'])}(?:\s+{alternation(_W['between'])})?"
                        rf"(?:\s+{alternation(_W['as_follows'])})?\s*:?\s*$", re.IGNORECASE)
# "phải", "có trách nhiệm", "chủ trì" …: a duty's words (prompts/obligation_words.toml)
# — not a participle after "được" ("nhiệm vụ được giao": the task assigned)
_DOER = tables.toml("obligation_words.toml")["doer"]
# — nor "giao" closing its clause ("kế hoạch … giao, tăng 8,9%": the plan a body was given), with no object after it
DUTY_WORDS = re.compile("".join(rf"(?<!\b{re.escape(w)} )" for w in _DOER["duty_passive"])
                        + rf"\b(?:{alternation([w for w in _DOER['duty'] if w not in _DOER['duty_object']])}"
                        + rf"|{alternation(_DOER['duty_object'])}(?=\s+[^\W\d_]))\b", re.IGNORECASE)
# "đề nghị", "yêu cầu" …: the words asking a body to act, the body asked after them (prompts/obligation_words.toml)
ASKING = alternation(tables.toml("obligation_words.toml")["doer"]["ask"])
ASK_WORDS = re.compile(rf"\b{ASKING}\b", re.IGNORECASE)


_FOLLOWS = re.compile(rf"\b{alternation(_W['how_only'])}\s*:?\s*$", re.IGNORECASE)


def says_items_follow(lead: str) -> bool:
    """A lead-in ending in "như sau" ("… đề nghị các tổ công đoàn thực hiện như sau:"): it says how its items come,
    not what they are about, so an answer's sentence does not start with it (its quote still shows it)."""
    return bool(_FOLLOWS.search(lead.rstrip()))


def announces_only(lead: str) -> bool:
    """A lead-in ending in a verb of saying, maybe with "như sau" ("… thông báo:", "thống nhất như sau:"), and
    carrying no duty word: "Ban Chấp hành có trách nhiệm hướng dẫn:" gives its items a doer."""
    return bool(_ANNOUNCES.search(lead.rstrip())) and not DUTY_WORDS.search(lead)


_COUNTED = re.compile(r"(?<![\d/.,])\d[\d.,]*\s+([^\W\d_]+)")  # "100 cá nhân"; not "5/3/2026", "số 12/KH"


def states_count(text: str) -> bool:
    """Whether a line states a number of things ("bình chọn 100 cá nhân, phân bổ … như sau:"): a number and the word
    it counts — not a year ("năm 2026 như sau"), nor a label's number before a function word ("lớp 10 như sau")."""
    return any(not is_stopword(m.group(1).lower()) for m in _COUNTED.finditer(re.sub(YEAR, " ", text)))
