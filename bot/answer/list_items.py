"""A question asking for a whole list, answered with all of it in the order written, each item cited — not with the
two or three lines that repeat the question's words, which search and sentence scoring find. One trigger
(list_asked) says whether and how a question asks for a whole list; one gatherer (written) collects a list's items in
the order written; one quoting (in_order) shows them. Where the list is depends on how it is asked for:
- the items named ("tháng công nhân gồm những hoạt động nào", "kế hoạch 07 có bao nhiêu hoạt động"): under the
  heading of the document asked naming them ("II. NỘI DUNG HOẠT ĐỘNG"), or its own numbered headings when its title
  names them (list_answer, before any sentence is scored);
- all of a topic ("liệt kê toàn bộ quyền của công đoàn"): a law's chapter or section whose heading names it, quoted
  as its articles' titles (whole_list);
- duties or reports ("tổ công đoàn có nhiệm vụ gì"): the list whose lead-in announces them, of the best item found;
- no single fact (not a place, a date …): when every passage cited is a numbered item of one list, that list from its
  first item.
Asked how many where no line states it, the items counted say it ("Có 4 giải:"), or the rows of a table of the
things asked ("Có 5 điểm lặn:"); a quoted line whose names are in a
list attached after the articles ("… (có danh sách kèm theo)") is followed by that list (with_attached_list); an
answer quoting two or more items of one list, a whole list asked, is given the rest of it (rest_of_list)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import takewhile

from bot.answer.outcomes import asks_outcome, states_outcome
from bot.answer.table_cells import (asks_extreme, asks_rows, extreme_row, leads_table, names_a_row, no_row_named,
                                    rows_asked, rows_compared, rows_held, difference, rows_named, rows_tallied,
                                    says_picked, total_asked, total_row)
from bot.answer.model import (CITATION_MARK, Answer, Citation, header_row_only, list_lead, quote, renumbered, row_cells,
                              row_figures, shown_whole)
from bot.answer.question import (ASKS_WHEN, DUTY, MONEY, NUMBER, PERCENT, PLACE, REPORT, QuestionKind,
                                 abbreviations_spelled, asks_yes_or_no, classify, counted_alike, field_label, negations,
                                 number_unit)
from bot.answer.sections import articles_under, topic_heading, topic_words
from bot.answer.written_order import part_of, written, written_document
from ingest.chunker import CLOSING_KINDS
from ingest.leads import states_count
from ingest.markers import DIVISIONS, heading_match, ordinal, step_match
from ingest.model import SECTION_SEP
from ingest.obligations import heading_actor
from ingest.place import article_heading
from troly.tables import toml
from troly.texts import t
from troly.vntext import (STOP_FOLDED, content_words, fold_same_length, has_marks, is_stopword, kind_names,
                          padded_words, plain_words, split_sentences)
from troly.weights import DEFAULT, Weights
from troly.years import asked_year_matches
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_TABLE = toml("question_cues.toml")["items"]
_APPENDIX = toml("header_words.toml")["appendix"]
_LISTED = re.compile(r"\b(?:" + "|".join(re.escape(plain_words(w)) for w in _APPENDIX["listed"]) + r")\b")
_LIST_TITLES = tuple(plain_words(w) for w in _APPENDIX["list_titles"])
_ASKS = re.compile(_TABLE["asks"])
_COUNTS = re.compile(_TABLE["counts"])
_WHOLE = re.compile(_TABLE["whole"])
_ASKS_WHOLE = re.compile(_TABLE["asks_whole"])
_HOLDS_ALL = tuple(_TABLE["holds_all"])
_ROMAN_PARTS = frozenset(_TABLE["roman_parts"])
_ASIDE = re.compile(r"\([^()]*\)")  # "Hồ sơ đề nghị (01 bộ) gồm:": how many copies, no word naming the thing


@dataclass(frozen=True)
class Asked:
    """What the list asked for holds, as typed ("hoạt động") and folded, and whether its size is asked."""
    typed: str
    words: str
    counted: bool
    asking: tuple[int, int]  # where the question asks it ("những hoạt động nào"): the rest names what the list is of
    whole: bool = False  # "hồ sơ vay vốn gồm những gì": a thing's parts, which a lead-in saying it holds lists
    thing: frozenset[str] = frozenset()  # of `whole`: the content words the question names the thing by, before "gồm"


@dataclass(frozen=True)
class ListAsk:
    """How a question asks for a whole list: the items it names ("những hoạt động nào"), the topic it asks all of
    ("toàn bộ quyền của công đoàn": its words), the duties or reports it asks (its kinds, when it asks only those),
    and whether it asks no single fact (a place, a date …), so that items cited may be a list's."""
    items: Asked | None
    topic: tuple[str, ...]
    kinds: frozenset[str]
    open: bool


def _asked_items(question: str) -> Asked | None:
    """The items a question asks for the list of ("những hoạt động nào") or the number of ("bao nhiêu hoạt động")."""
    folded = fold_same_length(question.lower())
    for rx, counted in ((_COUNTS, True), (_ASKS, False)):
        m = rx.search(folded)
        if m:
            words = " ".join(plain_words(m["items"]).split())
            if words and not set(words.split()) <= STOP_FOLDED:
                return Asked(question[m.start("items"):m.end("items")], words, counted, m.span())
    m = _WHOLE.search(folded)
    typed = question[:m.start("asking")].split() if m else []
    while typed and is_stopword(typed[0].strip(",.:;!?").lower()):  # "Cho tôi hỏi hồ sơ …": no words of the thing
        typed = typed[1:]
    if len(typed) >= 2:  # "Hồ sơ vay vốn … gồm những gì": its first two words name it ("hồ sơ")
        return Asked(" ".join(typed[:2]), plain_words(" ".join(typed[:2])), False, m.span("asking"), True,
                     frozenset(content_words(" ".join(typed))))
    return None


def list_asked(question: str, kind: QuestionKind | None = None) -> ListAsk:
    """How the question asks for a whole list (`kind`: its kinds of fact, when already classified)."""
    kind = classify(question) if kind is None else kind
    return ListAsk(_asked_items(question), tuple(topic_words(question)),
                   frozenset(kind.kinds) if kind.asks_list else frozenset(), kind.asks_list or not kind.kinds)


def shown_items(items: list[Passage], weights: Weights = DEFAULT) -> int:
    """How many items of a list are quoted: at most weights.list_items and weights.list_chars (then how many more:
    answer.list_more)."""
    shown = size = 0
    for p in items:
        size += len(p.text)
        if shown >= weights.list_items or (shown and size > weights.list_chars):
            break
        shown += 1
    return shown


def in_order(heads: list[str], items: list[Passage], shown: int, titles: list[str] | None = None, *,
             quoted: list[str] | None = None, first: int = 1) -> tuple[str, list[Citation]]:
    """What a whole article, list or chapter is quoted as: its heading lines, then its first `shown` passages in the
    order written — or, given `titles`, each one's title (a chapter's articles: the heading of each, citing its first
    passage) —, each cited, then how many more when there are more (answer.list_more) (cited too, unquoted, for the
    reader to open). `quoted`: how each passage is shown instead of its quote (cited whole all the same); `first`: the
    number of the first citation (after an answer's own)."""
    said = titles or quoted or [quote(p.text) for p in items]
    lines = [*heads, *(f"{text} [{n}]" for n, text in enumerate(said[:shown], first))]
    if len(items) > shown:
        lines.append(t("answer.list_more", n=len(items) - shown))
    citations = [Citation(n, p, [(0, len(p.text))] if n < first + shown and not titles else [])
                 for n, p in enumerate(items, first)]
    return "\n".join(lines), citations


