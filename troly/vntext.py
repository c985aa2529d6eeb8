"""The Vietnamese text rules every part of troly shares: ingest, the lexical index, question
analysis and answers all read and compare text through this module, so that a word typed one way
in a question meets the same word written another way in a document.

- characters: NFC, glyphs of broken PDF fonts repaired ("ƣ" → "ư"), one tone-mark placement
  (the older "hòa", "thủy", "ủy", the one most directive texts use; "hoà", "thuỷ", "uỷ" are rewritten);
- spellings: one form of a word written two ways ("quí" → "quý", "kĩ" → "kỹ", "hàng năm" → "hằng năm";
  the table is prompts/spellings.toml);
- folding: lower case without diacritics, "đ" → "d";
- syllables: one per space-separated word, letters and digits split apart ("KL21" → kl, 21), numbers
  without leading zeros ("02" → 2), and "số" before a number dropped ("Kết luận số 21" = "KL 21");
- sentences, filler words, abbreviations and names of bodies (the tables live in prompts/);
- whether a question was typed without diacritics.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from troly import tables
from troly.texts import alternation

# ---- characters ----------------------------------------------------------------------------
# Glyphs of broken PDF fonts and look-alikes, mapped to the Vietnamese letter meant.
GLYPH_FIXES = {
    "ƣ": "ư", "Ƣ": "Ư",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u200b": "", "\ufeff": "", "\u00ad": "",
    "„": "“", "\t": " ",
}
_GLYPH_RE = re.compile("|".join(map(re.escape, GLYPH_FIXES)))
# "ngƣòi" in broken PDFs: the ư glyph is fixed above, the tone mark is off by one.
_WORD_FIXES = {"ngưòi": "người", "Ngưòi": "Người"}

# One tone placement: on the first vowel of "oa", "oe", "uy" when nothing follows ("hòa", "ủy"),
# never inside a longer rhyme ("hoàn", "đoàn", "thuyền" are unaffected).
_TONE_PAIRS_LOWER = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
                     "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
TONE_PAIRS = {**_TONE_PAIRS_LOWER, **{k.upper(): v.upper() for k, v in _TONE_PAIRS_LOWER.items()},
              **{k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in _TONE_PAIRS_LOWER.items()}}
_TONE_RE = re.compile("(?<![qQ])(?:" + "|".join(TONE_PAIRS) + r")(?![^\W\d_])")  # "quý": "qu" is the consonant


def repair(text: str) -> str:
    """NFC and the glyphs of broken fonts repaired (the text stays as written otherwise)."""
    text = unicodedata.normalize("NFC", _GLYPH_RE.sub(lambda m: GLYPH_FIXES[m.group(0)], text))
    for bad, good in _WORD_FIXES.items():
        text = text.replace(bad, good)
    return text


def place_tones(text: str) -> str:
    """The one tone-mark placement: "hoà" → "hòa", "Uỷ ban" → "Ủy ban" (NFC text)."""
    return _TONE_RE.sub(lambda m: TONE_PAIRS[m.group(0)], text)


# ---- spellings (prompts/spellings.toml) ------------------------------------------------------
_SPELLINGS = tables.toml("spellings.toml")
SYLLABLE_FORMS: dict[str, str] = {unicodedata.normalize("NFC", k): unicodedata.normalize("NFC", v)
                                  for k, v in _SPELLINGS["syllables"].items()}
_LETTER_EDGE = (r"(?<![^\W\d_])", r"(?![^\W\d_])")
_SYLLABLE_FORM_RE = re.compile(_LETTER_EDGE[0] + "(?:" + "|".join(sorted(SYLLABLE_FORMS, key=len, reverse=True))
                               + ")" + _LETTER_EDGE[1], re.IGNORECASE)
_EVERY = _SPELLINGS["every"]
_EVERY_RE = re.compile(
    rf"{_LETTER_EDGE[0]}{_EVERY['written']}(?=\s+(?:{'|'.join(_EVERY['units'])}){_LETTER_EDGE[1]}"
    rf"(?!\s*(?:\d|(?:{'|'.join(_EVERY['not_before'])}){_LETTER_EDGE[1]})))", re.IGNORECASE)
_NOT_AFTER = frozenset(_EVERY["not_after"])
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)\s+$")


def _as_cased(written: str, form: str) -> str:
    """`form` in the case of `written`, letter by letter ("QUÍ" → "QUÝ", "Hàng" → "Hằng")."""
    return "".join(f.upper() if w.isupper() else f for w, f in zip(written, form))


def _syllable_form(m: re.Match[str]) -> str:
    written = m.group(0)
    if written.isupper() and not has_marks(written):
        return written  # "LI", "TI" in capitals without marks: a numeral or an abbreviation
    return _as_cased(written, SYLLABLE_FORMS[written.lower()])


def _every_form(m: re.Match[str]) -> str:
    before = _LAST_WORD_RE.search(m.string, max(0, m.start() - 12), m.start())
    if before and before.group(1).lower() in _NOT_AFTER:
        return m.group(0)  # "ngân hàng tháng này": a noun
    return _as_cased(m.group(0), _EVERY["form"])


def spell(text: str) -> str:
    """One spelling of words written two ways ("quí" → "quý", "Hàng năm" → "Hằng năm"), same length (NFC,
    tones placed)."""
    return _EVERY_RE.sub(_every_form, _SYLLABLE_FORM_RE.sub(_syllable_form, text))


def normalize(text: str) -> str:
    """The form text is indexed and compared in: repaired, NFC, one tone placement, one spelling."""
    return spell(place_tones(repair(text)))


_MARKS = dict.fromkeys(range(0x300, 0x370))
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng: one per syllable


@lru_cache(maxsize=300_000)
def fold(text: str) -> str:
    """Lower case without diacritics: "Công Đoàn" → "cong doan". (Cached: the same syllables recur
    all through a corpus, and folding is the costliest step of indexing.)"""
    return unicodedata.normalize("NFD", text.lower().replace("đ", "d")).translate(_MARKS)


def unaccented(text: str) -> str:
    """The text as typed without diacritics, case kept: "Công đoàn Đà Nẵng" → "Cong doan Da Nang" (how benches and
    tests ask a question as a phone user types it; `fold` lower-cases too)."""
    stripped = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in stripped if not unicodedata.combining(c)))


@lru_cache(maxsize=100_000)
def has_marks(word: str) -> bool:
    """Whether a word carries Vietnamese diacritics (tone, hat, horn, đ); case does not count.
    (Cached: the composer asks it of the same words thousands of times an answer.)"""
    return fold(word) != unicodedata.normalize("NFC", word).lower()


# ---- quarters (prompts/date_words.toml) ----------------------------------------------------
_DATE_WORDS = tables.toml("date_words.toml")
_ROMAN_QUARTER: dict[str, str] = _DATE_WORDS["quarter_numerals"]
_DIGIT_QUARTER = {roman.lower(): digit for digit, roman in _ROMAN_QUARTER.items()}
_QUARTER_RE = re.compile(rf"(?<![^\W\d_])({re.escape(_DATE_WORDS['quarter'])})\s+(IV|I{{1,3}}|[1-4])(?![^\W_])",
                         re.IGNORECASE)


def _numeral(m: re.Match[str], roman: bool) -> str:
    number = m.group(2)
    return _ROMAN_QUARTER.get(number, number.upper()) if roman else _DIGIT_QUARTER.get(number.lower(), number)


def quarter_number(numeral: str) -> int:
    """A quarter's number however written: "II", "ii" or "2" → 2 (the numerals of date_words.toml)."""
    return int(_DIGIT_QUARTER.get(numeral.lower(), numeral))


