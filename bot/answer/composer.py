"""The offline answer composer: answer first, in the passages' own words, each sentence cited.

compose() is a pure function of (question, passages, obligations, lexicon): no model, no store.
It scores every sentence (or clause of a long sentence) of the candidate passages against the
question — rare shared words, word pairs, the kind of fact asked for, the passage's section and
document title — quotes the best one to three verbatim, and abstains (found = False) when the
evidence is weak (bot/answer/abstain.py). A language-model mode can fall back on it.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import attrgetter
from types import MappingProxyType

from bot.answer.abstain import AMOUNTS, Evidence, confidence, judge, signals
from bot.answer.amount_clauses import asked_per, bound_amounts, named_clause, paid_otherwise, paid_per, same_unit
from bot.answer.article_asked import article_line
from bot.answer.both_ends import ends_asked, states_both_ends
from bot.answer.artefacts import without_artefacts
from bot.answer.basis import asks_text, names_basis
from bot.answer.cases import asks_yes_no, says_no, sets_condition
from bot.answer.guard import is_instruction
from bot.answer.judged import judging, measures
from bot.answer.contrast import asked_member_first, of_other_member, own_subject_first
from bot.answer.lexicon import Lexicon, Terms, pair_probe, probe
from bot.answer.named_claims import claims_unknown_place, places_at_name
from bot.answer.named_members import kind_asked, names_members, only_counts
from bot.answer.qualified import bare, lessened
from bot.answer.outcomes import asks_outcome, states_outcome
from bot.answer.list_items import in_order, list_asked, same_list, whole_list
from bot.answer.periods import other_period, periods_named
from bot.answer.posts_held import holder_first, of_other_post
from bot.answer.siblings import labels, other_levels, other_values, siblings_named, unlisted, values
from bot.answer.signatures import signed_by
from bot.answer.slots import keyed_by, other_slot, period_columns, slots_named
from bot.answer.table_cells import (better_headed, headers_named, key_named, leads_table, names_subject,
                                    no_row_named, row_covers, same_table, siblings)
from bot.answer.unknown_names import unknown_name
from bot.answer.ranges import Quantity, excludes, holds, places, range_words
from bot.answer.where import asks_only_where, names_place
from bot.answer.written_order import written_order
from bot.answer.question import (ACTOR, ASKS_WHEN, BENEFICIARY, CUTOFF, DATE, DEADLINE, DUTY, HEADED, MONEY,
                                 MOMENT_WORDS, NUMBER, PERIOD, ATTEND_WORDS, INTENDED_WORDS, PERCENT, PERSON, PLACE,
                                 RECEIVE_WORDS, RECIPIENT, REFERENCE, REPLACES, REPORT, SPAN_UNIT, TIME, WHICH_ASKED,
                                 WHICH_WORDS,
                                 Day, QuestionKind, abbreviations_spelled, amount_words, asked_head, asks_how_much,
                                 asks_yes_or_no, bound_asked, bounds_said, asking_words, channel_asked, classified,
                                 classify, counted_alike, counts, counts_any, counts_beside, counts_named, cue_tokens,
                                 days_named, days_stated, field_answers, field_label, in_range, kind_units, measured,
                                 measured_in, money_stated, names_amount, names_channel, number_unit, only_dates,
                                 only_lengths, opens_line, measure_word, planned, premise_held, premise_numbers,
                                 premise_phrases, shares, stated_words, states, states_amount_of, states_coefficient,
                                 states_share_of, slot_stated, sum_asked, whom_frame, without_about_asked, GOAL, NEWLY)
from bot.answer.months import span_length
from ingest.due import states_goal
from ingest.leads import states_count
from ingest.obligations import heading_actor, sentence_actor
from ingest.place import article_heading, article_path, named_place, place_of, place_words, stands_at
from troly import tables
from troly.tables import toml
from troly.texts import alternation, pattern, t
from troly.vntext import (asserts, bodies, fold, is_syllable, joined_parts, kind_names, maybe_stopword, normalize,
                          padded_words, plain_content, plain_words, split_sentences, typed_without_diacritics, unframed,
                          without_judging, without_self_reference)
from troly.weights import DEFAULT, Weights
from troly.years import STATED_YEAR, stated_years
from bot.answer.model import (Answer, Citation, ObligationHint, figures_header, header_row_only, in_column_units,
                              labelled_row, line_at, list_lead, quote, row_cells, row_figures, stated_lead)
from ingest.markers import DIVISIONS, heading_match, step_match
from ingest.model import SECTION_SEP
from troly.doc_numbers import doc_refs, ref_years
from ingest.chunker import CLOSING_KINDS, SIGNATURE
from vectorstore.search import Passage
from vectorstore.subject import acting, named, named_in, restates_heading, subjects, topic_run

_HEADER_WORDS = toml("header_words.toml")
_DIVISIONS, _REFERENCES = _HEADER_WORDS["divisions"], _HEADER_WORDS["references"]
_PROVIDES = frozenset(fold(" ".join(_REFERENCES["provides"])).lower().split())
MAX_SENTENCES = 3  # lines one answer quotes (the answer's size, not a score: which lines join is runner_up's)
HEADING = -1  # Scored.start of a passage's heading (its lead-in or last section level), quoted as an answer
MAX_CITATIONS = 3  # passages one answer cites (its size; which passages: citation_runner_up)
_CLAUSE_SPLIT = re.compile(r"(?<=;)\s+")
_TABLE_ROW = re.compile(r"\s*\|[^\n]*\|\s*")  # a table row's passage, as ingest writes it: its cells between bars
# "…, trong đó: a.", "… vững mạnh. e." — the marker that opens the next list item, left at the end of a sentence
# (items run on in one paragraph; the sentence splitter cuts only before a capital, so after the letter).
_DANGLING = re.compile(r"(?<=[:;,.])\s+\(?(?:\d{1,2}\.)*[a-zđ0-9]{1,2}[.)]$")
# "1. Quyền của đoàn viên a. Được …": a heading runs into its first item without a colon (the item "b." follows, where
# a sentence ending "… tại điểm a." has none); alone, it would be quoted as a fragment ending in "a.".
_FIRST_LETTER = re.compile(r"(?<=\w)\s+\(?a[.)]$")
_SECOND_LETTER = re.compile(r"(?<!\w)\(?b[.)]\s")
# "4.1.c.", "b)": a list item's number or letter alone, split off its item.
_MARKER_ONLY = re.compile(r"^\(?(?:\d{1,2}\.)*[a-zđ0-9]{1,2}[.)]$")
# "2. Tổ chức …", "3) …": a list item that opens with its number; any other number opening a clause is a value.
_ITEM_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]\s")
_VALUE_START = re.compile(r"\d")
_ITEM_LABEL = re.compile(r"[a-zđ][.)]\s")  # "đ) …", "b. …": a lettered item opening
# "KL 21", "năm 2030", "khóa XIV": numbers of two or more digits and upper-case roman numerals.
_ROMAN = re.compile(r"\b[IVXLC]{2,}\b")
_VOWEL = re.compile(r"[aeiouy]")
_HOW_MANY = "bao nhiêu"  # the frame _naming_kind tries a word in: alone, it asks for a number
_REFERRING = [*(_DIVISIONS[k] for k in DIVISIONS), _REFERENCES["clause"]]  # not "điểm": a law's
# points are lettered ("điểm a"), "điểm 90" is a score
# "Điều 17", "khoản 2", "các điều 24, 25 và 26", "22/2013/QĐ-TTg", "02-NQ/TW": numbers naming an article or a text.
_REFERENCE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, _REFERRING)) + r")\s+\d+[a-zđ]?"
                        r"(?:\s*(?:,|và|;)\s*\d+[a-zđ]?)*(?!\w)|(?<![\w/])\d+(?:[/-]\d+)*[/-][A-ZĐ][\w/-]*")
# "Danh mục 12 thủ tục", "hạng mục 3 công trình": a common noun ending in a division's word names no article; its
# number counts (header_words.toml [references] nouns)
_NOUNS = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, _REFERENCES["nouns"])) + r")$")
_DATE_WORDS = toml("date_words.toml")
# "Thông tư số 07/2018/TT-BNNPTNT ngày 10 tháng 7 năm 2018": a text cited by its number, and the day it was issued
_CITED_ON = re.compile(r"(?i)((?<![\w/])\d+(?:[/-]\d+)*[/-][A-ZĐ][\w/-]*)\s*,?\s+" + re.escape(_DATE_WORDS["day"])
                       + r"\s+\d{1,2}(?:\s+" + re.escape(_DATE_WORDS["month"]) + r"\s+|\s*[/-]\s*)\d{1,2}(?:\s+"
                       + re.escape(_DATE_WORDS["year"]) + r"\s+|\s*[/-]\s*)\d{4}")
# "(Kèm theo Quyết định số …)", "[Biểu mẫu]": a bracketed part of a line.
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


@dataclass
class Query:
    """The question as weighted terms."""
    text: str
    kind: QuestionKind
    weights: dict[str, float]
    pairs: list[tuple[str, str, float]]
    exact: bool = False  # typed with diacritics: match them
    loose: set[str] = field(default_factory=set)  # abbreviation expansions: matched without diacritics
    identifiers: set[str] = field(default_factory=set)  # numbers and roman numerals the answer must be about
    names: set[str] = field(default_factory=set)  # those naming a document ("NQ 57"): found in the documents named
    numbering: set[str] = field(default_factory=set)  # the words naming those numbers ("năm" 2025): no topic
    asking: set[str] = field(default_factory=set)  # words asking for the kind of fact ("tiền" in "bao nhiêu tiền")
    tokens: list[str] = field(default_factory=list)  # every syllable of the question, in order
    measured: set[str] = field(default_factory=set)  # identifiers stating an amount ("05 ngày"): no
    # quote need hold them
    judged: bool = False  # framed as a statement to judge or a choice to make ("…, đúng hay sai?", "… nào sau đây?")
    asserted: bool = False  # a statement asking nothing (vntext.asserts): whether the documents say just that
    which: set[str] = field(default_factory=set)  # words asking which case ("trường hợp" nào): ranked as held by all
    told: set[str] = field(default_factory=set)  # asked of one document, words only asking a kind: held by its facts
    # words asking a kind whose statement is specific ("hạn chót", "lấy … quỹ"), by kind: held by a line stating it
    stated_by: dict[str, frozenset[str]] = field(default_factory=dict)
    # words standing in a phrase of a synonym group (prompts/synonyms.toml, or a document's other names for its words),
    # and its groups: a text saying another phrase of the group holds them ("cháy" of "nhà bị cháy" by "thiên tai, hỏa
    # hoạn"; Terms.named)
    named_also: dict[str, frozenset[int]] = field(default_factory=dict)
    # the words of the days, amounts and shares a yes or no claims ("1 triệu", "31/12"): held by a line stating another
    # value of their kind, which answers the claim as well as one repeating it (_claims_answered)
    claimed: frozenset[str] = frozenset()
    days: list[Day] = field(default_factory=list)  # the days it names ("ngày 13/01"): said by a line stating them
    # words judging a measure ("chật" of "nhà … chật"), with the measures each judges: held by a line stating a figure
    # of one ("diện tích … 15 m2"; bot/answer/judged.py)
    judging: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @cached_property
    def day_tokens(self) -> frozenset[str]:
        """The numbers of the days it names: found where the day is stated, not wherever the number is written."""
        return frozenset().union(*(day.tokens for day in self.days))

    def days_on(self, text: str) -> list[Day]:
        """The days it names that a text states ("Ngày: 13/01/2027" of "13/01")."""
        stated = days_stated(text)
        return [day for day in self.days if any(day.on(s) for s in stated)]

    def day_weight(self, day: Day) -> float:
        """What a day named weighs in its topic: its rarest number's weight."""
        return max((self.weights.get(tok, 0.0) for tok in day.tokens), default=0.0)

    def held_by(self, kinds: set[str]) -> frozenset[str]:
        """The question's words a text stating these kinds holds whatever it says: `told` (asked of one document), and
        the asking words of each kind it states (stated_by)."""
        if not kinds:
            return frozenset()
        return frozenset(self.told).union(*(self.stated_by.get(kind, frozenset()) for kind in kinds))

    def judged_by(self, text: str) -> frozenset[str]:
        """The question's words judging a measure that the text states a figure of ("chật" by "15 m2")."""
        return frozenset(tok for tok, kinds in self.judging.items() if any(measures(text, k) for k in kinds))

    @cached_property
    def naming_ids(self) -> set[str]:
        """The identifiers that name what the answer is about ("năm 2025", "khóa XIV"), not an amount the question
        states ("trong 03 ngày"), which the documents may give otherwise: a passage holding that number elsewhere
        ("khoản 3") is no nearer the answer."""
        return self.identifiers - self.measured

    @cached_property
    def total(self) -> float:
        return sum(self.weights.values()) + sum(w for _, _, w in self.pairs) or 1.0

    @cached_property
    def probes(self) -> list[tuple[str, float, tuple[str, ...]]]:
        """(token, weight, probe): each token matched as typed (exact), unless it is loose. Made once a
        question, not once for each of the hundreds of sentences it is matched against."""
        return [(tok, w, probe(tok, (self.exact and tok not in self.loose) or None) + self._named(tok))
                for tok, w in self.weights.items()]

    def _named(self, *toks: str) -> tuple[str, ...]:
        """The keys (Terms.held) of the synonym groups all these words stand in a phrase of."""
        groups = frozenset.intersection(*(self.named_also.get(tok.lower(), frozenset()) for tok in toks))
        return tuple(f"S{g}" for g in sorted(groups))

    @cached_property
    def own_pairs(self) -> frozenset[tuple[str, str]]:
        """The question's syllables side by side: the words it holds whole."""
        return frozenset(zip(self.tokens, self.tokens[1:]))

    @cached_property
    def folded_pairs(self) -> frozenset[tuple[str, str]]:
        seq = [fold(tok) for tok in self.tokens]
        return frozenset(zip(seq, seq[1:]))

    @cached_property
    def pair_probes(self) -> list[tuple[float, tuple[str, ...]]]:
        return [(w, pair_probe(a, b, (self.exact and a not in self.loose and b not in self.loose) or None)
                 + self._named(a, b)) for a, b, w in self.pairs]


@dataclass
class Scored:
    passage_index: int
    text: str  # a verbatim span of the passage text
    start: int  # offset of the span in the passage text
    coverage: float  # share of the question's weight this span matches
    passage_coverage: float
    score: float
    kinds: set[str]
    matched: set[str]
    doc_id: str = ""
    hinted: bool = False
    # share of the question's own topic words (not the document's title nor the numbers named) the span, its
    # lead-in and its heading hold
    topic: float = 0.0
    ids_found: frozenset[str] = frozenset()  # the numbers naming what the question is about
    # (naming_ids) the passage names
    signals: tuple[float, ...] = ()  # SIGNALS, in order: what the score is a weighted sum of
    agreement: float = 0.0  # both retrievers rank the passage near their top (0..1)
    # gives a number of the unit the question counts ("tối đa mấy ngày": "20 ngày"), even when a more specific
    # kind asked for (a date) left the count out of the strict kinds
    counted: bool = False
    heading: str = ""  # a heading or lead-in stating the fact asked, shown whole before this span of its passage
    inside: set[str] = field(default_factory=set)  # matched words it holds only inside other words (_free)
    labelled: bool = False  # its line's label names the kind of fact asked ("Thời gian:" asked "ngày nào") and gives it
    credited: float = 0.0  # share of `topic` held only by stating a fact of the kind its words name ("tỷ lệ": "99%")
    # share of that topic (the words asking a kind of fact aside) its whole passage holds, with its lead-in and
    # heading: what the facts it states are said of
    about: float = 1.0
    # share of the same words, over every one of them, its passage holds with its document's name, heading and
    # lead-in: how much of the question's subject its document speaks of, the same measure for every document (the
    # words of `about` are those its own title lacks)
    held: float = 1.0
    undated: float = 0.0  # `topic`, the days the question names counted as held: all of it but a day it is said of
    # its passage, with its lead-in, headings and document's name, holds the noun the amount asked is of
    # (question.asked_head: "phạt" of "mức phạt … là bao nhiêu"): an amount it states may be that one
    headed: bool = True
    # (head, modifier) pairs naming siblings of what is asked: the question's head named by the line with another
    # modifier, its passage never saying the question's own ("giải", "nhất" asked "giải Khuyến khích";
    # bot/answer/siblings.py): with enough of them, its amount is another item's of a list (abstain.of_subject)
    siblings: frozenset[tuple[str, str]] = frozenset()
    # (noun, level) pairs by which the line, with its lead-in and article heading, names a noun the question names at
    # another level ("UBND phường" asked "UBND thành phố"; siblings.other_levels): its amount is another level's
    levels: frozenset[tuple[str, str]] = frozenset()
    # (attribute, value) pairs by which the line names another value of an attribute the question names one of ("trong
    # nước" asked "ở nước ngoài", "khu vực III" asked "khu vực II"), the asked one written in no passage found of its
    # document (siblings.other_values): its amount is a sibling item's
    valued: frozenset[tuple[str, str]] = frozenset()
    # its amounts are paid per the unit of the rate asked ("bao nhiêu một ngày"), or per no unit at all: not another
    # measure ("500.000 đồng/lần"; amount_clauses.paid_otherwise)
    rated: bool = True
    # its labelled values ("Chủ tịch: …; Phó Chủ tịch: …") name none the question asks, which its passage never names
    # ("kế toán"; siblings.unlisted): its amount is another item's
    unlisted: bool = False
    # passage_coverage with the question's words asking the kind of fact held (its unit, a bound: "tối đa"), when the
    # line states every strict kind asked ("mấy tiếng" of "ít nhất 4 giờ"): how much of what the question asks about
    # its passage holds (abstain)
    stated_coverage: float = 0.0


# The named signals a sentence is scored on; the weights of the same names live in troly/weights.py.
SIGNALS = ("span_coverage", "passage_coverage", "rank_prior", "strict_kind", "soft_kind", "obligation", "agreement")


