"""Raw text → ParsedDocument: the pure part of ingestion (no I/O, no embedding)."""
from __future__ import annotations

from ingest.chunker import chunk_blocks
from ingest.glossary import find_definitions
from ingest.metadata import extract_metadata
from ingest.model import ParsedDocument
from ingest.obligations import extract_obligations
from ingest.repair import reflow
from ingest.structure import classify, split_closing


def parse_document(raw_text: str, source: str) -> ParsedDocument:
    lines = reflow(raw_text)
    body, closing = split_closing(lines)
    meta, title_end = extract_metadata(body, closing, source)
    chunks = chunk_blocks(classify(body[title_end:]))
    text = "\n".join(lines)
    doc = ParsedDocument(source=source, text=text, meta=meta, chunks=chunks,
                         glossary=find_definitions(text))
    doc.obligations = extract_obligations(doc)
    return doc
