"""Raw extracted text → clean Vietnamese paragraphs, one per line.

PDF and Word exports break Vietnamese text in predictable ways: decomposed accents, glyphs of
broken fonts (`ƣ` for `ư`), hard-wrapped lines (often with blank lines between every line),
page numbers and markdown emphasis. Everything downstream assumes one paragraph per line.
"""
from __future__ import annotations

import re

from ingest.markers import BULLET_RE, RANKS, heading_match
from troly import tables
from troly.artefacts import cleaned
from troly.texts import alternation
from troly.vntext import is_syllable, place_tones, repair

_PAGE_NUMBER_RE = re.compile(r"^\s*(?:[-–—]\s*)?(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–—])?\s*$", re.I)
_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_STAR_BULLET_RE = re.compile(r"^\s*\*\s+(?=\S)")
_TERMINAL = (".", "!", "?", ";", ":", "./.", "…")
# "… gửi về" at a line's end: the sentence goes on in the next line (prompts/line_words.toml)
_GOES_ON_RE = re.compile(rf"(?<![^\W\d_]){alternation(tables.toml('line_words.toml')['goes_on'])}$", re.IGNORECASE)
_CHECKMARKS = "✓✔☑"
_HEADER = tables.toml("header_words.toml")
# "Nơi nhận:", "Kính gửi:", "Căn cứ …": a line opening the closing, a letter's addressees or its legal basis opens a
# block of its own, whatever the line before ends with (the words structure.py and obligations.py read them by)
_OPENERS = [*_HEADER["closing"]["recipients"], *_HEADER["opening"]["basis"],
            *tables.toml("obligation_words.toml")["not_obligations"]["addressees"]]
_OPENS_RE = re.compile(rf"^{alternation(_OPENERS)}\b", re.IGNORECASE)
# "Đơn vị chủ trì: Ban Tuyên giáo.", "Chủ trì: Ban Nữ công; phối hợp: …" after an item: who carries that item out,
# labelled by the words a task table's doer column is named by (prompts/obligation_words.toml [table] doer). On the
# line under the item it is the item's, read with it (reflow); it is no obligation of its own (ingest/obligations.py)
DOER_LABEL_RE = re.compile(rf"^{alternation(tables.toml('obligation_words.toml')['table']['doer'])}\s*:\s*"
                           r"(?P<who>[^;.]+)", re.IGNORECASE)


def normalize_chars(text: str) -> str:
    """NFC, repaired glyphs (troly.vntext.repair), unified line ends."""
    return repair(text.replace("\r\n", "\n").replace("\r", "\n"))


_FRONT_MATTER_RE = re.compile(r"\A\s*---[ \t]*\n((?:[\w-]+[ \t]*:.*\n|[ \t]*\n){1,40}?)---[ \t]*(?:\n|\Z)")


def strip_front_matter(text: str) -> str:
    """A converter's YAML block ("---\\ntitle: …\\ncategory: …\\n---") above the document: not its text."""
    return _FRONT_MATTER_RE.sub("", text, count=1)


def front_matter_title(text: str) -> str:
    """The title a converter's YAML block declares ("title: \"Doc Undated Chi thi 11 2019 …\""), or "": what the
    file says of itself beside its text, as a .docx's or .pdf's properties do."""
    block = _FRONT_MATTER_RE.match(text)
    m = re.search(r"^title[ \t]*:[ \t]*(.*)$", block.group(1), re.M) if block else None
    return m.group(1).strip().strip("\"'").strip() if m else ""


_PIECE_RE = re.compile(r"[^\W\d_]+|\s+|.")
_JOIN_MAX = 6  # letter groups that may make one syllable ("C h í nh" → "Chính")
SPLIT_LETTERS_MIN = 3  # single letters in a line before it is read as letters split apart
_LONE_LETTER = re.compile(r"(?<![^\W_])[^\W\d_](?![^\W_])")


def _piece_cost(letters: str, parts: int, known: set[str]) -> int:
    """How unlikely `parts` letter groups are as one word: a word the document uses elsewhere, a possible
    syllable, or neither (an abbreviation spaced out, "U B ND", still costs less joined than apart)."""
    word = place_tones(letters.lower())
    if any(a.islower() and b.isupper() for a, b in zip(letters, letters[1:])):
        return 2 * parts + 3  # "thìỦy": a capital inside a word starts another one
    if word in known:
        return 1
    if len(letters) > 1 and is_syllable(letters):
        return 2
    return 2 * parts + 1


def _fragment(piece: str, known: set[str]) -> bool:
    """A piece that cannot stand as a word: one letter, or letters in lower case that are no syllable nor a
    word used elsewhere (capitals are an abbreviation: "HĐND")."""
    return len(piece) == 1 or (not piece.isupper() and place_tones(piece.lower()) not in known
                               and not is_syllable(piece))


