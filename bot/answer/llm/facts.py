"""Checkable facts of a generated sentence — numbers, dates, percentages, names of bodies — and whether
a set of passages supports them. A generated sentence may paraphrase; these it may not invent."""
from __future__ import annotations

import re
from dataclasses import dataclass

from troly import tables
from troly.vntext import bodies, initial, tone_pattern
from troly.vntext import normalize as normalize_text

_W = tables.toml("fact_words.toml")
_PERCENT_WORDS: tuple[str, ...] = tuple(_W["percent"])
_PERCENT_ALT = "|".join(re.escape(w) for w in _PERCENT_WORDS)
_NUMBER = re.compile(rf"(?<![\w])\d+(?:[.,/\-]\d+)*(?:\s*%| (?:{_PERCENT_ALT}))?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:[&/\-][^\W\d_]+)*")
_ACRONYM = re.compile(r"[A-ZĐ]{2,}(?:[&/\-][A-ZĐ]+)*")
_ROMAN = re.compile(r"[IVXLC]+")
# Words that open the name of a body (prompts/bodies.tsv); the capitalized words after them complete it.
BODY_KINDS = bodies().heads()
_UPPER = "A-ZĐÀ-ỸÂĂÊÔƠƯ"
# The core of a name: the kind, one capitalized word and its lower-case second syllable ("Giáo dục").
_BODY = re.compile(r"(?<!\w)(?:" + "|".join(tone_pattern(k) for k in BODY_KINDS) + r")"
                   r"\s+[" + _UPPER + r"][^\W\d_]*(?:\s+[a-zđà-ỹ]+(?!\w))?")
# Levels that change which body is meant: "LĐLĐ tỉnh" and "LĐLĐ huyện" are different bodies.
LEVELS = tables.lines("body_levels.txt")


def normalize(text: str) -> str:
    """NFC, lower case, one tone-placement convention, single spaces: the form facts are compared in."""
    return " ".join(normalize_text(text).casefold().split())


def initials(words: list[str]) -> str:
    return "".join(initial(w) for w in words if w)


@dataclass(frozen=True)
class Fact:
    kind: str            # "number", "percent" or "body"
    text: str            # as written in the sentence
    key: tuple = ()      # numbers: the integer components
    forms: tuple = ()    # bodies: normalized ways the name may be written
    level: str = ""      # bodies: the level word that followed the name, if any


def _number_key(token: str) -> tuple[int, ...]:
    token = re.sub(rf"\s*(%|{_PERCENT_ALT})$", "", token, flags=re.IGNORECASE)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", token):  # 1.000 / 1,000 = one thousand
        token = re.sub(r"[.,]", "", token)
    return tuple(int(part) for part in re.split(r"\D+", token) if part)


def _level_after(text: str, end: int) -> str:
    rest = normalize(text[end:end + 20])
    for level in LEVELS:
        if rest.startswith(level) and (len(rest) == len(level) or not rest[len(level)].isalnum()):
            return level
    return ""


def _body_forms(words: list[str]) -> tuple[str, ...]:
    """The name in full, by its initials (Liên đoàn Lao động → LĐLĐ), or half and half (Tổng LĐLĐ)."""
    forms = {normalize(" ".join(words)), initials(words)}
    for opening, extra in _W["named_by_opening"].items():  # "Tổng Liên đoàn": the Confederation
        if normalize(" ".join(words[:len(opening.split())])) == opening:
            forms |= set(extra)
    for i in range(1, len(words) - 1):
        forms.add(normalize(" ".join(words[:i] + [initials(words[i:])])))
    return tuple(sorted(f for f in forms if len(f) >= 2))


def extract_facts(sentence: str) -> list[Fact]:
    facts: list[Fact] = []
    for m in _NUMBER.finditer(sentence):
        token = m.group(0)
        key = _number_key(token)
        if key:
            percent = token.rstrip().endswith("%") or token.lower().endswith(_PERCENT_WORDS)
            facts.append(Fact("percent" if percent else "number", token.strip(), key=key))
    spans: list[tuple[int, int]] = []
    for m in _BODY.finditer(sentence):
        words = m.group(0).split()
        if len(words) < 2:
            continue
        spans.append(m.span())
        facts.append(Fact("body", m.group(0), forms=_body_forms(words), level=_level_after(sentence, m.end())))
    for m in _WORD.finditer(sentence):
        token = m.group(0)
        if not _ACRONYM.fullmatch(token) or _ROMAN.fullmatch(token):
            continue
        if any(s <= m.start() < e for s, e in spans):
            continue
        facts.append(Fact("body", token, forms=(normalize(token),), level=_level_after(sentence, m.end())))
    return facts


class Evidence:
    """The text of the passages a sentence cites, indexed for fact look-ups."""

    def __init__(self, texts: list[str]) -> None:
        self.text = normalize(" \n ".join(texts))
        self.numbers: set[tuple[int, ...]] = set()
        self.percents: set[tuple[int, ...]] = set()
        self.flat: list[int] = []
        for m in _NUMBER.finditer(self.text):
            key = _number_key(m.group(0))
            self.numbers.add(key)
            self.flat.extend(key)
            if m.group(0).rstrip().endswith(("%", *_PERCENT_WORDS)):
                self.percents.add(key)
        words = _WORD.findall(self.text)
        self._words = words

    def _has_run(self, key: tuple[int, ...]) -> bool:
        """Components written apart, e.g. "ngày 25 tháng 10 năm 2021" for 25/10/2021."""
        n = len(key)
        return any(tuple(self.flat[i:i + n]) == key for i in range(len(self.flat) - n + 1))

    def _find(self, form: str, level: str) -> bool:
        pattern = r"(?<!\w)" + re.escape(form) + r"(?!\w)"
        if level:
            pattern += r"(?:\W+\w+){0,3}?\W+" + re.escape(level) + r"(?!\w)"
        return re.search(pattern, self.text) is not None

    def _expanded(self, acronym: str) -> list[str]:
        """Phrases of the passages whose initials spell the acronym (CĐGD ← Công đoàn Giáo dục)."""
        n = len(acronym)
        found = []
        for i in range(len(self._words) - n + 1):
            window = self._words[i:i + n]
            if initials(window) == acronym:
                found.append(" ".join(window))
        return found

    def supports(self, fact: Fact) -> bool:
        if fact.kind == "percent":
            return fact.key in self.percents
        if fact.kind == "number":
            return fact.key in self.numbers or self._has_run(fact.key)
        forms = list(fact.forms)
        for form in fact.forms:
            if re.fullmatch(r"[a-zđ]{2,8}", form):
                forms.extend(self._expanded(form))
        return any(self._find(form, fact.level) for form in forms)


def unsupported(sentence: str, evidence: Evidence) -> list[Fact]:
    return [f for f in extract_facts(sentence) if not evidence.supports(f)]
