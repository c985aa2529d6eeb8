"""What an answer is: the text, whether it was found, and its numbered citations.

Kept apart from the composer so that channels can show answers without importing how they are made.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ingest.chunker import DATA_ROW, plain_cells
from ingest.leads import ASK_WORDS, announces_only, says_items_follow
from ingest.markers import heading_match
from ingest.metadata import names_text
from ingest.model import SECTION_SEP
from ingest.table_shape import BARE_NUMBER, figures_only, shape
from ingest.table_units import column_periods, row_unit as period_row_unit
from troly.tables import toml
from troly.texts import t
from troly.vntext import cut_start, fold
from troly.years import YEAR, stated_years
from vectorstore.search import Passage

MISSING = "missing"  # an answer's mode when what is asked is data the document lacks ("không ghi người ký")
SIGNERS = "signers"  # an answer's mode when it lists the signer of each of several documents ("ai ký?" naming none)
CITATION_HEADER_MAX = 100  # "[n] short name › heading levels" fits one line of a phone screen
LEAD_SHOWN = 80  # characters of a lead-in shown before a quote
PART_SHOWN = 40  # characters of the title of a file's second text shown in a citation's header
# "a) Tổ chức …": a list item that opens with its letter.
CITATION_MARK = re.compile(r"\[(\d+)\]")  # "[2]" in an answer's text: the citation its line quotes
ITEM_LETTER = re.compile(r"^\(?[a-zđ]{1,2}[.)]\s")


def renumbered(text: str, number: Callable[[int], int]) -> str:
    """The text with each citation mark "[n]" made "[number(n)]": answers joined or cut keep their marks on the
    citations their lines quote (one way to renumber, for every answer that does)."""
    return CITATION_MARK.sub(lambda m: f"[{number(int(m.group(1)))}]", text)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:max(0, limit - 1)].rsplit(" ", 1)[0] + "…"


def with_part(name: str, levels: list[str]) -> tuple[str, list[str]]:
    """A document's name and a passage's heading levels, the title of a file's second text moved from the levels to
    the name ("Luật 12/2012/QH13 › Điều lệ Công đoàn"): its "Điều 26" is not the first text's."""
    if len(levels) > 1 and names_text(levels[0]):
        return SECTION_SEP.join([name, _cut(levels[0], PART_SHOWN)]), levels[1:]
    return name, levels


def citation_header(p: Passage, limit: int = CITATION_HEADER_MAX) -> str:
    """ "<short name> › <last one or two heading levels>", at most `limit` characters. A passage of a file's second
    text (its title heads the path: "Điều lệ Công đoàn › … › Điều 26. …") keeps that title after the short name:
    its "Điều 26" is not the first text's."""
    name = p.short_title or p.document or p.doc_id
    name, levels = with_part(name, [s for s in p.section.split(SECTION_SEP) if s])
    for tail in (levels[-2:], levels[-1:]):
        head = SECTION_SEP.join([name, *tail])
        if len(head) <= limit:
            return head
    if levels:
        room = limit - len(name) - len(SECTION_SEP)
        if room >= 12:
            return f"{name}{SECTION_SEP}{_cut(levels[-1], room)}"
    return _cut(name, limit)


def quote(span: str, before: str = "") -> str:
    """A span as quoted in an answer: trimmed of list dashes and stray punctuation, never reworded; "…" before
    a span that starts in the middle of a sentence (after a comma or a ";", or where the passage was cut)."""
    quoted = span.strip().lstrip("-–•+. ").strip()
    mid_sentence = (quoted[:1].islower() and not ITEM_LETTER.match(quoted)
                    and (not before or before[-1] not in ".:!?\n"))
    return f"…{quoted}" if mid_sentence else quoted


def list_lead(p: Passage) -> str:
    """The lead-in of the list the passage is an item of. An article ("Điều 2. Quyết định này có hiệu lực …") is
    no list's item: what ingest reads as its lead-in (a short line ending in ":" before it) is the text's
    enacting words ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"), which say nothing of what the article says."""
    m = heading_match(p.text.lstrip("*# "))
    return "" if m and m.kind == "dieu" else p.lead


