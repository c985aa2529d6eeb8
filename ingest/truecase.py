"""Sentence case for titles typed in capitals, learnt from the document's own body.

"KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA LIÊN ĐOÀN LAO ĐỘNG TỈNH" should read
"Kế hoạch thực hiện Chương trình hành động của Liên đoàn Lao động tỉnh": which words keep a
capital is a matter of names, and the body spells those names mid-sentence. The longest run of
words the body also uses decides; words it never uses are lowercase.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from troly import tables
from troly.vntext import bodies, place_tones

_WORD_RE = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*")
_BREAK_RE = re.compile(r"[.:;!?“”\"()\[\]|]|\s[-–]\s|,")  # "|": a table cell opens a clause
_ABBR_RE = re.compile(r"\s*\([A-ZĐ][A-ZĐƯƠ&0-9]{1,12}\)")
_PART_RE = re.compile(r"[-/]")
MAX_N = 6
_NAME_MAX = 4  # words of a person's or place's name ("Nguyễn Thị Minh Khai")


class CaseModel:
    """Cased forms of word runs (1..MAX_N words) seen mid-sentence in a text.

    Only the runs a title or a name asks about are counted (their first word's places in the text are
    indexed once, on the first question): a large file names its title once but holds ~10^6 runs."""

    def __init__(self, text: str) -> None:
        self._lines = text.split("\n")
        self._index: _Index | None = None
        self._forms: dict[tuple[str, ...], Counter[tuple[str, ...]] | None] = {}

    def _forms_of(self, key: tuple[str, ...]) -> Counter[tuple[str, ...]] | None:
        """How the text writes the run `key` (lower case), in the order the forms first appear; None if never."""
        if key not in self._forms:
            self._forms[key] = self._count(key)
        return self._forms[key]

    def _count(self, key: tuple[str, ...]) -> Counter[tuple[str, ...]] | None:
        n = len(key)
        if not 1 <= n <= MAX_N:
            return None
        if self._index is None:
            self._index = _index(self._lines)
        clauses, starts, parts = self._index
        # (place, form) of each time the run is written: (clause, word, 0) for the run, (clause, word, k)
        # for the k-th part of a word ("1237/QĐ-TTg": "TTg" as printed)
        found: list[tuple[tuple[int, int, int], tuple[str, ...]]] = []
        for c, i in starts.get(key[0], ()):
            words, lower, shouted = clauses[c]
            # words in capitals inside a line (a header run into it) teach no case
            if lower[i:i + n] == key and not any(shouted[i:i + n]):
                found.append(((c, i, 0), words[i:i + n]))
        if n == 1:
            found += parts.get(key[0], [])
            found.sort(key=lambda f: f[0])
        if not found:
            return None
        forms: Counter[tuple[str, ...]] = Counter()
        for _, form in found:
            forms[form] += 1
        return forms

    def writes_lower(self, word: str) -> bool:
        """Whether the text writes the word mid-sentence, and mostly in lower case (a common word, no name)."""
        forms = self._forms_of((word.lower(),))
        return bool(forms) and forms.most_common(1)[0][0][0].islower()

    def never_writes(self, *words: str) -> bool:
        """Whether the text never writes the run of words mid-sentence."""
        return self._forms_of(tuple(w.lower() for w in words)) is None

    def only_capitalised(self, word: str) -> bool:
        """Whether the text writes the word on its own mid-sentence, always with a capital (a name's word, "Lê",
        "Hùng"); as a piece of a joined word ("com-lê") it is not written on its own."""
        forms = self._forms_of((word.lower(),))
        if not forms or self._index is None:
            return False
        whole = forms - Counter(form for _, form in self._index[2].get(word.lower(), []))
        return bool(whole) and all(form[0][:1].isupper() for form in whole)

    def case_words(self, words: list[str]) -> list[str]:
        """Cased forms for words (any case in), longest known runs first."""
        out: list[str] = []
        i = 0
        while i < len(words):
            in_lowercase_run = False
            for n in range(min(MAX_N, len(words) - i), 0, -1):
                forms = self._forms_of(tuple(w.lower() for w in words[i:i + n]))
                if forms and n == 1 and _is_acronym(words[i]):
                    best = forms.most_common(1)[0][0]
                    out.append(best[0] if best[0].lower() != best[0] else words[i])  # "TTG" → "TTg"
                    i += 1
                    break
                if forms:
                    best = forms.most_common(1)[0][0]
                    if n > 1 and all(w.islower() for w in best):
                        in_lowercase_run = True  # a shorter run may still be a name ("Liên đoàn Lao động")
                        continue
                    if n == 1 and in_lowercase_run and not _is_acronym(words[i]):
                        best = (words[i].lower(),)  # "giải quyết", not "Quyết" as in "Quyết định"
                    out.extend(best)
                    i += n
                    break
            else:
                word = words[i]
                out.append(word if _is_acronym(word) else word.lower())
                i += 1
        return out


_Clause = tuple[tuple[str, ...], tuple[str, ...], tuple[bool, ...]]  # words, lower-cased, which are in capitals


@lru_cache(maxsize=16_384)
def _clauses(line: str) -> tuple[_Clause, ...]:
    """The clauses of a line (of two words or more) that teach case. (Cached: the parts of a dossier are
    read again for each part's own title.)"""
    letters = [c for c in line if c.isalpha()]
    if not letters or all(c.isupper() for c in letters):
        return ()  # lines in capitals say nothing about case
    out = []
    for piece in _BREAK_RE.split(_ABBR_RE.sub("", line)):
        words = tuple(_WORD_RE.findall(piece))
        if len(words) > 1:  # the first word of a sentence or clause is capitalised by position, not by name
            out.append((words, tuple(w.lower() for w in words), tuple(_shouted(w) for w in words)))
    return tuple(out)


# The text's clauses; where each word stands in them (not first in its clause), lower-cased word -> (clause,
# word); and each part of a word joined by "-" or "/" after its first, lower-cased -> ((clause, word, k), (part,)).
_Index = tuple[list[_Clause], dict[str, list[tuple[int, int]]],
               dict[str, list[tuple[tuple[int, int, int], tuple[str]]]]]


def _index(lines: list[str]) -> _Index:
    clauses: list[_Clause] = []
    starts: dict[str, list[tuple[int, int]]] = defaultdict(list)
    parts: dict[str, list[tuple[tuple[int, int, int], tuple[str]]]] = defaultdict(list)
    for line in lines:
        for clause in _clauses(line):
            c = len(clauses)
            clauses.append(clause)
            words, lower, _ = clause
            for i in range(1, len(words)):
                starts[lower[i]].append((c, i))
                if "-" in words[i] or "/" in words[i]:
                    for k, part in enumerate(_PART_RE.split(words[i])[1:], 1):
                        parts[part.lower()].append(((c, i, k), (part,)))
    return clauses, starts, parts

def _shouted(word: str) -> bool:
    """A word in capitals that is no abbreviation ("ĐOÀN", not "CĐCS")."""
    return len(word) > 1 and word.isupper() and not _is_acronym(word)


def _is_acronym(word: str) -> bool:
    """LĐLĐ, CĐGD, 02-NQ/TW, XIII: tokens that stay in capitals whatever the sentence case."""
    letters = [c for c in word if c.isalpha()]
    if any(c.isdigit() for c in word) or "/" in word:
        return True
    if re.fullmatch(r"[IVXLC]+", word):
        return True
    vowels = sum(1 for c in word.lower()
                 if c in "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
    return len(letters) >= 2 and vowels == 0


def sentence_case(text: str, model: CaseModel, first_upper: bool = True) -> str:
    """`text` with each word in the case the body uses for it; the first letter as asked."""
    tokens = re.split(r"(\W+)", text)
    words = [t for t in tokens if t and _WORD_RE.fullmatch(t)]
    cased = iter(model.case_words(words))
    out = "".join(next(cased) if t and _WORD_RE.fullmatch(t) else t for t in tokens)
    return _first_letter(out, first_upper)


def name_case(text: str, model: CaseModel) -> str:
    """A name printed in capitals ("CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT LÊ LỢI") in sentence case, its own name at the end
    capitalised word by word as Vietnamese names are: the words after one the body only writes capitalised (a
    name's first word, "Lê" of "Lê Thị Mai") when the body never writes any two of them together ("lợi" it writes
    in "phúc lợi"; "Giáo dục tỉnh" it writes together, no name), a name being of _NAME_MAX words at most. A word
    the body never writes at all stays in lower case: "LAO ĐỘNG HUYỆN" is no name."""
    cased = sentence_case(text, model)
    tokens = re.split(r"(\W+)", cased)
    at = [i for i, t in enumerate(tokens) if t and _WORD_RE.fullmatch(t)]
    words = [tokens[i] for i in at]
    for k in range(len(words) - 2, max(len(words) - _NAME_MAX, 0) - 1, -1):
        pairs = zip(words[k:], words[k + 1:])
        if k and model.only_capitalised(words[k]) and all(model.never_writes(a, b) for a, b in pairs) \
                and not any(_is_acronym(w) for w in words[k:]):
            for i in at[k:]:
                tokens[i] = _first_letter(tokens[i], True)
            return "".join(tokens)
    person = _named_after_person(words, model)
    for i in _own_name(words, model) or (range(person, len(words)) if person is not None else ()):
        tokens[at[i]] = _first_letter(tokens[at[i]], True)
    return "".join(tokens)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """Common Vietnamese surnames (prompts/surnames.txt), lower case."""
    return frozenset(tables.lines("surnames.txt"))


def _named_after_person(words: list[str], model: CaseModel) -> int | None:
    """Where a body's name ends in a person's ("TRƯỜNG THPT LƯƠNG THÚC KỲ": "Lương Thúc Kỳ" though the text writes
    "mức lương"): the last 2.._NAME_MAX words after the kind of body, opening with a surname, none an abbreviation,
    no two of them (nor the word before and the surname) written together in the text, and naming no body of the
    table ("SỞ GIÁO DỤC VÀ ĐÀO TẠO": "Đào" opens no name there). None when there is no such name."""
    lower = [w.lower() for w in words]
    kind_end = max((k + len(kind) for kind in _kinds() for k in range(len(lower))
                    if tuple(lower[k:k + len(kind)]) == kind), default=None)
    if kind_end is None:
        return None
    for k in range(max(kind_end, len(words) - _NAME_MAX), len(words) - 1):
        if lower[k] not in _surnames() or any(_is_acronym(w) for w in words[k:]):
            continue
        if not all(model.never_writes(a, b) for a, b in zip(words[k - 1:], words[k:])):
            continue
        before = len(" ".join(words[:k]))
        if any(m.end > before and not m.body.is_kind for m in bodies().mentions(" ".join(words))):
            return None
        return k
    return None


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, ...], ...]:
    """The kinds of body a name follows ("công ty", "trường", "sở": prompts/bodies.tsv), as lower-case words."""
    return tuple(tuple(kind.lower().split()) for kind in bodies().kinds)


