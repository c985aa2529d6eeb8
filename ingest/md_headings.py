"""The lines a markdown file marks as headings by its markup, not by numbering: an ATX heading ("## Quý I/2027")
and a paragraph that is wholly bold ("**Quý III/2027**", the way converters and people typing in an editor write a
heading). Read with markdown-it's tokens, so that bold inside a sentence, a table cell or a list item is no heading.
The structure reader (ingest/structure.py) makes such a line a heading even without a number, so that the items
under it are filed under it (and inherit the period it names: ingest/obligations.py)."""
from __future__ import annotations

from functools import lru_cache

from ingest.repair import clean_line, normalize_chars

BOLD_LEVEL = 7  # a wholly bold paragraph ranks below every ATX heading level (1–6)


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def _wholly_bold(children: list) -> bool:
    """Inline tokens that are one bold run and nothing else (empty text around it aside), on one line."""
    depth, runs = 0, 0
    for tok in children:
        if tok.type == "strong_open":
            depth, runs = depth + 1, runs + 1
        elif tok.type == "strong_close":
            depth -= 1
        elif tok.type == "softbreak" or tok.type == "hardbreak":
            return False
        elif not depth and (tok.type != "text" or tok.content.strip()):
            return False
    return runs == 1


def marked_headings(markdown: str) -> dict[str, int]:
    """The text of each line the markup makes a heading (as the body's cleaned lines read it) → its markdown level:
    1–6 for "#"…"######", BOLD_LEVEL for a wholly bold paragraph."""
    tokens = _parser().parse(markdown)
    out: dict[str, int] = {}
    for i, tok in enumerate(tokens[:-1]):
        inline = tokens[i + 1]
        if inline.type != "inline" or "\n" in inline.content:
            continue
        if tok.type == "heading_open":
            level = int(tok.tag[1:])
        elif tok.type == "paragraph_open" and not (i and tokens[i - 1].type == "list_item_open") \
                and _wholly_bold(inline.children or []):
            level = BOLD_LEVEL
        else:
            continue
        text = clean_line(normalize_chars(inline.content))
        if text:
            out.setdefault(text, level)
    return out