def lead_prefix(p: Passage, cited: int | None = None) -> str:
    """The lead-in of the passage's list, set apart before the verbatim quote ("(Đến năm 2030) "); none for a
    lead-in that only announces what follows ("… thông báo như sau:"), which says nothing of the item. `cited`: the
    number of the citation of the lead-in's own passage, shown with it."""
    lead = list_lead(p).rstrip(" :")
    if not lead or announces_only(lead):
        return ""
    numbered = heading_match(lead)  # "a) Ngân hàng Nhà nước Việt Nam:", a heading that is also the lead-in
    if numbered and numbered.rest:
        lead = numbered.rest
    # a long lead-in with no clause short enough is cut at the word asking its items to be done ("đề nghị", "yêu
    # cầu"), not in the middle of the asking body's name
    shown = cut_start(lead, LEAD_SHOWN, ASK_WORDS)
    return t("answer.lead", lead=shown) if cited is None else t("answer.lead_cited", lead=shown, n=cited)


def stated_lead(p: Passage) -> str:
    """The lead-in set before an answer's sentence: lead_prefix, but none for one that only says its items follow
    (ingest/leads.py says_items_follow) — the quote under the answer still shows it (shown_whole)."""
    return "" if says_items_follow(list_lead(p)) else lead_prefix(p)


def _header_row(p: Passage) -> str:
    """The header row among a table row's lead-ins (as ingest joins its cells: "TT | Chỉ tiêu | Đơn vị"): the
    innermost with as many cells as the row — a group row above it ("Đến năm 2030") is one cell."""
    cells = len(plain_cells(p.text))
    leads = [list_lead(p), *reversed(p.context.split(SECTION_SEP))]
    return next((lead for lead in leads if len(lead.split(" | ")) == cells), "")


def figures_header(p: Passage) -> str:
    """The header row of a table row whose cells hold figures alone ("2028 | 4,5 | 3.700" under "Năm | Tỷ lệ hộ nghèo
    (%) | Số hộ thoát nghèo"): the only words saying what its figures count, read as the row's own (as ingest indexes
    it); "" for any other passage."""
    return _header_row(p) if p.text.lstrip().startswith("|") and figures_only(p.text) else ""


def labelled_row(p: Passage) -> tuple[str, str]:
    """A table row under its table's header row ("Nội dung | Chỉ tiêu | Thời hạn", as ingest joins its cells),
    maybe with group rows between: what stands before it — the group row it is under ("(Đến năm 2030) "), none
    under the header alone (its cells already name the columns) — and each cell after its header cell ("Nội dung:
    Số đoàn viên mới kết nạp | Chỉ tiêu: 05 người | …"), the cells verbatim; a value alone ("05 người") says
    nothing of what it counts. A row of a table without a header row (ingest's DATA_ROW), its cells alone, without
    the bars. ("", "") for any other passage, or a row whose cells do not line up with the header's. Answers and
    their citations quote a row so."""
    if not p.text.lstrip().startswith("|"):
        return "", ""
    cells = plain_cells(p.text)
    if p.block == DATA_ROW:
        return lead_prefix(p), t("answer.cell_sep").join(c for c in cells if c)
    named = row_cells(p)
    if not named:
        return "", ""
    lead = lead_prefix(p) if list_lead(p) != _header_row(p) else ""
    return lead, t("answer.cell_sep").join(t("answer.cell", header=h, value=c) for h, c in named if c)


def answer_cells(line: str) -> list[str]:
    """The cells of an answer's line quoting a row as labelled_row writes it ("Nội dung: … | Chỉ tiêu: 05 người"); a
    line quoting no row is one cell. Read back by a follow-up on the rows just shown (bot/answer/row_followup.py)."""
    return line.split(t("answer.cell_sep"))


