"""Chat spellings ("ko", "bít", "j", prompts/chat_words.toml) read as the words they stand for: a question
typed so finds and is answered from the same passages as the question spelled out."""
from __future__ import annotations

import re
from functools import lru_cache

from troly import tables
from troly.vntext import Abbreviations, fold, typed_without_diacritics

_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, str], dict[str, dict]]:
    table = tables.toml("chat_words.toml")
    words = {k.casefold(): v for k, v in table["words"].items()}
    # abbreviations typed in small letters, spelled out as prompts/abbreviations.tsv reads them ("gv": giáo viên)
    glossary = Abbreviations()
    words |= {k.casefold(): f.expansion for k in table["abbreviations"]["small_letters"] if (f := glossary.find(k))}
    either = {k.casefold(): {**v, "next": {fold(w) for w in v["next"]}, "previous": {fold(w) for w in v["previous"]},
                          "units": [fold(w) for w in v.get("units", [])]}
              for k, v in table.get("either", {}).items()}
    alternation = "|".join(re.escape(w) for w in sorted([*words, *either], key=len, reverse=True))
    return re.compile(rf"(?<![\w/-])(?:{alternation})(?![\w/-])", re.I), words, either


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """The abbreviations chat_words.toml spells out when typed in small letters only ("GV" stays as texts write it)."""
    return frozenset(k.casefold() for k in tables.toml("chat_words.toml")["abbreviations"]["small_letters"])


def _word_for(match: re.Match[str], words: dict[str, str], either: dict[str, dict]) -> str:
    """The word a spelling stands for; one standing for two is told by its neighbours ("bn ơi": bạn, "bn %", "hỏi bn
    tiền": bao nhiêu — a unit after it says a count is asked)."""
    key = match.group(0).casefold()
    if key in words:
        return words[key] if key not in _abbreviations() or match.group(0).islower() else match.group(0)
    rule = either[key]
    rest = fold(match.string[match.end():].lstrip().casefold())
    if any(rest.startswith(unit) and not rest[len(unit):len(unit) + 1].isalnum() for unit in rule["units"]):
        return rule["word"]  # "hỏi bn tiền", "bn %": a count asked, whatever stands before it
    after = _WORD.findall(match.string[match.end():])[:1]
    before = _WORD.findall(match.string[:match.start()])[-1:]
    other = any(fold(w) in rule["next"] for w in after) or any(fold(w) in rule["previous"] for w in before)
    word = rule["other"] if other else rule["word"]
    return match.group(0) if word.casefold() == key else word  # left as typed: "CT 05" stays in capitals


# "20km", "5tr", "3ng": a figure typed against its unit (two letters or more: "Điều 5a" names a point, not a unit)
_FIGURE_UNIT = re.compile(r"(?<![\w/.,-])(\d+(?:[.,]\d+)*)([^\W\d_]{2,})(?![\w/-])")


def spelled_out(question: str) -> str:
    """The question with each chat spelling replaced by its word, without diacritics in a question typed
    without them ("dc ho tro" → "duoc ho tro"), and a figure typed against its unit set apart ("cách 20km" → "cách
    20 km", as texts write it: read as a quantity, not a word naming a case); unchanged when it has none."""
    question = _FIGURE_UNIT.sub(r"\1 \2", question)
    pattern, words, either = _table()
    plain = typed_without_diacritics(question)
    def word(match: re.Match[str]) -> str:
        spelled = _word_for(match, words, either)
        return spelled if spelled == match.group(0) or not plain else fold(spelled)
    return pattern.sub(word, question)