def roman_quarters(text: str) -> str:
    """Quarters as directive texts print them: "quý 2" → "quý II" (what a question's meaning is embedded as)."""
    return _QUARTER_RE.sub(lambda m: f"{m.group(1)} {_numeral(m, True)}", text)


def other_quarter_forms(text: str) -> list[str]:
    """Each quarter a text names, written the other way ("quý 2" → "quý II", "quý II" → "quý 2"): a question typed
    one way finds a text printed the other."""
    return [f"{m.group(1)} {_numeral(m, m.group(2).isdigit())}" for m in _QUARTER_RE.finditer(text)]


# ---- syllables -----------------------------------------------------------------------------
_WORD_RE = re.compile(r"[^\W_]+")
_WORD_CHARS_RE = re.compile(r"\w+")
_DIGIT_SPLIT = re.compile(r"\d+|[^\W\d_]+")
_NUMBER_WORD_RE = re.compile(r"\bsố\s+(?=\d)", re.IGNORECASE)
# Breaks between phrases: syllable pairs never span these.
_BREAK_RE = re.compile(r"[.,;:!?()\[\]{}\"“”‘’'…/\\|<>«»•\n\r\t]|\s[-–—]\s|›")
_SYLLABLE_RE = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
                          r"(?:[aeiouy]{1,3})(ch|ng|nh|[cmnpt])?$")


def words(text: str) -> list[str]:
    """Syllables as written (case kept), normalized: letters and digits split apart, numbers
    without leading zeros, "số" before a number dropped."""
    return list(_words(text))


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    """words(), cached: answering reads the question's words some six times (its tokens, its abbreviations,
    whether it was typed with diacritics …), and a passage's as often (a few thousand texts an answer reads)."""
    out: list[str] = []
    for word in _WORD_RE.findall(_NUMBER_WORD_RE.sub(" ", normalize(text))):
        for part in _DIGIT_SPLIT.findall(word):
            out.append((part.lstrip("0") or "0") if part.isdigit() else part)
    return tuple(out)


# what opens a sentence or a quoted phrase: the word after it is capitalised by writing, not by being a name
_OPENING = re.compile(r"[.?!:;\n\"“”«»()\[\]]")
# a dash between spaces joins two names, never one: "tuyến Hà Tiên – Phú Quốc" is a route between two places
_BETWEEN_NAMES = re.compile(r"\s[–—-]\s")


def capitalised_runs(text: str, names_only: bool = False) -> list[list[str]]:
    """The runs of words of a text written with a capital ("… ở Mỹ Lâm": ["Mỹ", "Lâm"]): where a name may be.
    `names_only`: only the capitals a proper name makes — not a word opening a sentence or a quoted phrase, which
    writing capitalises, nor a short form in capitals throughout ("UBND"); and a dash between spaces ends a name
    ("Hà Tiên – Hòn Nghệ": two places, each known or not on its own)."""
    runs: list[list[str]] = []
    for part in _OPENING.split(text) if names_only else [text]:
        named = [words(piece) for piece in _BETWEEN_NAMES.split(part)] if names_only else [words(part)]
        opening = True
        for piece in named:
            run: list[str] = []
            for word in [*piece, ""]:
                if word[:1].isupper() and not (names_only and (opening or word.isupper())):
                    run.append(word)
                elif run:
                    runs.append(run)
                    run = []
                opening = False
    return runs


def syllables(text: str) -> list[str]:
    """Lower-case syllables of a text (see words())."""
    return [w.lower() for w in words(text)]


def phrases(text: str) -> list[list[str]]:
    """Syllables grouped into punctuation-delimited phrases."""
    return [s for s in (syllables(p) for p in _BREAK_RE.split(text)) if s]


