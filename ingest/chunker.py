"""Typed blocks → chunks: one per paragraph or bullet, each with its heading path.
A paragraph longer than the embedder's comfortable input is split at sentence boundaries, and a
run without sentence ends (a table dump, a line without punctuation) at word boundaries, so that
no passage is ever longer than HARD_MAX_CHARS."""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from ingest.leads import states_count
from ingest.markers import heading_match
from ingest.model import SECTION_SEP, Block, Chunk, DocumentMeta
from ingest.place import Place, block_place
from ingest.references import resolve
from ingest.structure import Closing
from ingest.table_shape import figures_only, first_row_is_data, header_below
from troly.texts import t
from troly.vntext import cut_start, split_sentences
from troly.years import YEAR

MAX_CHARS = 1000
HARD_MAX_CHARS = 2000


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
    return [cut for piece in pieces for cut in _cut_at_words(piece, HARD_MAX_CHARS)]


def _cut_at_words(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters, cut at the last space before it (or at the limit
    itself inside a run with no space)."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit + 1)
        cut = cut if cut > 0 else start + limit
        pieces.append(text[start:cut].rstrip())
        start = cut + (text[cut:cut + 1] == " ")
    return [*pieces, text[start:]] if start < len(text) else pieces


HEADING_SHOWN = 120  # a heading longer than this is shortened in a path, and is a passage of its own too


def heading_title(block: Block) -> str:
    """Heading text as shown in a path: long headings are shortened at a word boundary (their whole text is
    a passage: _states)."""
    text = block.text
    if len(text) > HEADING_SHOWN:
        text = text[:HEADING_SHOWN - 3].rsplit(" ", 1)[0] + "…"
    return text


def _whole(stack: list[Block]) -> str:
    """The heading path with every heading whole, when the path a passage is filed under shortens one ("" else)."""
    return SECTION_SEP.join(b.text for b in stack) if any(len(b.text) > HEADING_SHOWN for b in stack) else ""


LEAD_CHARS = 300
HEADING_LEAD = "heading"  # the marker of a lead-in that is a heading: only list items below it take it
BARE_LEAD_CHARS = 160  # a lead-in up to this long says nothing of its own ("Đến năm 2030:")


def _leaf_headings_as_text(blocks: list[Block]) -> list[Block]:
    """A "heading" with nothing under it is content ("b) Tổ chức văn nghệ."): keep it as a paragraph."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if block.kind == "heading":
            # layout under it ("......", a rule) is nothing: a heading over only that has nothing under it
            nxt = next((b for b in islice(blocks, i + 1, None)
                        if b.kind == "break" or any(c.isalnum() for c in b.text)), None)
            if nxt is None or nxt.kind == "break" or (nxt.kind == "heading" and nxt.level <= block.level):
                block = Block("paragraph", block.text, level=block.level, label=block.label)
        out.append(block)
    return out


STATEMENT_WORDS = 8  # an article heading of this many words before its ":" is a sentence, not a title


def _decides(block: Block) -> bool:
    """An article whose heading is a sentence introducing its items ("Điều 1. Tổ chức khám sức khỏe định kỳ
    mỗi năm một lần cho giáo viên các trường học …:") states what is decided: a passage as well as a heading
    (a title such as "Điều 2. Đối tượng áp dụng:" is not)."""
    m = heading_match(block.text)
    return bool(m) and m.kind == "dieu" and block.text.endswith(":") and len(m.rest.split()) >= STATEMENT_WORDS


_YEAR_RE = re.compile(YEAR)
_FIGURE_RE = re.compile(r"\d[\d.,]*\s*(?:%|[^\W\d_])")  # a number and what it counts ("60 phút", "50%"), not "Bước 1:"


def _states_figure(block: Block) -> bool:
    """A numbered item over a list of its own that states a figure of its own beyond its title ("1. Phần lễ (thời
    lượng không quá 60 phút):"): a passage as well as its items' heading, or its figure is in no passage's text (the
    answer quoted one of its items instead). A year ("2. Kết quả năm 2026:") or a step's number ("Bước 1:") is its
    title's, no figure stated."""
    m = heading_match(block.text)
    return bool(m) and m.kind in ("arabic", "subnumber", "letter") and block.text.endswith(":") \
        and bool(_FIGURE_RE.search(_YEAR_RE.sub("", m.rest)))


def _carried(block: Block) -> bool:
    """A heading its list items carry whole as their lead-in ("2.1. Để thực hiện …, xác định các nhiệm vụ sau:")."""
    return block.text.endswith(":") and len(block.text) <= LEAD_CHARS


def _marker(block: Block) -> str:
    """What kind of list entry a body block is: its bullet character, its numbering style, or "p"."""
    if block.kind == "bullet":
        return block.label or "-"
    m = heading_match(block.text) if block.label else None
    return m.kind if m else "p"


@dataclass
class _Lead:
    """A sentence ending in ":" and the marker of the items it introduces (known at its first item)."""
    text: str
    marker: str
    items: str = ""
    chunk: Chunk | None = None  # its own passage, held back until we know whether items follow
    own: bool = False  # a passage of its own already (long, or stating a value): a table's header row leaves it out
    table: bool = False  # its items are a table's rows: the table's end ends its list


TINY_CHARS = 80  # an unnumbered paragraph this short completes the one before it ("Thời gian hoàn tất: …")


# "Tổng số chỉ tiêu tuyển dụng: 14 người, cụ thể:" — a label, and after it a value with a number, leading in to what
# details it (a table, a list): it says something of its own, which "Đến năm 2030:" or "Nội dung gồm:" does not.
_LABELLED_LEAD_RE = re.compile(r"^[^:.;\d]{1,80}:\s*[^:]*\d[^:]*:$")


SENTENCE_WORDS = 3  # fewer words before a full stop are a label ("1.", "2.1.a."), not a sentence


def _states_own(lead: str) -> bool:
    """A short lead-in that states a value after a label, or a sentence before the one leading in ("Phường hiện có
    9.846 người cao tuổi. Phấn đấu đạt các chỉ tiêu sau:"): a passage of its own as well as its items' lead-in (held
    back as a bare one is, the fact it states was in no passage: only its items' lead, never found nor cited)."""
    return bool(_LABELLED_LEAD_RE.match(lead)) or any(len(said.split()) >= SENTENCE_WORDS
                                                      for said in split_sentences(lead)[:-1])


def _counts_table(lead: str, blocks: list[Block], n: int) -> bool:
    """A lead-in over a table (`blocks[n]` the lead, a row right after it) that states a figure of its own ("Toàn thành
    phố bình chọn 100 cá nhân, phân bổ … như sau:"): the whole the rows share out, a passage of its own — carried by
    the rows only, it was in no passage's text, and "bình chọn bao nhiêu" was answered by one row's share. A year
    ("Kết quả năm 2026:") is no figure stated."""
    return n + 1 < len(blocks) and blocks[n + 1].text.startswith("|") \
        and states_count(lead)


def _opening(text: str) -> str:
    """The first LEAD_CHARS of a paragraph: what it is about."""
    return text if len(text) <= LEAD_CHARS else text[:LEAD_CHARS].rsplit(" ", 1)[0] + "…"


def _completes(block: Block, prev: Block | None) -> bool:
    """A short line that finishes the paragraph above it ("Thời gian hoàn tất: trước ngày 25/7/2014." is the
    deadline of the task before it); a table row, or a paragraph after a lead-in's ":", completes nothing."""
    return (len(block.text) <= TINY_CHARS and not block.text.startswith("|") and prev is not None
            and prev.kind == "paragraph" and not prev.text.startswith("|") and not prev.text.endswith(":"))


def _broken_off(text: str) -> bool:
    """A short paragraph inside a list that is the end of the item above, cut off by a bad
    line break ("TƯLĐTT.", "và các đơn vị.") rather than a sentence of its own."""
    first = text.split()[0].strip(".,;") if text.split() else ""
    return len(text) < 40 and (text[:1].islower() or (len(first) > 1 and first.isupper()))


def _shorten_lead(text: str) -> str:
    """A long lead-in's last words (what its items are), cut between words."""
    return cut_start(text, LEAD_CHARS)


def _closing_start(blocks: list[Block]) -> int:
    """Where the plain paragraphs that close the whole document begin ("Trên đây là Kế hoạch…"):
    the unnumbered paragraphs after the list that ends the last section; -1 when there are none."""
    n = len(blocks)
    while n and blocks[n - 1].kind == "paragraph" and not blocks[n - 1].label \
            and not blocks[n - 1].text.startswith("|") and not _broken_off(blocks[n - 1].text):
        n -= 1
    if n == len(blocks) or not n or blocks[n - 1].kind == "heading" or not (blocks[n - 1].kind == "bullet"
                                                                            or blocks[n - 1].label):
        return -1
    return n


def _closing_starts(blocks: list[Block]) -> set[int]:
    """Where each text's closing words begin (_closing_start): the document's last, and those of a text an appendix
    follows (a heading of level 0, structure.classify) or another text does (a break): "Yêu cầu các sở … thực hiện./."
    above the "PHỤ LỤC" is no part of the last section either."""
    ends = [n for n, b in enumerate(blocks) if b.kind == "break" or (b.kind == "heading" and not b.level)]
    starts, lo = set(), 0
    for end in [*ends, len(blocks)]:
        n = _closing_start(blocks[lo:end])
        if n >= 0:
            starts.add(lo + n)
        lo = end + 1
    return starts


def plain_cells(row: str) -> list[str]:
    """A table row's cells, without the bold marks of the source."""
    return [c.replace("**", "").strip() for c in row.strip().strip("|").split("|")]


def _table_rows(blocks: list[Block], start: int) -> list[list[str]]:
    """The cells of each row of the table whose first row is `blocks[start]`; a markdown table's (its `|---|` row
    under the first) only that first row: markdown says it is the header."""
    rows = []
    for block in islice(blocks, start, None):
        if not block.text.startswith("|"):
            break
        if any(c.isalnum() for c in block.text):
            rows.append(plain_cells(block.text))
        elif len(rows) == 1:
            break
    return rows


def _header_names(blocks: list[Block], n: int) -> tuple[list[str], int]:
    """The names of the columns of the table whose header row is `blocks[n]`, and the block of the header's second row
    joined into them (-1 when the header is one row: table_shape.header_below)."""
    names = plain_cells(blocks[n].text)
    below = next((k for k in range(n + 1, len(blocks)) if not blocks[k].text.startswith("|")
                  or any(c.isalnum() for c in blocks[k].text)), len(blocks))  # past the markdown's "|---|"
    if below < len(blocks) and blocks[below].text.startswith("|"):
        joined = header_below(names, plain_cells(blocks[below].text))
        if joined:
            return joined, below
    return names, -1


def _group_row(cells: list[str]) -> str:
    """A row that only names a group of the rows below it ("| I | Đến năm 2030 | | |"): its name, else ""."""
    words = [c for c in cells if c and any(ch.isalpha() for ch in c)]
    return words[-1] if len(cells) > 2 and len([c for c in cells if c]) <= 2 and len(words) >= 1 \
        and not (len(words) == 1 and words[0] == cells[0] and len(words[0]) < 6) else ""


def chunk_blocks(blocks: list[Block]) -> list[Chunk]:
    """Chunks with their heading path and the lead-ins of the lists they belong to, at any depth.
    A short lead-in followed by its items is no passage of its own: its items carry it."""
    chunks: list[Chunk] = []
    stack: list[Block] = []
    leads: list[_Lead] = []
    places: dict[int, Place] = {}  # id(chunk) → its article, clause and point, for the references between them
    place: Place = ("", "", "")

    def release(lead: _Lead) -> None:
        if lead.chunk is not None and not lead.items:  # no items followed: it stays a paragraph
            lead.chunk.position = len(chunks)
            chunks.append(lead.chunk)

    blocks = _leaf_headings_as_text(blocks)
    closings = _closing_starts(blocks)
    # A table's rows carry its header row ("| TT | Chỉ tiêu | Đơn vị | Kết quả |") and the group row above them
    # ("| I | Đến năm 2030 |"), as a list item carries its lead-in.
    # A table whose first row is data like the others (`first_row_is_data`) has no header: its rows carry none,
    # and are of the kind DATA_ROW, which is how answers and tasks know it.
    header, groups = "", []  # groups: (label of a numbered group, "" for a roman one; name), outermost first
    in_table = headless = False
    header_below_at = -1  # the header's second row, read into `header`: no row of the table
    for n, block in enumerate(blocks):
        if n == header_below_at:
            continue
        row = block.text.startswith("|") and any(c.isalnum() for c in block.text)
        first_row = row and not in_table
        table_chain: list[str] = []
        columns = ""  # the header row of a row of figures alone: the only words saying what its figures count
        if not block.text.startswith("|"):
            header, groups, in_table, headless = "", [], False, False
        elif row and not in_table:
            in_table, headless = True, first_row_is_data(_table_rows(blocks, n))
            if not headless:
                names, header_below_at = _header_names(blocks, n)
                header = " | ".join(c for c in names if c)
        elif row:
            label = plain_cells(block.text)[0]
            # "| 11 | Chỉ tiêu về … |" groups the rows numbered 11.1, 11.2 …; "| I | Đến năm 2030 |" all up to II.
            groups = [g for g in groups if not g[0] or label.startswith(g[0] + ".")]
            name = _group_row(plain_cells(block.text))
            roman = bool(name) and bool(re.fullmatch(r"[IVXLC]+\.?", label))
            if roman:
                groups = []
            table_chain = [part for part in (header, *(group for _, group in groups)) if part]
            columns = header if figures_only(block.text) else ""
            if name:
                groups = [g for g in groups if not g[0]] + [("" if roman else label.rstrip("."), name)]
        if n in closings or block.kind == "break":  # the document's closing words belong to no section; after
            while leads:  # a break, another text begins
                release(leads.pop())
            stack.clear()
            if block.kind == "break":
                continue
        if block.kind == "heading" or block.level:  # a heading, or a numbered line that is all content
            while stack and stack[-1].level >= block.level:  # ("Điều 9. Quyết định này có hiệu lực…"),
                stack.pop()  # ends the section of the sibling above it
        if block.kind == "heading":
            while leads:
                release(leads.pop())
            # A heading too long to show whole in a path is a passage too (still a heading: the items under it
            # say the duties), held back as a lead-in is when its items may carry it whole.
            decides, long_ = _decides(block) or _states_figure(block), len(block.text) > HEADING_SHOWN
            own = Chunk(text=block.text, section=SECTION_SEP.join(heading_title(b) for b in stack),
                        position=len(chunks), kind="paragraph" if decides else "heading",
                        path=_whole(stack)) if decides or long_ else None
            held = long_ and _carried(block) and not decides
            if decides or (long_ and not held):
                chunks.append(own)
            stack.append(block)
            if block.text.endswith(":"):  # "2. Nhiệm vụ cụ thể:": a heading and the lead-in of the items under it
                leads.append(_Lead(_shorten_lead(block.text), HEADING_LEAD, chunk=own if held else None))
            continue
        if not any(c.isalnum() for c in block.text):
            continue  # a rule ("---") or a table's border row: nothing to quote
        section = SECTION_SEP.join(heading_title(b) for b in stack)
        place = block_place(stack, block, place)
        marker = _marker(block)
        # Close the lists this block is not an item of: a sibling of a lead-in ends that lead's list, and the end of
        # the table a lead-in introduces ("… Kết quả cụ thể:" over its rows; a numbered item's, "2. Lệ phí đăng ký:",
        # too) ends its list: the paragraphs after the table are no rows of it.
        while leads:
            top = leads[-1]
            if not top.items and (marker != "p" or top.marker == "p" or row and top.marker != HEADING_LEAD):
                top.items = marker  # its first item sets the style of its list
                top.table = block.text.startswith("|")
                break
            if top.table and not block.text.startswith("|"):
                release(leads.pop())
                continue
            if top.items == marker or (marker == "p" and top.items and _broken_off(block.text)):
                break
            release(leads.pop())
        # A table's header row names its columns; a lead-in that is a passage of its own ("Trong năm … đăng ký 64.587
        # việc …. Kết quả cụ thể:") is not carried by it: quoted after it, the lead-in's figures were cited to the
        # header row, not to their own paragraph. The rows under it still carry it.
        chain = [lead.text for lead in leads if not (first_row and lead.own)]
        chain += table_chain
        context = " › ".join(chain)
        prev = blocks[n - 1] if n else None
        if not chain and marker == "p" and _completes(block, prev):
            context = _opening(prev.text)  # read (embedded, indexed) with the paragraph it completes; no lead-in
            # to show: that paragraph is a passage of its own
        for piece in split_long(block.text):
            kind = DATA_ROW if row and headless else block.kind
            chunk = Chunk(text=piece, section=section, position=len(chunks), kind=kind,
                          lead=chain[-1] if chain else "", context=context, path=_whole(stack), columns=columns)
            places[id(chunk)] = place
            if block.text.endswith(":") and len(block.text) <= BARE_LEAD_CHARS:
                stated = _states_own(block.text) or _counts_table(block.text, blocks, n)  # a passage now
                if stated:
                    chunks.append(chunk)
                leads.append(_Lead(_shorten_lead(block.text), marker, chunk=None if stated else chunk, own=stated))
                break
            chunks.append(chunk)
        else:
            if block.text.endswith(":"):
                leads.append(_Lead(_shorten_lead(block.text), marker, own=True))
    while leads:
        release(leads.pop())
    resolve(chunks, [places.get(id(c), ("", "", "")) for c in chunks])
    return chunks


# The passage kinds of a document's closing and header, the one place they are named: answered only when a
# question asks for them (TITLE: only when a named document's subject is asked).
HEADER = "header"  # its number, date and issuer
RECIPIENTS = "recipients"  # whom it is sent to ("Nơi nhận")
SIGNATURE = "signature"  # who signs it
TITLE = "title"  # its printed title lines, a letter's "V/v"
CLOSING_KINDS = (RECIPIENTS, SIGNATURE, HEADER, TITLE)
DATA_ROW = "data_row"  # a row of a table without a header row (its first row data): quoted by itself, no header row


def is_header_row(text: str, kind: str, context: str) -> bool:
    """A table's header row stored as a passage of its own: a row (of a table whose first row is no data) whose
    context holds no header row — every other row of such a table carries its header ("STT | Chỉ tiêu | …")."""
    return text.startswith("|") and kind != DATA_ROW and " | " not in context


def header_chunk(text: str, position: int) -> list[Chunk]:
    """The header's issuer, number and date as one passage of its own kind (none when the header states none)."""
    return [Chunk(text, t("ingest.closing.header"), position, kind=HEADER)] if text else []


def title_chunk(lines: list[str], position: int) -> list[Chunk]:
    """The title's lines as printed ("QUYẾT ĐỊNH" / "Về việc …", a letter's "V/v …") as a passage of its own kind:
    what a question of what a named document is about quotes (not the header's issuer, number and date, which
    answer who issued it and when)."""
    return [Chunk("\n".join(lines), t("ingest.closing.title"), position, kind=TITLE)] if lines else []


def closing_chunks(closing: Closing, start: int, parts: list[DocumentMeta | None] | None = None) -> list[Chunk]:
    """The "Nơi nhận" list and the signature, each a passage of its own kind, as written. In a file of several
    documents (`parts`: the one each block closes, ingest/parts.py) each is filed under its part's short name
    ("QĐ 01/2026/QĐ-CĐCS › Nơi nhận", as citations show it) and read with its title."""
    chunks: list[Chunk] = []
    for block, part in zip(closing.blocks, parts or [None] * len(closing.blocks)):
        for kind, text, present in ((RECIPIENTS, block.recipients_text, block.recipients),
                                    (SIGNATURE, block.signature_text, block.signer)):
            if not present:
                continue
            section = t(f"ingest.closing.{kind}")
            chunks.append(Chunk(text, SECTION_SEP.join([part.short_title, section]) if part else section,
                                start + len(chunks), kind=kind, context=part.title if part else ""))
    return chunks
