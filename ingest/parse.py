"""Raw text → ParsedDocument: the pure part of ingestion (no I/O, no embedding)."""
from __future__ import annotations

from ingest.chunker import chunk_blocks, closing_chunks, header_chunk
from ingest.glossary import find_definitions
from ingest.header import split_header
from ingest.metadata import extract_metadata, starts_title
from ingest.model import ParsedDocument
from ingest.obligations import extract_obligations
from ingest.parts import closing_parts
from ingest.repair import clean_line, join_split_letters, normalize_chars, reflow, strip_front_matter
from ingest.structure import classify, split_closing


def parse_document(raw_text: str, source: str, declared_title: str = "") -> ParsedDocument:
    """`declared_title`: the title the file declares beside its text (its properties, an HTML <title>)."""
    raw_lines = join_split_letters(strip_front_matter(normalize_chars(raw_text)).split("\n"))
    header, start, used = split_header(raw_lines, lambda line: starts_title(clean_line(line)))
    lines = reflow("\n".join(raw_lines[used:]))
    body, closing = split_closing(lines)
    meta, title_end = extract_metadata(body, closing, source, header, declared_title, raw_lines[used:])
    # A short document may be all title (one line): that line is then its only passage.
    breaks = [b.at for b in closing.blocks]
    chunks = chunk_blocks(classify(body[title_end:], [n - title_end for n in breaks])) \
        or chunk_blocks(classify(body, breaks))
    chunks.extend(closing_chunks(closing, len(chunks), closing_parts(body, closing, meta, source)))
    chunks.extend(header_chunk(header.text, len(chunks)))
    # The header is part of the content: a new number or date is a new version.
    text = "\n".join([*(clean_line(l) for l in raw_lines[start:used] if l.strip()), *lines])
    doc = ParsedDocument(source=source, text=text, meta=meta, chunks=chunks,
                         glossary=find_definitions(text))
    doc.obligations = extract_obligations(doc)
    return doc