def pairs(tokens: Sequence[str]) -> list[tuple[str, str]]:
    """Adjacent syllable pairs: Vietnamese words are mostly two syllables, so pairs stand in for words."""
    return list(zip(tokens, tokens[1:]))


def initial(word: str) -> str:
    """The base letter a word starts with, lower case ("Đoàn" → "đ", "Ủy" → "u"): what abbreviations are made of."""
    first = word[:1].lower()
    return first if first in ("", "đ") else unicodedata.normalize("NFD", first)[0]


@lru_cache(maxsize=100_000)
def is_syllable(word: str) -> bool:
    """Could this word be an ordinary Vietnamese syllable? "ldld", "ubkt" cannot; "tu", "nghiêng" can."""
    tones = sum(1 for c in unicodedata.normalize("NFD", word) if c in _TONE_MARKS)
    return tones <= 1 and bool(_SYLLABLE_RE.match(fold(word)))


# ---- sentences -----------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"(?<=[.;!?…])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9-])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph (";"-separated clauses count, as directives chain duties with ";")."""
    return [s for s in _SENTENCE_END.split(text) if s]


# ---- filler words (prompts/fillers.toml) ---------------------------------------------------
_FILLERS = tables.toml("fillers.toml")
FRAMES: tuple[str, ...] = tuple(_FILLERS["frames"])
STOP_WORDS: frozenset[str] = frozenset(_FILLERS["function_words"].split()) | {
    w for frame in FRAMES for w in frame.split()}
STOP_FOLDED: frozenset[str] = frozenset(fold(w) for w in STOP_WORDS) - set(_FILLERS["ambiguous_folded"].split())
# The function words alone, folded ("theo", "của"), not a frame's words ("thông" of "xin thông tin"), which name a
# topic elsewhere ("giao thông").
FUNCTION_WORDS: frozenset[str] = frozenset(_FILLERS["function_words"].split())
FUNCTION_FOLDED: frozenset[str] = frozenset(fold(w) for w in FUNCTION_WORDS)
# The everyday words that name no topic anywhere: the function words and the frames of one word ("gì", "nào"), not the
# words of a longer frame ("thông", "tin" of "xin thông tin") — is_topicless.
_TOPICLESS: frozenset[str] = FUNCTION_WORDS | {frame for frame in FRAMES if " " not in frame}
_TOPICLESS_FOLDED: frozenset[str] = frozenset(fold(w) for w in _TOPICLESS) & STOP_FOLDED
# Folded forms that may be filler words ("noi": nói / nơi): typed without diacritics, maybe no topic at all.
MAYBE_STOP_FOLDED: frozenset[str] = frozenset(fold(w) for w in STOP_WORDS)
# Phrases framing a statement to judge or a choice to make ("đúng hay sai", "nào sau đây"), longest first, folded.
_JUDGING_RE = re.compile(r"(?<!\w)(?:" + "|".join(
    re.escape(fold(p)) for p in sorted(_FILLERS["judging"], key=len, reverse=True)) + r")(?!\w)")


def without_judging(question: str) -> str:
    """The question without the phrases framing it as a statement to judge or a choice to make: they say how it
    is asked, not what about, and as whole phrases only ("dưới đây" is none, "dưới 18 tuổi" is)."""
    question = unicodedata.normalize("NFC", question)
    for m in reversed(list(_JUDGING_RE.finditer(fold_same_length(question)))):
        question = f"{question[:m.start()]} {question[m.end():]}"
    return question


def _words_re(words: list[str], end: str = "") -> re.Pattern[str]:
    """Any of the words, whole."""
    return re.compile(r"(?<!\w)" + alternation(words, spaced=False) + r"(?!\w)" + end)


_ASKING = _words_re([*FRAMES, *_FILLERS["asking"]])
_ASKING_FOLDED = _words_re([fold(f) for f in (*FRAMES, *_FILLERS["asking"])])
_ASKING_LAST = _words_re(_FILLERS["asking_last"].split(), r"\W*$")
_ASKING_LAST_FOLDED = _words_re([fold(w) for w in _FILLERS["asking_last"].split()], r"\W*$")
_REQUESTING = _words_re(_FILLERS["requesting"])
_REQUESTING_FOLDED = _words_re([fold(w) for w in _FILLERS["requesting"]])
_CLAIMING = _words_re(_FILLERS["claiming"])
_CLAIMING_FOLDED = _words_re([fold(w) for w in _FILLERS["claiming"]])


def asserts(question: str) -> bool:
    """A message that states something instead of asking it: no "?", no question word or particle of the frames, no
    yes/no particle at its end, no request ("tìm giúp mình …", "mình muốn tìm hiểu …") and a predicate that claims
    something ("Tháng 3 hằng năm là Tháng Thanh niên"; a keyword search, "hạn gửi danh sách vận động viên", has none).
    Like a statement framed "…, đúng hay sai?", it asks whether the documents say just that. Typed without
    diacritics its words are matched folded, so "the", "nao" (thể, não) count as question words: such a message is
    read as a question when in doubt."""
    text = unicodedata.normalize("NFC", question).lower()
    if "?" in text:
        return False
    if typed_without_diacritics(text):
        text = fold(text)
        asking, last, requesting, claiming = _ASKING_FOLDED, _ASKING_LAST_FOLDED, _REQUESTING_FOLDED, _CLAIMING_FOLDED
    else:
        asking, last, requesting, claiming = _ASKING, _ASKING_LAST, _REQUESTING, _CLAIMING
    return not (asking.search(text) or last.search(text) or requesting.search(text)) and bool(claiming.search(text))


# Everyday words of questions: their accented forms help restore diacritics.
QUESTION_WORDS: tuple[str, ...] = FRAMES + tables.lines("question_words.txt")


