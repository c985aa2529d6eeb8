"""How sure an answer is, and when to say "the loaded documents do not cover this" instead.

The composer must never invent a number, date or body. Its confidence (0..1) is a logistic model over
a few named signals of the evidence (CONFIDENCE_SIGNALS; coefficients and the two cut-offs in
troly/weights.py, fitted by bench/fit_weights.py on the tuning questions):
- how much of the question's weighted words the best sentence and the best passage (with heading) cover,
- how much of the question's own topic (not the document's name) the quoted sentences cover,
- whether the quote states the kind of fact asked for (a date, a percentage, an amount, a number ...),
- whether both retrievers agree on the quoted passage,
- how close in meaning the nearest passage found is to the question (the dense retriever's cosine, an absolute
  figure: a question on another subject finds nothing close, however many of its words some passage shares).
Whatever the confidence, these are never answered: weak retrieval (the best passage covers less of the
question than `passage_min`, or of a statement to judge or a choice to make than `judged_min`, or no passage is
as close to it in meaning as `closeness_min` — a statement to judge, framed or bare, as `statement_closeness_min` —
for a question of `closeness_words` content words or more: a short one is never very close to a passage, so it must
instead find its distinctive words — its rarest in the store — in the quote: `distinct_min`); a quote holding less
of the question's own topic than `topic_min` (a line under "Đến năm 2025:" asked about another thing of that year);
a number or roman numeral the question names ("khóa XIV", "năm 2027", not an amount it states: "trong 05 ngày")
that no quoted passage is about (each may come from another passage; a document's number and the year said with it,
"Chỉ thị 11/CT-TTg năm 2020", are what every passage of the document the question names is about); a quote that
states none of the strict facts asked for (a phone number, a date, an amount ...), or states the amount asked only in
passages about another subject (holding less of the question's topic than `subject_min`: a storm's relief amount
asked of a work accident) or only in passages that do not name what the amount is asked of (the noun of "<what> là
bao nhiêu", question.asked_head: "mức phạt …" of a line stating a target of fewer violations; Scored.headed); a
question asking only where answered by no line naming a place, a body or a person (bot/answer/where.py); one asking
which body or person a selection picked ("công ty nào trúng thầu") answered by lines speaking of the picking only in
clauses naming no one (unnamed_pick: how one is picked, not who was). A yes or no
whose claim the top quoted line states otherwise or just so (judged) is answered past the weak-retrieval gates, above
the passage floor of a question asked: the line says "Không." or "Có.".
Otherwise, at or above
`answer_min` the answer is given; between `nearest_min` and `answer_min` the nearest passage is quoted and
introduced as such; below, the documents are said not to cover it. A passage covering less than `passage_min`
(`judged_min`) is no weak retrieval when it is itself `restated_min` close in meaning: the question says it in other
words, and it too is quoted as the nearest passage (restated).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from bot.answer.basis import asks_grounds, asks_text, names_basis
from bot.answer.months import days_reached, months_asked, span_placed
from bot.answer.named_claims import placed_elsewhere
from bot.answer.question import (MONEY, NUMBER, PERCENT, asks_yes_or_no, bound_asked, channel_asked, names_channel,
                                 premise_held, within_bound)
from bot.answer.siblings import listed
from bot.answer.where import asks_only_where, names_place
from ingest.place import place_words
from troly.tables import toml
from troly.texts import alternation, t
from troly.vntext import FUNCTION_FOLDED, STOP_FOLDED, capitalised_runs, fold
from troly.weights import DEFAULT, Weights
from troly.years import STATED_YEAR

CONFIDENCE_SIGNALS = ("span", "passage", "topic", "kind", "agreement", "closeness")
AMOUNTS = frozenset({MONEY, PERCENT, NUMBER})  # kinds of fact that measure something: said of what they measure


@dataclass
class Evidence:
    query: Any  # bot.answer.composer.Query
    chosen: list  # bot.answer.composer.Scored, best first
    scored: list  # every scored span, best first
    passage_coverage: list[float]
    in_scope: list = field(default_factory=list)  # `scored` without the spans of documents the question does not name
    closeness: float = 0.0  # the best cosine of a candidate passage to the question (Passage.score)
    quoted_closeness: float = 0.0  # the cosine of the passage the best quoted line stands in
    distinct: float = 1.0  # share of the question's rarest words the quoted passages hold (composer.distinct)
    unnamed: str = ""  # a body the question asks about that no passage found names ("Bộ Y tế"): nothing to quote
    unknown: str = ""  # a proper name the question writes that no loaded document does ("MoMo"; unknown_names.py)
    left: int = 0  # lines of the list of whom asked (composer._whom) the answer has no room for: said after it
    titled: frozenset[str] = frozenset()  # the question's words naming the quoted documents alone (composer.titled)


@dataclass
class Verdict:
    found: bool
    reason: str = ""
    confidence: float = 0.0
    nearest: bool = False  # middling evidence: the answer quotes the nearest passage and says so
    gate: str = ""  # which test decided ("passage+topic", "sure", "answered" …): bench/gates.py tabulates them


def signals(ev: Evidence) -> tuple[float, ...]:
    """The evidence as CONFIDENCE_SIGNALS, each 0..1."""
    best_passage = max(ev.passage_coverage, default=0.0)
    best_span = max((s.coverage for s in ev.scored), default=0.0)
    topic = max((s.topic for s in ev.chosen), default=0.0)
    strict = ev.query.kind.strict
    stated = {k for s in ev.chosen for k in s.kinds}
    kind = sum(1 for k in strict if k in stated) / len(strict) if strict else 1.0
    agreement = ev.chosen[0].agreement if ev.chosen else 0.0
    return best_span, best_passage, topic, kind, agreement, ev.closeness


def ids_missing(ev: Evidence) -> bool:
    """"Đại hội lần thứ XIV …", "năm 2027": a number the question names that no quoted passage is about.
    Each number may come from another passage ("năm 2030, năm 2040": one line under each lead-in). Not an amount
    the question states ("trong 05 ngày"): the documents may give another, which is then the answer. One year alone
    named must be the year of a line stating the kind of fact asked: "Năm 2024 đã xóa được bao nhiêu nhà tạm?" is not
    answered by the plan's targets of 2025 ("Chỉ tiêu xóa nhà tạm năm 2025 …") beside a line of a period holding
    2024 ("giai đoạn 2022 - 2025") that states no such figure. A month the top line's span of days places, in or out
    ("tháng 11" of "Từ 01/3 đến 30/9"), or a day asked to be reached ("đến ngày 5/6"), is what that line is about: it
    answers yes or no (months.py)."""
    found = {tok for s in ev.chosen for tok in s.ids_found}
    if ev.chosen and span_placed(ev.query.text, ev.chosen[0].text) is not None:  # "tháng 11" of "Từ 01/3 đến 30/9"
        numbers = months_asked(ev.query.text) | {n for day in days_reached(ev.query.text) for n in day}
        found |= {f"{n:{w}}" for n in numbers for w in ("", "02")}
    if ev.query.naming_ids - found:
        return True
    years = {tok for tok in ev.query.naming_ids - ev.query.names if STATED_YEAR.fullmatch(tok)}
    stating = [s for s in ev.chosen if s.kinds & set(ev.query.kind.strict)]
    return len(years) == 1 and bool(stating) and not any(years <= s.ids_found for s in stating)


_PLACE_MARKER: str = toml("question_cues.toml")["ordinals"]["marker"]  # "thứ" of "lần thứ 13"


def naming_phrase(query: Any) -> str:
    """The words of the question naming what its answer is about by number ("năm 2045", "khóa XIV"), not a document
    it names ("Chỉ thị 11"); "" when it names none. A number after a function word ("có 120 đoàn viên") counts what
    follows it, and is said with those words ("120 đoàn viên"), not with the word before."""
    for day in query.days:  # "ngày 13/01": a day, said whole with the word naming it
        if day.tokens & (query.naming_ids - query.names):
            found = re.search(rf"(?i)(?:(\w+)\s+)?{re.escape(day.said)}", query.text)
            return found.group(0) if found and found.group(1) in query.numbering else day.said
    for number in sorted(query.naming_ids - query.names):
        found = re.search(rf"(?i)(?<!\w)(\w+)\s+(0*{re.escape(number)})(?!\w)", query.text)
        if found and found.group(1) in query.numbering:
            before = re.search(r"(\w+)\s+$", query.text[:found.start()])
            if fold(found.group(1)).lower() == _PLACE_MARKER and before:  # "lần thứ 13", not "thứ 13"
                return f"{before.group(1)} {found.group(0)}"
            if fold(found.group(1)) not in FUNCTION_FOLDED:
                return found.group(0)
            counted = []
            for word in query.text[found.end():].split()[:DEFAULT.counted_words]:
                if fold(word) in FUNCTION_FOLDED or fold(word) in STOP_FOLDED or not word.isalpha():
                    break
                counted.append(word)
            return " ".join([found.group(2), *counted]) if counted else found.group(0)
    return ""


def question_length(query: Any, titled: frozenset[str] = frozenset()) -> int:
    """How many words say what the question is about: its weighted words less those naming an article, clause or
    point ("điểm b khoản 2 Điều 4": an address), those asking a kind of fact that a line stating it holds without
    writing them ("chịu trách nhiệm" of "ai chịu trách nhiệm tổng hợp kết quả", Query.stated_by) and a bound asked
    ("ít nhất" of "ít nhất bao nhiêu đoàn viên"): how it is asked, not what about; nor those naming the document the
    quote stands in (`titled`: "… thông báo kết luận về dự án vành đai 4"; its number, "TB 412": which document, not
    what of it). The length `closeness_words` is counted in, here and where bench/fit_weights.py fits it."""
    address = set(place_words(query.text).lower().split())
    bound = bound_asked(query.text)
    asking = set().union(*query.stated_by.values()) | {tok for tok in query.weights if fold(tok) in bound}
    return len(set(query.weights) - address - asking - titled - query.names)


def far(ev: Evidence, weights: Weights = DEFAULT) -> bool:
    """Weak retrieval by meaning (far_test): no test of it held is ""."""
    return bool(far_test(ev, weights))


def far_test(ev: Evidence, weights: Weights = DEFAULT) -> str:
    """Which test of weak retrieval by meaning held ("statement", "closeness", "distinct"), or "" when none did.
    No passage is as close to the question in meaning as `closeness_min`, and the question is long enough for
    that to tell (`closeness_words`), or the quote lacks its distinctive words (`distinct_min`: "thủ tục đăng ký
    kết hôn" over plans that say "đăng ký làm theo Bác" and "ký kết"). A short question is never very close to a
    passage, so one whose rarest words the quote holds is still answered. A statement to judge, framed or bare
    ("Tháng 3 hằng năm là Tháng Thanh niên"), long enough, must be closer (`statement_closeness_min`): the passage
    saying or denying it restates it, while one sharing its words on another subject does not. A quote holding the
    whole of the question's own topic and all of its rarest words (whole_topic) is on its subject however far the
    cosine: a long passage stating many figures ("… 42 hồ chứa nhỏ … dưới 60% dung tích; …") reads far from a
    question asking one of them."""
    query = ev.query
    long = question_length(query, ev.titled) >= weights.closeness_words
    if long and (query.judged or query.asserted) and ev.closeness < weights.statement_closeness_min:
        return "statement"
    if ev.closeness < weights.closeness_min and (long or ev.distinct < weights.distinct_min) and not whole_topic(ev):
        return "closeness" if long else "distinct"
    return ""


def whole_topic(ev: Evidence) -> bool:
    """Whether a quoted line holds every word of the question's own topic and the quoted passages all of its rarest
    words: nothing of what is asked is missing, so the question is not on another subject sharing some of them."""
    return ev.distinct >= 1.0 and max((s.topic for s in ev.chosen), default=0.0) >= 1.0


def restated(ev: Evidence, weights: Weights = DEFAULT) -> bool:
    """The passage quoted says what the question asks in other words: it covers less of the question's words than
    the floor asks, yet is as close to it in meaning as `restated_min` ("Quốc hội có đòi tăng tiền trợ cấp … theo đà
    tăng lương" of "nâng mức trợ cấp … đồng bộ với lộ trình cải cách tiền lương"). Literal coverage misses a
    paraphrase; the dense cosine of that passage does not, so it is quoted as the nearest passage, not called absent.
    Its own cosine, not the best candidate's: a close passage elsewhere says nothing of the line quoted."""
    return ev.quoted_closeness >= weights.restated_min


def fact_subject(ev: Evidence) -> float:
    """How much of the question's own topic the passage stating the amount asked (money, a percentage, a number)
    holds, with its lead-in and heading (Scored.about): the best of the quoted lines stating one; 1 when it asks no
    amount or none states one (that is told on its own: a kind unstated)."""
    return max((s.about for s in amount_lines(ev)), default=1.0)


def amount_lines(ev: Evidence) -> list[Any]:
    """The quoted lines stating an amount of the kind asked: the lines fact_subject judges (bench/fit_weights.py
    counts the questions having any as those subject_min can cost)."""
    asked = AMOUNTS & set(ev.query.kind.strict)
    return [s for s in ev.chosen if s.kinds & asked]


def of_subject(span: Any, weights: Weights = DEFAULT, lists: frozenset[str] = frozenset()) -> bool:
    """Whether an amount the quoted line states may be the one asked. An amount stands beside what it is paid or
    counted for, so a line whose passage holds less of the question's own topic than `subject_min` states another
    subject's ("mỗi đoàn viên 3.000.000 đồng" of a storm's relief, asked the amount for a work accident). A time is
    not judged so: "Thời gian: từ ngày …" of a trip's notice never repeats what its title says it is the time of.
    Nor may it when its passage, with its lead-in, headings and document's name, lacks the noun the amount is asked of
    ("mức phạt … là bao nhiêu" of "giảm 30% số trường hợp vi phạm …": a target, no fine; Scored.headed), nor when
    the line names the question's head with another modifier, its passage never saying the question's own ("giải
    Nhất … giải Ba" asked the prize of "giải Khuyến khích"; `lists`: the heads the quoted lines with their passages
    name with `sibling_modifiers` such modifiers or more, sibling_lists; Scored.siblings, bot/answer/siblings.py),
    nor when it names a noun the question names at another level ("UBND phường" asked "UBND thành phố": one of a
    closed list, prompts/body_levels.txt, so one other suffices; Scored.levels), nor when it names another value of
    an attribute the question names one of, the asked one written in no passage found of its document ("trong nước"
    asked "hội chợ ở nước ngoài", "khu vực III" asked "khu vực II": Scored.valued);
    nor when its amounts are paid per another unit than the rate asked ("500.000 đồng/lần" asked "bao nhiêu một
    ngày": another measure of the same subject; Scored.rated), nor when it is a list of labelled values none of
    which the question names, asked a subject its passage never names ("phụ cấp kế toán" of "Chủ tịch: …; Phó Chủ
    tịch: …": Scored.unlisted)."""
    return span.about >= weights.subject_min and span.headed and span.rated and not span.levels and not span.unlisted \
        and not span.valued and not any(h in lists for h, _ in span.siblings)


def sibling_lists(ev: Evidence, weights: Weights = DEFAULT) -> frozenset[str]:
    """The question's heads the quoted lines stating the amount asked, with their passages, name with
    `sibling_modifiers` other modifiers or more and never with its own: lists of its siblings ("tiền nhà ở" in one
    article, "tiền ăn" in the next, asked "tiền đi lại")."""
    return listed((pair for s in amount_lines(ev) for pair in s.siblings), weights.sibling_modifiers)


def basis_only(ev: Evidence) -> bool:
    """The top quoted line is one of the text's list of bases ("Căn cứ Quyết định số 18/2026/QĐ-UBND … quy định về
    quản lý, sử dụng tạm thời một phần lòng đường …;": a line naming another text, closed by the list's ";"), and the
    question asks no text: its words are that text's title, and its figures that text's number and date — no fee,
    duty or date of what the title names (bot/answer/basis.py). A line going on past the text it carries out
    ("Thực hiện Công văn số 456 …, Phòng Y tế đề nghị …") is the letter's own working sentence, not such a line."""
    top = ev.chosen[0].text.rstrip()
    return top.endswith(";") and names_basis(top) and not asks_text(ev.query.text) and not asks_grounds(ev.query.text)


def unplaced(ev: Evidence) -> bool:
    """Asked only where ("lễ kỷ niệm tổ chức ở đâu"), and no quoted line names a place, nor a body or a person it
    goes to: a line sharing the question's words on another matter ("… kỷ niệm các ngày lễ lớn") says nothing of
    where."""
    return asks_only_where(ev.query.kind.kinds) and not any(s.labelled or names_place(s.text) for s in ev.chosen)


_PICKED = toml("question_cues.toml")["picked"]
_PICK_ASKED = re.compile(rf"(?<!\w){alternation(map(fold, _PICKED['which']))}\s+"
                         rf"{alternation(map(fold, _PICKED['picked']))}(?!\w)")
_PICKING = re.compile(rf"(?<!\w){alternation(map(fold, _PICKED['picking']))}(?!\w)")


def unnamed_pick(ev: Evidence) -> bool:
    """Asked which body or person a selection picked ("công ty nào trúng thầu …"), nothing else of a kind a line must
    state (not "ai trúng đấu giá thì nộp tiền trong bao lâu"), and the quoted lines speak of the picking only in
    clauses naming no one — no run of two capitalised words: "Đơn vị cung ứng được lựa chọn qua đấu thầu rộng rãi"
    says how one is picked, not who was (a body named in another clause, "theo quy định của Bộ Y tế", is not it)."""
    if ev.query.kind.strict or not _PICK_ASKED.search(fold(ev.query.text)):
        return False
    clauses = [c for s in ev.chosen for c in re.split(r"[;.\n]", s.text) if _PICKING.search(fold(c))]
    return bool(clauses) and not any(len(run) >= 2 for c in clauses for run in capitalised_runs(c))


def judged(ev: Evidence) -> bool | None:
    """A yes or no whose claim — a count, a bound, a share, a day, an amount, a place — the top quoted line states
    otherwise ("cả 3 lần một năm" of "không quá 02 lần trong một năm", "ở Hà Nội" of "tại Đà Nẵng"): False, that line
    says "Không."; or states just so ("trước ngày 20/12" of "… trước ngày 20/12/2026"): True, it may say "Có."
    (bot/answer/cases.py); None when the line judges no claim. A denial holds though the line holds little of the
    question's other words: a claim the documents contradict is not one they do not cover. A confirmation does not:
    any line stating the day or amount claimed would confirm it (judge)."""
    if not ev.chosen or not asks_yes_or_no(ev.query.text):
        return None
    line = ev.chosen[0].text
    if within_bound(ev.query.text, line) is False:
        return False
    held = premise_held(ev.query.text, line)
    return False if held is None and placed_elsewhere(ev.query.text, line, ev.unknown) else held


def confidence(values: tuple[float, ...], weights: Weights = DEFAULT) -> float:
    z = weights.conf_bias + sum(getattr(weights, f"conf_{name}") * v for name, v in zip(CONFIDENCE_SIGNALS, values))
    return 1.0 / (1.0 + math.exp(-z))


def judge(ev: Evidence, weights: Weights = DEFAULT) -> Verdict:
    """Answer, answer as the nearest passage, or abstain: some evidence abstains whatever the confidence."""
    # "đóng đoàn phí qua ví MoMo": no line of the documents is about a thing they never name — unless the top line
    # states the claim otherwise ("ở Hà Nội phải không?" of a line "tại Khánh Hòa": "Không." says more than "absent")
    if ev.unknown and judged(ev) is not False:
        return Verdict(False, t("abstain.unknown", name=ev.unknown), gate="unknown name")
    if not ev.chosen:
        return Verdict(False, t("abstain.body", body=ev.unnamed) if ev.unnamed else "", gate="unnamed" if ev.unnamed
                       else "no quote")
    values = signals(ev)
    _, passage, topic, *_ = values
    sure = confidence(values, weights)
    # "Gửi báo cáo qua email được không?": a line naming no e-mail (nor its "thư điện tử") says nothing of that channel
    channel = sorted(channel_asked(ev.query.text))
    if channel and not names_channel(frozenset(channel), ev.chosen[0].text):
        return Verdict(False, t(f"abstain.{channel[0]}"), min(sure, weights.nearest_min / 2), gate="channel")
    # A number the question names that no quote is about; weak retrieval (the best passage covers too little of
    # the question, or none is close to it in meaning: a question on another subject sharing its words); a quote
    # about none of its own topic ("học phí đại học năm 2025": under "Đến năm 2025:" but about none of what is
    # asked).
    floor = weights.judged_min if ev.query.judged else weights.passage_min
    # the best line states the kind of fact asked ("ít nhất 4 giờ" of "trước mấy tiếng"): the words asking it are
    # answered by that, so its passage is measured on the question's other words (Scored.stated_coverage)
    passage = max(passage, ev.chosen[0].stated_coverage)
    missing_id = ids_missing(ev)
    # the top line judges the claim: not asked of a question's floor, nor quoted as the nearest passage only — a
    # line confirming it only when it is about the question's topic and close to it ("Đoàn viên nghỉ hưu được thăm
    # hỏi trước ngày 15/12?" is no "Có." from "… gửi báo cáo thành tích trước ngày 15/12/2026")
    held = judged(ev)
    distant = far(ev, weights)
    claim = not missing_id and passage >= weights.passage_min and (
        held is False or held is True and topic >= weights.topic_min and not distant)
    reworded = passage < floor and restated(ev, weights) and not claim
    weak = {"missing id": missing_id, "passage": passage < floor and not reworded, "topic": topic < weights.topic_min,
            "far": distant}
    if any(weak.values()):
        if claim:
            return Verdict(True, confidence=sure, gate="claim")
        # "Đến năm 2045 tỷ lệ đoàn viên …": the documents state just that (a fact of the kind asked, with every one of
        # its topic words), but for other years than the one named
        strict = set(ev.query.kind.strict)
        elsewhere = (missing_id or topic < weights.topic_min) and any(
            max(s.topic, s.undated) >= 1.0 and (not strict or s.kinds & strict)
            and not ev.query.naming_ids <= s.ids_found
            for s in ev.in_scope)
        said = naming_phrase(ev.query) if elsewhere else ""
        return Verdict(False, t("abstain.named", named=said) if said else "", min(sure, weights.nearest_min / 2),
                       gate="+".join(k for k, v in weak.items() if v))
    lists = sibling_lists(ev, weights)
    missing = [k for k in ev.query.kind.strict
               if not any(k in s.kinds and (k not in AMOUNTS or of_subject(s, weights, lists)) for s in ev.chosen)]
    if basis_only(ev):
        return Verdict(False, "", min(sure, weights.nearest_min / 2), gate="basis")
    if unplaced(ev):
        return Verdict(False, t("abstain.place"), min(sure, weights.nearest_min / 2), gate="unplaced")
    if unnamed_pick(ev):
        return Verdict(False, t("abstain.picked"), min(sure, weights.nearest_min / 2), gate="unnamed pick")
    # A phone number, date, amount ... asked for and stated nowhere in the quote: the answer cannot hold it —
    # unless the quote gives the count the question also asks ("… ngày nào, tối đa mấy ngày": "20 ngày"): the kind
    # may be misread, and the passage found is then quoted as the nearest, never called absent.
    unstated = bool(missing) and len(missing) == len(ev.query.kind.strict)
    counted = unstated and any(s.counted and of_subject(s, weights, lists) for s in ev.chosen)
    if sure < weights.nearest_min or (unstated and not counted):
        return Verdict(False, t(f"abstain.{missing[0]}") if missing else "", sure,  # a kind's message: its name
                       gate="unstated" if unstated and not counted else "sure")
    nearest = counted or reworded or sure < weights.answer_min
    return Verdict(True, confidence=sure, nearest=nearest, gate="nearest" if nearest else "answered")
