"""Paragraph lines → typed blocks (heading / paragraph / bullet), with the closing block
("Nơi nhận", signature) split off, since it is document metadata, not answer text."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from ingest.md_headings import BOLD_LEVEL
from ingest.markers import DIVISIONS, GROUPS, RANKS, HeadingMatch, bullet_text, follows, heading_match, restarts
from ingest.model import Block
from ingest.parent import labels_attached
from ingest.repair import is_upper_line
from troly.vntext import is_syllable
from troly import tables
from troly.texts import alternation

_WORDS = tables.toml("header_words.toml")
_W = _WORDS["roles"]
_CLOSING_RE = re.compile(rf"^\|?\s*{alternation(_WORDS['closing']['recipients'])}\s*:?\s*", re.I)
_ARCHIVE_RE = re.compile(rf"^{alternation(_WORDS['closing']['archive'])}\b", re.I)
_SIGN_ROLE = (rf"{alternation([*_W['marks'], *_W['acting']])}|(?:{alternation(_W['signing_deputy'])}\s+)?"
              rf"{alternation([*_W['signing'], *_W['signing_minutes']])}\b")
_SIGN_ROLE_RE = re.compile(rf"^(?:{_SIGN_ROLE})")
# "THƯ KÝ Nguyễn Văn Khoa — CHỦ TRÌ Đỗ Thị Lan": two signatures on one line, a role after a name (a dash between)
_NEXT_SIGNATURE_RE = re.compile(rf"\s*[—–-]?\s+(?=(?:{_SIGN_ROLE}))")
_COUNTERSIGN_RE = re.compile(rf"^{alternation(_W['countersigning'])}\b")
# A word of a person's name: a capital and small letters ("Nguyễn"), and as the names of Tây Nguyên's peoples are
# written, a capital alone ("Y Bhiăo Niê", Ê-đê) or two joined by an apostrophe ("Ksor H'Ble", Jrai); a name has small
# letters somewhere (a line in capitals is a role).
# The capitals of Vietnamese (a character class's inside): "[A-ZĐÀ-Ỹ]" also holds the small marked letters ("đ", "ư")
CAPITALS = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
_NAME_WORD = rf"(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+|[{CAPITALS}]['’][{CAPITALS}][a-zà-ỹđ]+|[{CAPITALS}])"
_PERSON = rf"(?=[^\n]*[a-zà-ỹđ])(?:{_NAME_WORD}\s){{1,4}}{_NAME_WORD}"
_NAME_RE = re.compile(rf"^{_PERSON}$")
_TRAILING_NAME_RE = re.compile(rf"(?:^|\s)({_PERSON})\s*$")
_SIGNED_RE = re.compile(rf"[\[(]\s*(?:{alternation(_WORDS['issuer']['signed'])}\s*"
                        rf"|{alternation(_WORDS['issuer']['sign_here'])}\b[^\[\]()]{{0,60}}"
                        rf"|{alternation(_WORDS['issuer']['sign_alone'])}\s*)[\])]", re.I)
_APPENDIX = _WORDS["appendix"]
_NUMBERED_APPENDIX_RE = re.compile(rf"^\W*{alternation(_APPENDIX['numbered'])}\s+(?:số\s+)?[0-9IVX]+[a-z]?\b", re.I)
# … the label alone, its number after it or not ("Biểu 02", "Phụ lục I", "Mẫu số 01:")
_APPENDIX_ALONE_RE = re.compile(rf"^\W*{alternation([*_APPENDIX['starts'], *_APPENDIX['numbered']])}(?:\s+số)?"
                                rf"(?:\s+[0-9IVX]+[a-z]?)?[\s.:]*$", re.I)
_ITEM_SPLIT_RE = re.compile(r"(?:^|(?<=[;.,)])\s*)[-–]\s+")
_TAIL_MARK_RE = re.compile(r";\s*(\S{1,2})\s*$")
_HEADING_MAX = 300
# "Thời gian đăng ký: chậm nhất ngày 20/4/2025." — a label and the value it states (a label with a number,
# "Bước 2: Kiểm tra hiện trạng.", names a step: a title).
_LABELLED_RE = re.compile(r"^[^:.;\d]{1,80}:\s*(\S.*)$")


@dataclass
class ClosingBlock:
    """One "Nơi nhận" block and the signature beside it, as written (a file may hold several)."""
    recipients_text: str = ""  # verbatim, for the passage
    recipients: list[str] = field(default_factory=list)
    signature_text: str = ""
    signer: str = ""
    signer_role: str = ""
    # the others who sign beside the signer as equals, [name, role] each (two bodies issuing one text together: "GIÁM
    # ĐỐC SỞ Y TẾ" beside "TM. BAN THƯỜNG VỤ LĐLĐ TỈNH / CHỦ TỊCH"); not who countersigns (minutes' secretary)
    cosigners: list[list[str]] = field(default_factory=list)
    at: int = 0  # the body line it stood before: inside the body, what follows is another text (the plan a
    # decision issues), whose numbering is not the decision's articles'


@dataclass
class Closing:
    """What closes a document: recipients and who signed (the first block that names them)."""
    blocks: list[ClosingBlock] = field(default_factory=list)

    @property
    def recipients(self) -> list[str]:
        return next((b.recipients for b in self.blocks if b.recipients), [])

    @property
    def signer(self) -> str:
        return next((b.signer for b in self.blocks if b.signer), "")

    @property
    def signer_role(self) -> str:
        return next((b.signer_role for b in self.blocks if b.signer), "")

    @property
    def cosigners(self) -> list[list[str]]:
        return next((b.cosigners for b in self.blocks if b.signer), [])


def _states_value(rest: str) -> bool:
    """A "Label: value" line whose value is said after the colon — a sentence, or a date or number
    ("2. Thời gian: chậm nhất ngày 20/4/2025."): content of its own, not the title of what follows.
    "2. Nội dung:" or "Kinh phí: gồm các khoản sau:" lead in to what follows."""
    m = _LABELLED_RE.match(rest)
    if not m or is_upper_line(rest):
        return False
    value = m.group(1).rstrip()
    return not value.endswith(":") and (value.endswith(".") or bool(re.search(r"\d", value)))


def _is_heading(text: str, rest: str, kind: str) -> bool:
    """Numbered line as a heading (opens a section) rather than a numbered paragraph."""
    if kind in DIVISIONS:
        return True
    if len(text) > _HEADING_MAX:
        return False
    if is_upper_line(rest):
        return True
    if _states_value(rest):
        return False
    if text.rstrip().endswith((";", ",")):  # "b) Sơ kết 6 tháng, 1 năm;": an item of a list that goes on
        return False
    ends = text.rstrip().endswith((".", "!", "?", "./.", "…"))
    return not ends or len(text) < 60


def _sentence_item(text: str, rest: str) -> bool:
    """A numbered line taken for a heading only for being a short sentence ("3. Tổng phụ trách đội.")."""
    return (not is_upper_line(rest) and len(text) < 60
            and text.rstrip().endswith((".", "!", "?", "./.", "…")))


_WRAP_MAX = 100  # a recipient's wrapped line is a name's end, not a paragraph


def _scan_mark(fragment: str) -> bool:
    """One or two characters a scan read from the margin after an item's ";" ("Văn phòng Quốc hội; ff", "…; Ñ"):
    a single character, or two that are neither a syllable nor an abbreviation in capitals ("VP")."""
    return len(fragment) == 1 or (len(fragment) == 2 and not fragment.isupper() and not is_syllable(fragment))


def _recipient_items(items: list[str]) -> list[str]:
    """Recipients as listed, without the archive copy ("Lưu: VT"), a group's lead-in ("Gửi bản giấy:") or a scan's
    marks after an item's ";"."""
    out = []
    for item in items:
        m = _TAIL_MARK_RE.search(item)
        if m and _scan_mark(m.group(1)):
            item = item[:m.start()]
        out.append(item.strip(" ;.,*_"))
    return [i for i, raw in zip(out, items) if i and not _ARCHIVE_RE.match(i) and re.search(r"\w", i)
            and not raw.strip(" *_").endswith(":")]


