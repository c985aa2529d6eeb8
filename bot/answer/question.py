"""What kind of fact a question asks for, and whether a sentence states such a fact.

Cues are matched on the folded question (so questions typed without diacritics work too);
fact patterns are matched on the original passage text.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import NamedTuple

from bot.answer.amount_clauses import bound_amounts
from bot.answer.article_asked import without_article_asked
from bot.answer.months import days_reached, span_placed, span_said
from ingest.due import weekdays_named
from ingest.place import named_place
from troly.doc_numbers import DOC_KINDS
from troly.tables import toml
from troly.texts import alternation, pattern
from troly.vntext import (STOP_FOLDED, bodies, common_abbreviations, fold, fold_same_length, has_marks,
                          joined_parts, kind_names, padded_words, place_alternation, places, plain_words,
                          typed_without_diacritics)
from troly.weights import DEFAULT

# Fact kinds. STRICT kinds are ones an answer must contain verbatim: if no well-matching
# passage states one, the documents do not answer the question.
PHONE, EMAIL, MONEY, PERCENT, DATE, NUMBER = "phone", "email", "money", "percent", "date", "number"
ADDRESS, PERSON, YEAR, WEBSITE, PERIOD, CLOCK = "address", "person", "year", "website", "period", "clock"
TIME, RECIPIENT, ACTOR, PLACE, DUTY, REPORT = "time", "recipient", "actor", "place", "duty", "report"
SPAN = "span"  # which span of years ("giai đoạn nào"): a time, said as years
DEADLINE, CUTOFF = "deadline", "cutoff"  # the day a duty is due; the day data is counted to: two days a time may be
BENEFICIARY, PURPOSE, SOURCE = "beneficiary", "purpose", "source"  # who receives; a plan's aim; where money comes from
EFFECTIVE = "effective"  # the day a text takes effect ("có hiệu lực từ ngày …")
REPLACES = "replaces"  # the texts a text replaces or repeals ("… hết hiệu lực kể từ ngày Thông tư này có hiệu lực")
DEFINITION = "definition"  # what a term means ("thế nào thì được gọi là ổ dịch"): a line "Ổ dịch … là …" says it
REFERENCE = "reference"  # a text's number ("thay thế quyết định số mấy"): "… Quyết định số 17/2019/QĐ-UBND" says it
STRICT = (PHONE, EMAIL, WEBSITE, ADDRESS, PERSON, MONEY, PERCENT, DATE, CLOCK, YEAR, PERIOD, REFERENCE, NUMBER)

_TABLE = toml("question_cues.toml")
# "bao nhiêu kinh phí": the things measured in money a cue of an amount asks (count_words.toml [money] sums)
_SUMS = alternation(toml("count_words.toml")["money"]["sums"], spaced=False)
# "quyết định số mấy", "QĐ số mấy": the kinds of text a question names one of by its number (troly/doc_numbers.py)
_KINDS = alternation(DOC_KINDS, spaced=False)
_CUES: dict[str, str] = {kind: cue.replace("{sums}", _SUMS).replace("{kinds}", _KINDS)
                         for kind, cue in _TABLE["asks"].items()}
_CUE_RE = {kind: re.compile(p) for kind, p in _CUES.items()}
_BARE = dict(_TABLE["bare"])
_ASKS_OTHER = re.compile(_BARE.pop("asks_other"))
_BARE_RE = {kind: re.compile(p) for kind, p in _BARE.items()}
# "mỗi ngày bao nhiêu": the word after a per-unit word is the unit of a rate; calendar cues do not read it.
_PER_UNIT = re.compile(r"\b(" + "|".join(_TABLE["per_unit"]["words"]) + r") [a-z]+\b")
_CALENDAR = frozenset(_TABLE["per_unit"]["calendar"])
# ... and after a cue of a count ("bao nhiêu mỗi người", "bao nhiêu một buổi") they open a rate's unit: nothing counted
_RATE_WORDS = frozenset(_TABLE["per_unit"]["words"])
# "trợ cấp cho ai": the "ai" of the beneficiary asked asks no actor, nor "cho ai" a recipient
_NOT_IN_BENEFICIARY = (ACTOR, RECIPIENT)
# kinds whose asking words a line stating the kind holds (Query.stated_by); those stated by a heading as well
STATED_KINDS = tuple(_TABLE["stated"]["kinds"])
HEADED = frozenset(_TABLE["stated"]["headed"])
_SEARCHED: dict[str, list[str]] = _TABLE["stated"]["searched"]
_STATED_ONLY = {kind: re.compile(p) for kind, p in _TABLE["stated"]["only"].items()}
# "đặt mục tiêu … bao nhiêu": words asking a plan's figure, held by a line stating a goal (Query.stated_by[GOAL])
GOAL = "goal"
_GOAL_ASKED = re.compile(_TABLE["stated"]["goal"])

# "gửi qua email được không?": a channel a yes or no is about, which asks no contact of its kind
_VIA = re.compile(_TABLE["channel"]["via"])
_VIA_KINDS = frozenset(_TABLE["channel"]["kinds"])
_CHANNEL_NAMES = {kind: re.compile(p) for kind, p in _TABLE["channel"]["names"].items()}

# "… nói về nội dung gì", "… có nội dung gì": asking what a text or a part of it is about (shared with about_documents)
_ASKS_ABOUT = re.compile(_TABLE["about"]["asks"])

_BODIES = bodies().pattern()  # made once: a twentieth of a second each, at every start of a process
_FACTS: dict[str, str] = {kind: pattern.replace("{bodies}", _BODIES) for kind, pattern in _TABLE["states"].items()}
_TIME_OF_DAY = re.compile(_FACTS.pop("time_of_day"))  # "lúc 7 giờ 30 phút": a moment, no length of time
_FACT_RE = {kind: re.compile(p) for kind, p in _FACTS.items()}
# what joins a date's day, month and year ("ngày 30 tháng 6 năm 2027", "15/01/2027"): a date's figures run on across it
_DATE_JOIN = rf"(?:[/.\-]|\s*(?:{'|'.join(_TABLE['issued_by']['date_joins'])})\s+)"


@dataclass
class QuestionKind:
    kinds: set[str] = field(default_factory=set)

    @property
    def strict(self) -> list[str]:
        """Strict kinds asked for; the most specific first (a percentage is also a number)."""
        found = [k for k in STRICT if k in self.kinds]
        if set(found) & {PERCENT, MONEY, DATE, CLOCK, PHONE, ADDRESS, YEAR, REFERENCE}:
            found = [k for k in found if k != NUMBER]
        return found

    @property
    def soft(self) -> list[str]:
        return [k for k in (TIME, RECIPIENT, ACTOR, PLACE, DUTY, REPORT, DEADLINE, CUTOFF, BENEFICIARY, PURPOSE, SOURCE,
                            EFFECTIVE, REPLACES, DEFINITION) if k in self.kinds]

    @property
    def asks_list(self) -> bool:
        """"… có nhiệm vụ gì?", "… phải báo cáo gì?": what duties or reports, all of them; not who, when, or how
        much (a single fact)."""
        return bool(self.kinds) and self.kinds <= {DUTY, REPORT}

    @property
    def wants_obligations(self) -> bool:
        return bool(self.kinds & {DUTY, REPORT, TIME, RECIPIENT, ACTOR}) or PERCENT in self.kinds \
            or NUMBER in self.kinds


def classify(question: str) -> QuestionKind:
    """The kinds of fact a question asks. A follow-up joined to the question it goes on from ("địa điểm (tiếp theo câu
    hỏi: … tổ chức ngày nào)") asks what the user typed when that asks a kind: a place, not the previous date.
    (A fresh QuestionKind each call, its callers may change it; the reading itself is cached: an answer classifies
    the same passages and sentences many times.)"""
    return QuestionKind(set(_kinds_asked(without_article_asked(question))))


@lru_cache(maxsize=20_000)
def _kinds_asked(question: str) -> frozenset[str]:
    """classify()'s kinds, computed once per text."""
    parts = joined_parts(question)
    own = _kinds_asked(parts[0]) if parts else None
    if own:
        return own
    folded = " " + " ".join(re.findall(r"[a-z0-9%]+", fold(question))) + " "
    if "%" in question:
        folded += " % "
    rates = _PER_UNIT.sub(r"\1", folded)
    kinds = {kind for kind, rx in _CUE_RE.items() if rx.search(rates if kind in _CALENDAR else folded)}
    if BENEFICIARY in kinds:
        beside = _CUE_RE[BENEFICIARY].sub(lambda m: " " * len(m.group()), folded)
        kinds -= {kind for kind in _NOT_IN_BENEFICIARY if not _CUE_RE[kind].search(beside)}
    kinds -= channel_asked(question)
    if REFERENCE in kinds:  # "số hiệu là gì": the "hiệu là gì" of a text's number asks no meaning
        kinds.discard(DEFINITION)
    if NUMBER not in kinds and number_unit(question) and _MARKED_COUNT.search(question.lower()):
        kinds.add(NUMBER)
    if NUMBER in kinds and not kinds & {DATE, CLOCK, YEAR} and number_unit(question) in _COUNT["lengths"]:
        kinds.add(PERIOD)
    # "lương tối thiểu vùng 2026": the quantity named is what is asked, unless a question word asks something else
    if not kinds and "?" not in question and not _ASKS_OTHER.search(folded):
        kinds = {kind for kind, rx in _BARE_RE.items() if rx.search(folded)}
    return frozenset(kinds)


def channel_asked(question: str) -> frozenset[str]:
    """The contact kinds a yes or no names only as the way something is sent ("Gửi đơn qua email có được không?"):
    asked no address of that kind, it is judged by a line naming the channel (names_channel)."""
    folded = padded_words(question)
    if not _VIA.search(folded) or not asks_yes_or_no(question):
        return frozenset()
    plain = _VIA.sub(" ", folded)
    return frozenset(k for k in _VIA_KINDS if _CUE_RE[k].search(folded) and not _CUE_RE[k].search(plain))