def is_stopword(token: str) -> bool:
    """A word that carries no topic (judged by its folded form when typed without diacritics)."""
    return token in STOP_WORDS if has_marks(token) else token in STOP_FOLDED


def is_topicless(token: str) -> bool:
    """A stopword that names no topic wherever it stands: a function word or a frame of one word ("nào"), not a word
    of a longer frame that names one elsewhere ("thông" of "xin thông tin": "giao thông nông thôn")."""
    return token in _TOPICLESS if has_marks(token) else token in _TOPICLESS_FOLDED


def maybe_stopword(token: str) -> bool:
    """A word that may carry no topic: a filler word, or typed without diacritics as one may be ("noi": nói)."""
    return token in STOP_WORDS if has_marks(token) else token in MAYBE_STOP_FOLDED


# The words joining a follow-up to the question it goes on from ("… (tiếp theo câu hỏi: …)"): troly's, not the user's.
_JOINED_FORM = tables.toml("followup_words.toml")["joined"]
_JOINED = re.compile("^" + re.escape(_JOINED_FORM).replace(re.escape("{question}"), "(?P<question>.*)")
                     .replace(re.escape("{previous}"), "(?P<previous>.*)") + "$", re.DOTALL)


def joined_parts(question: str) -> tuple[str, str] | None:
    """A follow-up joined to the question it goes on from: (what the user typed, the previous question); else None."""
    m = _JOINED.match(question.strip())
    return (m["question"], m["previous"]) if m else None


def unframed(question: str) -> str:
    """A follow-up joined to the question it goes on from, without the joining words: what the user typed and the
    question it goes on from; any other question as it is (its own brackets kept)."""
    parts = joined_parts(question)
    return " ".join(parts) if parts else question


def typed_without_diacritics(text: str, abbreviations: "Abbreviations | None" = None, least: int = 0) -> bool:
    """Whether a question (a passage) was typed without diacritics: fewer than a quarter of its words (letters
    only, abbreviations aside) carry any. Then "bao" may stand for "báo", and diacritics are restored. `least`: the
    words of two letters or more it must hold to be judged so ("2021-2025", "ISO 9001" hold too few). (Cached: an answer
    asks it of the same sentences many times; with `abbreviations`, on them, so the judgments die with a store's
    Lexicon when a new one replaces it.)"""
    if abbreviations is None:
        return _typed_plain(text, least)
    return abbreviations.typed_without_diacritics(text, least)


@lru_cache(maxsize=20_000)
def _typed_plain(text: str, least: int) -> bool:
    """typed_without_diacritics with no abbreviations set aside (cached)."""
    return _typed_without_diacritics(text, None, least)


def _typed_without_diacritics(text: str, abbreviations: "Abbreviations | None", least: int) -> bool:
    plain = [w for w in words(unframed(text)) if w.isalpha() and not (abbreviations and abbreviations.find(w))]
    if sum(1 for w in plain if len(w) > 1) < least:
        return False
    marked = sum(1 for w in plain if has_marks(w))
    return marked < max(1, 0.25 * len(plain))


# ---- abbreviations (prompts/abbreviations.tsv) ---------------------------------------------
def abbreviation_key(abbr: str) -> str:
    """How an abbreviation is looked up however typed: "GD&ĐT", "gd-dt", "GDĐT" → "gddt"."""
    return fold(abbr).replace("&", "").replace("-", "")


def _marked_key(abbr: str) -> str:
    """An abbreviation as written, marks kept, its joining signs aside: "GD&ĐT", "GDĐT" → "gdđt"."""
    return unicodedata.normalize("NFC", abbr).casefold().replace("&", "").replace("-", "")


@dataclass(frozen=True)
class Abbreviation:
    short: str      # as written in the table or the document ("CĐCS")
    expansion: str  # what it stands for ("công đoàn cơ sở")