def make_query(question: str, lexicon: Lexicon, weights: Weights = DEFAULT, reading: str = "",
               scoped: bool = False) -> Query:
    """The question as weighted terms. `reading`: the question with its diacritics restored from the store's words
    (QueryPlan.reading); `scoped`: asked of one document. A question typed without them is read so, as if typed with
    them: its filler words are told ("thi" read "thì", "bao" of "bao nhiêu"), and each word weighs its own rarity and
    matches only itself ("cơ" sở, not "có" nor "cờ"); a question typed with them is read with its slips of a horn
    mended ("gủi" read "gửi", QueryAnalyzer). Every word of the reading is one the store writes, or one it holds in no
    form."""
    kind = classify(question)
    question = unicodedata.normalize("NFC", question)
    exact = not typed_without_diacritics(question, lexicon.abbreviations)  # then "bao" means "bao", not "báo"
    reading = unicodedata.normalize("NFC", reading)
    # The reading is of the question as QueryAnalyzer normalised it, spellings unified ("qui" read "quý"); a slip
    # of a horn mended ("gủi" read "gửi") folds the same too.
    restored = False  # typed without diacritics, read with them restored
    if reading and fold(reading) == fold(normalize(question).strip()):
        question, exact, restored = reading, True, not exact
    asserted = asserts(question)  # read with its diacritics: "Nha nuoc" is no "nha" asking
    topical = without_judging(question)  # "…, đúng hay sai?", "… nào sau đây?": how it is asked, not what about
    judged = topical != question
    topical = unframed(topical)  # "… (tiếp theo câu hỏi: …)": troly's words joining a follow-up, no topic
    # "… kết quả thực hiện kế hoạch", "quy chế này …": which document, no topic; pointing at the document in scope by
    # its kind, the question asks of it as of one it names (`scoped`)
    pointed = without_self_reference(topical)
    scoped, topical = scoped or pointed != topical, pointed
    topical = without_about_asked(topical)  # "Điều 16 … nói về nội dung gì": how it is asked, no topic
    tokens = lexicon.tokens(topical)
    marked = lexicon.marked_tokens(topical)
    # An abbreviation counts through its expansion, matched without diacritics.
    loose = {tok for tok, expanded in marked if expanded} | (_guessed(tokens, lexicon) if restored else set())
    abbreviations = lexicon.abbreviations_in(question)
    # "diễn ra lúc nào", "diễn ra ở đâu": the event happening, asked when or where it does, not what about; asked how
    # long or how often ("họp định kỳ bao lâu một lần"), what happens is what the length is of: its topic
    moment = _said(tokens, MOMENT_WORDS) if (kind.kinds & ASKS_WHEN or PLACE in kind.kinds) \
        and PERIOD not in kind.kinds else set()
    moment |= _said(tokens, RECEIVE_WORDS) if {MONEY, NUMBER} & set(kind.strict) else set()
    moment |= _said(tokens, ATTEND_WORDS) if NUMBER in kind.strict else set()
    # "dùng" of "… dùng cho ai", "nhung" of "… cho nhung ai": they ask whom, not what about
    moment |= _said(tokens, INTENDED_WORDS) | whom_frame(tokens) if BENEFICIARY in kind.kinds else set()
    cues = cue_tokens(tokens)
    content = [tok for tok in lexicon.content_tokens(topical, exact) if tok not in cues
               and tok not in abbreviations and tok not in moment and not _slang(tok, lexicon)]
    # "văn bản này áp dụng cho ai?" asked of one document: a word of two syllables or more saying only what is asked
    # of it is then its whole topic, held by the line saying it ("Quy chế này áp dụng đối với …"), not dropped to a
    # topic no line can cover; one syllable ("dùng cho ai") is in too many lines ("dùng chung") to say which
    if scoped and kind.kinds and not content:
        asked = [tok for tok in lexicon.content_tokens(topical, exact) if tok not in cues
                 and tok not in abbreviations and not _slang(tok, lexicon)]
        content = asked if len(asked) > 1 else content
    idf = {tok: lexicon.idf(tok, (exact and tok not in loose) or None) for tok in content}
    pair_share = weights.pair_share
    pairs: list[tuple[str, str, float]] = []
    seen = set()
    seq = [tok for tok in tokens if tok in idf]  # pairs across linking words and abbreviations
    for a, b in zip(seq, seq[1:]):
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            pairs.append((a, b, pair_share * (idf[a] + idf[b]) / 2))
    # numbers written with two or more digits, in the form syllables() gives them ("02" → "2")
    identifiers = {number.lstrip("0") or "0" for number in re.findall(r"\d{2,}", question)}
    identifiers |= {tok.lower() for tok in _ROMAN.findall(question)}
    # "ngày 13/01", "12/1": a day named is about the lines stating that day, each of its numbers (one digit too) with it
    days = list(dict.fromkeys(days_named(question)))
    identifiers |= {tok for day in days for tok in day.tokens}
    # the numbers naming a document ("NQ 57"), and the year it was issued, said with one ("QĐ 22 năm 2013")
    names = ({str(number) for _, number in doc_refs(question)} | ref_years(question)) & identifiers
    # "năm 2025", "khóa XIV": the word before a number the question names says what it counts, and is no topic.
    # "bao nhiêu tiền": a word without which the question asks for another kind of fact is stated by
    # any fact of that kind. Not the word before a value the question states ("nằm viện 12 ngày", "khả năng lao
    # động 40%"): it is a topic.
    values = measured(question) | shares(question)
    numbering = {a for a, b in zip(tokens, tokens[1:]) if b.lower() in identifiers - values} - identifiers
    asking = {tok for tok in idf if kind.strict and classify(
        pattern(rf"(?i)(?<!\w){re.escape(tok)}(?!\w)").sub(" ", question, count=1)).strict != kind.strict}
    asking |= _naming_kind(seq, kind)
    # "được công nhận mới" asked a count: the new ones are those its line counts ("công nhận 41 sản phẩm")
    asking |= {tok for tok in idf if exact and NUMBER in kind.strict and tok.lower() in NEWLY}
    # "hạn chót" asked of one document: words that only ask a kind of fact, and nothing else, ask that document's
    # fact of the kind; its line stating one ("gửi … trước ngày 10/7") holds them, though it never repeats them
    told = set(idf) if scoped and kind.kinds and set(idf) <= asking_words(tokens) else set()
    stated_by = {k: words & set(idf) for k, words in stated_words(tokens, kind.kinds).items()}
    # "chật" of "nhà … chật", as typed with its marks (restored, "xa" may be a "xã" typed bare)
    judged_asked = {tok: kinds for tok, kinds in judging(tokens).items()
                    if tok in idf} if exact and not restored else {}
    return Query(question, kind, idf, pairs, exact, loose, identifiers, names, numbering, asking, tokens,
                 (measured(question) | (premise_numbers(question) - names)) & identifiers, judged,
                 asserted and not judged, _which(tokens) & set(idf), told, stated_by,
                 lexicon.synonyms.groups_of_words([tok for tok, expanded in marked if not expanded]),
                 frozenset(tok for phrase in premise_phrases(question) for tok in lexicon.tokens(phrase)) & set(idf),
                 days, judged_asked)


def _guessed(tokens: list[str], lexicon: Lexicon) -> set[str]:
    """Of a question typed without diacritics, the words whose restored form no pair the documents write vouches for
    (neither neighbour stands beside it so): a guess among the forms folding alike ("thuong" of "thuong cho tap the"
    read "thường", where the line says "mức thưởng"), so matched by any of them, as typed."""
    return {tok for n, tok in enumerate(tokens) if tok != fold(tok) and not any(
        lexicon.df_pairs[pair] for pair in ((tokens[n - 1], tok) if n else ("", ""),
                                            (tok, tokens[n + 1]) if n + 1 < len(tokens) else ("", "")))}


def _said(tokens: list[str], words: frozenset[tuple[str, ...]]) -> set[str]:
    """The syllables of the question's words of a table said with the kind they go with: a moment of an event ("bắt
    đầu" in "mấy giờ bắt đầu hội thao", MOMENT_WORDS) asked when, receiving ("nhận được" in "mỗi đoàn viên nhận được
    bao nhiêu tiền", RECEIVE_WORDS) asked an amount, attending ("bao nhiêu người tham dự", ATTEND_WORDS) asked a count:
    they say what is asked, not what about. A word of two syllables is matched folded; one of a single syllable as
    written, marks and all ("họp" of "hội nghị họp ngày nào", not "hợp" of "hợp đồng"), folding merging too many."""
    return {tok for pair in zip(tokens, tokens[1:]) if tuple(fold(t) for t in pair) in words for tok in pair} | {
        tok for tok in tokens if (tok.lower(),) in words}


def _which(tokens: list[str]) -> set[str]:
    """The syllables of the words asking which case ("trường hợp" in "trong trường hợp nào"): said before "nào",
    they say what is asked, not what about."""
    folded = [fold(tok) for tok in tokens]
    return {tok for n in range(len(tokens) - 2)
            if tuple(folded[n:n + 2]) in WHICH_WORDS and folded[n + 2] == WHICH_ASKED for tok in tokens[n:n + 2]}


def _slang(tok: str, lexicon: Lexicon) -> bool:
    """"bro", "ok": a word found in no document, in no form, that is no Vietnamese syllable either (chat slang, a
    foreign word): it says nothing of the topic, and counted as one it sinks the share of the question any passage
    holds. A Vietnamese word found nowhere stays ("kết hôn" asked of plans that never say it), and so does an
    abbreviation (no vowel: "ncc", "ldtbxh"), which names a topic; nor a foreign word of a synonym group ("online":
    "trực tuyến", prompts/synonyms.toml), which the documents say in its group's other words."""
    return (tok.isalpha() and not is_syllable(tok) and bool(_VOWEL.search(fold(tok)))
            and lexicon.df(tok, False) == 0 and not lexicon.synonyms.groups_of_words([tok]))


def _naming_kind(tokens: list[str], kind: QuestionKind) -> set[str]:
    """"tỷ lệ" in "tỷ lệ … bao nhiêu phần trăm": words (one or two side by side) that name the strict kind of fact
    asked by themselves ("tỷ lệ bao nhiêu" asks a percentage, as "bao nhiêu" alone does not), or that ask for a time
    the strict kind asked gives ("hạn chót" of "hạn chót … là ngày nào": a date is what a deadline is). A sentence
    stating such a fact ("65% số vụ việc …", "trước ngày 20 tháng 6") states them, whether or not it repeats them.
    A pair only when neither of its words names the kind alone: in "số tiền nợ" the kind is "tiền"'s, and "nợ" is what
    the amount is of, its subject (said as "chậm đóng" too), not a word any amount of money states."""
    if not kind.strict:
        return set()
    asked = set(kind.strict) - set(classify(_HOW_MANY).strict)
    strict = frozenset(kind.strict)

    def names(text: str) -> bool:
        return bool(asked & (set(classify(f"{text} {_HOW_MANY}").strict) | set(classify(f"{_HOW_MANY} {text}").strict))
                    or field_answers(text, strict))

    alone = {tok for tok in tokens if names(tok)}
    return alone.union(*(pair for pair in zip(tokens, tokens[1:])
                         if alone.isdisjoint(pair) and names(" ".join(pair))))


def _free(query: Query, terms: Terms, tok: str, lexicon: Lexicon | None, collocation: float) -> bool:
    """Whether the text holds the question's syllable as a word of its own somewhere, not only inside another word
    the question does not hold: "thời" of "thời hạn" is not held by "kịp thời", nor "tục" of "thủ tục" by "tiếp
    tục" (a neighbour the corpus nearly always puts beside it: Lexicon.bound)."""
    if lexicon is None or collocation > 1 or tok.isdigit():
        return True
    exact = query.exact and tok not in query.loose
    key = tok if exact else fold(tok)
    places = (terms.around if exact else terms.around_folded).get(key)
    if not places:
        return True  # held through an abbreviation's expansion only
    own = query.own_pairs if exact else query.folded_pairs
    # beside a neighbour the question writes it beside, it stands in the question's own word ("Tháng hành động" of
    # "hưởng ứng Tháng hành động"), whatever its other neighbour is bound to
    return any((before, key) in own or (key, after) in own
               or not (before and lexicon.bound((before, key), before, collocation, exact))
               and not (after and lexicon.bound((key, after), after, collocation, exact))
               for before, after in places)


def _coverage(query: Query, terms: Terms, context: Terms | None = None,
              context_share: float = DEFAULT.context_share, stated: frozenset[str] = frozenset(),
              frame: frozenset[str] = frozenset()) -> tuple[float, set[str]]:
    """Share of the question's weight the text holds (its heading and lead-in, `context`, at a share); the words
    in `stated` it holds whatever it says (those naming the kind of fact it states: "tỷ lệ" for "65%"), and those
    of `frame` too, with the word pairs they stand in ("trường hợp" nào: how it asks, Query.which)."""
    stated = stated | frame
    got = 0.0
    matched: set[str] = set()
    held = terms.held
    around = context.held if context is not None else frozenset()
    for tok, w, keys in query.probes:
        if tok in stated or not held.isdisjoint(keys):
            got += w
            matched.add(tok)
        elif not around.isdisjoint(keys):
            got += context_share * w
            matched.add(tok)
    for (a, b, _), (w, keys) in zip(query.pairs, query.pair_probes):
        if a in stated and b in stated or a in frame or b in frame or not held.isdisjoint(keys):
            got += w
        elif not around.isdisjoint(keys):
            got += context_share * w
    return got / query.total, matched


def _continues(clause: str) -> bool:
    """A clause after a ";" that goes on listing the values of the one before ("điện thoại 024.37347469;
    024.37340281 hoặc đồng chí …", "24 giờ … đối với Chủ tịch; 12 giờ … đối với Ủy viên"): it opens with a
    number that is no list item's ("2. Tổ chức …", "3) …")."""
    return bool(_VALUE_START.match(clause)) and not _ITEM_NUMBER.match(clause)


def _goes_on(clause: str) -> bool:
    """A piece split_sentences cut after a ";" that opens with a small letter, no item's label ("… thủy sản; đất
    đai và môi trường.", "… chữa cháy rừng; điều tra, xử lý …"): split_sentences takes "đ" and any marked small
    letter for a capital, which cut an enumeration or a duty before its last part (new-user recheck of session 41,
    M7); the sentence is one, and whether it is long enough to be cut at its ";" is _spans' to say."""
    return clause[:1].islower() and not _ITEM_LABEL.match(clause)


def _sentences(text: str) -> list[tuple[int, str]]:
    """split_sentences with offsets, a clause that goes on listing values kept with the one before."""
    out: list[tuple[int, str]] = []
    pos = 0
    for sentence in split_sentences(text):
        start = text.find(sentence, pos)
        if start < 0:
            continue
        pos = start + len(sentence)
        if out and (out[-1][1].endswith(";") and (_continues(sentence) or _goes_on(sentence))
                    or _article_label(out[-1][1])):
            out[-1] = (out[-1][0], text[out[-1][0]:pos])
        else:
            out.append((start, sentence))
    return out


def _article_label(sentence: str) -> bool:
    """"Điều 3.", "Bước 2.": an article's or a step's number alone, split off the sentence it opens; it goes with
    that sentence."""
    m = heading_match(sentence.strip())
    step = step_match(sentence.strip())
    return bool(m) and m.kind == "dieu" and not m.rest or bool(step) and not step.rest


def _runs_into_list(sentence: str, text: str, end: int) -> bool:
    """A heading running into its list's first item, the sentence ending at `end` of `text`: quoted with that item."""
    return bool(_FIRST_LETTER.search(sentence) and _SECOND_LETTER.search(text, end))


def spans(text: str) -> tuple[tuple[int, str], ...]:
    """Sentences of a passage, long ones (weights.long_sentence) cut into ";" clauses (_spans)."""
    return _spans(text, DEFAULT.long_sentence, DEFAULT.min_clause)


@lru_cache(maxsize=20_000)
def _spans(text: str, long_sentence: int, min_clause: int) -> tuple[tuple[int, str], ...]:
    """Sentences of a passage, long ones cut into ";" clauses, with their offsets (verbatim).
    The marker of the next list item ("…, trong đó: a.") is no part of a sentence, and a clause too short
    to stand alone ("tối thiểu là 9 buổi/tuần.)") or going on with the values of the one before (a second
    phone number) stays with the clause before it; it opens the item it numbers ("b. Thăm hỏi …").
    A table row ("| 2 | … | Văn phòng; Hội LHPN quận | Ngày 23/01/2027 |") is one span, as answers show it
    (model.labelled_row): a ";" or a full stop inside a cell cuts no sentence, and its cells state its facts together
    (the date of the row's event beside its place). (Cached: the same passages come back question after question.)"""
    if _TABLE_ROW.fullmatch(text):
        return ((len(text) - len(text.lstrip()), text.strip()),)
    out: list[tuple[int, str]] = []
    marker = -1  # where the marker left at the end of the sentence before stands
    for start, sentence in _sentences(text):
        if marker >= 0:
            start, sentence = marker, text[marker:start + len(sentence)]
        dangling = _DANGLING.search(sentence)
        marker = -1
        if not dangling and _runs_into_list(sentence, text, start + len(sentence)):
            marker = start
            continue
        if dangling:
            marker = start + dangling.start() + len(dangling.group()) - len(dangling.group().lstrip())
            sentence = sentence[:dangling.start()]
        if not any(c.isalpha() for c in sentence) or _MARKER_ONLY.match(sentence.strip()):  # "4.", "4.1.c."
            continue
        if len(sentence) <= long_sentence:
            out.append((start, sentence))
            continue
        clauses: list[tuple[int, str]] = []
        cpos = start
        for clause in _CLAUSE_SPLIT.split(sentence):
            cstart = text.find(clause, cpos)
            if cstart < 0:
                continue
            cpos = cstart + len(clause)
            if clauses and (len(clause) < min_clause or _continues(clause)):
                first = clauses[-1][0]
                clauses[-1] = (first, text[first:cpos])
            else:
                clauses.append((cstart, clause))
        out.extend(clauses)
    return tuple(out)


def field_spans(text: str, asked: frozenset[str]) -> Mapping[int, frozenset[str]]:
    """The labelled fields of a passage ("1. Thời gian: …"), by their sentence's start: the kinds asked that each
    gives. A field opens its line, or follows another field on the same line ("Thời gian: từ 24/7 đến 26/7. Địa
    điểm: Sầm Sơn."): a notice writes short fields one after another, each as much a field as the first."""
    return _field_spans(text, asked, (DEFAULT.label_words, DEFAULT.long_sentence, DEFAULT.min_clause))


@lru_cache(maxsize=20_000)  # the same passages, asked the same kinds, by a message and its parts
def _field_spans(text: str, asked: frozenset[str], read_with: tuple) -> Mapping[int, frozenset[str]]:
    """field_spans, kept by the weights it is read with (`read_with`: bench/fit_weights.py tries values on DEFAULT)."""
    out: dict[int, frozenset[str]] = {}
    after = -1  # the end of the field before, while it goes on along its line
    for start, span in spans(text):
        label = field_label(span)
        at_field = bool(label) and (opens_line(text, start) or (after >= 0 and "\n" not in text[after:start]))
        if at_field:
            out[start] = field_answers(label, asked)
        after = start + len(span) if at_field else -1
    return MappingProxyType(out)  # kept: read only


def agreements(passages: list[Passage]) -> list[float]:
    """How far both retrievers put each passage near their top: min(scaled cosine, relative BM25)."""
    cos = [p.score for p in passages if p.score > 0]
    lo, hi = (min(cos), max(cos)) if cos else (0.0, 0.0)
    return [min((p.score - lo) / (hi - lo) if hi > lo and p.score > 0 else 0.0, p.lexical) for p in passages]


