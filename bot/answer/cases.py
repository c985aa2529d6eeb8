"""A case asked of a list of cases: a decision listing what it pays for ("a) Đoàn viên ốm đau …: 500.000 đồng/người;
b) Đoàn viên bị tai nạn lao động: …") answers one case with one item. Asked of a case the list does not hold ("đoàn
viên bị tai nạn giao thông được trợ cấp bao nhiêu"), the item sharing most words is another case's, and its amount is
no answer; asked yes or no of a case an item states ("… bị tai nạn lao động có được trợ cấp không?"), the item is the
answer, and says yes.

The sign is structural, not a floor on a share of words: the question names a word of its own that neither the
item (with its lead-in, headings and document name) nor any line of its document holds ("giao thông"), in the place
where the item names a word of its own case that no other item of its list holds and the question does not ("lao
động"). Then the document is said not to name that case, and the cases its list holds are quoted, each cited — when
nothing answered, or asked yes or no of an item paying an amount: said of an amount found for "bao nhiêu", the sign
turned a checking question's right line unanswered (eval_split, dev2 check cite .864 → .818), so there a found line
of another case's amount stays (open). A list is one under a lead-in, or one written straight under its heading
("Điều 4. Hỗ trợ đoàn viên" / "1. …" "2. …").

Asked yes or no with a claim, the line answering confirms or denies it: a day or an amount it states of the same kind
("… trước 30/4/2027 phải không?" of "trước ngày 31/3/2027": "Không."), a bound on a count the question states, or the
document's line saying who its rule is for ("Đối tượng áp dụng là đoàn viên … đóng đoàn phí từ 12 tháng trở lên" of
"mới vào 6 tháng"), outside it. A case phrase it names whose head the line or its lead-in names with another
modifier ("tai nạn lao động" of "… bị tai nạn giao thông … như sau: c) Suy giảm khả năng lao động …") is no "Có.":
each word held somewhere, the line read as stating it plainly (new-user trial of session 40, G2)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from bot.answer.contrast import only_other_member
from bot.answer.followup import follow_up_subject
from bot.answer.table_cells import cell_verdict, exempted
from bot.answer.list_items import in_order, list_line, same_list, shown_items
from bot.answer.listed_claims import claimed_first, listed_claim, naming_other
from bot.answer.ranges import placed
from bot.answer.model import CITATION_MARK, Answer, Citation, labelled_row, list_lead, quote, row_cells, \
    stated_lead
from bot.answer.named_claims import named_row, other_name
from bot.answer.question import (DEADLINE, MONEY, NUMBER, PERIOD, asks_yes_or_no, classify, cue_spans,
                                 measured_otherwise, premise_denied, premise_held, states, within_bound)
from ingest.markers import heading_match
from ingest.model import SECTION_SEP
from troly.tables import toml
from troly.texts import t
from troly.synonyms import Synonyms
from troly.vntext import FUNCTION_FOLDED, FUNCTION_WORDS, STOP_FOLDED, STOP_WORDS, Abbreviations, \
    common_abbreviations, fold, fold_same_length, joined_parts, normalize, typed_without_diacritics
from troly.weights import DEFAULT, Weights
from ingest.chunker import CLOSING_KINDS
from ingest.due import parse_due
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_TABLE = toml("question_cues.toml")["cases"]
_YES_NO = re.compile(_TABLE["yes_no"])
_JUDGED = re.compile(toml("question_cues.toml")["issued_by"]["yes_no"])
_FRAME = frozenset(fold(w) for w in _TABLE["frame"])
_LIGHT = frozenset(_TABLE["light_verbs"])
_LIGHT_FOLDED = frozenset(fold(w) for w in _LIGHT)
_GIVING = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in _TABLE["giving"]) + r")(?!\w)")
_NEGATION = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in _TABLE["negations"]) + r")(?!\w)")
_WORD = re.compile(r"\w+")
_CONDITION = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in _TABLE["conditions"]) + r")(?!\w)")
_NOT_CONDITION = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w)) for w in _TABLE["not_conditions"])
                            + r")(?!\w)")


def asks_yes_no(question: str) -> bool:
    """"… có được trợ cấp không?": asked yes or no of a case, not whether a document is by someone ("có phải …")."""
    folded = fold(question)
    return bool(_YES_NO.search(folded)) and not _JUDGED.search(folded)


def says_no(text: str) -> bool:
    """A line holding a word of saying no ("… sẽ không tiếp nhận hồ sơ"): what answers a yes or no it is asked with."""
    return bool(_NEGATION.search(text.lower()))


_BOUND_WORDS = tuple(fold(w) for w in toml("count_words.toml")["bound_words"]["before"])


def refuses_asked(question: str, line: str) -> bool:
    """Whether the line denies the act a yes-or-no question asks of ("… sau ngày 20/12 thì có được tiếp nhận
    không?" of "trước ngày 20/12/2026; sau thời hạn trên, Công đoàn ngành không tiếp nhận hồ sơ"): a word of saying
    no followed, past function words, by a word the question asks with. The question's own "không" frames it; a
    bound ("không quá 02 lần") is no denial."""
    asked = {w for w in _WORD.findall(fold(question)) if w not in STOP_FOLDED}
    said = fold(line)
    relation = _before_day(fold(question))
    for m in _NEGATION.finditer(line.lower()):
        rest = said[m.start():]
        if any(rest.startswith(b + " ") for b in _BOUND_WORDS):
            continue
        # "trước ngày 20/12/2026; sau thời hạn trên, … không tiếp nhận": asked "trước ngày 20/12", the clause
        # of the day it names answers, not the one denying
        clause = said[said.rfind(";", 0, m.start()) + 1:]
        clause = clause[:clause.find(";")] if ";" in clause else clause
        if relation and relation not in {_before_day(clause), ""} and any(
                _before_day(c) == relation for c in said.split(";")):
            continue
        run = [w for w in _WORD.findall(re.split(r"[;,.:()]", said[m.end():], maxsplit=1)[0])
               if w not in STOP_FOLDED][:DEFAULT.denied_act_words]
        if run and not any(c.isdigit() for w in run for c in w) and asked & set(run):
            return True
    return False


_DAY = re.compile(r"(\w+)\s+(?:ngay\s+)?\d{1,2}/\d{1,2}(?!\d)")


def _before_day(folded: str) -> str:
    """The word a folded text puts before its first day ("sau ngày 20/12": "sau"), "" when it states none."""
    m = _DAY.search(folded)
    return m.group(1) if m else ""


def _key(word: str, marked: bool) -> str:
    """A word as compared: with its marks when the question has them ("động" is no "đồng"), else folded."""
    return word.lower() if marked else fold(word)


@lru_cache(maxsize=4096)
def _words(text: str, marked: bool) -> frozenset[str]:
    """The text's words as compared (_key), in one spelling ("tỉ lệ" is "tỷ lệ"), numbers aside: an amount or a count
    names no case. (Cached: a whole document's text is read so for each question asking a case of it.)"""
    return frozenset(_key(w, marked) for w in _written(text) if not w.isdigit())


@lru_cache(maxsize=4096)
def _written(text: str) -> tuple[str, ...]:
    """The text's words in one spelling (normalize), as written."""
    return tuple(_WORD.findall(normalize(text)))


def _held_by_group(question: str, text: str, synonyms: Synonyms | None, marked: bool) -> set[str]:
    """The question's words (as compared, _key) standing in a phrase of a synonym group, or a narrower word of a wider
    one (prompts/synonyms.toml), that the text names by another phrase of that group: "gà" of a line paying for "gia
    cầm", "xuất khẩu lao động" of "đi làm việc ở nước ngoài theo hợp đồng". A question typed without marks is matched
    folded, one syllable too (Synonyms.groups_of_folded); one typed with them, as written (a word without marks
    there is mostly one that has none: "cho" is no "chó")."""
    if synonyms is None:
        return set()
    words = _WORD.findall(normalize(question))
    named = synonyms.groups_held(_written(text))
    groups = synonyms.groups_of_words(words) if marked else synonyms.groups_of_folded(words)
    return {_key(w, marked) for w, gs in groups.items() if gs & named}


def _asked(question: str, marked: bool) -> list[tuple[int, int, str]]:
    """The question's words naming what it asks about, with their offsets: not those asking the kind of fact ("bao
    nhiêu") nor the yes-or-no frame, nor numbers."""
    text = normalize(question)
    cues = cue_spans(text) + [m.span() for m in _GIVING.finditer(fold_same_length(text.lower()))]
    return [(m.start(), m.end(), _key(m.group(), marked)) for m in _WORD.finditer(text)
            if not m.group().isdigit() and fold(m.group()) not in _FRAME
            and not any(a < m.end() and m.start() < b for a, b in cues)]


def _positions(question: str, marked: bool) -> list[tuple[int, str]]:
    """Every word of the question in order, with its offset, as compared (_key): what stands beside what."""
    return [(m.start(), _key(m.group(), marked)) for m in _WORD.finditer(normalize(question))]


def _sequence(text: str, marked: bool) -> list[str]:
    """The text's words in order, as compared (_key), in one spelling."""
    return [_key(w, marked) for w in _WORD.findall(normalize(text))]


def _in_its_place(question: list[tuple[int, str]], asked: list[tuple[int, int, str]], extra: set[str], line: list[str],
                   case_words: set[str]) -> bool:
    """A word of the question the item does not hold (`extra`) stands where the item names its own case: beside a word
    the item has beside a case word of its own, on the same side ("tai nạn giao thông" and "tai nạn lao động", "đoàn
    viên nghỉ thai sản" and "Đoàn viên ốm đau"). A word of chat ("nhà mình", "khoảng bao nhiêu") stands beside none."""
    words = [w for _, _, w in asked]
    kept = {a for a, _, _ in asked}
    words = [w if a in kept else "" for a, w in question]
    after = {(a, b) for a, b in zip(line, line[1:]) if b in case_words}  # (head, case word after it)
    before = {(a, b) for a, b in zip(line, line[1:]) if a in case_words}  # (case word, head after it)
    heads_before = {a for a, _ in after}
    heads_after = {b for _, b in before}
    return any((a in heads_before and b in extra) or (a in extra and b in heads_after)
               for a, b in zip(words, words[1:]))


_UNDERSTOOD = re.compile(r"\s*" + re.escape(t("chat.understood", question="\0")).split(re.escape("\0"))[0] + r"\s*",
                         re.IGNORECASE)


def as_typed(question: str) -> str:
    """The words the user typed of a follow-up joined to the question it went on from ("bị sốt có được không (tiếp
    theo câu hỏi: …)" → "bị sốt có được không"), without the note the chat shows how it was understood ("Hiểu là:
    …", pasted back) nor a follow-up's opener and tail ("còn … thì sao"): a case quoted back is one the user named."""
    parts = joined_parts(question)
    typed = parts[0] if parts else question
    m = _UNDERSTOOD.match(typed)
    return follow_up_subject(typed[m.end():] if m and typed[m.end():].strip() else typed)


def _item_text(p: Passage) -> str:
    """The item's words without the number or letter it is filed under ("b) "), nor its verbs of giving ("được tặng
    nhà tình nghĩa": what the case receives, not which case)."""
    numbered = heading_match(p.text.strip())
    text = normalize(numbered.rest if numbered else p.text)
    return "".join(" " if hidden else ch for ch, hidden in zip(text, _hidden(text)))


def _hidden(text: str) -> list[bool]:
    """Which characters of the text are its verbs of giving."""
    hidden = [False] * len(text)
    for m in _GIVING.finditer(fold_same_length(text.lower())):
        hidden[m.start():m.end()] = [True] * (m.end() - m.start())
    return hidden


def _context(p: Passage) -> str:
    """What the item says with what it stands under: its lead-in, headings and document name."""
    return "\n".join((p.text, list_lead(p), p.section, p.document, p.short_title))


def _quoted_first(answer: Answer, p: Passage) -> Answer:
    """The answer with a passage of its document quoted and cited first (a row labelled, as the composer quotes
    one); a passage it quotes already, its line moved first."""
    cited = next((c.n for c in answer.citations if (c.passage.doc_id, c.passage.position) == (p.doc_id, p.position)),
                 None)
    if cited is not None:
        lines = answer.answer.split("\n")
        mark = f"[{cited}]"
        moved = [line for line in lines if line.rstrip().endswith(mark)]
        return replace(answer, answer="\n".join([*moved, *(line for line in lines if line not in moved)]))
    n = max((c.n for c in answer.citations), default=0) + 1
    lead, row = labelled_row(p)
    line = f"{lead}{row}" if row else f"{stated_lead(p)}{quote(p.text)}"
    return replace(answer, answer=f"{line} [{n}]\n{answer.answer}", citations=[*answer.citations, Citation(n, p)])


def _sibling_of(answer: Answer) -> Callable[[str], bool]:
    """Whether a line of the answer quotes a passage of the same document and heading as its first line's."""
    first = _first_cited(answer)
    by_n = {c.n: c.passage for c in answer.citations}

    def sibling(line: str) -> bool:
        m = CITATION_MARK.search(line)
        p = by_n.get(int(m.group(1))) if m else None
        return bool(first and p and (p.doc_id, p.section) == (first.passage.doc_id, first.passage.section))
    return sibling


def _table_rows(p: Passage, doc_chunks: Callable[[str], list[StoredChunk]]) -> list[Passage]:
    """The rows of the table a row stands in (itself among them): those under the same heading and header row."""
    if not row_cells(p):
        return []
    own = (Passage.from_chunk(c, 0.0) for c in doc_chunks(p.doc_id))
    return [q for q in own if (q.section, list_lead(q)) == (p.section, list_lead(p)) and row_cells(q)]


def _first_cited(answer: Answer) -> Citation | None:
    """The citation of the answer's first line (its first marked line)."""
    for line in answer.answer.split("\n"):
        m = CITATION_MARK.search(line)
        if m:
            return next((c for c in answer.citations if c.n == int(m.group(1))), None)
    return None


def _siblings(p: Passage, own: list[Passage]) -> list[Passage]:
    """The items of the list the passage is an item of (itself among them), in the order written: those under its
    lead-in, or, a list written straight under its heading ("Điều 4. Hỗ trợ đoàn viên" / "1. …" "2. …"), the items
    or rows of the same heading."""
    lead = list_lead(p)
    if not lead and not list_line(p):
        return []
    return sorted({q.position: q for q in own if same_list(p, q)}.values(), key=lambda q: q.position)


def _case(question: str, asked: list[tuple[int, int, str]], extra: set[str], around: str, held: set[str],
          marked: bool) -> str:
    """The question's words naming the case it asks ("tai nạn giao thông"): the run of its words outside the list's
    lead-in and document name (`around`, its text) holding most of the words no line holds (the last such run on a
    tie). Whole words only: a word of `around` the question pairs with another word ("công" of "công ty" where the
    name says "Công đoàn") is no part of the name there, and a word that is a function word only once folded ("thi"
    of "đi thi", typed with its marks: "thì" is one) is the case's own."""
    around_words = _words(around, marked)
    around_pairs = _pairs(around, marked)
    keys = [w[2] for w in asked]
    runs: list[list[tuple[int, int, str]]] = [[]]
    for n, word in enumerate(asked):
        key = word[2]
        # the words typed right beside it that name something: what it may make a word with
        beside = [(keys[m], key)[::1 if m < n else -1] for m in (n - 1, n + 1) if 0 <= m < len(keys)
                  and not question[min(asked[m][1], word[1]):max(asked[m][0], word[0])].strip()
                  and not _function(keys[m], marked, FUNCTION_FOLDED, FUNCTION_WORDS)]
        named = key in around_words and (not beside or any(pair in around_pairs for pair in beside))
        if named or (_function(key, marked, STOP_FOLDED, STOP_WORDS) and key in held):
            runs.append([])
        else:
            if runs[-1] and question[runs[-1][-1][1]:word[0]].strip():
                runs.append([])  # a mark or a cue between them
            runs[-1].append(word)
    best = max(reversed(runs), key=lambda run: sum(1 for w in run if w[2] in extra))
    # "sinh con theo NQ 02": no function word ending the case; a frame's word ("thông" of "xin thông tin") may
    # ("tai nạn giao thông")
    while best and _function(best[-1][2], marked, FUNCTION_FOLDED, FUNCTION_WORDS):
        best = best[:-1]
    while best and _function(best[0][2], marked, STOP_FOLDED, STOP_WORDS):
        best = best[1:]
    if not best or not any(w[2] in extra for w in best):
        return ""
    # a number said with a word of the case goes with it ("mục tiêu thu năm 2027", "42 km"): no word cut from it
    start = _NUMBER_BEFORE.search(question, 0, best[0][0])
    end = _NUMBER_AFTER.match(question, best[-1][1])
    return question[start.start() if start else best[0][0]:end.end() if end else best[-1][1]]


_NUMBER_BEFORE = re.compile(r"(?<![\w,./-])\d[\d,./]*\s*$")
_NUMBER_AFTER = re.compile(r"\s*\d[\d,./]*\d(?![\w,./-])|\s*\d(?![\w,./-])")


def _function(key: str, marked: bool, folded: frozenset[str], written: frozenset[str]) -> bool:
    """Whether a word as compared (_key) is one of these words naming nothing: as typed when the question has its
    marks ("thi" is no "thì"), else folded."""
    return key in written if marked else fold(key) in folded


def _stop(key: str, marked: bool) -> bool:
    """Whether a question's word (_key) names nothing: a stop word folded ("làm" stays: "lam" names things), and as
    written too when the question has its marks ("đá" of "bóng đá" is no "đã")."""
    return fold(key) in STOP_FOLDED and (not marked or key in STOP_WORDS)


def _light(key: str, marked: bool) -> bool:
    """Whether a question's word (_key) is a light verb of motion ("đi" of "đi nghỉ mát"): how the case is reached,
    not which case; as typed when the question has its marks ("dì" is none)."""
    return key in _LIGHT if marked else fold(key) in _LIGHT_FOLDED


def _listed(case: str, items: list[Passage], marked: bool) -> bool:
    """Whether an item of the list holds every word of the case phrase but its light verbs ("nghỉ mát" of "đi nghỉ
    mát", held by "Tổ chức tham quan, nghỉ mát trong hè: …"): then the list names it, and the item answers."""
    words = {w for w in _words(case, marked) if not _stop(w, marked) and not _light(w, marked)}
    return bool(words) and any(words <= _words(_item_text(q), marked) for q in items)


def _pairs(text: str, marked: bool) -> set[tuple[str, str]]:
    """The pairs of words a text writes side by side, as compared (_key)."""
    return {pair for line in text.split("\n") for seq in (_sequence(line, marked),) for pair in zip(seq, seq[1:])}


def sets_condition(p: Passage) -> bool:
    """A line saying who a rule is for: it opens with a word of `conditions` ("Đối tượng: …") or stands under a
    heading holding one ("Điều 1. Phạm vi và đối tượng áp dụng"), not inside a phrase setting none ("tạo điều kiện":
    `not_conditions`). It answers "… hỗ trợ cho ai" too (composer)."""
    opening = " ".join(fold(_item_text(p)).split()[:DEFAULT.case_opening_words])
    return any(_CONDITION.search(_NOT_CONDITION.sub(" ", text))
               for text in (opening, fold(p.section.split(SECTION_SEP)[-1])))


def _outside_condition(question: str, own: list[Passage]) -> Passage | None:
    """The line of the document setting who its rule is for that bounds a count the question states, the count
    outside it ("mới vào 6 tháng" of "đóng đoàn phí từ 12 tháng trở lên", "50 tuổi" of "dưới 45 tuổi")."""
    return next((q for q in sorted(own, key=lambda q: q.position) if q.block not in CLOSING_KINDS
                 and sets_condition(q) and within_bound(question, q.text) is False), None)


def _with_condition(answer: Answer, condition: Passage) -> Answer:
    """The answer opened by "Không." and the condition it falls outside, cited (its citation's number, or a new one);
    said alone in place of an abstention (what it found nothing saying is said by the condition)."""
    if not answer.found:
        answer = replace(answer, answer="", found=True, citations=[], nearest=False)
    cited = next((c for c in answer.citations if c.passage.position == condition.position
                  and c.passage.doc_id == condition.doc_id), None)
    citations = answer.citations if cited else [*answer.citations,
                                                Citation(len(answer.citations) + 1, condition,
                                                         [(0, len(condition.text))])]
    n = cited.n if cited else len(answer.citations) + 1
    numbered = heading_match(condition.text.strip())  # "2. Đối tượng …": quoted without its number, as lines are
    said = t("answer.case_no", line=f"{quote(numbered.rest if numbered else condition.text)} [{n}]")
    return replace(answer, answer="\n".join(x for x in (said, answer.answer) if x), citations=citations)


# a line's clauses: "…; …" or its sentences (". ", not the dot of "1.500.000")
_CLAUSE = re.compile(r";|\.\s")


def _said_together(question: str, line: str, marked: bool) -> bool:
    """Whether one clause of the line holds every word of the question the line holds: "Có." says the line states the
    act asked of the case asked, not one clause the act ("công đoàn hỗ trợ mỗi đoàn viên …") and another the case
    ("người thân đi kèm tự túc chi phí")."""
    clauses = [_words(c, marked) for c in _CLAUSE.split(line) if c.strip()]
    asked = {w for _, w in _positions(question, marked) if fold(w) not in _FRAME and not _stop(w, marked)
             and not w.isdigit()} & _words(line, marked)
    return len(clauses) < 2 or any(asked <= c for c in clauses)


def _limit_unstated(question: str, line: str) -> bool:
    """Whether a deadline is asked ("… có hạn chót nào không?") and the line sets no time to act by ("Thực hiện Kế hoạch
    số 389-KH/TW ngày 04/10/2019 …": the date of the text it carries out): no "Có." over it."""
    due = parse_due(line)
    return DEADLINE in classify(question).kinds and not states(DEADLINE, line) \
        and not (due and (due.date or due.every or due.by_year))


def _spelled(text: str, marked: bool) -> list[tuple[str, str, bool]]:
    """The text's words in order, each as compared (_key), as written, and whether a mark between a list's items
    stands right before it ("sầu riêng, mắc ca": "mắc" opens another item; a label's colon too: _LIST_MARK)."""
    text = normalize(text)
    return [(_key(m.group(), marked), m.group(), bool(_LIST_MARK.search(text, m.start() - 2 if m.start() > 1 else 0,
                                                                        m.start())))
            for m in _WORD.finditer(text)]


def _content(key: str, marked: bool) -> bool:
    """A word naming something (no number, no function word: as typed when the question has its marks, "thì" is one
    and "thi" is none): what a case phrase is made of."""
    return not key.isdigit() and not _function(key, marked, STOP_FOLDED, STOP_WORDS)


_CELL_BAR = "|"  # ingest joins a table row's cells with it
# "(cà phê, sầu riêng, mắc ca)": a list's items stand between these; no item is another's modifier; nor is the text
# after a label's colon the label's ("Đăng ký: đoàn viên đăng ký …" names no case "đăng ký đoàn viên")
_LIST_MARK = re.compile(r"[,;():]")


def _other_case(question: str, p: Passage, own: list[Passage], marked: bool) -> tuple[str, str] | None:
    """The case phrase a yes or no names ("tai nạn lao động") where the line answering it, or its lead-in, names the
    same head with another modifier ("tai nạn giao thông"), the question's pairing written nowhere in the document:
    (the question's phrase, the line's), or None. Its words each held somewhere ("lao động" of "khả năng lao động"),
    the line reads as stating the case plainly; the phrase says it is another case. Not another modifier: one the
    question holds too, or the line naming the question's own after the head ("kiểm tra việc thu, chi tài chính")."""
    kept = {a for a, _, w in _asked(question, marked) if _content(w, marked)}
    typed = [(m.start(), m.end(), _key(m.group(), marked)) for m in _WORD.finditer(normalize(question))]
    words = [w if a in kept else "" for a, _, w in typed]
    # the question's every word, asking ones too: "hưởng trợ cấp" of "đoàn viên đang nghỉ hưởng trợ cấp" is its own
    every = {w for _, _, w in typed}
    # a table row's cells each on their own: "… lao động tự do | Mức cố định" pairs no "tự do" with "Mức"
    said = [_spelled(cell, marked) for text in (p.text, list_lead(p)) for cell in text.split(_CELL_BAR) if cell.strip()]
    case_pairs = {(a[0], b[0]) for seq in said for a, b in zip(seq, seq[1:])}
    written = {(a, b) for q in [*own, p] for text in (q.text, list_lead(q)) for cell in text.split(_CELL_BAR)
               for seq in (_sequence(cell, marked),) for a, b in zip(seq, seq[1:])}
    # a person's or a place's name is no case's head ("Hoàng Văn Lực làm …" of "Hoàng Văn Lực | … Thợ bảo trì")
    proper = {k for k, (a, _, _) in enumerate(typed) if k and normalize(question)[a].isupper()}
    for i in range(len(words) - 2):
        h1, h2, m = words[i:i + 3]
        if not (h1 and h2 and m) or (h1, h2) not in case_pairs or (h2, m) in written or {i, i + 1} & proper:
            continue
        end = i + 2
        while end + 1 < len(words) and words[end + 1]:
            end += 1
        for seq in said:
            keys = [k for k, _, _ in seq]
            for j in range(len(keys) - 2):
                tail = keys[j + 2:j + end - i + 1]
                # another modifier: one no word of the question is, its own written nowhere after the head
                # in that line ("kiểm tra tài chính" of "Ủy ban Kiểm tra kiểm tra việc thu, chi tài chính": the same);
                # nor the next item of a list ("sầu riêng, mắc ca")
                if keys[j:j + 2] == [h1, h2] and _content(tail[0], marked) and not set(tail) & every \
                        and m not in keys[j + 2:] and not seq[j + 2][2]:
                    stated = " ".join(w for _, w, _ in seq[j:j + 2 + len(tail)])
                    return normalize(question)[typed[i][0]:typed[end][1]], stated
    return None


def with_case(answer: Answer, question: str, doc_chunks: Callable[[str], list[StoredChunk]],
              weights: Weights = DEFAULT, abbreviations: Abbreviations | None = None,
              synonyms: Synonyms | None = None) -> Answer:
    """The answer, said of the case asked (a sum or a yes or no: what a decision lists cases for): a case the list
    of the line answering (or, not answered, of the nearest passage shown that is a list's item) does not hold is said
    not to be named, with the list's cases, each cited; a yes or no the line states plainly, or whose claim (a day,
    an amount, a count) the line confirms, opens with "Có.", one it denies or the document's condition excludes with
    "Không.". The case's words are compared with the abbreviations the question and the document write spelled out
    (`abbreviations`: the store's, as search reads them): "HTX" is the "hợp tác xã" an item names;
    a word the document names by another phrase of its synonym group or by a wider word (`synonyms`: "gà" of "gia
    cầm") is named."""
    if answer.found and not answer.nearest and asks_yes_or_no(as_typed(question)):
        answer = replace(answer, answer=claimed_first(as_typed(question), answer.answer, _sibling_of(answer)))
    # yes or no of a table row: the cell of the column asked says it ("KPCĐ còn nợ (đồng): 0": no)
    first_cited = _first_cited(answer) if answer.found and not answer.nearest and answer.mode == "offline" else None
    verdict = cell_verdict(question, first_cited.passage, _table_rows(first_cited.passage, doc_chunks)) \
        if first_cited else None
    if verdict is not None:
        said, rest = t("answer.cell_yes" if verdict[0] else "answer.cell_no", cell=verdict[1]), answer.answer
        return replace(answer, answer=f"{said} {rest}")
    # a quantity the question states ("120 đoàn viên") that a line's range holds ("từ 50 đến dưới 500 đoàn viên")
    in_range = placed(answer, question, doc_chunks)
    if in_range is not None:
        return in_range
    typed = as_typed(question)  # the case is the one the user's own words name, not a question it went on from
    # a follow-up asks as the question it went on from, when its own words do not ("còn tai nạn giao thông thì sao")
    readings = joined_parts(question) or (question,)
    yes_no = any(map(asks_yes_no, readings))  # of a case; asked_yes_no also "có phải … không" (holds yes_no's frames)
    asked_yes_no = any(map(asks_yes_or_no, readings))
    asked_sum = any({MONEY, NUMBER} & set(classify(reading).strict) for reading in readings)
    if not answer.citations or answer.mode != "offline" or not (asked_yes_no or asked_sum):
        return answer
    # not answered: the nearest passage shown that is an item of a list (of cases, maybe)
    cited = _first_cited(answer) if answer.found else next(
        (c for c in answer.citations if list_lead(c.passage) or list_line(c.passage)), None)
    if cited is None:
        return answer
    p = cited.passage
    marked = not typed_without_diacritics(question)
    spelled = (abbreviations or common_abbreviations()).spelled
    said = spelled(typed)  # its case's words, as the document may write them out
    asked = _asked(said, marked)
    context = _words(spelled(_context(p)), marked) | _held_by_group(said, spelled(_context(p)), synonyms, marked)
    missing = {w for _, _, w in asked if w not in context and not _stop(w, marked)}
    own = [Passage.from_chunk(c, 0.0) for c in doc_chunks(p.doc_id)]
    whole = spelled("\n".join(q.text for q in own))
    anywhere = _words(whole, marked) | _held_by_group(said, whole, synonyms, marked) | context
    extra = {w for w in missing if w not in anywhere}  # named by no line of the document
    items = _siblings(p, own)
    others = set().union(*(_words(_item_text(q), marked) for q in items if q.position != p.position))
    question_words = {w for _, _, w in asked}
    # the words of its own case the item names that no other item of its list does, and the question does not
    case_words = {w for w in _words(_item_text(p), marked) - question_words - others
                  if fold(w) not in STOP_FOLDED and len(w) > 1} if len(items) >= 2 else set()
    # an answer found is told so only of an item paying an amount or a table's row, asked yes or no ("… tai nạn giao
    # thông có được hỗ trợ không?" of "Đoàn viên bị tai nạn lao động: 1.000.000 đồng", which reads as yes; "có môn bóng
    # đá không" of the row "Môn thi đấu: Bóng chuyền hơi"), or answered from two items of
    # the list (no one case settled: "cưới vợ" quoting "sinh con" and "qua đời"); said of any amount found for "bao
    # nhiêu", it turned a checking question's right line unanswered (eval_split, dev2 check cite .864 → .818)
    spread = answer.found and len({c.passage.position for c in answer.citations if c.passage.doc_id == p.doc_id}
                                  & {q.position for q in items}) >= 2
    # a yes or no of a length or how far a thing runs ("… có kéo dài sang tháng 6 không"): its words no line writes
    # are how it is asked, not a case; the span of days answers it (months.py), not a list of cases
    of_period = asked_yes_no and PERIOD in classify(typed).kinds
    if extra and case_words and not of_period and ((not answer.found and (yes_no or states(MONEY, p.text)))
                                 or (answer.found and (yes_no or spread) and (states(MONEY, p.text) or row_cells(p)))) \
            and _in_its_place(_positions(said, marked), asked, missing, _sequence(_item_text(p), marked),
                              case_words):  # a list of cases paid
        around = spelled("\n".join((list_lead(p), p.section, p.document, p.short_title)))
        case = _case(normalize(said), asked, extra, around, context, marked)
        if case and not _listed(case, items, marked):
            text, citations = in_order([t("answer.case_not_listed", document=p.short_title or p.document, case=case),
                                        quote(list_lead(p))], items, shown_items(items, weights))
            return replace(answer, answer=text, found=False, citations=citations, nearest=False)
    # yes or no of a count the line bounds ("… 3 lần một năm không?" of "không quá 02 lần trong một năm"): the bound
    # says it, "Có." within it and "Không." outside it (the "không" of "không quá" is no "no" by itself)
    first, _, rest = answer.answer.partition("\n")
    # yes or no naming a person by name, answered by another person's row: that person's row is what answers it
    judged_by = named_row(typed, first, _table_rows(p, doc_chunks)) \
        if asked_yes_no and answer.found and not answer.nearest and row_cells(p) else None
    # … or claiming a value the line states for its own item, a sibling naming what is claimed: that sibling answers
    others = [q for q in items if q.position != p.position]
    sibling = naming_other(typed, [first, *(q.text for q in others)]) if judged_by is None and asked_yes_no \
        and answer.found and not answer.nearest and len(items) >= 2 else None
    judged_by = judged_by or (others[sibling - 1] if sibling else None)
    if judged_by is not None:
        answer, p = _quoted_first(answer, judged_by), judged_by
        first, _, rest = answer.answer.partition("\n")
    # (asked in any frame of yes or no: "… 50 doanh nghiệp mỗi năm phải không?" of "ít nhất 40 doanh nghiệp")
    bounded = within_bound(typed, first) if asked_yes_no and answer.found and not answer.nearest else None
    within = bounded
    # yes or no of a day or an amount the question claims ("… trước 30/4/2027 phải không?" of "trước ngày 31/3/2027"):
    # the line stating one of that kind says it, "Không." for another day or amount; under a list's lead-in (a line
    # citing nothing, which states none or another: the day of the letter it carries out), the item naming what it is
    # claimed of (listed_claim)
    listed = None
    if within is None and answer.found and not answer.nearest and asked_yes_no:
        listed = None if CITATION_MARK.search(first) else listed_claim(typed, rest.split("\n"))
        within = listed[0] if listed else premise_held(typed, first)
        # a rates table's row stating its subject's rate in another measure ("25.000 đồng/tháng" of "đóng 1%"): no
        otherwise = measured_otherwise(typed, first) if within is None and row_cells(p) else ""
        if otherwise:
            within, listed = False, (False, otherwise)
    if within and bounded and exempted(typed, p):
        within = False  # the row placing the subject exempts it ("Không đóng", "Miễn đóng")
    if within is not None and answer.found and asked_yes_no and refuses_asked(typed, first):
        within = bounded = False  # the act asked is denied by the line stating the day asked ("không tiếp nhận")
    # yes or no of a name placing its subject that the document writes nowhere ("làm ở Foxconn" of "… Công ty TNHH
    # Samsung Display Việt Nam"): the line's own name is what it says — before any other wording of the line's, which
    # may only be the document's word for the same act ("diễn ra" of "tổ chức ở Đà Nẵng")
    named = other_name(typed, first, "\n".join(q.text for q in own)) if within is None \
        and answer.found and not answer.nearest and asked_yes_no else None
    # … nor of a case the line names otherwise ("tai nạn lao động" of "tai nạn giao thông"): never "Có."
    other = _other_case(typed, p, own, marked) if named is None and within is not False and answer.found \
        and not answer.nearest and asked_yes_no else None
    if other is not None and _words(other[0], marked) <= _held_by_group(typed, p.text, synonyms, marked):
        other = None  # the line names it by another phrase of its synonym group ("học sinh trung học phổ thông")
    if named is not None:
        return replace(answer, answer="\n".join(x for x in (t("answer.claim_no", stated=named[1], line=first), rest)
                                                if x))
    if other is not None:
        said = t("answer.case_other", asked=other[0], stated=other[1], line=first)
        return replace(answer, answer="\n".join(x for x in (said, rest) if x))
    if within is not None:  # a claim denied is said with the line's own words for it ("Không, văn bản ghi 300 …")
        denied = "" if within or bounded is not None else listed[1] if listed else premise_denied(typed, first)
        said = t("answer.claim_no", stated=denied, line=first) if denied else \
            t("answer.case_yes" if within else "answer.case_no", line=first)
        return replace(answer, answer="\n".join(x for x in (said, rest) if x))
    # yes or no of someone the document's rule is not for ("mới vào công ty 6 tháng … có được hỗ trợ không?" of
    # "Đối tượng áp dụng là đoàn viên … đóng đoàn phí từ 12 tháng trở lên"): that condition says no, in place of an
    # abstention too (the question's own words for the act, "mới vào làm", need not be the document's)
    condition = _outside_condition(typed, own) if not answer.nearest and asked_yes_no else None
    if condition is not None and not answer.found and (row_cells(condition) or _CELL_BAR in condition.text):
        condition = None  # refused: a table's row or header ("| Trẻ dưới 1 tuổi |") says whom it counts, not whom for
    # … or of the other member of a pair than the rule is for ("Giải … có cho nam tham gia không?" of "Đối tượng: nữ
    # đoàn viên dưới 45 tuổi"), answered or not
    if condition is None and asked_yes_no:
        condition = next((q for q in sorted(own, key=lambda q: q.position) if q.block not in CLOSING_KINDS
                          and sets_condition(q) and only_other_member(typed, q.text)), None)
    if condition is not None:
        return _with_condition(answer, condition)
    # yes or no of a case the line states plainly: no word of the question foreign to its document, every word of its
    # own case asked (or every word of the question held by it, its lead-in, headings and document name)
    plainly = not missing or (not extra and len(items) >= 2 and not case_words)
    if yes_no and answer.found and not answer.nearest and plainly and _said_together(typed, first, marked) \
            and not _NEGATION.search(f"{list_lead(p)}\n{p.text}".lower()) and not _limit_unstated(typed, first):
        return replace(answer, answer="\n".join(x for x in (t("answer.case_yes", line=first), rest) if x))
    return answer