def _sign(block: ClosingBlock, lines: list[str]) -> None:
    """Role lines and the signer's name ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Tấn Dũng")."""
    text = " ".join(_SIGNED_RE.sub(" ", line).strip() for line in lines)
    text = re.sub(r"\s+", " ", text).strip()
    last = re.sub(r"\s+", " ", _SIGNED_RE.sub(" ", lines[-1])).strip() if lines else ""
    # a name on its own line is the whole name: the role's last word is no part of it ("GIÁM ĐỐC SỞ Y TẾ" over
    # "Hoàng Thị Vân Anh" is no "TẾ Hoàng Thị Vân Anh")
    own_line = len(lines) > 1 and bool(_NAME_RE.match(last))
    m = _TRAILING_NAME_RE.search(text, max(0, len(text) - len(last) - 1) if own_line else 0)
    if m:
        block.signer, block.signer_role = m.group(1), text[:m.start(1)].strip()
    elif len(lines) > 1 and _named_by_place(last):  # the line under the role names the signer, however spelt
        block.signer, block.signer_role = last, text[:len(text) - len(last)].strip()
    else:
        return  # no name ("CHỦ TỊCH ……"): nothing to cite
    block.signature_text = text


def _named_by_place(line: str) -> bool:
    """A line under a signature's role lines that names the signer, by where it stands rather than by the shape of
    a Kinh name: short, in mixed case, two to six words each opening with a capital and made of letters ("Y Bhiăo
    Niê", "Ksor H'Ble", "Thạch Sô Phol", "Điểu K'Lứ")."""
    words = line.split()
    return (1 < len(words) <= 6 and len(line) < 40 and not is_upper_line(line)
            and all(w[0].isupper() and all(c.isalpha() or c in "'’-" for c in w) for w in words))


def _is_signature_line(line: str) -> bool:
    return bool(_SIGN_ROLE_RE.match(line) or _SIGNED_RE.fullmatch(line.strip())
                or (_NAME_RE.match(line) and len(line) < 40))