class Abbreviations:
    """The common table plus a corpus's own definitions (which win: a document knows what it means)."""

    def __init__(self, glossary: Mapping[str, str] | None = None) -> None:
        self.exact: dict[str, Abbreviation] = {}
        self.by_key: dict[str, Abbreviation] = {}
        self._found: dict[str, Abbreviation | None] = {}  # find() by word
        self._spelled: dict[str, str] = {}  # spelled() by text
        self._typed: dict[tuple[str, int], bool] = {}  # typed_without_diacritics() by text and least
        for row in tables.rows("abbreviations.tsv"):
            if len(row) >= 2 and row[0] and row[1]:
                self._add(Abbreviation(row[0], row[1]), first_wins=True)
        for short, expansion in (glossary or {}).items():
            if self.taught(short) and expansion.strip():
                self._add(Abbreviation(short.strip(), expansion.strip()), first_wins=False)

    def _add(self, entry: Abbreviation, first_wins: bool) -> None:
        exact, key = entry.short.casefold(), abbreviation_key(entry.short)
        if not key:
            return
        if first_wins:
            self.exact.setdefault(exact, entry)
            self.by_key.setdefault(key, entry)
        else:
            self.exact[exact] = entry
            self.by_key[key] = entry

    def find(self, word: str) -> Abbreviation | None:
        """The abbreviation a word stands for, if it is one: written as in the table, or typed without
        diacritics ("cdcs"); either way in capitals or not an ordinary syllable ("tu" stays a word).
        (Cached: the composer asks it of every word of every passage it reads.)"""
        if word in self._found:
            return self._found[word]
        if len(self._found) >= 100_000:
            self._found.clear()
        found = self._found[word] = self._find(word)
        return found

    def _find(self, word: str) -> Abbreviation | None:
        if not self.may_be(word):
            return None
        entry = self.exact.get(unicodedata.normalize("NFC", word).casefold())
        if entry is None and (not has_marks(word) or not is_syllable(word)):
            entry = self.by_key.get(abbreviation_key(word))
            # a word written with its marks is that abbreviation only if they are the entry's: "GDĐT" is "GD&ĐT",
            # but "ĐN" (Đà Nẵng, Đồng Nai) is no "DN" (doanh nghiệp) — only typing without marks folds them away
            if entry is not None and has_marks(word) and _marked_key(word) != _marked_key(entry.short):
                entry = None
        return entry

    def spelled(self, text: str) -> str:
        """The text with each abbreviation written as what it stands for ("HTX vay" → "hợp tác xã vay"): how a reader
        comparing words, not weighing them as the search does (Lexicon.marked_tokens), meets a document writing them
        out. (Cached: an answer spells the same sentences many times.)"""
        if text in self._spelled:
            return self._spelled[text]
        if len(self._spelled) >= 20_000:
            self._spelled.clear()
        spelled = self._spelled[text] = _WORD_CHARS_RE.sub(
            lambda m: a.expansion if (a := self.find(m.group())) else m.group(), text)
        return spelled

    def typed_without_diacritics(self, text: str, least: int = 0) -> bool:
        """typed_without_diacritics with these abbreviations aside. (Cached here, not in a module's cache that would
        keep every Abbreviations ever asked, and its caches, alive.)"""
        key = (text, least)
        if key in self._typed:
            return self._typed[key]
        if len(self._typed) >= 20_000:
            self._typed.clear()
        typed = self._typed[key] = _typed_without_diacritics(text, self, least)
        return typed

    @classmethod
    def taught(cls, short: str) -> bool:
        """Whether a name a document's glossary holds is an abbreviation (one word that may be one, "UBND"); its other
        names ("giáo án" for "kế hoạch bài dạy") are read as synonyms are (troly/synonyms.py)."""
        return len(short.split()) == 1 and cls.may_be(short.strip())

    @staticmethod
    def may_be(word: str) -> bool:
        """Whether a word is written as an abbreviation may be, whatever the table: two letters or more, in
        capitals or no ordinary syllable (only such words can expand: a glossary changed changes no other)."""
        if len(word) < 2 or word.isdigit():
            return False
        return sum(ch.isupper() for ch in word) >= 2 or not is_syllable(word)

    def __iter__(self):
        return iter(self.by_key.values())

    def __len__(self) -> int:
        return len(self.by_key)


@lru_cache(maxsize=1)
def common_abbreviations() -> Abbreviations:
    """The common table alone (prompts/abbreviations.tsv), built once: the readers of a question or an issuer's name
    that know no corpus's glossary share it."""
    return Abbreviations()


# ---- provinces and cities (prompts/places.tsv) ---------------------------------------------
@lru_cache(maxsize=1)
def _self_reference() -> re.Pattern[str]:
    """The phrases naming the document asked of as a whole (header_words.toml [scope] carried_out, this), folded."""
    scope = tables.toml("header_words.toml")["scope"]
    kinds = alternation([*kind_names(), *(plain_words(w) for w in scope["any_document"])])
    carried = alternation([plain_words(w) for w in scope["carried_out"]])
    this = alternation([plain_words(w) for w in scope["this"]])
    return re.compile(rf"(?<!\w)(?:(?:{carried})\s+)?(?:{kinds})\s+(?:{this})(?!\w)"
                      rf"|(?<!\w)(?:{carried})\s+(?:{kinds})(?=\s*(?:[,;:?!.]|$))")


def without_self_reference(question: str) -> str:
    """The question without the words naming the document it is asked of as a whole ("… kết quả thực hiện kế
    hoạch?", "văn bản này"): they say which document (search scopes by them), not what the answering line holds,
    and counted as its words they sink how much of the question that line covers and how close it is in meaning."""
    question = unicodedata.normalize("NFC", question)
    rest = question
    for m in reversed(list(_self_reference().finditer(fold_same_length(question.lower())))):
        rest = f"{rest[:m.start()]}{rest[m.end():]}"
    return rest if any(c.isalpha() for c in rest) else question  # "Kế hoạch này?" names only the document


@lru_cache(maxsize=20_000)
def plain_words(text: str) -> str:
    """Folded words joined by one space, every other character dropped ("TP.HCM" → "tp hcm"). (Cached: the readers
    of a question and of the lines of an answer fold the same texts over and over.)"""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def content_words(text: str) -> set[str]:
    """The folded words of a text that may name what it is about (a case, a clause's subject): not function words nor
    figures. Shared by the readers that match a question's subject to one clause of a line."""
    return {w for w in re.findall(r"[^\W\d]+", fold(text)) if w not in STOP_FOLDED}


def plain_content(text: str) -> set[str]:
    """Its plain words (plain_words: folded, figures kept) that are no function words: what a label, an item or a
    question names, compared so whether typed with diacritics or without."""
    return {w for w in plain_words(text).split() if w not in STOP_FOLDED}


def padded_words(text: str) -> str:
    """Its plain words with a space either side (" tp hcm "): a phrase's plain words, padded too, are found in it by
    substring as whole words only."""
    return f" {plain_words(text)} "


@lru_cache(maxsize=2)
def kind_names(codes: bool = False) -> dict[str, str]:
    """How a message names each kind of document, as plain words → the kind as records name it ("ke hoach" →
    "Kế hoạch"); with `codes` its code too where prompts/document_kinds.tsv's third column says a question names it so
    ("kh" → "Kế hoạch", not "da" for Đề án: typed without diacritics it is "đã"). The one reading of the table for
    every rule asking whether a kind of document is named."""
    out: dict[str, str] = {}
    for row in tables.rows("document_kinds.tsv"):
        if len(row) > 1 and row[1]:
            out.setdefault(plain_words(row[1]), row[1])
            if codes and row[0] and "mã" in {w.strip() for w in (row[2] if len(row) > 2 else "").split(",")}:
                out.setdefault(plain_words(row[0]), row[1])
    return out