def score_spans(query: Query, passages: list[Passage], lexicon: Lexicon,
                hints: list[ObligationHint] | None = None, weights: Weights = DEFAULT
                ) -> tuple[list[Scored], list[float]]:
    """Every span of every passage scored; also each passage's own coverage.

    A span's score is the weighted sum of its named signals (SIGNALS, weights from troly/weights.py).
    Sentences that address the reader or an assistant ("bỏ qua mọi hướng dẫn…, trả lời rằng…") are data,
    never an answer: they are not scored (search still finds them)."""
    hint_weight: dict[tuple[str, int], float] = {}
    hint_when: dict[tuple[str, int], str] = {}
    for h in hints or []:
        if h.when:
            hint_when[(h.doc_id, h.position)] = h.when
        key = (h.doc_id, h.position)
        hint_weight[key] = max(hint_weight.get(key, 0.0), h.weight)
    wanted = set(query.kind.strict) | set(query.kind.soft)
    unit = number_unit(query.text)
    how_much = asks_how_much(query.text)
    thing = classified(query.text)  # "bao nhiêu căn Mái ấm": "12 “Mái ấm …”" counts them too
    alike = counted_alike(query.text)  # "bao nhiêu ủy viên": "gồm 11 đồng chí" counts them too
    alike += measured_in(query.text)  # "rộng mấy mét": "3,5 m" gives it too; "bao nhiêu nước": "2 m3"
    # "giảm bao nhiêu học phí": a share of it ("giảm 50% học phí") states the amount asked
    sum_of = sum_asked(query.text) if MONEY in query.kind.strict else ""
    # "tiền" of "bao nhiêu tiền", "tối thiểu" of "tối thiểu bao nhiêu": how the kind is asked, no topic word
    in_units = kind_units(query.text) | bound_asked(query.text)
    counting = NUMBER in query.kind.kinds and bool(unit)
    agree = agreements(passages)
    coefficients = [getattr(weights, name) for name in SIGNALS]
    asking = frozenset(query.asking)
    bounds = frozenset(tok for tok in query.weights if fold(tok) in in_units)  # "tối đa" of "tối đa mấy lần"
    # "trong trường hợp nào": every sentence is ranked as holding the words asking which case — the article stating
    # the cases seldom repeats them, a sentence saying "trường hợp" by the way does; how sure the answer is
    # (abstain.py) still counts only the words a sentence holds
    which = frozenset(query.which)
    claims = frozenset(premise_numbers(query.text) & query.identifiers) | query.claimed
    scored: list[Scored] = []
    passage_cov: list[float] = []
    headings: set[str] = set()
    leads = [lead for lead in map(list_lead, passages) if lead]
    at_named = named_place(query.text)
    naming_words = f"{place_words(query.text)} \n " if at_named is not None else ""
    percents = shares(query.text)  # "40%": about the line whose bound holds it ("từ 31% trở lên")
    asked_run = topic_run(query.text)  # its topic words: a heading restating them is its passage's (_restated_heading)
    head = asked_head(query.text, weights.head_words + 1)  # with the word after it: the one it may cross into
    head_groups = lexicon.synonyms.groups_held(list(head[:weights.head_words]))  # the question's: once, not per passage
    amounts_asked = AMOUNTS & set(query.kind.strict)
    # the question's words in order, "" for those saying nothing of its subject (how it asks: "bao nhiêu tiền"; a
    # number), a shorthand typed, no syllable ("kn" of "chỉ tiêu kn đv": a passage spelling it out says it), and
    # between its phrases (bot/answer/siblings.py)
    subject_words = {w for w in set(query.weights) - query.asking - query.numbering - query.told if is_syllable(w)}
    asked_words = [w if w in subject_words else "" for phrase in _phrases(query.text, query.exact)
                   for w in [*phrase, ""]] if amounts_asked else []
    # "bao nhiêu một ngày": the unit of the rate an amount is asked per (of money, or a number counting no unit: not
    # "mỗi năm bao nhiêu hộ", a count)
    per = asked_per(query.text) if MONEY in query.kind.strict or NUMBER in query.kind.strict and not unit else ""
    # the first year the question names: the period asked begins then ("năm học 2026-2027": 2026)
    asked_baselines = _baseline_years(query.text)  # "… so với năm 2025": a year the question measures against
    asked_from = min((int(tok) for tok in query.naming_ids if STATED_YEAR.fullmatch(tok)), default=0)
    # ... unless a day is asked: the line's date is then the answer, its year when it falls, not another year the line
    # is of (the budget for 2028 is sent "trước ngày 20 tháng 7 năm 2027")
    dated_from = 0 if {DATE, DEADLINE} & set(query.kind.strict) else asked_from
    whole_subject = [(w, keys) for tok, w, keys in query.probes if tok.lower() not in query.identifiers
                     and tok not in query.numbering and fold(tok) not in in_units and tok not in query.asking
                     and tok not in query.told]
    # the values of attributes the question names, and those each document's passages found write, with their
    # headings, lead-ins and name: whether the document gives the value asked (siblings.other_values)
    asked_values = values(query.text) if amounts_asked else set()
    written: dict[str, str] = {}
    for p in passages if asked_values else []:
        written[p.doc_id] = f"{written.get(p.doc_id, '')} \n {p.written}"
    written_values = {doc: values(text) for doc, text in written.items()}
    for i, p in enumerate(passages):
        # What names the document (its short name "QĐ 22/2013/QĐ-TTg", the body that issued it, the province its
        # header names: Passage.naming) is context of each of its passages, and no topic: a question naming the
        # document by its number finds its passages, not others citing that number.
        p_lead = list_lead(p)
        context = lexicon.terms(f"{p.naming} \n {p.section} \n {p_lead} \n {hint_when.get((p.doc_id, p.position), '')}")
        title = lexicon.terms(p.naming).held
        # "Thời gian: từ 7 giờ 30 ngày 18/11" asked "hội thao tổ chức ngày nào" of the plan for the Hội thao: a line
        # whose label names the kind asked gives it of what the document organises, so the question's words naming
        # that in its title (not the occasion it marks: planned) are that line's own; and it states the kind asked.
        fields = field_spans(p.text, frozenset(query.kind.kinds)) if query.kind.kinds else {}
        # a row of a list of people ("| 1 | Đỗ Văn Mạnh | Thợ cơ khí |") names a person by its column ("Họ và tên: Đỗ
        # Văn Mạnh", as answers quote it), never by a title of address
        named_in_row = PERSON in wanted and states(PERSON, labelled_row(p)[1])
        # a row's cells are labelled by its table's header ("Địa điểm", "Đơn vị công tác" of "| 4 | Đỗ Văn Kiên |
        # Công ty Xi măng … |"): a filled cell under a header naming a kind asked gives it, as a field's label does
        in_columns = frozenset().union(*(field_answers(header, frozenset(query.kind.kinds)) for header, cell in
                                         row_cells(p) if cell.strip())) if query.kind.kinds else frozenset()
        of_field = f"{planned(p.document)} \n {planned(p.short_name)} \n "
        # The question's own topic: not the document's name, nor the numbers it names (checked on their own: ids_found).
        topic_probes = [(tok, w, keys) for tok, w, keys in query.probes if title.isdisjoint(keys)
                        and tok.lower() not in query.identifiers and tok not in query.numbering
                        and fold(tok) not in in_units]
        # "năm nay" of a document whose title names its year: that year, held by each of its lines (_THIS_TIME)
        now = {tok for tok, _, _ in topic_probes if fold(tok) in _THIS_TIME} \
            if stated_years(p.document, dated=False) else set()
        # A passage standing at the place the question names holds the words naming it ("khoản 2 điều 2": "2. …"
        # under "Điều 2. …"); a word that may be a filler typed without diacritics ("dieu 26 noi gi": nói / nơi)
        # is then no topic it must also hold.
        here = at_named is not None and stands_at(place_of(p.section, p.lead, p.text), at_named)
        naming = naming_words if here else ""
        # standing at the place named, a passage is where the question points, which search found by its address
        # (search._at_named_place), not by the retrievers' ranking: one point alone ("điểm b khoản 2 Điều 4") has
        # none to be ranked above
        agreed = 1.0 if here else agree[i]
        if here:
            topic_probes = [probe for probe in topic_probes if not maybe_stopword(probe[0])]
        # the days named are its topic too: a timetable's row ("Ngày: 13/01/2027 | Nội dung: …") is what "lịch tập
        # huấn ngày 13/01 học gì" is about, though it repeats none of the words its document's title says
        days_w = {day: query.day_weight(day) for day in query.days}
        topic_total = sum(w for _, w, _ in topic_probes) + sum(days_w.values())
        # a table row says what its heading says ("Công đoàn cơ sở được sử dụng | 70%" under "1. Phân phối kinh phí công
        # đoàn"): its cells are terse, and the rows of another heading's table may repeat them word for word
        naming = f"{naming}{_row_heading(p) or _restated_heading(p, asked_run)}"
        body = lexicon.terms(f"{naming}{of_field if any(fields.values()) else ''}{bounds_said(query.text, p.text)} \n "
                             f"{p.text}")
        lead = lexicon.terms(p_lead).held
        around = lead | lexicon.terms(p.section).held  # a sentence says what its lead-in and heading say
        # The document's short name carries its number ("NQ 494/NQ-UBTVQH13"): its passages are about that number.
        named = lexicon.terms(p.short_name)
        # A document found by the number the question names it by ("NQ 57" → its action programme's annex); its text
        # is about that number where it names the document ("theo Nghị quyết số 03/NQ-CP"), not where it writes the
        # same figure as an amount ("| ≥ 3 |").
        referred = _referred(p.text) if query.names else frozenset()
        # a year asked that the line does not state, where it states another ("Năm 2027: …" in the plan for 2026),
        # is not found by the document's name or heading holding it: the line speaks of the year it states
        # — nor the heading it stands under, the line stating none ("I. ĐÁNH GIÁ KẾT QUẢ NĂM 2026" in the resolution for
        # 2027: its lines are last year's results, not the targets asked of 2027)
        other_year = (_stated_years(p.text, dated_from) or _heading_years(p.section, dated_from)) - query.names
        # the period the document's name or heading covers is the year of each of its lines that states no other
        # ("năm 2028" of the plan for "giai đoạn 2026 - 2030"), as the year it states is (context)
        covering = f"{p.document} \n {p.section} \n {p_lead}"
        # a day named is found where it is stated, not where its numbers are ("12/1" is not "12/12/2026")
        p_days = query.days_on(f"{p.section}\n{p_lead}\n{p.text}") if query.days else []
        on_day = frozenset().union(*(day.tokens for day in p_days))
        # … nor by a date of it the line writes while it states another year ("dự toán năm 2027 …, trình trước ngày 15
        # tháng 12 năm 2026": a task of 2027 due in 2026, asked of 2026), a date saying when, not of which year — unless
        # the question writes it in a document's number ("quyết định 21/2026": the year is the document's); nor by the
        # year it measures against ("Giảm 15% số trẻ em tử vong … so với năm 2026" under "Mục tiêu năm 2027", asked
        # how many died in 2026), unless the question measures against it too
        dated_only = frozenset(tok for tok in query.naming_ids if other_year and not pattern(rf"\d/{tok}(?!\d)").search(
                                                                                                query.text)
                               and STATED_YEAR.fullmatch(tok) and tok not in other_year
                               and tok not in _own_years(p.text, asked_baselines))
        # … nor by a year it writes only as the one it measures against ("Giảm 5% số vụ tai nạn … so với năm 2026"
        # asked how many accidents 2026 had: a target measured against 2026, no figure of it), whatever other year
        # it states
        measured_only = _measured_only(p.text, asked_baselines)
        # a row of a table whose columns are years states each year it has a figure for ("| Chỉ tiêu | Năm 2022 |
        # Năm 2023 |"), whatever year the heading above says ("Kết quả năm 2024" over four years' results)
        column_years = frozenset(tok for header, cell in row_cells(p)[1:] if cell.strip()
                                 for tok in re.findall(r"\d+", header) if STATED_YEAR.fullmatch(tok))
        ids_found = frozenset(tok for tok in query.naming_ids if (tok in on_day if tok in query.day_tokens else (
                              (p.named and tok in query.names) or tok in column_years
                              or ((context.has(tok, False) or named.has(tok, False)
                                   or STATED_YEAR.fullmatch(tok) and in_range(tok, covering))
                                  and not (other_year and STATED_YEAR.fullmatch(tok) and tok not in other_year))
                              or (tok in referred if tok in query.names else body.has(tok, False)
                                  and tok not in dated_only and tok not in measured_only or in_range(tok, p.text)
                                  or tok in percents and holds(Quantity(float(tok), "%", tok), p.text) is True))))
        p_stating = _stating(p.text)
        above = _headings(p, p_lead) if wanted & HEADED else ""
        p_told = query.held_by(_stated(wanted, p_stating, above, p.text)) | _claims_answered(claims, query, p_stating) \
            | query.judged_by(p_stating)
        # "đặt mục tiêu" of a passage stating a goal: held, yet never ranked by ("đạt" says a result as often)
        p_planned = query.held_by(_goal(p_stating))
        p_cov, _ = _coverage(query, body, context, weights.context_share, p_told | p_planned)
        tallied = counting and _tallies(p)
        p_asking = asking if any(states(k, p_stating) for k in query.kind.strict) else frozenset()
        p_stated = _coverage(query, body, context, weights.context_share, asking | bounds | p_told | p_planned)[0] \
            if query.kind.strict else p_cov
        ranked_p_cov = _coverage(query, body, context, weights.context_share, p_asking | p_told, which)[0] \
            if p_asking or which or p_planned else p_cov
        # what the passage is about: the topic's words besides those asking a kind of fact ("tiền", "tỷ lệ"); those
        # saying only how it is measured ("tổng", "mức": measure_word) count only when it holds them
        subject = [(tok, w, keys) for tok, w, keys in topic_probes if tok not in query.asking and tok not in query.told
                   and tok not in p_planned]
        about = max(_share([(w, keys) for _, w, keys in subject], body.held, around),
                    _share([(w, keys) for tok, w, keys in subject if not measure_word(tok)], body.held, around))
        held_subject = _share(whole_subject, body.held, context.held)
        passage_cov.append(p_cov)
        prior = 1.0 / (1.0 + i / 4.0)
        hint = min(hint_weight.get((p.doc_id, p.position), 0.0), 3.0)
        # A table's header row names the columns and says nothing by itself: never quoted as an answer, found
        # with its rows or without them.
        candidates = [] if header_row_only(p) else list(spans(p.text))
        heading = p_lead or _full(p.section.split(SECTION_SEP)[-1], leads)
        if heading and heading not in headings:  # "Điều 1. … tập huấn 03 năm một lần …:" may be the answer
            headings.add(heading)
            candidates.insert(0, (HEADING, heading))
        headed = _headed(head, weights.head_words, query.exact, head_groups, lexicon,
                         f"{p.document} \n {p.short_name} \n {p.section} \n {p_lead} \n {p.text}")
        p_context = f"{p.naming} \n {p.section} \n {p_lead} \n {p.text}"
        p_words = {fold(w) for w in _word_list(p_context, query.exact)} if amounts_asked else set()
        p_phrases = _phrases(p.text, query.exact) if amounts_asked else []
        lead_phrases = _phrases(p_lead, query.exact) if amounts_asked else []  # once per passage, not per line
        p_heading = f"{p.section.split(SECTION_SEP)[-1]} \n {p_lead}"  # an article's heading names its lines' subject
        for start, span in candidates:
            if is_instruction(span) or _is_label(span):
                continue
            # the day a text cited was issued says nothing asked, unless of that text by its number
            stating = _stating(_undated(in_column_units(p, start, span) if start != HEADING else span,
                                        frozenset(query.names)))
            kinds = _stated(wanted, stating, above, span) | ({PERSON} if named_in_row else set())
            if sum_of and states_share_of(sum_of, stating) or MONEY in wanted and states_coefficient(stating, p.text):
                kinds.add(MONEY)
            # asked the day data is counted to ("số liệu tính đến ngày nào"), a duty's deadline ("gửi báo cáo trước
            # ngày 10/7") is no such day: neither its date nor its being a duty (the obligation hint) answers
            due_only = _due_only(wanted, kinds, stating)
            if due_only:
                kinds.discard(DATE)
            counted = counting and (counts(unit, stating) or bool(thing) and counts(thing, stating)
                                    or counts_any(alike, stating) or counts_named(query.text, stating)
                                    or (tallied and start != HEADING))
            # a number of no unit asked ("đoàn phí hằng tháng là bao nhiêu") is no day of a date ("trước ngày 20"),
            # nor, asked how much, a length of time ("từ 12 tháng trở lên")
            if NUMBER in kinds and (not counted if unit else only_dates(stating)
                                    or (how_much and only_lengths(stating))):
                kinds.discard(NUMBER)
            strict = sum(1 for k in kinds if k in query.kind.strict)
            if start == HEADING and not strict:  # the heading is context already, unless it states the fact asked
                continue
            field = fields.get(start, frozenset())  # only the sentence opening the labelled line
            span_terms = lexicon.terms(f"{naming}{of_field if field else ''}{bounds_said(query.text, span)} \n {span}")
            told = query.held_by(kinds) | _claims_answered(claims, query, stating) | query.judged_by(stating)
            goal_told = query.held_by(_goal(stating))  # held as the passage's (p_planned), not ranked by
            s_cov, matched = _coverage(query, span_terms, context, weights.context_share, told | goal_told)
            # Ranked as holding the words that name the kind of fact it states ("tỷ lệ" for "65%"); how sure the
            # answer is (abstain.py) still counts only the words it holds.
            ranked_cov = _coverage(query, span_terms, context, weights.context_share,
                                   (asking if strict else frozenset()) | told, which)[0] \
                if strict or which or goal_told else s_cov
            # words it holds only inside other words ("thời" of "thời hạn" in "kịp thời") add nothing to an answer
            inside = {tok for tok in matched if not _free(query, span_terms, tok, lexicon, weights.collocation)}
            # A list item's lead-in ("Đến năm 2030:") and its heading are part of what the item says.
            held = span_terms.held
            words_held = sum(w for tok, w, keys in topic_probes
                             if not (held.isdisjoint(keys) and around.isdisjoint(keys))
                             or (strict and tok in query.asking) or tok in told or tok in goal_told or tok in now)
            days_held = sum(days_w[day] for day in query.days_on(f"{p.section}\n{p_lead}\n{span}"))
            topic = (words_held + days_held) / topic_total if topic_total else 1.0
            # ... all of it but the days named: said of another day ("ngày 25/01" of a timetable with no such row)
            undated = (words_held + sum(days_w.values())) / topic_total if topic_total else 1.0
            # the share of that topic it holds only by stating a fact of the kind those words name ("tỷ lệ": "99%")
            # (not the words asking a kind of one document: what else could they be said of)
            credited = (sum(w for tok, w, keys in topic_probes if strict and tok in query.asking and tok not in told
                            and held.isdisjoint(keys) and around.isdisjoint(keys)) / topic_total
                        if topic_total else 0.0)
            # … and says it of something the question names (not the occasion only its title names: planned)
            labelled = bool((field | in_columns) & (kinds | set(query.kind.soft))) and any(
                not held.isdisjoint(keys) for _, _, keys in query.probes)
            signals = (ranked_cov, ranked_p_cov, prior, float(strict), float(len(kinds) - strict + labelled),
                       0.0 if due_only else hint,
                       agreed)
            score = sum(c * v for c, v in zip(coefficients, signals))
            siblings = siblings_named(asked_words, [*lead_phrases, *_phrases(span, query.exact)],
                                      p_phrases, p_words) if kinds & amounts_asked else frozenset()
            levels = other_levels(query.text, f"{p_heading} \n {span}", p_context) \
                if kinds & amounts_asked else frozenset()
            valued = other_values(asked_values, f"{p_lead} \n {span}", written_values[p.doc_id]) \
                if kinds & amounts_asked and asked_values else frozenset()
            left_out = bool(kinds & amounts_asked) and unlisted(
                asked_words, [_word_list(label, query.exact) for label in labels(_text_line(p.text, start, span))],
                p_words)
            rated = not (per and paid_otherwise(per, _paid_per(stating),
                                                 f"{p.document} \n {p.section} \n {p_lead} \n {stating}"))
            scored.append(Scored(i, span, start, s_cov, p_cov, score, kinds, matched, p.doc_id, hint > 0,
                                 topic, ids_found, signals, agreed, counted, inside=inside, labelled=labelled,
                                 credited=credited, about=about, held=held_subject, undated=undated,
                                 headed=headed, siblings=siblings, levels=levels, valued=valued, rated=rated,
                                 unlisted=left_out,
                                 stated_coverage=p_stated if set(query.kind.strict) <= kinds else p_cov))
    scored.sort(key=lambda s: -s.score)
    return scored, passage_cov


def _headed(subject: tuple[str, ...], size: int, exact: bool, groups: frozenset[int], lexicon: Lexicon,
            text: str) -> bool:
    """Whether a text (a passage with its lead-in, headings and document's name) speaks of the noun an amount is asked
    of: its first `size` words of the subject asked (question.asked_head) as one phrase, or a phrase of their synonym
    `groups` ("tiền học" of "học phí"; Synonyms.groups_held of those words, read once a question); or, when the last
    of them may open a word with the next ("phụ cấp đi lại": "đi lại"), the words before it as one phrase and that
    word ("phụ cấp" and "đi lại"). Never its syllables apart: "học phí" is not "học viên" + "kinh phí", nor "phạt đổ
    rác" "đổ rác" alone."""
    head = subject[:size]
    if not head:
        return True
    said = _word_list(text, exact)
    if _holds_phrase(said, head) or not groups.isdisjoint(lexicon.terms(text).named):
        return True
    return any(_holds_phrase(said, head[:k]) and _holds_phrase(said, subject[k:k + 2])
               for k in range(1, len(head)) if len(subject) >= k + 2)