_LEGAL_FORMS = tuple(tuple(f.lower().split()) for f in tables.toml("header_words.toml")["issuer"]["legal_forms"])


def _own_name(words: list[str], model: CaseModel) -> list[int]:
    """The words to capitalise in a name printed in capitals: the kind of body and its own name after it ("CÔNG TY
    MAY SÔNG ĐÀO" → "Công ty May Sông Đào"), that name being the words after the last kind of body (a company's legal
    form after it aside, "cổ phần", "TNHH") when the text never writes them mid-sentence, its only form being these
    capitals. None when a word of it is one the text writes ("LIÊN ĐOÀN LAO ĐỘNG …": it writes "Lao động"), or when the
    words after the kind go on naming a body the table names ("Liên đoàn Lao động tỉnh")."""
    lower = [w.lower() for w in words]
    found = max(((k, len(kind)) for kind in _kinds() for k in range(len(lower))
                 if tuple(lower[k:k + len(kind)]) == kind), default=None)
    if found is None:
        return []
    start, n = found
    after = start + n
    form = next((f for f in _LEGAL_FORMS if tuple(lower[after:after + len(f)]) == f), ())
    name = list(range(after + len(form), len(words)))
    if not name or any(not _is_acronym(words[i]) and not model.never_writes(words[i]) for i in name) \
            or all(_is_acronym(words[i]) for i in name):
        return []
    kind_end = len(" ".join(words[:after]))  # where the kind ends in the words joined
    if any(m.end > kind_end and not m.body.is_kind for m in bodies().mentions(" ".join(words))):
        return []  # the words after the kind go on naming a body of the table
    return [start, *(i for i in name if not _is_acronym(words[i]))]


