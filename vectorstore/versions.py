"""Versions of one document kept in different files: an edited copy saved elsewhere under the same number, date
and issuer is the same document, not a second one. Which copy stands is decided by the files' modification time
(the later edit), so that loading an old folder again never brings a stale version back; `--id` overrides it."""
from __future__ import annotations

import os
import re
from collections.abc import Iterable

from ingest.model import DocumentMeta
from vectorstore.store import DocRecord

Identity = tuple[str, str, str, str]


def identity(meta: DocumentMeta | dict) -> Identity | None:
    """What names a document whatever its file: its kind, number, date and issuer, all read from its header; None
    when one is missing (nothing certain to match on) or for an appendix, which takes its parent's number and date."""
    get = meta.get if isinstance(meta, dict) else (lambda key, default="": getattr(meta, key, default))
    fields = (get("kind", ""), get("number", ""), get("date", ""), get("issuer", ""))
    if get("part_of", "") or not all(fields):
        return None
    return fields


def same_document(records: Iterable[DocRecord], key: Identity, doc_id: str) -> DocRecord | None:
    """The loaded document, other than `doc_id`, that `key` names."""
    return next((r for r in records if r.doc_id != doc_id and identity(r.meta) == key), None)


def _lossy(text: str) -> str:
    """Text as a lossy "ANSI" save writes it: each letter Windows-1258 has no byte for becomes "?"; lower case and
    single spaces, to compare a damaged header with a loaded document's fields."""
    return " ".join(text.encode("cp1258", "replace").decode("cp1258").lower().split())


def damaged_copy_of(records: Iterable[DocRecord], head: str) -> DocRecord | None:
    """The loaded document a text with lost letters (ingest/errors.py LostLetters) is a copy of: one whose number,
    year and the words of whose issuer its opening `head` holds, as that save writes them. Its own header cannot be
    parsed ("S?: 12"), so it is matched field by field rather than by identity()."""
    damaged = _lossy(head)
    words = set(re.findall(r"[\w?]+", damaged))
    for r in records:
        number, issuer, year = r.meta.get("number") or "", r.meta.get("issuer") or "", str(r.year or "")
        if number and issuer and year and _lossy(number) in damaged and year in words \
                and set(re.findall(r"[\w?]+", _lossy(issuer))) <= words:  # its two lines may be printed either way
            return r
    return None


def modified(path: str) -> float:
    """A file's modification time; 0 when it cannot be read (gone, no access)."""
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0


def stored_modified(record: DocRecord) -> float:
    """When the stored version's file was last edited: as recorded when it was loaded, else its file's time now."""
    return record.modified or (modified(record.path) if record.path else 0.0)