def signature_cells(cells: list[list[str]]) -> bool:
    """Cells of a table row holding signatures side by side, each its lines ("ĐẠI DIỆN BÊN A / CHỦ TỊCH / Nguyễn
    Thị Lan" beside "ĐẠI DIỆN BÊN B / GIÁM ĐỐC / …"): more than one, each (but empty ones) opening with a signature
    line; or a closing's row, "Nơi nhận" and its list beside one or more signatures. Read line beside line, each signer
    keeps their role and a name on its own line (ingest/word.py), as a PDF's columns are read (closing_columns)."""
    firsts = [next((line for line in cell if line), "") for cell in cells]
    if firsts and _CLOSING_RE.match(firsts[0]):  # "Nơi nhận: …" beside the signatures: the closing's own row
        return any(firsts[1:]) and all(_is_signature_line(f) or _signed_cell(cell)
                                       for f, cell in zip(firsts[1:], cells[1:]) if f)
    return len([f for f in firsts if f]) > 1 and all(_is_signature_line(f) for f in firsts if f)


def trailing_name(text: str) -> str:
    """The person's name a text ends with ("… Phó Chủ tịch Ủy ban nhân dân thành phố Lê Quang Vỹ": "Lê Quang Vỹ"),
    as a signature's last line gives it; "" when it ends with none."""
    m = _TRAILING_NAME_RE.search(text)
    return m.group(1) if m else ""


def _signed_cell(lines: list[str]) -> bool:
    """A cell beside "Nơi nhận" that is a signature whatever post it names ("TRƯỞNG PHÒNG / (Đã ký) / Lê Văn Tâm"):
    the post in capitals first, a person's name last."""
    lines = [line for line in lines if line]
    return len(lines) > 1 and is_upper_line(lines[0]) and bool(_NAME_RE.match(lines[-1]))


def _is_table_signature(line: str) -> bool:
    if not line.lstrip().startswith("|"):
        return False
    cells = [c.strip() for c in line.strip().strip("|").split("|") if c.strip()]
    return len(cells) == 1 and bool(_SIGN_ROLE_RE.match(cells[0]) and _TRAILING_NAME_RE.search(cells[0]))


def table_cells(row: str) -> list[str]:
    """A markdown table row's cells, stripped ("| 1 | Nội dung |" → ["1", "Nội dung"])."""
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _continues_closing(line: str, width: int) -> bool:
    """A table row under the "Nơi nhận | signature" row that goes on with them ("|  | Nguyễn Văn Bình |": the
    signer's name in a row of its own, "| - Lưu: VT. | |"): as wide, its first cell a recipient or empty, the
    others signature lines or empty."""
    if not line.lstrip().startswith("|"):
        return False
    cells = table_cells(line)
    first_ok = not cells[0] or bullet_text(cells[0]) is not None or bool(_ARCHIVE_RE.match(cells[0]))
    return (len(cells) == width and first_ok and any(cells)
            and all(not c or _is_signature_line(c) or is_upper_line(c) for c in cells[1:]))


def _post_over_name(lines: list[str], j: int, width: int) -> bool:
    """A row holding, under the capitals of the post signed in, the signer's other post in small letters ("Phó Chủ
    tịch UBND huyện") over the row of their name — a Word signature table read line beside line: it goes on with the
    signature (read as its end, the name under it was lost)."""
    if j + 1 >= len(lines) or not lines[j].lstrip().startswith("|") or not _continues_closing(lines[j + 1], width):
        return False
    cells, below = table_cells(lines[j]), table_cells(lines[j + 1])
    return (len(cells) == width and not cells[0] and any(cells[1:]) and all(len(c) < 60 for c in cells[1:])
            and any(_NAME_RE.match(c) or _named_by_place(c) for c in below[1:]))


def _wraps(items: list[str], line: str, after: str) -> bool:
    """Whether a line goes on with the recipient above it, which the page's width wrapped ("- Website Công đoàn tỉnh,"
    over "Fanpage Công đoàn tỉnh;", "- Các công đoàn cơ sở trực thuộc" over "Liên đoàn Lao động tỉnh;"): that item is
    left open (no ";" or "." closing it, not the archive copy), and the line is short, no signature line, and closes
    the item or comes before the next one. Read as the end of the list instead, it and the items under it were lost."""
    if not items or not re.search(r"[^\W\d_]", items[-1]) or items[-1].rstrip().endswith((";", ".", ":")) \
            or _ARCHIVE_RE.match(items[-1].strip()):
        return False
    text = line.strip()
    if not text or len(text) > _WRAP_MAX or _is_signature_line(text) or is_upper_line(text) or "|" in text:
        return False
    return text.endswith((";", ",")) or bullet_text(after) is not None or bool(_ARCHIVE_RE.match(after.strip()))