def _holds(text: str, words: str) -> bool:
    return f" {words} " in padded_words(text)


def other_words(question: str, asked: Asked, named: bool) -> set[str]:
    """The question's words naming what the list is of ("tháng công nhân"; an abbreviation spelled out, "ATGT": "an
    toàn giao thông"): neither the asking nor the items asked, nor, of a document the question names, the words naming
    it ("nghị quyết 02") — but a year it names ("năm 2026"), which says which year's list is asked, whichever
    document holds it."""
    start, end = asked.asking
    years = {m.group(0) for m in asked_year_matches(question)}
    typed = abbreviations_spelled(question[:start] + " " + question[end:])
    left = padded_words(typed)
    if named:
        for name in sorted(kind_names(codes=True), key=len, reverse=True):
            left = left.replace(f" {name} ", " ")
    # "hỏi" of a polite frame opening the question ("Cho tôi hỏi …"): a filler as typed, though its plain form is a
    # topic's too ("hội")
    frame = list(takewhile(lambda w: is_stopword(w.lower().strip(",.:;!?")), typed.split()))
    fillers = {plain_words(w) for w in frame if has_marks(w)}
    return {w for w in left.split()
            if w not in STOP_FOLDED and w not in fillers and not (named and w.isdigit() and w not in years)}


def section_levels(p: Passage) -> list[str]:
    return [level.strip() for level in p.section.split(SECTION_SEP)] if p.section else []


def list_line(p: Passage) -> bool:
    """A line of a list: numbered ("1. …", "b) …", a step "Bước 2. …") or a bullet."""
    text = p.text.lstrip("*# ")
    m = heading_match(text)
    return p.block == "bullet" or bool(m and m.kind not in DIVISIONS) or step_match(text) is not None


def same_list(p: Passage, q: Passage) -> bool:
    """Whether two passages are items of one list: under the same lead-in of one heading, or, a list written straight
    under its heading ("Điều 4. Hỗ trợ đoàn viên" / "1. …" "2. …"), numbered items or bullets of the same heading."""
    lead = list_lead(p)
    return p.doc_id == q.doc_id and p.section == q.section and list_lead(q) == lead and q.block not in CLOSING_KINDS \
        and (bool(lead) or list_line(p) and list_line(q))


def _heading(asked: Asked, own: list[Passage]) -> list[str] | None:
    """The section path down to the first heading naming the items asked ([]: the document's title names them), or
    None; never a law's division (a chapter, an article)."""
    for p in own:
        levels = section_levels(p)
        for depth, level in enumerate(levels):
            m = heading_match(level)
            if m and m.kind in DIVISIONS:
                break
            if _holds(level, asked.words):
                return levels[:depth + 1]
    return [] if own and _holds(own[0].document, asked.words) else None


def headed_list(asked: Asked, own: list[Passage]) -> tuple[list[str], list[Passage], list[str] | None] | None:
    """(heading lines, items, their titles when they are headings) of the list in one document's passages."""
    path = _heading(asked, own)
    if path is None:
        return None
    depth = len(path)
    under = [p for p in own if section_levels(p)[:depth] == path]
    heads: dict[str, Passage] = {}
    for p in under:
        below = section_levels(p)[depth:depth + 1]
        m = heading_match(below[0]) if below else None
        if m and m.kind not in DIVISIONS:
            heads.setdefault(below[0], p)
    if len(heads) >= 2:
        return [quote(path[-1])] if path else [], list(heads.values()), [quote(h) for h in heads]
    items = [p for p in under if len(section_levels(p)) == depth and list_line(p)]
    return ([quote(path[-1])] if path else [], items, None) if len(items) >= 2 else None


def _named_parts(asked: Asked, own: list[Passage]) -> tuple[Passage, int] | None:
    """"Giải thưởng: giải Nhất …; giải Nhì …; giải Ba …": the first line whose label names the items asked and
    whose parts (after the label, between ";") each name one, with how many it names (two or more)."""
    for p in own:
        label = field_label(p.text)
        if not label or not _holds(label, asked.words):
            continue
        parts = p.text.split(":", 1)[1].split(";")
        if len(parts) >= 2 and all(_holds(part, asked.words) for part in parts):
            return p, len(parts)
    return None


def _counted_line(question: str, asked: Asked, own: list[Passage], named: bool) -> Answer | None:
    """"hội diễn văn nghệ có mấy giải": the line listing them counted ("Có 3 giải:"), then quoted, cited."""
    found = _named_parts(asked, own)
    if found is None:
        return None
    p, n = found
    if not other_words(question, asked, named) <= set(plain_words(" ".join([p.document, p.section])).split()):
        return None
    text = "\n".join([t("answer.items_counted", n=n, items=asked.typed), f"{quote(p.text)} [1]"])
    return Answer(question, text, True, [Citation(1, p, [(0, len(p.text))])])


def _opening(asked: Asked, own: list[Passage]) -> list[Passage] | None:
    """"Giải Nhất: …", "Giải Nhì: …", "Giải Ba: …": the first two or more items of one list (numbered or bullets,
    as written) that each open with the items asked — one each, none saying how many of them it holds ("02 giải")."""
    runs: dict[tuple[str, str, str], list[tuple[Passage, str]]] = {}
    for p in own:
        text = p.text.lstrip("*#-–•+ ")
        m = heading_match(text)
        body = plain_words(m.rest if m else text)
        if list_line(p) and f"{body} ".startswith(f"{asked.words} "):
            runs.setdefault(part_of(p), []).append((p, body))
    items = next((run for run in runs.values() if len(run) >= 2), None)
    if items is None or any(re.search(rf"\b\d+ {asked.words}\b", body) for _, body in items):
        return None
    return [p for p, _ in items]


def list_divisions(asked: Asked, own: list[Passage]) -> tuple[list[Passage], list[str]] | None:
    """"quy chế 02 có mấy chương", "… bao nhiêu điều": the divisions of that kind (a chapter, an article) the
    document's parsed structure holds, each once with its first passage, in the order written; "hướng dẫn 09 có mấy
    mục", "báo cáo có mấy phần" of a text with no "Mục 1"/"Phần I" headings: its outermost roman parts ("I. MỤC
    ĐÍCH, YÊU CẦU", "II. …"), which such a text calls so (_ROMAN_PARTS). None when the items asked are no division
    or it has none."""
    if asked.words not in DIVISIONS:
        return None
    heads: dict[str, Passage] = {}
    parts: dict[str, Passage] = {}
    for p in own:
        roman = True
        for level in section_levels(p):
            m = heading_match(level)
            if m and m.kind == asked.words:
                heads.setdefault(level, p)
            if m and m.kind == "roman" and roman:
                parts.setdefault(level, p)
            roman = roman and not (m and m.kind == "roman")
    if not heads and asked.words in _ROMAN_PARTS:
        heads = parts if len(parts) >= 2 else {}
    return (list(heads.values()), [quote(h) for h in heads]) if heads else None


