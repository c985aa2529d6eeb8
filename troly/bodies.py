"""Where bodies are named in a text, with offsets (obligations: who must act, to whom).

The table is prompts/bodies.tsv, the one troly/vntext.py's Bodies reads (canonical name, short form,
variants). Documents name one body many ways ("CĐCS", "Mỗi công đoàn cơ sở", "Công đoàn các cơ quan,
đơn vị, trường học"); obligations are grouped and filtered by the canonical body, so "cdcs", "công
đoàn cơ sở" or a document's own abbreviation meet the same group. Matching ignores case and
diacritics and prefers the longest variant; kinds of body ("Sở …") are not names and are skipped.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from troly.vntext import fold

TABLE = Path(__file__).resolve().parents[1] / "prompts" / "bodies.tsv"


@dataclass(frozen=True)
class Body:
    name: str
    short: str

    def to_json(self) -> dict:
        return {"name": self.name, "short": self.short}


@dataclass(frozen=True)
class Mention:
    """A body named in a text: where (character offsets in the text as given) and which body."""
    body: Body
    start: int
    end: int


def fold_same_length(text: str) -> str:
    """Lower case without diacritics, one character for each character of NFC `text`, so that
    offsets found in the folded text hold in the original."""
    out = []
    for ch in text:
        f = fold(ch) if ch.isalpha() else ch.lower()
        out.append(f if len(f) == 1 else ch.lower()[:1] or " ")
    return "".join(out)


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _variant_pattern(variant: str) -> str:
    words = fold_same_length(unicodedata.normalize("NFC", variant)).split()
    return r"\s+".join(re.escape(w) for w in words)


class Bodies:
    """Find bodies in text; resolve a name a user typed to its canonical body."""

    def __init__(self, entries: list[tuple[Body, list[str]]]) -> None:
        self.entries = entries
        by_variant: dict[str, Body] = {}
        acronyms: set[str] = set()  # variants that open with a short form ("TU", "LĐLĐ tỉnh"): in capitals only
        for body, variants in entries:
            for v in [body.name, body.short, *variants]:
                key = " ".join(fold_same_length(v).split())
                by_variant.setdefault(key, body)
                if v.split() and _is_acronym(v.split()[0]):
                    acronyms.add(key)
        self._by_variant = by_variant
        self._acronyms = acronyms
        alternation = "|".join(_variant_pattern(v) for v in sorted(by_variant, key=len, reverse=True))
        self._re = re.compile(rf"(?<![\w&])(?:{alternation})(?![\w&])")

    @classmethod
    def load(cls, path: Path = TABLE) -> "Bodies":
        entries: list[tuple[Body, list[str]]] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name, short, variants = (line.split("\t") + ["", ""])[:3]
            if name.strip().endswith("…"):
                continue  # a kind of body, not a name
            entries.append((Body(name.strip(), short.strip() or name.strip()),
                            [v.strip() for v in variants.split(";") if v.strip()]))
        return cls(entries)

    def with_abbreviations(self, glossary: dict[str, str]) -> "Bodies":
        """These bodies plus a document's own abbreviations of them ("công đoàn cơ sở (CĐCS)")."""
        extra: dict[Body, list[str]] = {}
        for abbr, expansion in (glossary or {}).items():
            body = self._by_variant.get(" ".join(fold_same_length(expansion).split()))
            if body is not None and fold_same_length(abbr) not in self._by_variant:
                extra.setdefault(body, []).append(abbr)
        if not extra:
            return self
        return Bodies([(b, v + extra.get(b, [])) for b, v in self.entries])

    def mentions(self, text: str) -> list[Mention]:
        """Bodies named in `text`, longest variant first, not overlapping; a body named right after
        another ("Ban Công tác cơ sở LĐLĐ tỉnh") belongs to the first."""
        found: list[Mention] = []
        for m in self._re.finditer(fold_same_length(text)):
            key = " ".join(m.group(0).split())
            if key in self._acronyms and not _is_acronym(text[m.start():m.end()].split()[0]):
                continue  # "từ", "Tu dưỡng" are not "TU"
            body = self._by_variant[key]
            if found and not text[found[-1].end:m.start()].strip():
                found[-1] = Mention(found[-1].body, found[-1].start, m.end())
                continue
            found.append(Mention(body, m.start(), m.end()))
        return found

    def resolve(self, name: str) -> Body | None:
        """The body a typed name stands for: an exact variant, else the body it names inside."""
        key = " ".join(fold_same_length(name.strip()).split())
        if key in self._by_variant:
            return self._by_variant[key]
        found = self.mentions(name)
        return found[0].body if found else None


@lru_cache(maxsize=1)
def bodies() -> Bodies:
    return Bodies.load()