def _take_closing(lines: list[str], i: int, block: ClosingBlock) -> int:
    """Read the closing block that starts at line i; returns the index after it."""
    line = lines[i]
    if "|" in line:  # a table row: recipients | signature, maybe continued by the rows under it
        rows = [table_cells(line)]
        j = i + 1
        while j < len(lines) and (re.fullmatch(r"[|\s:-]+", lines[j]) or _continues_closing(lines[j], len(rows[0]))
                                  or _post_over_name(lines, j, len(rows[0]))):
            if not re.fullmatch(r"[|\s:-]+", lines[j]):
                rows.append(table_cells(lines[j]))
            j += 1
        block.recipients_text = " ".join(row[0] for row in rows if row[0])
        block.recipients = _recipient_items(_ITEM_SPLIT_RE.split(_CLOSING_RE.sub("", block.recipients_text)))
        if len(rows[0]) > 2:  # "Nơi nhận | ĐẠI DIỆN BÊN A … | ĐẠI DIỆN BÊN B …": two signatures beside the list
            _sign_together(block, ["| " + " | ".join(row[1:]) + " |" for row in rows])
        else:
            _sign(block, [c for row in rows for c in row[1:] if c])
        return j
    rest = _CLOSING_RE.sub("", line)
    # "Noi nhận: THỦ TƯỚNG": a scan ran the signature column's first line into the line of "Nơi nhận"
    beside = bool(rest) and is_upper_line(rest) and len(rest) < 60 and bullet_text(rest) is None
    role = [rest] if beside else []
    taken, items, signature = [line[:len(line) - len(rest)].rstrip() if beside else line], \
        [] if beside else _ITEM_SPLIT_RE.split(rest), []
    j = i + 1
    while j < len(lines):
        cur = lines[j]
        item = bullet_text(cur)
        if not signature and (item is not None or _ARCHIVE_RE.match(cur)):
            taken.append(cur)
            items.append(item if item is not None else cur)
            j += 1
            continue
        if not signature and _wraps(items, cur, lines[j + 1] if j + 1 < len(lines) else ""):
            taken.append(cur)
            items[-1] = f"{items[-1].rstrip()} {cur.strip()}"
            j += 1
            continue
        if signature and _named_by_place(cur) and not _is_signature_line(cur):
            signature.append(cur)  # the signer's name under the role lines
            j += 1
            break
        if signature or _is_signature_line(cur) or (is_upper_line(cur) and len(cur) < 60):
            if not (_is_signature_line(cur) or (is_upper_line(cur) and len(cur) < 60)):
                break
            signature.append(cur)
            j += 1
            if _NAME_RE.match(cur):
                break
            continue
        break
    block.recipients_text = " ".join(taken)
    block.recipients = _recipient_items(items)
    if role or signature:
        _sign(block, [*role, *signature])
    return j


_COLUMN_GAP = re.compile(r"\S(\s{3,})\S")  # spaces between two columns printed side by side (a PDF's layout)


def closing_columns(lines: list[str]) -> list[str]:
    """Raw lines with a closing block printed as two columns — "Nơi nhận" and its items on the left, the
    signature on the right of the same lines, as a PDF's text keeps them, apart by spaces — written as the table
    rows a Word closing table gives ("| - Các tổ công đoàn; | TM. BAN CHẤP HÀNH |"), so that the signing body is
    no recipient and the signer keeps their role. A line that is no such row ends the block, left as it was; a block
    none of whose own lines is printed in two columns is left as it was too (a one-column closing)."""
    out = list(lines)
    for i, line in enumerate(lines):
        if "|" in line or not _CLOSING_RE.match(line.strip()):
            continue
        block = range(i, min(i + 20, len(lines)))
        gap, at = next(((m, j) for j in block if (m := _COLUMN_GAP.search(lines[j]))), (None, None))
        if gap is None:
            continue
        edge = gap.start(1)  # where the left column ends: a line starting past it is of the right column alone
        rows: dict[int, str] = {}
        named = False  # the signer's name is read: what the right column prints after it alone (an annex's
        # "PHỤ LỤC" over its title, after the page break) is no line of the signature
        for j in block:
            text = lines[j]
            if not text.strip():
                continue
            row = _as_columns(text, edge)
            left, right = table_cells(row)
            above = max(rows, default=None)
            if above is not None and not right and _wraps([table_cells(rows[above])[0]], left, _next_text(lines, j)):
                # "(b/c);" under "- Chương trình Chống lao Quốc gia – BV Phổi TW": the recipient the column wrapped
                wrapped, signed = table_cells(rows[above])
                rows[above], rows[j] = f"| {wrapped} {left} | {signed} |", "|  |  |"
                continue
            if j > i and (not _continues_closing(row, 2) or named and not left):
                break
            rows[j] = row
            named = named or bool(right) and (bool(_NAME_RE.match(right)) or _named_by_place(right))
        if len(rows) > 1 and at in rows:  # the two columns are the closing's own, not a later line's
            for j, row in rows.items():
                out[j] = row
    return _signature_columns(out)


def _next_text(lines: list[str], j: int) -> str:
    """The first line with text after line j, stripped ("" at the end)."""
    return next((line.strip() for line in lines[j + 1:] if line.strip()), "")


