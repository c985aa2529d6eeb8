"""Citation markers of a generated answer: renumbering (as the text streams, and at the end), and the check
that decides what of the answer the user may see.

Rules (issue 5): every [n] must name a passage that was given; a sentence whose numbers, dates, percentages
or body names appear in none of the passages it relies on is removed; the citations are the passages
actually cited, numbered in order of first appearance.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.answer.llm.facts import Evidence, Fact, extract_facts, normalize
from troly import tables
from vectorstore.search import Passage

_WORDS = tables.lines("citation_words.txt")
_WORD = "(?:" + "|".join(map(re.escape, _WORDS)) + ")"
_REF = rf"(?:{_WORD}\s*)?\^?\d{{1,3}}"
# [2], [1, 3], [1-3], [đoạn 2], footnote style [^2], full-width 【2】
MARKER = re.compile(r"[\[【]\s*" + _REF + r"(?:\s*[,;–-]\s*" + _REF + r")*\s*[\]】]", re.IGNORECASE)
_LETTERS = "".join(sorted({c for w in _WORDS for c in w + w.upper()}))
_PARTIAL = re.compile(r"[\[【][\s\d,;–\-^" + re.escape(_LETTERS) + "]*")
_SENTENCE_END = re.compile(r"[.!?;…]+(?:\s*" + MARKER.pattern + r")*(?=\s|$)", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)]|[a-zđ][.)])\s+")


def marker_numbers(marker: str) -> list[int]:
    """[2], [1, 3], [1-3], [đoạn 2] → the passage numbers named."""
    body = marker[1:-1]
    numbers: list[int] = []
    for m in re.finditer(rf"(\d{{1,3}})(?:\s*[–-]\s*(?:{_WORD}\s*)?(\d{{1,3}}))?", body, re.IGNORECASE):
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        numbers.extend(range(first, last + 1) if 0 <= last - first <= 10 else [first, last])
    return numbers


class Renumberer:
    """Rewrites markers to the final numbering (first appearance) and drops numbers of passages not given.
    Works on a stream: feed() pieces as they come, flush() at the end."""

    def __init__(self, given: int) -> None:
        self.given = given
        self.order: list[int] = []  # original passage numbers in order of first citation
        self._pending = ""

    def _rewrite(self, marker: str) -> str:
        new: list[int] = []
        for n in marker_numbers(marker):
            if 1 <= n <= self.given:
                if n not in self.order:
                    self.order.append(n)
                k = self.order.index(n) + 1
                if k not in new:
                    new.append(k)
        return "".join(f"[{k}]" for k in new)

    def feed(self, piece: str) -> str:
        text, self._pending = self._pending + piece, ""
        out: list[str] = []
        i = 0
        while True:
            j = min((k for k in (text.find("[", i), text.find("【", i)) if k >= 0), default=-1)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            m = MARKER.match(text, j)
            if m:
                out.append(self._rewrite(m.group(0)))
                i = m.end()
                continue
            rest = text[j:]
            if len(rest) < 30 and _PARTIAL.fullmatch(rest):  # maybe a marker cut by the stream: wait
                self._pending = rest
                break
            out.append(text[j])
            i = j + 1
        return "".join(out)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return text

    def run(self, text: str) -> str:
        return self.feed(text) + self.flush()


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    refs: list[int]       # passage numbers it cites that were given
    invalid: list[int]    # numbers it cites that name no given passage


@dataclass
class Checked:
    text: str                                   # what the user sees, renumbered
    cited: list[int]                            # original passage numbers, in final order
    kept: int = 0                               # kept sentences that cite or state a fact
    removed: list[tuple[str, str]] = field(default_factory=list)  # (sentence, why)

    @property
    def usable(self) -> bool:
        """Enough survived to stand as an answer: something cited, and at least as much kept as removed."""
        return bool(self.cited) and self.kept > 0 and self.kept >= len(self.removed)


def sentences(text: str, given: int) -> list[Sentence]:
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        offset = line.start()
        body = line.group(0)
        bullet = _BULLET.match(body)
        pos = bullet.end() if bullet else 0
        while pos < len(body):
            m = _SENTENCE_END.search(body, pos)
            end = m.end() if m else len(body)
            piece = body[pos:end]
            if piece.strip():
                numbers = [n for mk in MARKER.finditer(piece) for n in marker_numbers(mk.group(0))]
                out.append(Sentence(offset + pos, offset + end, piece,
                                    [n for n in numbers if 1 <= n <= given],
                                    [n for n in numbers if not 1 <= n <= given]))
            pos = end
    return out


def _evidence(passages: list[Passage], numbers: list[int]) -> Evidence:
    return Evidence([f"{passages[n - 1].document}\n{passages[n - 1].section}\n{passages[n - 1].text}"
                     for n in sorted(set(numbers))])


def _tidy(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        rest = _BULLET.sub("", line, count=1) if _BULLET.match(line) else line
        if line.strip() and not rest.strip():
            continue  # a bullet whose sentences were all removed
        lines.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _other_support(passages: list[Passage], facts: list[Fact], own: list[int], cited: list[int]) -> list[int]:
    """Passages cited elsewhere in the answer that, with the sentence's own, hold all its missing facts."""
    extra = []
    for fact in facts:
        holder = next((n for n in cited if n not in own and _evidence(passages, [n]).supports(fact)), None)
        if holder is None:
            return []
        if holder not in extra:
            extra.append(holder)
    return extra


