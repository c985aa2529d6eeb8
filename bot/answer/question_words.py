"""The question words a message asks with ("khi nào", "gửi ai", "ở đâu"), read as typed, with or without marks
(prompts/question_cues.toml [compound]): compound.py cuts a message into the parts that ask on their own by them,
followup.py tells by them whether a short message asks or only names what to ask the question before of ("còn 21
km?"). Its own module so that both read them, compound.py reading follow-ups with followup.py."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from troly.tables import toml
from troly.texts import alternation
from troly.vntext import fold, fold_same_length, typed_without_diacritics

TABLE = toml("question_cues.toml")["compound"]


def either(words: Sequence[str], plain: bool) -> str:
    """An alternation of table words (folded for a message typed without marks), a space matching one space."""
    return alternation([fold(w) for w in words] if plain else words, spaced=False)


def by_typing(build: Callable[[bool], str]) -> dict[bool, re.Pattern[str]]:
    """One pattern for a message typed with its marks (read in lower case), one for a message typed without."""
    return {plain: re.compile(build(plain)) for plain in (False, True)}


_WORDS = by_typing(lambda p: r"(?<!\w)(?:" + either(
    [w for w in TABLE["question_words"] if not p or fold(w) not in TABLE["ambiguous_folded"]], p) + r")(?!\w)")
_FOLDED_ASKING = re.compile(r"(?<!\w)(?:" + either(TABLE["folded_asking"], True) + r")(?!\w)")
_NOT_AFTER = by_typing(lambda p: r"\s+(?:" + either(TABLE["not_after"], p) + r")(?!\w)")
_NOT_BEFORE = by_typing(lambda p: r"(?<!\w)(?:" + either(TABLE["not_before"], p) + r")\s+$")
_LAST_ONLY = frozenset(TABLE["last_only_folded"])


def as_read(piece: str, plain: bool) -> str:
    """The piece as the patterns read it: lower case, folded when typed without marks (offsets kept)."""
    return fold_same_length(piece) if plain else piece.lower()


def asking(piece: str, plain: bool) -> list[re.Match[str]]:
    """The question words a piece asks with: not one capitalised inside it (a name: "Trường Tiểu học Ai Mộ"), nor
    one followed or preceded by words making it no question ("gì cả", "mấy anh chị", "mấy năm qua", "dù thế nào").
    Typed without marks, "dau" asks only ending the piece after a word asking where ("gui dau"), "may" only in
    "may gio": "dau nam", "bo may" ask nothing."""
    text = as_read(piece, plain)
    found = [m for m in _WORDS[plain].finditer(text)]
    if plain:
        found += [m for m in _FOLDED_ASKING.finditer(text)
                  if m.group().split()[-1] not in _LAST_ONLY or not text[m.end():].strip(" ?.!")]
    return [m for m in sorted(found, key=lambda m: m.start())
            if not (m.start() > 0 and piece[m.start()].isupper())
            and not _NOT_AFTER[plain].match(text, m.end()) and not _NOT_BEFORE[plain].search(text[:m.start()])]


def asks_by_word(message: str) -> bool:
    """Whether a message asks with a question word ("lấy tiền từ đâu"): a question with or without its "?"."""
    return bool(asking(message, typed_without_diacritics(message)))
