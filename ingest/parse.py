"""Raw text → ParsedDocument: the pure part of ingestion (no I/O, no embedding)."""
from __future__ import annotations

from dataclasses import dataclass

from ingest.addressees import addressees, with_addressees
from ingest.box_tables import boxes_as_rows
from ingest.chunker import chunk_blocks, closing_chunks, header_chunk, title_chunk
from ingest.glossary import find_definitions, spell_out
from ingest.header import LETTER_SUBJECT, Header, split_header
from ingest.metadata import (date_line, extract_metadata, number_line, opens_text, signed_in_text, starts_title,
                             without_authority)
from ingest.md_headings import marked_headings
from ingest.model import DocumentMeta, ParsedDocument
from ingest.obligations import extract_obligations
from ingest.parts import closing_parts, later_texts
from ingest.repair import (clean_line, front_matter_title, join_split_letters, normalize_chars, reflow,
                           strip_front_matter)
from ingest.structure import Closing, classify, closing_columns, split_closing


@dataclass(frozen=True)
class Layout:
    """A text's parts as parse_document reads them: its lines after the character repairs (`raw_lines`), the
    header block (raw_lines[start:used]), the body's reflowed `lines`, split into `body` and its `closing` blocks,
    and the metadata read from them, whose title block is body[:title_end]; `marked`: the lines a markdown file's
    markup makes headings (ingest/md_headings.py) — a .docx's too, whose heading styles word.py writes as markdown's
    marks — none for other formats."""
    raw_lines: list[str]
    header: Header
    start: int
    used: int
    lines: list[str]
    body: list[str]
    closing: Closing
    meta: DocumentMeta
    title_end: int
    marked: dict[str, int]


def lay_out(raw_text: str, source: str, declared_title: str = "") -> Layout:
    """The first steps of parse_document (bench/fidelity.py reads a text's sentences from them too)."""
    text = boxes_as_rows(normalize_chars(raw_text))  # a table drawn with box borders, read as a markdown one
    declared_title = declared_title or front_matter_title(text)
    raw_lines = join_split_letters(strip_front_matter(text).split("\n"))
    header, start, used = split_header(raw_lines, lambda line: starts_title(clean_line(line)))
    before = raw_lines[:start] if any(starts_title(clean_line(l)) for l in raw_lines[:start]) else []
    # a title printed above the number is still read; a closing block printed in two columns is read as its table
    lines = reflow("\n".join(closing_columns([*before, *raw_lines[used:]])), wrapped=source.lower().endswith(".pdf"))
    body, closing = split_closing(lines, lambda line: opens_text(clean_line(line)))
    meta, title_end = extract_metadata(body, closing, source, header, declared_title, raw_lines[used:])
    signed = None if closing.signer else signed_in_text(body[:title_end + 1])
    if signed:  # a law's "… đã ký" sentence: its signature passage, as a signature block would give
        closing.blocks.insert(0, signed)
    marked = marked_headings(text) if source.lower().endswith((".md", ".docx")) else {}
    return Layout(raw_lines, header, start, used, lines, body, closing, meta, title_end, marked)


def printed_title(laid: Layout) -> list[str]:
    """The title's lines as printed, from the kind's line ("QUYẾT ĐỊNH", "Về việc …"), without a number or date line
    printed among them nor the enacting body under them; a letter's "V/v …" subject from its header when the
    body prints no title."""
    title = laid.body[:laid.title_end]
    kind = next((n for n, line in enumerate(title) if starts_title(clean_line(line))), len(title))
    lines, _ = without_authority([line for line in title[kind:] if not number_line(line)[0] and not date_line(line)[1]],
                                 laid.header.issuer)  # not the enacting body printed under it
    return lines or ([f"{LETTER_SUBJECT} {laid.header.subject}"] if laid.header.subject else [])


def parse_document(raw_text: str, source: str, declared_title: str = "") -> ParsedDocument:
    """`declared_title`: the title the file declares beside its text (its properties, an HTML <title>)."""
    laid = lay_out(raw_text, source, declared_title)
    body, closing, meta = laid.body, laid.closing, laid.meta
    # A short document may be all title (one line): that line is then its only passage.
    breaks = [b.at for b in closing.blocks]
    rest = body[laid.title_end:]
    chunks = chunk_blocks(classify(rest, [n - laid.title_end for n in breaks], later_texts(rest, source),
                                   laid.marked)) \
        or chunk_blocks(classify(body, breaks, marked=laid.marked))
    chunks.extend(closing_chunks(closing, len(chunks), closing_parts(body, closing, meta, source)))
    # a number or place-date line printed among the title's lines ("Số: 21/TB-CĐCS, ngày …", "Hà Nội, ngày …") states
    # what a header block would, with or without one
    stated = "\n".join([*laid.header.stated, *(line for line in body[:laid.title_end]
                                               if (number_line(line)[0] and not laid.header.number)
                                               or (date_line(line)[1] and not laid.header.date))])
    chunks.extend(header_chunk(stated, len(chunks)))
    chunks.extend(title_chunk(printed_title(laid), len(chunks)))
    meta.recipients = with_addressees(meta.recipients, addressees(chunks))  # "Như trên": its "Kính gửi" lines
    # The header is part of the content: a new number or date is a new version.
    text = "\n".join([*(clean_line(l) for l in laid.raw_lines[laid.start:laid.used] if l.strip()), *laid.lines])
    glossary = find_definitions(text)
    spell_out(chunks, glossary)
    doc = ParsedDocument(source=source, text=text, meta=meta, chunks=chunks, glossary=glossary)
    doc.obligations = extract_obligations(doc)
    return doc
