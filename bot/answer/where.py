"""Whether a line names a place, for a question asking only where ("hội diễn văn nghệ ở đâu"): a notice states it by
a label ("Địa điểm: Sân trường", "Nơi tham quan: Vịnh Hạ Long, tỉnh Quảng Ninh"), by "tại"/"ở" ("tại hội trường"),
or by a province; a line sharing the question's words on another matter states none, and is no answer to where."""
from __future__ import annotations

import re
from functools import lru_cache

from bot.answer.question import ADDRESS, PERSON, PLACE, RECIPIENT, field_label, place_label, states
from troly.vntext import fold_same_length, place_alternation

WHERE = frozenset({PLACE, RECIPIENT, ADDRESS})  # "ở đâu": where something is held, or sent
# "tại/ở/trên" before a word ([states] place), or a body, a person or an address something is sent to ("gửi ở đâu")
_THERE = (PLACE, RECIPIENT, PERSON, ADDRESS)
_PROVINCE = re.compile(r"(?<!\w)(?:" + place_alternation(r"\W+") + r")(?!\w)")


def asks_only_where(kinds: set[str]) -> bool:
    """"… ở đâu", "tổ chức tại đâu": a place asked, and nothing but where (no time, no amount besides)."""
    return PLACE in kinds and kinds <= WHERE


@lru_cache(maxsize=20_000)
def names_place(text: str) -> bool:
    """Whether a line names where: a place label, a province or city (written with its capital), "tại"/"ở"/"trên"
    before a word, or a body, person or address something goes to. (Cached: asked of the same lines again.)"""
    if place_label(field_label(text)):
        return True
    if any(text[m.start()].isupper() for m in _PROVINCE.finditer(fold_same_length(text))):
        return True
    return any(states(k, text) for k in _THERE)