def _add_markers(sentence: str, numbers: list[int]) -> str:
    last = list(MARKER.finditer(sentence))[-1]
    return sentence[:last.end()] + "".join(f"[{n}]" for n in numbers) + sentence[last.end():]


def check_answer(raw: str, passages: list[Passage]) -> Checked:
    """Keep the sentences the passages support; renumber the citations of what is kept."""
    given = len(passages)
    units = sentences(raw, given)
    removed: list[tuple[str, str]] = []
    drop: set[int] = set()
    for i, s in enumerate(units):
        if s.invalid and not s.refs:
            drop.add(i)
            removed.append((s.text.strip(), f"cites passage(s) not given: {s.invalid}"))
    cited_anywhere = sorted({n for i, s in enumerate(units) if i not in drop for n in s.refs})
    substantive: set[int] = set()  # sentences that cite or state a checkable fact
    repaired: dict[int, str] = {}
    for i, s in enumerate(units):
        if i in drop:
            continue
        bare = MARKER.sub(" ", s.text)
        facts: list[Fact] = extract_facts(bare)
        if s.refs or facts:
            substantive.add(i)
        if not facts:
            continue
        sources = s.refs or cited_anywhere
        missing = [f for f in facts if not sources or not _evidence(passages, sources).supports(f)]
        if missing and s.refs:
            extra = _other_support(passages, missing, s.refs, cited_anywhere)
            if extra:  # the fact is in another passage the answer cites: cite that one here too
                repaired[i] = _add_markers(s.text, extra)
                continue
        if missing:
            drop.add(i)
            removed.append((s.text.strip(), f"not in the cited passages: {[f.text for f in missing]}"))
    kept_text = raw
    for i in sorted(drop | set(repaired), reverse=True):
        kept_text = kept_text[:units[i].start] + repaired.get(i, "") + kept_text[units[i].end:]
    if drop:
        kept_text = _tidy(kept_text)
    renumber = Renumberer(given)
    text = renumber.run(kept_text).strip()
    return Checked(text, renumber.order, kept=len(substantive - drop), removed=removed)


def says_not_found(raw: str, not_found: str) -> bool:
    """The model used the prescribed "the documents do not say" sentence (and cited nothing)."""
    def key(s: str) -> str:
        return re.sub(r"[^\w ]", "", normalize(s))
    return key(not_found) in key(raw) and not MARKER.search(raw)