def led_items(asked: Asked, own: list[Passage]) -> list[Passage] | None:
    """"thông báo có bao nhiêu nhiệm vụ trọng tâm": the items (two or more) of the first list whose lead-in names
    them ("… kết luận các nhiệm vụ trọng tâm như sau:"), in the order written; asked a thing's parts ("hồ sơ … gồm
    những gì"), the list whose lead-in says a thing the question names holds it ("Hồ sơ gồm:" for "bộ hồ sơ đăng ký
    gồm những gì"), the one naming it most fully of several."""
    runs: dict[tuple[str, str, str], list[Passage]] = {}
    for p in own:
        lead = list_lead(p)
        if list_line(p) and (_whole_named(lead, asked.thing) if asked.whole else _holds(lead, asked.words)):
            runs.setdefault(part_of(p), []).append(p)
    led = [run for run in runs.values() if len(run) >= 2]
    # of a thing's parts, the list whose lead-in names it most fully ("Hồ sơ quyết toán gồm:" before "Hồ sơ gồm:")
    return max(led, key=lambda run: len(_whole_named(list_lead(run[0]), asked.thing)), default=None) \
        if asked.whole else next(iter(led), None)


def _whole_named(lead: str, thing: frozenset[str]) -> frozenset[str]:
    """The content words of the thing a lead-in says holds the list ("Hồ sơ đề nghị gồm:", "… hồ sơ bao gồm các giấy
    tờ sau:": those of its clause before "gồm"), when the question names it (all of them among `thing`, its words
    before its own "gồm"); empty when the lead-in says no thing holds it or names one the question does not."""
    for clause in re.split(r"[,;:.]", _ASIDE.sub(" ", lead)):
        padded = padded_words(clause)
        for word in sorted(_HOLDS_ALL, key=len, reverse=True):
            at = padded.find(f" {word} ")
            if at >= 0:
                named = frozenset(content_words(padded[:at]))
                return named if named and named <= thing else frozenset()
    return frozenset()


def _before_thing(question: str, asked: Asked, lead: str) -> set[str]:
    """Of a thing's parts asked, the question's words before the thing its lead-in names ("bộ", "thành phần" of "Bộ
    hồ sơ …", "Thành phần hồ sơ …" for "Hồ sơ gồm:"): what of it is asked, its parts, not what the list is of."""
    named = _whole_named(lead, asked.thing) if asked.whole else frozenset()
    typed = plain_words(question[:asked.asking[0]]).split()
    return set(next((typed[:i] for i, w in enumerate(typed) if w in named), []))


def _led_list(question: str, asked: Asked, own: list[Passage], named: bool, counted: bool,
              weights: Weights = DEFAULT) -> Answer | None:
    """"hội thi có bao nhiêu giải" (`counted`): no heading names them, no line states their number, but each item of
    a list opens with one ("1. Giải Nhất: …"): those items counted ("Có 4 giải:"), then quoted after their lead-in,
    cited. "nhà văn hóa thôn được dùng để tổ chức những hoạt động gì": the items of the list whose lead-in names them
    ("… được sử dụng để tổ chức các hoạt động sau:"), all of them after it — not the two that repeat the question's
    words. Either when the document's title, the items' headings and the lead-in hold the question's other words, and
    say no where it does ("… không được dùng để tổ chức những hoạt động gì" is not the list of those allowed)."""
    items = (_opening(asked, own) if counted else None) or led_items(asked, own)
    if items is None:
        return None
    lead = list_lead(items[0])
    about = " ".join([items[0].naming, items[0].section, lead])
    rest = other_words(question, asked, named) - _before_thing(question, asked, lead)
    if not rest <= set(plain_words(about).split()) \
            or negations(question) - negations(about):
        return None
    heads = [*([t("answer.items_counted", n=len(items), items=asked.typed)] if counted else []),
             *([quote(lead)] if lead else [])]
    text, citations = in_order(heads, items, shown_items(items, weights))
    return Answer(question, text, True, citations)


def _counted_rows(question: str, asked: Asked, own: list[Passage], named: bool, narrowed: bool,
                  weights: Weights = DEFAULT) -> Answer | None:
    """"Công ty X có mấy người được khen?", "kế hoạch có mấy nội dung công việc?": no line states the number, a table
    lists them — the first table whose header row or heading names the items asked (a word of theirs opening the
    name, "Nội dung" of "nội dung công việc", or a noun counting the same, "CÁ NHÂN" of "người": counted_alike): its
    rows holding the question's other words that the table's title and headings do not ("X"), counted ("Có 2 người
    được khen:"), then quoted as the source shows them, each cited. `narrowed`: only when those words pick some rows
    of the table, not all (a line stating the whole table's count, "… khen thưởng 06 cá nhân", answers that first).
    Not a table of figures ("Đơn vị | Số đoàn viên": "Công ty X | 45"): its row states the count asked in a cell."""
    heads = {" ".join(asked.words.split()[:n]) for n in range(1, len(asked.words.split()) + 1)}
    heads = {h for h in heads if not set(h.split()) <= STOP_FOLDED} | set(counted_alike(question))
    tables: dict[tuple[str, str, str], list[Passage]] = {}
    for p in own:
        if _row(p) and row_cells(p):
            tables.setdefault(part_of(p), []).append(p)
    for rows in tables.values():
        first = rows[0]
        names = " ".join([list_lead(first), *section_levels(first)[-1:]])
        if len(rows) < 2 or not any(_holds(names, h) for h in heads) or any(map(row_figures, rows)):
            continue
        context = set(plain_words(" ".join([first.document, first.short_title, first.section, names])).split())
        rest = other_words(question, asked, named) - context
        kept = [p for p in rows if rest <= set(plain_words(p.text).split()) and not total_row(p)]
        if not kept or narrowed and (not rest or len(kept) == len(rows)):
            return None
        title = [quote(level) for level in section_levels(first)[-1:]]
        text, citations = in_order([t("answer.items_counted", n=len(kept), items=asked.typed), *title], kept,
                                   shown_items(kept, weights), quoted=[shown_whole(p) for p in kept])
        return Answer(question, text, True, citations)
    return None


def documents_read(passages: list[Passage], doc_chunks: Callable[[str], list[StoredChunk]],
                   weights: Weights = DEFAULT) -> Iterator[tuple[bool, list[Passage]]]:
    """The first documents the search found (weights.field_documents), each as whether the question names it and its
    passages in written order, with the body that issued it and its provinces as search found them (Passage.naming:
    "nhiệm vụ của quỹ" names the fund issuing a report, not its title): where a question asking a list's items, a
    count or an item at a place reads the list. One at a time: the first holding it answers, and the others are not
    read."""
    for doc_id in list(dict.fromkeys(p.doc_id for p in passages if not p.off_scope))[:weights.field_documents]:
        found = next(p for p in passages if p.doc_id == doc_id)
        yield (any(p.named for p in passages if p.doc_id == doc_id),
               [replace(p, issuer=found.issuer, places=found.places) for p in written_document(doc_chunks, doc_id)])


