"""The other names a document teaches for its own words, collected so that search and answers understand either
form: abbreviations ("Công đoàn cơ sở (CĐCS)", "Ủy ban nhân dân (sau đây gọi tắt là UBND)") and names of several
words ("Ủy ban nhân dân phường, xã, thị trấn (sau đây gọi là Ủy ban nhân dân cấp xã)", a footnote on "Kế hoạch bài
dạy" saying it was formerly called "giáo án"). The words that introduce a name are prompts/definition_words.toml's."""
from __future__ import annotations

import re
from functools import lru_cache

from troly import tables
from troly.vntext import fold, initial, is_stopword, syllables

_ABBR = r"[\"“]?([A-ZĐƯƠ][A-ZĐƯƠ&]{1,12})[\"”]?"
_WORD_RE = re.compile(r"[\wđĐ&]+")
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)|[()\n]")  # what a named term reaches back to at most
_LABEL = re.compile(r"^\s*(?:[-–+•*]|\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s+")  # "1. ", "a) ", "- " opening a clause
_SAYING = re.compile(r"(?i)(?<!\w)là(?!\w)")  # "X là …": a clause defining, not a name
_LONGEST_TERM = 12  # syllables: a longer run before the bracket is a sentence, not the name of a thing


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(an abbreviation in brackets, maybe after a naming phrase; a name of words in brackets after one; a naming
    phrase anywhere; what parts a list of names; the last word before a name begins)."""
    words = tables.toml("definition_words.toml")
    naming = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(words["naming"], key=len, reverse=True))
    between = "|".join(re.escape(w) for w in words["between"])
    return (re.compile(rf"\((?:\s*(?i:{naming})\s+)?{_ABBR}\)"),
            re.compile(rf"\(\s*(?i:{naming})\s+([^()\n]{{1,120}}?)\s*[.;]?\s*\)"),
            re.compile(rf"(?i)(?<!\w)(?:{naming})(?!\w)"),
            re.compile(rf"\s*(?:,|;|/|\s(?:{between})\s)\s*"),
            re.compile(rf"(?i)^.*(?<!\w)(?:{'|'.join(map(re.escape, words['before_name']))})(?!\w)\s*"))


def defines(note: str) -> bool:
    """Whether a footnote gives another name ("Trước đây còn được gọi là bài soạn, giáo án."): such a note belongs
    beside its term, where a reader reads it (ingest/readers.py, ingest/word.py)."""
    return bool(_patterns()[2].search(note))


def noted(note: str) -> str:
    """A defining footnote as read after its term's mark: in brackets, so that find_definitions reads the name it
    gives, and the term's clause is cited with it."""
    return f" ({note.strip().rstrip('.').strip()})"


def _initial(word: str) -> str:
    return initial(word).upper()


def find_definitions(text: str) -> dict[str, str]:
    """{other name: the words it names} for every abbreviation whose initials spell it and every name of words a
    document gives its term in brackets; a name that adds no word to the term ("Tổng Liên đoàn Lao động Việt Nam
    (sau đây gọi tắt là Tổng Liên đoàn)"), a document's number ("Nghị quyết số 57-NQ/TW") and a term longer than a
    name are left out."""
    abbreviated, named, _, parts, name_starts = _patterns()
    found: dict[str, str] = {}
    for m in abbreviated.finditer(text):
        abbr = m.group(1)
        target = [_initial(c) for c in abbr if c.isalpha()]
        words = _WORD_RE.findall(text[max(0, m.start() - 200):m.start()])
        # Find the shortest run of trailing words whose initials cover the abbreviation's letters.
        for n in range(len(target), min(len(words), len(target) + 6) + 1):
            run = words[-n:]
            initials = [_initial(w) for w in run if w[0].isalpha()]
            if _subsequence(target, initials) and initials and initials[0] == target[0]:
                found.setdefault(abbr, " ".join(run))
                break
    for m in named.finditer(text):
        clause = _clause(text[max(0, m.start() - 300):m.start()])
        term = name_starts.sub("", clause)
        held = {fold(w) for w in syllables(clause)}  # nor a word of the clause ("Quỹ … của công đoàn (… là Quỹ)")
        if not term or len(syllables(term)) > _LONGEST_TERM:
            continue
        for name in parts.split(m.group(1)):
            name = name.strip(" \"“”'")
            if (syllables(name) and not re.search(r"\d", name) and not abbreviated.fullmatch(f"({name})")
                    and not {fold(w) for w in syllables(name)} <= held):
                found.setdefault(name, term)
    return found


def _clause(before: str) -> str:
    """The clause a bracket ends, back to where it opens (a line, a list's label, a sentence's end) — "" when it
    says what something "là" ("Đại diện là việc cá nhân, pháp nhân (…)"), opens with a linking word or goes on from
    another bracket. The name is its words after its last `before_name` word."""
    ends = list(_CLAUSE_END.finditer(before))
    if ends and ends[-1].group() in "()":
        return ""  # a sentence going on past another bracket ("… bên kia (sau đây gọi là bên nhận cầm cố)")
    clause = _LABEL.sub("", before[ends[-1].end():] if ends else before).strip(" ,\"“”'")
    words = syllables(clause)
    if not words or is_stopword(words[0]) or _SAYING.search(clause):
        return ""
    return clause


def _subsequence(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(any(ch == h for h in it) for ch in needle)
