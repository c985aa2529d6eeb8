"""Whom a letter is addressed to: the names of its "Kính gửi: …" lines.

A công văn asks its addressees to act ("… đề nghị các đơn vị thực hiện một số nội dung sau:" — the units it is sent
to), and its "Nơi nhận: - Như trên; …" list means them by "Như trên": so the duties it lists are theirs
(ingest/obligations.py) and its recipients are them (ingest/parse.py), not the words "Như trên".
"""
from __future__ import annotations

import re
import unicodedata

from ingest.model import Chunk
from troly import tables
from troly.texts import alternation
from troly.vntext import fold, fold_same_length

# "Kính gửi: …": the word a letter opens its addressees with (prompts/obligation_words.toml), after a bullet or a
# table's bars, matched folded (fold_same_length: offsets hold in the text; "KÍNH GỬI", "Kinh gui" typed without marks)
_ADDRESSED_WORDS = tables.toml("obligation_words.toml")["not_obligations"]["addressees"]
_ADDRESSED = re.compile(rf"^[\s|*_-]*{alternation(map(fold, _ADDRESSED_WORDS))}(?!\w)")
# "Như trên" ("as above") in a recipients list, matched folded
_AS_ABOVE_WORDS = tables.toml("header_words.toml")["closing"]["as_above"]
AS_ABOVE = re.compile(rf"(?<!\w){alternation(map(fold, _AS_ABOVE_WORDS))}(?!\w)")


def addressed_end(text: str) -> int:
    """Where the "Kính gửi" a passage opens with ends (its addressees follow); 0 when it opens with none. The one
    matcher ingest (addressees, obligations) and answers (bot/answer/addressees.py) read a letter's addressees by."""
    m = _ADDRESSED.match(fold_same_length(unicodedata.normalize("NFC", text)))
    return m.end() if m else 0


def says_as_above(text: str) -> bool:
    """Whether a recipients list (or one of its names) says "Như trên": the letter's addressees."""
    return bool(AS_ABOVE.search(fold(text)))


_ITEM_SPLIT = re.compile(r"\n|;")
_ITEM_EDGE = " \t-–•+*_|:;.,"


def _items(text: str) -> list[str]:
    return [item.strip(_ITEM_EDGE) for item in _ITEM_SPLIT.split(text) if item.strip(_ITEM_EDGE)]


OPENING_CHUNKS = 2  # a letter's "Kính gửi" opens its text: it is among its first passages (not a form's, annexed)


def addressees(chunks: list[Chunk]) -> list[str]:
    """The names of the "Kính gửi" passages that open a text: the text after "Kính gửi:" on its line ("Kính gửi: Ban
    Thường vụ LĐLĐ các huyện."), and the items under it ("Kính gửi:" then "- Phòng GD&ĐT …;", "- Các trường …"), each
    without its bullet and its closing ";" or "."."""
    out: list[str] = []
    for n, chunk in enumerate(chunks):
        if not out and n >= OPENING_CHUNKS:
            break
        text, lead = unicodedata.normalize("NFC", chunk.text), unicodedata.normalize("NFC", chunk.lead)
        if opened := addressed_end(text):
            out.extend(_items(text[opened:]))
        elif addressed_end(lead):
            out.extend(_items(text))
        elif out:
            break
    return out


def with_addressees(recipients: list[str], addressed: list[str]) -> list[str]:
    """A recipients list with its "Như trên" ("as above") put as the addressees it means."""
    if not addressed:
        return recipients
    out: list[str] = []
    for name in recipients:
        out.extend(addressed if AS_ABOVE.match(fold(name.strip())) else [name])
    return list(dict.fromkeys(out))