def list_answer(question: str, passages: list[Passage], doc_chunks: Callable[[str], list[StoredChunk]],
                counted: bool, weights: Weights = DEFAULT) -> Answer | None:
    """The whole list whose items the question names (`counted`: asked how many, said first), from the first of the
    documents found whose heading or title names the items and whose title and heading hold the question's other
    words."""
    asked = list_asked(question).items
    # "báo cáo có mấy phần": a count of divisions is read from the structure before any line is scored (`counted`
    # False: that first call), as a line holding the question's other words ("báo cáo") states no such count
    structure = asked is not None and asked.counted and not counted and asked.words in DIVISIONS
    # "Công ty X có mấy người được khen?": the rows of a table naming X, which no line counts, read before any line too
    rows = asked is not None and asked.counted and not counted
    if asked is None or asked.counted != counted and not structure and not rows:
        return None
    for named, own in documents_read(passages, doc_chunks, weights):
        if rows and not structure:
            narrowed = _counted_rows(question, asked, own, named, True, weights)
            if narrowed is not None:
                return narrowed
            continue
        # "quy chế có mấy chương" of the one Quy chế: named by its title's words
        rest = other_words(question, asked, named)
        titled = named or bool(rest) and bool(own) and rest <= set(plain_words(own[0].document).split())
        divisions = list_divisions(asked, own) if asked.counted and titled else None
        if divisions is not None:  # "có mấy chương": its structure's chapters, which no heading names as a list
            items, titles = divisions
            heads = [t("answer.items_counted", n=len(items), items=asked.typed)]
            text, citations = in_order(heads, items, len(items), titles)
            return Answer(question, text, True, citations)
        if structure:
            continue
        found = headed_list(asked, own)
        if found is not None and asked.whole and not found[0]:
            found = None  # "hồ sơ … gồm những gì": not every list of a document whose title names a "hồ sơ"
        # … but the list whose lead-in says the thing holds it ("1. Hồ sơ đề nghị (01 bộ) gồm:"), when a heading
        # merely holding its word ("IV. HỒ SƠ, THỜI GIAN") heads other items ("2. Thời hạn: …"), no part of it
        led = led_items(asked, own) if asked.whole and not counted and found is not None else None
        if found is not None and led is not None and {p.chunk_id for p in led} != {p.chunk_id for p in found[1]}:
            found = None
        if found is None:
            line = _led_list(question, asked, own, named, counted, weights) if not counted else (
                _counted_line(question, asked, own, named) or _led_list(question, asked, own, named, True, weights)
                or _counted_rows(question, asked, own, named, False, weights))
            if line is not None:
                return line
            continue
        heads, items, titles = found
        about = " ".join([own[0].naming, own[0].short_title, *heads])
        if not other_words(question, asked, named) <= set(plain_words(about).split()):
            continue
        if counted:
            heads = [t("answer.items_counted", n=len(items), items=asked.typed), *heads]
        grouped = None if counted or not titles else _grouped(own, items, titles, weights)
        text, citations = in_order(heads, grouped[0], len(grouped[0]), quoted=grouped[1]) if grouped else \
            in_order(heads, items, len(items) if titles else shown_items(items, weights), titles)
        return Answer(question, text, True, citations)
    return None


def _grouped(own: list[Passage], firsts: list[Passage], titles: list[str], weights: Weights = DEFAULT
             ) -> tuple[list[Passage], list[str]] | None:
    """"Nhiệm vụ trọng tâm gồm những gì?" of a heading whose items are headings of their own, each over a few lines
    ("1. Công tác tuyên truyền" / "- Treo băng rôn …"): the lines under each heading, after it — what the items are,
    not their headings alone. (the lines, how each is shown); None when a heading holds no line, or all of them are
    more than an answer quotes (weights.list_items, list_chars): then the headings are the outline asked."""
    lines: list[Passage] = []
    shown: list[str] = []
    for first, title in zip(firsts, titles):
        levels = section_levels(first)
        depth = next((i + 1 for i, level in enumerate(levels) if quote(level) == title), 0)
        under = [p for p in own if depth and section_levels(p)[:depth] == levels[:depth]]
        if not under:
            return None
        lines += under
        shown += [f"{title}\n{quote(under[0].text)}", *(quote(p.text) for p in under[1:])]
    return (lines, shown) if shown_items(lines, weights) == len(lines) else None


def _section(ask: ListAsk, passages: list[Passage]) -> tuple[str, list[Citation]] | None:
    """"Liệt kê toàn bộ quyền của công đoàn": the chapter or section of articles whose heading names the topic
    (sections.topic_heading), found by search: that heading, then the title of each of its articles in the order
    written, each citing the article."""
    found = topic_heading(list(ask.topic), (p for p in passages if not p.off_scope))
    if found is None:
        return None
    articles = articles_under(passages, *found)
    if len(articles) < 2:
        return None
    titles = [quote(heading) for heading, _ in articles]
    heads = [quote(level) for level in found[1].split(SECTION_SEP)]
    return in_order(heads, [p for _, p in articles], len(titles), titles)


def _announces(lead: str, ask: ListAsk) -> bool:
    """A lead-in that says its items are the duties or reports asked ("Tổ công đoàn … có nhiệm vụ:", "Công đoàn cơ
    sở báo cáo:") or of whom ("2. Công đoàn cơ sở:"); not one of steps each of another body ("Thông tư này hướng dẫn
    … như sau:"), where the item found is the answer and the others are not."""
    return bool(classify(lead).kinds & ask.kinds & {DUTY, REPORT}) or bool(heading_actor(lead))


def _led(ask: ListAsk, passages: list[Passage], item: tuple[Passage, str] | None, weights: Weights = DEFAULT
         ) -> tuple[str, list[Citation]] | None:
    """"Tổ công đoàn có nhiệm vụ gì?": duties or reports asked, the best item found (`item`: with who must act, said
    before the lead-in when it does not say it) an item of a list whose lead-in announces them: the lead-in, then its
    items (at most weights.list_items and weights.list_chars, then how many more) — not the one item
    that scored best."""
    if not ask.kinds or item is None:
        return None
    best, actor = item
    lead = list_lead(best)
    if not lead or best.text.lstrip().startswith("|") or not _announces(lead, ask):
        return None
    items = written(passages, lambda p: p.doc_id == best.doc_id and p.section == best.section
                    and list_lead(p) == lead)
    if len(items) < 2:
        return None
    return in_order([f"{actor}{quote(lead)}"], items, shown_items(items, weights))


def numbered_place(p: Passage) -> tuple[int, ...] | None:
    """Where a numbered list item ("1. …", "b) …") stands in its list; None for anything else."""
    m = heading_match(p.text.lstrip("*# "))
    return ordinal(m) if m and m.kind != "dieu" else None


def _cited(ask: ListAsk, order: list[int], passages: list[Passage], weights: Weights = DEFAULT
           ) -> tuple[str, list[Citation]] | None:
    """"… cấm những hành vi nào?": no single fact asked and every passage cited (`order`) a numbered item of one
    list (two or more of them): the list's items found, from its first item when search found it — not only those
    that repeat the question's words —, after its lead-in or the heading of the article it makes up."""
    cited = [passages[pi] for pi in order]
    if not ask.open or len(cited) < 2 or len({part_of(p) for p in cited}) > 1 \
            or any(numbered_place(p) is None for p in cited):
        return None
    part = part_of(cited[0])
    items = written(passages, lambda p: part_of(p) == part and numbered_place(p) is not None)
    first = next((n for n, p in enumerate(items) if numbered_place(p)[-1:] == (1,)), None)
    if first is None or items[first].position > min(p.position for p in cited):
        return None
    items = items[first:]
    head = list_lead(items[0]) or article_heading(items[0].section)
    return in_order([quote(head)] if head else [], items, shown_items(items, weights))


def whole_list(ask: ListAsk, passages: list[Passage], item: tuple[Passage, str] | None, order: list[int],
               weights: Weights = DEFAULT) -> tuple[str, list[Citation]] | None:
    """The whole list the composer's passages hold, as the question asks for it: all of a law's section, a list of
    the duties or reports asked (`item`: its best item found and who must act, None when nothing answers), or the list
    the passages cited (`order`, best first; [] when nothing answers) are items of."""
    return _section(ask, passages) or _led(ask, passages, item, weights) or _cited(ask, order, passages, weights)