def names_channel(kinds: frozenset[str], text: str) -> bool:
    """Whether a line names a channel of these kinds ("… không nhận hồ sơ qua thư điện tử") or states a contact of
    one ("qltm@sct.gov.vn"): only such a line says whether that channel is accepted."""
    folded = plain_words(text)
    return any(_CHANNEL_NAMES[k].search(folded) or states(k, text) for k in kinds)


def without_about_asked(question: str) -> str:
    """The question without its closing words asking what an article it names is about ("Điều 16 … nói về nội dung
    gì", "khoản 2 Điều 5 có nội dung gì"): "nội dung", "vấn đề" there say how it is asked, as "quy định gì" does,
    and no line of the article holds them — counted as its topic, the article's own lines held none of it."""
    if named_place(question) is None:
        return question
    words = list(re.finditer(r"[^\W_]+", question))
    folded = " " + " ".join(fold(w.group()).lower() for w in words) + " "
    m = _ASKS_ABOUT.search(folded)
    if not m:
        return question
    first = folded[:m.start()].count(" ") - 1  # the index of the word the asking words open with
    return question[:words[first].start()].rstrip() if first > 0 else question


def cue_spans(question: str) -> list[tuple[int, int]]:
    """Where the question asks for a kind of fact ("gửi ai", "khi nào"): its cues' spans, in its own offsets."""
    return _cue_spans(fold_same_length(question))


def _cue_spans(folded: str) -> list[tuple[int, int]]:
    """The cues' spans in a folded text. "mỗi ngày": a rate's unit, which calendar cues do not read (classify), kept
    in place so that offsets hold."""
    rates = _PER_UNIT.sub(lambda m: m.group(1) + " " + "_" * (len(m.group()) - len(m.group(1)) - 1), folded)
    return sorted(m.span() for kind, rx in _CUE_RE.items() for m in rx.finditer(rates if kind in _CALENDAR else folded))


# A field's label naming one of these kinds ("Thời gian:", "Địa điểm:", "Mức hỗ trợ") answers a question asking one
# of the kinds beside it: "Thời gian: từ 7 giờ 30 ngày 18/11" is when the event the document plans takes place.
_FIELD_OF = {TIME: {TIME, DATE, CLOCK, YEAR, PERIOD}, PLACE: {PLACE, ADDRESS}, MONEY: {MONEY}}
# "1. Thời gian: …", "- Địa điểm: …": a label of a few words opening a line, before its colon.
_MARK = r"[\s*#>|-]*(?:(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s*)?"  # what may stand before it on its line
_LABEL = re.compile(rf"^{_MARK}([^\W\d][^:;,.()\n]{{1,40}}?)\s*:(?!/)")
_MARKED = re.compile(_MARK)


def field_label(text: str) -> str:
    """The label a line opens with ("Thời gian" of "1. Thời gian: từ 7 giờ 30 …"), or ""."""
    m = _LABEL.match(text)
    return m.group(1) if m and len(m.group(1).split()) <= DEFAULT.label_words else ""


_OCCASION = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _TABLE["words"]["occasion"])) + r")(?!\w)")


@lru_cache(maxsize=4096)  # of every passage's document, question after question
def planned(title: str) -> str:
    """The words of a document's title naming what it organises, before the occasion it marks ("Tổ chức Hội thao" of
    "Tổ chức Hội thao chào mừng ngày Nhà giáo Việt Nam"): the words a field line of it ("Thời gian: …") is about. A
    title naming nothing before it but the document's kind ("Kế hoạch hưởng ứng Tuần lễ Xanh") organises the response
    itself, held while the occasion lasts: its field lines are about the whole title."""
    m = _OCCASION.search(fold_same_length(title.lower()))
    return title[:m.start()] if m and plain_words(title[:m.start()]) not in {"", *kind_names()} else title


def field_answers_any(asked: frozenset[str]) -> bool:
    """Whether a labelled field ("Thời gian:", "Địa điểm:") may give a kind asked."""
    return bool(asked & set().union(*_FIELD_OF.values()))


def opens_line(text: str, start: int) -> bool:
    """Whether the sentence at `start` of `text` opens its line (after its list marker, "2. "), where a label stands."""
    return bool(_MARKED.fullmatch(text, text.rfind("\n", 0, start) + 1, start))


@lru_cache(maxsize=20_000)
def field_answers(label: str, asked: frozenset[str]) -> frozenset[str]:
    """The kinds asked (`asked`) that a field of this label gives: "Thời gian" a date or a time, "Địa điểm" a place.
    (Cached: a store's few labels, asked question after question.)"""
    kinds = classify(label).kinds | ({PLACE} if place_label(label) else set())
    return frozenset(asked & set().union(*(_FIELD_OF.get(k, set()) for k in kinds)))


_PLACE_LABELS = tuple(unicodedata.normalize("NFC", w) for w in _TABLE["where"]["labels"])


def place_label(label: str) -> bool:
    """Whether a field's label says it gives a place: "Địa điểm", "Nơi tổ chức", "Nơi tham quan" ([where] labels,
    its first words); not "Nơi nhận", the bodies a document is sent to, which is no place anything is held. Compared
    with its marks when written with them: "Nội dung" (what is done) folds as "Nơi" does."""
    plain = typed_without_diacritics(label, common_abbreviations())
    said = fold(label) if plain else unicodedata.normalize("NFC", label).lower()
    return any(said == w or said.startswith(w + " ") for w in (map(fold, _PLACE_LABELS) if plain else _PLACE_LABELS)) \
        and RECIPIENT not in classify(label).kinds


@lru_cache(maxsize=50_000)
def states(kind: str, text: str) -> bool:
    """Whether `text` states a fact of this kind (a date, a percentage, a body it is sent to...); a day also by the day
    of the week it falls on (names_weekday). (Cached: the same passages' sentences are checked question after
    question.) A time of day is no length of time ("lúc 7 giờ 30 phút" states no period)."""
    rx = _FACT_RE.get(kind)
    said = _TIME_OF_DAY.sub(" ", text) if kind == PERIOD else text
    return bool(rx and rx.search(said)) or kind == DATE and names_weekday(text)


_COEFFICIENT = re.compile(_TABLE["coefficient"]["bare"])
_COEFFICIENT_OF_WAGE = re.compile(_TABLE["coefficient"]["of_wage"])


def states_coefficient(text: str, line: str) -> bool:
    """Whether `text`, a clause of `line`, states an allowance as a bare coefficient ("Phó Chủ tịch: hệ số 0,2") that
    the line says elsewhere is of the base wage ("Chủ tịch: hệ số 0,3 mức lương cơ sở/tháng; …"): an amount of money,
    though no clause but the first names the wage."""
    return bool(_COEFFICIENT.search(text)) and bool(_COEFFICIENT_OF_WAGE.search(line))


_DAYS = toml("date_words.toml")
# "thứ Sáu hằng tuần", "Chủ nhật tuần thứ hai hằng tháng": a day of the week said to recur
_RECURS = re.compile(rf"[^.;\n]{{0,30}}?(?<!\w){alternation(_DAYS['period_every'])}\s+"
                     rf"{alternation(_DAYS['periods'])}(?!\w)", re.IGNORECASE)


# "vào Chủ nhật", "sáng thứ Bảy", "thứ Hai tuần sau": the words saying a weekday is when something is (question_cues
# [ordinals], folded), as against a weekday inside a name ("Ngày Chủ nhật xanh", "Thứ Bảy tình nguyện")
_WHEN_BEFORE = frozenset(_TABLE["ordinals"]["weekday_before"])
_WHEN_AFTER = re.compile(rf"\s*(?:[:,(]|{alternation(_TABLE['ordinals']['weekday_after'])}(?!\w))", re.IGNORECASE)
_OPENS = re.compile(r"(?:^|[.;:!?\n])[\s\W\d]*$")


def names_weekday(text: str) -> bool:
    """Whether `text` names the day of the week something falls on, as ingest reads a weekly item's day
    (ingest/due.weekdays_named): a day said to recur ("thứ hai hằng tuần", "vào Chủ nhật tuần thứ hai hằng tháng"), or
    "Chủ nhật", a "thứ Hai" written with the day's capital, said as when — after a word of time ("vào", "sáng",
    "các"), before "tuần", or opening its sentence. Such a day answers "ngày nào", "hôm nào" as a date does. Not a
    lower-case "thứ hai" alone (the second of a list), nor an all-capitals heading's ordinal ("PHẦN THỨ HAI", "LẦN
    THỨ HAI"), nor a day inside a name ("tổ chức Ngày Chủ nhật xanh") — though a later day of the same text may be
    ("phong trào “Ngày Chủ nhật xanh” vào Chủ nhật tuần thứ hai hằng tháng")."""
    return any(_said_as_when(text, m) for m in weekdays_named(text))


def _said_as_when(text: str, m: re.Match) -> bool:
    """Whether the day of the week `m` found in `text` is said as when something falls (names_weekday)."""
    if _RECURS.match(text, m.end()):
        return True
    said = m.group(0).split()
    capital = said[-1][:1].isupper() and not said[-1].isupper()
    if fold(said[0]).lower() == fold(_DAYS["weekday_ordinal"]) and not capital:
        return False
    before = text[:m.start()]
    words = before.split()
    cue = bool(words) and fold(words[-1]).lower() in _WHEN_BEFORE and \
        (words[-1].islower() or bool(_OPENS.search(before[:before.rstrip().rfind(words[-1])])))
    return cue or bool(_OPENS.search(before)) or bool(_WHEN_AFTER.match(text, m.end()))


def only_lengths(text: str) -> bool:
    """Whether every figure `text` states is a length of time ("không quá 12 tháng kể từ ngày …"): a number, but of how
    long, not of how much."""
    rx = _FACT_RE[PERIOD]
    return bool(rx.search(text)) and not re.search(r"\d", rx.sub(" ", text))


