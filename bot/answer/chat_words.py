"""Chat spellings ("ko", "bít", "j", prompts/chat_words.toml) read as the words they stand for: a question
typed so finds and is answered from the same passages as the question spelled out."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from troly import tables
from troly.vntext import fold, is_stopword, typed_without_diacritics


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



# Marks a writer slips on (Unicode combining marks): the hỏi and ngã tones, mistaken for each other, and the marks
# that shape a vowel (ư, ơ, ô, â, ă, ê), left out or put on the wrong one.
_HOI, _NGA = "\u0309", "\u0303"
_SHAPES = {"a": ("", "\u0302", "\u0306"), "e": ("", "\u0302"), "o": ("", "\u0302", "\u031b"), "u": ("", "\u031b")}
_SHAPE_MARKS = "\u0302\u0306\u031b"
_VOWEL = re.compile(rf"([aeouAEOU])([{_SHAPE_MARKS}]?)")


def _one_mark_off(word: str) -> set[str]:
    """The words one slip away ("gủi" → "gửi", "gũi", …): its hỏi mark for a ngã or its ngã for a hỏi, or one vowel
    shaped otherwise, its tone kept; "d" for "đ" and back at its start."""
    decomposed = unicodedata.normalize("NFD", word)
    out = {decomposed.replace(_HOI, _NGA) if _HOI in decomposed else decomposed.replace(_NGA, _HOI)}
    for m in _VOWEL.finditer(decomposed):
        for shape in _SHAPES[m.group(1).lower()]:
            out.add(decomposed[:m.start()] + m.group(1) + shape + decomposed[m.end():])
    swapped = {"d": "đ", "đ": "d", "D": "Đ", "Đ": "D"}.get(word[:1])
    if swapped:
        out.add(swapped + decomposed[1:])
    return {unicodedata.normalize("NFC", w) for w in out} - {word}


def slips_mended(question: str, held: Callable[[str], int]) -> str:
    """The question with each word typed with diacritics that no document holds, but that they hold one slip of a
    mark away (`_one_mark_off`), read as that word — the one they hold most often ("gủi báo cáo" → "gửi báo cáo"): else
    the question's main word would match nothing. `held`: in how many passages the documents hold a word as written.
    A word they hold stays as typed, and so do a question's own words ("đâu", "gì": stopwords) and one typed without
    diacritics (read as such questions are)."""
    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.isascii() or is_stopword(word.lower()) or held(word):
            return word
        count, best = max(((held(other), other) for other in _one_mark_off(word)), default=(0, word))
        return best if count else word
    return _WORD.sub(mend, question)


_WORD = re.compile(r"[^\W\d_]+")