def _row(p: Passage) -> bool:
    """A row of a table that says something (not its header row alone)."""
    return p.text.lstrip().startswith("|") and not header_row_only(p)


def _titled(p: Passage) -> str:
    """A list's title a passage holds or stands under ("DANH SÁCH TẬP THỂ, CÁ NHÂN …": a line, or a heading read
    into its section path, or a table's caption read as its header row's lead-in), or ""."""
    lines = [p.text.split("\n")[0], p.lead, *reversed(section_levels(p))]
    return next((line for line in lines if plain_words(line).startswith(_LIST_TITLES)), "")


def _attached(cited: Passage, doc_chunks: Callable[[str], list[StoredChunk]]
              ) -> tuple[str, list[tuple[str, Passage]]] | None:
    """The list a line's names are in ("… (có danh sách kèm theo)"): the table or tables following each other after
    it in its document, under a title naming a list ("DANH SÁCH …") between the two, with that title; each row with
    the heading of the group it is in when the list has several ("I. TẬP THỂ", "II. CÁ NHÂN"), else ""."""
    if not _LISTED.search(plain_words(cited.text)):
        return None
    after = [p for p in written_document(doc_chunks, cited.doc_id)
             if p.position > cited.position]
    first = next((n for n, p in enumerate(after) if _row(p)), None)
    if first is None:
        return None
    title = next((found for p in reversed(after[:first + 1]) for found in [_titled(p)] if found), "")
    table: list[Passage] = []
    for p in after[first:]:
        if not p.text.lstrip().startswith("|"):  # the tables end with the first line that is no row
            break
        table.append(p)
    rows = [p for p in table if _row(p)]
    groups = len({p.section for p in rows}) > 1
    return (title, [(section_levels(p)[-1] if groups and p.section else "", p) for p in rows]) if title else None


def _header(p: Passage) -> str:
    """The header row a row stands under (its lead-in), or that a header row is ("STT | Chủ đầu tư | …")."""
    header = " | ".join(p.text.strip().strip("|").split("|")) if header_row_only(p) else list_lead(p)
    return " ".join(header.split())


def _one_table(p: Passage, q: Passage) -> bool:
    """Whether two rows written one after the other are of one table: under one heading and one header row."""
    return p.section == q.section and _header(p) == _header(q)


def _table_of(row: Passage, doc_chunks: Callable[[str], list[StoredChunk]]) -> tuple[str, list[Passage]]:
    """The table a row stands in (the rows following each other around it in its document), with the title of the
    list it makes: the nearest "DANH SÁCH …" above it and below any table before ("" when none)."""
    own = written_document(doc_chunks, row.doc_id)
    at = next((n for n, p in enumerate(own) if p.position == row.position), None)
    if at is None:
        return "", []
    start = end = at
    # a table ends where the rows stop or the next ones stand under another header or heading (Điều 4's price table
    # straight after Điều 3's layout table is no part of it)
    while start > 0 and own[start - 1].text.lstrip().startswith("|") and _one_table(own[start - 1], own[at]):
        start -= 1
    while end + 1 < len(own) and own[end + 1].text.lstrip().startswith("|") and _one_table(own[end + 1], own[at]):
        end += 1
    before = next((n for n in range(start - 1, -1, -1) if own[n].text.lstrip().startswith("|")), -1)
    title = next((found for p in reversed(own[before + 1:start + 1]) for found in [_titled(p)] if found), "")
    return title, [p for p in own[start:end + 1] if _row(p)]


def _plain(text: str) -> str:
    """Plain words, numbers without leading zeros ("thang 5 2027" of "Tháng 05/2027"), spaced at both ends."""
    return " ".join(["", *(w.lstrip("0") or "0" if w.isdigit() else w for w in plain_words(text).split()), ""])


def _named(question: str) -> set[str]:
    """What a question names that may set rows apart (plain words): each number with the word before it
    ("thang 5" of "tháng 5/2027"), and each run of two or more capitalised words after the first ("Hòa Khánh")."""
    words = _plain(question).split()
    named = {f"{a} {b}" for a, b in zip(words, words[1:]) if b.isdigit()}  # alone, "5" is also row 5's "STT: 5"
    for run in re.findall(r"(?:\s[^\W\d_]\w*){2,}", " " + " ".join(
            w if w[:1].isupper() and i else "|" for i, w in enumerate(question.split()))):
        named.add(_plain(run).strip())
    return named


def _named_rows(question: str, quoted: list[Passage], rows: list[Passage]) -> list[Passage]:
    """The rows holding what the question names (a month, a number, a name) that a quoted row holds and not every
    row does: "tháng 5 có những hoạt động gì?" is answered by the May rows of a plan table, not the whole table."""
    held = [(p, _plain(p.text)) for p in rows]
    mine = [_plain(p.text) for p in quoted]
    apart = {w for w in _named(question) if any(f" {w} " in h for h in mine)
             and not all(f" {w} " in h for _, h in held)}
    return [p for p, h in held if any(f" {w} " in h for w in apart)]


_LIST_NAMED = re.compile(toml("question_cues.toml")["cells"]["list_named"])
_WHICH = re.compile(toml("question_cues.toml")["cells"]["which"])


def _listed_rows(question: str, passages: list[Passage], doc_chunks: Callable[[str], list[StoredChunk]]
                 ) -> tuple[str, list[Passage]] | None:
    """"Danh sách những người thuộc Công đoàn ngành Giáo dục …": the table of the first of `passages` (in the order
    found) that is its title "DANH SÁCH …" or a row, when a cell's value picks some of its rows (table_cells.rows_held):
    that table's title and those rows — what other documents' lines on the topic, or other rows, are not."""
    for p in passages:
        if p.off_scope or not (_row(p) or _titled(p)):
            continue
        row = p if _row(p) else next((r for r in written_document(doc_chunks, p.doc_id)
                                      if r.position > p.position and _row(r)), None)
        if row is None:
            continue
        title, rows = _table_of(row, doc_chunks)
        picked = rows_held(question, rows, title)
        return (title, picked) if picked else None
    return None


def _found_table(question: str, quoted: list[Passage], passages: list[Passage],
                 doc_chunks: Callable[[str], list[StoredChunk]], anywhere: bool = True) -> tuple[str, list[Passage]]:
    """The title and rows of the table of the first row among `passages` (those quoted, then those found), or of
    its header row. Neither found (rows hold few of a question's words: "| 4 | Quận Hải An | 2.600 | 114,8 |"), and
    `anywhere`, the one table of the first document found whose row a superlative asked of a column it names picks
    (table_cells.extreme_row: "quận nào vượt chỉ tiêu cao nhất" of a report's table by district, not of its table of
    costs). ("", []) when none is."""
    found = [p for p in [*quoted, *passages] if not p.off_scope]
    row = next((p for p in found if p.text.lstrip().startswith("|")), None)
    if row is not None:
        return _extreme_table(question, found, doc_chunks) or _table_of(row, doc_chunks)
    if not found or not anywhere:
        return "", []
    own = written_document(doc_chunks, found[0].doc_id)
    firsts = [p for n, p in enumerate(own) if p.text.lstrip().startswith("|")
              and not (n and own[n - 1].text.lstrip().startswith("|"))]
    tables = [table for table in (_table_of(p, doc_chunks) for p in firsts) if extreme_row(question, table[1], True)]
    return tables[0] if len(tables) == 1 else ("", [])


