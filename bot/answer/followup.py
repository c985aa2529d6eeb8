"""Follow-up questions ("còn LĐLĐ huyện thì sao?") rewritten into standalone questions from the recent turns
of the same chat, so that search sees what the user means. An offline heuristic always works; a language
model, when configured, does it better and falls back to the heuristic when it fails."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from bot.answer.chat_words import spelled_out
from bot.answer.llm.facts import BODY_KINDS, LEVELS, extract_facts
from bot.answer.model import SIGNERS
from bot.answer.question import MONEY, NUMBER, REPORT, TIME, classify, counted_spans, cue_spans, days_named
from bot.answer.question_words import asks_by_word
from bot.answer.smalltalk import asks_nothing_of_the_texts, without_small_talk_lead
from troly import tables
from troly.texts import alternation
from troly.vntext import bodies, fold, fold_same_length, is_acronym, is_stopword, joined_parts, kind_names, \
    names_role, padded_words, place_alternation, plain_words, typed_without_diacritics, unframed
from troly.weights import DEFAULT
from troly.years import STATED_YEAR, YEAR, asked_year_matches, stated_year_matches, stated_years
from ingest.chunker import RECIPIENTS
from vectorstore.query import closing_asked, closing_spans
from troly.doc_numbers import doc_refs

if TYPE_CHECKING:
    from bot.answer.llm.answerer import LLMAnswerer
    from bot.answer.model import Answer


class Turn(NamedTuple):
    """A turn of a conversation: the question as typed, the answer's text, the documents the answer quoted (first cited
    first) when it stated an answer, so that "ai ký?" after it is asked of the document the answer quoted, and the
    question as it was understood and answered ("Hiểu là: …"; "" when not known), which the next follow-up is read
    against: a chain of follow-ups of any length goes on from the last question answered."""
    question: str
    answer: str
    documents: tuple[str, ...] = ()
    asked: str = ""


def turn(question: str, answer: "Answer") -> Turn:
    """The turn a channel keeps in its conversation history (the same for the terminal and every bot). Only an answer
    stated keeps its documents: one only quoting the nearest passage (middling evidence) may have drifted to another
    text, whose signer a later "ai ký?" would then be told; nor does a list of several documents' signers (the
    question named none of them: "ký ngày nào?" after it is not asked of whichever one the list holds)."""
    cited = dict.fromkeys(c.passage.doc_id for c in answer.citations) if answer.found and not answer.nearest else {}
    if answer.mode == SIGNERS and len(cited) > 1:
        cited = {}
    return Turn(question, answer.answer, tuple(cited), answer.question)


RECENT_TURNS = 3

_W = tables.toml("followup_words.toml")
_OPENER = re.compile(rf"^(?:{alternation(_W['lead'])}\s+)?{alternation(_W['turn'])}\s+", re.IGNORECASE)
_TAIL = re.compile(rf"\s*{alternation(_W['verb'])}?\s*{alternation(_W['ask'])}?\s*"
                   rf"{alternation(_W['particle'])}?\s*[?.!]*\s*$", re.IGNORECASE)
# The same, typed without diacritics ("con ldld huyen thi sao"): only with its asking tail, as "con" alone is a word.
_OPENER_PLAIN = re.compile(rf"^(?:{alternation(map(fold, _W['lead']))}\s+)?{alternation(map(fold, _W['turn']))}\s+")
_TAIL_PLAIN = re.compile(rf"\s*{alternation(map(fold, _W['verb']))}?\s*{alternation(map(fold, _W['ask']))}\s*"
                         rf"{alternation(map(fold, _W['particle']))}?\s*[?.!]*\s*$")
_LEAD_PLAIN = re.compile(rf"^{alternation(map(fold, _W['lead']))}\s+")
_TAIL_ONLY_PLAIN = re.compile(rf"{alternation(map(fold, _W['ask_only']))}\s*"
                              rf"{alternation(map(fold, _W['particle_only']))}?\s*\??\s*$")
_ANAPHORA = re.compile(rf"(?<!\w){alternation(_W['anaphora'])}(?!\w)", re.IGNORECASE)
_VAGUE_START = re.compile(rf"^{alternation(_W['vague_start'])}(?!\w)", re.IGNORECASE)
_MODEL_LABEL = re.compile(rf"^{alternation(_W['model_labels'])}\s*:\s*", re.IGNORECASE)
# "hội thi thì mỗi tổ cử mấy người": what a question is about, set out before its theme word.
_THEME = re.compile(rf"(.+?)\s+{alternation(_W['theme'])}\s+\S", re.IGNORECASE)
_TOPIC = re.compile(rf"(?<!\w){alternation(_W['topic'])}\s+")
_TOPIC_PLAIN = re.compile(rf"(?<!\w){alternation(map(fold, _W['topic']))}\s+")
_WORDS = re.compile(r"\S+")
_TOPIC_JOINTS = frozenset(_W["topic_joint"])
_LEVEL_LEADS = frozenset(_W["level_lead"])
# "… do", "… được tổ chức" ending a question's subject before what it asks: as written, or folded in a question typed
# without diacritics ("do" of "đó" is no "do")
_ASK_LINK_END = re.compile(rf"(?<!\w)(?:{alternation(_W['ask_link'])})$", re.IGNORECASE)
_ASK_LINK_END_PLAIN = re.compile(rf"(?<!\w)(?:{alternation(map(fold, _W['ask_link']))})$", re.IGNORECASE)
# Kinds of fact that name a thing a question asks about ("báo cáo"), not what it asks of it (a deadline, a place).
_THING_KINDS = frozenset({REPORT})
# Kinds of item an obligation list holds besides those a question asks for ("chỉ tiêu"): asked of a subject too.
_ITEM_KINDS = frozenset(fold(w) for w in tables.toml("obligation_words.toml")["headings"]["target"])
_PLACE = re.compile(r"(?<!\w)(?:" + place_alternation(r"\W+") + r")(?!\w)")

_BOUND_WORDS = tables.toml("count_words.toml")["bound_words"]


def _bound(fold_words: Callable[[str], str]) -> re.Pattern[str]:
    """ "dưới 50", "từ 500 trở lên": a bound on a number, its words as `fold_words` leaves them."""
    return re.compile(rf"(?<!\w)(?:{alternation(map(fold_words, _BOUND_WORDS['before']))})\s+\d[\d.,]*"
                      rf"(?:\s+{alternation(map(fold_words, _BOUND_WORDS['after']))})?(?!\w)")


# Matched on the text as typed (NFC, lower case), folded only for a text typed without marks: folded, "dự 3" and
# "thứ tư 5" would read as the bounds "đủ 3" and "từ 5".
_BOUND = _bound(lambda w: unicodedata.normalize("NFC", w).lower())
_BOUND_PLAIN = _bound(fold)
_YEAR_WORD = tables.toml("date_words.toml")["year"]  # "năm", said before a year a question is asked of
_YEAR_ONLY = re.compile(rf"(?:{re.escape(fold(_YEAR_WORD))}\s+)?({YEAR})")  # "2025", "nam 2025" (folded)
# "quý 2", "thang 5", "đợt II": a period by its number (date_words.toml slot_words), matched on the folded text.
_PERIOD = re.compile(rf"(?<!\w)({alternation(map(fold, tables.toml('date_words.toml')['slot_words']))})\s+"
                     rf"(\d{{1,2}}|[ivx]{{1,4}})(?!\w)")
_PROPERTY = re.compile(rf"(?<!\w){alternation(map(fold, _W['document_property']))}(?!\w)")
_DOCUMENT_NAMES = alternation([*kind_names(), *map(fold, _W["document_words"])])
_POINTERS = alternation([fold(w) for w in _W["document_pointer"] if fold(w) != "do"])
_POINTER_WORDS = frozenset(w.split()[0] for w in _W["document_pointer"])  # "đó", "này" … as typed
# A document's kind opening its name ("kế hoạch KL 21"), matched on the folded name.
_NAMED_KIND = re.compile(rf"{_DOCUMENT_NAMES}(?!\w)")
# Matched on the folded question; "do" (đó / do = by) only where its clause ends.
_POINTER = re.compile(rf"(?<!\w)({_DOCUMENT_NAMES})\s+(?:{_POINTERS}(?!\w)|do\s*(?:$|[?.,;!]))")


def pointed_kind(question: str) -> str:
    """The kind of document a question points back to ("quyết định đó" → "Quyết định"), "" for any ("văn bản này",
    or none named)."""
    found = _POINTER.search(fold(question).lower())
    return kind_names().get(" ".join(found.group(1).split()), "") if found else ""


def points_to_document(question: str) -> bool:
    """Whether a question points back to a whole document ("ai theo dõi kế hoạch đó?", "văn bản này gửi ai"): asked of
    the document the previous answer quoted, in its own words."""
    return bool(_POINTER.search(fold(question).lower()))


def asks_of_document(question: str) -> bool:
    """Whether a question asks what only a whole document has: who signed it, whom it goes to, its number and date
    (closing_asked), or, as a follow-up going on from the previous answer, when it takes effect ("thế nó có hiệu lực
    từ bao giờ?"): a question of its own about when a text takes effect, or about effectiveness ("nâng cao hiệu lực,
    hiệu quả"), is searched in all the documents."""
    return bool(closing_asked(question)) or bool(_PROPERTY.search(fold(question))) and _goes_on(question)


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


_PUNCTUATION = ",.;:?!()\"“”"


def _word(word: str) -> str:
    """A word without the punctuation around it, case-folded (diacritics kept)."""
    return word.strip(_PUNCTUATION).casefold()


def _word_bounds(text: str) -> list[tuple[int, int]]:
    """Where each word of a text is, without the punctuation around it: a document named at the end of a question
    joined to another ("… theo qd 45?)") is "qd 45", not "qd 45?)", when a follow-up carries it."""
    bounds = []
    for m in _WORDS.finditer(text):
        word = m.group()
        bare = word.strip(_PUNCTUATION)
        start = m.start() + (word.index(bare) if bare else 0)
        bounds.append((start, start + len(bare)) if bare else m.span())
    return bounds


def _level_len(words: list[str], i: int) -> int:
    rest = " ".join(_word(w) for w in words[i:i + 2])
    for level in sorted(LEVELS, key=len, reverse=True):
        if rest == level or rest.startswith(level + " "):
            return len(level.split())
    return 0


def _led_level_len(words: list[str], i: int) -> int:
    """How many words from i say a level, with the word leading it ("các xã" of "UBND các xã", "cấp huyện")."""
    if i < len(words) and _word(words[i]) in _LEVEL_LEADS and (n := _level_len(words, i + 1)):
        return n + 1
    return _level_len(words, i)


def _qualifier_run(words: list[str], i: int) -> int:
    """How many words from i qualify a name: a capitalized part ("Giáo dục") and/or a level ("tỉnh", "các xã")."""
    n = 0
    while i + n < len(words) and words[i + n][:1].isupper():
        n += 1
        if n == 1 and i + n < len(words) and words[i + n][:1].islower() and not _level_len(words, i + n):
            n += 1  # second syllable of a name: "Giáo dục"
    return n + _led_level_len(words, i + n)


def _names_a_body_kind(subject: str) -> bool:
    """Whether a subject names a body by its kind or its level only ("công an" of "Công an tỉnh", "xã"): after a
    question whose subject is a body ("Sở Tài chính phải làm gì?"), it takes that body's place."""
    sw = _words(subject)
    return bool(sw) and (_level_len(sw, 0) == len(sw) or any(_is_a_body(f"{subject} {level}") for level in LEVELS))


def _names_an_amount(subject: str, previous: str) -> bool:
    """Whether words after "còn" name an amount of a topic of their own, asking nothing themselves, after a question
    asking an amount ("còn lương bình quân?" after "tiền ăn giữa ca bao nhiêu?"): asked what that question asked, not
    joined to it (its topic's words would find its line again); "còn được hỗ trợ bao nhiêu tiền?" after "đi tham quan
    ở đâu?" asks of the trip."""
    return not cue_spans(subject) and MONEY in classify(subject).kinds \
        and bool({MONEY, NUMBER} & classify(previous).kinds)


def _year_only(subject: str) -> str | None:
    """The year a follow-up's subject is and says nothing else ("2025", "năm 2025", "nam 2025"), else None."""
    m = _YEAR_ONLY.fullmatch(fold(subject).strip(" ?"))
    return m.group(1) if m else None


def _substitute(prev: str, subject: str) -> str | None:
    """Put `subject` in place of the matching subject of the previous question (LĐLĐ tỉnh → LĐLĐ huyện)."""
    pw, sw = _words(prev.rstrip(" ?")), _words(subject)
    asked = prev.rstrip(" ?")
    if STATED_YEAR.fullmatch(subject) and (years := asked_year_matches(asked) or stated_year_matches(asked)):
        # "còn 2024?": the year asked about is swapped, not a reference's year; when a reference's is the only year
        # ("Ai ký Kế hoạch 21 năm 2027?"), that one: the other year's document is asked of (review47 R5)
        return asked[:years[0].start()] + subject + asked[years[0].end():] + "?"
    if (year := _year_only(subject)) and not stated_year_matches(asked):  # "còn 2025?" after "Theo Kế hoạch
        # 389/2019 thì ai kiểm tra?", which states no year (its number's is the document's name): that question
        # asked of the year (review46 R4)
        return f"{asked} {fold(_YEAR_WORD) if typed_without_diacritics(prev) else _YEAR_WORD} {year}?"
    period = _period_swapped(prev, subject) or _bound_swapped(prev, subject) or _slot_swapped(prev, subject) \
        or _place_swapped(prev, subject) or _number_swapped(prev, subject)
    if period:
        return period
    key = _key(subject)
    folded = [key(w) for w in pw]
    is_body = _is_a_body(subject) or any(is_acronym(w) for w in sw)
    for i, w in enumerate(folded):
        if w != key(sw[0]):
            continue
        common = _agreeing(folded, i, [key(w) for w in sw], 1)
        if not is_body or (common < min(2, len(sw)) and not is_acronym(sw[0])):
            # A subject framed like a phrase of the previous question, same first and last word
            # ("trường công lập" → "trường ngoài công lập"), takes its place; else a topic, or one shared
            # common word ("công"), is no anchor.
            last = key(sw[-1])
            for j in range(i + 1, min(len(pw), i + len(sw) + 1)):
                if len(sw) > 1 and folded[j] == last and folded[i:j + 1] != [key(w) for w in sw]:
                    return " ".join(pw[:i] + sw + pw[j + 1:]) + "?"
            continue
        old = _qualifier_run(pw, i + common) if common < len(sw) else 0
        return " ".join(pw[:i] + sw + pw[i + common + old:]) + "?"
    named = _document_span(prev) if doc_refs(subject) or _kind_words(subject) else None
    if named:  # "còn quy chế 15?" after "ai ký thông báo 07?": the document named in its place
        swapped = f"{prev[:named[0]]}{subject}{prev[named[1]:]}".rstrip()
        return swapped if swapped.endswith(")") else swapped.rstrip(" ?") + "?"  # "… (tiếp theo câu hỏi: …?)" kept
    if _level_len(sw, 0) == len(sw):  # only a level: "còn huyện thì sao?"
        for lv in LEVELS:
            if re.search(rf"(?<!\w){lv}(?!\w)", prev, re.IGNORECASE):
                return re.sub(rf"(?<!\w){lv}(?!\w)", subject, prev, count=1, flags=re.IGNORECASE)
    if is_body or _names_a_body_kind(subject):
        span = _body_span(pw)
        if span:
            span = _with_mention(prev.rstrip(" ?"), span)
            return " ".join(pw[:span[0]] + sw + pw[span[1]:]) + "?"
        named = bodies().mentions(prev)  # also a short form typed in haste ("cdcs")
        if named:
            return (prev[:named[0].start] + subject + prev[named[0].end:]).rstrip(" ?") + "?"
        return None
    topic = list(_TOPIC.finditer(prev))  # the new subject is a topic
    if topic:
        return prev[:topic[-1].end()] + subject + "?"
    return None


def _key(subject: str) -> Callable[[str], str]:
    """How a word is compared with the subject's: folded when the subject is typed without diacritics ("nam 2045" is
    found as "năm 2045"), else as written."""
    return (lambda w: fold(_word(w))) if typed_without_diacritics(subject) else _word


def _agreeing(folded: list[str], at: int, subject: list[str], start: int = 0) -> int:
    """Where the subject's words (compared as `_key` compares them) stop agreeing with the previous question's from
    word `at` on, counted from the subject's word `start`: how much of the subject a phrase of that question repeats."""
    n = start
    while n < len(subject) and at + n < len(folded) and folded[at + n] == subject[n]:
        n += 1
    return n


def _number_swapped(prev: str, subject: str) -> str | None:
    """ "còn phòng 6 người?", "phòng 6 người thì sao?" after "phòng 4 người ở ký túc xá bao nhiêu tiền": the previous
    question with the phrase the subject frames the same way (its words before the number, "phòng"; "năm 2022" →
    "năm 2023"; "lô A2" → "lô B2", a code numbering it) numbered as the subject numbers it, the words before the number
    as the previous question wrote them ("năm" for "nam"), and those after it the previous question says too said once
    ("phòng 6 người ở …", not "phòng 6 người người ở …"): the row or year asked of changes, the question's frame is
    kept; a subject opening with its number is framed by the words after it ("còn 21 km?" after "cự ly 10 km lệ phí bao
    nhiêu": its unit), the fee still asked. None when no phrase of the previous question opens as the subject does and
    goes on to a number where the subject has one (nor, opening with it, goes on from it as the subject does)."""
    pw, sw = _words(prev.rstrip(" ?")), _words(subject.strip(" ?"))
    key = _key(subject)
    folded = [key(w) for w in pw]
    keyed = [key(w) for w in sw]
    for i in range(len(pw)):
        common = _agreeing(folded, i, keyed)
        if common >= len(sw) or i + common >= len(pw) or not _numbered(pw[i + common]) \
                or not _numbered(sw[common]):
            continue
        after = _agreeing(folded, i, keyed, common + 1)
        if common or after > 1:
            return " ".join(pw[:i + common] + sw[common:] + pw[i + after:]) + "?"
    return None


def _numbered(word: str) -> bool:
    """A number, or a code with one that numbers an item as a number does ("lô A2", "phòng 3B", "tổ 12")."""
    return any(c.isdigit() for c in word)


def _period_swapped(prev: str, subject: str) -> str | None:
    """ "còn quý 2?" after "kế hoạch 15 quý 1 có hoạt động gì": the previous question with its period of the same
    kind (quý, tháng …) numbered as the subject numbers it, the kind's word as the previous question wrote it; None
    when the subject is no such period or the previous question names none."""
    mine = _PERIOD.fullmatch(fold(subject).lower().strip(" ?"))
    if not mine:
        return None
    theirs = next((m for m in _PERIOD.finditer(fold_same_length(prev).lower()) if m.group(1) == mine.group(1)), None)
    if theirs is None:
        return None
    return f"{prev[:theirs.start(2)]}{mine.group(2)}{prev[theirs.end(2):]}".rstrip(" ?") + "?"


# each group twice: as written (marks and all: "tối" is no "tôi", "đêm" no "đem") and folded, for a text typed without
_SLOTS = [(re.compile(rf"(?<!\w)(?:{alternation(group)})(?!\w)"),
           re.compile(rf"(?<!\w)(?:{alternation(map(fold, group))})(?!\w)"))
          for group in [*_W["slots"], [*(n for names in tables.toml("date_words.toml")["weekdays"] for n in names),
                                       *_W["day_kinds"]]]]
# what may stand between days named side by side as one slot ("thứ 7 chủ nhật", "thứ Bảy, Chủ nhật và ngày lễ")
_DAY_JOIN = re.compile(rf"\s*(?:(?:{alternation(_W['day_joins'])})\s*)?", re.IGNORECASE)


def _side_by_side(found: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The spans of a slot's words, those named side by side joined into one."""
    out: list[tuple[int, int]] = []
    for start, end in found:
        if out and _DAY_JOIN.fullmatch(text, out[-1][1], start):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _slot_swapped(prev: str, subject: str) -> str | None:
    """ "buổi chiều thì sao?" after "lịch tập huấn ngày 12/01 buổi sáng học gì", "còn ngày 13/01?" after it: the
    previous question with the slot of a timetable it named (a part of the day, a day of the week: [slots]; a day)
    replaced by the one the subject names of the same kind, not the subject appended to it; None when the subject
    names no such slot or the previous question none of its kind. Matched as written, folded only in a text typed
    without marks ("tôi muốn biết …" names no "tối")."""
    prev = unicodedata.normalize("NFC", prev).rstrip(" ?")
    subject = unicodedata.normalize("NFC", subject).strip(" ?")
    if len(_words(subject)) > 3:
        return None
    mine, theirs = days_named(subject), days_named(prev)
    if len(mine) == 1 and len(theirs) == 1:
        (a, b), (c, d) = theirs[0].span, mine[0].span
        return _asked(f"{prev[:a]}{subject[c:d]}{prev[b:]}")
    def read(text: str, slot: tuple[re.Pattern[str], re.Pattern[str]]) -> list[tuple[int, int]]:
        """The slot's words in a text, matched as written, or folded when it is typed without marks; those side by
        side as one."""
        plain = typed_without_diacritics(text)
        said = fold_same_length(text).lower() if plain else text.lower()
        return _side_by_side([m.span() for m in slot[plain].finditer(said)], said)

    for slot in _SLOTS:
        new, old = next(iter(read(subject, slot)), None), read(prev, slot)
        if new and len(old) == 1 and prev[slice(*old[0])].lower() != subject[slice(*new)].lower():
            return _asked(f"{prev[:old[0][0]]}{subject[new[0]:new[1]]}{prev[old[0][1]:]}")
    return None


def _place_swapped(prev: str, subject: str) -> str | None:
    """ "còn Nghệ An?" after "Mức hỗ trợ … ở Thanh Hóa là bao nhiêu?": the previous question with the one place it
    named replaced by the place the subject is ("Mức hỗ trợ … ở Nghệ An là bao nhiêu?"), as a body or a slot is;
    None when the subject is no place alone or the previous question names none, or several."""
    prev = unicodedata.normalize("NFC", prev).rstrip(" ?")
    subject = unicodedata.normalize("NFC", subject).strip(" ?")
    if not _PLACE.fullmatch(fold_same_length(subject)):
        return None
    theirs = list(_PLACE.finditer(fold_same_length(prev)))
    if len(theirs) != 1:
        return None
    return _asked(f"{prev[:theirs[0].start()]}{subject}{prev[theirs[0].end():]}")


def _asked(question: str) -> str:
    """A question rewritten, ending in its question mark ("… (tiếp theo câu hỏi: …)" ends in its bracket)."""
    return question if question.endswith(")") else question + "?"


def _bound_swapped(prev: str, subject: str) -> str | None:
    """ "còn từ 500 trở lên?" after "CĐCS dưới 50 đoàn viên bầu mấy ủy viên?": the previous question with the bound on
    a number it names replaced by the one the subject is ("CĐCS từ 500 trở lên đoàn viên bầu mấy ủy viên?"); None when
    the subject is no such bound or the previous question names none."""
    def read(text: str) -> tuple[re.Pattern[str], str]:
        """The bound pattern and the text it is matched on: folded only when typed without marks."""
        text = unicodedata.normalize("NFC", text)
        return (_BOUND_PLAIN, fold_same_length(text)) if typed_without_diacritics(text) else (_BOUND, text.lower())

    mine, own = read(subject)
    if not mine.fullmatch(own.strip(" ?")):
        return None
    pattern, text = read(prev)
    prev = unicodedata.normalize("NFC", prev)
    theirs = pattern.search(text)
    if theirs is None:
        return None
    return f"{prev[:theirs.start()]}{subject.strip(' ?')}{prev[theirs.end():]}".rstrip(" ?") + "?"


def _topic_swapped(subject: str, previous: str) -> str | None:
    """ "còn lễ phát động?" after "hội thi X tổ chức ngày nào": the previous question asked of the new subject ("lễ
    phát động ngày nào?"), its words naming what it was about (the longest run of them between the words asking)
    replaced. Joined to the previous question instead, the new subject's words would find the previous answer again.
    After a follow-up joined to the question it went on from ("mấy giờ (tiếp theo câu hỏi: …)"), that question is
    asked so, still joined ("mấy giờ (tiếp theo câu hỏi: lễ phát động ngày nào?)"): a chain goes on from the last
    question understood. A follow-up naming a thing of its own ("giải nhì bao nhiêu": a prize of the hội diễn asked
    about) names it of the old subject: the new subject is asked what the question it went on from asked ("lễ kỷ niệm
    mấy giờ?"). None when the previous question asks no kind of fact, or when the subject shares a word of its topic
    (then it narrows that topic, not replaces it)."""
    inner = joined_parts(previous)
    if inner:
        swapped = _topic_swapped(subject, inner[1])
        return None if not swapped else swapped if _topic(inner[0]) else joined(inner[0], swapped)
    mine = _topic(subject)
    if not mine or not classify(previous).kinds or mine & _topic(previous):
        return None
    # Runs end at the words asking, at a body or place named and at a word joining a topic to its owner ("kinh phí
    # công đoàn của ngành …"): what the new subject replaces is the thing asked about, not whose or where it is.
    # The thing a question counts ("có mấy chuyến xe") is what it asks, and a document it names ("qđ 52 thợ nề …") where
    # it asks, not what it is about.
    asking = cue_spans(previous) + closing_spans(previous) + counted_spans(previous) \
        + [s[:2] for s in _spans(previous, ("body", "place", "doc"))]
    runs: list[list[re.Match[str]]] = [[]]
    for m in _WORDS.finditer(previous):
        if any(a < m.end() and m.start() < b for a, b in asking) or _word(m.group()) in _TOPIC_JOINTS:
            runs.append([])
        else:
            runs[-1].append(m)
    written = not typed_without_diacritics(previous)  # "tai" of "tai nạn" is judged as the question wrote it
    named = [[m for m in run if _topic(m.group(), written)] for run in runs]
    best = max(named, key=len)
    if not best:
        return None
    # a day the old subject's name ends with goes with it ("hội thao chào mừng 1/5"), not onto the new subject; a year
    # is said of both
    run = runs[named.index(best)]
    tail = run[run.index(best[-1]) + 1:]
    while tail and not re.search(r"[^\W\d]", tail[0].group()) and not re.fullmatch(YEAR, _word(tail[0].group())):
        best.append(tail.pop(0))
    start, end = best[0].start(), best[-1].end()
    return f"{previous[:start]}{subject}{previous[end:]}".rstrip(" ?") + "?"


def _names_a_thing(subject: str, previous: str) -> bool:
    """Whether words after "còn" name a thing of their own by a kind of fact that is a thing ("còn báo cáo quyết
    toán?": a report, named by its own words) after a question asking another kind of fact of another thing ("Hạn nộp
    kinh phí công đoàn …?"): the thing takes the place of the one asked about, the asking part ("hạn nộp") kept; asked
    of the previous subject ("báo cáo quyết toán ở Lâm Đồng?") the question lost what it asked."""
    kinds = classify(subject).kinds
    return bool(kinds) and kinds <= _THING_KINDS and names_something(subject) \
        and bool(classify(previous).kinds - _THING_KINDS)


def _kind_words(subject: str) -> set[str]:
    """The folded words of the kind of document a subject opens with ("kế hoạch" of "kế hoạch nghỉ mát"): such a
    subject names a document, to put in the place of the one the previous question named."""
    opening = _NAMED_KIND.match(fold(subject).lower().strip())
    return set(opening.group().split()) if opening else set()


def _document_span(text: str) -> tuple[int, int] | None:
    """Where a question names a document: by its number ("quyết định 19"), else by its kind and the words after it up
    to those asking or a clause's end ("kế hoạch hội thao" of "kế hoạch hội thao do ai ký?"); None
    when it names none."""
    numbered = _spans(text, roles=("doc",))
    if numbered:
        return numbered[0][0], numbered[0][1]
    kind = re.search(rf"(?<!\w){_DOCUMENT_NAMES}(?!\w)", fold_same_length(text).lower())
    if kind is None:
        return None
    asking, end = cue_spans(text) + closing_spans(text), kind.end()
    for m in _WORDS.finditer(text, kind.end()):
        if any(a < m.end() and m.start() < b for a, b in asking):
            break
        end = m.start() + len(m.group().rstrip(",.;:?!()"))
        if m.group()[-1] in ",.;:?!()":
            break
    return kind.start(), end


def _body_span(words: list[str]) -> tuple[int, int] | None:
    """Where the first body is named in a question: an acronym or a kind of body, with its qualifiers."""
    kinds = sorted((k.casefold().split() for k in BODY_KINDS), key=len, reverse=True)
    for i, w in enumerate(words):
        if is_acronym(w) and not _names_no_body(words, i):
            return i, i + 1 + _qualifier_run(words, i + 1)
        for kind in kinds:
            if [_word(x) for x in words[i:i + len(kind)]] == kind:
                end = i + len(kind)
                return i, end + _qualifier_run(words, end)
    return None


def _with_mention(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The words of a body's name (`span`, of _body_span) with those of the known body named there: "sở xây dựng"
    typed in lower case is one name, not "sở" before two words of another subject."""
    words = [(m.start(), m.end()) for m in _WORDS.finditer(text)]
    for named in bodies().mentions(text):
        inside = [i for i, (a, b) in enumerate(words) if a < named.end and b > named.start]
        if inside and inside[0] < span[1] and inside[-1] >= span[0]:
            return min(span[0], inside[0]), max(span[1], inside[-1] + 1)
    return span


def _names_no_body(words: list[str], i: int) -> bool:
    """Whether the acronym at i begins a document's name ("KH 05", "QĐ 3210") or a place's ("TP HCM"): written in
    capitals as a body's abbreviation is ("LĐLĐ"), it names no body."""
    return bool(doc_refs(" ".join(words[i:i + 2])) or _PLACE.match(fold_same_length(" ".join(words[i:i + 3]))))


_CUES = tables.toml("question_cues.toml")
# Words that only shape what is asked or ask it, naming nothing of their own (prompts/question_cues.toml).
# As the table writes them, for a text typed with diacritics (there "tai" of "tai nạn" is no "tại" of "tại sao"); the
# moments, which the table writes folded, and all of them folded for a text typed without diacritics.
_NAMES_NOTHING_WRITTEN = frozenset(w for phrase in (*_CUES["compound"]["shaping"], *_CUES["compound"]["question_words"])
                                   for w in phrase.lower().split())
_MOMENTS = frozenset(w for phrase in _CUES["words"]["moment"] for w in fold(phrase).split())
_NAMES_NOTHING = frozenset(fold(w) for w in _NAMES_NOTHING_WRITTEN) | _MOMENTS


def names_something(text: str) -> bool:
    """Whether a question's words name what they ask about: a document, a body, or `naming_words` words beside those
    asking ("trưởng ban là ai", "hội thao tổ chức ở đâu"; not "khi nào", "trước ngày nào", "hạn nộp", "ai ký"). Such
    a part of a message, or follow-up after "còn", is a question of its own: joined to the previous question, that
    question's words would find its passage again, and its kind of fact (a deadline) answer a question asking
    another (where)."""
    if doc_refs(text) or bodies().mentions(text):
        return True
    return len(_topic(text)) >= DEFAULT.naming_words


def _own_question(subject: str, previous: str | None = None) -> bool:
    """Whether a message's words (after "còn", when `previous` is given) are a question of their own: they ask a kind
    of fact and name what of. After "còn", only when they name the previous question's topic themselves ("còn hội thao
    tổ chức ở đâu?" after the hội thao's deadline) or ask the kind of fact it asked of another topic ("còn nghỉ mát ở
    đâu?" after "hội thao tổ chức ở đâu?"); other words ask another fact of the same topic ("còn hỗ trợ bao nhiêu
    tiền?" after "nghỉ mát ở đâu?"): joined to it — unless they set out what they ask about before "thì" ("còn hội
    thi thì mỗi tổ cử mấy người?": as for the hội thi, …)."""
    kinds = classify(subject).kinds
    if not kinds or not names_something(subject):
        return False
    if previous is None:
        return True
    theme = _THEME.match(subject)
    return bool(_topic(subject) & _topic(previous)) or bool(kinds & classify(previous).kinds) \
        or bool(theme and names_something(theme.group(1)))


def _topic(text: str, written: bool = False) -> set[str]:
    """A question's own topic words: folded, neither everyday words nor those asking or shaping what is asked.
    `written`: a word of a question typed with diacritics is judged as written ("tai" of "tai nạn" is no "tại" of "tại
    sao"), as _topic_swapped needs to find the whole subject it replaces; else folded."""
    text = unframed(text)  # a follow-up joined to another: the words of both, not those joining them
    kept = list(text.lower())
    for a, b in cue_spans(text) + closing_spans(text) + counted_spans(text):  # "bao nhiêu đại biểu": "đại" is asked
        kept[a:b] = " " * (b - a)
    return {fold(w) for w in re.findall(r"\w+", "".join(kept)) if not is_stopword(w) and not w.isdigit()
            and ((w not in _NAMES_NOTHING_WRITTEN and fold(w) not in _MOMENTS) if written
                 else fold(w) not in _NAMES_NOTHING)}


def _asks_of_subject(subject: str) -> bool:
    """Whether "còn X thì sao?" asks X of the previous question's subject ("còn hạn nộp", "còn chỉ tiêu")
    rather than naming a new subject: X is a kind of fact or of item, not a body, a year or a topic."""
    return not bodies().mentions(subject) and not stated_years(subject) and not _PERIOD.fullmatch(
        fold(subject).lower().strip(" ?")) and (
        bool(classify(subject).kinds) or plain_words(subject) in _ITEM_KINDS or bool(closing_asked(subject)))


def _spans(previous: str, roles: tuple[str, ...] = ("body", "doc", "place", "topic")) -> list[tuple[int, int, str]]:
    """What the previous question is about, in its order: the body it names, the documents (by number) and
    places, and its topic ("… trong thi đua, khen thưởng"), each (start, end, role); only those of `roles`."""
    found = [(m.start, m.end, "body") for m in bodies().mentions(previous)[:1]]
    words = _word_bounds(previous)
    named = doc_refs(previous)  # read whole: "báo cáo 6 tháng" names no report number 6, though "báo cáo 6" would

    def refs(first: int, last: int) -> set[tuple[str, int]]:
        """The documents the words first..last name that the whole question names too (review46 R16)."""
        return doc_refs(previous[words[first][0]:words[last][1]]) & named

    i = 0
    while i < len(words):  # the shortest run of words naming a document ("KL 51", "Kế hoạch số 76")
        end = next((j for j in range(i, min(i + 4, len(words))) if refs(i, j)), None)
        if end is None:
            i += 1
            continue
        start, shortest = i, refs(i, end)
        # "gi theo kl 01", "ai ký quyết định 6154": the words before the shortest name are not part of it; a kind
        # opening the name is ("kế hoạch KL 21": the plan carrying out KL 21)
        while start < end and not _NAMED_KIND.match(fold(previous[words[start][0]:words[end][1]]).lower()) \
                and refs(start + 1, end) == shortest:
            start += 1
        found.append((words[start][0], words[end][1], "doc"))
        i = end + 1
    plain = fold_same_length(previous)
    found += [(m.start(), m.end(), "place") for m in _PLACE.finditer(plain)]
    topic = list(_TOPIC.finditer(previous))
    if not topic and typed_without_diacritics(previous):
        topic = list(_TOPIC_PLAIN.finditer(plain))
    if topic:
        # The topic runs to the end of the question, less a last clause that only asks (", khi nào?").
        clauses = re.split(r"(,)", previous[topic[-1].end():].rstrip(" ?.!"))
        while len(clauses) > 2 and classify(clauses[-1]).kinds and len(_words(clauses[-1])) <= 3:
            clauses = clauses[:-2]
        text = "".join(clauses).rstrip(" ,")
        if any(not is_stopword(w) for w in _words(text.casefold())):
            found.append((topic[-1].start(), topic[-1].end() + len(text), "topic"))
    found = sorted((s for s in found if s[2] in roles), key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, str]] = []
    for span in found:  # a span inside another (a document named in the topic) is said once
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _said(text: str, role: str) -> str:
    """A body by its full name ("cdcs" → "Công đoàn cơ sở"), which shows how it was understood, unless the
    name holds a place the full name would lose ("CĐGD Lâm Đồng"); anything else as typed."""
    body = bodies().resolve(text) if role == "body" else None
    return body.name if body is not None and not _PLACE.search(fold_same_length(text)) else text


def _ask_of_subject(aspect: str, previous: str) -> str | None:
    """ "còn hạn nộp thì sao?" after "CĐCS phải báo cáo gì về thi đua?": the aspect asked of what the previous
    question was about ("hạn nộp báo cáo của CĐCS về thi đua?"); None when it names nothing to keep.
    What only a document has (who signed it, whom it goes to, its number and date: "thế còn ai ký?") is asked of
    the document named before, not of the body that was the previous question's subject ("ai ký KL 01?")."""
    if closing_asked(aspect) and (named := of_named_document(aspect, previous)):
        return named
    spans = _spans(previous)
    if not spans:
        return None
    # A previous question typed without diacritics gets a rewrite without them: search restores a question's
    # diacritics only when it is typed so throughout.
    plain = typed_without_diacritics(previous)
    written: Callable[[str], str] = fold if plain else str
    parts = [written(aspect)]
    if TIME in classify(aspect).kinds and REPORT in classify(previous).kinds and REPORT not in classify(aspect).kinds:
        parts.append(written(_W["report"]))  # the deadline of the report asked about
    for role in _W["about"]:  # in the table's order: the body first, then the topic, documents and places
        parts += [written(_W["about"][role]).format(
            previous[start:end].strip(" ,?") if plain else _said(previous[start:end].strip(" ,?"), role))
            for start, end, r in spans if r == role]
    return " ".join(parts) + "?"


_BODY_POINTER = re.compile(rf"(?<!\w){alternation(map(fold, _W['body_pointer']))}(?!\w)")


def _body_pointed(question: str, previous: str) -> str | None:
    """ "cơ quan này giải quyết việc X trong bao lâu?" after "Sở Nội vụ giải quyết những thủ tục nào?": the question
    with the body the previous question named in place of the words pointing back to it (followup_words.toml
    body_pointer), a question of its own — joined to the previous one, its words ("những thủ tục nào") would find its
    lines again. None when it points back to no body, or the previous question named none or several."""
    pointer = _BODY_POINTER.search(fold_same_length(question).lower())
    text = unframed(previous)
    named = {text[m.start:m.end]: m.body.name for m in bodies().mentions(text)} if pointer else {}
    if not pointer or len(set(named.values())) != 1:
        return None
    return f"{question[:pointer.start()]}{next(iter(named))}{question[pointer.end():]}"


_DOCUMENT_SUBJECT = frozenset(_W["document_subject"])
_COUNT_START = re.compile(rf"^{alternation(tables.toml('count_words.toml')['how_many'])}(?!\w)")


def _without_subject_pronoun(question: str) -> str | None:
    """A follow-up opening with a pronoun standing for the document talked about ("nó thay thế thông tư nào", typed
    with its marks or without), without it; None for any other, or before a count ("no bao nhieu" is "nợ bao nhiêu")."""
    first, _, rest = question.strip().partition(" ")
    typed = unicodedata.normalize("NFC", first).lower()
    if not rest.strip() or not any(typed in (w, fold(w)) for w in _DOCUMENT_SUBJECT) \
            or _COUNT_START.match(fold(rest).lower()):
        return None
    return rest.strip()


def rewrite_offline(question: str, previous: str, read: Callable[[str], str] | None = None,
                    sure: Callable[[str], str] | None = None) -> str:
    """The standalone form of `question` given the standalone form of the previous question. `read` gives a text
    typed without diacritics its diacritics: a follow-up typed so after a question typed with them ("con may gio?"
    after "… ở đâu") has them restored on its own words only ("mấy giờ"), once its opener ("con", còn) is read as one
    (read whole, "con" is the documents' "con", a child). The other way round, a follow-up typed with diacritics after
    a question typed without ("còn bóng đá thì sao?" after "hoi thi nau an to chuc o dau?") goes on from that question
    read with them ("hội thi nấu ăn tổ chức ở đâu?"): its words put into the frame typed without, the question mixed
    both ("bóng đá o dau?"), read neither way ("o dau" asked no place). `sure`, when given, reads that question in
    place of `read` with only the words the documents vouch for restored (QueryPlan.shown): how the question answered
    is shown ("Hiểu là: …"), not a reading of "ve dau" as "về đấu" (review46 R15)."""
    q = question.strip()
    plain, plain_before = typed_without_diacritics(q), typed_without_diacritics(previous)
    own: Callable[[str], str] = read if read and plain and not plain_before else (lambda text: text)
    if read and plain_before and not plain:
        previous = (sure or read)(previous)
    pointed = _body_pointed(own(q), previous)
    if pointed:
        return pointed
    unsaid = _without_subject_pronoun(q)  # "nó thay thế thông tư nào": asked of the document talked about, as typed
    if unsaid:
        return own(unsaid)
    opener = _OPENER.match(q)
    subject = q[opener.end():_tail_start(q, opener.end())].strip() if opener else ""
    if not opener and typed_without_diacritics(q):
        plain = fold_same_length(q)
        opener, tail = _OPENER_PLAIN.match(plain), _TAIL_PLAIN.search(plain)
        if opener and tail and tail.start() > opener.end():
            subject = q[opener.end():tail.start()].strip()
        elif opener:  # no asking tail ("con nam 2045?"): a follow-up only where it swaps the year asked about,
            # or asks by itself a kind of fact of the same subject ("con thoi gian?", "con dia diem?")
            rest = q[opener.end():].strip(" ?")
            short = len(_words(rest)) <= 2
            swapped = _bound_swapped(previous, rest) or (_substitute(previous, rest) if short and (
                stated_years(rest) and (asked_year_matches(previous) or _year_only(rest))
                or _period_swapped(previous, rest)) else None)
            if swapped:
                return swapped
            # or names only another document or body to ask the same of ("con KH 14?", "con ldld huyen?"), or another
            # thing, asking nothing itself ("con chung tu?", "con 21 km?": "con" opening it is "còn", no child)
            if short and (classify(rest).kinds or doc_refs(rest) or _is_a_body(rest) or not asks_by_word(rest)):
                subject = rest
    if opener:
        if subject and len(_words(subject)) <= 8:
            subject = own(subject)
            if _asks_of_subject(subject):
                if _own_question(subject, previous):  # "còn hội thao tổ chức ở đâu?": as typed, not
                    # of the deadline before
                    return subject.rstrip(" ?") + "?"
                # "còn lương bình quân?" after "tiền ăn giữa ca bao nhiêu?": an amount of a topic of its own, asked
                # what the previous question asked
                if _names_a_thing(subject, previous) and (swapped := _topic_swapped(subject, previous)):
                    return swapped
                return _kept_subject(subject, previous) or _ask_of_subject(subject, previous) or (
                    _names_an_amount(subject, previous) and _topic_swapped(subject, previous)) \
                    or joined(subject, previous)
            # a subject asking nothing ("còn vsip?") takes the place of the thing the previous question asked of,
            # what that question asked kept; put before what it was about ("vsip ở bắc ninh?"), it would ask nothing
            return _substitute(previous, subject) or _topic_swapped(subject, previous) \
                or _ask_of_subject(subject, previous) or joined(subject, previous)
        if subject and _own_question(subject):  # "còn kế hoạch tháng công nhân thì kinh phí bao
            # nhiêu": a whole question
            return q
    tail = _tail_start(q)
    if _how_about(q):  # "CĐCS thì sao?", "cdcs thi sao"
        subject = q[:tail].strip()
        lead = _LEAD_PLAIN.match(fold_same_length(subject))
        subject = subject[lead.end():] if lead else subject  # "vay den nam 2045 thi sao": "den nam 2045"
        if _only_a_body_or_year(subject):
            return _substitute(previous, own(subject)) or joined(own(subject), previous)
        # "buổi chiều thì sao?", "phòng 6 người thì sao?": the same slot or numbered phrase, another value
        slot = _slot_swapped(previous, own(subject)) or _number_swapped(previous, own(subject))
        if slot:
            return slot
        # "nghỉ mát thì sao?" after "hội thao diễn ra ngày nào?": asked as "còn nghỉ mát thì sao?" is, of the new topic;
        # not words asking of their own ("cdcs bao cao the nao?")
        named = own(subject)
        topic = None if classify(named).kinds or bodies().mentions(named) or _asks_of_subject(named) \
            else _topic_swapped(named, previous)
        if topic:
            return topic
    if points_to_document(q):  # "ai theo dõi kế hoạch đó?": asked as typed of the document the previous answer quoted
        return own(q)
    if _goes_on(q):
        # "thế nó có hiệu lực từ bao giờ?": asked as typed of the document the previous answer quoted (talked_about)
        if _PROPERTY.search(fold(q)) and not closing_asked(q):
            return own(q)
        return of_named_document(own(q), previous) or _asked_of_subject(own(q), previous) or joined(own(q), previous)
    return q


def _asked_of_subject(question: str, previous: str) -> str | None:
    """ "ở đâu?" after "Thông báo kết luận giao ban quý III do ai chủ trì?": a question only asking another kind of fact
    (no word of its own, no thing counted: "bao nhiêu đại biểu"; not a document's own fact) asks it of what the
    previous question was about: its words before its asking part ("Thông báo kết luận giao ban quý III ở đâu?").
    Joined to the whole previous question instead, the words asking before ("ai chủ trì") found the passage they
    asked for again. The asking part is the last cue to the end, as short as a follow-up asking ("do ai chủ trì?",
    "tổ chức ngày nào?"), less the words linking a subject to what is asked of it ("do", "được"); None when the
    previous question opens with what it asks ("Hạn nộp kinh phí?"), names nothing before it, or is itself joined to
    another, or when the same kind is asked again."""
    own = question.strip().rstrip(" ?.!")
    kinds = classify(own).kinds
    cues = cue_spans(own)
    counts_a_thing = any(not any(a <= c and d <= b for a, b in cues) for c, d in counted_spans(own))  # not "mấy giờ"
    if not kinds or _topic(own) or counts_a_thing or asks_of_document(own) or joined_parts(previous) \
            or kinds & classify(previous).kinds:
        return None
    subject = _subject_asked(previous)
    return f"{subject} {own}?" if subject else None


def _kept_subject(aspect: str, previous: str) -> str | None:
    """ "còn địa điểm?" after "giải chạy marathon tổ chức ngày nào": the thing asked, only asking (a kind of fact said
    by its noun, before, or by a question word, after: "giải chạy marathon mấy giờ?"), asked of what the previous
    question asked of ("địa điểm giải chạy marathon?"), as a reader takes it. Joined to that question, its words asking
    ("ngày nào") found another line giving a day and a place; asked of the body, place or document alone it named
    (_ask_of_subject: "địa điểm ở cao bằng?"), the thing asked of was lost. None when the aspect asks no kind of fact,
    or that question's, or a document's own (who signed it), or names a thing of its own ("còn phụ cấp kiêm nhiệm?"
    after an amount: the new subject, _names_an_amount), or when what the previous question asked of is no more than
    its body, place, document or topic (_ask_of_subject says those)."""
    kinds, own = classify(aspect).kinds, aspect.strip(" ?")
    subject = _subject_asked(previous)
    if not kinds or _topic(own) or kinds & classify(previous).kinds or closing_asked(own) or joined_parts(previous) \
            or not subject:
        return None
    spanned = {w for start, end, _ in _spans(previous) for w in _topic(previous[start:end])}
    if not _topic(subject) - spanned:
        return None
    return f"{subject} {own}?" if asks_by_word(own) else f"{own} {subject}?"


def _subject_asked(previous: str) -> str | None:
    """What a question asks of: its words before its asking part (the last cue to its end, as short as a follow-up
    asking: "do ai chủ trì?", "tổ chức ngày nào?"), less the words linking them to it ("do", "được", "tổ chức"); None
    when it opens with what it asks ("Hạn nộp kinh phí?"), names nothing before it, or names its body, document, place
    or topic after it ("… báo cáo gì về thi đua?")."""
    asking = sorted(cue_spans(previous) + closing_spans(previous))
    if not asking or not _short(previous[asking[-1][0]:]) \
            or any(start >= asking[-1][0] for start, _, _ in _spans(previous)):
        return None
    subject = previous[:asking[-1][0]].strip(" ,")
    plain = typed_without_diacritics(previous)
    link = _ASK_LINK_END_PLAIN if plain else _ASK_LINK_END
    while (end := link.search(fold_same_length(subject) if plain else subject)) and end.start():
        subject = subject[:end.start()].strip(" ,")
    return subject if names_something(subject) else None


_DOCUMENT_WHEN = re.compile(rf"{alternation(map(fold, _W['document_when']))}"
                            rf"(?:\s+{alternation(map(fold, _W['particle']))})?\W*")


def of_named_document(question: str, previous: str) -> str | None:
    """A question naming nothing, after a question asking a document's own fact of a document it names (a follow-up,
    or a later part of one message), asks its own fact of that document: "gửi cho ai?" after "Ai ký quyết định 6154?"
    (or after "ký ngày nào quyết định 6154?", that one's follow-up as understood) → "gửi cho ai quyết định 6154?", not
    joined to a question whose words ("ai ký") would find the signature again; "gửi ai?" (no "cho": said of a
    document, it asks whom it goes to, but alone it may ask where a report goes) only after such a question, as "quyết
    định 6154 gửi ai?"; "khi
    nào?" → "ban hành khi nào …": when that document was issued. None otherwise."""
    documents = _spans(previous, roles=("doc",))
    own = question.strip().rstrip(" ?.!")
    if not documents or not own or doc_refs(own):
        return None
    named = [previous[start:end].strip(" ,?") for start, end, _ in documents]
    own_fact = closing_asked(_as_a_document(previous, documents))
    if closing_asked(own):
        asked = own
    elif own_fact and closing_asked(f"{_W['document_words'][0]} {own}"):
        return " ".join([*named, own]) + "?"  # "gửi ai?" said of the document: "quyết định 6154 gửi ai?"
    elif _DOCUMENT_WHEN.fullmatch(fold(own)) and own_fact:
        issued = _W["document_issued"]
        asked = f"{fold(issued) if typed_without_diacritics(own) else issued} {own}"
    else:
        return None
    return " ".join([asked, *named]) + "?"


def _as_a_document(text: str, documents: list[tuple[int, int, str]]) -> str:
    """The text with each document it names by number said as "văn bản": "KL 21 gửi cho ai?" asks whom a document
    goes to as "văn bản gửi cho ai?" does, though the closing patterns know no abbreviation of a kind."""
    for start, end, _ in reversed(documents):
        text = f"{text[:start]}{_W['document_words'][0]}{text[end:]}"
    return text


def _goes_on(q: str) -> bool:
    """Whether a message with no opener of its own goes on from the previous question: it points back ("việc đó"),
    opens as a continuation ("thế …"), or names no subject and asks something ("thời hạn?", "bao lâu", "mỗi người được
    bao nhiêu"); a stray word ("Ctrl", "ok nha") is no follow-up."""
    words = _words(q)
    has_own_subject = any(f.kind in ("body", "number") for f in extract_facts(q)) or names_role(q) \
        or bool(bodies().mentions(q))  # also a body typed without diacritics: "cdcs bao cao the nao?"
    anaphoric = bool(_ANAPHORA.search(q)) and len(words) <= 12
    asks = bool(classify(q).kinds)
    # "nghỉ mát ở đâu?": its own topic and question word, no follow-up; a longer one naming nothing ("tổng cộng hết bao
    # nhiêu tiền") asks of what was asked before all the same. A question word asks as "?" does ("lấy tiền từ đâu").
    vague = not has_own_subject and not _own_question(q) and (
        len(words) <= DEFAULT.short_followup and (q.endswith("?") or asks or asks_by_word(q))
        or asks and not names_something(q))
    return anaphoric or vague or bool(_VAGUE_START.match(q))


def _asks_only_of_document(question: str) -> bool:
    """Whether a question asks only what a whole document has (who signed it, whom it goes to), of no topic; a
    follow-up joined to such a question asking such a fact too ("ký ngày nào? (tiếp theo câu hỏi: hướng dẫn này ai
    ký?)") does as well: the topic asked before them is still the one a later "còn …" goes on from."""
    inner = joined_parts(question)
    if inner:
        return all(asks_of_document(part) or points_to_document(part) for part in inner)
    return asks_of_document(question) or points_to_document(question)


def _gone_on_from(question: str, previous: str, fact: str) -> str:
    """The question a follow-up opening with "còn" goes on from: "còn tập thể thì sao?" after "ai ký quyết định đó?"
    asks of the tập thể the last fact the chain asked (what each is given), not who signed; a document's own fact
    names no subject to swap. Any other follow-up goes on from the previous question."""
    opens = _opener(question)
    if not opens or not _asks_only_of_document(previous):
        return previous
    subject = question.strip()[opens.end():_tail_start(question.strip(), opens.end())].strip(" ?")
    # "còn quy chế 15?": another document in the place of the one the last question named; "còn hạn nộp hồ sơ?" after
    # "ban hành khi nào Công văn 215?": a fact asked of that document, not of a topic asked turns before it
    names_document = bool(doc_refs(subject) or _kind_words(subject))
    return previous if names_document or _spans(previous, roles=("doc",)) and _asks_of_subject(subject) else fact


def _past_document_fact(question: str) -> str:
    """A follow-up joined to a question asking only a document's own fact ("mức hỗ trợ … bao nhiêu? (tiếp theo câu
    hỏi: có hiệu lực khi nào?)"), as the next turn goes on from it: its own words. The join only carried the document
    (talked_about keeps it); "còn người quay lại thị trường lao động?" after it asks what it asked, not when the
    document takes effect. Any other question as it is."""
    inner = joined_parts(question)
    if inner and _asks_only_of_document(inner[1]) and not _asks_only_of_document(inner[0]):
        return inner[0]
    return question


def _how_about(question: str) -> bool:
    """Whether a short message is a subject and only a tail asking "how about it" ("CĐCS thì sao?", "phòng 6 người thì
    sao", "cdcs thi sao"): a follow-up, as one opened by "còn" is."""
    q = question.strip()
    return len(_words(q)) <= 6 and bool(_TAIL_ONLY_PLAIN.search(fold_same_length(q[_tail_start(q):])))


def _opener(question: str) -> re.Match[str] | None:
    """The opener of a follow-up ("còn", "thế còn", typed either way), None when it has none."""
    q = question.strip()
    return _OPENER.match(q) or (_OPENER_PLAIN.match(fold_same_length(q)) if typed_without_diacritics(q) else None)


def _asks_of_own_document(question: str, named: Callable[[str], Iterable[str]]) -> bool:
    """Whether a message asks a document's own fact (who signed it, when, whom it goes to) of a document it names
    itself, with no opener and not pointing back ("thông báo kết luận ai ký?", "văn bản của LĐLĐ Cần Thơ ai ký?"):
    `named` gives the documents a question names, as `troly ask` reads them (by kind and title words, issuer, place
    or number). Such a message is asked as it stands: put with the document the conversation was about, it was told
    that one's signer."""
    return asks_of_document(question) and not points_to_document(question) and not _opener(question) \
        and (bool(set(named(question))) or _names_own_document(question))


def _names_own_document(text: str) -> bool:
    """Whether a question names a document of its own by its kind and a number ("quy chế 15"), or, asking who signed
    it or when (not whom it goes to: "báo cáo kết quả gửi ai?" asks of a duty), by its kind and more words
    ("thông báo kết luận ai ký?"); not by its kind alone ("ai ký kế hoạch?") nor pointing back ("hướng dẫn này",
    "văn bản đó"): though no loaded document is known by those words, it is not the one the conversation was about."""
    span = _document_span(text)
    if span is None or points_to_document(text):
        return False
    name = fold(text[span[0]:span[1]]).lower()
    kind = _NAMED_KIND.match(name)
    rest = _words(text[span[0]:span[1]])[len(kind.group().split()):] if kind else []
    if not rest or _word(rest[0]) in _POINTER_WORDS:
        return False
    return bool(re.search(r"\d", name)) or bool(closing_asked(text) - {RECIPIENTS})


def _tail_start(q: str, pos: int = 0) -> int:
    """Where a message's asking tail ("thì sao ạ?", "thi sao") begins after `pos`, the end when it has none. Found
    on the folded text where the tail is typed without diacritics ("còn nam 2045 thi sao?"), as written otherwise:
    folded, "còn cô thì sao?" would end in "có thì sao"."""
    plain = _TAIL_PLAIN.search(fold_same_length(q), pos)
    if plain and typed_without_diacritics(q[plain.start():]):
        return plain.start()
    return _TAIL.search(q, pos).start()


def follow_up_subject(question: str) -> str:
    """What a follow-up opened by "còn" names ("còn tai nạn giao thông thì sao?" → "tai nạn giao thông"), without its
    opener and asking tail; any other question as it is."""
    q = question.strip()
    opener = _opener(q)
    subject = q[opener.end():_tail_start(q, opener.end())].strip() if opener else ""
    return subject or question


def new_topic(question: str) -> set[str]:
    """The folded words a follow-up names its topic by ("nghi", "mat" of "còn nghỉ mát thì sao?"), none for one only
    asking ("ai chủ trì?"): held by another document and not by the one talked about, they move the conversation."""
    return _topic(follow_up_subject(question))


def _only_a_body_or_year(subject: str) -> bool:
    """Whether a short question ending in "thì sao" names only a body ("CĐCS", "ldld huyen") or a year ("đến năm
    2045") to put in the previous question's place; else it asks a question of its own ("cdcs bao cao the nao?")."""
    sw = _words(subject)
    if not sw:
        return False
    if STATED_YEAR.fullmatch(sw[-1].strip(",.")) and len(sw) <= 3:
        return True
    return _is_a_body(subject)


def _is_a_body(subject: str) -> bool:
    """Whether the subject is wholly a body's name, typed either way ("LĐLĐ huyện", "cong doan co so")."""
    sw, named = _words(subject), bodies().mentions(subject)
    return _body_span(sw) == (0, len(sw)) or bool(named and named[0].start == 0 and named[0].end == len(subject))


def joined(question: str, previous: str) -> str:
    """A follow-up of a follow-up goes on from the question the conversation started from: one question in
    parentheses, not a chain that grows with every turn ("… (tiếp theo câu hỏi: … (tiếp theo câu hỏi: …))")."""
    inner = joined_parts(previous)
    return _W["joined"].format(question=question.rstrip(), previous=(inner[1] if inner else previous).rstrip())


_OF_DOCUMENT = re.compile(re.escape(_W["of_document"]).replace(re.escape("{question}"), "(?P<question>.+)")
                          .replace(re.escape("{document}"), "(?P<document>.+)") + "$", re.DOTALL)


def own_words_restored(asked: str, restored: Callable[[str], str]) -> str:
    """How a question typed without diacritics is shown ("Hiểu là: …"): its own words `restored`, not the document it
    was asked of ("(văn bản: …)": its title, with diacritics, made a long one judged typed with them, shown unrestored)
    nor, joined to it, the question it goes on from, shown as asked before — the way the user saw it then; restored
    where the documents vouch for a word, it read half restored ("con chứng từ? (tiếp theo câu hỏi: cdcs nop hồ sơ học
    bổng trước ngày nào)"). Unchanged when those words are typed with diacritics."""
    document = _OF_DOCUMENT.match(asked)
    question = document["question"] if document else asked
    inner = joined_parts(question)
    own = inner[0] if inner else question
    if typed_without_diacritics(own):
        own = restored(own)
        question = _W["joined"].format(question=own, previous=inner[1]) if inner else own
    return _W["of_document"].format(question=question, document=document["document"]) if document else question


def _answered(asked: str) -> str | None:
    """The question a turn's answer understood (Turn.asked), None when not known: also when it was shown as asked of a
    document ("ký ngày nào? (văn bản: KH 09)"), which may show the words typed, not the question they were read as."""
    return None if not asked.strip() or _OF_DOCUMENT.match(asked.strip()) else asked.strip()


def _clean_model_output(text: str, question: str) -> str | None:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return None
    line = _MODEL_LABEL.sub("", lines[0]).strip(" \"“”'")
    if not 2 <= len(line) <= max(400, 4 * len(question)):
        return None
    return line


def as_asked(question: str) -> str:
    """An earlier turn's question as it was asked: without a greeting or thanks opening it, chat spellings spelled
    out (what the rewriter and the due questions read a conversation by)."""
    return spelled_out(without_small_talk_lead(unicodedata.normalize("NFC", question)))


_HEADINGS = tables.toml("header_words.toml")["divisions"]
# "Điều 2", "Chương 2", "Phần 2": a division of the text by its number, never an item of a list just shown
_DIVISION_WORDS = frozenset(fold(_HEADINGS[k]).lower() for k in ("phan", "chuong", "dieu"))
_ITEM_NUMBER = re.compile(r"^(?P<items>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s+(?P<n>\d{1,2})"
                          r"(?P<rest>(?:\s+[^\W\d_]+)*\s*\??)$")
_NUMBERED_LINE = re.compile(r"^(\d{1,2})[.)]\s.*\[\d+\]$", re.MULTILINE)


def item_of_list(question: str, previous: Turn) -> str | None:
    """ "chỉ tiêu 2 là gì?" right after an answer listing items numbered "1.", "2.", "3." (each cited): the item at that
    place, asked so ("chỉ tiêu thứ 2 là gì?", read by ordinals.py) — not the whole list again, which its words find.
    Only when the words before the number are said in the previous question or answer (what the list holds) and are
    no division of a text ("Điều 2" is an article), nor numbered in the previous question itself ("Quý 1 cần làm gì?"
    then "Quý 2 thì sao?" swaps the quarter); None for any other question."""
    m = _ITEM_NUMBER.match(question.strip())
    if not m or not previous.answer:
        return None
    items = m["items"]
    numbers = {int(n) for n in _NUMBERED_LINE.findall(previous.answer)}
    said = padded_words(f"{previous.asked or previous.question} {previous.answer}")
    if fold(items.split()[0]).lower() in _DIVISION_WORDS or int(m["n"]) not in numbers \
            or padded_words(items) not in said:
        return None
    numbered_before = rf"(?<!\w){re.escape(fold(items).lower())}\s+\d+(?!\w)"
    if re.search(numbered_before, fold(previous.asked or previous.question).lower()):
        return None
    return f"{items} {_HEADINGS['ordinal']} {m['n']}{m['rest']}"


class FollowupRewriter:
    def __init__(self, model: "LLMAnswerer | None" = None) -> None:
        self.model = model

    def rewrite(self, question: str, history: Sequence[tuple[str, ...]] | None,
                read: Callable[[str], str] | None = None,
                named: Callable[[str], Iterable[str]] = lambda question: (),
                sure: Callable[[str], str] | None = None) -> str:
        """The question as it would be asked without the conversation (unchanged without history, or when it asks a
        document's own fact of a document it names itself: _asks_of_own_document, `named` giving the documents a
        question names). `read` restores the diacritics of a follow-up's own words typed without them, `sure` those
        of a question before it it goes on from, as shown (rewrite_offline). The earlier questions are
        read as each was when it was asked: without a greeting or thanks opening it, chat spellings spelled out. The
        offline rewrite goes over every turn kept, each read with the one before as it was understood then: started at
        a later turn, a chain of follow-ups ("ở đâu", "giải nhì bao nhiêu", "mấy giờ") would go on from one of them
        read alone ("mấy giờ (tiếp theo câu hỏi: ở đâu)"), not from what the user was asking about. A turn that
        kept the question its answer understood (Turn.asked) is read as that, not rewritten again: what the user was
        shown ("Hiểu là: …") is what the next follow-up goes on from, however long the chain or the history kept."""
        turns = [t for t in map(_as_turn, history or []) if t.question.strip()
                 and not asks_nothing_of_the_texts(t.question)]
        if not turns or _asks_of_own_document(question, named):
            return question
        picked = item_of_list(question, turns[-1])
        if picked:
            return picked
        if self.model is not None:
            from bot.answer.llm.prompt import rewrite_messages

            recent = [(as_asked(t.question), t.answer) for t in turns[-RECENT_TURNS:]]
            out = self.model.complete(rewrite_messages(question, recent), "rewrite")
            cleaned = _clean_model_output(out, question) if out else None
            if cleaned:
                return cleaned
        previous = fact = ""
        for t in turns:
            q, answered = as_asked(t.question).strip(), _answered(t.asked)
            previous = _past_document_fact(as_asked(answered) if answered else rewrite_offline(
                q, _gone_on_from(q, previous, fact), read, sure) if previous else q)
            fact = fact if fact and _asks_only_of_document(previous) else previous
        return rewrite_offline(question, _gone_on_from(question, previous, fact), read, sure)

    def rewrite_shown(self, question: str, history: Sequence[tuple[str, ...]] | None,
                      read: Callable[[str], str] | None = None,
                      named: Callable[[str], Iterable[str]] = lambda question: (),
                      sure: Callable[[str], str] | None = None) -> tuple[str, str]:
        """The question as asked without the conversation (rewrite) and as it is shown ("Hiểu là: …"): rewritten with
        `sure` reading a question before it typed without diacritics (rewrite_offline), which nothing else reads — so
        the history is gone over once when no such question is, a second time only when one is (review47 R12)."""
        consulted = False

        def noting(text: str) -> str:  # reads as the first rewrite does (`read`), noting that `sure` would be read
            nonlocal consulted
            consulted = True
            return read(text) if read else text

        standalone = self.rewrite(question, history, read, named, noting if sure else None)
        if not consulted or self.model is not None or standalone == question:  # (a question asked as it stands is
            # shown so)
            return standalone, standalone
        return standalone, self.rewrite(question, history, read, named, sure)

    @staticmethod
    def of_document(question: str, document: str) -> str:
        """How a follow-up answered from the document the previous answer quoted is shown ("Hiểu là: …")."""
        return _W["of_document"].format(question=question.rstrip(), document=document)


class Talked(NamedTuple):
    """The document of the conversation a question is asked of, and whether it is answered from that document only
    (`only`: a document's own fact, "ai ký?") or from it when it answers there and else from all (a short question)."""
    doc_id: str
    only: bool


def talked_about(question: str, standalone: str, history: Sequence[tuple[str, ...]] | None,
                 kind_of: Callable[[str], str | None] = lambda doc_id: None,
                 named: Callable[[str], Iterable[str]] = lambda question: ()) -> Talked | None:
    """The document of the conversation a question (as typed, after small talk; `standalone`: as rewritten) is asked
    of, the one way a chat tells what it is about; None when it asks of all the documents.

    - A question asking what only a document has (who signed it, whom it goes to, its date or number, when it takes
      effect: "ai ký?", "ai ký quyết định đó?") whose standalone form names no document by number is asked only of:
      the one it names by words ("ai ký quy chế tổ chức đại hội?", `named`: the documents a question names), else —
      unless it names a document of its own none is known by, by a number or, asking who signed it or when, by its
      kind and words ("ai ký quy chế 15?", "thông báo kết luận ai ký?", or a follow-up of such a question whose
      answer kept no document: of all) — the one the
      conversation is about, of the kind it points back to (`kind_of` gives a document's kind; one not known may be of
      any): not whichever document's signature search finds first.
    - A short question naming no subject of its own and not rewritten ("ai chủ trì", "khi nào được nhận tiền": no
      document, body or place) is asked of the document the conversation is about: searched in all the documents, its
      few words find another text's passage ("chủ trì" in every plan).

    The document the conversation is about: among the documents the latest turn quoted or named (of the kind asked),
    the one most turns quoted or named, first quoted first — not a tail of another text the last answer also quoted."""
    turns = [t for t in map(_as_turn, history or []) if t.question.strip()
             and not asks_nothing_of_the_texts(t.question)]
    if not turns:
        return None
    if asks_of_document(standalone) or points_to_document(standalone):
        if doc_refs(standalone):
            return None
        own = set() if points_to_document(standalone) else set(named(standalone))
        if own:
            return Talked(own.pop(), True) if len(own) == 1 else None
        # "ai ký quy chế 15?", "thông báo kết luận ai ký?", or "ký ngày nào?" going on from one: a document of its
        # own, none known by those words: not the one talked about ("ai ký kế hoạch?" is)
        inner = joined_parts(standalone)
        if _names_own_document(inner[0] if inner else standalone) or inner and not turns[-1].documents \
                and asks_of_document(inner[1]) and _names_own_document(inner[1]):
            return None
        about = _about(turns, pointed_kind(standalone), kind_of, named, points_to_document(standalone))
        return Talked(about, True) if about else None
    # A short question ("nội dung thứ 5 là gì?"; a numeral picks an item, it names no subject) or, when the conversation
    # is on one document (the last answer quoted only it, or the user named it), a longer follow-up the rewrite read
    # with the conversation ("còn người quay lại thị trường lao động?") keeps that document, unless it names a
    # document, body or place of its own. After an answer quoting several texts, "còn chỉ tiêu phát triển đoàn viên?"
    # is asked of all of them: not held to the one quoted first.
    short = _short(question)
    if not (short or standalone != question) or doc_refs(question) \
            or bodies().mentions(question) or _PLACE.search(fold_same_length(question)) \
            or not (classify(question).kinds or asks_by_word(question) or _opener(question) or _how_about(question)):
        return None
    about = _about(turns, "", kind_of, named, settled=not short)
    return Talked(about, False) if about else None


def _short(question: str) -> bool:
    """Whether a question is as short as a follow-up ("hồ sơ gồm gì", "nội dung thứ 5 là gì?"): a numeral picks an
    item, it names no subject, and is not counted."""
    return len([w for w in _words(question) if not w.strip(",.;:?!").isdigit()]) <= DEFAULT.short_followup


def _about(turns: list[Turn], kind: str, kind_of: Callable[[str], str | None],
           named: Callable[[str], Iterable[str]], pointed: bool = False, settled: bool = False) -> str | None:
    """The document the conversation is about (talked_about), of `kind` ("" for any). The one the user named last, in
    the recent turns, comes first: among the last answer's documents ("đạt bao nhiêu phần trăm?" after "báo cáo tổng
    kết của công ty Sao Việt ai ký?" and a turn whose answer also quoted another text, most turns quoted), and, for a
    question pointing back (`pointed`: "ai ký kế hoạch này?"), even when the last answer quoted another: "này/đó"
    refers to the document named, not to one a short question's search drifted to. `settled`: only when the last
    answer quoted that one document alone or the user named it (else None)."""
    def fits(documents: Iterable[str]) -> list[str]:
        return [d for d in dict.fromkeys(documents) if not kind or kind_of(d) in (kind, "", None)]

    names = [tuple(named(t.question)) for t in turns]
    about = [(*t.documents, *n) for t, n in zip(turns, names)]
    counts = Counter(d for documents in about for d in set(documents))
    latest = next((documents for documents in reversed([fits(d) for d in about][-RECENT_TURNS:]) if documents), [])
    recent = list(zip(turns, names))[-RECENT_TURNS:][::-1]
    said = fits(d for _, n in recent for d in n)  # the last named first
    if pointed:  # the last document named, when only short follow-ups came after it (not a question of its own)
        for t, n in recent:
            if fits(n):
                return fits(n)[0]
            if not (_short(t.question) or _opener(t.question)):
                break
    about = max(latest, key=lambda d: (-said.index(d) if d in said else -len(said) - 1, counts[d], -latest.index(d)),
                default=None)
    return about if not settled or len(latest) == 1 or about in said else None


def _as_turn(item: tuple[str, ...]) -> Turn:
    """A turn kept by a channel, or a bare (question, answer) pair."""
    return item if isinstance(item, Turn) else Turn(*item)