def _holds_phrase(said: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether these words hold the phrase, its words in a row."""
    n = len(phrase)
    return any(tuple(said[i:i + n]) == phrase for i in range(len(said) - n + 1))


def _word_list(text: str, exact: bool) -> list[str]:
    """The words of a text in order, lower case, its abbreviations spelled out, folded unless matched as typed."""
    text = abbreviations_spelled(unicodedata.normalize("NFC", text)).lower()  # "KPCĐ": "kinh phí công đoàn"
    return re.findall(r"\w+", text if exact else fold(text))


def _text_line(text: str, start: int, span: str) -> str:
    """The whole line of the passage a span is of (a clause "Phó Chủ tịch: hệ số 0,2;" of the list of pairs it is one
    of); the span itself for a heading."""
    return line_at(text, start) if start >= 0 else span


def _phrases(text: str, exact: bool) -> list[list[str]]:
    """The words of each phrase of a text (between punctuation marks, a table's cell bars), as _word_list reads them."""
    return [words for part in re.split(r"[,;:.?!()|\[\]\n\"“”]", text) if (words := _word_list(part, exact))]


def _claims_answered(claims: frozenset[str], query: Query, text: str) -> frozenset[str]:
    """The numbers a yes-or-no question claims ("… tại 10 xã đúng không?"), and the words of its days, amounts and
    shares ("1 triệu": Query.claimed), held by a text stating a fact of their
    kind (a count of the same thing, an amount, a day, a share: "tại 8 xã"), which confirms or denies them: the
    claim is for the line to check, and a line stating another value answers it as well as one repeating it."""
    return claims if claims and premise_held(query.text, text) is not None else frozenset()


# "… so với cùng kỳ năm 2026" to the end of its clause: the baseline a figure is measured against
_BASELINE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, _DATE_WORDS["compared_with"]))
                       + r")(?!\w)[^.;:]*")
_THIS_TIME = frozenset(_DATE_WORDS["this_time"])  # "nay" of "năm nay": the time of a dated document
# "đạt 83,5% (năm 2025 đạt 71,2%)": a bracket after a figure giving another year's figure, the baseline too
_BRACKETED_BASELINE = re.compile(rf"(?i)(?<=[\d%])\s*\(\s*{_DATE_WORDS['year']}\s+\d{{4}}\b[^()]*\d[^()]*\)")


def _baseline_years(text: str) -> frozenset[str]:
    """The years a text measures a figure against ("… so với năm 2026", "(năm 2025 đạt 71,2%)")."""
    said = " ".join(m.group(0) for rx in (_BASELINE, _BRACKETED_BASELINE) for m in rx.finditer(text))
    return frozenset(stated_years(said, dated=False))


@lru_cache(maxsize=20_000)
def _own_years(text: str, baselines: frozenset[str]) -> frozenset[str]:
    """The years a line states as years (not in dates) but those it only measures against, unless they are
    `baselines` (the question's own: asked "… so với năm 2026", a line's "so với năm 2026" says it)."""
    own = stated_years(_BRACKETED_BASELINE.sub(" ", _BASELINE.sub(" ", text)), dated=False)
    return frozenset(own) | (_baseline_years(text) & baselines)


@lru_cache(maxsize=20_000)
def _measured_only(text: str, baselines: frozenset[str]) -> frozenset[str]:
    """The years a line writes only in the baseline it measures a figure against ("… so với cùng kỳ năm 2026"), in
    no date nor year of its own, unless they are `baselines` (the question's own)."""
    said = stated_years(_BRACKETED_BASELINE.sub(" ", _BASELINE.sub(" ", text)))
    return _baseline_years(text) - baselines - frozenset(said)


@lru_cache(maxsize=20_000)
def _stated_years(text: str, asked_from: int) -> frozenset[str]:
    """The years a line states of what it says ("Năm 2027: kết nạp …", "I. KẾT QUẢ NĂM 2026"); of the years of its
    dates, only those before the period asked begins (`asked_from`, the first year the question names: "đến ngày
    31/12/2025" is of another time than 2026). A later date is when a task of that period falls due, not another year
    it is of: the 2026 tax is settled "chậm nhất ngày 04 tháng 5 năm 2027". Not the baseline it measures against
    ("… so với cùng kỳ năm 2026", "đạt 83,5% (năm 2025 đạt 71,2%)"), nor those naming a document it refers to ("Kế
    hoạch số 08/KH-CĐGD ngày 10/01/2025", "Quyết định số 33/2019/QĐ-UBND")."""
    said = _BRACKETED_BASELINE.sub(" ", _BASELINE.sub(" ", text))
    periods = set(stated_years(said, dated=False))
    before = {y for y in stated_years(said) if y not in periods and int(y) < asked_from}
    return frozenset(periods | before) - ref_years(text)


def _heading_years(section: str, asked_from: int) -> frozenset[str]:
    """The years the innermost heading stating one states (_stated_years)."""
    return next((years for level in reversed(section.split(SECTION_SEP))
                 if (years := _stated_years(level, asked_from))), frozenset())


@lru_cache(maxsize=20_000)
def _referred(text: str) -> frozenset[str]:
    """The numbers (and years said with them) by which a text names documents ("Nghị quyết số 03/NQ-CP", "Chỉ thị 11
    năm 2020"), in the form the composer's identifiers take. (Cached: the same passages come back question after
    question.)"""
    return frozenset({str(number) for _, number in doc_refs(text)} | ref_years(text))


def _share(words: list[tuple[float, tuple[str, ...]]], *held: frozenset[str]) -> float:
    """The weighed share of these words (weight, probe keys) a text's held terms (any of the sets `held`: not joined
    into one, which costs more than the look-ups) hold; 1 when there are none."""
    total = sum(w for w, _ in words)
    return sum(w for w, keys in words if not all(h.isdisjoint(keys) for h in held)) / total if total else 1.0


def _stated(wanted: set[str], text: str, headings: str, written: str) -> set[str]:
    """The kinds asked that a text states (`text`: as _stating reads it); a kind stated by a heading ("I. MỤC ĐÍCH,
    YÊU CẦU": HEADED) also by the headings it stands under; a text's number ("thay thế Quyết định số 17/2019/QĐ-UBND"
    asked "số mấy") by the line as written (`written`), the numbers naming texts that _stating leaves out."""
    return {k for k in wanted if states(k, written if k == REFERENCE else text)
            or (k in HEADED and states(k, headings))}


def _headings(p: Passage, lead: str) -> str:
    """A passage's section levels and its list's lead-in, one a line: what a HEADED kind is stated by."""
    return "\n".join([*p.section.split(SECTION_SEP), lead])


def _goal(text: str) -> set[str]:
    """{GOAL} when a text states a goal ("Phấn đấu … có thêm ít nhất 35 sản phẩm"): it holds a question's words asking
    a plan's figure ("đặt mục tiêu thêm bao nhiêu"; Query.stated_by), which a goal's line seldom writes."""
    return {GOAL} if states_goal(text) else set()


def _due_only(wanted: set[str], kinds: set[str], text: str) -> bool:
    """Asked the day data is counted to, the sentence gives a deadline and no such day."""
    return CUTOFF in wanted and CUTOFF not in kinds and states(DEADLINE, text)


def _tallies(p: Passage) -> bool:
    """A table row (as answers quote it: labelled_row) with a bare figure in a cell after its first: a table counts
    what its columns name ("Trường | Tháng 10 | Tháng 11": "THCS Liên Nghĩa | 45 | 47"), so the figure is a count of
    that for "bao nhiêu đoàn viên", written without the unit a sentence would give ("47 đoàn viên"). Not the first
    cell, which names or numbers the row ("TT": "1"); nor a year ("Năm": "2027"), share, date or a figure among
    words, by the cell shapes ingest reads tables by (table_shape.shape)."""
    return bool(labelled_row(p)[1]) and row_figures(p)