def only_dates(text: str) -> bool:
    """Whether every figure `text` states is part of a date, a year or a time of day ("trước ngày 20 hằng tháng"): a
    number, but of when, not of how much or how many."""
    rest = text
    for kind in (DATE, YEAR, CLOCK):  # to the date's last figure: "trước ngày 15/01" is matched from "trước ngày 1",
        rest = re.sub(rf"(?:{_FACTS[kind]})(?:{_DATE_JOIN}?\d+)*", " ", rest)  # "… 30 tháng 6 năm 2027" too
    return rest != text and not re.search(r"\d", rest)


def asked_kinds(question: str, soft: bool = False) -> list[str]:
    """The kinds of fact a question asks that a sentence can be tested for: its strict kinds, and with `soft` its
    soft ones too; "giai đoạn nào" (a span of years) only that."""
    kinds = classify(question)
    if soft and SPAN in kinds.kinds:
        return [SPAN]
    return [k for k in (*kinds.strict, *(kinds.soft if soft else ())) if k in _FACT_RE]


def states_any(kinds: tuple[str, ...], text: str) -> bool:
    """Whether `text` states a fact of any of these kinds."""
    return any(states(kind, text) for kind in kinds)


def asked_fact(question: str) -> Callable[[str], bool] | None:
    """A test of whether a passage states the strict kind of fact the question asks for ("bao nhiêu tiền" -> an
    amount, "hạn chót là ngày nào" -> a date), or None when it asks for none: the search favours passages that
    can answer it (vectorstore/search.py). A day a text takes effect is asked of its line saying so, not any date."""
    wanted = (EFFECTIVE,) if EFFECTIVE in classify(question).kinds else tuple(asked_kinds(question))
    return partial(states_any, wanted) if wanted else None


def asked_words(question: str) -> list[str]:
    """The words a line stating a kind of fact the question asks writes, when it may ask in others ("hiệu lực" for
    "áp dụng … từ khi nào"): the search looks for them too (vectorstore/query.QueryAnalyzer)."""
    kinds = classify(question).kinds
    return [word for kind, words in _SEARCHED.items() if kind in kinds for word in words]


def states_asked(question: str, text: str) -> bool:
    """Whether `text` states a fact of a kind the question asks (a date for "khi nào", a body for "gửi ai"), or is a
    field labelled as one ("Địa điểm: Sân trường" for "ở đâu"); true when the question asks no kind a text can be
    tested for ("nhiệm vụ gì")."""
    wanted = tuple(asked_kinds(question, soft=True))
    label = field_label(text)
    return not wanted or states_any(wanted, text) or bool(label and field_answers(label, frozenset(wanted)))


# Cue words describe the kind of answer, not its topic, where a phrase asking a kind of fact holds them (cue_tokens).
CUE_WORDS = frozenset(_TABLE["words"]["cue"])
MOMENT_WORDS = frozenset(tuple(w.split()) for w in _TABLE["words"]["moment"])
RECEIVE_WORDS = frozenset(tuple(w.split()) for w in _TABLE["words"]["receive"])
ATTEND_WORDS = frozenset(tuple(w.split()) for w in _TABLE["words"]["attend"])
INTENDED_WORDS = frozenset(tuple(w.split()) for w in _TABLE["words"]["intended"])
WHICH_WORDS = frozenset(tuple(w.split()) for w in _TABLE["words"]["which"])
WHICH_ASKED: str = _TABLE["words"]["which_asked"]
ASKS_WHEN = frozenset({DATE, CLOCK, TIME})
# the kinds one asking phrase is read as ("ở đâu": a place or a recipient): one slot of a question
SLOTS = tuple(frozenset(group) for group in _TABLE["slots"]["groups"])


def slot_stated(kind: str, asked: set[str], stated: set[str]) -> bool:
    """Whether a kind asked answers a slot that a kind already stated answers ("recipient" of "ở đâu" after "place")."""
    return kind in asked and any(kind in group and not group.isdisjoint(stated) for group in SLOTS)


_COUNT = toml("count_words.toml")
SPAN_UNIT: str = _COUNT["span_unit"]  # the unit a span of days counts ("ngay"), as number_unit names it
NEWLY = frozenset(_COUNT["newly_marked"])  # "công nhận mới": asked a count, how it is counted (Query.asking)
_MEASURE_WORDS = frozenset(_COUNT["head"]["measure_words"])
_MEASURE_FOLDED = frozenset(fold(w) for w in _MEASURE_WORDS)


def measure_word(token: str) -> bool:
    """"mức", "tổng": a word of a question saying only how the amount it asks is measured (count_words.toml [head]
    measure_words); one typed without marks, that no document's word restored ("tong"), matched folded."""
    word = token.lower()
    return word in _MEASURE_WORDS or not has_marks(word) and word in _MEASURE_FOLDED
# a unit may end in a power ("m2", "km2")
# (not a cue before another: "công nhân may bao nhiêu", folded, is no "mấy bao" — "may" there is a garment's)
_HOW_MANY_CUE = "|".join(_COUNT["how_many"])
_UNIT_Q = re.compile(rf"\b(?:{_HOW_MANY_CUE})\s+(?!(?:{_HOW_MANY_CUE})\b)([a-z]+\d?)\b")
# ... the word after such a cue as typed, marks and all ("bao nhiêu thì")
_UNIT_MARKED = re.compile(rf"(?<!\w){alternation(_COUNT['how_many_marked'])}\s+(\w+)")
# "05 (năm) ngày", "15 (mười lăm) ngày": legal texts spell a number out in brackets between it and its unit
_SPELLED = r"(?:\s*\([^()\d]{2,40}\))?"
_MARKED_COUNT = re.compile(r"(?<!\w)(?:" + "|".join(_COUNT["marked"]) + r")(?!\w)")
# ... and the same word typed with other marks or none in a question typed with them is another word ("công ty may":
# a garment company; "may mắn"; "nhà máy"): no cue of a count there.
_MARKED_CUES = frozenset(unicodedata.normalize("NFC", w) for w in _COUNT["marked"])
_PLAIN_MARKED = re.compile(r"(?<!\w)(?:" + "|".join(fold(w) for w in _COUNT["marked"]) + r")(?!\w)", re.IGNORECASE)
# "đi xe máy … bao nhiêu 1 km": folded, "may" may be "máy" (a reading restoring a question's marks writes either), so
# in a clause asking with a cue that is no other word ("bao nhiêu"), only that cue says what is counted
_SURE_Q = re.compile(r"\b(?:" + "|".join(c for c in _COUNT["how_many"] if c not in {fold(w) for w in _COUNT["marked"]})
                     + r")(?:\s+([a-z]+\d?))?\b")
# "1.500 đoàn viên", "2,5 triệu người": a count written with its thousands grouped or with a decimal comma is one number
_DIGITS = r"\d{1,3}(?:\.\d{3})+(?!\.?\d)|\d+(?:,\d+)?"
# "có mặt 8/9 ủy viên": N of M counts N of what follows (not a day: "ngày 20/11", "tháng 11/2026")
_FRACTION = r"(?<!ngay )(?<!thang )\d{1,3}/\d{1,3}(?![\d/])"
_NUMBER_WORDS = "(?:" + "|".join([_FRACTION, _DIGITS, *_COUNT["numbers"],
                                   *(w + r" \S+" for w in _COUNT["at_least"])]) + ")"


_QUOTE = "[\"\u201c]?"  # "12 “Mái ấm công đoàn”": a name counted may stand in quotes after its number
_DAY = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
_RANGE_JOIN = "|".join(map(re.escape, _COUNT["range_joins"]))
_DAY_SPAN = re.compile(rf"\btu (?:ngay )?{_DAY} ?(?:{_RANGE_JOIN}) ?(?:het )?(?:ngay )?{_DAY}")


def abbreviations_spelled(text: str) -> str:
    """The text with each abbreviation spelled out as prompts/abbreviations.tsv writes it ("ATGT": "an toàn giao
    thông"): a document's title or heading writes the words."""
    return common_abbreviations().spelled(text)


@lru_cache(maxsize=20_000)
def _count_cues(text: str) -> str:
    """The text with each word of the marked cues typed without its marks blanked out (same length), when the text is
    typed with diacritics: "may", "máy" there are no "mấy" (_PLAIN_MARKED)."""
    if typed_without_diacritics(text, common_abbreviations()):
        return text
    return re.sub(r"\w+", lambda m: " " * len(m.group()) if _PLAIN_MARKED.fullmatch(fold(m.group()))
                  and unicodedata.normalize("NFC", m.group()).lower() not in _MARKED_CUES else m.group(), text)


def _clauses(question: str) -> list[str]:
    """The question's clauses, folded to words, with its abbreviations spelled out ("bn tiền": "bao nhieu tien")."""
    spelled = abbreviations_spelled(_count_cues(question))
    return [" ".join(re.findall(r"[a-z0-9]+", clause)) for clause in re.split(r"[,;:?!.()]", fold(spelled))]


# the nouns a document counts in (count_words.toml counted_alike): a unit after a cue of a count, though folded it is
# also a function word ("bao nhiêu giờ" counts hours; "giờ" of "bây giờ" names nothing) — not after a cue asking the
# time of day ("mấy giờ")
_COUNTED_NOUNS = frozenset(noun for nouns in _COUNT["counted_alike"].values() for noun in nouns)


@lru_cache(maxsize=20_000)
def number_unit(question: str) -> str:
    """The thing counted in "bao nhiêu ngày" / "mấy mô hình" (folded first syllable), if any; one typed as an
    abbreviation is what it stands for ("bao nhiêu ĐV": "đoàn viên"). Only a word of the same clause: in "được
    thưởng bao nhiêu, giải nhì …" nothing is counted ("giải" is the next clause). Nor a function word typed with its
    marks ("thu nhập bao nhiêu thì …": "thì" goes on with the clause; folded, "thi" may be "thí" of "thí sinh"), unless
    it is a noun things are counted in ("bao nhiêu giờ": _COUNTED_NOUNS)."""
    for clause in _clauses(question):
        m = _SURE_Q.search(clause) or _UNIT_Q.search(clause)
        if m:
            unit = m.group(1) or ""
            function = unit in STOP_FOLDED and not (unit in _COUNTED_NOUNS and not _CUE_RE[CLOCK].search(clause))
            return "" if function or unit in _COUNT["not_units"] or unit in _RATE_WORDS \
                or unit in _marked_not_units(question) else unit
    return ""


