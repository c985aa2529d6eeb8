"""Duties, reports, deadlines and targets stated in a document, extracted as data."""
from __future__ import annotations

from ingest.model import Obligation, ParsedDocument


def extract_obligations(doc: ParsedDocument) -> list[Obligation]:
    return []