def place_forms() -> list[tuple[str, str]]:
    """(form, name) of every way prompts/places.tsv writes a province or city, as written ("TP HCM", "Khánh Hoà")."""
    return [(form, row[0]) for row in tables.rows("places.tsv")
            for form in [row[0], *filter(None, (row[1] if len(row) > 1 else "").split("|"))]]


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """{every way people type a province or city, as plain words ("tp hcm", "lam dong"): its name}."""
    return {plain_words(form): name for form, name in place_forms()}


@lru_cache(maxsize=1)
def merged_places() -> dict[str, str]:
    """{a province's name: the province it became part of in the 2025 mergers} (places.tsv's third column): a
    question naming Quảng Nam may mean a document of Đà Nẵng, and one naming Lâm Đồng a document of Bình Thuận."""
    return {row[0]: row[2] for row in tables.rows("places.tsv") if len(row) > 2 and row[2]}


def place_alternation(joint: str) -> str:
    """A regex alternation of every typed form of a place (plain words, longest first), its words joined by
    `joint` (what may stand between them: "TP.HCM", "Lâm  Đồng")."""
    return "|".join(joint.join(map(re.escape, form.split())) for form in sorted(places(), key=len, reverse=True))


# The level words a province's name may follow ("tỉnh Lâm Đồng", "thành phố Hà Nội"); the first is the level
# of the bodies a province names ("CĐGD Lâm Đồng" is "CĐGD tỉnh").
PROVINCE_LEVELS: tuple[str, ...] = tuple(tables.toml("header_words.toml")["scope"]["province_level"])


# ---- names of bodies (prompts/bodies.tsv) --------------------------------------------------
OPEN = " …"  # a table name ending so is a kind of body followed by its own name ("Sở …")


@dataclass(frozen=True)
class Body:
    name: str                 # canonical ("Công đoàn cơ sở"); a kind when it ends in " …"
    short: str = ""           # "CĐCS"
    variants: tuple[str, ...] = ()

    @property
    def is_kind(self) -> bool:
        return self.name.endswith(OPEN)

    @property
    def names(self) -> tuple[str, ...]:
        """Every way of writing it the table knows (canonical first)."""
        return tuple(n for n in (self.name.removesuffix(OPEN), self.short, *self.variants) if n)

    @property
    def short_or_name(self) -> str:
        return self.short or self.name

    def to_json(self) -> dict:
        return {"name": self.name, "short": self.short_or_name}


@dataclass(frozen=True)
class Mention:
    """A body named in a text: where (character offsets in the text as given) and which body."""
    body: Body
    start: int
    end: int


class _SameLengthFold(dict):
    """Each character's one-character folded form, worked out the first time it is met (for str.translate)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        f = fold(ch) if ch.isalpha() else ch.lower()
        self[code] = f = f if len(f) == 1 else ch.lower()[:1] or " "
        return f


_SAME_LENGTH = _SameLengthFold()


def fold_same_length(text: str) -> str:
    """Lower case without diacritics, one character for each character of NFC `text`, so that
    offsets found in the folded text hold in the original. (One table lookup a character: bodies are
    looked for in every sentence of a document.)"""
    return text.translate(_SAME_LENGTH)


def is_acronym(word: str) -> bool:
    """Two or more letters, all capitals ("LĐLĐ", "TU", "CĐ-CS")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _variant_pattern(variant: str) -> str:
    words_ = fold_same_length(unicodedata.normalize("NFC", variant)).split()
    return r"\s+".join(re.escape(w) for w in words_)


# Ordinary nouns opening with a body's name ("Văn phòng phẩm"), folded as fold_same_length folds: no body there.
_NOT_BODIES = re.compile(r"(?:" + "|".join(_variant_pattern(w) for w in tables.lines("not_bodies.txt")) + r")(?![\w&])")


