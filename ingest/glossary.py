"""The other names a document teaches for its own words, collected so that search and answers understand either
form: abbreviations ("Công đoàn cơ sở (CĐCS)", "Ủy ban nhân dân (sau đây gọi tắt là UBND)") and names of several
words ("Ủy ban nhân dân phường, xã, thị trấn (sau đây gọi là Ủy ban nhân dân cấp xã)", a footnote on "Kế hoạch bài
dạy" saying it was formerly called "giáo án"), and a list of abbreviations under a heading naming it ("Chữ viết tắt":
"BHXH: Bảo hiểm xã hội"). The words that introduce a name are prompts/definition_words.toml's. What a passage's
abbreviations stand for is indexed with it (spell_out), so the full words find the passage writing the short form."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from troly import tables
from troly.texts import alternation
from troly.vntext import Abbreviations, common_abbreviations, fold, fold_same_length, initial, is_stopword, syllables
from troly.weights import DEFAULT

_ABBR = r"[\"“]?([A-ZĐƯƠ][A-ZĐƯƠ&]{1,12})[\"”]?"
_WORD_RE = re.compile(r"[\wđĐ&]+")
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)|\n")  # what a named term reaches back to at most
_LABEL = re.compile(r"^\s*(?:[-–+•*]|\d+(?:\.\d+)*[.)]|[a-zđ][.)])\s+")  # "1. ", "a) ", "- " opening a clause
_SAYING = re.compile(r"(?i)(?<!\w)là(?!\w)")  # "X là …": a clause defining, not a name


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(an abbreviation in brackets, maybe after a naming phrase; a name of words in brackets after one; a naming
    phrase anywhere; what parts a list of names; the last word before a name begins)."""
    words = tables.toml("definition_words.toml")
    naming = alternation(words["naming"])
    in_brackets = alternation(words["naming"] + words["naming_in_brackets"])
    between = "|".join(re.escape(w) for w in words["between"])
    return (re.compile(rf"\((?:\s*(?i:{in_brackets})\s*:?\s*)?{_ABBR}\)"),
            re.compile(rf"\(\s*(?i:{in_brackets})\s*:?\s+([^()\n]{{1,120}}?)\s*[.;]?\s*\)"),
            re.compile(rf"(?i)(?<!\w)(?:{naming})(?!\w)"),
            re.compile(rf"\s*(?:,|;|/|\s(?:{between})\s)\s*"),
            re.compile(rf"(?i)^.*(?<!\w)(?:{'|'.join(map(re.escape, words['before_name']))})(?!\w)\s*"))