_HOW_MANY = re.compile(r"\b(?:" + "|".join(map(re.escape, _COUNT["how_many"])) + r")\b")
_LENGTH_ASKED = re.compile(r"\b(?:" + "|".join(map(re.escape, _COUNT["length_asked"])) + r")\b")


def asks_how_much(question: str) -> bool:
    """Whether a bare "bao nhiêu" asks how much ("mức đóng đoàn phí là bao nhiêu"): a number asked by a word asking
    one (count_words.toml how_many; not "ít nhất 03 ngày" of a statement to judge), of no unit counted and no length
    of time asked ("thời hạn … là bao nhiêu", count_words.toml length_asked), so a figure that is only a
    length of time ("từ 12 tháng trở lên") or a day does not give it."""
    clauses = _clauses(question)
    return classify(question).strict == [NUMBER] and not number_unit(question) \
        and any(_HOW_MANY.search(clause) for clause in clauses) \
        and not any(_LENGTH_ASKED.search(clause) for clause in clauses)


def _marked_not_units(question: str) -> set[str]:
    """The folded forms of the words the question writes right after a cue of a count that, as typed, are no unit
    ("bao nhiêu thì": count_words.toml not_units_marked): the marks tell "thì" from "thí", which folding merges."""
    return {fold(m.group(1)) for m in _UNIT_MARKED.finditer(unicodedata.normalize("NFC", question).lower())
            if m.group(1) in _COUNT["not_units_marked"]}


def classified(question: str) -> str:
    """The thing a classifier asked as the unit counts ("bao nhiêu căn Mái ấm": "mai"; count_words.toml classifiers),
    folded first syllable, or "": a document counts it with or without its classifier."""
    for clause in _clauses(question):
        m = _UNIT_Q.search(clause)
        if m:
            after = clause[m.end():].split()
            return after[0] if m.group(1) in _COUNT["classifiers"] and after and after[0] not in STOP_FOLDED else ""
    return ""


def kind_units(question: str) -> set[str]:
    """The folded unit words the question asks its amount in ("tien" of "bao nhiêu tiền", "dong" of "mấy đồng"):
    they ask the kind of fact, which any amount stated answers ("mỗi đoàn viên 3.000.000 đồng"), and name no topic.
    Not the first word of people counted ("mấy đồng chí")."""
    return {m.group(1) for clause in _clauses(question) for m in _UNIT_Q.finditer(clause)
            if m.group(1) in _COUNT["kind_units"]
            and " ".join([m.group(1), *clause[m.end():].split()[:1]]) not in _COUNT["people"]}


# a bound word ("tối thiểu", "ít nhất", "không quá") before what asks the amount ("bao nhiêu", "mấy", "bao lâu")
_BOUND_ASKED = re.compile(r"(?<!\w)(" + "|".join(sorted({*_COUNT["bounds"], *_COUNT["at_least"], *(
    w for said in _COUNT["bounds"].values() for w in said)}, key=len, reverse=True)) + r")\s+(?:(?:"
    + "|".join(_COUNT["bound_joins"]) + r")\s+)?(?:" + "|".join(_COUNT["bound_asked_by"]) + r")(?!\w)")


def bound_asked(question: str) -> set[str]:
    """The folded syllables of a bound word asking a bound of the amount ("tối thiểu" of "thưởng Tết tối thiểu bao
    nhiêu", "ít nhất" of "cần ít nhất mấy người"): like the unit of "bao nhiêu tiền" (kind_units), they ask the kind
    of fact — any line stating a bound holds them ("98% trở lên", bounds_said) — and name no topic. Not a bound
    inside a name ("lương tối thiểu vùng là bao nhiêu")."""
    return {word for clause in _clauses(question) for m in _BOUND_ASKED.finditer(clause) for word in m.group(1).split()}


_NUMBER_LIKE = re.compile(r"\w+")
_FOLDED_NUMBERS = frozenset(_COUNT["numbers"])
_MARKED_NUMBERS = frozenset(_COUNT["numbers_marked"])


def _no_false_numbers(text: str, unit: str = "") -> str:
    """The text with each word that folds to a number word but is written with other marks ("tạm", "bà") blanked
    out, when the text is typed with diacritics: folded, it would read as a number ("tam" = "tám") — except the unit
    counted (folded): asked "bao nhiêu trạm y tế", "173 trạm" counts it, though "trạm" folds as "trăm" does."""
    if typed_without_diacritics(text, common_abbreviations()):
        return text
    kept = unit.split()
    return _NUMBER_LIKE.sub(lambda m: " " * len(m.group()) if fold(m.group()) in _FOLDED_NUMBERS
                            and m.group().lower() not in _MARKED_NUMBERS and fold(m.group()).lower() not in kept
                            else m.group(), text)


def _folded_count(text: str, unit: str = "") -> str:
    """The text folded for reading counts in, its false numbers blanked (_no_false_numbers) but for `unit`."""
    # punctuation kept: "02-NQ/TW ngày" is no count of days
    return " ".join(fold(_no_false_numbers(text, unit)).split())


# A number that is a day or month of a date ("ngày 31 tháng 1 năm 2027": no count of months nor of years), and the
# words that, standing between a number and the unit asked, say the number is of another unit ("60 phút mỗi ngày":
# minutes, not days; "2 chuyên mục mỗi tháng"): a unit of time, money or measure, or a word of a rate.
_DATE_PART: dict[str, str] = _COUNT["date_parts"]
_OTHER_UNIT = alternation([*_COUNT["other_units"], *_TABLE["per_unit"]["words"]], spaced=False)
# "14 trường hợp người lao động": words counting cases or turns of the noun after them (count_words.toml counted_as)
_COUNTED_AS = alternation(_COUNT["counted_as"], spaced=False)


# "giai đoạn 2022 - 2025 đang ở nhà tạm": the year ending a span of years counts nothing after it
_NOT_YEAR_SPAN = "".join(rf"(?<!\d{{4}}{join})" for join in (" - ", "-", " – ", "–"))


def _counts_in(unit: str, folded: str, beside: bool = False) -> bool:
    """Whether a folded text writes a number of `unit` in that very word ("5 ngày", "8/9 ủy viên"), or with a word or
    two between ("12 “Mái ấm công đoàn”", "03 cán bộ đoàn viên") that is no other unit ("60 phút mỗi ngày" counts
    minutes), past a word counting cases or turns of it ("14 trường hợp người lao động": count_words.toml counted_as);
    not the day or month of a date ("tháng 1 năm 2027"), nor the last year of a span of years (_NOT_YEAR_SPAN).
    `beside`: only the number written right before the word ("6.420 nhà trọ", not "21 vụ tại nhà trọ")."""
    # "45m2", "200m", "12°C": a unit may follow a figure unspaced (not a number word: "ba m" is no "bam")
    space = r"(?:(?<=\d)|\s)\s*"
    between = "" if beside else rf"(?:{_COUNTED_AS}\s+)?(?:(?!{_OTHER_UNIT}\b)[a-z]+\s+){{0,2}}?"
    date = rf"(?<!{_DATE_PART[unit]} )" if unit in _DATE_PART else ""
    counted = (rf"(?<![\w/.-]){date}{_NOT_YEAR_SPAN}{_NUMBER_WORDS}{_SPELLED}{space}{_QUOTE}{between}"
               rf"{re.escape(unit)}(?!\w)")
    return bool(pattern(counted).search(folded))


def counted_alike(question: str) -> list[str]:
    """The nouns a document may count what the question counts in ("bầu bao nhiêu ủy viên": "đồng chí", "người" …;
    "bao nhiêu căn": "nhà"), folded: those of its class in count_words.toml's counted_alike; [] when it is in none."""
    for clause in _clauses(question):
        m = _UNIT_Q.search(clause)
        if m:
            said = clause[m.start(1):] + " "
            return next((nouns for nouns in _COUNT["counted_alike"].values()
                         if any(said.startswith(noun + " ") for noun in nouns)), [])
    return []


_SUM_ASKED = re.compile(rf"\b(?:{_HOW_MANY_CUE})\s+({_SUMS})\b")


def sum_asked(question: str) -> str:
    """The thing measured in money whose amount the question asks ("hoc phi" of "giảm bao nhiêu học phí";
    count_words.toml [money] sums), folded, or ""."""
    m = next(filter(None, map(_SUM_ASKED.search, _clauses(question))), None)
    return m.group(1) if m else ""


@lru_cache(maxsize=50_000)
def states_share_of(thing: str, text: str) -> bool:
    """Whether `text` states a share of the thing asked ("Giảm 70% học phí …; giảm 50% học phí …", "thu bằng 75% mức
    học phí" of "học phí"): how a directive sets that amount, as relative to the whole as a figure in đồng is absolute
    — it answers "bao nhiêu học phí" (a percentage question is not changed: "học phí" names no kind there)."""
    return bool(thing) and bool(re.search(rf"\d+(?:[.,]\d+)?\s*%\s+(?:cua\s+)?(?:muc\s+)?{re.escape(thing)}\b",
                                          " ".join(fold(text).split())))


_MEASURES: dict[str, list[str]] = _COUNT["measure_units"]
# each unit a question may name, as written or only as said ("độ": count_words.toml measure_said) → its class
_UNIT_CLASS = {**{u: kind for kind, units in _MEASURES.items() for u in units}, **_COUNT["measure_said"]}