def _as_columns(text: str, edge: int) -> str:
    """A raw line of two columns apart by spaces as a table row of two cells; a line without the gap is of the right
    column alone when it starts past `edge` (where the left column ends), else of the left."""
    apart = _COLUMN_GAP.search(text)
    left, right = (text[:apart.start(1)].strip(), text[apart.end(1):].strip()) if apart else \
        ("", text.strip()) if len(text) - len(text.lstrip()) > edge else (text.strip(), "")
    return f"| {left} | {right} |"


def _signature_columns(lines: list[str]) -> list[str]:
    """Raw lines with signatures printed side by side, apart by spaces ("THƯ KÝ        CHỦ TỌA" over the two
    names: minutes; "GIÁM ĐỐC SỞ Y TẾ        TM. BAN THƯỜNG VỤ" over two names: a text two bodies issue
    together), at the text's end or above a one-column "Nơi nhận", written as table rows, a cell each, so that each
    signer keeps their own role; a line of the right column alone (its role's second line, indented) goes to that
    column. Blank lines between a role and its name stay inside the signatures."""
    out = list(lines)
    ends = [len(lines), *(i for i, line in enumerate(lines) if "|" not in line and _CLOSING_RE.match(line.strip())
                          and not _COLUMN_GAP.search(line))]
    for end in ends:
        while end and not out[end - 1].strip():
            end -= 1
        start, edge = end, None
        while start and (not out[start - 1].strip() or _side_by_side(out[start - 1])):
            text = out[start - 1]
            apart = _COLUMN_GAP.search(text)
            edge = apart.start(1) if apart else edge
            start -= 1
        if edge is None:
            continue
        for j in range(start, end):
            text = out[j]
            if not text.strip():
                continue
            out[j] = _as_columns(text, edge)
    return out


def _side_by_side(text: str) -> bool:
    """A raw line of signature lines only, one or two columns of them (no table row yet)."""
    apart = _COLUMN_GAP.search(text)
    cells = [text[:apart.start(1)].strip(), text[apart.end(1):].strip()] if apart else [text.strip()]
    return "|" not in text and all(_is_signature_line(c) or _SIGNED_RE.fullmatch(c) for c in cells)


def split_closing(lines: list[str], opens_text: Callable[[str], bool] = lambda _: False) -> tuple[list[str], Closing]:
    """Body lines and the closing blocks (recipients, signer). A closing block may stand in the
    middle of a file (a decision followed by the plan it issues): what follows it stays body. `opens_text(line)`:
    a line opening another text's title ("QUY ĐỊNH", ingest/metadata.opens_text), under which a signature with no
    "Nơi nhận" closes the text above it."""
    closing = Closing()
    body: list[str] = []
    i = 0
    while i < len(lines):
        if opens_text(lines[i]) and (signed := _signature_before(body, max((b.at for b in closing.blocks), default=0))):
            block = ClosingBlock(at=len(body))
            _sign_together(block, signed)
            closing.blocks.append(block)
        if _is_table_signature(lines[i]):  # "|  | TM. UỶ BAN NHÂN DÂN TỈNH CHỦ TỊCH Phạm Thế Dũng |"
            block = ClosingBlock(at=len(body))
            _sign(block, [c for c in lines[i].strip().strip("|").split("|") if c.strip()])
            closing.blocks.append(block)
            i += 1
            continue
        if not _CLOSING_RE.match(lines[i]):
            body.append(lines[i])
            i += 1
            continue
        block = ClosingBlock()
        above: list[str] = []  # a signature printed before "Nơi nhận"
        while body and (_is_signature_line(body[-1]) or _signature_row(body[-1]) or _rule_under_signatures(body)):
            above.insert(0, body.pop())
        i = _take_closing(lines, i, block)
        if above and not block.signer:
            _sign_together(block, above)
        elif above and not _TRAILING_NAME_RE.search(" ".join(above)):
            # the signing body's line printed above a two-column "Nơi nhận: | CHỦ TỊCH" row ("TM. BAN THƯỜNG VỤ"):
            # the first line of the signature beside it
            _sign(block, [*above, block.signature_text])
        elif above:
            body.extend(above)
        block.at = len(body)
        closing.blocks.append(block)
    # Signature lines may also sit at the very end of the body when there is no "Nơi nhận" (not above a block
    # already read: a block stands before the body line it was read at)
    tail = _signature_tail(body, max((b.at for b in closing.blocks), default=0))
    if tail:
        block = ClosingBlock(at=len(body))
        _sign_together(block, tail)
        closing.blocks.append(block)
    return body, closing


def _signature_tail(body: list[str], floor: int) -> list[str]:
    """The signature lines ending `body` (above `floor`), taken off it."""
    tail: list[str] = []
    while len(body) > floor and (_SIGN_ROLE_RE.match(body[-1]) or (_NAME_RE.match(body[-1]) and len(body[-1]) < 40)
                                 or _signature_row(body[-1]) or _rule_under_signatures(body, floor)
                                 or tail and _blank_row(body[-1])):  # the room left to sign in, between role and name
        tail.insert(0, body.pop())
    return tail