def _placed_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"tết trồng cây ở đâu": asked only where, a close runner-up (weights.runner_up: one that may join the answer)
    naming a place ("Nơi tổ chức: Công viên …", "… tại hội trường khu phố 5") answers before a best line naming none,
    which shares the question's words on another matter (a year plan listing the same activity). Not only its
    passage's best: a notice's place line stands among lines on what to bring or whom to register with."""
    if not scored or not asks_only_where(query.kind.kinds) or scored[0].labelled or names_place(scored[0].text):
        return scored
    return _runner_up_first(scored, weights.runner_up, query.kind.strict, lambda s: names_place(s.text))


@lru_cache(maxsize=20_000)
def _stating(text: str) -> str:
    """The words a sentence states its facts in: not the number it is filed under ("Điều 12. …", "2. …"), nor the
    numbers naming other articles or texts ("theo quy định tại Điều 17", "các điều 24, 25 và 26", "Quyết định số
    22/2013/QĐ-TTg"), which state no amount, count or date ("… bao nhiêu người?"); "3. 100% tổ công đoàn …" keeps
    its share. (Cached: the same passages' sentences come back question after question.)"""
    numbered = heading_match(text.strip())
    return _REFERENCE.sub(_unreferenced, numbered.rest if numbered else text)


def _unreferenced(m: re.Match) -> str:
    """A reference _REFERENCE found, dropped; kept when its word ends a common noun ("Danh mục 12 thủ tục"): a count."""
    return m.group(0) if _NOUNS.search(m.string[:m.start()] + m.group(0).split()[0]) else " "


def _undated(text: str, named: frozenset[str]) -> str:
    """The text without the day each text it cites by number was issued ("Thông tư số 07/2018/TT-BNNPTNT ngày 10
    tháng 7 năm 2018 hết hiệu lực kể từ ngày Thông tư này có hiệu lực": it sets no day; new-user recheck of session
    41, M8) — but for the texts numbered as the question names them (`named`: "QĐ 45 ban hành ngày nào")."""
    def cited(m: re.Match[str]) -> str:
        return m.group(0) if (m.group(1).split("/")[0].lstrip("0") or "0") in named else m.group(1)
    return _CITED_ON.sub(cited, text)


def _passage_best(scored: list[Scored]) -> dict[int, Scored]:
    """Each passage's best-scoring span (scored is best first)."""
    best: dict[int, Scored] = {}
    for s in scored:
        best.setdefault(s.passage_index, s)
    return best


def _runner_up_first(scored: list[Scored], share: float, asked: Collection[str], picked: Callable[[Scored], bool]
                     ) -> list[Scored]:
    """The lines in their rank, with the first scoring at least `share` of the best's (weights.runner_up or
    citation_runner_up: close enough to join the answer) that `picked` takes moved first: the one way each *_first
    reorderer puts a close runner-up stating what the question asks ahead of a best line that does not. As ranked
    when none is picked (or the best is). Where the best states a kind of fact asked (`asked`: the question's strict
    kinds), never a line aside from it (_aside: another document's, about less of the question's subject) that search
    too ranked below it: the best answers, and that line joins no answer (choose), so it leads none ("Tổng kinh phí …
    trong đó: ngân sách tỉnh …" of the province's tourism plan before the drought meeting's "… 8,5 tỷ đồng từ nguồn dự
    phòng ngân sách"). (Session 48's guard without that condition lowered answers whose best line states no such
    fact: there a runner-up of another document may be the one that answers.)"""
    best = scored[0]
    floor = share * best.score
    answers = not best.kinds.isdisjoint(asked)
    found = next((s for s in scored if s.score >= floor and picked(s) and not (
        answers and _aside(s, best) and s.passage_index > best.passage_index)), None)
    return scored if found is None else [found, *(s for s in scored if s is not found)]


def _full(heading: str, leads: list[str]) -> str:
    """A section level cut short with "…" in its full words, when a lead-in of another passage holds them."""
    if not heading.endswith("…"):
        return heading
    return next((lead for lead in leads if lead.startswith(heading[:-1])), heading)


def choose(scored: list[Scored], query: Query, weights: Weights = DEFAULT, passages: list[Passage] | None = None
           ) -> list[Scored]:
    """The best span, plus up to two more that add matched words or a missing kind of fact; when the best states
    none of the strict kinds asked, the best line of its passage that does (the same item's other sentence)."""
    if not scored:
        return []
    best = scored[0]
    chosen = [best]
    if query.kind.asks_list and passages is not None:
        chosen += _rest_of_sentence(best, scored, passages[best.passage_index].text, weights)
    if ACTOR in query.kind.kinds and ACTOR not in best.kinds:
        # "Ban X làm đầu mối ...; Tham mưu ..." — the body is named by an earlier sentence of the passage.
        earlier = [s for s in scored if s.passage_index == best.passage_index and s.start < best.start
                   and ACTOR in s.kinds]
        if earlier:
            chosen.append(max(earlier, key=lambda s: s.start))
    strict = set(query.kind.strict)
    if strict and not best.kinds & strict:
        # "Hộ gia đình được mượn nhà văn hóa để tổ chức lễ cưới; Ban quản lý chỉ thu … không quá 300.000 đồng/ngày":
        # the fact asked is stated by another sentence of the best line's passage, which holds fewer of its words
        stating = next((s for s in scored if s.passage_index == best.passage_index and s.kinds & strict
                        and s not in chosen), None)
        if stating is not None:
            chosen.append(stating)
    # the words naming the kind of fact asked ("tỷ lệ") are said by the best span when it states such a fact
    covered = set(best.matched) | (query.asking if best.kinds & set(query.kind.strict) else set()) | query.which
    yes_no = asks_yes_no(query.text)
    asked_periods = periods_named(query.text)
    asked_slots = slots_named(query.text)
    kinds = _said_kinds(best, query)
    named = set(best.ids_found)
    leading = _passage_best(scored)
    claim = _claimed_value(query)
    for s in scored[1:]:
        if len(chosen) >= MAX_SENTENCES:
            break
        if s.score < weights.runner_up * best.score:
            break
        if any(s.passage_index == c.passage_index and s.start == c.start for c in chosen):
            continue
        if best.ids_found - s.ids_found and not s.ids_found - named:
            continue  # under another year than the one asked ("Đến năm 2023:" after the 2025 target)
        if other_period(asked_periods, s.text) and not other_period(asked_periods, best.text):
            continue  # another period's report ("Báo cáo năm: …" after "Báo cáo tháng: …", asked the monthly one)
        if passages is not None and other_slot(asked_slots, _keyed(s, passages)):
            continue  # another month's row of the schedule ("| Tháng 8 | … |" asked "tháng 9")
        if passages is not None and _other_row(s, best, query, passages):
            continue  # another zone's row of the price table ("| Khu A | 1.800.000 |" asked "khu B")
        if passages is not None and _basis_only(s, best, passages, query):
            continue  # "Căn cứ Quyết định số 402 … ngày 09/3/2027 …;": what the text rests on, no fact of its own
        if _aside(s, best) or passages is not None and s.start >= 0 and (_another_case(s, best, query, passages) or (
                s.passage_index != best.passage_index and _says_nothing(passages[s.passage_index], s.text))):
            continue
        if kinds.isdisjoint(query.kind.strict) and not s.kinds.isdisjoint(query.kind.strict) and (
                _other_actor(s, best) or (DEADLINE in query.kind.kinds and DEADLINE not in s.kinds)):
            continue  # the day another body must act by, or a day no one acts by, is not the best line's task's due day
        new_words = {m for m in s.matched - covered - s.inside - claim if query.weights.get(m, 0) >= 1.0}
        if _previous_row(s, best, new_words, query.text):
            continue
        # a kind asked whose slot a chosen line answers is no new one ("recipient" of "ở đâu" beside a place), unless
        # the answer must state it (strict: "ngày nào" asks a date, which "hằng tháng" of a time line does not give)
        said = _said_kinds(s, query)
        new_kinds = {k for k in said - kinds if k in strict or not slot_stated(k, query.kind.kinds, kinds)}
        # Obligations of the same body in another document (several plans may each oblige it).
        other_doc = s.hinted and all(s.doc_id != c.doc_id for c in chosen)
        # A span that adds only a kind of fact (an amount, a date) or a number the question names ("đến 2030 và
        # đến 2045") must be its passage's best, not a side remark.
        adds = new_kinds or (s.ids_found - named)
        if new_words or (adds and s is leading[s.passage_index]) or other_doc or _answers_no(s, chosen, yes_no):
            chosen.append(s)
            covered |= s.matched
            kinds |= said
            named |= s.ids_found
    return chosen + ((_also_replaced(chosen, scored) if REPLACES in query.kind.kinds else [])
                     + _labelled_asked(chosen, scored, query))[:MAX_SENTENCES - len(chosen)]


_FIGURE = re.compile(r"\d+(?:[/.,]\d+)*")


def _claimed_value(query: Query) -> set[str]:
    """The words of the one value a question states, its figure and the word after it ("6 tháng" of "hợp đồng 6 tháng
    có được áp dụng không"): a claim about its topic, which the answer's line judges ("từ 12 tháng trở lên"), not its
    topic — another line sharing only the value ("báo cáo quyết toán 6 tháng") is about something else. Several
    values ("6 tháng và 12 tháng") are each asked of, and a question asking no yes or no claims none ("… bao nhiêu 1
    tháng": the measure of the amount asked)."""
    if not asks_yes_or_no(query.text) or len(_FIGURE.findall(query.text)) != 1:
        return set()
    tokens = [tok.lower() for tok in query.tokens]
    return {tok for n, tok in enumerate(tokens) if tok.isdigit() or (n and tokens[n - 1].isdigit())}


def _said_kinds(s: Scored, query: Query) -> set[str]:
    """The kinds of fact a line states, with those asked that its label gives ("Địa điểm: Nhà thi đấu tỉnh" a place):
    which slots of the question it answers."""
    return set(s.kinds) | field_answers(field_label(s.text), frozenset(query.kind.kinds))


def _other_row(s: Scored, best: Scored, query: Query, passages: list[Passage]) -> bool:
    """A row of the best row's table (its document, its header) of a sibling subject the question does not name, after
    a best row of the one it names (table_cells.names_subject: "Khu A | …" after "Khu B | …" asked "khu B")."""
    row, first = passages[s.passage_index], passages[best.passage_index]
    return same_table(first, row) and siblings(first, row) and names_subject(query.text, first) \
        and not names_subject(query.text, row)


def _previous_row(s: Scored, best: Scored, new_words: set[str], question: str) -> bool:
    """"còn học sinh giỏi cấp tỉnh?" after "con đỗ đại học được thưởng bao nhiêu": another row of the best row's table
    adding only words of the question the follow-up goes on from (joined_parts) is the row answered before — the
    follow-up asks the row it names instead."""
    parts = joined_parts(question)
    if not parts or not new_words or not (_TABLE_ROW.fullmatch(s.text) and _TABLE_ROW.fullmatch(best.text)) \
            or s.doc_id != best.doc_id:
        return False
    typed, previous = ({fold(w) for w in re.findall(r"\w+", part.lower())} for part in parts)
    return all(set(fold(w.lower()).split()) <= previous - typed for w in new_words)


def _basis_only(s: Scored, best: Scored, passages: list[Passage], query: Query) -> bool:
    """A line of the text's opening naming what it rests on or carries out (bot/answer/basis.py), after a best line
    that is none, for a question asking no text: its date, body and name are the other text's. A line stating a fact
    of another kind than a date is the letter's own working sentence ("Thực hiện Công văn số 456 …, Phòng Y tế đề nghị
    … hoàn thành … trước ngày 30/6/2027"), not a basis."""
    return (s.start >= 0 and not passages[s.passage_index].section and names_basis(s.text) and s.kinds <= {DATE}
            and not names_basis(best.text) and not asks_text(query.text))


def _also_replaced(chosen: list[Scored], scored: list[Scored]) -> list[Scored]:
    """"… thay thế văn bản nào": every other line of the answer's document that replaces or repeals a text ("Bãi bỏ
    Quyết định số 12/2020 …" after "… thay thế Quyết định số 33/2019 …"), however few of the question's words it
    repeats: a text may end several, each in a sentence of its own."""
    doc_id = chosen[0].doc_id
    said = {(c.passage_index, c.start) for c in chosen}
    return [s for s in scored if s.doc_id == doc_id and REPLACES in s.kinds and (s.passage_index, s.start) not in said]


def _labelled_asked(chosen: list[Scored], scored: list[Scored], query: Query) -> list[Scored]:
    """"Việc kết nạp … được biểu quyết thế nào?": a line of a chosen passage (the same item) whose label is the
    question's words ("Biểu quyết: 6/7 tán thành, 01 đồng chí đề nghị chờ …") says what of it is asked, however
    little else of the question it repeats (the item's other sentence says that) — in the order scored."""
    # "Phó Trưởng ban: hệ số 0,15;" chosen: "Trưởng ban: …", its label's words fewer, is another post's pair
    posts = [set(m.group(1).lower().split()) for c in chosen if (m := _PAIR.match(c.text))]

    def labelled(s: Scored) -> bool:
        return _label_asked(s, query) and not any(set(field_label(s.text).lower().split()) < post for post in posts)

    passages = {c.passage_index for c in chosen}
    own = [s for s in scored if s.passage_index in passages
           and not any(s.passage_index == c.passage_index and s.start == c.start for c in chosen) and labelled(s)]
    if own or not chosen or any(labelled(c) for c in chosen):
        return own
    # the item the line chosen names, decided in another passage of its document (minutes: "I. NỘI DUNG … 1. Xét đề
    # nghị …", then "II. KẾT LUẬN … 1. Đồng ý …. Biểu quyết: 8/9 tán thành"): that decision, with half the words the
    # line chosen holds at least, and its labelled line
    best = chosen[0]
    for s in scored:
        if s.doc_id != best.doc_id or s.passage_index in passages or not labelled(s):
            continue
        decision = max((o for o in scored if o.passage_index == s.passage_index and 0 <= o.start < s.start),
                       key=lambda o: o.start, default=None)
        if decision is not None and 2 * len(set(decision.matched) & set(best.matched)) >= len(best.matched):
            return [decision, s]
    return []


def _answers_no(s: Scored, chosen: list[Scored], yes_no: bool) -> bool:
    """"Thời hạn nộp hồ sơ có được gia hạn không?": asked yes or no, a line of the answer's passage saying no ("Quá
    thời hạn trên, … sẽ không tiếp nhận hồ sơ") answers it, though it adds none of the question's words to the line
    before it ("… trong thời hạn 30 ngày"), when no line chosen says no yet."""
    return yes_no and s.passage_index == chosen[0].passage_index and says_no(s.text) \
        and not any(says_no(c.text) for c in chosen)


def _states_asked(s: Scored, best: Scored, query: Query) -> bool:
    """Whether a line states the kind of fact asked when the answer's line does ("đoàn phí bao nhiêu": an amount, not
    the date a guide was issued), or another kind asked ("mấy năm một lần, áp dụng từ khi nào": the day it starts):
    else it says something else of the subject."""
    strict = set(query.kind.strict)
    return not best.kinds & strict or bool(s.kinds & strict or s.kinds & query.kind.kinds - best.kinds)


def _another_case(s: Scored, best: Scored, query: Query, passages: list[Passage]) -> bool:
    """A line of another item of the list or table the answer's line is an item of, said of another case than the
    one the question picks: its range leaves out the quantity the question states ("a) … dưới 10 ngày" of "nội trú 12
    ngày": ranges.excludes), or the question names a word of the answer's item the other lacks — a case ("tử vong"
    beside "b) Bị thương … nội trú") or a bound ("dưới 10 ngày") — and none of its own, nor a quantity its range
    holds. A question picking no item
    ("CĐCS nào nợ nhiều nhất", "nội trú được bao nhiêu") or naming both ("tử vong và nội trú 12 ngày") keeps them."""
    item, answer = passages[s.passage_index], passages[best.passage_index]
    if s.passage_index == best.passage_index or not same_list(answer, item) or s.kinds & query.kind.kinds - best.kinds:
        return False  # one stating a kind of fact asked the answer's line does not ("… áp dụng từ khi nào") adds it
    if excludes(query.text, s.text):
        return True

    def only(a: Scored, b: Scored) -> set[str]:
        return {m for m in a.matched - b.matched - a.inside if query.weights.get(m, 0) >= 1.0}
    bounds = range_words(query.text)
    picks_best = only(best, s) or bounds & range_words(best.text)
    return bool(picks_best) and not (only(s, best) or bounds & range_words(s.text) or places(query.text, s.text))


def _says_nothing(p: Passage, text: str) -> bool:
    """A line that states nothing by itself: a heading or lead-in (_is_heading), a bare label — a table's header cell
    or a heading without its number ("Mức hỗ trợ") — or a footnote citing a document ("1 Hướng dẫn số 35/HD-LĐLĐ …"),
    which says where a line above comes from, not what is asked."""
    label = p.block == "paragraph" and len(text.split()) <= DEFAULT.label_words and not re.search(r"[\d.;:!?]", text)
    mark = _FOOTNOTE.match(text)
    cites = mark is not None and any(padded_words(text[mark.end():]).startswith(f" {kind} ") for kind in kind_names())
    return _is_heading(text) or label or cites


_FOOTNOTE = re.compile(r"\d{1,2}\s+(?=\w)(?!\d)")  # its mark, a bare number: "1 Hướng dẫn …", not "1. …", "1) …"


def _aside(s: Scored, best: Scored) -> bool:
    """A line of another document than the answer's whose passage speaks of less of the question's subject
    (Scored.held): a duty of the same body on another matter, another case's figure, sharing the question's common words
    — no part of the answer, whatever kind of fact it adds."""
    return s.doc_id != best.doc_id and s.held < best.held


def _rest_of_sentence(best: Scored, scored: list[Scored], text: str, weights: Weights = DEFAULT) -> list[Scored]:
    """"Phòng GDĐT chỉ đạo …; kịp thời …; tổng hợp ý kiến … và báo cáo Sở GDĐT": the other clauses of the long
    sentence the best clause opens or continues, where the question asks what a body must do — one sentence states
    one body's duties, each clause one of them — when they score as runners-up (weights.runner_up), in the order
    written and at most MAX_SENTENCES in all."""
    if best.start < 0:
        return []
    sentence = next(((a, a + len(x)) for a, x in _sentences(text) if a <= best.start < a + len(x)), None)
    if sentence is None:
        return []
    floor = weights.runner_up * best.score
    rest = [s for s in scored if s.passage_index == best.passage_index and s.start != best.start
            and sentence[0] <= s.start < sentence[1] and s.score >= floor]
    return rest[:MAX_SENTENCES - 1]


def _label_asked(line: Scored, query: Query) -> bool:
    """Whether a line opens with a label ("Chủ đề: …") whose words are all the question's: it states the one thing
    asked of its list of labelled items ("1. Thời gian: …", "2. Chủ đề: …"; _labelled_asked, compose)."""
    words = set(field_label(line.text).lower().split())
    return bool(words) and words <= {w.lower() for w in query.weights}


def _citation_order(chosen: list[Scored], scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[int]:
    order: list[int] = []
    for s in chosen:
        if s.passage_index not in order:
            order.append(s.passage_index)
    # Close runners-up (passages whose best span scores near the chosen one), when the answer rests on
    # a single passage: a second opinion for the reader (its best sentence quoted: _second_opinions), kept short
    # for chat messages.
    if len(order) > 1:
        return order
    floor = weights.citation_runner_up * chosen[0].score if chosen else 0.0
    asked_periods = periods_named(query.text)
    for s in scored:
        if len(order) >= MAX_CITATIONS:
            break
        # a second opinion names the kind of fact as the answer does: not another percentage for "tỷ lệ đoàn viên",
        # nor another period's report ("Báo cáo năm: …" beside the monthly one asked)
        if s.passage_index not in order and s.score >= floor and not chosen[0].ids_found - s.ids_found \
                and not (chosen[0].matched - s.matched) & query.asking and not other_period(asked_periods, s.text):
            order.append(s.passage_index)
    return order


def _second_opinions(chosen: list[Scored], order: list[int], scored: list[Scored], query: Query,
                     passages: list[Passage]) -> list[Scored]:
    """The best sentence of each passage cited as a second opinion (_citation_order), up to MAX_SENTENCES lines in
    all: it scores close to the answer's, so the reader sees what it says beside it ("… tại 06 địa phương" beside
    "… mở rộng … tại 07 địa phương") instead of a bare number to open — when it states the kind of fact asked, of the
    case asked (not a sibling item of another case), and states anything at all (no heading, label or footnote)."""
    quoted = {s.passage_index for s in chosen}
    room = MAX_SENTENCES - len(chosen)
    seconds = [next((s for s in scored if s.passage_index == pi and s.start >= 0
                     and not _says_nothing(passages[pi], s.text)), None) for pi in order if pi not in quoted]
    best = chosen[0] if chosen else None
    asked = slots_named(query.text)  # another month's row of the schedule answers no more here than in choose
    return [s for s in seconds if s is not None and best is not None and _states_asked(s, best, query)
            and not _another_case(s, best, query, passages) and not other_slot(asked, _keyed(s, passages))
            and not _basis_only(s, best, passages, query) and not _other_row(s, best, query, passages)
            and not _previous_row(s, best, set(s.matched - best.matched), query.text)][:max(room, 0)]


def evidence(question: str, passages: list[Passage], obligations: list[ObligationHint] | None, lexicon: Lexicon,
             weights: Weights = DEFAULT, reading: str = "", scoped: bool = False) -> tuple[list[Passage], Evidence]:
    """The passages as quoted (unique, without scanning artefacts) and the evidence an answer rests on:
    every span scored and the ones chosen (bench/fit_weights.py fits on exactly this). `reading`: make_query's."""
    passages = without_artefacts(_unique(passages))
    query = make_query(question, lexicon, weights, reading, scoped)
    scored, passage_cov = score_spans(query, passages, lexicon, obligations, weights)
    # The question names documents (a number, an alias, a place): a sentence of another document is not the answer.
    in_scope = [s for s in scored if not passages[s.passage_index].off_scope]
    _measured_elsewhere(in_scope, query)
    # It names a body ("Bộ Y tế làm gì") that no passage found names, while they name its peers (Bộ Tài chính, Bộ
    # Công Thương): what they say is about those.
    asked = named(query.text)
    found = [p for p in passages if not p.off_scope]
    unnamed = _as_written(query.text, asked) if asked and in_scope and not any(
        _names_any(p, asked) for p in found) and any(_names_peer(p, asked) for p in found) else ""
    # It names a thing by its proper name ("ví MoMo", "Lăng Thiệu Trị") that no loaded document writes: nothing found
    # is about it, whatever it shares with the question's other words.
    unknown = unknown_name(question, lexicon, (p.written for p in passages))
    ranked = _marked_first(_subject_first(in_scope, query, passages, weights), query,
                           {i for i, p in enumerate(passages) if lexicon.terms(p.text).plain}, weights)
    for first in (_naming_first, _actor_asked_first, _stating_first, _task_first):
        ranked = first(ranked, query, weights)
    ranked = _condition_first(_field_first(ranked, query, passages, weights), query, passages, weights)
    for first in (_amount_first, _event_first, _placed_first, _named_amount_first, _share_first, _per_unit_first,
                  _period_first, _outcome_first, _both_ends_first, _count_beside_first, _members_named_first,
                  _bare_first, _sibling_label_first):
        ranked = first(ranked, query, weights)
    if claims_unknown_place(question, unknown):  # "… ở Đà Nẵng phải không?": a line stating where says "Không."
        ranked = _runner_up_first(ranked, weights.runner_up, query.kind.strict, lambda s: places_at_name(s.text))
    ranked = _subject_label_first(_row_first(ranked, query, passages, weights), query, weights)
    ranked = _named_row_first(_subject_row_first(ranked, query, passages), query, passages)
    ranked = _whole_first(_key_named_first(ranked, query, passages), query, passages)
    ranked = _slot_first(_headed_row_first(ranked, query, passages), query, passages)
    # "nam công nhân …": a best line on "nữ công nhân" heads no answer when another line names the member asked
    line = lambda s: f"{list_lead(passages[s.passage_index])}\n{s.text}"  # noqa: E731
    # "đoàn viên qua đời … bao nhiêu": nor a best row on "con của đoàn viên qua đời" when the member's row holds as much
    ranked = own_subject_first(asked_member_first(ranked, query.text, line), query.text, line,
                               lambda s, best: s.matched >= best.matched)
    # "Chủ tịch LĐLĐ tỉnh là ai": the line naming who holds that post, not one naming its deputy ("Phó Chủ tịch …")
    text, issuer = attrgetter("text"), lambda s: passages[s.passage_index].issuer
    ranked = _channel_first(holder_first(ranked, query.text, text, issuer), query, weights)
    other = {id(s) for s in [*of_other_member(ranked, query.text, line),
                             *of_other_post(ranked, query.text, text, issuer)]}
    if other:
        ranked = [s for s in ranked if id(s) not in other]
        in_scope = [s for s in in_scope if id(s) not in other]
    whom = _whom(ranked, query, passages)  # "… áp dụng cho những ai": the lines of the document saying whom, all
    chosen = [] if unnamed else whom[:MAX_SENTENCES] or _with_content(choose(ranked, query, weights, passages),
                                                                        in_scope, passages, set(query.kind.strict),
                                                                        asks_text(query.text))
    quoted = [passages[i] for i in dict.fromkeys(s.passage_index for s in chosen)]
    return passages, Evidence(query=query, chosen=chosen, scored=scored, passage_coverage=passage_cov,
                              in_scope=in_scope, closeness=max((p.score for p in passages), default=0.0),
                              quoted_closeness=passages[chosen[0].passage_index].score if chosen else 0.0,
                              distinct=distinct(query, quoted, lexicon, weights),
                              titled=titled(query, quoted, passages, lexicon),
                              unnamed=unnamed, unknown=unknown,
                              left=0 if unnamed else max(0, len(whom) - MAX_SENTENCES))


def _measured_elsewhere(scored: list[Scored], query: Query) -> None:
    """"Đến năm 2045 tỷ lệ đoàn viên …": a line stating a percentage of something else ("99% số vụ việc của đoàn
    viên") holds "tỷ lệ" only by the kind of fact it states. When another line stating that kind writes those words
    with all the topic words it holds ("tỷ lệ đoàn viên đạt 97%", under another year), the documents name that
    measure in words, and the first line measures another thing: its topic loses that credit (abstain.topic_min)."""
    strict = set(query.kind.strict)
    literal = [s.matched for s in scored if s.kinds & strict and query.asking <= s.matched]
    for s in scored:
        if s.credited and any(s.matched - query.numbering - query.identifiers <= held for held in literal):
            s.topic -= s.credited
            s.credited = 0.0


def _names_any(passage: Passage, asked: frozenset[str]) -> bool:
    """The passage names a body asked: in its text, headings, list lead-in or its document's name (its issuer), as
    a body or inside the name of one of its organs ("Ủy ban thường vụ Quốc hội" names Quốc hội)."""
    texts = (passage.section, passage.lead, passage.text, passage.document, passage.short_title)
    return any(named_in(text) & asked for text in texts) or any(
        re.search(rf"(?<!\w){re.escape(fold(body))}(?!\w)", fold(text)) for body in asked for text in texts)


def _kind(body: str) -> str:
    """The kind of body a name is of ("Bộ Y tế": "Bộ", "Sở Tư pháp": "Sở"; prompts/bodies.tsv's "Bộ …" rows), or ""."""
    folded = fold(body)
    return next((k for k in _BODY_KINDS if folded.startswith(k + " ")), "")


_LEVEL = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(level)) for level in tables.lines("body_levels.txt"))
                    + r")$")
_BODY_KINDS = sorted(map(fold, bodies().kinds), key=len, reverse=True)


def _names_peer(passage: Passage, asked: frozenset[str]) -> bool:
    """The passage's text, heading or lead-in names another body of the kind of one asked (Bộ Tài chính for Bộ Y
    tế): one the documents may give the duties of. A body of a level (prompts/body_levels.txt: "Công đoàn cơ sở",
    "Ủy ban nhân dân xã") has none: plans address it among "các cấp công đoàn", "UBND các cấp", without its name."""
    kinds = {_kind(body) for body in asked if not _LEVEL.search(fold(body))} - {""}
    return bool(kinds) and any(_kind(body) in kinds for text in (passage.section, passage.lead, passage.text)
                               for body in named_in(text) - asked)


def _as_written(question: str, asked: frozenset[str]) -> str:
    """The first body asked, as the table names it (a kind of body, "Sở …", as the question writes it)."""
    for m in bodies().mentions(question):
        if named_in(question[m.start:m.end]) & asked:
            return m.body.name if not m.body.is_kind else question[m.start:m.end]
    return ""


def titled(query: Query, quoted: list[Passage], found: list[Passage], lexicon: Lexicon) -> frozenset[str]:
    """The question's words naming the document of a quoted passage (its title, short name, issuer: "Sở Tư pháp được
    giao việc gì trong thông báo kết luận về dự án vành đai 4"): they say which document, and its lines seldom repeat
    them, so they neither make the question long nor bring it nearer in meaning to the line answering it (abstain.far:
    a question naming its document reads far from that line). Words the title holds side by side as the question
    does ("đồng" of "80 triệu đồng" is no word of "Hội đồng nhân dân"), and that tell it from every other document
    found: "công đoàn" of a union's plans' titles names none of them. When no other document is found, no word — unless
    the question names the quoted documents itself (a place, a number: Passage.named), its search then finding only
    theirs: the words of their names it says with that name name them as well ("dự án vành đai 4 qua Long An")."""
    def name(p: Passage) -> frozenset[str]:
        return lexicon.terms(p.naming).held

    others = [name(p) for p in {p.doc_id: p for p in found if p.doc_id not in {q.doc_id for q in quoted}}.values()]
    names = [name(p) for p in {p.doc_id: p for p in quoted}.values()]
    told = bool(others) or bool(quoted) and all(p.named for p in quoted)
    return frozenset(tok for (a, b, _), (_, keys) in zip(query.pairs, query.pair_probes)
                     if told and any(not held.isdisjoint(keys) for held in names)
                     and all(held.isdisjoint(keys) for held in others) for tok in (a, b))


def distinct(query: Query, quoted: list[Passage], lexicon: Lexicon, weights: Weights = DEFAULT) -> float:
    """Share of the question's distinctive topic the quoted passages hold, with their headings, lead-ins and document
    names and issuers (the body that issued a document names it as its title does, as in score_spans: "Công ty … có
    bao nhiêu đoàn viên" of a report its company's union issued): each content word weighs its rarity in the store
    (idf) to `distinct_power`, so the rare words — the subject a question shares with no ordinary sentence of the
    documents ("kết hôn" over union plans) — weigh most, and the words every passage has ("công đoàn", "đoàn viên",
    "thực hiện") next to nothing. A word held only inside another ("tục" of "thủ tục" in "tiếp tục": _free) is not
    held. The numbers the question names are checked on their own (ids_missing); a passage standing at the place it
    names ("dieu 2 noi gi") holds the words naming it, and a word that may be a filler typed without diacritics
    ("noi") is then no topic, as in score_spans."""
    at_named = named_place(query.text)
    here = [at_named is not None and stands_at(place_of(p.section, p.lead, p.text), at_named) for p in quoted]
    probes = [(tok, w ** weights.distinct_power, keys) for tok, w, keys in query.probes
              if tok.lower() not in query.identifiers and tok not in query.numbering and tok not in query.told
              and not (any(here) and (maybe_stopword(tok) or fold(tok.lower()) in _PROVIDES))]
    # a day named, held by a quote stating it (score_spans)
    days = [(day, query.day_weight(day) ** weights.distinct_power) for day in query.days]
    total = sum(w for _, w, _ in probes) + sum(w for _, w in days)
    if not total:
        return 1.0
    stated = {day for p in quoted for day in query.days_on(f"{p.section}\n{list_lead(p)}\n{p.text}")}
    naming = place_words(query.text) if any(here) else ""
    texts = [lexicon.terms(f"{naming if at else ''} \n {p.naming} \n {p.section} \n "
                           f"{list_lead(p)} \n {bounds_said(query.text, p.text)} \n {p.text}")
             for p, at in zip(quoted, here)]
    # the words asking a kind a quote states ("thay thế văn bản nào" of "… hết hiệu lực kể từ …"), as in score_spans
    wanted = set(query.kind.strict) | set(query.kind.soft)
    told = [query.held_by(_stated(wanted, p.text, _headings(p, list_lead(p)) if wanted & HEADED else "", p.text))
            | query.judged_by(p.text) for p in quoted]
    return (sum(w for tok, w, keys in probes if any(
        tok in said or not terms.held.isdisjoint(keys) and _free(query, terms, tok, lexicon, weights.collocation)
        for terms, said in zip(texts, told))) + sum(w for day, w in days if day in stated)) / total


