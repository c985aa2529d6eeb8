"""Whether a line names a place, for a question asking only where ("hội diễn văn nghệ ở đâu"): a notice states it by
a label ("Địa điểm: Sân trường", "Nơi tham quan: Vịnh Hạ Long, tỉnh Quảng Ninh"), by "tại"/"ở" and a venue or a name,
or by a province; a line sharing the question's words on another matter states none, and is no answer to where."""
from __future__ import annotations

import re
from functools import lru_cache

from bot.answer.question import ADDRESS, PERSON, PLACE, RECIPIENT, field_label, place_label, states
from troly.tables import toml
from troly.vntext import fold, fold_same_length, place_alternation

_W = toml("question_cues.toml")["where"]
WHERE = frozenset({PLACE, RECIPIENT, ADDRESS})  # "ở đâu": where something is held, or sent
_GOES_TO = (RECIPIENT, PERSON, ADDRESS)  # a body, a person or an address something is sent to ("gửi ở đâu")
_AT = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _W["prepositions"])) + r")\s+", re.IGNORECASE)
_VENUE = re.compile(r"(?:(?:cac|nhung)\s+)?(?:" + "|".join(
    re.escape(v) for v in sorted({fold(v) for v in _W["venues"]}, key=len, reverse=True)) + r")(?!\w)")
_PROVINCE = re.compile(r"(?<!\w)(?:" + place_alternation(r"\W+") + r")(?!\w)")


def asks_only_where(kinds: set[str]) -> bool:
    """"… ở đâu", "tổ chức tại đâu": a place asked, and nothing but where (no time, no amount besides)."""
    return PLACE in kinds and kinds <= WHERE


@lru_cache(maxsize=20_000)
def names_place(text: str) -> bool:
    """Whether a line names where: a place label, "tại"/"ở" before a name or a venue, a province or city (written
    with its capital), or a body, person or address something goes to. (Cached: asked of the same lines again.)"""
    if place_label(field_label(text)):
        return True
    folded = fold_same_length(text)
    for m in _AT.finditer(text):
        if text[m.end():m.end() + 1].isupper() or _VENUE.match(folded, m.end()):
            return True
    if any(text[m.start()].isupper() for m in _PROVINCE.finditer(folded)):
        return True
    return any(states(k, text) for k in _GOES_TO)
