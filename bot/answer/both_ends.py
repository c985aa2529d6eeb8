"""A span asked by both its ends ("chợ mở cửa mấy giờ đến mấy giờ"): the line giving both ends ("hoạt động từ 17 giờ
00 đến 23 giờ 00") answers, not a line giving one time near the question's words ("dựng quầy từ 16 giờ 00 … sau giờ
đóng cửa chợ"). Words in prompts/question_cues.toml [both_ends]."""
from __future__ import annotations

import re

from troly.tables import toml
from troly.vntext import fold, plain_words

_TABLE = toml("question_cues.toml")
_ENDS = _TABLE["both_ends"]
_JOIN = "|".join(map(re.escape, _ENDS["asked_joins"]))
_ASKED = {kind: re.compile(rf"(?:{_TABLE['asks'][kind]})\s+(?:{_JOIN})\s+(?:[a-z]+\s+)?(?:{_TABLE['asks'][kind]})")
          for kind in _ENDS["kinds"]}
_SAID = {kind: re.compile(_TABLE["states"][kind]) for kind in _ENDS["kinds"]}
_BETWEEN = re.compile(_ENDS["said_between"])


def ends_asked(question: str) -> str | None:
    """The kind of fact whose span the question asks by both ends ("mấy giờ đến mấy giờ": "clock"), or None."""
    plain = f" {plain_words(question)} "
    return next((kind for kind, rx in _ASKED.items() if rx.search(plain)), None)


def states_both_ends(kind: str, text: str) -> bool:
    """Whether a line states two facts of that kind joined as a span's ends ("từ 17 giờ 00 đến 23 giờ 00")."""
    said = list(_SAID[kind].finditer(text))
    return any(_BETWEEN.fullmatch(fold(text[a.end():b.start()])) for a, b in zip(said, said[1:]))