def compose(question: str, passages: list[Passage], obligations: list[ObligationHint] | None = None,
            lexicon: Lexicon | None = None, weights: Weights = DEFAULT, reading: str = "",
            scoped: bool = False) -> Answer:
    """Answer from the passages' own sentences, or say plainly that the documents do not cover it.
    Middling evidence is answered too, introduced as the nearest passage; Answer.confidence says how sure.
    `reading`: the question with its diacritics restored (QueryPlan.reading), for one typed without them;
    `scoped`: the passages are one document's, the one it is asked of (make_query)."""
    if lexicon is None:
        lexicon = Lexicon()
        lexicon.add_documents(p.text for p in passages)
    # not another document's ("TTr 8 gửi ai" of a submission with no "Nơi nhận" is not answered with a letter's)
    # nor, asked of a number no loaded document has ("QĐ 09/QĐ-CĐCS ban hành ngày nào" of a decision replacing it),
    # any loaded document's: the sentence citing that number is what the documents say of it
    # (a part of a file named by its own number, "QĐ 01/2026/QĐ-CĐCS › Nơi nhận", is a document so named)
    by_number = doc_refs(question)
    closing = next((p for p in passages if p.block in CLOSING_KINDS and not p.off_scope
                    and (p.named or not by_number or by_number & doc_refs(p.section))), None)
    if closing is not None:  # search lets these through only when asked whom it goes to / who signed / when issued
        query = make_query(question, lexicon, weights, reading)
        scored, passage_cov = score_spans(query, [closing], lexicon, None, weights)
        sure = confidence(signals(Evidence(query, scored[:1], scored, passage_cov, closeness=closing.score)), weights)
        # "NQ 03 và KH 3260 ban hành ngày nào": each document named answers with its own passage of that kind
        quoted = [closing]
        for p in passages:
            if closing.named and p.named and p.block == closing.block and p.doc_id not in {q.doc_id for q in quoted}:
                quoted.append(p)
        # who signed is told in a sentence (the signature block, its capitals run together, is the passage cited)
        said = [(p.block == SIGNATURE and signed_by(p.signing, p.text)) or quote(p.text) for p in quoted]
        return Answer(question, "\n".join(f"{line} [{n}]" for n, line in enumerate(said, 1)), True,
                      [Citation(n, p, [(0, len(p.text))]) for n, p in enumerate(quoted, 1)], confidence=sure)
    passages, ev = evidence(question, passages, obligations, lexicon, weights, reading, scoped)
    query, chosen, scored, passage_cov = ev.query, ev.chosen, ev.scored, ev.passage_coverage
    verdict = judge(ev, weights)
    answers = verdict.found and not verdict.nearest
    order = _citation_order(chosen, ev.in_scope, query, weights) if verdict.found else []
    # asked for a whole article or list (not one item of it, nor a single fact: a place, a date …), it is quoted whole
    ask = list_asked(question, query.kind)
    item = _list_item(query, passages, chosen, ev.in_scope, weights) if answers and ask.kinds else None
    # a list item labelled with the thing asked ("2. Chủ đề: …" of "chủ đề là gì") answers alone: not its list
    whole = (_whole_article(query, passages, chosen) if answers else None) or whole_list(
        ask, passages, item, order if answers and not _label_asked(chosen[0], query) else [], weights)
    if whole is not None:
        return Answer(question, whole[0], True, whole[1], confidence=verdict.confidence)
    if not verdict.found:
        # the documents the question names as documents (by number, or kind and title words), when it does: what they
        # lack is said of them, and only their passages are shown as the nearest (another text's is no part of what
        # was asked); one naming only a place ("trụ sở … tỉnh Lâm Đồng") asks of the place, not of its plan
        named = sorted({p.short_title or p.document for p in passages if p.named}) \
            if _names_a_document(question) else []
        undated = _undated_task(ev, verdict.reason, passages, weights)
        if undated is not None:
            return undated
        nearest = sorted((i for i in range(len(passages)) if not header_row_only(passages[i])
                          and (passages[i].named or not named)),
                         key=lambda i: -passage_cov[i])[:3]  # a header row names columns: nothing to read
        nearest.sort()
        return Answer(question, _not_found(verdict.reason, named), False,
                      [Citation(n + 1, passages[i]) for n, i in enumerate(nearest)], confidence=verdict.confidence)
    best = chosen[0].passage_index  # the line answering best: "điều nào …" is asked of its article (article_line)
    # a runner-up citation is a second opinion from the named documents too, never from another text
    chosen = _whole_enumerations(_with_purpose(chosen + _second_opinions(chosen, order, ev.in_scope, query, passages),
                                               scored, passages, query), passages, weights)
    # a source is listed only when a line of the answer quotes it: a runner-up left without room for its line (three
    # lines of one passage already) is no source of what the reader is told
    order = written_order([pi for pi in order if any(s.passage_index == pi for s in chosen)], passages)
    number = {pi: n + 1 for n, pi in enumerate(order)}
    chosen.sort(key=lambda s: (number[s.passage_index], s.start))
    lines = [f"{_line(s, passages[s.passage_index], query)} [{number[s.passage_index]}]" for s in chosen]
    # named only when sure: under the hedge of the nearest lines it would say which article answers what none may
    article = article_line(question, passages[best], number[best], "\n".join(lines),
                           all(s.passage_index == best for s in chosen)) \
        if best in number and not verdict.nearest else ""
    if article:
        lines.insert(0, article)
    # "diễn ra mấy ngày", "kéo dài bao lâu" of "từ ngày 01/5/2027 đến hết ngày 31/5/2027": its days counted first
    length = span_length(chosen[0].text) if PERIOD in query.kind.kinds and not asks_yes_or_no(question) \
        and number_unit(question) in ("", SPAN_UNIT) and not verdict.nearest else None
    if length:
        lines.insert(0, t("answer.span_length", days=length[0], span=length[1]))
    if verdict.nearest:
        lines.insert(0, t("answer.nearest"))
    elif ev.left:  # "QĐ 22 hỗ trợ cho ai": three of its lines saying whom are not all of them
        lines.append(t("answer.whom_more", n=ev.left, total=ev.left + MAX_SENTENCES))
    elif not asks_yes_or_no(question):
        lines.extend(_differing(query, [(s, passages[s.passage_index]) for s in chosen]))
    citations = [Citation(number[pi], passages[pi],
                          [(s.start, s.start + len(s.text)) for s in chosen if s.passage_index == pi and s.start >= 0])
                 for pi in order]
    return Answer(question, "\n".join(lines), True, citations, confidence=verdict.confidence, nearest=verdict.nearest)


def _differing(query: Query, lines: list[tuple[Scored, Passage]]) -> list[str]:
    """A closing line saying the documents differ, when an amount is asked and the answer's lines of two documents
    state different ones (a plan's "55.000.000 đồng/nhà" beside another province's report's "60 triệu đồng/căn"):
    quoted one under the other, they read as one document's two figures (new-user recheck of session 41, M6); []
    otherwise."""
    if MONEY not in query.kind.strict:
        return []
    first: dict[str, tuple[str, float]] = {}
    for s, p in lines:
        amounts = money_stated(s.text)
        # of several, the clause's naming what is asked ("… tổng kinh phí 840 triệu đồng, trong đó … 60 triệu
        # đồng/căn xây mới")
        spans = [(a.end - len(a.words), a.end) for a in amounts]
        named = bound_amounts(query.text, unicodedata.normalize("NFC", s.text), spans) if amounts else []
        if named and p.doc_id not in first:
            amount = amounts[named[0]]
            first[p.doc_id] = (t("answer.documents_differ_one", document=p.short_title or p.document,
                                 amount=amount.words), amount.value)
    if len(first) < 2 or len({value for _, value in first.values()}) < 2:
        return []
    return [t("answer.documents_differ", said="; ".join(said for said, _ in first.values()))]


def _names_a_document(question: str) -> bool:
    """Whether the question names a document as one: by a number ("QĐ 22") or a kind ("kế hoạch …", "KH …")."""
    plain = padded_words(question)
    return bool(doc_refs(question)) or any(f" {name} " in plain for name in kind_names(codes=True))


def _undated_task(ev: Evidence, reason: str, passages: list[Passage], weights: Weights = DEFAULT) -> Answer | None:
    """"Hạn chót nộp báo cáo … là ngày nào" of a task whose line sets no day ("Các công đoàn cơ sở nộp báo cáo kết quả
    … về Ban Tuyên giáo"): said plainly that its document gives no day for it, the task's line quoted and cited —
    not a day another line states of another task. Only when that line is the question's topic (weights.topic_min)."""
    query = ev.query
    if DEADLINE not in query.kind.kinds or reason != t(f"abstain.{DATE}") or not ev.chosen:
        return None
    task = ev.chosen[0]
    if task.topic < weights.topic_min or not task.kinds.isdisjoint(query.kind.strict) or not _actor(task.text):
        return None
    p = passages[task.passage_index]
    line = t("answer.task_undated", document=p.short_title or p.document, line=f"{_line(task, p, query)} [1]")
    return Answer(query.text, line, False, [Citation(1, p, [(task.start, task.start + len(task.text))])],
                  confidence=min(ev.closeness, weights.nearest_min / 2))


def _not_found(reason: str, named: list[str]) -> str:
    """What the documents do not state: the loaded ones', or those the question names ("«KH 21 …» không đề cập …")."""
    if named:
        documents = "; ".join(f"«{name}»" for name in named)
        return t("answer.named_not_found_detail", documents=documents, reason=reason) if reason \
            else t("answer.named_not_found", documents=documents)
    return t("answer.not_found_detail", reason=reason) if reason else t("answer.not_found")


def _whole_article(query: Query, passages: list[Passage], chosen: list[Scored]) -> tuple[str, list[Citation]] | None:
    """"Điều 26 nói gì?": a whole article named and no fact asked is answered with the article itself — its
    heading, then its passages in the order written (at most MAX_SENTENCES, then how many are left), each one cited.
    "Điều 16 khoản 2 quy định gì?": a clause (or point) named so is quoted whole, each of its passages (its lead-in and
    points) — not the one sentence of it that shares most words with "quy định gì"."""
    named = named_place(query.text)
    if named is None or query.kind.kinds or not chosen:
        return None
    best = passages[chosen[0].passage_index]
    heading, article = article_heading(best.section), article_path(best.section)  # one article: a text may hold
    at = sorted((p for p in passages if p.doc_id == best.doc_id and p.block not in CLOSING_KINDS  # another's "Điều 5"
                 and article_path(p.section) == article and stands_at(place_of(p.section, p.lead, p.text), named)),
                key=lambda p: p.position)
    if named[1]:
        # only one text's clause found so: the same clause of several texts (a law and a charter in one file, three
        # documents' "khoản 2 Điều 2") is answered as any question is, each text's line cited
        texts = {(p.doc_id, article_path(p.section)) for p in passages if p.block not in CLOSING_KINDS
                 and stands_at(place_of(p.section, p.lead, p.text), named)}
        return in_order([], at, MAX_SENTENCES) if best in at and len(texts) == 1 else None
    if len(at) < 2 or not heading:
        return None
    heads = [quote(heading)]
    lead = list_lead(at[0])
    if lead and not any(lead.strip() in p.text for p in at):
        heads.append(quote(lead))
    return in_order(heads, at, MAX_SENTENCES)


def _list_item(query: Query, passages: list[Passage], chosen: list[Scored], scored: list[Scored],
               weights: Weights = DEFAULT) -> tuple[Passage, str] | None:
    """The item of a list of duties or reports that answers (list_items.whole_list), with who must act when its
    lead-in does not say it ("Tổ công đoàn: "): of the body asked (_body_list), else the best span's."""
    if not chosen:
        return None
    best = _body_list(query, passages, chosen[0], scored, weights) or passages[chosen[0].passage_index]
    return best, _who(chosen[0], best, query) if not sentence_actor(list_lead(best)) else ""


def _body_list(query: Query, passages: list[Passage], best: Scored, scored: list[Scored], weights: Weights = DEFAULT
               ) -> Passage | None:
    """"Sở Xây dựng được giao những việc gì": an item of the list under a lead-in naming the body asked ("2.2. Sở
    Xây dựng:"), scoring as a runner-up (weights.runner_up), when the best span stands under no such lead-in (a step
    of a procedure that names the body among others): that list is the body's duties."""
    asked = named(query.text)  # as search tells the bodies asked: a named text's issuer aside
    if not asked or _names_body(list_lead(passages[best.passage_index]), asked):
        return None
    floor = weights.runner_up * best.score
    return next((passages[s.passage_index] for s in scored if s.score >= floor
                 and _names_body(list_lead(passages[s.passage_index]), asked)), None)


def _names_body(lead: str, asked: frozenset[str]) -> bool:
    """A lead-in that is the name of one of the bodies asked ("2.2. Sở Xây dựng:")."""
    actor = heading_actor(lead) if lead else ""
    return bool(actor) and bool(named_in(actor) & asked)