def _rejoin(run: list[str], known: set[str]) -> list[str]:
    """The likeliest words for a run of letter groups printed with spaces inside words."""
    best: list[tuple[int, list[str]]] = [(0, [])]
    for i in range(1, len(run) + 1):
        options = []
        for j in range(max(0, i - _JOIN_MAX), i):
            word = "".join(run[j:i])
            if i - j > 1 and not any(_fragment(p, known) for p in run[j:i]) \
                    and place_tones(word.lower()) not in known:
                continue  # whole words side by side ("TT HĐND TP") stay apart
            cost, words = best[j]
            options.append((cost + _piece_cost(word, i - j, known), words + [word]))
        best.append(min(options, key=lambda o: o[0]))
    return best[-1][1]


def join_split_letters(lines: list[str]) -> list[str]:
    """Lines whose words a PDF export broke apart ("T hủ tướ ng C h í nh ph ủ") put back together
    ("Thủ tướng Chính phủ"), choosing the words the rest of the document uses; other lines unchanged."""
    def split(line: str) -> bool:
        # a letter standing alone: not one inside a code ("d37a9e", "3a"), which is no word split apart
        return len(_LONE_LETTER.findall(line)) >= SPLIT_LETTERS_MIN

    broken = [i for i, line in enumerate(lines) if split(line)]
    if not broken:
        return lines
    known = {place_tones(w.lower()) for i, line in enumerate(lines) if i not in set(broken)
             for w in re.findall(r"[^\W\d_]+", line)}
    out = list(lines)
    for i in broken:
        pieces = _PIECE_RE.findall(lines[i])
        rebuilt: list[str] = []
        run: list[str] = []
        k = 0
        while k < len(pieces):
            piece = pieces[k]
            if piece[0].isalpha():
                run.append(piece)
                if k + 2 < len(pieces) and pieces[k + 1] == " " and pieces[k + 2][0].isalpha():
                    k += 2  # a single space inside the run: maybe inside a word
                    continue
                rebuilt.append(" ".join(_rejoin(run, known)))
                run = []
            else:
                rebuilt.append(piece)
            k += 1
        candidate = "".join(rebuilt)
        if len(candidate.split()) <= len(lines[i].split()) - SPLIT_LETTERS_MIN:
            out[i] = candidate
    return out


def clean_line(line: str) -> str:
    line = _MD_HEADING_RE.sub("", line)
    line = _STAR_BULLET_RE.sub("• ", line)  # kept apart from "-": the two mark list depth
    line = _MD_EMPHASIS_RE.sub("", line)
    line = line.strip(" " + _CHECKMARKS)
    return re.sub(r" {2,}", " ", line).strip()


def _is_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _starts_lower(line: str) -> bool:
    first = line.lstrip("“\"'(")[:1]
    return bool(first) and (first.islower() or first.isdigit())


def _starts_block(line: str) -> bool:
    """A bullet, a heading, a table's row ("| 1 | … |"): each row is a line of its own; or a capital opening
    the closing or a letter's parts ("Nơi nhận:" after "… báo cáo về")."""
    return bool(BULLET_RE.match(line) or heading_match(line) or _is_row(line)
                or line[:1].isupper() and _OPENS_RE.match(line))


def _sentence_or_item(line: str) -> bool:
    """A line that is no division's heading: an item numbered as a list's ("1.", "1.1.", "a)") may go on in the next
    line; a heading of a division ("Điều 461. … tặng cho", "II. …") is a name, whatever word it ends with."""
    numbered = heading_match(line)
    return numbered is None or numbered.rank >= RANKS["arabic"]


def _is_row(line: str) -> bool:
    return line.startswith("|") and line.rstrip().endswith("|")


_WRAPPED_MIN = 3  # lines broken at the width that show a text is hard-wrapped


def _wrap_width(lines: list[str], wrapped: bool = False) -> int | None:
    """The column a hard-wrapped text breaks at, or None when lines are whole paragraphs. `wrapped`: the text is
    known to be printed lines (a PDF's), whatever share of them is full — a one-page decision's header, closing and
    short items outnumbered its full lines, and "… của Ban Chấp hành Công đoàn" over "Sở về nhiệm vụ năm 2027;"
    was read as two paragraphs."""
    lengths = sorted(len(l) for l in lines if l and not _is_row(l))  # a table's row is no printed line (a PDF's)
    if len(lengths) < 10:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if width > 160:
        return None
    if wrapped:
        return width
    # counted among the lines that end no sentence and are not in capitals: a paragraph's last line is short whatever
    # the layout, and a short text's headings, title and closing lines with them outnumbered its wrapped lines (a
    # one-page PDF plan)
    open_lines = [len(l) for l in lines if l and not l.endswith(_TERMINAL) and not _is_upper(l)]
    full = sum(1 for n in open_lines if n >= width * 0.75)
    # one or two long lines are no sign of a width (a notice's long subject line over its first sentence)
    return width if full >= max(len(open_lines) * 0.4, _WRAPPED_MIN) else None


_HYPHENATED_RE = re.compile(r"([^\W\d_]+)-$")
_DANGLING_RE = re.compile(r"\w\s+[-–]$")  # "Ban Chính sách -": a name joined by a dash, cut after it