def _signature_before(body: list[str], floor: int) -> list[str]:
    """A signature with no "Nơi nhận" ending `body` right above another text's title (a decision's "TM. BAN THƯỜNG
    VỤ / CHỦ TỊCH / Lê Văn A" over the "QUY ĐỊNH" it issues), taken off it: a role line, then the signer's name
    last. Left as body it was no signer, and its lines a passage of the decision's last article. Nothing when the
    lines above are no such signature (a name alone, a heading in capitals)."""
    tail = _signature_tail(body, floor)
    if tail and any(_SIGN_ROLE_RE.match(line) for line in tail) and _TRAILING_NAME_RE.search(tail[-1]):
        return tail
    body.extend(tail)
    return []


def _table_rule(line: str) -> bool:
    """A markdown table's rule row ("|---|:---:|"), printed under a table's first row: under the first row of
    signatures side by side ("| KT. GIÁM ĐỐC SỞ … | TM. BAN THƯỜNG VỤ … |") it is no line of them."""
    return line.lstrip().startswith("|") and all(re.fullmatch(r":?-+:?", c) for c in table_cells(line))


def _rule_under_signatures(lines: list[str], floor: int = 0) -> bool:
    """Whether lines[-1] (above `floor`) is the rule of a markdown table whose first row is signatures: the rows of
    signatures below it go on up to that row."""
    return _table_rule(lines[-1]) and len(lines) - 2 >= floor and _signature_row(lines[-2])


def _blank_row(line: str) -> bool:
    """A markdown table row of empty cells ("| | |")."""
    return line.lstrip().startswith("|") and not any(table_cells(line))


def _signature_row(line: str) -> bool:
    """A table row of signatures side by side ("| THƯ KÝ | CHỦ TỌA |", "| Đoàn Thị Duyên | Huỳnh Văn Tường |")."""
    if not line.lstrip().startswith("|"):
        return False
    cells = table_cells(line)
    return len(cells) > 1 and any(cells) and all(_is_signature_line(c) or _SIGNED_RE.fullmatch(c) for c in cells if c)


def _signature_pieces(line: str) -> list[str]:
    """A line cut before each role that follows a name ("THƯ KÝ Nguyễn Văn Khoa — CHỦ TRÌ Đỗ Thị Lan"): after a small
    letter only, as a name ends — a role after capitals is one role ("TM. BAN THƯỜNG VỤ CHỦ TỊCH"; "Ụ" is no small
    letter though a character range "à-ỹ" holds it)."""
    cuts = [m for m in _NEXT_SIGNATURE_RE.finditer(line) if m.start() and line[m.start() - 1].islower()]
    starts, ends = [0, *(m.end() for m in cuts)], [*(m.start() for m in cuts), len(line)]
    return [line[a:b] for a, b in zip(starts, ends)]


def _signatures(lines: list[str]) -> list[list[str]]:
    """The lines of each signature in a text's last lines: a column each when printed side by side (table rows),
    else one after another, each ending with its signer's name."""
    if any(_signature_row(line) for line in lines):
        columns: list[list[str]] = []
        for line in (line for line in lines if not _table_rule(line)):
            cells = table_cells(line) if line.lstrip().startswith("|") else ["", line.strip()]
            columns += [[] for _ in range(len(cells) - len(columns))]
            for column, cell in zip(columns, cells):
                if cell:
                    column.append(cell)
        return [c for c in columns if c]
    signatures: list[list[str]] = [[]]
    for line in lines:
        pieces = _signature_pieces(line)
        for piece in pieces:
            signatures[-1].append(piece)
            if _NAME_RE.match(piece) or (len(pieces) > 1 and _TRAILING_NAME_RE.search(piece)):
                signatures.append([])
    return [s for s in signatures if s]


def _sign_together(block: ClosingBlock, lines: list[str]) -> None:
    """Sign with the one signature of a text's last lines, or with all of them (minutes: the chair and the
    secretary): the signer is the first who does not countersign; the passage quotes each signature, theirs first."""
    signed = []
    for lines_of_one in _signatures(lines):
        one = ClosingBlock()
        _sign(one, lines_of_one)
        if one.signer:
            signed.append(one)
    if len(signed) < 2:  # one signature: its lines, a table's rows read cell by cell ("| | GIÁM ĐỐC |" over the name)
        _sign(block, [cell for line in lines if not _table_rule(line)
                      for cell in (table_cells(line) if line.lstrip().startswith("|") else [line]) if cell])
        return
    signed.sort(key=lambda one: bool(_COUNTERSIGN_RE.match(one.signer_role)))
    block.signer, block.signer_role = signed[0].signer, signed[0].signer_role
    block.cosigners = [[one.signer, one.signer_role]
                       for one in signed[1:] if not _COUNTERSIGN_RE.match(one.signer_role)]
    block.signature_text = "; ".join(one.signature_text for one in signed)


_ARTICLE_ITEMS = ("arabic", "letter", "subnumber")