def measured_in(question: str) -> list[str]:
    """The units a document may state the amount asked in, folded: those of the class of the unit asked ("rộng mấy
    mét": "m", "km" …; "mấy khối": "m3" …), the longest unit said deciding ("mét vuông": an area), or of the classes a
    substance asked how much of is measured in ("bao nhiêu nước ngọt": the units of volume) (count_words.toml
    measure_units, measure_said, measured); [] when it asks neither. A figure is stated in a unit's symbol as often as
    in its name ("bao nhiêu độ": "12°C")."""
    for clause in _clauses(question):
        m = _UNIT_Q.search(clause)
        if m:
            said = clause[m.start(1):] + " "
            unit = max(((len(u), kind) for u, kind in _UNIT_CLASS.items() if said.startswith(u + " ")), default=None)
            if unit:
                return _MEASURES[unit[1]]
            kinds = max(((len(noun), kinds) for noun, kinds in _COUNT["measured"].items()
                         if said.startswith(noun + " ")), default=(0, []))[1]
            return [u for kind in kinds for u in _MEASURES[kind]]
    return []


# "<what> là bao nhiêu": the subject of the amount asked, said before a copula and the cue of an amount (folded words)
_SUBJECT_ASKED = re.compile(rf"^(.+?)\s+{alternation(_COUNT['head']['copulas'], spaced=False)}\s+"
                            rf"(?:{alternation(_COUNT['head']['bounds'], spaced=False)}\s+)?"
                            rf"{alternation(_COUNT['how_many'], spaced=False)}(?!\S)")
_MEASURE_HEADS = re.compile(rf"^(?:{alternation(_COUNT['head']['measures'], spaced=False)}\s+)+")
# words opening a subject that name no thing an amount is of, as typed (folded when typed without diacritics: "moi"):
# what it is paid per ("mỗi đoàn viên": count_words.toml amount_clauses per) and a title of address before a person's
# name ("Chị Hoàng Thị Lan": question_cues.toml issued_by address; the name is what the amount is asked of)
_SPENT_ON: list[str] = _COUNT["head"]["spent_on"]  # "mua" of "kinh phí mua bồn chứa nước": how the money is spent
_NOT_HEADS = [w for w in [*_COUNT["amount_clauses"]["per"], *toml("question_cues.toml")["issued_by"]["address"]]
              if re.fullmatch(r"\w+(?: \w+)*", w)]


def _frames_ended(words: list[str], folded: list[str], plain: bool) -> list[int]:
    """Where the subject asked may start past a frame before it ("Quy chế … quy định định mức nhiên liệu …", "Đi công
    tác nước ngoài thì phụ cấp lưu trú …"): after each frame word (count_words.toml [head] frames, as typed; typed
    without diacritics, only those whose plain form is no other word), the last first, then the clause's start."""
    frames = _COUNT["head"]["frames_plain"] if plain else _COUNT["head"]["frames"]
    seq = folded if plain else words
    ends = {i + len(parts) for frame in frames for parts in [frame.split()]
            for i in range(len(seq) - len(parts) + 1) if seq[i:i + len(parts)] == parts}
    return [*sorted(ends, reverse=True), 0]


def _head_from(start: int, end: int, words: list[str], folded: list[str], plain: bool, size: int
               ) -> tuple[str, ...]:
    """The head of the subject between these words: past a number and the word naming it ("năm 2025": when, not
    what), the words naming a measure, what it is paid per and a title of address (_NOT_HEADS), a verb of spending
    after a measure ("kinh phí mua bồn chứa nước": "bồn chứa", which a line may say is given, "cấp"), its first words
    up to a function word."""
    kept = [i for i in range(start, end) if not (folded[i].isdigit() or i + 1 < end and folded[i + 1].isdigit())]
    typed = [fold(w) for w in _NOT_HEADS] if plain else _NOT_HEADS
    spent = [fold(w) for w in _SPENT_ON] if plain else _SPENT_ON
    measured = False
    while kept:
        measure = _MEASURE_HEADS.match(" ".join(folded[i] for i in kept) + " ")
        said = " ".join((folded if plain else words)[i] for i in kept) + " "
        # a verb of spending right after a measure ("kinh phí mua …"): the noun after it is what the money is of
        acts = spent if measured else []
        n = len(measure.group().split()) if measure else max(
            (len(w.split()) for w in [*typed, *acts] if said.startswith(w + " ")), default=0)
        if not n:
            break
        measured = measured or bool(measure)
        kept = kept[n:]
    head = []
    for i in kept[:size]:
        if folded[i] in STOP_FOLDED or not folded[i].isalpha():
            break
        head.append(folded[i] if plain else words[i])
    return tuple(head)


def asked_head(question: str, size: int = DEFAULT.head_words) -> tuple[str, ...]:
    """The noun an amount is asked of, lower case as typed ("mức phạt vi phạm nồng độ cồn … là bao nhiêu": "phạt",
    "vi"; "lương cơ sở năm 2027 là bao nhiêu": "lương", "cơ"; folded when typed without diacritics): the first words
    of the subject of "… là bao nhiêu" — past a frame ("… quy định", "… thì") when words follow it ("đúng nơi quy
    định" ends a subject, frames none) — past the words naming only a measure of it ("mức", "tổng", "tỷ lệ", "chỉ
    tiêu"; count_words.toml [head]), up to a function word, at most `size` words (weights.head_words). A line stating an
    amount of none of it states another thing's amount (abstain.py); () when the question has no such subject."""
    plain = typed_without_diacritics(question, common_abbreviations())
    spelled = abbreviations_spelled(_count_cues(question)).lower()
    for clause in re.split(r"[,;:?!.()]", spelled):
        words = re.findall(r"\w+", clause)
        folded = [fold(word) for word in words]
        m = _SUBJECT_ASKED.search(" ".join(folded))
        if m:
            end = len(m.group(1).split())
            return next((head for start in _frames_ended(words[:end], folded[:end], plain)
                         if (head := _head_from(start, end, words, folded, plain, size))), ())
    return ()


_NOUN_FIRST = alternation(_COUNT["noun_first_leads"], spaced=False)  # "so", "so luong" (folded, one space apart)


@lru_cache(maxsize=2_000)
def _named_count(question: str) -> re.Pattern[str] | None:
    """How a document states the number of what the question counts with its noun first ("bao nhiêu học viên":
    "Tổng số học viên dự kiến 180 người", "Số lượng đại biểu: 120 đồng chí"): "số" and the noun (its first two words
    or its first), then, in the same clause, a figure and a noun counting in general (count_words.toml
    noun_first_classifiers). None when nothing is counted."""
    for clause in _clauses(question):
        m = _UNIT_Q.search(clause)
        if m:
            words = clause[m.start(1):].split()[:2]
            if words[0] in STOP_FOLDED:
                return None
            nouns = "|".join(re.escape(" ".join(words[:n])) for n in range(len(words), 0, -1))
            after = "|".join(map(re.escape, _COUNT["noun_first_classifiers"]))
            return re.compile(rf"\b{_NOUN_FIRST} (?:{nouns})\b[^.;:!?]{{0,40}}?(?<![\w/.,-])(?:{_DIGITS})\s+"
                              rf"(?:{after})\b")
    return None


def counts_named(question: str, text: str) -> bool:
    """Whether `text` states the number of what the question counts with the noun before the figure (_named_count)."""
    rx = _named_count(question)
    return rx is not None and bool(rx.search(_folded_count(text)))


def counts_any(nouns: list[str], text: str) -> bool:
    """Whether `text` gives a number of one of these nouns, each in its own word ("gồm 11 đồng chí")."""
    return any(_counts_in(noun, _folded_count(text, noun)) for noun in nouns)


def counts_beside(unit: str, text: str) -> bool:
    """Whether `text` writes a number right before `unit`, the noun a count is asked of ("Toàn thành phố hiện có 6.420
    nhà trọ" of "bao nhiêu nhà trọ"): that number counts it, where "21 vụ tại nhà trọ" counts fires near it."""
    return _counts_in(unit, _folded_count(text, unit), beside=True)


def counts(unit: str, text: str) -> bool:
    """Whether `text` gives a number of `unit` ("5 ngày", "ít nhất 01 đoàn viên" for "bao nhiêu người"); days also by
    the two days a span runs between ("từ ngày 24/7 đến ngày 26/7": how many days is read off them)."""
    folded = _folded_count(text, unit)
    if unit == SPAN_UNIT and _DAY_SPAN.search(folded):
        return True
    if _counts_in(unit, folded):
        return True
    if unit not in _COUNT["generic"]:
        return False
    other = "|".join(map(re.escape, _COUNT["not_people"]))
    people = "|".join(map(re.escape, _COUNT["people"]))
    # the word after a figure names who is counted, not an everyday word ("năm học 2026 - 2027 trong tháng 11"); after
    # a number word only a word for people does ("ba thành viên"): "năm học", "sáu tháng" count nobody
    words = "|".join(map(re.escape, _COUNT["generic"] + _COUNT["people"]))
    figure = "|".join([_DIGITS, *(w + r" \S+" for w in _COUNT["at_least"])])
    return bool(re.search(rf"(?<![\w/.,-])(?:{'|'.join(_COUNT['numbers'])})\s+(?:{words})\b", folded)) or any(
        m.group(1) is None or m.group(1) not in STOP_FOLDED for m in re.finditer(
            rf"(?<![\w/.,-])(?:{figure})\s+(?:(?:{people})\b|(?!(?:{other})\b)([a-z]{{2,}})\b)", folded))


def _placed(tokens: list[str]) -> tuple[str, list[tuple[str, str, int]]]:
    """The tokens folded and joined by single spaces, a space at either end (a cue's pattern matches there), and each
    token with its folded word and where that starts in the joined text: which tokens a cue's span covers."""
    placed, text = [], " "
    for tok in tokens:
        word = fold(tok)
        placed.append((tok, word, len(text)))
        text += word + " "
    return text, placed


def _overlapped(placed: list[tuple[str, str, int]], spans: list[tuple[int, int]]) -> set[str]:
    """The tokens (_placed) any of the spans overlaps."""
    return {tok for tok, word, start in placed if any(a < start + len(word) and start < b for a, b in spans)}


