"""Typed blocks → chunks: one per paragraph or bullet, each with its heading path.
A paragraph longer than the embedder's comfortable input is split at sentence boundaries."""
from __future__ import annotations

from ingest.model import SECTION_SEP, Block, Chunk
from troly.vntext import split_sentences

MAX_CHARS = 1000


def split_long(text: str, limit: int = MAX_CHARS) -> list[str]:
    """Pieces of at most about `limit` characters, cut between sentences, never inside one."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for sentence in split_sentences(text):
        if current and len(current) + 1 + len(sentence) > limit:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    return pieces


def heading_title(block: Block) -> str:
    """Heading text as shown in a path: long headings are shortened at a word boundary."""
    text = block.text
    if len(text) > 120:
        text = text[:117].rsplit(" ", 1)[0] + "…"
    return text


LEAD_CHARS = 300


def _leaf_headings_as_text(blocks: list[Block]) -> list[Block]:
    """A "heading" with nothing under it is content ("b) Tổ chức văn nghệ."): keep it as a paragraph."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind == "heading" and (nxt is None or (nxt.kind == "heading" and nxt.level <= block.level)):
            block = Block("paragraph", block.text, label=block.label)
        out.append(block)
    return out


def chunk_blocks(blocks: list[Block]) -> list[Chunk]:
    chunks: list[Chunk] = []
    stack: list[Block] = []
    lead = ""
    for block in _leaf_headings_as_text(blocks):
        if block.kind == "heading":
            while stack and stack[-1].level >= block.level:
                stack.pop()
            stack.append(block)
            lead = ""
            continue
        section = SECTION_SEP.join(heading_title(b) for b in stack)
        is_item = block.kind == "bullet" or (len(block.label) == 1 and block.label.isalpha())  # "a)" points
        if not is_item:
            lead = ""
        for piece in split_long(block.text):
            chunks.append(Chunk(text=piece, section=section, position=len(chunks), kind=block.kind,
                                lead=lead if is_item else ""))
        if block.text.endswith(":"):
            lead = block.text if len(block.text) <= LEAD_CHARS else "…" + block.text[-LEAD_CHARS:]
    return chunks