def _opens_appendix(line: str, marked: bool = False) -> bool:
    """A line printed as the heading of an appendix: in capitals ("PHỤ LỤC I: DANH MỤC …", "MẪU SỐ 01"), its label
    alone ("Biểu 02", "Phụ lục I"), or marked a heading by markdown with no stop at its end. Not a table's row, nor a
    sentence naming one ("Phụ lục kèm theo Kế hoạch này gồm … ."), nor an article's line naming a form it issues
    ("Mẫu số 01: Đơn đề nghị hỗ trợ", its own title after the label): the article goes on over it."""
    text = line.strip(" *#_")
    return bool(text) and not text.startswith("|") and len(text) <= _HEADING_MAX \
        and (labels_attached(text) or bool(_NUMBERED_APPENDIX_RE.match(text))) \
        and (is_upper_line(text) or bool(_APPENDIX_ALONE_RE.match(text))
             or marked and not text.endswith((".", ";", ",", "…")))


def _title_line(line: str) -> bool:
    """The line naming a part, chapter or section that was given only its number ("Chương II")."""
    return not heading_match(line) and bullet_text(line) is None and len(line) < 200 and (
        is_upper_line(line) or not line.endswith((".", ";", ":")))


# A heading marked by markdown alone ranks below every numbered one (RANKS), its markdown level (1–6 "#"…, 7 bold)
# ordering such headings among themselves: the next numbered heading, or one marked as high, ends its section
# ("II. NỘI DUNG" › "**Quý I/2027**" › its items, up to "**Quý II/2027**" or "III. …"); numbered items under it that
# are no headings stay under it.
MARKED_RANK = max(RANKS.values()) + 1