class Bodies:
    """The bodies that issue, receive and carry out directives, and every name they go by
    (prompts/bodies.tsv). Documents name one body many ways ("CĐCS", "Mỗi công đoàn cơ sở", a plan's own
    abbreviation); `mentions` finds them in a text with offsets, `resolve` turns a typed name into its body,
    ignoring case and diacritics and preferring the longest name; kinds of body ("Sở …") are not names."""

    def __init__(self, abbreviations: Abbreviations | None = None,
                 extra: Mapping[Body, Sequence[str]] | None = None) -> None:
        self.abbreviations = abbreviations or Abbreviations()
        self.all: tuple[Body, ...] = tuple(
            Body(row[0], row[1] if len(row) > 1 else "",
                 tuple(v.strip() for v in (row[2] if len(row) > 2 else "").split(";") if v.strip()))
            for row in tables.rows("bodies.tsv"))
        self._extra = dict(extra or {})  # a document's own abbreviations of bodies
        self._found: dict[str, tuple[Mention, ...]] = {}  # mentions() by text

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds of body a name opens with ("Sở", "Công ty": the table's rows ending in " …"), as written there."""
        return tuple(b.name.removesuffix(OPEN) for b in self.all if b.is_kind)

    @property
    def named(self) -> tuple[Body, ...]:
        """Bodies with a name of their own (not kinds), and more than one way of writing it."""
        return tuple(b for b in self.all if not b.is_kind and len(b.names) > 1)

    def heads(self) -> tuple[str, ...]:
        """Words that open a body's name ("Công đoàn", "Ban", "Sở"), longest first — for patterns
        that find names in running text."""
        kinds = self.kinds
        found = set(kinds) | {b.name for b in self.all if not b.is_kind and not any(
            b.name.startswith(k + " ") for k in kinds)}
        return tuple(sorted(found, key=lambda s: (-len(s), s)))

    def shorts(self) -> tuple[str, ...]:
        """Short forms of the table's bodies, first word only ("LĐLĐ", "CĐCS", "UBKT")."""
        return tuple(sorted({b.short.split()[0] for b in self.all if b.short}, key=lambda s: (-len(s), s)))

    def pattern(self) -> str:
        """A regular-expression group finding the start of a body's name in running text: a name or
        short form of the table, or a kind followed by its own name (a one-word kind only before a
        capital: "Ban Tuyên giáo", never "Ban hành")."""
        kinds = set(self.kinds)
        names = {n for b in self.all if not b.is_kind for n in b.names} | set(self.shorts())
        names |= {h for h in self.heads() if h not in kinds}
        names |= {k for k in kinds if " " in k}
        single = sorted((k for k in kinds if " " not in k), key=lambda s: (-len(s), s))
        capital = "(?=\\s+[A-ZĐÀ-Ỹ])"
        # Names as the table writes them, the first letter as written and the rest in any case
        # ("Ủy ban Kiểm tra", "Ủy ban kiểm tra"); longest first, either tone placement.
        # Short forms exactly as written ("TU", never the start of "Tuyên"), each ending a word.
        shorts = set(self.shorts()) | {b.short for b in self.all if b.short}
        def first_as_written(name: str) -> str:
            cut = 2 if tone_pattern(name[:2]) != re.escape(name[:2]) else 1  # "Ủy": the tone pair stays whole
            return tone_pattern(name[:cut]) + "(?i:" + tone_pattern(name[cut:]) + ")"

        named = [tone_pattern(n) if n in shorts else first_as_written(n)
                 for n in sorted(names, key=lambda s: (-len(s), s))]
        return "(?:(?:" + "|".join(named) + ")(?![^\\W_])|" + "|".join(tone_pattern(k) + capital for k in single) + ")"


    # ---- finding bodies in running text (with offsets) ----------------------------------------
    @cached_property
    def _matcher(self) -> tuple[dict[str, Body], set[str], re.Pattern[str], dict[str, Body]]:
        by_variant: dict[str, Body] = {}
        acronyms: set[str] = set()  # variants that open with a short form ("TU", "LĐLĐ tỉnh"): in capitals only
        for body in self.all:
            if body.is_kind:
                continue
            for v in [body.name, body.short_or_name, *body.variants, *self._extra.get(body, ())]:
                key = " ".join(fold_same_length(v).split())
                by_variant.setdefault(key, body)
                if v.split() and is_acronym(v.split()[0]):
                    acronyms.add(key)
        alternation = "|".join(_variant_pattern(v) for v in sorted(by_variant, key=len, reverse=True))
        # A body of a province named with the province ("CĐGD Lâm Đồng", "LĐLĐ tỉnh Gia Lai", "LĐLĐ TP.HCM"):
        # the name before the level ("CĐGD" of "CĐGD tỉnh"), maybe a level word, then a place.
        level = fold(PROVINCE_LEVELS[0])
        provincial = {key.removesuffix(" " + level): body for key, body in by_variant.items()
                      if key.endswith(" " + level)}
        acronyms |= {prefix for prefix in provincial if f"{prefix} {level}" in acronyms}
        joint = r"[^\w&]+"
        place_alt = place_alternation(joint)
        level_alt = "|".join(joint.join(map(re.escape, plain_words(w).split())) for w in PROVINCE_LEVELS)
        prefix_alt = "|".join(_variant_pattern(v) for v in sorted(provincial, key=len, reverse=True))
        with_place = rf"(?P<province>{prefix_alt}){joint}(?:(?:{level_alt}){joint})?(?:{place_alt})"
        pattern = re.compile(rf"(?<![\w&])(?:{with_place}|{alternation})(?![\w&])")
        return by_variant, acronyms, pattern, provincial

    def with_abbreviations(self, glossary: Mapping[str, str] | None) -> "Bodies":
        """These bodies plus a document's own abbreviations of them ("công đoàn cơ sở (CĐCS)")."""
        by_variant = self._matcher[0]
        extra: dict[Body, list[str]] = {b: list(v) for b, v in self._extra.items()}
        added = False
        for abbr, expansion in (glossary or {}).items():
            body = by_variant.get(" ".join(fold_same_length(expansion).split()))
            if body is not None and fold_same_length(abbr) not in by_variant:
                extra.setdefault(body, []).append(abbr)
                added = True
        return Bodies(self.abbreviations, extra) if added else self

    def mentions(self, text: str) -> list[Mention]:
        """Bodies named in `text`, longest name first, not overlapping; a body named right after
        another ("Ban Công tác cơ sở LĐLĐ tỉnh") belongs to the first. (Cached: reading a document's
        duties asks it of the same sentence several times.)"""
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= 10_000:
                self._found.clear()
            found = self._found[text] = tuple(self._mentions(text))
        return list(found)

    def _mentions(self, text: str) -> list[Mention]:
        by_variant, acronyms, pattern, provincial = self._matcher
        found: list[Mention] = []
        folded = fold_same_length(text)
        for m in pattern.finditer(folded):
            if _NOT_BODIES.match(folded, m.start()):
                continue  # "Văn phòng phẩm": stationery, not "Văn phòng"
            key = " ".join((m.group("province") or m.group(0)).split())
            first = text[m.start():m.end()].split()[0]
            if key in acronyms and not is_acronym(first) and is_syllable(fold(first)):
                continue  # "từ", "Tu dưỡng" are not "TU"; "cdcs", no syllable, is "CĐCS" typed in haste
            body = provincial[key] if m.group("province") else by_variant[key]
            if found and not text[found[-1].end:m.start()].strip():
                found[-1] = Mention(found[-1].body, found[-1].start, m.end())
                continue
            found.append(Mention(body, m.start(), m.end()))
        return found

    def bodies_in(self, text: str) -> list[Mention]:
        """The bodies a question or a typed name names as bodies: its mentions but those after a person's role
        in them ("Tổ phó tổ công đoàn", "Chủ tịch CĐCS" name a person; "Đoàn Chủ tịch Tổng Liên đoàn" stays a
        body). A document's duties of "Chủ tịch UBND …" stay its body's (mentions)."""
        folded, found = fold_same_length(text), self.mentions(text)
        out: list[Mention] = []
        for m in found:
            role = _ROLE_BEFORE.search(folded, max(0, m.start - ROLE_REACH), m.start)
            if role is None or any(o.start <= role.start(1) < o.end for o in found):
                out.append(m)
        return out

    def resolve(self, name: str) -> Body | None:
        """The body a typed name stands for: an exact name, else the body it names inside — not one a person's
        role is held in ("Tổ phó tổ công đoàn")."""
        key = " ".join(fold_same_length(name.strip()).split())
        if key in self._matcher[0]:
            return self._matcher[0][key]
        found = self.bodies_in(name)
        return found[0].body if found else None

    def qualifier(self, name: str) -> list[str]:
        """The words of a typed name after the body it names, folded: what says whose body it is ("Văn phòng Công
        đoàn": the union's office, not the Ban Chỉ đạo's, though resolve() gives "Văn phòng" for both); none for a name
        that is a body's whole ("Văn phòng", "Mỗi công đoàn cơ sở", "CĐGD Bắc Ninh")."""
        found = self.bodies_in(name)
        if not found:
            return []
        folded = fold_same_length(name)
        own = self._matcher[2].match(folded, found[0].start)  # its own name, not the body after it it was joined with
        return folded[own.end() if own else found[0].end:].split()


# A person's role right before a body's name (prompts/body_roles.txt), folded as fold_same_length folds;
# ROLE_REACH: characters before the name in which one is looked for (the longest role and its spaces).
ROLE_REACH = 32


def folded_alternation(phrases: list[str]) -> str:
    """Phrases as one pattern matching their fold_same_length form, the longest first, words apart by any space."""
    return "|".join(r"\s+".join(map(re.escape, fold_same_length(unicodedata.normalize("NFC", p)).split()))
                    for p in sorted(phrases, key=len, reverse=True))


# The roles (prompts/body_roles.txt) as one pattern over fold_same_length text: Bodies, names_role and the obligations'
# doers (ingest/obligations.py) read them from here.
ROLES = folded_alternation(tables.lines("body_roles.txt"))
_ROLE_BEFORE = re.compile(rf"(?<![\w&])({ROLES})\s+$")


_ROLE = re.compile(rf"(?<![\w&])(?:{ROLES})(?!\w)")


def names_role(text: str) -> bool:
    """Whether the text names a person's role ("tổ trưởng", "chủ tịch", typed with or without diacritics): a
    question of its own subject ("to truong phai lam gi"), even when the body the role is held in goes unsaid."""
    return bool(_ROLE.search(fold_same_length(unicodedata.normalize("NFC", text))))


def tone_pattern(text: str) -> str:
    """A regular expression matching text with either tone placement ("Ủy ban" also as "Uỷ ban")."""
    reverse = {v: k for k, v in TONE_PAIRS.items()}
    out, i = [], 0
    while i < len(text):
        two = text[i:i + 2]
        if two in reverse and not text[i + 2:i + 3].isalpha():
            out.append(f"(?:{re.escape(two)}|{re.escape(reverse[two])})")
            i += 2
        else:
            out.append(re.escape(text[i]))
            i += 1
    return "".join(out)


@lru_cache(maxsize=1)
def bodies() -> Bodies:
    """The table of bodies with the common abbreviations (shared: it never changes while running)."""
    return Bodies()


# Where a clause starts inside a lead-in: after a sentence's or clause's end (". ", "; ", ": "), or after a comma
# before a capital — the body that speaks after what it acts on ("Thực hiện Hướng dẫn … các cấp, Ban Chấp hành … đề
# nghị …"); a comma before a small letter may be inside a phrase ("an toàn, vệ sinh lao động").
_CLAUSE_END = re.compile(r"([.;:,])\s+(?=\S)")


def cut_start(text: str, limit: int, starts: re.Pattern[str] | None = None) -> str:
    """`text` in at most `limit` characters, its end kept, "…" at the front (a lead-in's last words say what its
    items are): from the first clause start that leaves no more than `limit`; else from the first match of `starts`
    that does (a word that opens what the lead-in asks: "…đề nghị các công đoàn cơ sở thực hiện …", rather than the
    middle of the name of the body asking); else between words."""
    if len(text) <= limit:
        return text
    clause = next((m.end() for m in _CLAUSE_END.finditer(text)
                   if len(text) - m.end() <= limit and (m.group(1) != "," or text[m.end()].isupper())), None)
    if clause is None and starts is not None:
        clause = next((m.start() for m in starts.finditer(text) if len(text) - m.start() <= limit), None)
    if clause is not None:
        return "…" + text[clause:]
    tail = text[-limit:]
    if not text[-limit - 1].isspace() and " " in tail:
        tail = tail.split(" ", 1)[1]
    return "…" + tail.lstrip()