def _left_open(line: str) -> bool:
    """A line that cannot end a paragraph: a bracket it opens is not closed, or it ends on the dash of a name."""
    return line.count("(") > line.count(")") or bool(_DANGLING_RE.search(line))
_WORD_START_RE = re.compile(r"[^\W\d_]+")


def _join(current: str, fragment: str) -> str:
    if re.fullmatch(r"\w-", current[-2:]) and not fragment[:1].islower():
        return current + fragment  # "02-" + "NQ/TW"
    head, tail = _HYPHENATED_RE.search(current), _WORD_START_RE.match(fragment)
    if head and tail and fragment[:1].islower() and is_syllable(head.group(1) + tail.group(0)):
        return current[:-1] + fragment  # a scan's "trư-" + "ớc ngày …": one word broken at the line's end
    return current + " " + fragment


_CENTRED_INDENT = 3  # columns a laid-out line is set in by at least when it is centred, not at the margin


def _centred(indent: int, opened: str, first: bool) -> bool:
    """Whether a PDF's line, as laid out `indent` columns in, is centred (a title's or heading's): set in from the
    margin though it is not the first line of its block (a paragraph's first line may be set in, the lines after it
    stand at the margin), in a block that opens with no item's mark (an item's lines after its first are set in by
    its mark's width: a hanging indent)."""
    return (indent >= _CENTRED_INDENT and not first
            and not BULLET_RE.match(opened) and not heading_match(opened))


def reflow(text: str, wrapped: bool = False) -> list[str]:
    """Lines of raw text → paragraphs, each on one line, in order (`wrapped`: see `_wrap_width`)."""
    printed = normalize_chars(text).split("\n")
    raw = [clean_line(l) for l in printed]
    indents = [len(l) - len(l.lstrip(" ")) for l in printed]
    # a page's number and a converter's "--- PAGE BREAK ---" are no line of the text: the sentence they cut goes on
    # after them (read as a line of its own, "-- PAGE BREAK ---" was a bullet, and what followed it a passage
    # cut from its item)
    lines = ["" if _PAGE_NUMBER_RE.match(l) or not cleaned(l) else l for l in raw]
    width = _wrap_width(lines, wrapped)
    blocks: list[str] = []
    last_len = 0  # length of the last physical line of the current block
    last_indent = 0  # its indentation as laid out (a PDF's)
    last_first = True  # it is the first physical line of its block
    opened = ""  # the first physical line of the current block
    gap = False
    for line, indent in zip(lines, indents):
        if not line:
            gap = True
            continue
        first = True
        if not blocks:
            blocks.append(line)
            opened = line
        else:
            current = blocks[-1]
            ended = current.endswith(_TERMINAL)
            heading = heading_match(current) is not None and not (width and last_len >= width * 0.75)
            if _starts_block(line) or _is_row(current):
                join = False
            elif wrapped and _centred(last_indent, opened, last_first) and indent < last_indent \
                    and not _starts_lower(line):
                join = False  # a title's centred line over the text's first sentence at the margin, no gap between
            elif DOER_LABEL_RE.match(line) and (BULLET_RE.match(current) or heading_match(current)
                                                  and _sentence_or_item(current) and current.endswith(_TERMINAL)):
                join = True  # "- Tổ chức hội thao …." + "Đơn vị chủ trì: Ban Tuyên giáo."
            elif _starts_lower(line) and not (ended and line[:1].isdigit()):
                join = True  # "… tổng số\n100 đoàn viên"; after a full stop "100. …" is the next item
            elif current.endswith(("”", '"')) and line[:1].isupper() and not _is_upper(current):
                join = False  # a quoted name closes a title or sentence; a capital opens the next
            elif _GOES_ON_RE.search(current) and not gap and not _is_upper(current) and not _is_upper(line) \
                    and _sentence_or_item(current):
                join = True  # "(1.) … gửi về" + "Liên đoàn Lao động huyện …": a break inside a sentence, or an item's
            elif _left_open(current) and not gap and not _is_upper(current):
                join = True  # "… (qua Ban Chính sách -" + "Pháp luật) trước ngày …": a name or a bracket left open
            elif heading and not gap and not ended and _is_upper(current) and _is_upper(line) \
                    and heading_match(current).rest:
                join = True  # "I. KẾT QUẢ … SẢN XUẤT, KINH DOANH" + "GIỎI": a heading in capitals wrapped
            elif ended or heading:
                join = False
            elif _is_upper(current) and _is_upper(line):
                join = True
            elif _is_upper(current) != _is_upper(line):
                join = False
            elif width and last_len >= width * 0.75:
                join = True
            else:  # a short or unwrapped line, then a capital: the author broke the line on purpose
                join = False
            if join:
                blocks[-1] = _join(current, line)
                first = False
            else:
                blocks.append(line)
                opened = line
        last_len, last_indent, last_first = len(line), indent, first
        gap = False
    return blocks


def is_upper_line(line: str) -> bool:
    return _is_upper(line)
