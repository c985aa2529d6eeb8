"""A table row answered by its cells. A row names its body in one cell and states several things in the others
("Trường THCS X | KPCĐ còn nợ: 0 | Đoàn phí còn nợ: 3.600.000 | Báo cáo: Đã gửi"): a yes or no asked of the row
("Trường X có nợ kinh phí công đoàn không?") is the cell of the column the question's words name, not the row merely
matching the body — a zero, a dash, "Không …", "Chưa …" say no. Asked which rows ("những đơn vị nào chưa gửi báo
cáo?"), the rows are those whose cell of the column asked is the value asked ("Chưa gửi", not "Đã gửi"), or that
says no when the question says no without naming a value ("quá hạn gửi"); a column of figures keeps the rows with a
figure ("còn nợ": not the zeros); naming no column, a value any cell holds picks them ("những ai thuộc ngành Y
tế": "Công đoàn ngành Y tế"), and a no asked, the cells saying no or exempt ("Miễn đóng"). Asked whether a plan was
reached ("… có đạt kế hoạch không?", "đã đạt 100% … phải không?"), the row's column of shares ("So với kế hoạch
(%)") says it, against the share claimed or 100.

The column is the one whose header shares the most words with the question, less the header words it does not hold (so
"đoàn phí" names "Đoàn phí còn nợ", not "KPCĐ còn nợ" = kinh phí công đoàn, abbreviations read as
prompts/abbreviations.tsv spells them out); the cell sharing most words with a yes-or-no question (the body named: none,
no verdict), or a column whose cells name each row (names), is no column asked; a tie names none. A row named by a
count per a thing the table has no row for ("phòng 2 người" of rows for 4, 6 and 8 per room), by a code its column of
codes lacks ("lô C1" of lots A1 … B4), or by a name beside its siblings' that no row has ("Công đoàn ngành Y tế" of
"Công đoàn ngành Công Thương", "… Giao thông") is no row of it (absent_row): the answer says which rows it has."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from bot.answer.model import list_lead, row_cells
from bot.answer.question import (ADDRESS, CLOCK, DATE, EFFECTIVE, MONEY, NEGATIONS, PERCENT, PHONE, WHICH_ASKED, YEAR,
                                 abbreviations_spelled, asks_yes_or_no, classify, money_stated)
from troly.figures import figure, written
from troly.tables import lines, toml
from troly.years import YEAR as YEAR_FIGURE
from troly.vntext import (FUNCTION_FOLDED, STOP_FOLDED, common_abbreviations, fold, fold_same_length, is_stopword,
                          plain_content, plain_words, typed_without_diacritics)
from vectorstore.search import Passage

_TABLE = toml("question_cues.toml")["cells"]
_NO = frozenset(plain_words(w) for w in _TABLE["no"])
_SAID_NO = re.compile(r"\b(?:" + "|".join(plain_words(w) for w in _TABLE["said_no"]) + r")\b")
_YET = re.compile(_TABLE["yet"])
_SAYS_NO = re.compile(r"\b(?:" + "|".join(sorted(_NO)) + r")\b")
_ENDING_NO = re.compile(r"\b(?:" + "|".join(sorted(_NO)) + r")\s*$")  # the frame's last word: "… không?", "… chưa?"
_FRAME = frozenset(plain_words(w) for w in _TABLE["frame"])
_TOTALS = frozenset(plain_words(w) for w in _TABLE["totals"])
# a header's word naming a total ("Tổng"), as written: folded, "cộng" is also "công" ("Số công trình")
_TOTAL = frozenset(w for w in _TABLE["totals"] if " " not in w)
_ROWS_ASKED = re.compile("|".join(_TABLE["rows_asked"]))
_REACHED = re.compile(r"\b(?:" + "|".join(plain_words(w) for w in _TABLE["reached"]) + r")\b")
_FIGURE = re.compile(r"[\d.,\s%]+")
_EXEMPT = frozenset(plain_words(w) for w in _TABLE["exempt"])


_NOT_ENDING = "|".join(_TABLE["not_ending"])


def _superlative(words: list[str]) -> re.Pattern[str]:
    """A superlative with the noun it counts, and what qualifies it, inside it: "nhiều nhất", "nhiều nhà nhất", "ít
    đoàn viên nhất", "nhiều sản phẩm OCOP còn hiệu lực nhất" (no comma between, no "thống nhất" ending it); not one
    bounding an amount it is followed by ("ít nhất bao nhiêu người", "ít nhất 3 ngày")."""
    split = [plain_words(w).split() for w in words]
    inside = rf"(?:\s+(?!(?:{_NOT_ENDING})\s+{{last}}\b)\w+){{{{0,6}}}}?"
    return re.compile(r"\b(?:" + "|".join(rf"{w[0]}{inside.format(last=w[-1])}\s+{' '.join(w[1:])}" for w in split)
                      + rf")\b(?!\s+(?:{_TABLE['bound_after']}))")


_MOST = _superlative(_TABLE["most"])
_LEAST = _superlative(_TABLE["least"])


def _superlatives(question: str) -> tuple[bool, bool, set[str]]:
    """Whether the question asks the most, the least, and the words counted inside its superlative ("nhà" of "nhiều
    nhà nhất"), folded; read with its punctuation, a comma ending the superlative ("ít hộ nhất, bao nhiêu hộ")."""
    folded = fold(question)
    most, least = _MOST.search(folded), _LEAST.search(folded)
    found = most or least
    return bool(most), bool(least), set(found[0].split()[1:-1]) if found else set()


def asks_extreme(question: str) -> bool:
    """Whether the question asks the row with the most or the least of something ("xã nào … nhiều bò nhất")."""
    most, least, _ = _superlatives(question)
    return most != least


_KIND = re.compile(rf"(\w+)\s+{WHICH_ASKED}\b")  # "quận nào": quan
_OF_PLAN = re.compile(r"\b(?:" + "|".join(plain_words(w) for w in _TABLE["reached"]) + r")\s+(?:"
                      + "|".join(plain_words(w) for w in _TABLE["plans"]) + r")\b")
_BELOW = re.compile(r"\b(?:" + "|".join(plain_words(w) for w in _TABLE["below"]) + r")\b")
_ABOVE = re.compile(r"\b(?:" + "|".join(plain_words(w) for w in _TABLE["above"]) + r")\b")
_CHANGE = frozenset(plain_words(w) for w in _TABLE["change"])
_COMMON = STOP_FOLDED | FUNCTION_FOLDED | _FRAME | _NO  # words asking, not a group's name ("có", "không")
_LETTERS = re.compile(r"[^\W\d_]+")
_NEGATED = re.compile(r"\b(?:" + "|".join(NEGATIONS) + r")\s+$")  # "không" before "giảm": "không giảm"


def _words(text: str) -> set[str]:
    """The folded words of a text that may name a column, abbreviations spelled out ("KPCĐ" → kinh phí công đoàn),
    a unit in brackets ("(đồng)", "(%)") dropped: it names what is counted in, not what."""
    text = re.sub(r"\([^)]*\)", " ", text)
    out: set[str] = set()
    for word in re.findall(r"\w+", text):
        found = common_abbreviations().find(word)
        out.update(plain_words(found.expansion if found else word).split())
    return {w for w in out if w not in STOP_FOLDED and w not in _FRAME}


def says_no(value: str) -> bool:
    """A cell saying no: a zero ("0", "0,0"), a dash, or a value opening with a word of saying no ("Chưa gửi")."""
    plain = value.strip()
    if plain in _TABLE["dashes"] or not plain:
        return True
    if _FIGURE.fullmatch(plain) and any(ch.isdigit() for ch in plain):
        return not any(ch in "123456789" for ch in plain)
    return (plain_words(plain).split() or [""])[0] in _NO


_UNIT = re.compile(r"\s*\([^)]*\)\s*$")  # "2.500.000 (đồng/vị trí/tháng)": a row's own unit after its figure


_PER = re.compile(r"(?:\s*/\s*[^\W\d]+(?:\s+[^\W\d]+)*)*\s*")  # what one amount is paid per ("/người", "/tập thể")


def _money(value: str) -> float | None:
    """A cell holding one amount of money with its unit, in đồng ("300.000 đồng/người", "1,5 triệu đồng"), so rows
    paying per person and per team compare by their amounts; None for any other cell."""
    value = unicodedata.normalize("NFC", value).strip()
    amounts = money_stated(value)
    if len(amounts) != 1 or not value.startswith(amounts[0].words) or not _PER.fullmatch(value[amounts[0].end:]):
        return None
    return amounts[0].value


def _figure(value: str) -> bool:
    """A cell holding a figure (or a dash for none), not words; a unit in brackets after it aside, or an amount of
    money with its unit (_money)."""
    plain = _UNIT.sub("", value).strip()
    return bool(_FIGURE.fullmatch(plain)) or plain in _TABLE["dashes"] or _money(value) is not None


def _named_columns(asked: set[str], headers: list[str], barred: set[int]) -> list[int]:
    """The columns the question's words (`asked`) name best, tied: most header words held, less those not held; []
    for none."""
    scored = [(len(h & asked) - len(h - asked), n) for n, h in enumerate(map(_words, headers))
              if n not in barred and h & asked]
    best = max((score for score, _ in scored), default=0)
    return [n for score, n in scored if score == best] if best > 0 else []


def _column(asked: set[str], headers: list[str], barred: set[int]) -> int | None:
    """The column the question's words (`asked`) name: most header words held, less those not held; None for a tie
    or none."""
    named = _named_columns(asked, headers, barred)
    return named[0] if len(named) == 1 else None


def _asked_yes_no(question: str) -> bool:
    """Asked yes or no ("… có nợ … không?", "… đã gửi … chưa?") of a claim saying yes: "… chưa gửi báo cáo phải
    không?" says no itself (its "no" is the claim), which the cell is not read for."""
    folded = plain_words(question)
    if not (asks_yes_or_no(question) or _YET.search(folded)):
        return False
    return not _SAYS_NO.search(_ENDING_NO.sub("", folded))


def cell_verdict(question: str, p: Passage, rows: list[Passage]) -> tuple[bool, str] | None:
    """Yes or no, with the cell ("KPCĐ còn nợ (đồng): 0") that says it, when asked yes or no of a table row whose
    column the question names (`rows`: the other rows of its table, whose values of that column the question may
    name instead); None otherwise."""
    cells = row_cells(p)
    if not cells or not _asked_yes_no(question):
        return None
    asked = _words(question)
    # the body named (the cell sharing most words with the question), not what is asked
    shared, named = max((len(_words(value) & asked), n) for n, (_, value) in enumerate(cells))
    if not shared:
        return None
    asked -= _words(cells[named][1])
    if _REACHED.search(plain_words(question)):  # "… có đạt kế hoạch không?": the share of the plan done says it
        return _reached(question, cells)
    column = _column(asked, [h for h, _ in cells], {named})
    if column is None:
        return None
    header, value = cells[column]
    if _named_otherwise(question, column, value, [q for q in rows if q.position != p.position]):
        return False, f"{header}: {value}"
    return not says_no(value), f"{header}: {value}"


def _named_otherwise(question: str, column: int, value: str, rows: list[Passage]) -> bool:
    """Whether the question names, for the column asked, the value another row of the table holds and this row's
    cell does not ("Buổi chiều …" of "Buổi: Sáng", another row's "Buổi: Chiều"): the claim is of that row's slot
    (new-user recheck of session 41, M1: "Có (Buổi: Sáng)." over a question of the afternoon)."""
    # every word of the cells, function words too: a value may fold into one ("Tối" and "tôi")
    asked = set(plain_words(question).split())
    held = set(plain_words(value).split())
    if _figure(value) or says_no(value) or not held or held & asked:
        return False
    others = set().union(*(plain_words(cells[column][1]).split() for cells in map(row_cells, rows)
                           if len(cells) > column))
    return bool((others - held - _FRAME - _NO) & asked)


def _reached(question: str, cells: list[tuple[str, str]]) -> tuple[bool, str] | None:
    """Whether a row's share of its plan ("So với kế hoạch (%): 96,3") reaches the share the question claims ("đã đạt
    100% … phải không?"), or the whole plan; None for a row with no column of shares."""
    share = next(((h, v) for h, v in cells if "%" in h and _FIGURE.fullmatch(v.strip())), None)
    if share is None:
        return None
    claimed = re.search(r"(\d+(?:[.,]\d+)?)\s*%", question)
    goal = float(claimed[1].replace(",", ".")) if claimed else 100.0
    done = float(share[1].strip().rstrip("%").replace(".", "").replace(",", ".") or 0)
    return done >= goal, f"{share[0]}: {share[1]}"


def _total(cells: list[tuple[str, str]]) -> bool:
    return any(plain_words(value) in _TOTALS for _, value in cells)


def total_row(p: Passage) -> bool:
    """A table's row of totals ("Tổng cộng | | 270 quầy"): no member of what the table lists."""
    return _total(row_cells(p))


def _numbering(body: list[list[tuple[str, str]]], width: int) -> set[int]:
    """The columns, among the first `width`, that number the rows 1, 2, 3 … (an "STT"): no figures asked of."""
    return {n for n in range(width) if [_amount(c[n][1]) for c in body] == list(range(1, len(body) + 1))}


def _key_named(question: str, body: list[list[tuple[str, str]]]) -> bool:
    """Whether the question names a row by its key (its first cell, a numbering column aside): all the key's words
    that no other row's key shares, function words aside ("Bạch Thông" of "Huyện Bạch Thông", "2027" of a year's row,
    "FDI" spelled out of "DN có vốn đầu tư nước ngoài"; not "Bắc Kạn" of "Thành phố Bắc Kạn")."""
    numbering = 0 in _numbering(body, 1)
    keys = [{plain_words(w) for w in re.findall(r"\w+", c[1 if numbering and len(c) > 1 else 0][1].lower())
             if not is_stopword(w)} for c in body]
    asked = set(plain_words(f"{question} {abbreviations_spelled(question)}").split())
    shared = {w for n, key in enumerate(keys) for other in keys[n + 1:] for w in key & other}
    return any(key - shared and key - shared <= asked for key in keys)


def total_asked(question: str, rows: list[Passage]) -> tuple[Passage, str] | None:
    """"Lũy kế có bao nhiêu sản phẩm còn hiệu lực" of a table by district with a "Tổng cộng" row, the question naming no
    row by its key (_key_named): the total row and its cell of the column of figures the question names ("Lũy kế
    còn hiệu lực": "236"), the figure of the whole, not of the rows that scored best. None when no total row, a row
    named, or no column named."""
    cells = [row_cells(p) for p in rows]
    if len(rows) < 3 or not all(cells) or len({len(c) for c in cells}) != 1:
        return None
    totals = [p for p, c in zip(rows, cells) if _total(c)]
    body = [c for c in cells if not _total(c)]
    if len(totals) != 1 or _key_named(question, body):
        return None
    figures = [n for n in range(len(cells[0])) if all(_figure(c[n][1]) for c in body)]
    column = _extreme_column(question, [h for h, _ in cells[0]], figures, True)
    value = row_cells(totals[0])[column][1].strip() if column is not None else ""
    return (totals[0], value) if value and _amount(value) is not None else None


def asks_rows(question: str) -> bool:
    """Whether the question asks which rows of a list ("những đơn vị nào …", "bao nhiêu đơn vị …"), not a day, a
    time, a place, an amount or a share ("hạn nộp là ngày nào": the "nào" asks the day; "thu được bao nhiêu tiền")."""
    if set(classify(question).kinds) & {DATE, CLOCK, YEAR, PHONE, ADDRESS, EFFECTIVE, MONEY, PERCENT}:
        return False
    return bool(_ROWS_ASKED.search(plain_words(question)))


def rows_asked(question: str, rows: list[Passage], title: str = "") -> list[Passage]:
    """The rows of a table a question asking which ones names by a cell's value (see the module's docstring); naming
    no column, those a value in any cell picks (rows_held; `title`: the list's); all of them when it names no value."""
    extreme = extreme_row(question, rows)  # "… nhiều nhất": the one row with the largest figure
    if extreme is not None:
        return [extreme]
    cells = [row_cells(p) for p in rows]
    if len(rows) < 2 or not all(cells) or len({len(c) for c in cells}) != 1:
        return rows
    body = [c for c in cells if not _total(c)]
    width = len(cells[0])
    values = [[c[n][1] for c in body] for n in range(width)]
    # a column naming each row (its names: no two alike, not figures) is no column asked
    names = {n for n, column in enumerate(values) if len(set(column)) == len(column) and not all(map(_figure, column))}
    column = _column(_words(question), [h for h, _ in cells[0]], names)
    if column is None:
        return rows_held(question, rows, title) or rows
    asked = _words(question) | {w for w in plain_words(question).split() if w in _NO}
    if all(map(_figure, values[column])):
        kept = [p for p, c in zip(rows, cells) if not _total(c) and not says_no(c[column][1])]
    else:
        kept = [p for p, c in zip(rows, cells) if not _total(c) and set(plain_words(c[column][1]).split()) <= asked]
        if not kept and _SAID_NO.search(plain_words(question)):
            kept = [p for p, c in zip(rows, cells) if not _total(c) and says_no(c[column][1])]
    return kept if kept and len(kept) < len(body) else rows


def _says_exempt(value: str) -> bool:
    """A cell of words saying a row is out of what the table asks ("Không đóng", "Miễn đóng trong thời gian …")."""
    first = (plain_words(value).split() or [""])[0]
    return not _figure(value) and (first in _NO or first in _EXEMPT)


def exempted(question: str, p: Passage) -> bool:
    """Whether a table row a yes-or-no question places its subject in says the row is out of what is asked ("Căn cứ
    tính: Không đóng | Mức đóng: Miễn đóng …" of "… hưởng bảo hiểm xã hội 2 tháng có phải nộp đoàn phí không?"):
    its range holds the subject, and the row exempts it — no "Có." (new-user recheck of session 41, M1). Not when
    the question asks of the exemption itself ("… có được miễn … không?")."""
    cells = row_cells(p)
    folded = _ENDING_NO.sub("", plain_words(question))
    if not cells or _SAID_NO.search(folded) or set(folded.split()) & _EXEMPT:
        return False
    return any(_says_exempt(value) for _, value in cells)


def _pairs(text: str) -> set[str]:
    """The pairs of words following each other in a text, folded, not both function words ("nganh y", "y te")."""
    words = plain_words(text).split()
    return {f"{a} {b}" for a, b in pairwise(words) if not {a, b} <= STOP_FOLDED}


def _context(rows: list[Passage], title: str) -> str:
    """What the table's document title, headings, header and list title (`title`) say of its rows: no value that
    picks some of them ("văn hóa, thể thao" of "Kế hoạch hoạt động văn hóa, thể thao …")."""
    said = {f"{p.document} \n {p.short_title} \n {p.section} \n {list_lead(p)}" for p in rows}
    return " \n ".join([title, *sorted(said)])


def rows_held(question: str, rows: list[Passage], title: str = "") -> list[Passage]:
    """The rows of a table a question picks by a value in any of their cells, whichever column holds it: "những
    ai thuộc ngành Y tế" → the rows a cell of which says "Công đoàn ngành Y tế" (those holding the most of the
    question's word pairs that the document's and the list's title (`title`) and headings do not hold); asked
    with a no that is no yes-or-no frame ("những trường hợp nào không phải đóng"), the rows a cell of which says
    no or exempt ("Không đóng", "Miễn đóng"). [] when nothing sets some rows apart from the others."""
    cells = [row_cells(p) for p in rows]
    body = [(p, c) for p, c in zip(rows, cells) if c and not _total(c)]
    if len(body) < 2:
        return []
    folded = plain_words(question)
    if _SAID_NO.search(_ENDING_NO.sub("", folded)) and not asks_yes_or_no(question):
        kept = [p for p, c in body if any(_says_exempt(v) for _, v in c)]
        if kept and len(kept) < len(body):
            return kept
    asked = _pairs(question) - _pairs(_context(rows, title))
    held = [(p, set().union(*(_pairs(v) for _, v in c)) & asked) for p, c in body]
    best = max(len(h) for _, h in held)
    kept = [p for p, h in held if best and len(h) == best] or _of_group(question, body, _context(rows, title))
    return kept if kept and len(kept) < len(body) else []


def _same(typed_plain: bool) -> Callable[[str], list[str]]:
    """A text's words as compared with a question's: without diacritics when it was typed so ("nu" is "nữ"), else as
    written, lower-cased ("nam" is no "năm")."""
    if typed_plain:
        return lambda text: plain_words(text).split()
    return lambda text: _LETTERS.findall(unicodedata.normalize("NFC", text).lower())


def _of_group(question: str, body: list[tuple[Passage, list[tuple[str, str]]]], context: str) -> list[Passage]:
    """"Môn nào dành cho nữ?": the rows whose cell names the group asked in one word — a column of groups ("Nội
    dung: Nam", "Nữ"), or the word an item's name ends with ("Bóng chuyền nam", "Bóng chuyền nữ", "Cầu lông nữ").
    A cell's last word names a group when another row's cell of that column ends with it too, or differs from it
    only there: a word ending one name alone ("Cờ tướng") is part of that name. Not a frame's or function word
    ("có", "không"), nor one of the question's word pairs the title and headings hold ("hội thao"): a title word
    by itself is no such pair ("nữ" of "… ngày Quốc tế Phụ nữ" is asked by "môn nào dành cho nữ").
    [] when no cell names a group the question asks."""
    words = _same(typed_without_diacritics(question))
    titled = {w for pair in _pairs(question) & _pairs(context) for w in pair.split()}
    asked = {w for w in words(question) if plain_words(w) not in _COMMON | titled}
    if not asked:
        return []
    named: dict[int, set[str]] = {}
    columns = {name for _, cells in body for name, _ in cells}
    for column in columns:
        values = [(i, words(v)) for i, (_, cells) in enumerate(body) for name, v in cells if name == column]
        values = [(i, v) for i, v in values if v and v[-1].isalpha()]
        for i, v in values:
            if any(j != i and (w[-1] == v[-1] or w[:-1] == v[:-1]) for j, w in values):
                named.setdefault(i, set()).add(v[-1])
    return [p for i, (p, _) in enumerate(body) if named.get(i, set()) & asked]


def says_picked(question: str, rows: list[Passage], picked: list[Passage], title: str, text: str) -> bool:
    """Whether a line beside a table states the value that picks its rows (rows_held: "Đoàn Thanh niên xã" of "Đoàn
    Thanh niên xã được giao việc gì"), so that it speaks of what they are picked by ("Đoàn Thanh niên xã thành lập
    đội hình …"): a line on it, as much an answer as the rows naming it in a cell."""
    asked = _pairs(question) - _pairs(_context(rows, title))
    held = set().union(*(_pairs(v) for p in picked for _, v in row_cells(p))) & asked
    return bool(held & _pairs(text))


def _amount(value: str) -> float | None:
    """A cell's figure as written in Vietnamese ("45.600.000" → 45600000, "96,3" → 96.3, "-2,5%" → -2.5: figures.figure,
    a sign and a percent aside); None for none."""
    if (money := _money(value)) is not None:
        return money
    plain = _UNIT.sub("", value).strip().rstrip("%.,").replace(" ", "")  # "1." of a numbering column is 1
    found = figure(plain.removeprefix("-"))
    return -found if found is not None and plain.startswith("-") else found


def _extreme_column(question: str, headers: list[str], figures: list[int], named_only: bool) -> int | None:
    """The column of figures (`figures`: their places among `headers`) a superlative is asked of: the only one (unless
    `named_only`); the share of a plan when the plan is what is exceeded or reached ("vượt chỉ tiêu … cao nhất": "Tỷ
    lệ (%)", not the targets of "Chỉ tiêu"); else the one the question's words name, and of several its words name
    alike ("nhiều nhà nhất" of "Số nhà Xây mới", "Số nhà Sửa chữa", "Số nhà Tổng") the one of their total. None when
    not told."""
    if len(figures) == 1 and not named_only:
        return figures[0]
    shares = [n for n in figures if "%" in headers[n]]
    if len(shares) == 1 and _OF_PLAN.search(plain_words(question)):
        return shares[0]
    named = _named_columns(_words(question), headers, set(range(len(headers))) - set(figures))
    if not named:  # the noun counted inside the superlative, held by headers that say more ("nhiều nhà nhất": "Số nhà
        # Xây mới" …)
        counted = _superlatives(question)[2]
        held = {n: len(_words(headers[n]) & counted) for n in figures}
        named = [n for n, k in held.items() if k and k == max(held.values())]
    if len(named) > 1:
        named = [n for n in named if set(_LETTERS.findall(unicodedata.normalize("NFC", headers[n]).lower())) & _TOTAL]
    return named[0] if len(named) == 1 else None


def _of_kind(folded: str, body: list[tuple[Passage, list[tuple[str, str]]]]
             ) -> list[tuple[Passage, list[tuple[str, str]]]]:
    """The rows of the kind a question asks which of ("quận nào" of folded `folded`): those whose name opens with
    that word ("Quận Hải An", not "Huyện Tiên Lãng" nor "Các đơn vị, quận, huyện còn lại") when some, not all, do;
    else all of them."""
    kinds = set(_KIND.findall(folded))
    kept = [(p, c) for p, c in body
            if any((plain_words(v).split() or [""])[0] in kinds for _, v in c if not _figure(v))]
    return kept if kept and len(kept) < len(body) else body


def extreme_row(question: str, rows: list[Passage], named_only: bool = False) -> Passage | None:
    """The row of a table with the largest figure ("… nợ nhiều nhất") or the smallest one above none ("… ít nhất")
    in the column of figures asked (_extreme_column; `named_only`: one the question names), among the rows of the
    kind asked (_of_kind); None when no superlative is asked, the column cannot be told, or two rows tie."""
    folded = plain_words(question)
    most, least, _ = _superlatives(question)
    cells = [row_cells(p) for p in rows]
    if most == least or len(rows) < 2 or not all(cells) or len({len(c) for c in cells}) != 1:
        return None
    body = [(p, c) for p, c in zip(rows, cells) if not _total(c)]
    width = len(cells[0])
    numbering = _numbering([c for _, c in body], width)
    figures = [n for n in range(width) if n not in numbering and all(_figure(c[n][1]) for _, c in body)]
    column = _extreme_column(question, [h for h, _ in cells[0]], figures, named_only)
    if column is None:
        return None
    scored = [(amount, p) for p, c in _of_kind(folded, body) if (amount := _amount(c[column][1])) is not None
              and (most or not says_no(c[column][1]))]
    if not scored:
        return None
    best = max(a for a, _ in scored) if most else min(a for a, _ in scored)
    picked = [p for a, p in scored if a == best]
    return picked[0] if len(picked) == 1 else None


def rows_compared(question: str, rows: list[Passage]) -> list[Passage]:
    """The rows of a table a question asking which ones picks by comparing a column of shares ("khoản thu nào giảm so
    với cùng kỳ" of "So cùng kỳ (%)": the rows under 100; "chỉ tiêu nào vượt kế hoạch": over 100; of a column of
    changes, "Tăng, giảm (%)", under or over none): the column is the only one whose header holds "%", or the one of
    those the question's words name. [] when the question compares nothing (or both ways), the column cannot be told,
    or no row, or every row, meets it — the table's order then answers, not a comparison. A superlative asked is
    extreme_row's. Said no ("khoản thu nào không giảm"), the other rows: those at the mark or on its other side."""
    folded = plain_words(question)
    below, above = bool(_BELOW.search(folded)), bool(_ABOVE.search(folded))
    said = _BELOW.search(folded) or _ABOVE.search(folded)
    negated = bool(said and _NEGATED.search(folded[:said.start()]))
    cells = [row_cells(p) for p in rows]
    if below == above or any(_superlatives(question)[:2]) or len(rows) < 2 or not all(cells) \
            or len({len(c) for c in cells}) != 1:
        return []
    body = [(p, c) for p, c in zip(rows, cells) if not _total(c)]
    width = len(cells[0])
    shares = [n for n in range(width) if "%" in cells[0][n][0] and all(_figure(c[n][1]) for _, c in body)]
    column = shares[0] if len(shares) == 1 else _column(_words(question), [h for h, _ in cells[0]],
                                                         set(range(width)) - set(shares))
    if column is None:
        return []
    header = cells[0][column][0]
    if (_BELOW if below else _ABOVE).search(plain_words(header)):  # "Tỷ lệ giảm nghèo (%)": the word names the column
        return []
    mark = 0.0 if set(plain_words(header).split()) & _CHANGE else 100.0
    kept = [p for p, c in body if (amount := _amount(c[column][1])) is not None
            and ((amount < mark if below else amount > mark) != negated)]
    return kept if len(kept) < len(body) else []


def _key_cell(cells: list[tuple[str, str]]) -> str:
    """A row's key as written: its first cell of words, not a number ("Khu B" of "1 | Khu B | 900.000")."""
    return next((v.strip() for _, v in cells if v.strip() and not _figure(v)), "")


def _subject(cells: list[tuple[str, str]]) -> str:
    """What a row is of: its key (_key_cell), folded."""
    return plain_words(_key_cell(cells))


def headers_named(question: str, p: Passage) -> set[str]:
    """The question's words a row's header row holds, a unit in brackets too ("quầy" of "Mức giá (đồng/quầy/tháng)"):
    what of the table the question names."""
    return plain_content(question) & set(plain_words(" ".join(h for h, _ in row_cells(p))).split())


def better_headed(question: str, best: Passage, other: Passage) -> bool:
    """Whether `other` is the row the question asks of rather than `best`: a row of the same subject ("Khu D") in
    another table of the same document whose header row names all the question's words `best`'s does and more ("giá"
    of "Mức giá": the price table's row, not the layout table's row that shares the subject's other words)."""
    cells, others = row_cells(best), row_cells(other)
    if not cells or not others or best.doc_id != other.doc_id or same_table(best, other):
        return False
    return bool(_subject(cells)) and _subject(cells) == _subject(others) \
        and headers_named(question, best) < headers_named(question, other)


def same_table(p: Passage, q: Passage) -> bool:
    """Whether two rows stand in one table: of one document, under one header row."""
    header = [h for h, _ in row_cells(p)]
    return bool(header) and p.doc_id == q.doc_id and header == [h for h, _ in row_cells(q)]


def siblings(p: Passage, q: Passage) -> bool:
    """Whether two rows are of sibling subjects, named alike but for a key ("Khu A", "Khu B"; "Quận 1", "Quận 3"): as
    many words, the first the same — not a body beside another ("Công an tỉnh", "Sở Xây dựng")."""
    a, b = _subject(row_cells(p)).split(), _subject(row_cells(q)).split()
    return len(a) == len(b) >= 2 and a[0] == b[0] and a != b


def names_subject(question: str, p: Passage) -> bool:
    """Whether the question names what a table row is of, all its words ("khu B" of "Khu B | 900.000 | …", not of
    "Khu A | 1.800.000 | …"), compared folded."""
    subject = _subject(row_cells(p)).split()
    return bool(subject) and set(subject) <= set(plain_words(question).split())


def key_named(question: str, p: Passage) -> bool:
    """Whether the question names a table row by its key as written ("lô A2", "khu vực phường" of "| Phường | 136 |
    …"): all the words of its first cell of words, diacritics kept when the question has them ("phường" is no
    "phương"), not a totals row — a near key ("A1") is no key named."""
    cells = row_cells(p)
    key = _key_cell(cells)
    plain = typed_without_diacritics(question)
    words = (lambda text: set(plain_words(text).split())) if plain else \
        (lambda text: set(re.findall(r"\w+", unicodedata.normalize("NFC", text).lower())))
    return bool(words(key)) and not _total(cells) and words(key) <= words(question)


def row_covers(question: str, row: Passage, best: Passage) -> bool:
    """Whether a row, with its header and heading, holds as many of the question's words as the `best` line does with
    its lead-in and heading: named by its key, the row is as near to the question as a line holding the same words of
    it around another subject."""
    asked = plain_content(question)
    held = plain_content(" ".join([row.section, *(f"{h} {v}" for h, v in row_cells(row))]))
    return len(asked & held) >= len(asked & plain_content(f"{best.section} {list_lead(best)} {best.text}"))


def no_row_named(question: str, rows: list[Passage]) -> bool:
    """Whether the question names none of these rows of one table by their key — the words of its first cell of words
    that no other row's key shares (key_named; found rows, maybe not all, so no numbering column is told by its
    figures) — the words its document's title and places hold aside ("Hải Phòng", "Đất Cảng" of a guide for Hải
    Phòng do not name "Công đoàn Cảng Hải Phòng"): asked of the whole, not of a row."""
    body = [c for c in map(row_cells, rows) if c and not _total(c)]
    if len(body) < 2:
        return False
    said = set(plain_words(" ".join({f"{p.document} {p.short_title} {p.issuer} {p.places}" for p in rows})).split())
    asked = set(plain_words(f"{question} {abbreviations_spelled(question)}").split()) - said
    keys = [{w for w in plain_words(_subject(c)).split() if not is_stopword(w)} for c in body]
    shared = {w for n, key in enumerate(keys) for other in keys[n + 1:] for w in key & other}
    return not any(key - shared and key - shared <= asked for key in keys)


_HOW_MANY = "|".join(toml("count_words.toml")["how_many"])


def rows_tallied(question: str, rows: list[Passage]) -> tuple[str, list[Passage]]:
    """"Có bao nhiêu điểm lặn được phép" of a whole table (`rows`) whose rows are the things counted — its first column
    of words is headed by what follows "bao nhiêu"/"mấy" ("Điểm lặn"), no column of figures' header holding it —
    naming none of them (no_row_named, names_a_row): the question's words for them as typed, to the clause's end
    ("điểm lặn được phép"), and the rows, a total's aside, which count what is asked; not "bao nhiêu khách" of a
    column of figures, which a cell answers. ("", []) otherwise."""
    cells = [row_cells(p) for p in rows]
    if len(rows) < 2 or not all(cells) or len({len(c) for c in cells}) != 1:
        return "", []
    body = [(p, c) for p, c in zip(rows, cells) if not _total(c)]
    numbering = _numbering([c for _, c in body], len(cells[0]))
    key = next((n for n in range(len(cells[0])) if n not in numbering
                and not all(_figure(c[n][1]) for _, c in body)), None)
    header = plain_words(cells[0][key][0]) if key is not None else ""
    text = unicodedata.normalize("NFC", question)
    counted = re.search(rf"\b(?:{_HOW_MANY})\s+({re.escape(header)}\b[^,.;:?!]*)", fold_same_length(text.lower()))
    # "bao nhiêu đơn vị máu" beside "Chỉ tiêu (đơn vị máu)": the unit of a column of figures, which cells state
    unit = any(f" {header} " in f" {plain_words(h)} " for n, (h, _) in enumerate(cells[0])
               if n != key and all(_figure(c[n][1]) for _, c in body))
    if not header or not counted or unit or not no_row_named(question, rows) or names_a_row(question, rows):
        return "", []
    return text[counted.start(1):counted.end(1)].strip(), [p for p, _ in body]


def leads_table(line: Passage, row: Passage) -> bool:
    """Whether a passage is the lead-in of the table a row stands in, ending in ":" ("Toàn thành phố bình chọn 100
    cá nhân, phân bổ … như sau:"), which the row carries as its context's first part."""
    lead = row.context.split(" › ")[0].strip("… ") if row.context else ""
    return bool(lead) and line.doc_id == row.doc_id and line.position < row.position \
        and not line.text.startswith("|") and line.text.rstrip().endswith(":") and lead in line.text


_COMPARED = re.compile(_TABLE["compared"])
_LEVEL_AT = re.compile(r" (?:" + "|".join(re.escape(plain_words(w)) for w in lines("body_levels.txt")) + r") ")


def rows_named(question: str, rows: list[Passage]) -> list[Passage]:
    """"Phúc Yên và Tam Đảo ai giải ngân thấp hơn": the rows of a table a question comparing them names (names_subject),
    two or more, not all; [] when it compares nothing or names fewer."""
    if not _COMPARED.search(plain_words(question)):
        return []
    body = _named_by_level(question, rows)
    named = [p for p, by_level in body if by_level or names_subject(question, p)]
    return named if 2 <= len(named) < len(body) else []


def _named_by_level(question: str, rows: list[Passage]) -> list[tuple[Passage, bool]]:
    """The table's body rows (a total's aside), each with whether the question names it by the proper name after its
    level that no other row holds (_named_last): what rows_named and names_a_row both read."""
    body = [p for p in rows if row_cells(p) and not total_row(p)]
    subjects = [_subject(row_cells(p)) for p in body]
    said = f" {plain_words(question)} "
    return [(p, _named_last(subject, [o for o in subjects if o != subject], said))
            for p, subject in zip(body, subjects)]


def _named_last(subject: str, others: list[str], said: str) -> bool:
    """Whether the question (`said`: folded, padded) names a row by the proper name closing what it is of, the words
    after its level ("Đắk Hà" of "Liên đoàn Lao động huyện Đắk Hà"; prompts/body_levels.txt), held by no other row's."""
    levels = list(_LEVEL_AT.finditer(f" {subject} "))
    name = f" {subject} "[levels[-1].end():].strip() if levels else ""
    return bool(name) and f" {name} " in said and not any(f" {name} " in f" {o} " for o in others)


def names_a_row(question: str, rows: list[Passage]) -> bool:
    """Whether the question names one of a table's rows (its body, a total's aside): all the words of its key
    (key_named), or the proper name after its level that no other row holds ("Đồng Văn" of "Huyện Đồng Văn";
    _named_last) — document's place words kept, unlike no_row_named, since a row may be named by one."""
    return any(by_level or key_named(question, p) for p, by_level in _named_by_level(question, rows))


_DIFFERENCE = re.compile(_TABLE["difference"])


def difference(question: str, rows: list[Passage], named: list[Passage]) -> dict[str, str] | None:
    """"Biệt thự đắt hơn căn hộ chung cư bao nhiêu" of the two rows named (rows_named) of a table (`rows`): the column
    of figures compared (the only one, numbering aside, or the one the question names), the larger figure, the
    smaller and their difference, written; None when no amount is asked, the column cannot be told, or the two cells
    are not figures in one unit ("18.000" and "2.500.000 (đồng/vị trí/tháng)" are not)."""
    if len(named) != 2 or not _DIFFERENCE.search(plain_words(question)):
        return None
    cells = [row_cells(p) for p in rows]
    if not all(cells) or len({len(c) for c in cells}) != 1:
        return None
    body = [c for c in cells if not _total(c)]
    numbering = _numbering(body, len(cells[0]))
    figures = [n for n in range(len(cells[0])) if n not in numbering and all(_figure(c[n][1]) for c in body)]
    headers = [h for h, _ in cells[0]]
    # "chênh nhau bao nhiêu suất" of "Số suất", "Kinh phí": the one column of figures a word of the question names
    held = [n for n in figures if _words(headers[n]) & _words(question)]
    column = _extreme_column(question, headers, figures, False)
    column = held[0] if column is None and len(held) == 1 else column
    if column is None:
        return None
    values = [row_cells(p)[column][1] for p in named]
    amounts = [_amount(v) for v in values]
    units = {m[0].strip() if (m := _UNIT.search(v)) else "" for v in values}
    if None in amounts or len(units) != 1:
        return None
    high, low = sorted(amounts, reverse=True)  # type: ignore[type-var]
    return {"column": cells[0][column][0], "high": written(high), "low": written(low), "amount": written(high - low)}


# "phòng 2 người": a thing, then a count of what it holds — a row of a table whose column counts that per the thing
# ("Số người/phòng": 4, 6, 8) names it so
_PER_COUNT = re.compile(r"(?<!\w)([^\W\d_]+)\s+(\d+)\s+([^\W\d_]+)(?!\w)")


# "lô C1", "ô A-12": a code of letters and a number, after a word naming what it codes; a column's cell that is one
_CODE = r"[^\W\d_]{1,3}[-.]?\d{1,3}"
_CODED = re.compile(rf"(?<!\w)([^\W\d_]+)\s+({_CODE})(?!\w)")


def _code_key(code: str) -> str:
    """A code as compared: folded, upper case, without its separator ("a-12" is "A12")."""
    return re.sub(r"[-.]", "", fold(code)).upper()


def _absent_code(question: str, found: list[Passage], said: Callable[[], str]) -> tuple[str, str]:
    """(the row the question names, as typed, "Lô số A1, A2, B1": the column's codes) when the question names a row
    by a code after a word of the header of a column whose every cell is a code ("lô C1" of "Lô số": A1 … B4), that
    column holds no such code and no passage of the document (`said`: their texts, folded) writes it: the other
    lots' figures, or the notice's lines on all of them, are not that lot's. A table whose rows are not all coded
    ("Tổng cộng" aside) is no list of codes."""
    columns: dict[str, list[str]] = {}
    for p in found:
        if not total_row(p):
            for header, cell in row_cells(p):
                columns.setdefault(header, []).append(cell.strip())
    for m in _CODED.finditer(question):
        word, key = fold(m.group(1)), _code_key(m.group(2))
        for header, cells in columns.items():
            codes = sorted({_code_key(c) for c in cells}, key=lambda c: (re.sub(r"\d", "", c), len(c), c))
            if word in fold(header).split() and len(codes) > 1 and all(re.fullmatch(_CODE, c) for c in cells) \
                    and key not in codes and not re.search(rf"(?<!\w){re.escape(fold(m.group(2)))}(?!\w)", said()):
                return " ".join(question[m.start():m.end()].split()), f"{header} {', '.join(codes)}"
    return "", ""


def _absent_sibling(question: str, found: list[Passage], said: Callable[[], str]) -> tuple[str, str]:
    """(the row the question names, as typed, "Công đoàn ngành Công Thương, Công đoàn ngành Giao thông …": the rows
    named alike) when the question names a row by the words opening two rows of a table or more ("Công đoàn ngành")
    then a name of its own, capitalised ("Y tế"), that opens none of them and that the document (`said`: its
    passages' texts, folded) never writes (its first two words): the other branches' quotas are not that branch's.
    A name the document writes elsewhere may be a row's or its own, asked loosely ("Liên đoàn lao động Sóc Trăng" of
    "Liên đoàn Lao động tỉnh Sóc Trăng"); a short form in capitals ("FDI") may stand for a row's words ("DN có vốn
    đầu tư nước ngoài"): neither is refused."""
    tables: dict[tuple[str, ...], list[str]] = {}
    for p in found:
        cells = row_cells(p)
        subject = _key_cell(cells)
        if subject and not total_row(p):
            tables.setdefault(tuple(h for h, _ in cells), []).append(subject)
    typed = question.split()
    words = [plain_words(w) for w in typed]
    for subjects in tables.values():
        rows = [plain_words(s).split() for s in subjects]
        for i in range(len(words)):
            size = max((n for n in range(2, len(words) - i) if sum(r[:n] == words[i:i + n] for r in rows) >= 2),
                       default=0)
            if not size:
                continue
            end = i + size
            own = next((j for j in range(end, len(words)) if not words[j].isalpha() or is_stopword(words[j])
                        or words[j] in FUNCTION_FOLDED), len(words))
            name = " ".join(words[end:min(own, end + 2)])  # "y te" of "Y tế", "soc trang" of "Sóc Trăng"
            if own == end or not typed[end][:1].isupper() or len(typed[end]) > 1 and typed[end].isupper() \
                    or any(r[:size + 1] == words[i:end + 1] for r in rows) \
                    or re.search(rf"(?<!\w){re.escape(name)}(?!\w)", said()):
                continue
            siblings = [s for r, s in zip(rows, subjects) if r[:size] == words[i:end]]
            return " ".join(typed[i:own]).strip(",.?"), ", ".join(dict.fromkeys(siblings))
    return "", ""


def absent_row(question: str, passages: Callable[[], list[Passage]]) -> tuple[str, str]:
    """(the row the question names as typed, "4, 6, 8 người/phòng": the rows the table has) when the question names a
    row of a table by a count per a thing ("phòng 2 người") that no row of the column counting it ("Số người/phòng")
    holds, and no passage writes that count of the thing elsewhere — or by a code ("lô C1") that a column of codes
    naming it ("Lô số": A1, A2, B1 …) lacks (_absent_code); ("", "") otherwise. `passages`: the answer's
    documents' passages, read only when the question writes such a count. Another row's figure ("phòng 4 người:
    450.000 đồng") or a line near it is not the figure of a row the table lacks."""
    asked = [m for m in _PER_COUNT.finditer(fold(question)) if not re.fullmatch(YEAR_FIGURE, m.group(2))]  # "năm 2026"
    found = passages() if asked or _CODED.search(question) or any(
        w[:1].isupper() for w in question.split()[1:]) else []
    columns: dict[str, list[str]] = {}
    for p in found:
        for header, cell in row_cells(p):
            columns.setdefault(header, []).append(cell.strip())
    said = cache(lambda: " \n ".join(" ".join(fold(p.text).split()) for p in found))
    for absent in (_absent_code, _absent_sibling):
        row = absent(question, found, said)
        if row[0]:
            return row
    for m in asked:
        thing, count, unit = m.groups()
        for header, cells in columns.items():
            per = re.search(rf"(?<!\w){unit}\s*/\s*{thing}(?!\w)", fold_same_length(header))
            held = {int(c) for c in cells if c.isdigit()}  # "04" is the row "4 người" as much as "4"
            if per and len(cells) > 1 and len(held) == len(set(cells)) and int(count) not in held \
                    and not re.search(rf"(?<!\w)0*{int(count)}\s+{unit}(?!\w)", said()):
                rows = ", ".join(map(str, sorted(held)))
                return " ".join(question[m.start():m.end()].split()), f"{rows} {header[per.start():per.end()]}"
    return "", ""
