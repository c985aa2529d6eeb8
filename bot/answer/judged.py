"""A judgement asked of a measured thing ("đã có nhà riêng nhưng chật thì có được thuê nhà công vụ không"): the
documents state the measure ("đã có nhà ở nhưng diện tích bình quân dưới 15 m2 sàn/người"), seldom the judgement
word, so a line stating a figure of what the word judges holds it (prompts/count_words.toml [judged]). The answer
quotes that figure; the word sets no threshold, so no yes or no follows from it."""
from __future__ import annotations

from functools import lru_cache

from bot.answer.question import MONEY, PERIOD, counts_any, states
from troly.tables import toml

_COUNT = toml("count_words.toml")
_JUDGED: dict[str, tuple[str, ...]] = {word: tuple(kinds) for word, kinds in _COUNT["judged"]["words"].items()}
_COMPARED = frozenset(_COUNT["judged"]["compared"])
_UNITS: dict[str, list[str]] = _COUNT["measure_units"]
_KINDS = (MONEY, PERIOD)  # measures question.states reads; the others are classes of units


def judging(tokens: list[str]) -> dict[str, tuple[str, ...]]:
    """The question's words judging a measure (as typed, marks and all), with the measures each judges; not one
    ranking or comparing ("đắt nhất", "xa hơn")."""
    after = [*(tok.lower() for tok in tokens[1:]), ""]
    return {tok: _JUDGED[tok.lower()] for tok, nxt in zip(tokens, after)
            if tok.lower() in _JUDGED and nxt not in _COMPARED}


@lru_cache(maxsize=20_000)
def measures(text: str, measure: str) -> bool:
    """Whether the text states a figure of this measure ("15 m2" of an area, "500.000 đồng" of money)."""
    return states(measure, text) if measure in _KINDS else counts_any(_UNITS[measure], text)
