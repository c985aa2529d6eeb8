"""Chat spellings ("ko", "bít", "j", prompts/chat_words.toml) read as the words they stand for: a question
typed so finds and is answered from the same passages as the question spelled out."""
from __future__ import annotations

import re
from functools import lru_cache

from troly import tables
from troly.vntext import fold, typed_without_diacritics


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    words = {k.casefold(): v for k, v in tables.toml("chat_words.toml")["words"].items()}
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w/-])(?:{alternation})(?![\w/-])", re.I), words


def spelled_out(question: str) -> str:
    """The question with each chat spelling replaced by its word, without diacritics in a question typed
    without them ("dc ho tro" → "duoc ho tro"); unchanged when it has none."""
    pattern, words = _table()
    plain = typed_without_diacritics(question)
    return pattern.sub(lambda m: (fold if plain else str)(words[m.group(0).casefold()]), question)