@lru_cache(maxsize=1)
def _spelled_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(an abbreviation followed by what it spells in brackets, "BHXH (viết tắt của Bảo hiểm xã hội)"; a line
    heading a list of abbreviations, "Chữ viết tắt"; a line of such a list, "BHXH: Bảo hiểm xã hội", "| BHXH |
    Bảo hiểm xã hội |", "- HSSV – Học sinh, sinh viên")."""
    words = tables.toml("definition_words.toml")
    return (re.compile(rf"(?<![\w&]){_ABBR}\s*\(\s*(?i:{alternation(words['spelling'])})\s+([^()\n]{{1,120}}?)"
                       r"\s*[.;]?\s*\)"),
            re.compile(rf"(?i)(?<!\w)(?:{alternation(words['abbreviation_list'])})(?!\w)"),
            re.compile(rf"^\s*(?:[-–+•*]\s*|\d{{1,3}}[.)]\s*|\|\s*(?:\d{{1,3}}\s*\|\s*)?)?{_ABBR}\s*(?::|–|-|=|\|)"
                       r"\s*([^|\n]{1,120}?)\s*[.;,]?\s*\|?\s*$"))


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
    abbreviated, named, _, parts, _ = _patterns()
    found: dict[str, str] = {}
    for m in abbreviated.finditer(text):
        abbr = m.group(1)
        target = _letters(abbr)
        words = _WORD_RE.findall(text[max(0, m.start() - 200):m.start()])
        # Find the shortest run of trailing words whose initials cover the abbreviation's letters.
        for n in range(len(target), min(len(words), len(target) + 6) + 1):
            run = words[-n:]
            if _spells(target, run):
                found.setdefault(abbr, " ".join(run))
                break
    for abbr, words in _spelled_after(text):
        found.setdefault(abbr, words)
    # the brackets saying what an abbreviation stands for ("BHXH (viết tắt của …)") give no name of words
    spelling = {m.start() + m.group().index("(") for m in _spelled_patterns()[0].finditer(text)}
    for m in named.finditer(text):
        if m.start() in spelling:
            continue
        clause = _clause(text[max(0, m.start() - 300):m.start()])
        held = {fold(w) for w in syllables(clause)}  # nor a word of the clause ("Quỹ … của công đoàn (… là Quỹ)")
        for name in parts.split(m.group(1)):
            name = name.strip(" \"“”'")
            term = _term(clause, name)
            if (term and syllables(name) and not re.search(r"\d", name) and not abbreviated.fullmatch(f"({name})")
                    and not {fold(w) for w in syllables(name)} <= held):
                found.setdefault(name, term)
    return found


def spell_out(chunks: Iterable, glossary: dict[str, str]) -> None:
    """Set each chunk's `spelled`: what the abbreviations its document defines stand for, one line each, for those it
    writes without their words ("HSSV tự đóng 60% mức đóng" → "học sinh sinh viên"). Indexed with the passage
    (vectorstore/lexical.py), so that a question in the full words, or in some of them ("học sinh"), finds it. Not
    those of prompts/abbreviations.tsv ("BHXH"): every document writes them, most without defining them, and a
    question's full words (of three syllables or more) find them already (vectorstore/query.py); spelled out only
    where defined, they would lift one document's passages over another's saying the same."""
    common = common_abbreviations()
    taught = {short: words for short, words in glossary.items()
              if Abbreviations.taught(short) and common.find(short) is None}
    if not taught:
        return
    written = re.compile(r"(?<![\w&])(" + "|".join(map(re.escape, sorted(taught, key=len, reverse=True)))
                         + r")(?![\w&])")
    folded = {short: f" {' '.join(fold(w) for w in syllables(words))} " for short, words in taught.items()}
    for chunk in chunks:
        plain = f" {' '.join(fold(w) for w in syllables(chunk.text))} "
        shorts = dict.fromkeys(m.group(1) for m in written.finditer(chunk.text))
        chunk.spelled = "\n".join(taught[short] for short in shorts if folded[short] not in plain)


def _letters(abbr: str) -> list[str]:
    return [_initial(c) for c in abbr if c.isalpha()]


def _spells(target: list[str], words: list[str]) -> bool:
    """Whether the initials of these words, the first one's opening, hold an abbreviation's letters in order."""
    initials = [_initial(w) for w in words if w[0].isalpha()]
    return bool(initials) and initials[0] == target[0] and _subsequence(target, initials)


def _spelled_after(text: str) -> list[tuple[str, str]]:
    """(abbreviation, the words it stands for) written the other way round: the abbreviation first, what it spells
    after it — in brackets ("BHXH (viết tắt của Bảo hiểm xã hội)") or as a line of a list of abbreviations under a
    line naming that list ("Chữ viết tắt", then "BHXH: Bảo hiểm xã hội", "| HSSV | Học sinh, sinh viên |"). Only
    words whose initials spell the abbreviation, at most a few more than its letters ("Giáo dục và Đào tạo")."""
    spelled, listed, listed_line = _spelled_patterns()
    pairs = [(m.group(1), m.group(2)) for m in spelled.finditer(text)]
    in_list = False
    for line in text.splitlines():
        m = listed_line.match(line)
        if m and in_list:
            pairs.append((m.group(1), m.group(2)))
        elif listed.search(line) and len(syllables(line)) <= DEFAULT.glossary_list_heading:
            in_list = True  # the heading, or the header row of a table of abbreviations
        elif line.strip() and not set(line.strip()) <= set("|-: "):  # a table's rule row goes on
            in_list = False
    out = []
    for abbr, rest in pairs:
        words = _WORD_RE.findall(rest)
        target = _letters(abbr)
        if len(words) <= len(target) + DEFAULT.glossary_spare_words and _spells(target, words):
            out.append((abbr, " ".join(words)))
    return out


def _term(clause: str, name: str) -> str:
    """The words a name in brackets stands for: the clause's words after its last `before_name` word ("… phối hợp
    với người sử dụng lao động (sau đây gọi chung là doanh nghiệp)"), but none after the place where the clause writes
    the name's opening words, which begin the term ("Viện kiểm sát nhân dân tỉnh, thành phố trực thuộc trung ương
    (sau đây gọi là Viện kiểm sát nhân dân cấp tỉnh)": not "trung ương"); "" for a term longer than a name."""
    head = [fold(w) for w in syllables(name)[:2]]
    opening = re.search(r"(?<!\w)" + r"\W+".join(map(re.escape, head)) + r"(?!\w)", fold_same_length(clause)) \
        if head else None
    ends = _patterns()[4].match(clause[:opening.start()] if opening else clause)
    term = clause[ends.end() if ends else 0:].strip()
    return term if term and len(syllables(term)) <= DEFAULT.glossary_longest_term else ""


def _clause(before: str) -> str:
    """The clause a bracket ends, back to where it opens (a line, a list's label, a sentence's end) — "" when it
    says what something "là" ("Đại diện là việc cá nhân, pháp nhân (…)"), opens with a linking word or goes on from
    another bracket. The name is its words after its last `before_name` word."""
    ends = list(_CLAUSE_END.finditer(before))
    clause = _LABEL.sub("", before[ends[-1].end():] if ends else before)  # "a) ": a label, no bracket closed
    if "(" in clause or ")" in clause:
        return ""  # a sentence going on past another bracket ("… bên kia (sau đây gọi là bên nhận cầm cố)")
    clause = clause.strip(" ,\"“”'")
    words = syllables(clause)
    if not words or is_stopword(words[0]) or _SAYING.search(clause):
        return ""
    return clause


def _subsequence(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(any(ch == h for h in it) for ch in needle)