def stated_words(tokens: list[str], kinds: set[str]) -> dict[str, frozenset[str]]:
    """The tokens of a question inside its phrase asking each kind of STATED_KINDS it asks ("hạn" and "chót" of "hạn
    chót chi trả", "lấy" and "quỹ" of "lấy từ quỹ nào"): a line stating that kind holds them ("Việc chi trả hoàn thành
    trước ngày 30/11"), as a line stating an amount holds "tiền" of "bao nhiêu tiền" — they say what is asked; asked an
    amount, its words asking a plan's figure ("đặt mục tiêu"), held by a line stating a goal (GOAL)."""
    text, placed = _placed(tokens)
    out: dict[str, frozenset[str]] = {}
    for kind in STATED_KINDS:
        if kind not in kinds:
            continue
        words = frozenset(_overlapped(placed, [m.span() for m in _STATED_ONLY.get(kind, _CUE_RE[kind]).finditer(text)]))
        if words:
            out[kind] = words
    goal = frozenset(_overlapped(placed, [m.span() for m in _GOAL_ASKED.finditer(text)])) if kinds & {
        MONEY, NUMBER, PERCENT} else frozenset()
    return out | ({GOAL: goal} if goal else {})


def cue_tokens(tokens: list[str]) -> set[str]:
    """The tokens of a question (Lexicon.tokens, in order) that say what kind of fact it asks, not what about: a cue
    word inside a phrase asking a kind of fact ("điện" of "số điện thoại", "ngày" of "ngày nào") or the unit it
    counts ("ngày" of "bao nhiêu ngày"). Elsewhere the same word names the topic ("tiết kiệm điện", "Luật Điện
    ảnh", "ngày công"), so the phrase decides, not the word. A token the question also asks with is a cue all the
    same ("ngày" of "ngày Nhà giáo Việt Nam là ngày nào"): any passage stating the fact asked holds
    it ("ngày 18/11")."""
    return {tok for tok in asking_words(tokens) if fold(tok) in CUE_WORDS}


def counted_spans(question: str) -> list[tuple[int, int]]:
    """Where a question names the unit it counts ("đại" of "bao nhiêu đại biểu"), in its own offsets: what is asked, as
    the unit of asking_words is, not what it is asked about."""
    return [m.span(1) for m in _UNIT_Q.finditer(fold_same_length(_count_cues(question)).lower())]


def asking_words(tokens: list[str]) -> set[str]:
    """The tokens of a question standing inside a phrase asking a kind of fact ("hạn" and "chót" of "hạn chót",
    "ngày" of "ngày nào") or the unit it counts: what they say may be only that kind (cue_tokens)."""
    text, placed = _placed(tokens)
    counted = " " + " ".join(map(fold, _count_cues(" ".join(tokens)).split(" "))) + " "  # same offsets as text
    return _overlapped(placed, _cue_spans(text) + [m.span(1) for m in _UNIT_Q.finditer(counted)])


def whom_frame(tokens: list[str]) -> set[str]:
    """The everyday words of a question asking who receives ("cho những ai", "những đối tượng nào", typed "cho nhung ai"
    too): the function words inside its cue (question_cues.toml beneficiary) ask who, and no line saying whom repeats
    them ("Điều 2. Đối tượng áp dụng: 1. Sở …"); typed without marks, "nhung" is none of the topic's words."""
    text, placed = _placed(tokens)
    spans = [m.span() for m in _CUE_RE[BENEFICIARY].finditer(text)]
    return {tok for tok, word, start in placed
            if word in STOP_FOLDED and any(a <= start and start + len(word) <= b for a, b in spans)}


def _said_bound(asked: str, said: list[str]) -> re.Pattern[str]:
    """A bound's words as a document states it: the question's word, those listed, and `at_least`'s for a minimum."""
    words = dict.fromkeys([asked, *said, *(_COUNT["at_least"] if asked in _COUNT["at_least"] else [])])
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


_BOUNDS = {asked: _said_bound(asked, said) for asked, said in _COUNT["bounds"].items()}


_ASKS_BOUND = re.compile(r"\s*(?:(?:" + "|".join(_COUNT["bound_joins"]) + r")\s+)?(?:(?:"
                         + "|".join(_COUNT["bound_asked_by"]) + r")(?!\w)|\d)|\s*(?:[,;:?!.]|$)")


def _topic_pairs(text: str) -> set[tuple[str, str]]:
    """Pairs of neighbouring content syllables ("ho tro", "uy vien"), folded: what is named, as a word of two
    syllables names it; a single syllable ("nam", "lao") says too little."""
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in STOP_FOLDED]
    return {(a, b) for a, b in zip(words, words[1:]) if not (a + b).isdigit()}


def _bounded(asked: str, start: int) -> set[tuple[str, str]]:
    """What a bound word bounds, named just before it in its clause ("mức hỗ trợ tối đa", "số ủy viên tối đa"): the
    last three words' pairs."""
    clause = re.split(r"[,;:?!.]", asked[:start])[-1]
    return _topic_pairs(" ".join(re.findall(r"[a-z0-9]+", clause)[-3:]))


_CLAUSE = re.compile(r"[^.;:\n]+")


def bounds_said(question: str, text: str) -> str:
    """The question's words for a bound ("tối đa", as typed) that `text` states in its own ("không quá 07"): held
    by it. Only a bound the question asks: before what asks the amount ("tối đa mấy ngày"), or stated in a clause
    naming what the question's bound bounds ("mức hỗ trợ tối đa cho mỗi học sinh …": "mức hỗ trợ … không quá
    500.000"); not one inside a name ("mức lương tối thiểu vùng") held by another target's ("tỷ lệ … 93% trở lên")."""
    asked = _bounds_asked(question)
    if not asked:
        return ""
    said = fold(text)
    found = []
    for rx, start, end, bounded, asks in asked:
        if not rx.search(said):
            continue
        if asks or any(rx.search(c.group()) and bounded & _topic_pairs(c.group()) for c in _CLAUSE.finditer(said)):
            found.append(question[start:end])
    return " ".join(found)


@lru_cache(maxsize=1024)
def _bounds_asked(question: str) -> tuple[tuple[re.Pattern[str], int, int, frozenset[tuple[str, str]], bool], ...]:
    """The bound words a question types (bounds_said), each with the pattern of its own words a text states it in,
    where the question types it, what it bounds (_bounded) and whether it is asked right there (_ASKS_BOUND): read
    once per question, not once per passage and sentence weighed."""
    asked = fold_same_length(question.lower())
    out = []
    for word, rx in _BOUNDS.items():
        m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", asked)
        if m:
            out.append((rx, m.start(), m.end(), frozenset(_bounded(asked, m.start())),
                        bool(_ASKS_BOUND.match(asked, m.end()))))
    return tuple(out)


# "25.000": thousands written with dots are one number, not 25.0
_END = r"(\d{1,3}(?:\.\d{3})+(?![\d,])|\d+(?:[.,]\d+)?)"
_RANGE = re.compile(rf"(?<![\d/.,-]){_END}\s*%?\s*(?:" + "|".join(map(re.escape, _COUNT["range_joins"]))
                    + rf")\s*{_END}(?![\d/]|[.,]\d|-\d)")
# "18 giờ 00 đến 6 giờ": minutes after a clock's hour are no end of a range of numbers
_CLOCK_BEFORE = re.compile(r"(?:\bgio|\dh)\s*$")


def _value(number: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number):
        return float(number.replace(".", ""))
    return float(number.replace(",", "."))


def _quantity(number: str) -> bool:
    """Not a code: "0263" (a phone's area code) has a leading zero before three digits."""
    return not re.fullmatch(r"0\d{2,}", number)


# "3 lần", "2.000.000 đồng", "50 đoàn viên ưu tú": a figure and the word after it, what it counts (folded)
_COUNTED = re.compile(r"(?<![\w/.,-])" + _END + r"\s+([a-z]+)(?!\w)")


# "dưới 45 tuổi": a bound without its end, the figure after the word (within_bound)
_STRICT_BOUNDS = {asked: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, said)) + rf")\s+{_END}")
                  for asked, said in _COUNT["strict_bounds"].items()}


def within_bound(question: str, line: str) -> bool | None:
    """Whether a count the question states ("… trợ cấp thiên tai 3 lần một năm không?": 3 lần) lies within the bound
    the line sets on the same unit ("không quá 02 lần trong một năm": no; "từ 05 ngày trở lên" of "nghỉ 7 ngày":
    yes) — a maximum in the words of "tối đa", a minimum in those of "tối thiểu" (count_words.toml's bounds), or one
    without its end ("dưới 45 tuổi": strict_bounds); None when the line bounds none of the question's counts."""
    said = fold(line)
    for m in _COUNTED.finditer(fold(question)):
        n, unit = _value(m.group(1)), re.escape(m.group(2))
        for word, rx in _BOUNDS.items():
            bound = pattern(rf"(?:{rx.pattern})\s+(?:la\s+)?{_END}\s+{unit}\b|(?<![\w/.,-]){_END}\s+{unit}\s+"
                            rf"(?:{rx.pattern})").search(said)
            if bound:
                limit = _value(bound.group(1) or bound.group(2))
                return n >= limit if word in _COUNT["at_least"] else n <= limit
            strict = next((b for b in (_STRICT_BOUNDS[word].finditer(said) if word in _STRICT_BOUNDS else ())
                           if re.match(rf"\s+{unit}\b", said[b.end():])), None)
            if strict:
                limit = _value(strict.group(1))
                return n > limit if word in _COUNT["at_least"] else n < limit
    return None


def in_range(number: str, text: str) -> bool:
    """Whether `text` states a range holding `number` ("45" in "từ 41% đến 60%", "2014" in "2013-2015"): a number
    the question names that the passage is about, though it never writes it. A date ("01-05-2020"), a phone
    ("0263-3822"), a clock ("18 giờ 00 đến 6 giờ") is no range; "1.000 đến 5.000" is one of thousands."""
    if not re.fullmatch(r"\d+(?:[.,]\d+)?", number):
        return False
    x = _value(number)
    folded = fold(text)
    return any(_quantity(m.group(1)) and _quantity(m.group(2)) and not _CLOCK_BEFORE.search(folded, 0, m.start())
               and _value(m.group(1)) < _value(m.group(2)) and _value(m.group(1)) <= x <= _value(m.group(2))
               for m in _RANGE.finditer(folded))