def labelled_cell(cell: str) -> bool:
    """Whether a cell of an answer's line is written as labelled_row writes one: "<header>: <value>"."""
    header, sep, value = cell.partition(t("answer.cell", header="", value=""))
    return bool(sep and header and value)


def line_at(text: str, at: int) -> str:
    """The whole line of a text holding the position `at` (a clause "Phó Chủ tịch: hệ số 0,2;" is one of its line's
    list of pairs; a span may be a clause of its table row)."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


def row_cells(p: Passage) -> list[tuple[str, str]]:
    """A table row's cells, each with its header cell ("KPCĐ còn nợ (đồng)", "0"): what a question about one cell
    of the row is answered by (bot/answer/table_cells.py). [] for any other passage, a row of a table without a
    header row, or a row whose cells do not line up with the header's."""
    if not p.text.lstrip().startswith("|") or p.block == DATA_ROW:
        return []
    cells = plain_cells(p.text)
    header = _header_row(p).split(" | ")
    if len(header) < 2 or len(header) != len(cells) or not all(header):
        return []
    return list(zip(header, cells))


# "Số tiền còn nợ (đồng)", "Tỷ lệ (%)": a column's unit, in brackets closing its header cell (words or "%", no figure)
_YEAR_SPAN = re.compile(rf"({YEAR})\s*[-–]\s*{YEAR}")  # "2026 - 2030": one period, a plan's span
# "(đồng)", "(triệu đồng)", "(%)"; a rate too: "(đồng/lượt)", "(đồng/người/tháng)", paid per a thing named in more
# words than a unit ("(đồng/khu dân cư)", "(đồng/tổ dân phố)"): after a "/" the words say what it is per, no unit
_COLUMN_UNIT = re.compile(r"\(\s*((?:[^\W\d_]+(?:\s+[^\W\d_]+)?)(?:\s*/\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3})*|%)\s*\)\s*$")
_BARE_FIGURE = re.compile(r"\s*\d[\d.,]*\s*")
_ROW_NUMBER = frozenset(toml("count_words.toml")["row_number"]["headers"])


def row_figures(p: Passage) -> bool:
    """A table row with a bare figure in a cell after its first, which names or numbers the row ("TT": "1"), by the
    cell shapes ingest reads tables by (table_shape.shape; not a year, share, date or a figure among words): a table
    counts what its columns name ("Trường | Số đoàn viên": "THCS Liên Nghĩa | 47")."""
    return any(shape(cell) == BARE_NUMBER for cell in plain_cells(p.text)[1:])


def _period_of_column(header: str) -> str | None:
    """The one year or span of years a column's header names, alone ("Năm 2027", "Giai đoạn 2026 - 2030") or after the
    name its merged header cell gives a group of columns ("Kế hoạch các năm 2027", "Thực hiện năm 2026"): a column of
    that period's figures. None for a header naming none, or two years apart ("So sánh KH 2026 với TH 2025": a
    comparison, its figure a share, not in the row's unit)."""
    years = stated_years(_YEAR_SPAN.sub(r"\1", header), dated=False)
    return years[0] if len(set(years)) == 1 else None


