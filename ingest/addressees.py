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

_I = re.IGNORECASE
# "Kính gửi: …": the word a letter opens its addressees with (prompts/obligation_words.toml)
ADDRESSED = re.compile(
    rf"^[\s|*_]*{alternation(tables.toml('obligation_words.toml')['not_obligations']['addressees'])}\b", _I)
_AS_ABOVE = re.compile(rf"^{alternation(tables.toml('header_words.toml')['closing']['as_above'])}\b", _I)
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
        if opened := ADDRESSED.match(text):
            out.extend(_items(text[opened.end():]))
        elif ADDRESSED.match(lead):
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
        out.extend(addressed if _AS_ABOVE.match(name.strip()) else [name])
    return list(dict.fromkeys(out))