def _naming_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"Đến năm 2025 … bao nhiêu": a close runner-up under the year the question names ("Đến năm 2025:") answers
    before the best span under another year ("Đến năm 2023:"), which then no longer leads the answer."""
    if not scored or not query.naming_ids or scored[0].ids_found >= query.naming_ids:
        return scored
    floor = weights.runner_up * scored[0].score
    close = [s for s in scored if s.score >= floor]
    naming = max(close, key=lambda s: len(s.ids_found))  # the first of the best named, as scored is best first
    if len(naming.ids_found) <= len(scored[0].ids_found):
        return scored
    return [naming, *(s for s in scored if s is not naming)]


def _subject_first(scored: list[Scored], query: Query, passages: list[Passage], weights: Weights = DEFAULT
                   ) -> list[Scored]:
    """"Bộ Quốc phòng có trách nhiệm gì …": a close runner-up (weights.runner_up) under the heading or lead-in of
    the body asked ("Điều 21. Trách nhiệm của Bộ Quốc phòng") answers before the best span under another body's
    ("Điều 20. Trách nhiệm của Bộ Nông nghiệp"), which repeats more of the question's other words — when search
    ranked its passage above (vectorstore.subject): not when search too put the best span's passage first, nor over a
    best span stating a kind of fact asked that it does not ("ủy ban kiểm tra kiểm tra tài chính khi nào": "… mỗi năm
    01 lần vào tháng 6" before "Điều 29. Ủy ban kiểm tra công đoàn › … làm việc theo nguyên tắc tập trung dân chủ")."""
    asked = named(query.text)
    if not scored or not asked or _about(passages[scored[0].passage_index], asked) \
            or _opens_with(scored[0], asked, query):
        return scored
    stated = scored[0].kinds & query.kind.kinds
    return _runner_up_first(scored, weights.runner_up, query.kind.strict,
                            lambda s: s.passage_index < scored[0].passage_index
                            and _about(passages[s.passage_index], asked) and stated <= s.kinds)


def _marked_first(scored: list[Scored], query: Query, plain: set[int], weights: Weights = DEFAULT) -> list[Scored]:
    """Asked with diacritics, a best line of a text typed without them holds the question's words only folded, each
    of which may be another word ("bong da nam": "nam" may be "năm", "hoi" "hội"): a close runner-up
    (weights.runner_up), its passage's best, of a text typed with them and holding as many of the question's words as
    written answers first ("Giải bóng chuyền hơi có cho nam tham gia không?" from the notice of the "Giải bóng chuyền
    hơi nữ", not from "Mon thi dau: bong da nam, …, bong chuyen hoi nu"). `plain`: the passages typed without
    diacritics."""
    if not scored or not query.exact or scored[0].passage_index not in plain:
        return scored
    leading = _passage_best(scored)
    return _runner_up_first(scored, weights.runner_up, query.kind.strict, lambda s: s.passage_index not in plain
                            and s is leading[s.passage_index] and len(s.matched) >= len(scored[0].matched))


def _row_heading(p: Passage) -> str:
    """The innermost heading of a table row, a line to read before it, and for a row of figures alone its header row
    too, which names what they count ("" for any other passage)."""
    if not (p.section and p.text.lstrip().startswith("|")):
        return ""
    columns = figures_header(p)
    heading = p.section.split(SECTION_SEP)[-1]
    return f"{heading} \n {columns} \n " if columns else f"{heading} \n "


def _restated_heading(p: Passage, asked_run: str) -> str:
    """The innermost heading of a passage when the question restates it ("Người có tài sản đấu giá là ai?" over "1.
    Người có tài sản đấu giá"), a line to read before it: the section's short body ("Ủy ban nhân dân xã …") answers it
    in words of its own, the question's being the heading's ("" for any other passage)."""
    return f"{p.section.split(SECTION_SEP)[-1]} \n " if restates_heading(p.section, asked_run) else ""


def _opens_with(best: Scored, asked: frozenset[str], query: Query) -> bool:
    """The line states the amount or share asked of a body asked, which opens it, past a label ("Công đoàn cơ sở được
    sử dụng 75%", "Phân phối nguồn thu: Công đoàn cơ sở …", a rates table's row under "3. Phân phối kinh phí công
    đoàn"): it is about that body as a line under its heading is. Not a duty or other matter: a list under the body's
    heading says those better than one line naming it."""
    if not best.kinds & set(query.kind.strict) & {PERCENT, MONEY, NUMBER}:
        return False
    numbered = heading_match(best.text.strip())
    text = (numbered.rest if numbered else best.text).lstrip("|*#-–•+ ")
    if field_label(text):  # "Phân phối nguồn thu: Công đoàn cơ sở được sử dụng 75% …": the body opens what it says
        text = text.split(":", 1)[1].lstrip()
    first = next(iter(bodies().mentions(text)), None)
    return first is not None and first.start == 0 and bool(named_in(text[:first.end]) & asked)


def _about(passage: Passage, asked: frozenset[str]) -> bool:
    """The passage stands under the heading or lead-in of a body asked."""
    return bool(subjects(passage.section, passage.lead) & asked)


@lru_cache(maxsize=20_000)
def _actor(sentence: str) -> frozenset[str]:
    """The bodies a sentence itself makes act ("Công đoàn giáo dục huyện tổng hợp …"), as named() keys them."""
    return named_in(sentence_actor(sentence))


def _other_actor(s: Scored, best: Scored) -> bool:
    """Whether the two lines each make a body act, and not the same one."""
    return bool(_actor(s.text)) and bool(_actor(best.text)) and _actor(s.text).isdisjoint(_actor(best.text))


def _task_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"Hạn chót nộp báo cáo kết quả … là ngày nào": a close runner-up (weights.runner_up) holding more of the
    question's topic ("Các công đoàn cơ sở nộp báo cáo kết quả thực hiện kế hoạch …") is the task asked, before a best
    line stating the kind asked (a day) of another body's task ("Công đoàn giáo dục huyện tổng hợp … trước ngày
    15/11"): that day is no answer, and that the task's line states none is."""
    strict = set(query.kind.strict)
    if not scored or not strict or scored[0].kinds.isdisjoint(strict):
        return scored
    best = scored[0]
    return _runner_up_first(scored, weights.runner_up, query.kind.strict,
                            lambda s: s.kinds.isdisjoint(strict) and s.topic > best.topic
                            and s.coverage > best.coverage and _other_actor(s, best))


def _actor_asked_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"Công đoàn cơ sở phải gửi … trước ngày nào": a close runner-up (weights.runner_up) that makes the body asked act
    ("Các công đoàn cơ sở nộp báo cáo …") answers before a best line stating the fact asked of another body it makes
    act ("Công đoàn giáo dục huyện tổng hợp … trước ngày 15/11"), found for a passage naming the body asked elsewhere
    (a term defined as including it): what the other body must do, and by when, is not what the one asked must. Not a
    body the question sends or asks something to ("hồ sơ xin LĐLĐ tỉnh hỗ trợ gửi trong bao lâu": acting)."""
    asked = acting(query.text)
    # only over a best line stating the fact asked (a day), said of its body: asked of duties ("Ủy ban nhân dân các
    # cấp … nhiệm vụ nào"), it cost ALQAC answers Hit@1 (check .926 → .897) over "Ủy ban nhân dân cấp tỉnh" lines.
    # A time asked without a day ("hạn nộp báo cáo của tổ dân phố") is asked as much as "trước ngày nào".
    told = set(query.kind.strict) | ({TIME, DEADLINE} & query.kind.kinds if TIME in query.kind.kinds else set())
    if not scored or not asked or scored[0].kinds.isdisjoint(told):
        return scored
    actor = _actor(scored[0].text)
    if not (actor or sentence_actor(scored[0].text)) or not actor.isdisjoint(asked):
        return scored  # a unit no table names acts too ("Phòng Kinh tế phường tổng hợp báo cáo của các tổ dân phố …")
    return _runner_up_first(scored, weights.runner_up, query.kind.strict,
                            lambda s: not _actor(s.text).isdisjoint(asked))


def _stating_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """When the best span states none of the strict facts asked for (an amount, a date ...) and a close
    runner-up does in its passage's best sentence, that sentence answers: the documents do say it, and
    "không đề cập" would be wrong (the confidence still says how sure)."""
    if not scored or not query.kind.strict or scored[0].kinds & set(query.kind.strict):
        return scored
    leading = _passage_best(scored)
    # not the line of another body than the one the best line makes act: "Công đoàn giáo dục huyện … gửi … trước ngày
    # 15/11" states no day of "Các công đoàn cơ sở nộp báo cáo …" (that the document gives none is the answer)
    actor = _actor(scored[0].text)
    return _runner_up_first(scored, weights.citation_runner_up, query.kind.strict,
                            lambda s: s is leading[s.passage_index]
                            and bool(s.kinds & set(query.kind.strict))
                            and not (actor and _actor(s.text) and actor.isdisjoint(_actor(s.text))))


def _channel_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"Gửi báo cáo qua email được không?": a close runner-up naming the channel ("… gửi bản điện tử qua địa chỉ thư
    điện tử …") answers before a best line saying how the report is sent another way — only a line naming the channel
    says whether it is accepted (abstain.judge); or a line of the best line's own passage naming it, whatever it scores
    ("… gửi Phiếu qua dịch vụ bưu chính. Không nhận Phiếu qua thư điện tử.": a short sentence holding few words)."""
    channel = channel_asked(query.text)
    if not scored or not channel or names_channel(channel, scored[0].text):
        return scored
    own = next((s for s in scored if s.passage_index == scored[0].passage_index and s.start >= 0
                and names_channel(channel, s.text)), None)
    if own is not None:
        return [own, *(s for s in scored if s is not own)]
    return _runner_up_first(scored, weights.citation_runner_up, query.kind.strict,
                            lambda s: names_channel(channel, s.text))


def _period_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"xã gửi báo cáo tháng … ngày mấy": a close runner-up (weights.runner_up) on the report of the period asked
    ("Báo cáo tháng: gửi Sở chậm nhất ngày 16 …") answers before a best line on another period's ("Báo cáo năm: gửi
    Sở chậm nhất ngày 18 tháng 12"), which repeats the question's other words as well: siblings of one list share
    them, the period is what the question picks one by."""
    asked = periods_named(query.text)
    if not scored or not other_period(asked, scored[0].text):
        return scored
    return _runner_up_first(scored, weights.runner_up, query.kind.strict, lambda s: bool(periods_named(s.text) & asked))


def _both_ends_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"mở cửa mấy giờ đến mấy giờ": a close runner-up (weights.runner_up) giving both ends of the span asked ("từ 17
    giờ 00 đến 23 giờ 00") answers before a best line giving one time of it (bot/answer/both_ends.py)."""
    kind = ends_asked(query.text)
    if not scored or kind is None or states_both_ends(kind, scored[0].text):
        return scored
    return _runner_up_first(scored, weights.runner_up, query.kind.strict, lambda s: states_both_ends(kind, s.text))


_SHARE = re.compile(r"(?<![\w/.,-])\d+(?:[.,]\d+)?\s*%")
_BOUND_BEFORE = re.compile(rf"(?<!\w){alternation(toml('count_words.toml')['bound_words']['before'])}\s*$")


def _outcome_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"Nếu ngày họp rơi vào Chủ nhật thì sao?": a close runner-up (weights.runner_up) stating a condition and what
    follows it ("Trường hợp … trùng vào ngày nghỉ thì lùi sang …") answers before a best line stating none, which only
    names the case (a schedule's row noting the day is a Sunday; bot/answer/outcomes.py)."""
    if not scored or not asks_outcome(query.text) or states_outcome(scored[0].text):
        return scored
    return _runner_up_first(scored, weights.runner_up, query.kind.strict, lambda s: states_outcome(s.text))


def _bounds_only(text: str) -> bool:
    """Whether each percentage a line states is a bound after a bound word ("nhà bị tốc mái trên 70%", "từ 50% trở
    lên"): a condition on whom, not a share given."""
    said = unicodedata.normalize("NFC", text).lower()
    found = list(_SHARE.finditer(said))
    return bool(found) and all(_BOUND_BEFORE.search(said[:m.start()]) for m in found)


def _whom(scored: list[Scored], query: Query, passages: list[Passage]) -> list[Scored]:
    """"Quyết định 45 hỗ trợ cho ai?", "TT 18 áp dụng cho những ai": the lines of the document named saying whom it is
    for ("Điều 1. Đối tượng hỗ trợ: 1. Đoàn viên là lái xe …", cases.sets_condition), each its passage's best, in the
    order written: the answer, ahead of its lines on how much or how often (which repeat the verb asked); asked of no
    document, or of one saying none, or asked a fact too ("… hỗ trợ cho ai bao nhiêu tiền": the amount's line), none."""
    if BENEFICIARY not in query.kind.kinds or query.kind.strict:
        return []
    leading = _passage_best(scored)
    # a line stating an amount under a heading of whom and how much ("Điều 4. Đối tượng, mức hỗ trợ": "40 triệu
    # đồng/hộ", "hỗ trợ 100% theo mức …") says how much, not whom; a share after a bound word ("nhà bị tốc mái trên
    # 70%") says whom
    return sorted((s for s in scored if s is leading[s.passage_index] and passages[s.passage_index].named
                   and sets_condition(passages[s.passage_index]) and not states(MONEY, s.text)
                   and not (states(PERCENT, s.text) and not _bounds_only(s.text))),
                  key=lambda s: passages[s.passage_index].position)


def _field_first(scored: list[Scored], query: Query, passages: list[Passage], weights: Weights = DEFAULT
                 ) -> list[Scored]:
    """"hội thao tổ chức ngày nào": a close runner-up labelled as the fact asked ("Thời gian: từ 7 giờ 30 ngày
    18/11 …") answers before a sentence stating a date by the way ("… báo cáo kết quả Hội thao trước ngày 25/11"):
    the label says it is when the event the document plans takes place. Not before one stating a strict fact asked
    that it does not ("mấy năm 1 lần, áp dụng từ khi nào": "02 năm một lần" first, "Thời gian thực hiện: …" after);
    nor a row of the table the best line leads into naming nothing asked that the line does not ("bố trí 8,5 tỷ đồng
    …, phân bổ như sau:" before its row "| Các xã còn lại | 1.000 | …"): the line states the whole, the row a share."""
    if not scored or scored[0].labelled:
        return scored
    leading = _passage_best(scored)
    best = scored[0]
    stated = best.kinds & set(query.kind.strict)
    return _runner_up_first(scored, weights.citation_runner_up, query.kind.strict, lambda s: s.labelled
                            and s is leading[s.passage_index] and stated <= s.kinds
                            and not (_row_under(passages[s.passage_index], passages[best.passage_index])
                                     and not _adds_words(s, best, query)))


def _condition_first(scored: list[Scored], query: Query, passages: list[Passage], weights: Weights = DEFAULT
                     ) -> list[Scored]:
    """"ai được tham gia hội thao": asked who qualifies (no fact besides), a close runner-up (weights.runner_up)
    saying whom the document is for ("II. ĐỐI TƯỢNG THAM GIA › Đoàn viên công đoàn …", cases.sets_condition)
    answers before a best line merely repeating the question's words ("… lập danh sách vận động viên tham gia …") —
    when it holds every word of the question the best holds."""
    if not scored or BENEFICIARY not in query.kind.kinds or query.kind.strict:
        return scored
    leading = _passage_best(scored)
    return _runner_up_first(scored, weights.runner_up, query.kind.strict, lambda s: s is leading[s.passage_index]
                            and s.matched >= scored[0].matched and sets_condition(passages[s.passage_index]))


def _row_under(row: Passage, lead: Passage) -> bool:
    """Whether a passage is a row of the table a line leads into: a row after the line, under the same heading of the
    same document, the line ending in a colon ("… phân bổ như sau:")."""
    return row.doc_id == lead.doc_id and row.section == lead.section and row.position > lead.position \
        and row.text.lstrip().startswith("|") and lead.text.rstrip().endswith(":")


def _adds_words(s: Scored, best: Scored, query: Query) -> bool:
    """Whether a line holds a word of the question (a weighty one, standing free) the best line does not."""
    return any(query.weights.get(m, 0) >= 1.0 for m in s.matched - best.matched - s.inside)


def _amount_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"mức đóng đoàn phí là bao nhiêu": a bare "bao nhiêu" (no unit counted, no length of time asked) asks how much,
    so a close runner-up (weights.runner_up) stating an amount or a share ("một phần trăm (1%) tiền lương"),
    its passage's best sentence, answers before a best span whose only figures are lengths of time ("… tạm dừng đóng
    đoàn phí …, nhưng không quá 12 tháng"), which states a number only as how long — when it holds every word of the
    question the best holds: "Mức hỗ trợ từ 1.000.000 đồng …" is no level of "đóng đoàn phí"."""
    if not scored or not asks_how_much(query.text) or not only_lengths(_stating(scored[0].text)):
        return scored
    leading = _passage_best(scored)
    return _runner_up_first(scored, weights.runner_up, query.kind.strict, lambda s: s is leading[s.passage_index]
                            and s.matched >= scored[0].matched and (states(MONEY, s.text) or states(PERCENT, s.text)))


def _count_beside_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"Biên Hòa có bao nhiêu nhà trọ": a close runner-up (weights.runner_up) of the best line's own passage writing a
    number right before the noun counted ("Toàn thành phố hiện có 6.420 nhà trọ") answers before a best line whose
    numbers count other things near that noun ("37 vụ cháy, trong đó 21 vụ tại nhà trọ"): a neighbour's count is
    not the one asked."""
    unit = number_unit(query.text)
    if not scored or not unit or NUMBER not in query.kind.strict or counts_beside(unit, scored[0].text):
        return scored
    best = scored[0].passage_index
    return _runner_up_first(scored, weights.runner_up, query.kind.strict,
                            lambda s: s.passage_index == best and counts_beside(unit, s.text))


def _members_named_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"huyện nào chưa hoàn thành …": asked which ones of a kind, a close runner-up (weights.runner_up) naming members
    of it ("các huyện Sốp Cộp, Quỳnh Nhai") answers before a best line that only counts them ("03 huyện chưa …")."""
    kind = kind_asked(query.text)
    if not scored or not only_counts(kind, scored[0].text):
        return scored
    return _runner_up_first(scored, weights.runner_up, query.kind.strict, lambda s: names_members(kind, s.text))


def _bare_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"thời gian giới hạn cự ly marathon": a close runner-up (weights.runner_up) naming the thing asked bare
    ("(Marathon)"), with every word the best holds, answers before a best line naming a lesser form of it ("(Bán
    marathon)", bot/answer/qualified.py) that the question does not say."""
    if not scored:
        return scored
    lesser = lessened(query.text, scored[0].text, scored[0].matched)
    if not lesser:
        return scored
    return _runner_up_first(scored, weights.runner_up, query.kind.strict,
                            lambda s: s.matched >= scored[0].matched and bare(s.text, lesser))


def _label_words(text: str) -> set[str]:
    """The content words (plain) of the label a line opens with ("Giải Tư, Năm, Sáu: …"), or none."""
    pair = _PAIR.match(text)
    return plain_content(pair.group(1)) if pair else set()


def _sibling_label_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"giải tư … bao nhiêu tiền": a close runner-up (weights.runner_up) whose label names more of the question's
    words ("Giải Tư, Năm, Sáu: mỗi giải 3.000.000 đồng") answers before a best line labelled as a sibling item of the
    same list, with a word the question does not say ("Giải Nhất: …"): the items share their head ("giải"), the word
    after it says which one is asked. Only a runner-up stating the kinds of fact asked the best states."""
    if not scored:
        return scored
    asked = plain_content(query.text)
    own = _label_words(scored[0].text)
    if not own or own <= asked:
        return scored
    stated = scored[0].kinds & set(query.kind.strict)
    return _runner_up_first(scored, weights.runner_up, query.kind.strict, lambda s: stated <= s.kinds and bool(
        (label := _label_words(s.text)) & own & asked) and label & asked > own & asked)


def _named_amount_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"Ai được nhận suất quà 2 triệu?": an amount the question names picks the line stating it, so the best line
    stating it — in any document found, not only the best line's: another document's "mỗi suất 500.000 đồng" is no
    nearer — answers before a best line stating none ("Mỗi đoàn viên chỉ nhận một suất quà cao nhất"), when it holds a
    word of the question besides the amount's ("giải Nhì 2.000.000 đồng" holds none of "suất quà"). Lines stating
    only other amounts ("mỗi suất 500.000 đồng") then come last: they pay another case, and join no answer. Not asked
    yes or no: the amount is then a claim the best line confirms or denies (cases.with_case)."""
    if not scored or not names_amount(query.text) or asks_yes_or_no(query.text) \
            or states_amount_of(query.text, scored[0].text):
        return scored
    amount = amount_words(query.text)
    stating = next((s for s in scored[1:] if states_amount_of(query.text, s.text)
                    and any(fold(w) not in amount for w in s.matched)), None)
    if stating is None:
        return scored
    other = [s for s in scored if s is not stating and money_stated(s.text)
             and not states_amount_of(query.text, s.text)]
    ids = {id(s) for s in other}
    return [stating, *(s for s in scored if s is not stating and id(s) not in ids), *other]


def _paid_per(text: str) -> frozenset[str]:
    """The units a line's amounts of money are paid per (amount_clauses.paid_per): "nha" of "… 60 triệu đồng một
    nhà"."""
    return paid_per(text, [(a.end - len(a.words), a.end) for a in money_stated(unicodedata.normalize("NFC", text))])


def _per_unit_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"hỗ trợ Mái ấm bao nhiêu tiền 1 căn": asked the amount paid per one thing, a close runner-up (weights.runner_up)
    paying per that unit ("mức hỗ trợ 60 triệu đồng một nhà xây mới": "nhà" counts what "căn" does), or, when none
    does, per any unit, answers before a best line stating only totals ("… chi hỗ trợ "Mái ấm Công đoàn" 180 triệu
    đồng"), which names the same programme — when it holds every word of the question the best holds but those
    asking the kind."""
    unit = asked_per(query.text)
    if not scored or not unit or MONEY not in query.kind.strict or asks_yes_or_no(query.text):
        return scored
    best = _paid_per(scored[0].text)
    if same_unit(unit, best):
        return scored
    held = scored[0].matched - query.asking
    ranked = _runner_up_first(scored, weights.runner_up, query.kind.strict, lambda s: s.matched >= held
                              and same_unit(unit, _paid_per(s.text)))
    if ranked is not scored or best:
        return ranked
    return _runner_up_first(scored, weights.runner_up, query.kind.strict,
                            lambda s: s.matched >= held and bool(_paid_per(s.text)))


def _names_share(query: Query, text: str) -> bool:
    """The line states, among several amounts of money, one in a clause of its own naming what the question asks of
    ("LĐLĐ quận 350.000.000 đồng" of "Tổng kinh phí …, trong đó: LĐLĐ quận 350.000.000 đồng; vận động doanh nghiệp …
    300.000.000 đồng", asked of "LĐLĐ quận"): amount_clauses.named_clause."""
    text = unicodedata.normalize("NFC", text)
    spans = [(a.end - len(a.words), a.end) for a in money_stated(text)]
    return len(spans) >= 2 and named_clause(query.text, text.lower(), spans) is not None


def _share_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"LĐLĐ quận chi bao nhiêu tiền cho chương trình Tết": asked an amount of money (not yes or no), a close runner-up
    (weights.runner_up) giving it in a clause naming what is asked, beside the other shares of a budget, answers
    before a best line naming no one clause so ("Trao 1.200 suất quà Tết …; mỗi suất trị giá 500.000 đồng"), which
    shares the question's words on another matter."""
    if not scored or MONEY not in query.kind.strict or asks_yes_or_no(query.text) \
            or _names_share(query, scored[0].text):
        return scored
    return _runner_up_first(scored, weights.runner_up, query.kind.strict,
                            lambda s: MONEY in s.kinds and _names_share(query, s.text))


def _event_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"cuộc họp giao ban diễn ra ngày nào, ở đâu": asked when an event takes place (a moment word said: "diễn ra",
    "bắt đầu"; no deadline asked), a close runner-up (weights.runner_up) stating a date and no deadline ("Cuộc họp giao
    ban diễn ra vào ngày 12/10/2027 tại …") answers before a best line giving a due date ("Hạn chót đăng ký … tại cuộc
    họp giao ban là ngày 08/10/2027"), which dates another doing — when it holds every word of the question the best
    holds. A best line stating no date at all gives way to the line dating the moment asked (_moment_first)."""
    moment = _said(query.tokens, MOMENT_WORDS)
    if not scored or not moment or DEADLINE in query.kind.kinds:
        return scored
    if DATE in query.kind.strict and DATE not in scored[0].kinds:
        return _moment_first(scored, moment)
    if DATE not in scored[0].kinds or not _due(scored[0].text):
        return scored
    return _runner_up_first(scored, weights.runner_up, query.kind.strict,
                            lambda s: DATE in s.kinds and s.matched >= scored[0].matched
                            and not _due(s.text))


def _moment_first(scored: list[Scored], moment: set[str]) -> list[Scored]:
    """"xe … khởi hành ngày nào" where the best line states no date ("… đưa 120 đoàn viên về quê ăn Tết"): the line
    writing the moment asked and stating a date ("Thời gian khởi hành dự kiến ngày 01 tháng 02 năm 2027") answers
    first, however lower it scores — the moment word is no topic (make_query), yet a line saying it dates that very
    moment. As ranked when none does."""
    said = {fold(tok).lower() for tok in moment}
    found = next((s for s in scored if DATE in s.kinds and s.matched
                  and said <= set(re.findall(r"\w+", fold(s.text).lower()))), None)
    return scored if found is None else [found, *(s for s in scored if s is not found)]


def _row_first(scored: list[Scored], query: Query, passages: list[Passage], weights: Weights = DEFAULT
               ) -> list[Scored]:
    """"Ai dạy phần tài chính?": a best line stating none of the kinds of fact asked (a sentence sharing the
    question's words: "… 01 ủy viên … phụ trách tài chính") leads no answer over a close runner-up (weights.
    citation_runner_up) that is a table row stating one, its passage's best ("… | Nội dung: Công tác tài chính | Báo
    cáo viên: Đ/c Lý Văn Tài | …"): a row's cells are its columns, the slot asked filled beside the row's content."""
    asked = query.kind.kinds
    if not scored or not asked or scored[0].kinds & asked:
        return scored
    leading = _passage_best(scored)
    return _runner_up_first(scored, weights.citation_runner_up, query.kind.strict,
                            lambda s: s is leading[s.passage_index]
                            and bool(s.kinds & asked) and bool(s.matched - query.asking)
                            and bool(labelled_row(passages[s.passage_index])[1]))


def _subject_row_first(scored: list[Scored], query: Query, passages: list[Passage]) -> list[Scored]:
    """"Đoàn viên lao động tự do đóng 1% lương đúng không?": a yes or no judged by a table row is judged by the row of
    the subject asked — the row of its table whose first cell (what the row is of: "Đoàn viên nghiệp đoàn, lao động tự
    do") holds the most of the question's words — not by a best row of another subject that holds the claim's value
    ("Đoàn viên trong doanh nghiệp nhà nước | … | 1%"): the number a user claims is what is checked, not what
    finds the line."""
    if not scored or not asks_yes_or_no(query.text):
        return scored
    best = passages[scored[0].passage_index]
    if not row_cells(best):
        return scored
    asked = plain_content(query.text)

    def subject_held(p: Passage) -> int:
        return len(asked & set(plain_words(row_cells(p)[0][1]).split()))

    leading = _passage_best(scored)
    rows = [s for s in scored[1:] if s is leading[s.passage_index] and same_table(best, passages[s.passage_index])]
    row = max(rows, key=lambda s: subject_held(passages[s.passage_index]), default=None)
    if row is None or subject_held(passages[row.passage_index]) <= subject_held(best):
        return scored
    return [row, *(s for s in scored if s is not row)]


def _headed_row_first(scored: list[Scored], query: Query, passages: list[Passage]) -> list[Scored]:
    """"quầy khu D giá bao nhiêu": a best row of the layout table ("Khu D | Trò chơi … | 10 vị trí") answers after the
    same subject's row of another table of its document whose header names more of the question ("Mức giá …":
    table_cells.better_headed) — the row asked is that of the table holding what is asked, not the one sharing more
    of the subject's own words."""
    if not scored:
        return scored
    best = passages[scored[0].passage_index]
    leading = _passage_best(scored)
    rows = [s for s in scored[1:] if s is leading[s.passage_index]
            and better_headed(query.text, best, passages[s.passage_index])]
    if not rows:
        return scored
    row = max(rows, key=lambda s: len(headers_named(query.text, passages[s.passage_index])))
    return [row, *(s for s in scored if s is not row)]


def _named_row_first(scored: list[Scored], query: Query, passages: list[Passage]) -> list[Scored]:
    """"giá thuê quầy khu B bao nhiêu 1 tháng": a best row of a sibling subject ("Khu A | 1.800.000 | …", its figure
    sharing the question's "1"; table_cells.siblings) answers after the row of its table, in its document, of the
    subject the question names (table_cells.names_subject: "Khu B | 900.000 | …"): a row's first cell says which
    row it is."""
    if not scored or not row_cells(best := passages[scored[0].passage_index]) or names_subject(query.text, best):
        return scored
    leading = _passage_best(scored)
    row = next((s for s in scored[1:] if s is leading[s.passage_index]
                and same_table(best, p := passages[s.passage_index]) and siblings(best, p)
                and names_subject(query.text, p)), None)
    return scored if row is None else [row, *(s for s in scored if s is not row)]


def _key_named_first(scored: list[Scored], query: Query, passages: list[Passage]) -> list[Scored]:
    """"lô A2 giá khởi điểm bao nhiêu": the one row the question names by its key (table_cells.key_named: "A2", not
    the near "A1") answers first, when the best line is no row of the key it names and the row holds as many of the
    question's words (table_cells.row_covers) and states the kind of fact asked (not a share for "bao nhiêu tiền") —
    a line on the whole ("Tiền đặt trước bằng 20% giá khởi điểm của lô") or a row of another key shares the
    question's other words; the key alone says which row is asked."""
    if not scored or key_named(query.text, best := passages[scored[0].passage_index]):
        return scored
    leading = _passage_best(scored)
    strict = set(query.kind.strict)
    named = [s for s in scored[1:] if s is leading[s.passage_index] and (s.kinds & strict or not strict)
             and key_named(query.text, passages[s.passage_index])]
    if len(named) != 1 or not row_covers(query.text, passages[named[0].passage_index], best):
        return scored
    return [named[0], *(s for s in scored if s is not named[0])]


def _whole_first(scored: list[Scored], query: Query, passages: list[Passage]) -> list[Scored]:
    """"năm 2027 bình chọn bao nhiêu công nhân tiêu biểu": a count asked (no amount, no share) of a table naming none
    of its rows (table_cells.no_row_named) is the whole the table's lead sentence states ("Toàn thành phố bình chọn
    100 cá nhân, phân bổ … như sau:"; table_cells.leads_table), not the share of the row that scored best."""
    strict = set(query.kind.strict)
    if not scored or NUMBER not in strict or strict & {MONEY, PERCENT} \
            or not row_cells(best := passages[scored[0].passage_index]):
        return scored
    rows = [p for p in passages if same_table(best, p)]
    lead = next((s for s in scored[1:] if leads_table(passages[s.passage_index], best)
                 and s.text.rstrip().endswith(":") and states_count(s.text)), None)
    if lead is None or not no_row_named(query.text, rows):
        return scored
    # read as a lead-in (its ":"), it was credited no figure: it states the count asked
    stated = Scored(**{**vars(lead), "kinds": lead.kinds | {NUMBER}})
    return [stated, *(s for s in scored if s is not lead)]


def _keyed(s: Scored, passages: list[Passage]) -> frozenset[tuple[str, int]]:
    """The slots a scored line is keyed by (slots.keyed_by): its row's first cell or its label; a heading none."""
    return keyed_by(passages[s.passage_index], s.text) if s.start >= 0 else frozenset()


def _slot_first(scored: list[Scored], query: Query, passages: list[Passage]) -> list[Scored]:
    """"Tháng 9 … có hoạt động gì": the question names the slot a schedule keys its rows by, so the best line keyed by
    it ("| Tháng 9 | Giải bóng chuyền hơi … |") answers first, whatever it scores — its siblings ("| Tháng 8 | … |")
    repeat as many of the question's words, the key alone tells them apart — when it holds a word of the question
    besides the slot's; the lines keyed by another number of the same word go last: they answer another slot, and
    join no answer (choose)."""
    asked = slots_named(query.text)
    if not scored or not asked:
        return scored
    other = [s for s in scored if other_slot(asked, _keyed(s, passages))]
    slot_words = {tok for tok in query.weights if slots_named(f"{tok} 1") or tok.isdigit()}
    keyed = next((s for s in scored if _keyed(s, passages) & asked and s.matched - slot_words), None)
    if not other and (keyed is None or keyed is scored[0]):
        return scored
    moved = {id(s) for s in other} | {id(keyed)}
    return [*([keyed] if keyed is not None else []), *(s for s in scored if id(s) not in moved), *other]


def _subject_label(s: Scored, query: Query, long: bool = False) -> bool:
    """The line opens with a label naming the question's subject in its words ("Cá nhân: 800.000 đồng/người." asked
    "Cá nhân được khen thưởng bao nhiêu tiền?", "… 500 nghìn phải không?"): what follows is said of the subject asked,
    as an item of its list. Compared folded (typed with or without diacritics). `long`: a label of any length, a post
    of several words ("Phó Trưởng ban nữ công: hệ số 0,15;") — every word of it the question's."""
    pair = _PAIR.match(s.text) if long else None
    label = plain_content(pair.group(1) if pair else field_label(s.text))
    topic = {w for key in query.weights for w in plain_words(key).split()}
    return bool(label) and label <= set(plain_words(query.text).split()) and bool(label & topic)


def _subject_label_first(scored: list[Scored], query: Query, weights: Weights = DEFAULT) -> list[Scored]:
    """"Tập thể được thưởng bao nhiêu?": a close runner-up (weights.runner_up) labelled with the subject asked
    (_subject_label: "Tập thể: 1.500.000 đồng/tập thể;") and stating the kind of fact asked answers before a best line
    naming the subject by the way ("… tặng giấy khen cho 03 tập thể", "Cá nhân có sáng kiến … được thưởng thêm
    1.000.000 đồng"): the list item labelled so is that subject's own, the other line another case's."""
    strict = set(query.kind.strict)
    # a yes or no claiming an amount ("Cá nhân được thưởng 500 nghìn phải không?") asks no kind, but its answer is the
    # subject's own amount as much as for "bao nhiêu"
    claimed = not strict and bool(premise_phrases(query.text)) and bool(money_stated(query.text))
    if not scored or not (strict or claimed) or _subject_label(scored[0], query, long=True):
        return scored
    stated = scored[0].kinds & strict
    return _runner_up_first(scored, weights.runner_up, query.kind.strict, lambda s: _subject_label(s, query) and bool(
        money_stated(s.text) if claimed else s.kinds & strict and stated <= s.kinds))


def _due(text: str) -> bool:
    """The line gives a due date, also in words opening it ("Hạn chót đăng ký … là ngày 08/10/2027", "Trước ngày …")."""
    return states(DEADLINE, _stating(text).lower())


@lru_cache(maxsize=20_000)
def _is_label(text: str) -> bool:
    """A line that only labels what follows: all in brackets ("(Kèm theo Quyết định số …)"), or a title in
    capitals with its bracketed note ("QUY ĐỊNH … (Ban hành kèm theo …)"). It states nothing to quote.
    (Cached: every span of every passage is checked, question after question.)"""
    rest = _BRACKETS.sub(" ", text)
    if rest == text:
        return False
    letters = [c for c in rest if c.isalpha()]
    return not letters or (len(rest.split()) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters))


@lru_cache(maxsize=20_000)
def _is_heading(text: str) -> bool:
    """A heading or a lead-in, not a statement: upper-case words ("VỀ TRÌNH TỰ, THỦ TỤC …") or a short
    line that announces what follows ("4.2. Yêu cầu về tổ chức xây dựng nhà ở:", "… với mức hỗ trợ như sau:").
    (Cached: every line an answer may quote is checked, question after question.)"""
    letters = [c for c in text if c.isalpha()]
    shouting = len(text.split()) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    return shouting or text.rstrip().endswith(":")


def _with_content(chosen: list[Scored], scored: list[Scored], passages: list[Passage], strict: set[str],
                  which_text: bool = False) -> list[Scored]:
    """A heading chosen as an answer is quoted with its content: the span after it in the passage, or, when
    the passage ends with it (a lead-in too long for its items to carry), by itself if it states a kind of fact
    asked ("…, trong thời hạn không quá 15 ngày làm việc … có trách nhiệm:" for "trong bao lâu?") or, asked which text
    (`which_text`: basis.asks_text), names the text it carries out ("Thực hiện Thông tư số 58/2027/TT-BTC …, Sở Tài
    chính đề nghị … như sau:" for "căn cứ thông tư nào"), else replaced by the next best span that is no heading. A
    lead-in or section heading that answers (a passage's HEADING span) is shown whole before its passage's best own
    span, so that the words quoted under a number are that citation's own."""
    by_start = {(s.passage_index, s.start): s for s in scored}
    out: list[Scored] = []
    for s in chosen:
        if s.start == HEADING:
            s = _under_heading(s, scored, passages)
            same = next((n for n, o in enumerate(out) if (o.passage_index, o.start) == (s.passage_index, s.start)),
                        None)
            if same is None:
                out.append(s)
            elif not out[same].heading:  # the span is quoted already: its heading is shown before it
                out[same] = Scored(**{**vars(out[same]), "heading": s.heading, "kinds": out[same].kinds | s.kinds})
            continue
        if any(s.passage_index == o.passage_index and s.start == o.start for o in out):
            continue
        if not _is_heading(s.text):
            out.append(s)
            continue
        text = passages[s.passage_index].text
        after = next(((a, x) for a, x in spans(text) if a > s.start), None)
        if after is None:
            if s.kinds & strict or which_text and names_basis(s.text):  # "Điều 1. … 02 năm một lần …:" states
                out.append(s)  # the fact asked itself
            continue
        content = by_start.get((s.passage_index, after[0]))
        merged = Scored(**{**vars(s), "text": text[s.start:after[0] + len(after[1])]})
        if content is not None:
            merged.kinds = s.kinds | content.kinds
            merged.matched = s.matched | content.matched
        out.append(merged)
    if not out and chosen:
        out = [s for s in scored if s.start == HEADING or not _is_heading(s.text)][:1]
    return out


def _with_purpose(chosen: list[Scored], scored: list[Scored], passages: list[Passage], query: Query) -> list[Scored]:
    """"Hỗ trợ phân bón, thuốc thú y … Mức hỗ trợ tối đa 500.000 đồng/hộ nghèo": asked how much, a passage's first
    sentence (what is paid for) and the amount stated right after it are quoted as one line, whichever of the two
    was chosen — an amount beside another item's amount means nothing without what it is for, and what is paid for
    without its amount does not answer."""
    if not {MONEY, NUMBER} & set(query.kind.strict):
        return chosen
    out: list[Scored] = []
    asked = slots_named(query.text)
    for s in chosen:
        own = sorted((x for x in scored if x.passage_index == s.passage_index and x.start >= 0), key=lambda x: x.start)
        at = next((n for n, x in enumerate(own) if x.start == s.start), -1) if s.start >= 0 else -1
        paid = [states(MONEY, x.text) for x in own[:2]]
        pair = (own[0], s) if at == 1 and paid == [False, True] else \
            (s, own[1]) if at == 0 and paid == [False, True] else None
        if pair is not None and not any(other_slot(asked, _keyed(x, passages)) for x in pair):
            head, amount = pair
            text = passages[s.passage_index].text[head.start:amount.start + len(amount.text)]
            s = Scored(**{**vars(s), "text": text, "start": head.start, "kinds": head.kinds | amount.kinds,
                          "matched": head.matched | amount.matched})
        if not any(o.passage_index == s.passage_index and o.start <= s.start < o.start + len(o.text) for o in out):
            out = [o for o in out if not (o.passage_index == s.passage_index and s.start <= o.start
                                          < s.start + len(s.text))] + [s]
    return out


_ANNOUNCED = re.compile(r":\s*\S")  # "… nộp các giấy tờ sau: bản sao …": a list opened inside the clause
# "Ủy viên Ban Chấp hành, Chủ nhiệm Ủy ban Kiểm tra: hệ số 0,1": a clause that is a label (a few names) and its value
_PAIR = re.compile(r"([^\W\d][^:;.()\n]{1,80}?):\s*\S")


def _whole_enumerations(chosen: list[Scored], passages: list[Passage], weights: Weights = DEFAULT) -> list[Scored]:
    """"… nộp các giấy tờ sau: bản sao văn bằng …; Phiếu lý lịch tư pháp …; Giấy chứng nhận sức khỏe …": a line
    cut at the first ";" of a long sentence (spans) whose clause opens a list after its ":" is quoted to the
    sentence's end — the items after the cut are the rest of that list, whichever of them is asked (newuser42 N11);
    lines of the passage inside it are then no lines of their own."""
    out: list[Scored] = []
    for s in chosen:
        text = passages[s.passage_index].text
        if s.start >= 0 and s.text.rstrip().endswith(";") and _ANNOUNCED.search(s.text) \
                and not _pairs_go_on(s, text):
            end = _enumeration_end(text, s.start + len(s.text.rstrip()))
            if s.start + len(s.text) < end <= s.start + weights.enumeration_chars:
                s = Scored(**{**vars(s), "text": text[s.start:end]})
        if not any(_inside(s, o) for o in out):
            out = [o for o in out if not _inside(o, s)] + [s]
    return out


def _pairs_go_on(line: Scored, text: str) -> bool:
    """"Chủ tịch: hệ số 0,3 …; Phó Chủ tịch: hệ số 0,2; Ủy viên …: hệ số 0,1.": the ";" after a line that is one
    labelled pair (a post and its allowance) opens another pair, each label with its own value — no list the line's
    ":" announced, so the line asked is quoted alone."""
    after = next((x for a, x in _sentences(text) if a >= line.start + len(line.text.rstrip())), "")
    return bool(_PAIR.match(line.text)) and bool(_PAIR.match(after))


def _inside(line: Scored, whole: Scored) -> bool:
    """Whether a line starts within another line quoted of the same passage."""
    return line.passage_index == whole.passage_index and whole.start <= line.start < whole.start + len(whole.text)


def _enumeration_end(text: str, cut: int) -> int:
    """Where the list going on after a ";" at `cut` of the text ends: the end of the first sentence after it that ends
    otherwise than with ";" (a capital after a ";" opens no sentence of its own: "…; Phiếu lý lịch tư pháp …")."""
    end = cut
    for a, x in _sentences(text):
        if a + len(x) <= cut:
            continue
        end = a + len(x)
        if not x.rstrip().endswith(";"):
            break
    return end


def _under_heading(heading: Scored, scored: list[Scored], passages: list[Passage]) -> Scored:
    """A heading span that answers, as its passage's best own span with the heading shown whole before it."""
    own = next((x for x in scored if x.passage_index == heading.passage_index and x.start >= 0
                and not _is_heading(x.text)), None)
    if own is None or heading.text in passages[heading.passage_index].text:
        return heading
    return Scored(**{**vars(heading), "text": own.text, "start": own.start, "heading": heading.text,
                     "kinds": heading.kinds | own.kinds, "matched": heading.matched | own.matched,
                     "counted": heading.counted or own.counted})


def _line(span: Scored, passage: Passage, query: Query) -> str:
    """One line of the answer: the quoted span after who must act and the lead-in of its list (whole when it
    states the fact asked)."""
    if span.start == HEADING:
        return quote(span.text)
    lead, row = labelled_row(passage)
    asked_cells = period_columns(query.text, passage) if row else []
    if asked_cells:  # a table whose columns are years: the year asked
        row = t("answer.cell_sep").join(t("answer.cell", header=h, value=c) for h, c in asked_cells if c)
    if row:
        return f"{_who(span, passage, query)}{lead}{row}"
    before = passage.text[:span.start].rstrip()
    lead = t("answer.lead", lead=span.heading.rstrip(" :")) if span.heading else stated_lead(passage)
    who = _who(span, passage, query)
    if who and lead == t("answer.lead", lead=who.removesuffix(": ")):
        lead = ""  # "2.1. Sở Y tế:" is both the heading naming who acts and the items' lead-in: said once
    return f"{who}{lead}{quote(span.text, before)}"


def _who(span: Scored, passage: Passage, query: Query) -> str:
    """"Body: " before a duty quoted from under its heading ("TỔ CHỨC THỰC HIỆN › 2. Công đoàn cơ sở"),
    when the sentence itself does not name who must act — the quote stays verbatim after it."""
    if not query.kind.kinds & {ACTOR, DUTY, REPORT, RECIPIENT, TIME}:
        return ""
    actor = heading_actor(passage.section)
    if not actor or sentence_actor(span.text.lstrip("-–•+. ")):
        return ""
    head = fold(actor.split(",")[0])
    if head in fold(span.text):
        return ""
    return f"{_shortened_actor(actor, query.text)}: "


def _shortened_actor(actor: str, question: str) -> str:
    """A long list of bodies cut after its first ones — but keeping the body the question asks about when the
    cut would drop it ("Liên đoàn Lao động các huyện, thành phố, Công đoàn ngành, …, Công đoàn cơ sở" asked
    of công đoàn cơ sở), so that the answer shows it is meant for that body too."""
    if len(actor) <= 70:
        return actor
    kept = actor[:70].rsplit(",", 1)[0]
    asked = {m.body for m in bodies().mentions(question)}
    dropped = [m for m in bodies().mentions(actor) if m.start >= len(kept) and m.body in asked]
    return f"{kept}, …, {actor[dropped[0].start:dropped[0].end]}" if dropped else f"{kept}, …"


def _unique(passages: list[Passage]) -> list[Passage]:
    seen: set[str] = set()
    out: list[Passage] = []
    for p in passages:
        key = p.chunk_id or f"{p.doc_id}:{p.position}"
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


__all__ = ["Answer", "Citation", "ObligationHint", "compose"]