_MEASURED = re.compile(r"(?<![\w/.,-])0*(\d+)\s+(?:" + "|".join(_COUNT["measures"]) + r")(?!\w)")
_SHARE_SAID = re.compile(r"(?<![\w/.,-])0*(\d+)\s*%")
_NOT_AMOUNTS = re.compile(rf"(?<!\w)(?:{'|'.join(_COUNT['money']['not_amounts'])})(?!\w)")


def shares(question: str) -> set[str]:
    """The numbers a question states as a percentage ("suy giảm khả năng lao động 40%": "40"), in the form the
    composer's identifiers take: what the answer is about (a range holding it), said by no word before it."""
    return {m.group(1) for m in _SHARE_SAID.finditer(question)}


def measured(question: str) -> set[str]:
    """The numbers a question states as an amount of time or age ("trong 05 ngày", "48 tháng": "5", "48") or of money
    ("mua cái máy 300 triệu thì ai quyết": "300"), in the form the composer's identifiers take: values it claims,
    which a document may give otherwise or place within a bracket ("dưới 500 triệu đồng"), not what it is about."""
    question = unicodedata.normalize("NFC", question)
    folded = _NOT_AMOUNTS.sub(" ", fold(question).lower())
    money = {n.lstrip("0") or "0" for m in _MONEY.finditer(folded) for n in re.findall(r"\d+", m.group(1))}
    return money | {m.group(1) for m in _MEASURED.finditer(question.lower()) if not in_day(question, m.start(1))}


# "có … không?", "… phải không?", "có phải … không?", "đúng không?": a question asking yes or no, which claims what it
# states (a day, an amount, a count) for the document to confirm or deny.
_ASKS_YES_NO = re.compile("|".join((_TABLE["cases"]["yes_no"], _TABLE["issued_by"]["yes_no"])))
_MONEY_UNITS: dict[str, int] = _COUNT["money_units"]
_CURRENCY = re.escape(fold(_COUNT["money"]["currency"]))  # "dong"
_MONEY = re.compile(rf"(?<![\w/.,-]){_END}\s*({'|'.join(sorted(_MONEY_UNITS, key=len, reverse=True))})(?!\w)"
                    rf"(?:\s*{_CURRENCY}(?!\w))?")
# "đạt 90%", "95 %": a share
_SHARE = re.compile(rf"(?<![\w/.,-]){_END}\s*%")
# "5/12/2026", "5-12", "5 thang 12 nam 2026" (folded; the words of a written date: prompts/date_words.toml)
_DATE_WORDS = toml("date_words.toml")
_IN_MONTH, _IN_YEAR = (re.escape(fold(_DATE_WORDS[k])) for k in ("month", "year"))
_YEAR_BEFORE = re.compile(rf"(?<!\w){_IN_YEAR}\s+$")
_DATE = re.compile(rf"(?<![\w/.,-])(\d{{1,2}})\s*(?:/|-|\s+{_IN_MONTH}\s+)\s*(\d{{1,2}})"
                   rf"(?:\s*(?:/|-|\s+{_IN_YEAR}\s+)\s*(\d{{4}}))?(?![\w/]|[.,]\d)")


# "không", "chưa", "cấm" (question_cues.toml [cases] negations), in plain words: a question or line saying no
NEGATIONS: tuple[str, ...] = tuple(dict.fromkeys(plain_words(w) for w in _TABLE["cases"]["negations"]))


def negations(text: str) -> set[str]:
    """The words saying no that a text holds, in plain words ("khong" of "không được dùng để …"): a list or a row
    answering a question must say no where the question does, else it answers the opposite."""
    plain = padded_words(text)
    return {w for w in NEGATIONS if f" {w} " in plain}


def asks_yes_or_no(question: str) -> bool:
    """Whether the question asks yes or no, in any of the frames of doing so."""
    return bool(_ASKS_YES_NO.search(fold(question)))


def _amounts(folded: str) -> set[float]:
    """The amounts of money a folded text states, in đồng ("2 trieu" and "2.000.000 dong" alike)."""
    return {_value(m.group(1)) * _MONEY_UNITS[m.group(2)] for m in _MONEY.finditer(folded)}


class Amount(NamedTuple):
    """An amount of money a text states."""
    value: float  # in đồng
    words: str  # as written ("1,5 triệu đồng")
    end: int  # where its words end in the text (composed, NFC): what follows ("/ca", "/người") is what it is paid per


def money_stated(text: str) -> list[Amount]:
    """The amounts of money a text states, in đồng, each with its words as written ("1,5 triệu đồng": 1500000)."""
    text = unicodedata.normalize("NFC", text)
    return [Amount(_value(m.group(1)) * _MONEY_UNITS[m.group(2)], text[m.start():m.end()], m.end())
            for m in _MONEY.finditer(fold_same_length(text))]


def _dates(folded: str) -> set[tuple[int, int, int]]:
    """The days a folded text states, as (day, month, year or 0): "30/4/2027", "ngay 31 thang 3 nam 2027"."""
    return {(int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)) for m in _DATE.finditer(folded)
            if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12}