def classify(lines: list[str], breaks: Iterable[int] = (), texts: Mapping[int, str] | None = None,
             marked: Mapping[str, int] | None = None) -> list[Block]:
    """Typed blocks for body lines.

    Laws: "Chương II" + its title line make one heading; inside an article (Điều) the numbered
    clauses ("1.") and points ("a)") are body paragraphs, so each is a chunk under the article.
    Plans: a numbered line is a heading when it reads as one, or when the item before it at the
    same level was a heading and content follows it (a long bold "2. ..." among short headings); never
    a line that states its value after a label ("2. Thời gian: chậm nhất ngày 20/4/2025.")
    A numbered line after an open heading of the same kind and a later number ("c) …", "đ) …" after "a) Bộ Công
    Thương:") is that heading's sibling: heading or not, it ends the heading's section (its text is never filed
    under the item before it); a list numbered afresh under a heading ("1)" under "2. Nhiệm vụ:") stays under it.
    `breaks`: lines where another text begins (after a closing block inside the file): a "break" block, and
    no article or heading above it goes on. `texts`: lines where another text with articles begins, and its title
    (ingest/parts.later_texts): a break, then its title as the heading above all its passages. `marked`: the lines a
    markdown file's markup makes headings, with their markdown level (ingest/md_headings.py): a heading, numbered or
    not (unless it states a value after a label or goes on as a list's item)."""
    blocks: list[Block] = []
    marked = marked or {}
    in_article = False
    last_heading_of_kind: dict[str, bool] = {}
    open_headings: dict[str, HeadingMatch] = {}  # the heading of each kind whose section is open
    listing = _MarkedLists()
    breaks, texts = set(breaks), texts or {}
    i = 0
    while i < len(lines):
        line = lines[i]
        if (i in breaks or i in texts) and blocks:
            blocks.append(Block("break", ""))
            in_article, last_heading_of_kind, open_headings = False, {}, {}
            listing = _MarkedLists()
        if i in texts:
            blocks.append(Block("heading", texts[i], level=0))
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        # an appendix: under no article or section of the text above
        if _opens_appendix(line, line in marked) and i not in texts:
            text = line
            if heading_match(line) is None and len(line.split()) <= 4 and nxt is not None and _title_line(nxt) \
                    and not _opens_appendix(nxt, nxt in marked) and not nxt.startswith("|"):
                text = f"{line}. {nxt}"  # "PHỤ LỤC II" over its title
                i += 1
            blocks.append(Block("heading", text, level=0))
            in_article, last_heading_of_kind, open_headings = False, {}, {}
            listing = _MarkedLists()
            i += 1
            continue
        m = heading_match(line)
        md_level = marked.get(line)
        if md_level is not None and (bullet_text(line) is not None or len(line) > _HEADING_MAX
                                     or line.endswith((";", ",")) or (m is not None and _states_value(m.rest))):
            md_level = None  # a list's item, or a value stated after a label, whatever its markup
        if m is not None and md_level is None and not in_article and listing.item(m):
            blocks.append(Block("paragraph", line, label=m.label))  # an item of a list under its '#' heading
            i += 1
            continue
        if md_level is not None and m is None:  # "**Quý I/2027**": a heading by its markup alone
            level = MARKED_RANK + md_level / 10
            blocks.append(Block("heading", line, level=level))
            i += 1
            continue
        if m and m.kind in DIVISIONS:
            text = line
            if m.kind in GROUPS and not m.rest and nxt is not None and _title_line(nxt):
                text = f"{m.label}. {nxt}"
                i += 1
            in_article = m.kind == "dieu"
            clause = heading_match(m.rest) if in_article else None
            if clause and clause.kind == "arabic":  # "Điều 2. 1. Nhà nước …": an article with no title opens
                blocks.append(Block("heading", f"{m.label}.", level=m.rank, label=m.label))  # with its clause 1,
                blocks.append(Block("paragraph", m.rest, label=clause.label))  # a passage as its clause 2 is
                last_heading_of_kind = {}
                i += 1
                continue
            blocks.append(Block("heading", text, level=m.rank, label=m.label))
            last_heading_of_kind, open_headings = {}, {}
            listing.heading(m, md_level)
            i += 1
            continue
        if m and in_article and m.kind in _ARTICLE_ITEMS:
            blocks.append(Block("paragraph", line, label=m.label))
            i += 1
            continue
        if m:
            heading = _is_heading(line, m.rest, m.kind)
            if heading and _sentence_item(line, m.rest):
                after = heading_match(nxt) if nxt is not None else None
                # "2. Tổ trưởng (Khối trưởng)." before "3. …", or after a sibling that is no heading: an item
                # of a list, not the title of what follows (it would take the next items under it)
                heading = not ((after is not None and after.kind == m.kind)
                               or last_heading_of_kind.get(m.kind) is False)
            if not heading and last_heading_of_kind.get(m.kind) and nxt is not None and len(line) <= _HEADING_MAX:
                after = heading_match(nxt)  # a stated value heads only numbered items under it
                heading = (after.rank > m.rank) if after else not _states_value(m.rest)
            heading = heading or md_level is not None  # "**1. Tuyên truyền.**": its markup says so
            if heading:
                blocks.append(Block("heading", line, level=m.rank, label=m.label))
                listing.heading(m, md_level)
                # a new heading closes deeper levels: their siblings start afresh
                last_heading_of_kind = {k: v for k, v in last_heading_of_kind.items()
                                        if _rank(k) < m.rank}
                last_heading_of_kind[m.kind] = True
                open_headings = {k: v for k, v in open_headings.items() if _rank(k) < m.rank}
                open_headings[m.kind] = m
                i += 1
                continue
            last_heading_of_kind[m.kind] = False
        # "đ) Bộ Tài chính chủ trì …" after the heading "b) Bộ Ngoại giao:": a later item of the same list is that
        # heading's sibling, and ends its section, whether or not it is a heading itself
        sibling = m is not None and m.kind in open_headings and follows(m, open_headings[m.kind])
        if sibling:
            open_headings = {k: v for k, v in open_headings.items() if _rank(k) < m.rank}
        elif m is not None and m.kind in open_headings and restarts(m, open_headings[m.kind]):
            # a list numbered afresh under the heading ("1. TINH THẦN CHỈ ĐẠO" over "1. …", "2. …"; "2. Nhiệm vụ:"
            # over "1) …"): its items are the heading's children, whatever their numbers
            del open_headings[m.kind]
        item = bullet_text(line)
        if item is not None:
            blocks.append(Block("bullet", item, label=line.lstrip()[0]))  # the marker tells list depth
        elif m and (sibling or _states_value(m.rest)):  # at its level: it ends the section of the heading above it
            blocks.append(Block("paragraph", line, level=m.rank, label=m.label))
        else:
            blocks.append(Block("paragraph", line, label=m.label if m else ""))
        i += 1
    return blocks


class _MarkedLists:
    """The lists numbered afresh under a numbered heading the markup marks with '#' (a markdown "### 3. Đăng ký và lệ
    phí", a Word heading style): where the markup says which lines are headings, the numbered lines of the heading's
    kind under it ("1. Đăng ký trực tuyến …", "2. Lệ phí đăng ký:") are the items of a list, not headings — each a
    passage under the heading, one ending in ":" the lead-in of what follows it — up to the next heading marked."""

    def __init__(self) -> None:
        self.heads: dict[str, HeadingMatch] = {}  # the open numbered headings marked with '#', by kind
        self.last: HeadingMatch | None = None  # the last item of the open list

    def heading(self, m: HeadingMatch, md_level: int | None) -> None:
        """A numbered heading opens: marked with '#' (md_level 1–6), its kind's items under it may make a list."""
        self.heads = {kind: head for kind, head in self.heads.items() if _rank(kind) < m.rank}
        if md_level is not None and md_level < BOLD_LEVEL:
            self.heads[m.kind] = m
        self.last = None

    def item(self, m: HeadingMatch) -> bool:
        """Whether a numbered line no markup marks is an item of a list under a marked heading: the first one numbering
        afresh under it, or a later item of that list."""
        listed = self.last is not None and m.kind == self.last.kind and follows(m, self.last) \
            or m.kind in self.heads and restarts(m, self.heads[m.kind])
        self.last = m if listed else None
        return listed


def _rank(kind: str) -> int:
    return RANKS[kind]