def in_column_units(p: Passage, start: int, span: str) -> str:
    """A span of a table row with each cell holding a bare figure followed by the unit its column's header names
    ("Số tiền còn nợ (đồng)": "32.000.000" read "32.000.000 đồng"; "Tỷ lệ (%)": "95" read "95%"): a table writes
    the unit once, in the header, and a figure read without it states no amount, share or count. A bare figure in the
    column of row numbers ("STT", "TT": prompts/count_words.toml [row_number]) is left out: it orders the rows and
    states nothing. A table whose columns are years ("Chỉ tiêu | Năm 2026 | Năm 2027") writes the unit once in each
    row instead, in its label ("Tỷ lệ che phủ rừng (%) | 65,2 | 65,4") or its "Đơn vị tính" cell ("| Tỷ lệ … | % |
    65,2 |"): a column naming no unit takes its row's (ingest/table_units.row_unit, as the targets ingest lists),
    but for one comparing two years. In
    any other table a bracket after a row's name says whose the row is ("Công đoàn ngành Giáo dục (CĐGD)"), no unit.
    The span as it is for any other passage (or a row whose headers and label name none)."""
    named = row_cells(p)
    numbering = [" ".join(fold(header).split()) in _ROW_NUMBER for header, _ in named]
    label = next((value for (_, value), numbered in zip(named, numbering)
                  if not numbered and not _BARE_FIGURE.fullmatch(value)), "")
    headers = [header for header, _ in named]
    periods = column_periods(headers, _period_of_column)
    row_unit = period_row_unit([value for _, value in named], headers, label) if periods else ""
    units = [m.group(1) if (m := _COLUMN_UNIT.search(header)) else row_unit if periods and (
        periods[k] or not stated_years(header, dated=False)) else "" for k, header in enumerate(headers)]
    if not any(units) and not any(numbering):
        return span
    first = p.text[:start].count("|") - 1  # the cell the span opens in (a row's text opens with "|")
    parts = span.split("|")
    for k, part in enumerate(parts):
        cell = first + k
        if 0 <= cell < len(units) and _BARE_FIGURE.fullmatch(part):
            if numbering[cell]:
                parts[k] = " "
            elif units[cell]:
                unit = units[cell]
                parts[k] = f"{part.rstrip()}{'' if unit == '%' else ' '}{unit} "
    return "|".join(parts)


def shown_whole(p: Passage) -> str:
    """The whole passage as `/nguon` and the "Nguồn" buttons show it: a table row as the answers quote it (each cell
    after its column's name, under its group row), any other passage after its list's lead-in."""
    lead, row = labelled_row(p)
    return f"{lead}{row}" if row else f"{lead_prefix(p)}{p.text}"


def header_row_only(p: Passage) -> bool:
    """A table's header row as a passage of its own: a row under no header (ingest gives every later row its
    table's header as a lead-in) that is no row of a table without a header row (DATA_ROW, as ingest decided). It
    names the columns and says nothing by itself."""
    leads = [list_lead(p), *p.context.split(SECTION_SEP)]
    return p.text.lstrip().startswith("|") and p.block != DATA_ROW and not any(" | " in lead for lead in leads)


@dataclass
class Citation:
    n: int
    passage: Passage
    spans: list[tuple[int, int]] = field(default_factory=list)  # (start, end) of the quoted text in passage.text

    @property
    def label(self) -> str:
        """The citation's header line: "[n] <short name> › <heading levels>" (≤ 100 characters)."""
        prefix = f"[{self.n}] "
        return prefix + citation_header(self.passage, CITATION_HEADER_MAX - len(prefix))

    def to_json(self) -> dict:
        p = self.passage
        return {"n": self.n, "doc_id": p.doc_id, "document": p.document, "short_title": p.short_title,
                "label": self.label, "source": p.source, "section": p.whole_section, "lead": p.lead,
                "kind": p.block, "text": p.text, "shown": shown_whole(p)}


@dataclass
class Answer:
    question: str
    answer: str
    found: bool
    citations: list[Citation] = field(default_factory=list)
    mode: str = "offline"
    confidence: float | None = None  # 0..1, how sure the offline composer is (None: not measured)
    nearest: bool = False  # the nearest passage quoted, not an answer stated (middling evidence: abstain.Verdict)

    def to_json(self) -> dict:
        out = {"question": self.question, "answer": self.answer, "found": self.found,
               "citations": [c.to_json() for c in self.citations], "mode": self.mode}
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 3)
        return out


@dataclass
class ObligationHint:
    """An extracted obligation that matches the question (bot/obligations.py): its passage gets credit."""
    doc_id: str
    position: int
    kind: str
    weight: float = 1.0
    when: str = ""  # the period it falls under ("Đến năm 2025"), which the passage itself may not repeat