def _tables_found(found: list[Passage], doc_chunks: Callable[[str], list[StoredChunk]]
                  ) -> Iterator[tuple[str, list[Passage]]]:
    """The tables (title, rows) of the rows found, in the order found, each once, in the first row's document."""
    rows = [p for p in found if p.text.lstrip().startswith("|")]
    seen: set[tuple[str, int]] = set()
    for p in rows:
        if p.doc_id != rows[0].doc_id or (p.doc_id, p.position) in seen:
            continue
        table = _table_of(p, doc_chunks)
        seen |= {(q.doc_id, q.position) for q in table[1]}
        yield table


def _extreme_table(question: str, found: list[Passage], doc_chunks: Callable[[str], list[StoredChunk]]
                   ) -> tuple[str, list[Passage]] | None:
    """"Khu nào giá thuê đắt nhất": of the tables of the rows found (_tables_found), the first with a column the
    question's superlative names (table_cells.extreme_row, named only: "Mức giá"), not the first row's table of the
    same places ("Khu | Ngành hàng | Số quầy"); None when no superlative is asked or no such table was found."""
    if not asks_extreme(question):
        return None
    return next((table for table in _tables_found(found, doc_chunks)
                 if extreme_row(question, table[1], True) is not None), None)


def _compared_named(question: str, found: list[Passage], doc_chunks: Callable[[str], list[StoredChunk]]
                    ) -> tuple[str, list[Passage], list[Passage]] | None:
    """The title, the rows named and all the rows of the first table of a row found (_tables_found) of which a
    question comparing rows names two or more (table_cells.rows_named); None for none."""
    in_scope = [p for p in found if not p.off_scope]
    return next(((title, named, table) for title, table in _tables_found(in_scope, doc_chunks)
                 if (named := rows_named(question, table))), None)


def _compared_rows(question: str, quoted: list[Passage], passages: list[Passage],
                   doc_chunks: Callable[[str], list[StoredChunk]]) -> tuple[str, list[Passage]] | None:
    """"Khoản thu nào giảm so với cùng kỳ?": the table of the first row among `passages` (those quoted, then those
    found), when a question asking which rows compares a column of shares (table_cells.rows_compared) or asks the
    highest or lowest (table_cells.extreme_row): its title and the rows meeting it — a line on the total, or another
    row, answers no "which"; None when the answer quotes those rows already."""
    if not asks_rows(question) or asks_yes_or_no(question):
        return None
    title, rows = _found_table(question, quoted, passages, doc_chunks)
    said = {(p.doc_id, p.position) for p in quoted if _row(p)}
    # "đơn vị nào thấp nhất" answered by lines, or by a row among lines (a row that scored well, not the lowest): the
    # one row with the smallest figure (an answer of rows alone: whole_table below)
    alone = len(quoted) >= 2 and all(_row(p) for p in quoted)
    extreme = None if alone else extreme_row(question, rows)
    picked = [extreme] if extreme is not None else rows_compared(question, rows)
    return (title, picked) if picked and {(p.doc_id, p.position) for p in picked} != said else None


def _extreme_asked(question: str, quoted: list[Passage], passages: list[Passage],
                   doc_chunks: Callable[[str], list[StoredChunk]], found_only: bool = False
                   ) -> tuple[str, list[Passage]] | None:
    """"Huyện nào phải làm nhiều nhà nhất, tổng bao nhiêu căn?": asked which row (not yes or no) along with a figure,
    the table found first (_found_table) and its row with the highest or lowest figure asked (table_cells.extreme_row),
    whose cells state that figure too. `found_only`: a table among those passages only, of a column the question
    names. None when no such row is asked, or it is all the answer quotes."""
    if not asks_extreme(question) or not _WHICH.search(plain_words(question)) or asks_yes_or_no(question):
        return None  # (a document's tables are read only for a superlative asked)
    title, rows = _found_table(question, quoted, passages, doc_chunks, not found_only)
    extreme = extreme_row(question, rows, found_only)
    if extreme is None or [(p.doc_id, p.position) for p in quoted] == [(extreme.doc_id, extreme.position)]:
        return None
    return title, [extreme]


