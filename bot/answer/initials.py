"""Initials a member types for a term of the documents ("ktx" for "ký túc xá", "quỹ htnd" for "Quỹ Hỗ trợ nông
dân"), as chat users do, though no document defines them and no table (prompts/abbreviations.tsv, chat_words.toml)
knows them: read as the term the passages found for the question write with those initials, so that the question is
answered from the passage it found, as the question spelled out is."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from troly.vntext import Abbreviations, fold, initial, is_syllable, phrases, typed_without_diacritics

_WORD = re.compile(r"(?<![\w/&-])[^\W\d_]+(?![\w/&-])")
_INITIALS = re.compile(r"[a-zđ]+")  # no tone mark: "Lắk", "thág" are no one's initials
LETTERS = range(3, 6)  # a term of three to five syllables: two letters spell too many ("ad", admin, is no "ánh
# đúng"), longer initials are a document's own code


def unknown(question: str, abbreviations: Abbreviations) -> list[str]:
    """The question's words that can only be initials typed in chat: in small letters without tone marks, no syllable,
    no abbreviation a table or document defines. Typed in capitals ("ATTP"), a word is read as the texts write it, as
    chat_words.toml leaves the abbreviations it knows."""
    return list(dict.fromkeys(w for w in _WORD.findall(question)
                              if len(w) in LETTERS and _INITIALS.fullmatch(w) and not is_syllable(w)
                              and not abbreviations.find(w)))


def term_for(letters: str, texts: Iterable[str]) -> str:
    """The run of syllables with these initials the texts write most often (first written on a tie), lower case;
    "" when none does. Runs are read within a phrase: "khu B, C" spells no "kbc"."""
    want = fold(letters.lower())
    found: Counter[str] = Counter()
    for text in texts:
        for phrase in phrases(text):
            heads = "".join(fold(initial(s)) for s in phrase)
            for at in (m.start() for m in re.finditer(f"(?={re.escape(want)})", heads)):
                run = phrase[at:at + len(want)]
                if all(s.isalpha() for s in run):
                    found[" ".join(run)] += 1
    return found.most_common(1)[0][0] if found else ""


def read_as(word: str, documents: Iterable[tuple[list[str], Callable[[], list[str]]]]) -> str:
    """The term initials stand for in the first of the documents found for the question (each: its passages found,
    and all its passages, read when asked) that writes either: the passages found first, then the whole document;
    "" when that document writes the initials themselves ("OCOP", "km": the search finds them as typed)."""
    folded = fold(word.lower())
    for found, read in documents:
        for texts in (found, read()):
            if any(folded in {fold(s) for s in phrase} for text in texts for phrase in phrases(text)):
                return ""
            if term := term_for(word, texts):
                return term
    return ""


def spelled(question: str, words: list[str], documents: list[tuple[list[str], Callable[[], list[str]]]]) -> str:
    """The question with each of `words` (unknown initials) written as the term the documents found for it write
    with them (read_as), without diacritics in a question typed without them ("cong ktx" → "cong ky tuc xa");
    unchanged where none is written."""
    plain = typed_without_diacritics(question)
    for word in words:
        term = read_as(word, documents)
        if term:
            question = re.sub(rf"(?<![\w/&-]){re.escape(word)}(?![\w/&-])", fold(term) if plain else term, question)
    return question
