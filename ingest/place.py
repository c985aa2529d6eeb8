"""Where a passage stands (its article, clause and point: "Điều 4", "2.", "a)"), read one way for the chunker
(ingest/references.py resolves a text's references to its own clauses with it) and for the answers; and the article,
clause or point a question names ("Điều 26", "khoản 2 điều 4", "điểm a khoản 3 Điều 4", "dieu 26") and whether a
passage stands there: the answer is that article's own text (its heading and clauses), not another passage that
merely mentions "các điều 24, 25 và 26" or "theo mức quy định tại Khoản 2 Điều này"."""
from __future__ import annotations

import re
import unicodedata

from ingest.markers import heading_match
from ingest.model import SECTION_SEP, Block
from troly import tables
from troly.vntext import fold, fold_same_length

_W = tables.toml("header_words.toml")
_R = {k: fold(v) for k, v in _W["references"].items() if isinstance(v, str)}
# "điểm a khoản 2 Điều 4", as texts write it; or the article first, as people say it ("Điều 16 khoản 2 (điểm a)"):
# groups 1–3 (point, clause, article) or 4–6 (article, clause, point)
_PLACE_RE = re.compile(rf"\b{fold(_W['divisions']['dieu'])}\s+(?P<article_first>\d+)\s*,?\s+{_R['clause']}\s+(\d+)\b"
                       rf"(?:\s*,?\s+{_R['point']}\s+([a-z])\b)?|"
                       rf"(?:\b{_R['point']}\s+([a-z])\s*,?\s+)?(?:\b{_R['clause']}\s+(\d+)\s*,?\s+)?"
                       rf"\b{fold(_W['divisions']['dieu'])}\s+(\d+)\b")

Place = tuple[str, str, str]  # article number, clause number ("" for the whole article), point letter ("" for none)


def named_place(question: str) -> Place | None:
    """The first article (with its clause and point, when named) the question names, in either order, or None."""
    m = _PLACE_RE.search(fold(question).lower())
    if not m:
        return None
    if m.group("article_first"):
        return m.group(1), m.group(2), m.group(3) or ""
    return m.group(6), m.group(5) or "", (m.group(4) or "") if m.group(5) else ""


def place_words(question: str) -> str:
    """The words naming that place, as the question types them ("khoản 2 điều 4", "dieu 26"), or ""."""
    text = unicodedata.normalize("NFC", question)
    m = _PLACE_RE.search(fold_same_length(text))
    return text[m.start():m.end()] if m else ""


def article_words(place: Place) -> str:
    """The article as its heading writes it ("Điều 26"): what its passages' heading paths hold."""
    return f"{_W['divisions']['dieu']} {place[0]}"


def _numbering(line: str, kind: str) -> str:
    m = heading_match(line.strip())
    return m.label.split()[-1].lower() if m and m.kind == kind else ""


def place_of(section: str, lead: str, text: str) -> Place:
    """Where a passage stands, read from its heading path, its lead-in and its own numbering: the last
    article ("Điều 4. …") of the path (or the passage's own "Điều 9. …"), the clause ("2.") it or its lead-in
    opens, the point ("a)") it opens. Numbering is compared without diacritics ("đ)" as "d")."""
    article = _numbering(text, "dieu") or next(
        (a for part in reversed(section.split(SECTION_SEP)) if (a := _numbering(part, "dieu"))), "")
    clause = _numbering(text, "arabic") or _numbering(lead, "arabic")
    point = fold(_numbering(text, "letter"))
    return article, clause, point


def block_place(stack: list[Block], block: Block, last: Place) -> Place:
    """Where a body block stands, as the chunker reads it: the article of the headings above it (or its own "Điều 2.
    …"), the clause ("2.") and point ("a)") it opens, or else those of the block before it (a paragraph goes on with
    them)."""
    own = block.text if block.label else ""
    if article := _numbering(own, "dieu"):
        return article, "", ""
    article = next((a for b in reversed(stack) if (a := _numbering(b.text, "dieu"))), "")
    if article != last[0]:
        last = (article, "", "")
    if clause := _numbering(own, "arabic"):
        return article, clause, ""
    if point := _numbering(own, "letter"):
        return article, last[1], point
    return last


def article_path(section: str) -> str:
    """The heading path down to the article a passage stands in ("Điều lệ Công đoàn › Chương VIII … › Điều 26. Tài
    chính công đoàn"), "" when in none: one article's passages share it, while a file's second text may have an
    article of the same number and title ("Điều 26. Tài chính công đoàn" in a law and in its union's charter)."""
    parts = section.split(SECTION_SEP)
    at = next((i for i in range(len(parts) - 1, -1, -1) if _numbering(parts[i], "dieu")), None)
    return SECTION_SEP.join(parts[:at + 1]) if at is not None else ""


def article_heading(section: str) -> str:
    """The heading of the article a passage stands in ("Điều 26. Tài chính công đoàn"), from its heading path."""
    return next((part for part in reversed(section.split(SECTION_SEP)) if _numbering(part, "dieu")), "")


def stands_at(place: Place, named: Place) -> bool:
    """The passage is in the named article (its clause, its point, when those are named)."""
    return all(not want or have == want for have, want in zip(place, named))