def _first_letter(text: str, upper: bool) -> str:
    for i, c in enumerate(text):
        if c.isalpha():
            return text[:i] + (c.upper() if upper else c) + text[i + 1:]
    return text


def lower_first_word(text: str, model: CaseModel) -> str:
    """A title continuation line ("Triển khai thực hiện ...") joined after the kind: its first
    word loses the capital unless the body writes it with one mid-sentence or the next word has one too (a name)."""
    m = _WORD_RE.search(text)
    if not m or not m.group(0)[:1].isupper() or _is_acronym(m.group(0)):
        return text
    word = m.group(0)
    after = _WORD_RE.search(text, m.end())
    if after and after.group(0)[:1].isupper() and not _is_acronym(after.group(0)):
        return text  # "Việt Nam năm 2027": a name, known to the body or not
    cased = model.case_words([word])[0]
    if cased[:1].isupper():
        return text
    return text[:m.start()] + word[0].lower() + word[1:] + text[m.end():]


def _letters(text: str) -> tuple[str, list[int]]:
    """Lower-case letters of a text (one tone placement) and where each stands in it."""
    out, where = [], []
    for i, c in enumerate(text):
        if c.isalpha():
            out.append(c.lower())
            where.append(i)
    return place_tones("".join(out)), where


def body_spelling(name: str, text: str) -> str:
    """How the text spells a name printed in capitals, perhaps with its spaces lost or doubled
    ("BỘ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI" → "Bộ Lao động - Thương binh và Xã hội", "THỦ TƯỚNG CHÍNHPHỦ"
    → "Thủ tướng Chính phủ"): the commonest spelling not in capitals, or "" when the text has none."""
    key, _ = _letters(name)
    if len(key) < 4:
        return ""
    forms: Counter[str] = Counter()
    for line in text.split("\n"):
        letters, where = _letters(line)
        start = letters.find(key)
        while start >= 0:
            a, b = where[start], where[start + len(key) - 1] + 1
            bounded = (a == 0 or not line[a - 1].isalpha()) and (b == len(line) or not line[b].isalpha())
            form = re.sub(r"\s+", " ", line[a:b])
            if bounded and not form.isupper() and form[:1].isupper():
                forms[form] += 1
            start = letters.find(key, start + 1)
    return forms.most_common(1)[0][0] if forms else ""
