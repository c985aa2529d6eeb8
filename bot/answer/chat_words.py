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



# The horn of "ư" and "ơ" (a combining mark), the mark a writer most often leaves out: typing it takes a key of its
# own ("uw", "u7"). Other marks are not mended: "chót" and "chốt", "kỹ" and "kỷ" are each a word, and a question may
# ask of one that the documents never write.
_HORN = "\u031b"
_HORNED = re.compile(r"[uoUO](?![\u031b\u0302\u0306])")


def _one_mark_off(word: str) -> set[str]:
    """The words one slip away: one "u" or "o" with the horn it was typed without ("gủi" → "gửi"), tones kept."""
    decomposed = unicodedata.normalize("NFD", word)
    return {unicodedata.normalize("NFC", decomposed[:m.end()] + _HORN + decomposed[m.end():])
            for m in _HORNED.finditer(decomposed)}


def slips_mended(question: str, held: Callable[[str], int]) -> str:
    """The question with each word typed with diacritics that no document holds, but that they hold with the horn of
    one vowel it lacks (`_one_mark_off`), read as that word — the one they hold most often ("gủi báo cáo" → "gửi báo
    cáo"): else the question's main word would match nothing. `held`: in how many passages the documents hold a word as written.
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