def _lines_on_picked(answer: Answer, question: str, title: str, picked: list[Passage],
                     doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer:
    """The answer's lines, renumbered, that are no row and state the value picking the rows (table_cells.says_picked:
    "Đoàn Thanh niên xã thành lập đội hình …" beside the rows naming "Đoàn Thanh niên xã" among bodies supporting
    another's task): what the body asked does itself, kept before the rows. Empty when none does."""
    _, rows = _table_of(picked[0], doc_chunks)
    kept = [c for c in answer.citations if c.spans and not _row(c.passage)
            and says_picked(question, rows, picked, title, c.passage.text)]
    lines = []
    for n, c in enumerate(kept, 1):
        lines += [renumbered(line, lambda _: n) for line in answer.answer.split("\n")
                  if (m := CITATION_MARK.search(line)) and int(m.group(1)) == c.n]
    return replace(answer, answer="\n".join(lines), citations=[replace(c, n=n) for n, c in enumerate(kept, 1)])


def _counted_rows_of(answer: Answer, title: str, rows: list[Passage], weights: Weights = DEFAULT,
                     counted: str = "") -> Answer:
    """The rows a cell's value picks, counted (answer.rows_counted; `counted`: as what, answer.items_counted), under
    their table's title, each cited, after the answer's own lines kept (none: the answer is the rows alone)."""
    shown = shown_items(rows, weights)
    first = len(answer.citations) + 1 if answer.answer else 1
    said = t("answer.items_counted", n=len(rows), items=counted) if counted else t("answer.rows_counted", n=len(rows))
    text, citations = in_order([*([answer.answer] if answer.answer else []), said,
                                *([quote(title)] if title else [])], rows, shown, [shown_whole(p) for p in rows],
                               first=first)
    own = answer.citations if answer.answer else []
    return replace(answer, answer=text, citations=[*own, *(replace(c, spans=[(0, len(c.passage.text))])
                                                           if c.n < first + shown else c for c in citations)])


def _total_stated(answer: Answer, question: str, passages: list[Passage],
                  doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer | None:
    """An amount asked of a table's whole (table_cells.total_asked: no row named, a column of figures named) answered
    with rows of it: the sentence of its document found that states the total row's figure ("toàn tỉnh có 236 sản
    phẩm …"), else the total row ("Tổng cộng | … | 236"). None otherwise."""
    quoted = [c.passage for c in answer.citations if c.spans]
    row = next((p for p in quoted if _row(p)), None)
    if not answer.found or not classify(question).strict or row is None:
        return None
    _, rows = _table_of(row, doc_chunks)
    found = total_asked(question, rows)
    if found is None:
        return None
    row, value = found
    figure = re.compile(rf"(?<![\d.,]){re.escape(value)}(?![.,]?\d)")
    stated = next(((p, line) for p in [*quoted, *passages] if p.doc_id == row.doc_id and not _row(p) and not p.off_scope
                   for line in split_sentences(p.text) if figure.search(line)), None)
    if stated is None:
        return replace(answer, answer=f"{shown_whole(row)} [1]", citations=[Citation(1, row, [(0, len(row.text))])])
    p, line = stated
    start = p.text.find(line)
    return replace(answer, answer=f"{line.strip()} [1]", citations=[Citation(1, p, [(start, start + len(line))])])


def _lead_with_total(answer: Answer, question: str, passages: list[Passage],
                     doc_chunks: Callable[[str], list[StoredChunk]]) -> Answer | None:
    """A count asked, answered by a table's lead-in stating the whole ("Toàn thành phố bình chọn 100 cá nhân, phân bổ …
    như sau:"; composer._whole_first): the table's one total row holding that figure ("Tổng cộng | 100 | 34") is
    cited after it, in place of the rows of its shares quoted — it states the same whole from the table, they state
    parts of it. None otherwise, or when the question names a row (table_cells.no_row_named, names_a_row): that row
    is asked."""
    cited = [c for c in answer.citations if c.spans]
    if not answer.found or NUMBER not in classify(question).strict or not cited or _row(lead := cited[0].passage) \
            or not states_count(lead.text):
        return None
    row = next((p for p in [*(c.passage for c in answer.citations), *passages] if _row(p) and leads_table(lead, p)),
               None)
    _, rows = _table_of(row, doc_chunks) if row is not None else ("", [])
    totals = [p for p in rows if total_row(p)]
    stated = set(re.findall(r"\d[\d.,]*\d|\d", lead.text))
    if len(totals) != 1 or not stated & {value.strip() for _, value in row_cells(totals[0])} \
            or not no_row_named(question, rows) or names_a_row(question, rows):
        return None
    held = {(p.doc_id, p.position) for p in rows}
    kept = [c for c in answer.citations if (c.passage.doc_id, c.passage.position) not in held]
    numbers = {c.n: n for n, c in enumerate(kept, 1)}
    lines = [renumbered(line, numbers.__getitem__) for line in answer.answer.split("\n")
             if (m := CITATION_MARK.search(line)) and int(m.group(1)) in numbers]
    total = totals[0]
    return replace(answer, answer="\n".join([*lines, f"{shown_whole(total)} [{len(kept) + 1}]"]),
                   citations=[*(replace(c, n=numbers[c.n]) for c in kept),
                              Citation(len(kept) + 1, total, [(0, len(total.text))])])


def whole_table(answer: Answer, question: str, doc_chunks: Callable[[str], list[StoredChunk]],
                weights: Weights = DEFAULT, passages: list[Passage] | None = None) -> Answer:
    """"Những công nhân nào được tặng giấy khen …": two or more rows of one table answer a question asking no strict
    fact (a number, a date, a person by name …): the rows are what the table lists, so the whole table is quoted, in
    the order written (at most weights.list_items and weights.list_chars, then how many more), each row cited — not
    the two or three rows that scored best, which read as the whole list. Not asked when or where ("Hội chợ … tổ chức
    khi nào, ở đâu?"): that is one row's cells, the row of the event asked, which opens the answer."""
    quoted = [c.passage for c in answer.citations if c.spans]
    asked = classify(question)
    pair = _compared_named(question, [*quoted, *(passages or [])], doc_chunks)
    if pair is not None:  # "Phúc Yên và Tam Đảo ai giải ngân thấp hơn": the two rows, each with its figures, after
        title, named, table = pair  # by how much, when asked ("biệt thự đắt hơn căn hộ bao nhiêu")
        apart = difference(question, table, named)
        said = t("answer.rows_difference", **apart) if apart else ""
        return _counted_rows_of(replace(answer, answer=said, citations=[], found=True), title, named, weights)
    total = _total_stated(answer, question, passages or [], doc_chunks)
    if total is not None:  # "lũy kế có bao nhiêu sản phẩm còn hiệu lực": the whole's figure, not two districts' rows
        return total
    total = _lead_with_total(answer, question, passages or [], doc_chunks)
    if total is not None:  # "bình chọn bao nhiêu công nhân": the lead-in stating it and the total row, no share
        return total
    if not answer.found and not asked.kinds & (ASKS_WHEN | {PLACE}):
        # "xã nào được hỗ trợ nhiều bò nhất": rows hold few of a question's words, so none was quoted; among those
        # nearest, a table with a column the question names answers it with its highest row
        extreme = _extreme_asked(question, [c.passage for c in answer.citations], passages or [], doc_chunks, True)
        return answer if extreme is None else _counted_rows_of(replace(answer, answer="", citations=[], found=True),
                                                               *extreme, weights)
    if not answer.found or asked.kinds & (ASKS_WHEN | {PLACE}):
        return answer
    tallied = _rows_tallied(question, quoted, doc_chunks)
    if tallied is not None:  # "có bao nhiêu điểm lặn": the rows of a table of them, counted, no line saying how many
        title, rows, counted = tallied
        return _counted_rows_of(replace(answer, answer="", citations=[]), title, rows, weights, counted)
    if asked.strict:  # "huyện nào … nhiều nhà nhất, tổng bao nhiêu căn": the highest row holds the figure asked too
        extreme = _extreme_asked(question, quoted, passages or [], doc_chunks)
        return answer if extreme is None else _counted_rows_of(
            _lines_on_picked(answer, question, *extreme, doc_chunks), *extreme, weights)
    # "huyện nào có nhiều sản phẩm còn hiệu lực nhất" answered by lines on the whole: the row with the largest figure of
    # a table found whose column the question names
    extreme = _extreme_asked(question, quoted, passages or [], doc_chunks)
    if extreme is not None and not all(_row(p) for p in quoted):
        return _counted_rows_of(replace(answer, answer="", citations=[]), *extreme, weights)
    if asks_outcome(question) and any(states_outcome(c.passage.text[a:b])
                                      for c in answer.citations for a, b in c.spans):
        return answer  # "Nếu ngày họp rơi vào Chủ nhật thì sao?": the rule it quotes, not the rows noting such days
    # "danh sách công đoàn cơ sở còn nợ kinh phí": a list asked by name, one row of a titled list found among other
    # lines (a letter's closing line) — the list is the answer, those lines are not
    named_list = _LIST_NAMED.search(plain_words(question)) and len([p for p in quoted if _row(p)]) == 1
    # "danh sách những người thuộc Công đoàn ngành Giáo dục …" of no row quoted, "những ai thuộc ngành Y tế" of two rows
    # quoted among other lines: the rows a cell's value picks in the table found, whichever column holds it, alone
    rows_quoted = [p for p in quoted if _row(p)]
    compared = _compared_rows(question, quoted, passages or [], doc_chunks)
    if compared is not None:  # "khoản thu nào giảm so với cùng kỳ": the rows whose share says so, not the total's line
        return _counted_rows_of(_lines_on_picked(answer, question, *compared, doc_chunks), *compared, weights)
    if _LIST_NAMED.search(plain_words(question)) and not rows_quoted or 2 <= len(rows_quoted) < len(quoted):
        listed = _listed_rows(question, rows_quoted or passages or [], doc_chunks)
        if listed is not None:
            return _counted_rows_of(_lines_on_picked(answer, question, *listed, doc_chunks), *listed, weights)
    if named_list:
        quoted = [p for p in quoted if _row(p)]
    elif len(quoted) < 2 or not all(_row(p) for p in quoted):
        return answer
    title, rows = _table_of(quoted[0], doc_chunks)
    held = {(p.doc_id, p.position) for p in rows}
    if any((p.doc_id, p.position) not in held for p in quoted) or named_list and not title:
        return answer
    # "đơn vị nào nợ nhiều nhất": the one row with the largest figure, not the table in the order written
    extreme = extreme_row(question, rows)
    named = [extreme] if extreme is not None else _named_rows(question, quoted, rows)
    picked = [] if named else rows_held(question, rows, title)
    if picked:  # "những ai thuộc ngành Y tế": the rows a cell's value picks, whichever column holds it, counted
        return _counted_rows_of(_lines_on_picked(answer, question, title, picked, doc_chunks), title, picked, weights)
    if {(p.doc_id, p.position) for p in named} == {(p.doc_id, p.position) for p in quoted} \
            or not named and len(rows) <= len(quoted):
        return answer
    rows = named or rows
    shown = shown_items(rows, weights)
    text, citations = in_order([quote(title)] if title else [], rows, shown, [shown_whole(p) for p in rows])
    return replace(answer, answer=text, citations=[replace(c, spans=[(0, len(c.passage.text))]) if c.n <= shown else c
                                                   for c in citations])


def _rows_tallied(question: str, quoted: list[Passage], doc_chunks: Callable[[str], list[StoredChunk]]
                  ) -> tuple[str, list[Passage], str] | None:
    """A count asked (no amount, no share) answered by rows of one table alone (a lead-in stating it answers first,
    composer._whole_first): the table's title, its rows and what they are, when they are the things counted
    (table_cells.rows_tallied) — three rows quoted of five listed read as the count's answer, wrongly. None
    otherwise."""
    strict = set(classify(question).strict)
    if NUMBER not in strict or strict & {MONEY, PERCENT} or not quoted or not all(_row(p) for p in quoted):
        return None
    title, rows = _table_of(quoted[0], doc_chunks)
    if any(p.doc_id != quoted[0].doc_id or p.position not in {r.position for r in rows} for p in quoted):
        return None
    counted, tallied = rows_tallied(question, rows)
    return (title, tallied, counted) if tallied else None


def _states_count(question: str, line: Passage) -> bool:
    """"QĐ 112 khen thưởng bao nhiêu cá nhân?" of "… cho 03 tập thể và 06 cá nhân (có danh sách kèm theo)": the line
    states the number asked, which is the answer — the rows of the list after it are not asked."""
    units = {number_unit(question), *counted_alike(question)} - {""}
    return any(re.search(rf"\b\d+ {re.escape(unit)}\b", plain_words(line.text)) for unit in units)


def with_attached_list(answer: Answer, question: str, doc_chunks: Callable[[str], list[StoredChunk]],
                       weights: Weights = DEFAULT) -> Answer:
    """The answer, with the rows of the list attached after the articles that a line it quotes names ("Tặng Giấy khen
    cho 03 tập thể và 04 cá nhân … (có danh sách kèm theo)") when the question asks which ones (table_cells.asks_rows:
    a date or a consequence asked is no list's rows): its title, then its rows as written, those whose cell the
    question names by its value when it does ("những đơn vị nào chưa gửi báo cáo": the "Chưa gửi" rows,
    table_cells.rows_asked) (at most weights.list_items and weights.list_chars, then how many more), each cited — the
    names asked are there, not in the line."""
    if not answer.found or not asks_rows(question):
        return answer
    found = next(((c.passage, f) for c in answer.citations if c.spans for f in [_attached(c.passage, doc_chunks)]
                  if f), None)
    if found is None or _states_count(question, found[0]):
        return answer
    title, grouped = found[1]
    kept = {id(p) for p in rows_asked(question, [p for _, p in grouped], title)}
    have = {(c.passage.doc_id, c.passage.position) for c in answer.citations}
    grouped = [(group, p) for group, p in grouped if (p.doc_id, p.position) not in have and id(p) in kept]
    if not grouped:
        return answer
    rows = [p for _, p in grouped]
    # "II. CÁ NHÂN (05)" above the first row of each group: which group the rows below are of
    said = [f"{quote(group)}\n{shown_whole(p)}" if group and (n == 0 or grouped[n - 1][0] != group) else shown_whole(p)
            for n, (group, p) in enumerate(grouped)]
    text, citations = in_order([answer.answer, quote(title)], rows, shown_items(rows, weights), quoted=said,
                               first=len(answer.citations) + 1)
    return replace(answer, answer=text, citations=[*answer.citations, *citations])


def asks_whole(question: str) -> bool:
    """Whether a question asks for all items of something ("gồm những gì", "những khu vực nào", "liệt kê")."""
    return bool(_ASKS_WHOLE.search(fold_same_length(question.lower())))


def _members(item: Passage, question: str, doc_chunks: Callable[[str], list[StoredChunk]]) -> list[Passage]:
    """Every item of the list `item` is one of, in the order written: a table's rows, unless the question picks
    some by a cell's value, a comparison or a superlative (the rows picked are the answer), or the numbered or
    bulleted lines of its part (one heading, one lead-in)."""
    if _row(item):
        _, rows = _table_of(item, doc_chunks)
        picks = bool(classify(question).strict) or extreme_row(question, rows) is not None \
            or bool(rows_held(question, rows)) or bool(rows_compared(question, rows))
        return [] if picks else rows
    if not list_line(item):
        return []
    return [p for p in written_document(doc_chunks, item.doc_id) if part_of(p) == part_of(item) and list_line(p)]


def rest_of_list(answer: Answer, question: str, doc_chunks: Callable[[str], list[StoredChunk]],
                 weights: Weights = DEFAULT) -> Answer:
    """The answer with all the items of the one list two or more of its quoted lines are items of, when the question
    asks for a whole list and the document's list holds more: the answer's other lines first (only lines of the same
    part of that document written before the list, its lead-in's sentence), then the list's heading when it has no
    lead-in, then its items. Unchanged otherwise."""
    if not answer.found or answer.nearest or not asks_whole(question):
        return answer
    quoted = [c for c in answer.citations if c.spans]
    items = [c for c in quoted if _row(c.passage) or list_line(c.passage)]
    if len(items) < 2 or len({part_of(c.passage) for c in items}) > 1:
        return answer
    members = _members(items[0].passage, question, doc_chunks)
    held = {p.position for p in members}
    cited = {c.passage.position for c in answer.citations if c.passage.doc_id == items[0].passage.doc_id}
    if not held >= {c.passage.position for c in items} or held <= cited:
        return answer
    first = members[0]
    others = [c for c in quoted if all(c is not item for item in items)]
    if any(c.passage.doc_id != first.doc_id or c.passage.section != first.section
           or c.passage.position > first.position for c in others):
        return answer
    if _row(first) and not any(leads_table(c.passage, first) for c in others):
        return answer  # rows alone are those whole_table picked, or the rows asked; with their lead-in, a list read
    numbers = {c.n: n for n, c in enumerate(others, 1)}
    kept = [renumbered(line, numbers.__getitem__) for line in answer.answer.split("\n")
            if (m := CITATION_MARK.search(line)) and int(m.group(1)) in numbers]
    # what the items are of, unless a line before them says it: a list's lead-in, else its heading (a table's rows
    # are shown with their columns' names)
    lead = list_lead(first) or (section_levels(first) or [""])[-1]
    heads = [quote(lead)] if lead and not others and not _row(first) else []
    text, citations = in_order([*kept, *heads], members, shown_items(members, weights),
                               quoted=[shown_whole(p) for p in members] if _row(first) else None,
                               first=len(others) + 1)
    return replace(answer, answer=text, citations=[*(replace(c, n=numbers[c.n]) for c in others), *citations])