def _same_day(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return a[:2] == b[:2] and (not a[2] or not b[2] or a[2] == b[2])


class Day(NamedTuple):
    """A day a question names: its day and month, and its year (0 when not typed: "13/01")."""
    day: int
    month: int
    year: int
    said: str  # as typed ("13/01", "ngày 12-1"'s "12-1")
    span: tuple[int, int] = (0, 0)  # where, in the question (composed, NFC)

    @property
    def tokens(self) -> frozenset[str]:
        """Its numbers as a question's syllables give them ("01" → "1")."""
        return frozenset(str(n) for n in (self.day, self.month, self.year) if n)

    def on(self, stated: tuple[int, int, int]) -> bool:
        """Whether a day a text states (day, month, year or 0) is this one: a day typed without its year is that day
        in whatever year the text gives it ("13/01" of "Ngày: 13/01/2027"), never another month's ("12/12/2026")."""
        return _same_day((self.day, self.month, self.year), stated)


# "ngày 12-1", "sáng 13/01", "hôm 5/12": words before a day that make a pair of numbers one (date_words.toml)
_BEFORE_DAY = re.compile(rf"(?<!\w){alternation(map(fold, _DATE_WORDS['before_day']), spaced=False)}\s*$")


def days_named(question: str) -> list[Day]:
    """The days a question names ("lịch ngày 13/01", "ngay 12-1", "30/4/2027", "ngày 5 tháng 12"): a pair of numbers
    is a day, not a quantity ("ngày 13") nor two numbers, when written with its year, after a word naming a day
    ("ngày", "sáng", "hôm"), padded with a zero ("13/01": a count "8/9 ủy viên" is never so written), with the
    month's word ("31 tháng 3"), or with a slash and no word it counts after it ("họp 12/1 ở đâu"; not a fraction
    "2/3"). The one reader of a day the question names (the composer's, a premise's)."""
    text = unicodedata.normalize("NFC", question)
    folded = fold_same_length(text).lower()
    found = []
    for m in _DATE.finditer(folded):
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        after = re.match(r"\s*(\w*)", folded[m.end():]).group(1)
        # … but a common fraction ("ít nhất 2/3", "1/2 hay 2/3": a share of a quorum or a vote) is none
        slashed = "/" in m.group() and (not after or after in STOP_FOLDED) and not _common_fraction(day, month)
        padded = m.group(1).startswith("0") or m.group(2).startswith("0")
        worded = not re.search(r"[/-]", m.group())  # "31 tháng 3": the month's word says it
        if m.group(3) or _BEFORE_DAY.search(folded, 0, m.start()) or padded or slashed or worded:
            found.append(Day(day, month, int(m.group(3) or 0), text[m.start():m.end()], m.span()))
    return found


def in_day(question: str, at: int) -> bool:
    """Whether the figure at `at` of the question (NFC) is part of a day it names ("5" of "ngày 5 tháng 12"): a day,
    not a length of time ("5 tháng") nor a count."""
    return any(a <= at < b for a, b in (day.span for day in days_named(question)))


@lru_cache(maxsize=20_000)
def days_stated(text: str) -> frozenset[tuple[int, int, int]]:
    """The days a text states, as (day, month, year or 0) (cached: the same passages come back question after
    question, and every one is read for each day a question names)."""
    return frozenset(_dates(fold(text)))


def states_amount_of(question: str, text: str) -> bool:
    """Whether the text states an amount of money the question names ("suất quà 2 triệu" of "… 2.000.000 đồng/suất")."""
    asked = _amounts(fold(question))
    return bool(asked and asked & _amounts(fold(text)))


def amount_words(question: str) -> set[str]:
    """The words of the amounts of money a question names, folded and as its terms are split ("2", "trieu" of "suất
    quà 2 triệu"; "500", "0", "d" of "500.000đ")."""
    return {w.lstrip("0") or "0" if w.isdigit() else w
            for m in _MONEY.finditer(fold(question)) for w in re.findall(r"\d+|[^\W\d]+", m.group())}


def names_amount(question: str) -> bool:
    """Whether the question names an amount of money ("2 triệu", "500.000 đồng")."""
    return bool(_amounts(fold(question)))


_ALIKE = [(name, re.compile(rf"(?:{'|'.join(map(re.escape, nouns))})\b"))
          for name, nouns in _COUNT["counted_alike"].items()]
# "8/9 ủy viên": N of M, a count of N
_COUNTED_OF = re.compile(r"(?<![\w/.,-])(?:(\d{1,3})/\d{1,3}|" + _END + r")\s+([a-z]+)(?!\w)")


def _count_matches(folded: str) -> list[tuple[re.Match[str], str]]:
    """Each count a folded text states, with what it counts: the first word of it ("doan" of "30 đoàn viên"), or the
    class of nouns counting alike ("11 đồng chí", "9 ủy viên": count_words.toml counted_alike); a figure and the word
    after it, not a unit of time, money or measure (count_words.toml's not_people), nor a function word."""
    found = []
    for m in _COUNTED_OF.finditer(folded):
        unit = next((name for name, rx in _ALIKE if rx.match(folded, m.start(3))), m.group(3))
        if unit == m.group(3) and (unit in _COUNT["not_people"] or unit in STOP_FOLDED):
            continue
        found.append((m, unit))
    return found


def _counted(folded: str) -> dict[str, set[float]]:
    """The counts a folded text states, by what they count (`_count_matches`): {"doan": {30.0}}."""
    found: dict[str, set[float]] = {}
    for m, unit in _count_matches(folded):
        found.setdefault(unit, set()).add(_value(m.group(1) or m.group(2)))
    return found


_TIMES = re.compile(r"(?<![\w/.,-])" + _END + rf"\s+(?:{'|'.join(_COUNT['times'])})(?!\w)")
# "từ 2 đến 3 lần": a range of times, no exact count
_TIMES_RANGE = re.compile(rf"(?:{'|'.join(map(re.escape, _COUNT['range_joins']))})\s*{_END}\s+"
                          rf"(?:{'|'.join(_COUNT['times'])})(?!\w)")
_PLACE_NAMES = place_alternation(r"[\s.-]+")
_LEVELS = alternation(fold(w) for w in toml("header_words.toml")["scope"]["province_level"])
# "tại", "ở" (folded): the words placing what a question claims where (premise_held; named_claims)
AT_WORDS = frozenset(fold(w) for w in _TABLE["where"]["at"])
_AT_PLACE = re.compile(rf"(?<!\w){alternation(AT_WORDS, spaced=False)}\s+"
                       rf"(?:(?:{_LEVELS})\.?\s+)?({_PLACE_NAMES})(?!\w)")


def _times(folded: str) -> set[float]:
    """The exact counts of times a folded text states ("mỗi năm 02 lần": {2.0}); none where it states a range."""
    return set() if _TIMES_RANGE.search(folded) else {_value(m.group(1)) for m in _TIMES.finditer(folded)}


def _held_at(text: str) -> set[str]:
    """The provinces or cities a text says something is held at ("tại Đà Nẵng", "ở TP. Hồ Chí Minh"), written with
    their capital: their names (prompts/places.tsv)."""
    said = fold_same_length(unicodedata.normalize("NFC", text)).lower()
    return {places().get(plain_words(m.group(1)), "") for m in _AT_PLACE.finditer(said) if text[m.start(1)].isupper()}


def premise_numbers(question: str) -> set[str]:
    """The numbers of the days, amounts, shares and counts a yes-or-no question states ("… xong trước 30/4/2027 phải
    không?", "… giới thiệu 50 đoàn viên …?"), in the form the composer's identifiers take: a claim for the line
    answering it to confirm or deny, not what it is about."""
    if not asks_yes_or_no(question):
        return set()
    folded = fold(question)
    spans = [m.span() for rx in (_MONEY, _DATE, _SHARE) for m in rx.finditer(folded)]
    numbers = {n.group().lstrip("0") or "0" for a, b in spans for n in re.finditer(r"\d+", folded[a:b])}
    # "năm 2027 xã …": a year names when, it counts nothing
    return numbers | {m.group(1).lstrip("0") or "0" for m in _COUNTED.finditer(folded)
                      if _counted(m.group()) and not any(a <= m.start() < b for a, b in spans)
                      and not _YEAR_BEFORE.search(folded, 0, m.start())}


def premise_phrases(question: str) -> list[str]:
    """The words of the days, amounts and shares a yes-or-no question claims, as written ("1 triệu", "31/12", "40%"):
    a line stating another value of their kind answers them as well as one repeating them, so it holds them."""
    if not asks_yes_or_no(question):
        return []
    question = unicodedata.normalize("NFC", question)
    folded = fold_same_length(question).lower()
    return [question[slice(*m.span())] for rx in (_MONEY, _DATE, _SHARE) for m in rx.finditer(folded)]


def _worth(found: re.Match[str]) -> float:
    """An amount of money (_MONEY) in đồng, or a share (_SHARE) in percent."""
    return _value(found.group(1)) * (_MONEY_UNITS[found.group(2)] if found.re is _MONEY else 1)


# "2/3", "1/2" standing alone (no day, no count of "8/9 ủy viên" around it)
_PAIR = re.compile(r"(?<![\w/.,-])(\d)\s*/\s*(\d)(?![\w/]|[.,]\d)")


def _common_fraction(a: int, b: int) -> bool:
    """Whether a/b is a common fraction (1/2, 2/3, 3/4): a share of a quorum or a vote, never a day (days_named)."""
    return 0 < a < b <= 4


def _fraction(m: re.Match[str]) -> tuple[int, int] | None:
    a, b = int(m.group(1)), int(m.group(2))
    return (a, b) if _common_fraction(a, b) else None


def _fractions(folded: str) -> set[tuple[int, int]]:
    """The common fractions a folded text states ("2/3" of "ít nhất 2/3 thành viên"): {(2, 3)}."""
    return {f for f in map(_fraction, _PAIR.finditer(folded)) if f}


def _claims(question: str, line: str) -> list[tuple[bool, str]]:
    """Each claim of a yes-or-no question the line states a fact of the same kind of (a day, an amount of money, a
    share, a count of the same thing): whether the line's holds it, and the line's words stating its own (the
    first), as written ("300 đoàn viên")."""
    asked, said, same = fold(question), fold_same_length(line).lower(), unicodedata.normalize("NFC", line)
    claims = []
    # "vào tháng 11" of "Từ 01/3 đến 30/9": a month outside the span set; "kéo dài đến ngày 5/6": a day past its end
    placed = span_placed(question, line)
    if placed is not None:
        claims.append((placed, span_said(line)))
    days = {(d.day, d.month, d.year) for d in days_named(question)}
    stated_days = [(m, day) for m in _DATE.finditer(said) for day in _dates(m.group())]
    if days and stated_days and (placed is None or not days_reached(question)):  # a day reached: in the span, not on
        held = [m for m, day in stated_days if any(_same_day(a, day) for a in days)]  # one of its ends
        claims.insert(0, (bool(held), same[slice(*stated_days[0][0].span())]))
    for found in (_MONEY, _SHARE):
        values = {_worth(m) for m in found.finditer(asked)}
        stated = list(found.finditer(said))
        if values and stated:  # of several, those of the clause naming what is asked ("trong đó …", "riêng …")
            bound = bound_amounts(found.sub(" ", asked), same.lower(), [m.span() for m in stated])
            stated = [stated[i] for i in bound]
            claims.append((any(_worth(m) in values for m in stated), same[slice(*stated[0].span())]))
    # "ít nhất 3/4 thành viên" of "ít nhất hai phần ba (2/3)": a share written as a common fraction
    fractions, stated_fractions = _fractions(asked), [m for m in _PAIR.finditer(said) if _fraction(m)]
    if fractions and stated_fractions:
        held = any(_fraction(m) in fractions for m in stated_fractions)
        claims.append((held, same[slice(*stated_fractions[0].span())].strip("() ")))
    # "4 lần một năm" of "mỗi năm 02 lần" (an exact number of times, not a range); "ở Hà Nội" of "tại Đà Nẵng"
    times, stated_times = _times(asked), _times(said)
    if times and stated_times:
        first = _TIMES.search(said)
        claims.append((bool(times & stated_times), same[slice(*first.span())].strip()))
    places, stated_places = _held_at(question), _held_at(line)
    if places and stated_places:
        claims.append((bool(places & stated_places), sorted(stated_places)[0]))
    if not claims:  # "giới thiệu 50 đoàn viên ưu tú" of "ít nhất 30 đoàn viên ưu tú": a count of the same thing
        counted, stated_counts = _counted(asked), _counted(said)
        for unit in (unit for unit in counted if unit in stated_counts):
            first = next(m for m, of in _count_matches(said) if of == unit)
            # "300 đoàn viên", "8 xã": what is counted, with the word after its first unless a function word
            thing = re.match(r"\s+(\w+)", said[first.end():])
            end = first.end() + (thing.end() if thing and thing.group(1) not in STOP_FOLDED else 0)
            start = first.start(1 if first.group(1) else 2)
            claims.append((bool(counted[unit] & stated_counts[unit]), same[start:end]))
    return claims


def premise_held(question: str, line: str) -> bool | None:
    """Whether the day, amount, share, number of times, place or count a yes-or-no question states is the one the
    line answering it states of the same kind ("trước 30/4/2027" of "trước ngày 31/3/2027": no; "2 triệu đồng" of
    "1.000.000 đồng": no; "đạt 90%" of "đạt 100%", "ở Hà Nội" of "tại Đà Nẵng", "9 ủy viên" of "gồm 11 đồng chí":
    no); None when the question states none, or the line states no fact of that kind (it says
    nothing of the claim)."""
    claims = _claims(question, line)
    return all(held for held, _ in claims) if claims else None


def measured_otherwise(question: str, row: str) -> str:
    """The words of a table row stating its rate in another measure than a yes-or-no question claims (a fixed "25.000
    đồng/tháng" of "đóng 1% lương phải không?", or a share of a claimed sum), for the answer to say; "" when the row
    states the claim's measure too, or none. Only a row: its rate cell is the whole of its subject's rate, while a
    sentence may state an amount beside the share it claims ("hỗ trợ 50% chi phí, tối đa 2 triệu đồng")."""
    asked, said, same = fold(question), fold_same_length(row).lower(), unicodedata.normalize("NFC", row)
    for claimed, other in ((_SHARE, _MONEY), (_MONEY, _SHARE)):
        stated = other.search(said)
        if claimed.search(asked) and not other.search(asked) and stated and not claimed.search(said):
            return same[slice(*stated.span())].strip()
    return ""


def premise_denied(question: str, line: str) -> str:
    """The line's words stating what a yes-or-no question claims otherwise ("300 đoàn viên" of "… kết nạp 500 đoàn
    viên phải không?"), for the answer to say; "" when the line denies no claim."""
    return next((words for held, words in _claims(question, line) if not held), "")
