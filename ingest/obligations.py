"""Duties, reports, deadlines and targets stated in a document, extracted as records.

Who must act: the sentence's own doer ("Ban Nghiệp vụ làm đầu mối …", "Giao Ban Công tác cơ sở chủ
trì …", "CĐGD các tỉnh, thành phố: căn cứ …", "đề nghị các cấp công đoàn cụ thể hóa …"), else the doer
of the sentence before it in the same passage, else the body whose heading the passage sits under in
the implementation part ("III. TỔ CHỨC THỰC HIỆN › 2. Đối với Liên đoàn Lao động các huyện…"). A body
merely mentioned ("chỉ đạo … các công đoàn cơ sở trực thuộc") is not the doer. Bodies are the canonical
ones of prompts/bodies.tsv (troly/vntext.py), several kept together as written. What: the sentence,
verbatim. When and which number: ingest/due.py. To whom: the body after "báo cáo"/"gửi" and a
preposition. Closing formulas ("Trên đây là Kế hoạch …") and contact lines are not obligations.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ingest.addressees import addressed_end, addressees
from ingest.leads import ASKING, DUTY_WORDS, announces_only
from ingest.markers import DIVISIONS, heading_match
from ingest.due import (HOUR, OPENS_WITH_PERIOD, Due, Target, first_period_end, half_of_year, issued_with_date,
                        month_years, opening_date, parse_due, parse_targets, period_start, reaches, span_end,
                        stated_limits, states_goal, title_months, year_named)
from ingest.chunker import CLOSING_KINDS, DATA_ROW
from ingest.event_days import date_counted, events
from ingest.model import SECTION_SEP, Chunk, Obligation, ParsedDocument
from ingest.repair import DOER_LABEL_RE
from ingest.structure import CAPITALS, table_cells
from ingest.table_units import bracket_unit, row_unit, target_columns, year_columns
from ingest.table_shape import LETTER
from troly import tables
from troly.figures import figure
from troly.texts import alternation
from troly.vntext import (ROLES, Bodies, Body, Mention, bodies, fold, fold_same_length, folded_alternation,
                          split_sentences)
from troly.years import YEAR

_W = tables.toml("obligation_words.toml")
_YEAR_WORD = tables.toml("date_words.toml")["year"]
_I = re.IGNORECASE
_ASSIGNMENT_HEADING = re.compile(alternation(_W["headings"]["assignment"]), _I)
_OWNER_HEADING = re.compile(rf"^{alternation(_W['headings']['owner'])}\s+(\S.*?)[\s:.]*$", _I)
_PURPOSE_HEADING = re.compile(alternation(_W["headings"]["purpose"]), _I)
_ELIGIBLE_HEADING = re.compile(rf"^{alternation(_W['headings']['eligible'])}\b", _I)
_TARGET_HEADING = re.compile(alternation(_W["headings"]["target"]), _I)
_PROPOSAL_HEADING = re.compile(rf"\b{alternation(_W['headings']['proposals'])}\b", _I)
_YEARLY_HEADING = re.compile(alternation(_W["headings"]["yearly"]), _I)
_RESULTS_HEADING = re.compile(rf"^(?:{alternation(_W['headings']['results_agreed'])}\s+"
                              rf"(?:{alternation(_W['headings']['results_agreed_then'])}\s+){{0,3}})?"
                              rf"{alternation(_W['headings']['results'])}\b", _I)
_DIRECTION_HEADING = re.compile(rf"^{alternation(_W['headings']['direction'])}\b", _I)
_REACHED = re.compile(rf"\b{alternation(_W['result']['reached'])}\b", _I)
_PAST_FIGURE = re.compile(rf"\b{alternation(_W['result']['past'])}\s+(?:[^\W\d_]+\s+){{1,3}}\d", _I)
_DIRECTS = re.compile(rf"\b{alternation(_W['result']['directs'])}\b", _I)
_DONE = (rf"(?:{alternation(_W['result']['aspect_before'])}\s+)*{alternation(_W['result']['done'])}\s+"
         rf"(?!{alternation(_W['result']['passive'])}\b)[^\W\d_]")
_DONE_START = re.compile(_DONE, _I)
_THEN_ACTS = re.compile("".join(rf"(?<!\b{w}\s)" for w in _W["result"]["then_not_after"])
                        + rf"\b{alternation(_W['result']['then_acts'])}\b", _I)
_ANY_YEAR = 2000  # a leap year, put after a month without its year only to read which month it is (_cell_due)
_NAME_WORDS = 6  # the words of a body's own name after its kind ("Công đoàn cơ sở" + "Công ty May Việt Tiến")
_TERM = re.compile(rf"^{alternation(_W['result']['term'])}\s+(?:\d{{4}}\s*[-–]\s*\d{{4}}|\S+)\s+", _I)
_COUNTED_DONE = re.compile(rf"^{alternation(_W['result']['counted'])}\s+\d+\s+(?:[^\W\d_]+\s+){{1,8}}?{_DONE}", _I)
_LABEL = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/-]\s*", _I)
_BULLET = re.compile(r"^[\s\-–•+.*|]+")
_PARTS_LEAD = re.compile(rf"\b{alternation(_W['not_obligations']['parts_lead'])}\s*:\s*$", _I)
_RECIPIENTS_BLOCK = re.compile(rf"^[\s|*_]*{alternation(tables.toml('header_words.toml')['closing']['recipients'])}\b",
                               _I)
# A short numbered line with no sentence of its own: a heading written as a paragraph.
_PARAGRAPH_HEADING = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[a-zđ]|[IVX]+)\s*[.)]\s+[^.;]{2,90}?:?\s*$", _I)
_LEAD = re.compile(rf"^(?:{alternation(_W['doer']['lead'])}\s*,?\s*)+", _I)
_JOIN = re.compile(rf"^\s*(?:,|;|{alternation(_W['doer']['join'])}|,\s*{alternation(_W['doer']['join'])})?\s*"
                   rf"(?:{alternation(_W['doer']['each'])})?\s*$", _I)
# A name before a body's, joined to it: words without punctuation or numbers, then "và"/"cùng" (maybe "các").
_PARTNER = re.compile(rf"^([^\W\d_]+(?:\s+[^\W\d_]+){{1,12}})\s+{alternation(_W['doer']['join'])}\s+"
                      rf"(?:{alternation(_W['doer']['each'])}\s+)?$", _I)
# a word of asking that asks ("đề nghị Sở …"), not one used as a noun ("khám bệnh theo yêu cầu")
_ASKS = "".join(rf"(?<!\b{w} )" for w in _W["doer"]["ask_noun_after"]) + rf"\b{ASKING}"
_ASK = re.compile(rf"{_ASKS}\s+", _I)
_ASSIGN = re.compile(rf"\b{alternation(_W['doer']['assign'])}\s+", _I)
_ASSIGNER = re.compile(rf"(?:^|[,;:]|\b{alternation(_W['doer']['assigners'])})\s*$", _I)


def _assigned(sentence: str, found: Bodies) -> Actor | None:
    """The body a sentence assigns a task to after "giao" — at its start, after a comma, a body or the meeting that
    decides ("Đại hội giao Ban Chấp hành …", "…, giao Ban Tài chính nghiên cứu …")."""
    for m in _ASSIGN.finditer(sentence):
        before = sentence[:m.start()]
        if _ASSIGNER.search(before) or any(b.end == len(before.rstrip()) for b in found.mentions(before)):
            actor = _shifted(_doer_at_start(sentence[m.end():], found), m.end())
            if actor:
                return actor
    return None


_ADDRESSED_AS = (rf"(?:(?:{alternation(_W['doer']['each'])})\s+)?{alternation(_W['doer']['addressed_as'])}"
                 rf"(?![^\W\d_]|(?-i:\s+[{CAPITALS}]))")
_ASKS_ADDRESSED = re.compile(rf"{_ASKS}\s+{_ADDRESSED_AS}", _I)
_OPENS_ADDRESSED = re.compile(rf"^(?:{alternation(_W['doer']['each'])})\s+{_ADDRESSED_AS}", _I)


def _means_addressees(text: str) -> bool:
    """Whether a sentence or lead-in gives its duty to a letter's addressees, named all at once ("Sở … đề nghị các đơn
    vị thực hiện …", "Các đơn vị báo cáo kết quả về Sở …"; not "Đơn vị Hành chính …", a name of its own)."""
    return bool(_ASKS_ADDRESSED.search(text)
                or _OPENS_ADDRESSED.match(_LABEL.sub("", _BULLET.sub("", text, count=1), count=1)))


def _asks_by_a_day(sentence: str, found: Bodies, doc_year: int | None) -> bool:
    """Whether a sentence asks a body to act by a day ("Đồng chí Chủ tịch đề nghị các tổ công đoàn hoàn thành … trước
    ngày 20/12/2026"): in minutes, how a chair's directive is recorded, not a proposal heard."""
    return _dated(parse_due(sentence, doc_year)) and any(
        _doer_at_start(sentence[ask.end():], found) for ask in _ASK.finditer(sentence))


def _addressed_actor(names: list[str], found: Bodies) -> Actor | None:
    """The addressees of a letter ("Kính gửi: …") as one doer, as written, with the bodies they name."""
    if not names:
        return None
    name = "; ".join(names)
    return name, [m for m in found.mentions(name) if not _UNDER.search(name, 0, m.start)]


_UNDER = re.compile(rf"\b{alternation(_W['doer']['addressee_under'])}\s+$", _I)  # "… trực thuộc UBND tỉnh": whose units


# Closing formulas, and a last request to carry the plan out ("Đề nghị các đơn vị triển khai thực hiện.", "Sở Giáo
# dục và Đào tạo đề nghị các đơn vị triển khai thực hiện nghiêm túc, đúng thời gian quy định./.": maybe its issuer
# first, named in words without punctuation).
_N = _W["not_obligations"]
_CLOSING = re.compile(rf"^{alternation(_N['closing_start'])}|{alternation(_N['introduces'])}:?$|"
                      rf"\s{alternation(_N['enacts'])}\s*:$|"
                      rf"^(?:{alternation(_N['carry_out_opener'])}[^,.;]{{0,40}},\s*)?(?:[^\W\d_][^,.;:\d]{{0,80}}\s)?"
                      rf"{ASKING}\b.{{0,60}}?(?:{alternation(_N['carry_out_lead'])})?\s*"
                      rf"{alternation(_N['carry_out'])}(?:\s+{alternation(_N['carry_out_manner'])}[^.;]{{0,30}})?"
                      r"\.?(?:/\.)?$", _I)
_MINUTES_KINDS = frozenset(k.lower() for k in _N["minutes_kinds"])
_MINUTES_RECORD = re.compile(rf"^{alternation(_N['minutes_records'])}\b", _I)
SPEAKER_NAME_WORDS = 6  # a speaker's name or role between the honorific and what they said ("Nguyễn Thanh Sơn")
_MINUTES_SAID = re.compile(rf"^{alternation(_W['doer']['honorific'])}\s+(?:[^\W\d_]+\s+){{1,{SPEAKER_NAME_WORDS}}}?"
                           rf"{alternation(_N['minutes_said'])}\b", _I)
_CONSEQUENCE = re.compile(rf"\b{alternation(_N['consequence'])}\b|\b{alternation(_N['late'])}\b[^.;]{{0,60}}?"
                          rf"\b{alternation(_N['late_denied'])}\b", _I)
_BECAUSE = re.compile(rf"\s{alternation(_N['because'])}\s", _I)
_NOT_BECAUSE = re.compile(rf"\b{alternation(_N['not_because'])}\b", _I)
_FUNDING = re.compile(rf"^{alternation(_N['funding'])}\b(?:[^:.;]{{0,60}}:|\s+{alternation(_N['funded_from'])}\b|"
                      rf"(?:\s+[^\W\d_]+){{0,2}}?\s+{alternation(_N['allotted'])}\b)", _I)
# A contact line: a phone or mail word before a number or a colon ("Điện thoại: 0263.3822.123", "SĐT 0912345678"), a
# mail address, or a number grouped as phones are ("0912.345.678", "0912 345 678", "+84 912 345 678"). Not ten digits
# alone: a tax code ("mã số thuế 0301234567") in a duty's sentence is no phone (review45 R10); nor a figure's groups
# ("1.500.000.000 đồng", "1 000 000 000 đồng": no phone starts after a digit, a dot or a digit and a space, nor is
# followed by another group of three).
_CONTACT = re.compile(rf"\b{alternation(_W['not_obligations']['contact'])}\s*(?::|[\d(+])|\S@\S+\.\w|"
                      r"(?<![\d.,])(?<!\d )(?:\+84\s?|0)\d{2,3}[. ]\d{3,4}[. ]\d{3,4}(?![.,]?\d)(?! \d{3}\b)", _I)
_PERIOD_ONLY = re.compile(rf"^\s*{alternation(_N['period_only'])}\s+"
                          rf"{alternation([tables.toml('date_words.toml')['year']])}\s+(\d{{4}})\s*:?\s*$", _I)
_STATES = re.compile(rf"^(?:[^,;:.()]{{3,80}}?(?:\s{alternation(_N['copula'])}|\s*:)\s+(?:[^\W\d_]+\s+){{0,2}}\d"
                     rf"|\d[\d.,]*\s*{alternation(_N['money'])}\b)", _I)
_BUDGET = re.compile(rf"^(?:{alternation(_N['funding_total'])}\s+)?{alternation(_N['funding'])}\b", _I)
_REPORT_VERB = re.compile(rf"\b{alternation(_W['report']['verbs'])}\b", _I)
_TO = re.compile(rf"\b{alternation(_W['report']['to'])}\s+(?:{alternation(_W['report']['to_fillers_at_once'])}\s+)?"
                 rf"(?:{alternation(_W['report']['to_fillers_each'])}\s+)?$", _I)
_REPORTS = re.compile(rf"\b{alternation(_W['report']['report'])}\b", _I)
_SENT_DOWN = re.compile(rf"\b{alternation(_W['report']['verbs'])}\s+(?:{alternation(_W['report']['to'])}\s+)?"
                        rf"(?:{alternation(_W['report']['to_fillers_at_once'])}\s+)?{alternation(_W['report']['to_many'])}\s",
                        _I)
_PAID = re.compile(rf"\b{alternation(_W['due']['paid'])}\b", _I)
_AT_LEAST = re.compile(rf"\b{alternation(_W['target']['at_least'])}\b", _I)
_SPEAKS_OF_LIMIT = re.compile(rf"\b{alternation(_W['due']['stated_limit'])}\b", _I)
_LIST_FILLER = {fold(w) for w in _W["doer"]["list_filler"]}
# (after an appositive: "Công đoàn cơ sở, nghiệp đoàn cơ sở có …")
_NOT_ACTION = re.compile(rf"^(?:\s*,\s*[^,.;:]{{1,40}}?)?\s*(?!{alternation(_W['doer']['still_action'])})"
                         rf"{alternation(_W['doer']['not_action'])}\b", _I)
_WHICH = re.compile(rf"^\s*{alternation(_W['doer']['which'])}\b", _I)
_THEN = re.compile(rf"\b{alternation(_W['doer']['then'])}\b", _I)
_INTRODUCER = re.compile(rf"^{alternation(_W['doer']['introducer'])}\b", _I)
# "Tổ trưởng công đoàn có trách nhiệm …", "Trưởng ban Nữ công phải …": a person's role (prompts/body_roles.txt) in
# a body no table names, then a duty word: the doer as written, as a task table's doer column gives it.
# The role is matched on the sentence folded (fold_same_length), as the roles are, so a text typed without diacritics
# is read too; the words after it and the duty word on the sentence as written ("giáo viên", "cán bộ" are no "giao",
# "cần"), folded only when the sentence has no diacritics at all.
# "Thủ quỹ có trách nhiệm chi …": the role alone before the duty word, its body unsaid.
# "Các tổ trưởng công đoàn gửi danh sách …": "các"/"mỗi" before the role; a verb of reporting or of a task ends a
# body's name of three words at most after it, without "và" ("Kế toán công đoàn lập …", "Chủ tịch công đoàn duyệt chi
# …"; "Chủ tịch nước chịu trách nhiệm và báo cáo …" names no doer so).
_DUTY_AFTER = _W["doer"]["still_action"] + _W["doer"]["duty"]
_ROLE_START = re.compile(rf"^(?:(?:{folded_alternation(_W['doer']['each'])})\s+)?({ROLES})")
_ROLE_REST = r"((?:\s+[^\W\d_]+){0,5}?)\s+"
_REPORT_REST = rf"((?:\s+(?!(?:{folded_alternation(_W['doer']['join'])})\b)[^\W\d_]+){{1,3}}?)\s+"
_PERSON_ACTS = _W["report"]["verbs"] + _W["doer"]["role_acts"] + _W["doer"]["unit_acts"]
_DUTY_AS_WRITTEN = re.compile(rf"{_ROLE_REST}{alternation(_DUTY_AFTER)}\b|{_REPORT_REST}"
                              rf"{alternation(_PERSON_ACTS)}\b", _I)
_DUTY_FOLDED = re.compile(rf"{_ROLE_REST}(?:{folded_alternation(_DUTY_AFTER)})\b|{_REPORT_REST}"
                          rf"(?:{folded_alternation(_PERSON_ACTS)})\b")


_ROLE_ACTS = re.compile(rf"\s+{alternation(_W['doer']['role_acts'])}\b", _I)
_PERSON_ACT = re.compile(rf"\s+{alternation(_PERSON_ACTS)}\b", _I)
_PERSON_LEAD = re.compile(rf"^(?:(?P<assign>{folded_alternation(_W['doer']['assign'])})\s+)?"
                          rf"(?:(?:{folded_alternation(_W['doer']['honorific'])})\s+)?")


def _person_doer(sentence: str, found: Bodies) -> str:
    """The role a sentence opens with, when a duty word follows it ("Tổ trưởng công đoàn có trách nhiệm …") or a verb
    of what it does, after the role alone ("Chủ tịch phối hợp với …") or the body it is held in ("Kế toán công đoàn
    lập …", "Tổ trưởng tổ dân phố tuyên truyền …"), else "". The role of a known body ends with that
    body's name: "Ủy viên Ban Chấp hành vắng họp phải …" is the Ủy viên's duty, "vắng họp" says when. "Giao đồng chí
    Chủ tịch làm việc …": the role of the one assigned, addressed so."""
    lead = _PERSON_LEAD.match(fold_same_length(sentence))
    sentence = sentence[lead.end():]
    folded = fold_same_length(sentence)
    role = _ROLE_START.match(folded)
    if not role:
        return ""
    if lead.group("assign") or _ROLE_ACTS.match(sentence, role.end()):
        return sentence[role.start(1):role.end()]
    held_in = next((m for m in found.mentions(sentence) if m.start >= role.end()), None)
    at = held_in.end if held_in and not sentence[role.end():held_in.start].strip() else role.end()
    if at > role.end() and _PERSON_ACT.match(sentence, at):
        return sentence[role.start(1):at]  # "Tổ trưởng tổ dân phố tuyên truyền …": the role in its body acts
    plain = folded == sentence.lower()  # from the body's end: "Ủy viên ủy ban kiểm tra công đoàn …" names no act
    duty = (_DUTY_FOLDED.match(folded, at) if plain else _DUTY_AS_WRITTEN.match(sentence, at))
    if not duty:
        return ""
    end = duty.end(1) if duty.group(1) is not None else duty.end(2)
    body = next((m for m in found.mentions(sentence[:end]) if m.start >= role.end()), None)
    if body is not None and not sentence[role.end():body.start].strip():
        end = body.end
    return sentence[role.start(1):end]


_SETS_LIMIT = re.compile(rf"^{alternation(_W['due']['limit'])}\b", _I)  # "chậm nhất ngày …", not "ngày 26 tháng 7 …"
_ON_DAY = re.compile(rf"^{alternation(_W['due']['on_day'])}\b", _I)  # "vào ngày 24/4/2027"
_TAKES_PLACE = re.compile(rf"\b{alternation(_W['due']['takes_place'])}\b", _I)
_EVENT_TIME = re.compile(rf"^{alternation(_W['due']['event_time'])}\s*:", _I)  # "Thời gian: …"
_OWED_WORDS = [*_W["doer"]["unit_acts"], *_W["doer"]["duty"], *_W["report"]["verbs"], *_W["report"]["report"]]
_OWED = re.compile(rf"\b{alternation(_OWED_WORDS)}\b", _I)  # "nộp", "báo cáo": an act owed


def _event_day(sentence: str, due: Due) -> bool:
    """Whether the day `due` names is when an event takes place ("Thời gian: Hội thao diễn ra vào ngày 24/4/2027"):
    said with "vào", on a line saying the event takes place then, or labelled with its time and owing no act before
    the day ("Thời gian: vào ngày 16/3/2027", not "Thời gian: các tổ nộp báo cáo vào ngày 30/4/2027") — not a limit."""
    at = sentence.find(due.text)
    if not _ON_DAY.match(due.text) or at < 0:
        return False
    unlabelled = _LABEL.sub("", sentence[:at], count=1)
    time = _EVENT_TIME.match(unlabelled)
    return bool(_TAKES_PLACE.search(sentence, 0, at)) or time is not None and not _OWED.search(unlabelled, time.end())
_TABLE = {role: re.compile(rf"^{alternation(_W['table'][role])}\b", _I)
          for role in ("doer", "due", "content", "place")}

Actor = tuple[str, list[Mention]]  # (name as written, the bodies it names)


def _labelled_doer(sentence: str, found: Bodies) -> Actor | None:
    """The doer a "Chủ trì: X" label names: the bodies X starts with, else X as written (as a doer column's cell)."""
    m = DOER_LABEL_RE.match(sentence)
    if not m:
        return None
    who = m.group("who").strip()
    return _shifted(_doer_at_start(who, found), m.start("who")) or (who, [])


def _strip_lead(text: str) -> tuple[str, int]:
    """The text after labels, bullets and lead words, and how many characters were dropped."""
    rest = _LABEL.sub("", _BULLET.sub("", text, count=1), count=1)
    rest = _LEAD.sub("", rest, count=1)
    return rest, len(text) - len(rest)


def _chain(text: str, mentions: list[Mention], first: int) -> list[Mention]:
    """The body at index `first` and the bodies joined to it by commas or "và" ("LĐLĐ huyện, thành
    phố, công đoàn ngành, Công đoàn cơ sở trực thuộc")."""
    out = [mentions[first]]
    for m in mentions[first + 1:]:
        if not _JOIN.match(text[out[-1].end:m.start]):
            break
        out.append(m)
    return out


def _partner(text: str, start: int, first: Mention) -> bool:
    """Whether the words from `start` to the body `first` are a proper name no table knows joined to it ("Quỹ Bảo trợ
    nạn nhân chất độc da cam và Hội Chữ thập đỏ Việt Nam tiến hành …"): its first two words capitalised (a
    sentence opening with a verb has "Tổng hợp", "Phối hợp"), no punctuation or number, then "và"/"cùng"."""
    name = _PARTNER.match(text[start:first.start])
    words = name.group(1).split() if name else []
    return len(words) >= 2 and words[0][0].isupper() and words[1][0].isupper()


def _doer_at_start(text: str, found: Bodies, acting: bool = False) -> Actor | None:
    """The bodies `text` starts with (after labels and lead words), with a partner no table names joined before them
    (`_partner`: then named as written); with `acting`, only when what follows them is an action ("Công đoàn cơ sở
    là …" defines, it does not oblige)."""
    rest, skip = _strip_lead(text)
    mentions = found.mentions(text)
    for i, m in enumerate(mentions):
        if m.start <= skip < m.end or m.start > skip and _partner(text, skip, m):
            chain = _chain(text, mentions, i)
            after = text[chain[-1].end:]
            after = after[_WHICH.match(after).end():] if _WHICH.match(after) else after
            if acting and _NOT_ACTION.match(after) and not _THEN.search(after):
                return None  # "… có dưới 30 đoàn viên thì cử …" is a duty under a condition
            return text[min(skip, chain[0].start):chain[-1].end], chain
        if m.start > skip:
            break
    return None


def _shifted(actor: Actor | None, by: int) -> Actor | None:
    if actor is None:
        return None
    name, chain = actor
    return name, [Mention(m.body, m.start + by, m.end + by) for m in chain]


_PARTY = re.compile(rf"^(?:{alternation(_W['doer']['each'])}\s+)?{alternation(_W['doer']['parties'])}\b", _I)


_UNIT_ACTS_ALONE = alternation([*_W["doer"]["unit_acts"], *_W["doer"]["role_acts"], *_W["doer"]["duty"],
                                *_W["doer"]["still_action"], *_W["report"]["verbs"]])
# "Chi cục … trực theo dõi …": a word of being on duty before a verb of a task acts too, and ends the unit's name
_UNIT_ACTS = (rf"{_UNIT_ACTS_ALONE}|" + "".join(rf"(?<!\b{w}\s)" for w in _W["doer"]["on_duty_not_after"])
              + rf"{alternation(_W['doer']['on_duty'])}(?=\s+(?:{_UNIT_ACTS_ALONE})\b)")
_UNIT_KINDS = alternation([*bodies().kinds, *_W["doer"]["unit_kinds"]])
# After the kind, its own name opening with a capital, or the level it serves ("Bảo tàng tỉnh", "Thư viện huyện").
_UNIT_OWN = rf"(?:(?-i:[{CAPITALS}])[^\s,;:.()]*|(?:{alternation(tables.lines('body_levels.txt'))})\b)"
# A kind as written, its own name, at most UNIT_NAME_WORDS more words (a dash may join two parts of it: "Phòng Kế
# hoạch - Tài chính"; so may a comma or "và" before a part written with a capital that opens no kind: "Phòng Văn hóa,
# Khoa học và Thông tin", "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện"), then a verb of a task.
UNIT_NAME_WORDS = 6
_NOT_IN_NAME = alternation([*_W["doer"]["not_action"], *_W["doer"]["join"]])  # "Công đoàn Việt Nam là tổ chức …"
# No join right after a level, which closes a unit's name ("Trung tâm Y tế huyện, Bệnh viện huyện": two bodies).
_AFTER_NO_LEVEL = "".join(rf"(?<!\b{re.escape(level)})" for level in tables.lines("body_levels.txt"))
_NAME_JOIN = (rf"{_AFTER_NO_LEVEL}(?:,|\s+{alternation(_W['doer']['join'])})\s+(?=(?-i:[{CAPITALS}]))"
              rf"(?!(?-i:{_UNIT_KINDS})\b)")
_UNIT_NAME = (rf"(?-i:{_UNIT_KINDS})\s+{_UNIT_OWN}"
              rf"(?:(?:\s+(?:[-–]\s+)?|{_NAME_JOIN})(?!(?:{_UNIT_ACTS}|{_NOT_IN_NAME})\b)[^\W\d_]+)"
              rf"{{0,{UNIT_NAME_WORDS}}}?")
# Between units acting together, a comma or a join before the next unit's kind ("Trung tâm Y tế, Bệnh viện tỉnh": two
# units; inside one name a comma never stands before a kind: _NAME_JOIN).
_UNIT_JOIN = alternation(_W["doer"]["join"])
_UNIT_APART = re.compile(rf"(?:\s*,\s*(?:{_UNIT_JOIN}\s+)?|\s+{_UNIT_JOIN}\s+)(?=(?-i:{_UNIT_KINDS})\s)", _I)
_UNIT = re.compile(rf"{_UNIT_NAME}(?:{_UNIT_APART.pattern}{_UNIT_NAME})*(?=\s+(?:{_UNIT_ACTS})\b)", _I)
_JOINED = re.compile(_NAME_JOIN, _I)


# "… đầu tư xây dựng tỉnh": a verb of a task right before the level that ends a unit's name is the name's own word
_LEVEL_END = re.compile(rf"\s+{alternation(tables.lines('body_levels.txt'))}\s*[;.:]?\s*$", _I)
_ACT = re.compile(rf"\s+(?:{_UNIT_ACTS})\b", _I)


def _unit_at_start(text: str) -> Actor | None:
    """A body no table names that `text` opens with, as written: its kind and its own name, ended by a verb of a task
    ("Phòng Tổ chức cán bộ tổng hợp, tham mưu …": "Phòng Tổ chức cán bộ") — not one that only ends the name before its
    level ("Ban Quản lý dự án đầu tư xây dựng tỉnh;" in a list of who attended: no act)."""
    rest, skip = _strip_lead(text)
    unit = _UNIT.match(rest)
    if unit is None or _NOT_ACTION.match(rest[unit.end():]):
        return None
    joined = _JOINED.search(rest, 0, unit.end())
    starts = {m.end() for m in _UNIT_APART.finditer(rest, 0, unit.end())}  # where each unit after the first opens
    if any(joined and m.start >= joined.end() or m.start in starts for m in bodies().mentions(rest[:unit.end()])):
        return None  # "Phòng Kinh tế, Công an huyện …", "… và Công an huyện": two bodies, not one name
    act = _ACT.match(rest, unit.end())
    if act and _LEVEL_END.match(rest, act.end()):
        return None  # a name ending so: no act
    cuts = [0, *(i for m in _UNIT_APART.finditer(rest, 0, unit.end()) for i in (m.start(), m.end())), unit.end()]
    units = [Mention(Body(rest[a:b]), a + skip, b + skip) for a, b in zip(cuts[::2], cuts[1::2])]
    return rest[:unit.end()], units if len(units) > 1 else []  # several units: each its own doer


_LEVEL_ALT = alternation(tables.lines("body_levels.txt"))
_PLACES = re.compile(rf"^(?:{alternation(_W['doer']['each'])})\s+((?:{_LEVEL_ALT})(?:\s*(?:,|\s{_UNIT_JOIN})\s*"
                     rf"(?:{_LEVEL_ALT}))*)(?=\s+(?:{_UNIT_ACTS})\b)", _I)


def _places_at_start(text: str, found: Bodies) -> Actor | None:
    """The people's committee of the places `text` opens with, named by their level alone and then acting ("Các xã,
    phường gửi báo cáo …": UBND xã, phường) — a body a user asks for; only a level the table has such a body of."""
    rest = _LABEL.sub("", _BULLET.sub("", text, count=1), count=1)
    places = _PLACES.match(rest)
    if places is None:
        return None
    named = f"{_W['doer']['places_act_through']} {places.group(1)}"
    found_in = found.mentions(named)
    if len(found_in) != 1 or found_in[0].start or found_in[0].end != len(named):
        return None  # "Các cơ sở …", "Các ngành …": no body of that level
    start = len(text) - len(rest)
    return text[start:start + places.end()], [Mention(found_in[0].body, start, start + places.end())]


def _party_at_start(text: str, found: Bodies, acting: bool = False) -> Actor | None:
    """The bodies `text` starts with (`_doer_at_start`), else a body no table names (`_unit_at_start`), else a party
    of a labour text no table names ("Người sử dụng lao động lập danh sách …") as written, when what follows it is an
    action."""
    actor = _doer_at_start(text, found, acting)
    if actor is None and _doer_at_start(text, found) is None:
        actor = _unit_at_start(text)  # not a known body that does not act here ("Công đoàn Việt Nam là …")
    if actor is None:
        actor = _places_at_start(text, found)
    if actor is not None:
        return actor
    party = _PARTY.match(text)
    if party is None or _NOT_ACTION.match(text[party.end():]) or found.mentions(text[:party.end()]):
        return None
    return text[:party.end()], []


def _subject(text: str, found: Bodies) -> Actor | None:
    """The acting body a clause starts with, also after an introductory clause ("Căn cứ …, X lập …") or right
    after the period it repeats in ("Hằng tháng, X báo cáo …")."""
    actor = _party_at_start(text, found, acting=True)
    period = OPENS_WITH_PERIOD.match(text)
    if not actor and period:
        actor = _shifted(_party_at_start(text[period.end():], found, acting=True), period.end())
    if actor or not _INTRODUCER.match(text):
        return actor
    for comma in re.finditer(r",\s*", text[:300]):
        actor = _shifted(_party_at_start(text[comma.end():], found, acting=True), comma.end())
        if actor:
            return actor
    return None


_APPOSITIVE = re.compile(r"\s*\([^()]*\)\s*$")  # what a lead-in's body is, in brackets after its name


def _doer(sentence: str, found: Bodies) -> Actor | None:
    """The body a sentence itself makes act: a lead-in ("X: …"), its subject (also after a lead-in
    that is not a body: "a) Lập dự toán: Căn cứ …, X lập …"), or "đề nghị X …"."""
    head, colon, tail = sentence.partition(":")
    if colon and _PARTS_LEAD.search(head + ":"):
        return None  # "Cấp cơ sở gồm: Công đoàn cơ sở, …" lists parts
    if colon and len(head) < 220:
        named = _APPOSITIVE.sub("", head)  # "Ban Chỉ huy quân sự thành phố (cơ quan thường trực Hội đồng): …"
        actor = _doer_at_start(named, found, acting=True) or _lead_unit(named, found)
        if actor:
            return actor  # "Ban Tuyên giáo: …"; not "CĐCS có dưới 50 đoàn viên: từ 03 đến 05 ủy viên", a bracket
    actor = _subject(sentence, found)
    if actor:
        after = actor[1][-1].end if actor[1] else 0
        ask = _ASK.match(sentence, after + len(sentence[after:]) - len(sentence[after:].lstrip()))
        asked = _shifted(_doer_at_start(sentence[ask.end():], found), ask.end()) if ask and actor[1] else None
        return asked or actor  # "Ban Chấp hành đề nghị các tổ công đoàn lập …": the body asked acts
    if colon and len(head) < 220:
        start = len(sentence) - len(tail.lstrip())
        actor = _shifted(_subject(sentence[start:], found), start)
        if actor:
            return actor
    for ask in _ASK.finditer(sentence):
        actor = _shifted(_doer_at_start(sentence[ask.end():], found), ask.end())
        if actor:
            return actor
    return _assigned(sentence, found) or _done_by(sentence, found)


_PASSIVE_BY = re.compile(rf"\s{alternation(_W['doer']['passive_by'])}\s+", _I)
_MAY = re.compile(rf"\b{alternation(_W['doer']['may'])}\b", _I)


def _done_by(sentence: str, found: Bodies) -> Actor | None:
    """The body after "do" in a passive clause when a verb of a task follows it ("Danh sách … do Chi hội Người cao tuổi
    các tổ dân phố lập, gửi …"); not the issuer of a document the sentence opens with ("Thông tư số 12 do Bộ Tài
    chính ban hành")."""
    if _DOCUMENT_START.match(_LABEL.sub("", _BULLET.sub("", sentence, count=1), count=1)):
        return None
    for by in _PASSIVE_BY.finditer(sentence):
        if _MAY.search(sentence, 0, by.start()):
            return None
        actor = _shifted(_party_at_start(sentence[by.end():], found, acting=True), by.end())
        if actor and _ACT.match(sentence, by.end() + len(actor[0])):
            return actor  # "do Chi hội … lập", not "phong trào do Thủ tướng Chính phủ phát động": who began it
    return None


def _lead_unit(head: str, found: Bodies) -> Actor | None:
    """A body no table names that a lead-in is only the name of ("3. Hội Người cao tuổi phường: phối hợp …", "Phòng
    Kinh tế, Hạ tầng và Đô thị phường: bố trí …"): its kind and its own name (_names_unit), as written."""
    rest, skip = _strip_lead(head)
    named = _names_unit(rest.strip(), found) if rest.strip() and not found.mentions(rest) else None
    return (rest.strip(), []) if named else None


def _items_doer(lead: str, found: Bodies) -> Actor | None:
    """Who must do the items a lead-in introduces: the body it asks ("X yêu cầu Chính phủ … sau đây:"),
    else its own doer ("Giám đốc Sở … có trách nhiệm:"); none when it only names bodies (members) or is a
    numbered heading naming no duty ("2. Về phía Ban Chấp hành:", which the headings' rules read; "1. Sở Nội vụ các
    tỉnh, thành phố có trách nhiệm:" names its own)."""
    duty = DUTY_WORDS.search(lead)
    if not lead or _PARAGRAPH_HEADING.match(lead) and not duty or _only_names(lead, found) and not duty \
            or announces_only(lead):
        return None
    own = _doer(lead, found)
    for ask in _ASK.finditer(lead):
        if own is None or ask.start() >= own[1][-1].end:
            asked = _doer_at_start(lead[ask.end():], found)
            if asked:
                return _shifted(asked, ask.end())
    return own


# "các trường THPT": after "các"/"mỗi" the kind is a common noun, written in lower case
_UNIT_NAME = re.compile(rf"^(?P<own>(?:(?:{alternation(_W['doer']['each'])})\s+{_UNIT_KINDS}|(?-i:{_UNIT_KINDS}))\s+"
                        rf"{_UNIT_OWN}(?:\s+(?-i:[{CAPITALS}])\S*)?)[^;:.()]*$", _I)
_ROLE_OF = re.compile(rf"^(?:{ROLES})\s+")


_OBJECT_VERBS = frozenset(fold(w).lower() for w in _W["doer"]["duty_object"])


def _task_acts(rest: str, found: Bodies) -> list[re.Match[str]]:
    """The verbs of a task in what follows the opening of a unit's name in a heading — not a word of the name, which
    is written with a capital mid-line ("Trung tâm Quản lý và Điều hành giao thông đô thị"), nor a verb that acts
    only on an object following it when none does ("giao" assigns a body or a person: "… giao thông đô thị" is the
    noun)."""
    acts = []
    for m in re.finditer(rf"\b(?:{_UNIT_ACTS})\b", rest, _I):
        if m.group(0)[:1].isupper() and rest[:m.start()].strip() and not rest[:m.start()].rstrip().endswith((":", ".")):
            continue
        if fold(m.group(0)).lower() in _OBJECT_VERBS and _doer_at_start(rest[m.end():].lstrip(), found) is None:
            continue
        acts.append(m)
    return acts


def _names_unit(heading: str, found: Bodies) -> Actor | None:
    """The body a heading is only the name of, no table naming it: a kind and its own name ("2. Sở Nông nghiệp và Môi
    trường", "5. Bộ Chỉ huy Quân sự tỉnh"), or a person's role in a body that is named ("1. Chủ tịch Ủy ban nhân dân
    các xã, phường") — the addressee of the items under it, as a chỉ thị addresses each body in turn. Not a heading
    with a verb of a task ("Ban hành …" is no kind; "Phòng Y tế thực hiện …" is a sentence) after the word that opens
    the body's own name ("Phòng Quản lý du lịch", "Ban Quản lý dự án …": that word is the name's), or right before the
    level that ends it ("Ban Quản lý dự án đầu tư xây dựng tỉnh": the unit that manages the province's building
    projects)."""
    if len(heading.split()) > UNIT_NAME_WORDS + 6:
        return None
    unit = _UNIT_NAME.match(heading)
    own = len(unit.group("own")) if unit else 0
    acts = _task_acts(heading[own:], found)
    if acts and not (unit and len(acts) == 1 and _LEVEL_END.match(heading[own:], acts[0].end())):
        return None
    if unit:
        return heading, []
    role = _ROLE_OF.match(fold_same_length(heading))
    named = found.mentions(heading)
    if role and named and named[0].start == role.end() and _only_names(heading[role.end():], found):
        return heading, named
    return None


_PIECES = re.compile(rf"\s*(?:,|;|\b(?:{alternation(_W['doer']['join'])})\b)\s*", _I)


def _names_bodies(heading: str, found: Bodies) -> Actor | None:
    """The bodies a heading only names, known ones and ones no table names together ("9. Công an tỉnh và Bộ Chỉ huy
    Quân sự tỉnh", "Sở Y tế, Trung tâm Kiểm soát bệnh tật tỉnh"): what is left between the known bodies is each a unit's
    name (_names_unit: its kind and its own name). As written, with the known bodies it names; None when it names no
    known body (_names_unit reads one alone) or anything else."""
    named = found.mentions(heading)
    if not named or len(heading.split()) > 2 * (UNIT_NAME_WORDS + 6):
        return None
    rest = heading
    for m in reversed(named):
        rest = f"{rest[:m.start]};{rest[m.end:]}"
    pieces = [p for p in _PIECES.split(rest) if p.strip()]
    if not pieces or not all(_names_unit(p, found) for p in pieces):
        return None
    return heading, named


def _heading_doer(section: str, found: Bodies) -> Actor | None:
    """The body a passage's headings give the duty to: the deepest heading that only names bodies
    ("b) Bộ Tài chính", "a) Ngân hàng Nhà nước Việt Nam:"), else the body opening the heading right under an
    implementation part ("TỔ CHỨC THỰC HIỆN › 2. Đối với Liên đoàn Lao động các huyện…") or a part of tasks to come
    ("2. Nhiệm vụ thời gian tới › 2.1. Ủy ban nhân dân các xã có dự án đi qua")."""
    parts = [p.strip() for p in section.split(SECTION_SEP)] if section else []
    for part in reversed(parts):
        name = _LABEL.sub("", part, count=1).rstrip(": ")
        if _only_names(name, found):
            return _doer_at_start(name, found)
        if named := _names_bodies(name, found) or _names_unit(name, found):
            return named
    for i, part in enumerate(parts[:-1]):
        if _ASSIGNMENT_HEADING.search(part) or _DIRECTION_HEADING.match(_heading_text(part)):
            return _doer_at_start(parts[i + 1], found)
    return None


_EACH_START = re.compile(rf"^(?:{alternation(_W['doer']['each'])})\s+[^\W\d_]", _I)


def _owner_doer(section: str, found: Bodies) -> Actor | None:
    """The body or person's role whose duties the deepest heading above a passage says its items are ("Điều 4.
    Nhiệm vụ của Chủ tịch", "Trách nhiệm của Bộ Y tế", "Trách nhiệm của Phòng Kế hoạch - Tài chính", one no table
    names, or "Trách nhiệm của các đơn vị trực thuộc", the ones it means together), as written; None when it names
    neither."""
    last = section.split(SECTION_SEP)[-1].strip() if section else ""
    numbered = heading_match(last)
    owner = _OWNER_HEADING.match(numbered.rest if numbered else last)
    if owner is None:
        return None
    named = _doer_at_start(owner.group(1), found) or _names_unit(owner.group(1), found)
    if named is not None:
        return named
    role = _ROLE_START.match(fold_same_length(owner.group(1)))
    return (owner.group(1), []) if role or _EACH_START.match(owner.group(1)) else None


_OWN_TASKS_KINDS = frozenset(k.lower() for k in _W["doer"]["own_tasks_in"])
_PLAN_KINDS = frozenset(k.lower() for k in _W["doer"]["plans_own_in"])
_PLAN_CONTENT = re.compile(rf"^{alternation(_W['doer']['plan_content'])}\b", _I)


def _directs_itself(doc: ParsedDocument, section: str) -> bool:
    """Whether a passage is under the part of a report that says what its issuer will do next ("II. PHƯƠNG HƯỚNG,
    NHIỆM VỤ THỜI GIAN TỚI"): a task there that names no doer ("Hoàn thành thu kinh phí … trước ngày 15/12") is the
    issuer's own."""
    return bool(doc.meta.issuer) and doc.meta.kind.lower() in _OWN_TASKS_KINDS and any(
        _DIRECTION_HEADING.match(_LABEL.sub("", part.strip(), count=1)) for part in section.split(SECTION_SEP))


# "Tập huấn: tổ chức 02 lớp …", "Kiểm tra: phối hợp với … kiểm tra …": an activity of a plan named in a word or
# three, then what is done — a task of the plan's own even with no time or duty word.
# Not "Kéo co: mỗi đội 10 người", "Giải nhất: 2.000.000 đồng": a figure after the label says what the event holds.
_ACTIVITY = re.compile(rf"^(?!{alternation(_W['doer']['activity_details'])}\s*:)"
                       rf"[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}\s*:\s*(?!\d|{alternation(_W['doer']['activity_per_unit'])}\s)\S",
                       _I)


def _plans_itself(doc: ParsedDocument, section: str) -> bool:
    """Whether a passage is under the part of a plan that says what it will do ("II. NỘI DUNG HOẠT ĐỘNG"): a task
    there that names no doer ("Tuyên truyền: treo băng rôn … trong tháng 5/2026") is the issuer's own. Only a line
    that is a task by itself (a time, a duty word) is given so: the general aims a long programme lists under its
    "NHIỆM VỤ, GIẢI PHÁP" stay what they were."""
    return bool(doc.meta.issuer) and doc.meta.kind.lower() in _PLAN_KINDS and any(
        _PLAN_CONTENT.match(_LABEL.sub("", part.strip(), count=1)) for part in section.split(SECTION_SEP))


def heading_actor(section: str) -> str:
    """The body named by the heading under an implementation part, or by the heading of the article a passage is of
    (_article_doer), as written ("" if none): whom its clause is of, which answers "cơ quan nào …" when the clause
    names no one."""
    found = bodies()
    actor = _heading_doer(section, found) or _article_doer(section, found)
    return actor[0] if actor else ""


def _article_doer(section: str, found: Bodies) -> Actor | None:
    """The body the deepest article heading over a passage is of: its name alone ("Điều 10. Sở Giao thông vận tải"),
    as a quy chế gives each body an article of its tasks, or the body whose duties it states ("Điều 7. Trách nhiệm của
    Sở Tài chính"), deeper headings naming none: the doer of the items under it that name no other."""
    for part in reversed(section.split(SECTION_SEP) if section else []):
        article = heading_match(part.strip())
        if article is None or article.kind != "dieu":
            continue
        name = article.rest.rstrip(": ")
        return (_doer_at_start(name, found) if _only_names(name, found) else
                _names_bodies(name, found) or _names_unit(name, found)) or _owner_doer(part.strip(), found)
    return None


def sentence_actor(sentence: str) -> str:
    """The body a sentence itself makes act, as written ("" if none)."""
    actor = _doer(unicodedata.normalize("NFC", sentence), bodies())
    return actor[0] if actor else ""


_LEVELS = tables.lines("body_levels.txt")
_LEVEL = re.compile(rf"(?<!\w)(?:{alternation(_LEVELS)})(?!\w)", _I)
_LEVEL_AFTER = re.compile(rf"^\s+(?:(?:{alternation(_W['doer']['each'])})\s+)?((?:{alternation(_LEVELS)}))(?!\w)", _I)

_LEVEL_RUN = re.compile(rf"{_LEVEL.pattern}(?:\s*(?:,|\s{alternation(_W['doer']['join'])})\s*{_LEVEL.pattern})*", _I)


def _as_written(body: Body, written: str, after: str = "") -> dict:
    """A body's names, its short one at the level the text writes: "UBND phường" (of the class "UBND xã"), "UBND thành
    phố" (of "UBND tỉnh"), "UBND thị xã" for a bare "UBND" followed by its level (`after`, the text after the mention) —
    a user is shown whom the document names. The canonical names stay in `bodies`, by which items are picked."""
    named = body.to_json()
    short = named["short"]
    own = _LEVEL.findall(short)
    levels = _LEVEL.findall(written)
    if own and levels and not any(fold(level) in {fold(w) for w in levels} for level in own):
        return {**named, "short": _LEVEL.sub(levels[-1], short, count=1)}
    runs = [_LEVEL.findall(r.group(0)) for r in _LEVEL_RUN.finditer(written)]
    run = next((r for r in runs if own and fold(own[0]) in map(fold, r)), [])
    if len(run) > 1:  # "Các xã, phường …": "UBND xã, phường", every level written
        return {**named, "short": _LEVEL.sub(lambda _: ", ".join(run), short, count=1)}
    level = _LEVEL_AFTER.match(after) if not own and not levels else None
    return {**named, "short": f"{short} {level.group(1)}"} if level else named


def _actor_json(actor: Actor | None) -> dict | None:
    if actor is None:
        return None
    name, chain = actor
    if not chain:  # a person's role in a body no table names ("Tổ trưởng công đoàn")
        return {"name": name, "short": name, "bodies": []}
    distinct = list(dict.fromkeys(m.body for m in chain))
    if len(name) > chain[-1].end - chain[0].start:  # with a partner no table names (_partner): as written
        return {"name": name, "short": name, "bodies": [b.to_json() for b in distinct]}
    if len(distinct) == 1:
        return {**_as_written(distinct[0], name), "bodies": [distinct[0].to_json()]}
    return {"name": name.strip(" ,"), "short": ", ".join(b.short_or_name for b in distinct),
            "bodies": [b.to_json() for b in distinct]}


def _recipient(sentence: str, found: Bodies) -> dict | None:
    """The body a report goes to: named after "báo cáo"/"gửi" and "về", "lên", "cho", "tại" …"""
    mentions = found.mentions(sentence)
    chain: list[Mention] = []
    for verb in _REPORT_VERB.finditer(sentence):
        clause_end = min((i for i in (sentence.find(";", verb.end()), sentence.find(".", verb.end())) if i >= 0),
                         default=len(sentence))
        for m in mentions:
            if verb.end() <= m.start < clause_end and _TO.search(sentence[max(verb.start(), m.start - 200):m.start]):
                if m not in chain and not any(c.body == m.body for c in chain):
                    chain.append(m)
                break
    if not chain:
        return None
    first = chain[0]
    return {**_as_written(first.body, sentence[first.start:first.end], sentence[first.end:]),
            "bodies": [m.body.to_json() for m in chain]}


_ROUND = re.compile(rf"(?<!\w)(?:{alternation(_W['due']['rounds'])})(?!\w)", _I)
_ROUNDS_APART = re.compile(rf"\s*[,;]\s*|\s+(?:{alternation(tables.toml('date_words.toml')['also'])})\s+", _I)


def _round_dues(stated: str, due: Due | None, doc_year: int | None, months: dict[int, int]) -> list[Due | None]:
    """The times of a task done in rounds ("khám sức khỏe 02 đợt: đợt 1 trong tháng 4 năm 2027, đợt 2 trong tháng 10
    năm 2027"), each a deadline of its own — not only the first; [due] for a task done once or recurring."""
    if not (due and due.date and not due.every and len(_ROUND.findall(stated)) >= 2):
        return [due]
    rounds: list[Due] = []
    for piece in _ROUNDS_APART.split(stated):
        said = parse_due(piece, doc_year, months)
        if said and said.date and not said.every and said.date not in {r.date for r in rounds}:
            rounds.append(said)
    return [*rounds] if len(rounds) >= 2 else [due]


def _dated(due: Due | None) -> bool:
    """Whether a due says when: a date, a recurrence or a year to reach."""
    return bool(due and (due.date or due.every or due.by_year))


Columns = dict[str, int]  # a task table's "content", "doer", "due" and "place" columns: role → index of the cell


def _header_columns(lead: str, width: int) -> Columns | None:
    """The columns a task table's header row names ("STT | Nội dung công việc | Đơn vị thực hiện | Thời hạn"),
    for its rows of `width` cells; None for any other lead-in."""
    if "|" not in lead or len(header := table_cells(lead)) != width:
        return None
    column: Columns = {}
    for i, name in enumerate(header):
        role = next((r for r, rx in _TABLE.items() if rx.match(name) and r not in column), None)
        if role:
            column[role] = i
    return column


def _cell_due(cell: str, doc_year: int | None, months: dict[int, int]) -> Due | None:
    """The due a due column's cell states, a bare date there ("28/02/2027", "8 giờ ngày 24/01/2027") being the limit,
    a month without its year ("Tháng 3" in a plan's schedule, "trước ngày 25 tháng 1") one of the year `months` gives
    it (due.month_years: the period the plan is for, not the day it was issued), undated when none is known; a span of
    days ("01/5 - 15/5/2027") is due on its last (span_end)."""
    if cell and (end := span_end(cell)) != cell:
        due = _cell_due(end, doc_year, months)
        return replace(due, text=cell) if due else None
    due = parse_due(cell, doc_year, months) if cell else None
    if cell and not _dated(due):
        bare = HOUR.sub('', cell, count=1)
        if not re.search(YEAR, bare):
            month = parse_due(f"{_W['table']['limit']} {bare} {_YEAR_WORD} {_ANY_YEAR}")
            year = months.get(int(month.date[5:7])) if month and month.date else None
            if year is None:
                return due
            bare = f"{bare} {_YEAR_WORD} {year}"
        limited = parse_due(f"{_W['table']['limit']} {bare}", doc_year, months)
        due = Due(cell, limited.date, limited.every, limited.by_year) if limited and _dated(limited) else due
    return due


def _not_before(due: Due | None, issued: str) -> bool:
    """Whether a due falls on or after the day the document was issued (`issued`, ISO; "" when unknown): a date
    before it ("15/01/1980" in a member list) is no deadline the document sets."""
    if not issued or due is None or due.every:
        return True
    return due.date >= issued if due.date else due.by_year is None or due.by_year >= int(issued[:4])


def _own_date(doc: ParsedDocument) -> str:
    """The day a document was issued (ISO): its own, else, for a quy chế or quy định printing none, the day of the
    decision it was issued with (issued_with_date; its opening line or its title says which), whose year its yearly
    days ("Trước ngày 15 tháng 7 hằng năm, …") are first counted in. "" when neither is known."""
    return doc.meta.date or next((day for text in (doc.meta.title, *(c.text for c in doc.chunks[:2]))
                                  if (day := issued_with_date(unicodedata.normalize("NFC", text)))), "")


def _issued(doc: ParsedDocument) -> str:
    """The day a document was issued (_own_date), else the first day of the year before the earliest its title names
    ("Kế hoạch tổ chức Hội thi … năm 2027", maybe issued late in 2026): no deadline it sets precedes it. "" when
    neither is known."""
    years = re.findall(YEAR, doc.meta.title)
    return _own_date(doc) or (f"{min(map(int, years)) - 1}-01-01" if years else "")


def _data_columns(rows: list[list[str]], found: Bodies, doc_year: int | None, issued: str,
                  months: dict[int, int]) -> Columns:
    """The columns of a task table without a header row, read from its cells: the due column where most rows
    give a due not before the document (`issued`), the doer column where a row names a known body at a cell's
    start (the same column's other cells are doers as written), the content column the one of most words among
    the others. No column at all without a due column: a list of names, bodies and dates of birth is no task table."""
    width, column = len(rows[0]), {}
    dues = [[_cell_due(row[i], doc_year, months) for row in rows] for i in range(width)]
    dated = [sum(_dated(due) and _not_before(due, issued) for due in col) for col in dues]
    if not max(dated) or max(dated) * 2 < len(rows):
        return {}
    column["due"] = dated.index(max(dated))
    doers = [0 if i in column.values() else sum(bool(row[i]) and _doer_at_start(row[i], found) is not None
                                                for row in rows) for i in range(width)]
    if max(doers):
        column["doer"] = doers.index(max(doers))
    words = [0 if i in column.values() else sum(len(re.findall(r"[^\W\d_]+", row[i])) for row in rows)
             for i in range(width)]
    if max(words):
        column["content"] = words.index(max(words))
    return column


def _headless_tables(chunks: list[Chunk], found: Bodies, doc_year: int | None, issued: str,
                     months: dict[int, int]) -> dict[int, Columns]:
    """The columns of each row (by its index in `chunks`) of a table without a header row (the chunker's DATA_ROW
    chunks, one after another), read from the cells of all its rows at once (`_data_columns`)."""
    out: dict[int, Columns] = {}
    run: list[tuple[int, list[str]]] = []  # (index, cells) of the rows of the table being read
    for n, chunk in enumerate([*chunks, None]):
        headless = chunk is not None and chunk.kind == DATA_ROW
        cells = table_cells(unicodedata.normalize("NFC", chunk.text)) if headless else []
        if run and (not headless or len(cells) != len(run[0][1]) or chunk.position != chunks[run[-1][0]].position + 1):
            columns = _data_columns([row for _, row in run], found, doc_year, issued, months)
            out.update((i, columns) for i, _ in run)
            run = []
        if headless:
            run.append((n, cells))
    return out


def _without_paid_period(stated: str, due: Due | None) -> str:
    """`stated` with the period of its due blanked where it names what is paid ("hồ sơ hưởng trợ cấp xã hội hằng tháng
    …; hồ sơ được giải quyết trong thời hạn 15 ngày": a monthly allowance, not a task to do monthly); the time left is
    the one to act by."""
    if not (due and due.every):
        return stated
    for piece in (p for p in due.text.split("; ") if not re.search(r"\d", p)):
        after_paid = rf"(\b{alternation(_W['due']['paid'])}(?:\s+[^\W\d_]+){{0,4}}?\s+){re.escape(piece)}\b"
        stated = re.sub(after_paid, lambda m: m.group(1) + " " * len(piece), stated, flags=_I)
    return stated


def _table_row(column: Columns, row: str, found: Bodies, doc_year: int | None,
               months: dict[int, int]) -> Obligation | None:
    """The task a row of a task table states ("| 1 | Đại hội tổ công đoàn | Các tổ công đoàn | Trước
    ngày 28/02/2027 |" under "STT | Nội dung công việc | Đơn vị thực hiện | Thời hạn"): what (the row's
    cells but its number), who (the doer column, as written when it names no known body), when (the due
    column, a bare date there being the limit), where (the place column: "Hội trường A", a calendar event's place)."""
    cells = table_cells(row)
    if "content" not in column or not ({"doer", "due"} & column.keys()):
        return None
    what = cells[column["content"]]
    if len(what) < 4:
        return None
    doer_cell = cells[column["doer"]] if "doer" in column else ""
    actor = _doer_at_start(doer_cell, found) if doer_cell else None
    actor_json = _actor_json(actor) if actor else (
        {"name": doer_cell, "short": doer_cell, "bodies": []} if doer_cell else None)
    due = _cell_due(cells[column["due"]], doc_year, months) if "due" in column else None
    dated = _dated(due)
    if not dated and actor_json is None:
        return None
    quote = " — ".join(c for i, c in enumerate(cells) if c and not (i == 0 and _LABEL.match(c + ".")))
    kind = "report" if _REPORTS.search(what) else "deadline" if dated else "duty"
    return Obligation(kind=kind, due=due.to_json() if due else None, quote=quote, actor=actor_json,
                      recipient=_recipient(what, found), text=row,
                      place=cells[column["place"]] if "place" in column else "")


_CELL_FIGURE = re.compile(r"(\d[\d.,]*)\s*((?:%|[^\W\d_]+(?:\s+[^\W\d_]+){0,3})?)")


def _year_targets(row: str, lead: str, years: list[int | None], doc_year: int | None,
                  results: bool = False) -> list[Obligation]:
    """The targets a row of a targets-by-year table sets ("| Tỷ lệ che phủ rừng (%) | 65,2 | 65,4 | … |" under "Chỉ
    tiêu | Năm 2026 | Năm 2027 | …"): one per year column holding a figure, to be reached by that year, in the unit the
    row's cell of the unit column ("Đơn vị tính") or its label's brackets name (table_units.row_unit). A year before
    the document's, or one reached beside the plan's or under a heading of `results` (table_units.target_columns), is a
    result, not a target."""
    cells, header = table_cells(row), [c.strip() for c in lead.split("|")]
    if len(cells) != len(years):
        return []
    label = next((c for c, year in zip(cells, years) if year is None and LETTER.search(c)), "")
    unit = row_unit(cells, header, label)
    shown = "" if not unit or bracket_unit(label) else f"{'' if unit == '%' else ' '}{unit}"  # the label names none
    out: list[Obligation] = []
    for cell, year, named, aimed in zip(cells, years, header, target_columns(header, results)):
        stated = _CELL_FIGURE.fullmatch(cell.strip())  # "95%", "9 câu lạc bộ": a figure, maybe with its unit
        value = (figure(stated.group(1)) if stated and aimed and year is not None
                 and (doc_year is None or year >= doc_year) else None)
        if label and value is not None:
            due = Due(text=named, by_year=year)
            own = " ".join(stated.group(2).split())
            out.append(Obligation(kind="target", quote=f"{label} — {named}: {cell}{'' if own else shown}", text=row,
                                  due=due.to_json(),
                                  target=Target(text=cell, value=value, unit=own or unit, by_year=year).to_json()))
    return out


def _figures_row(cells: list[str]) -> bool:
    """A table row naming one thing beside figures ("Công đoàn cơ sở trường A | 120 | 125", maybe after its
    number): a count per body, which states no duty of that body."""
    worded = [c for c in cells if LETTER.search(c)]
    return len(worded) == 1 and any(c and not LETTER.search(c) for c in cells[1:])


_LEVEL_WORDS = {fold(w) for level in tables.lines("body_levels.txt") for w in level.split()}  # "các xã Đức Hòa"


def _only_names(sentence: str, found: Bodies) -> bool:
    """A line that only lists bodies ("- Bộ Quốc phòng; các Bộ, ngành liên quan.", "Ủy ban nhân dân các xã Đức Hòa,
    Hậu Nghĩa." — the places' own names in capitals, no word of what they do) states no duty itself."""
    rest = sentence
    for m in reversed(found.mentions(sentence)):
        rest = rest[:m.start] + " " + rest[m.end:]
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if fold(w) not in _LIST_FILLER]
    return (len(words) <= 2 or all(w[0].isupper() or fold(w) in _LEVEL_WORDS for w in words)) \
        and bool(found.mentions(sentence))


def _kind(sentence: str, due: Due | None, recipient: dict | None, actor: Actor | None,
          targets: list, issued: str = "") -> str | None:
    """What the sentence states, if anything: a report, a target, a deadline, a duty. A day set as a limit
    ("… trước ngày 05/12/2026") after the document's own date (`issued`, YYYY-MM-DD) is a deadline even when
    its doer is no known body ("Tổ trưởng công đoàn cập nhật … trước ngày …", "Thời gian hoàn tất: trước ngày
    …"); one before it ("hoạt động cách mạng trước ngày 01/01/1945") is a reference."""
    # "trình Thủ tướng …" too; not "gửi các công đoàn cơ sở": sent down to the units (a task)
    reports = _REPORTS.search(sentence) or recipient and not _SENT_DOWN.search(sentence)
    if reports and (actor or recipient) and (recipient or due or any(w in sentence for w in _W["report"]["results"])):
        return "report"
    if targets:
        return "target"
    if _dated(due) and (actor or DUTY_WORDS.search(sentence) or due.every and due.date
                        and _limit_part(due) is not None
                        and not _span_end(sentence, due)):
        return "deadline"  # a limit day that recurs ("chậm nhất ngày 30 của tháng cuối quý", "nộp theo tháng, chậm
        # nhất ngày 05") is a deadline by itself;
        # not the end of the span a period is counted over ("Báo cáo quý được tính từ ngày 15 … đến ngày 14 …")
    if due and due.after and (actor or _AT_LEAST.search(due.text) or _SETS_LIMIT.match(due.text)
                              or _SPEAKS_OF_LIMIT.search(due.text)):
        return "deadline"  # "chậm nhất 05 ngày làm việc sau khi …": a limit, counted from an event (no date set); a
        # lead time ("công khai … trước khi thu ít nhất 05 ngày làm việc") or a limit said as one ("Hồ sơ nộp … trong
        # thời hạn 06 tháng kể từ ngày …", "… chậm nhất 24 giờ sau khi …") is one whoever acts
    if actor:
        return "duty"
    if due and due.date and issued and due.date > issued and not _span_end(sentence, due) \
            and not _event_day(sentence, due):
        return "deadline"  # not "Thời gian: Hội thao diễn ra vào ngày 24/4/2027": when an event takes place
    return None


# "từ ngày 01/10/2026 đến …", "từ ngày 15 của tháng trước kỳ báo cáo đến …": a span's start, then its end
_WINDOW = re.compile(rf"{_TABLE['due'].pattern}\s+[^:;.]{{1,60}}:", _I)  # "Thời gian nhận hồ sơ:", not "Thời gian:"
_SPAN_FROM = re.compile(rf"\b{alternation(_W['due']['range_from'])}\s+[^;:]{{0,40}}?\d[^;:\d]{{0,30}}$", _I)
_SCOPE = re.compile(rf"^{alternation(_N['scope'])}\s*:", _I)
_KIND_NAMES = alternation([row[1] for row in tables.rows("document_kinds.tsv") if len(row) > 1 and row[1]])
# "Chỉ thị này có hiệu lực …", "Quyết định số 12/QĐ-UBND ngày … hết hiệu lực …": a text, then whether it is in force
_DOCUMENT_START = re.compile(rf"^(?:{_KIND_NAMES})\b", _I)
_IN_FORCE = re.compile(rf"^(?:{_KIND_NAMES})\b[^,;:]{{0,120}}?\s{alternation(_N['in_force'])}\b", _I)
_DIFFICULTIES = re.compile(rf"\b{alternation(_N['difficulties'])}\b", _I)


_FIGURE_START = re.compile(r"^\s*\d[\d.,]*\s+[^\W\d_]")
_AMOUNT_START = re.compile(rf"^\s*\d[\d.,]*\s*{alternation(_N['money'])}\b", _I)


def _sentences(pieces: list[str]) -> list[str]:
    """The sentences and ";"-clauses of split_sentences with a piece opening in a small letter put back on the one
    before it: "…; đồng thời tập trung …", "…; đẩy nhanh tiến độ …" go on the sentence of their doer (split_sentences
    takes "đ", "ư" and any marked small letter for a capital), which _clauses cuts where a clause has its own."""
    out: list[str] = []
    for piece in pieces:
        if out and piece[:1].islower() and not _LABEL.match(piece):  # not "đ." / "đ) …", an item's label
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _amounts_joined(sentences: list[str]) -> list[str]:
    """The ";"-clauses that only go on with another amount ("Ban Tài chính … hỗ trợ kinh phí đại hội: 3.000.000
    đồng/CĐCS tổ chức đại hội đại biểu; 2.000.000 đồng/CĐCS tổ chức đại hội toàn thể") joined to the clause before
    them: one duty with all its amounts, not the first alone; so do those going on with a figure to reach ("Phấn đấu
    … đạt 300.000 lượt khám bệnh; 32.500 lượt điều trị nội trú; …": each a target, parse_targets)."""
    out: list[str] = []
    for sentence in sentences:
        if out and out[-1].rstrip().endswith(";") and (
                _AMOUNT_START.match(sentence) or _FIGURE_START.match(sentence) and reaches(out[-1])):
            out[-1] = f"{out[-1].rstrip()} {sentence.strip()}"
        else:
            out.append(sentence)
    return out


_UNIT_ACT_OPENS = re.compile(rf"^{alternation(_W['doer']['unit_acts'])}\b", _I)  # "Đăng ký …", not "Báo cáo quý …"


def _span_end(sentence: str, due: Due) -> bool:
    """Whether the day a due names ends a span the sentence opens with "từ …" ("trong khoảng thời gian từ ngày
    01/10/2026 đến ngày 31/3/2027": whom a rule covers, no limit). Not the span a line labelled with its time states
    ("Thời gian nhận hồ sơ: từ ngày 02/12/2026 đến hết ngày 31/12/2026", the labels of a due column, [table] due): the
    window something is done in, which closes at its end; so is one an act labels, opens or follows ("Bán và tiếp nhận
    hồ sơ: từ … đến 17 giờ ngày 01/7/2027", "Đăng ký trực tuyến tại … từ ngày 10/7 đến hết ngày 31/8/2027", "Từ ngày
    29/6 đến ngày 01/7/2027, nộp vào tài khoản …": a notice's schedule)."""
    said = _limit_part(due) or due.text
    at = sentence.find(said)
    if at <= 0 or not _SPAN_FROM.search(sentence[:at]):
        return False
    bare = _LABEL.sub("", sentence, count=1)
    label, colon, _ = bare[:at].partition(":")
    return not (_WINDOW.match(bare) or colon and _OWED.search(label) or _UNIT_ACT_OPENS.match(bare)
                or _OWED.match(sentence[at + len(said):].lstrip(" ,")))


def _limit_part(due: Due) -> str | None:
    """The phrase of a due that sets a limit day: its whole when it opens with one ("vào ngày 05 hằng tháng"), else a
    later phrase ("chậm nhất ngày 05" of "theo tháng; chậm nhất ngày 05") that is not the day an event is held on ("vào
    ngày 25" of "hằng tháng; vào ngày 25"); None when none does."""
    if _SETS_LIMIT.match(due.text):
        return due.text
    return next((part for part in due.text.split("; ") if _SETS_LIMIT.match(part) and not _ON_DAY.match(part)), None)


def _enacts_itself(sentence: str, kind: str) -> bool:
    """Whether a sentence is the enacting formula of the text itself ("Bộ trưởng … ban hành Thông tư hướng dẫn …" in a
    thông tư): who enacts, "ban hành", then the document's own kind, with no time. Not a task opening with the verb
    ("Ban hành Kế hoạch và chỉ đạo … tổ chức thực hiện" in a kế hoạch)."""
    enacts = re.search(rf"\b{alternation(_N['enacts_own'])}\s+{re.escape(kind)}\b", sentence, _I) if kind else None
    return enacts is not None and bool(_LABEL.sub("", sentence[:enacts.start()], count=1).strip()) \
        and not _dated(parse_due(sentence))


def _clauses(sentence: str, found: Bodies) -> list[str]:
    """A sentence cut where a ";"-clause sets a time of its own for another doer or thing: one that opens with its
    own doer ("Giao Chủ tịch CĐCS phổ biến …; các tổ trưởng công đoàn gửi báo cáo … trước ngày …": the report is the
    leaders'), or one after clauses that state a target and no time ("Thu đoàn phí đạt 100% kế hoạch; nộp … chậm
    nhất ngày 30 của tháng cuối quý": the limit is the payment's, not the target's), or one that names another day
    than the clauses before it. Else the whole sentence."""
    out: list[str] = []
    for clause in re.split(r"(?<=;)\s+", sentence):
        if out and not _own_clause(out[-1], clause, found):
            out[-1] = f"{out[-1]} {clause}"
        else:
            out.append(clause)
    out = [c.rstrip(" ;") for c in out[:-1]] + out[-1:]  # a clause cut off ends without its ";"
    return [part for clause in out for part in _doers_apart(clause, found)]


def _doers_apart(clause: str, found: Bodies) -> list[str]:
    """A clause cut at a comma after which another body acts, when the clause opens with a body that acts too
    ("Công đoàn cơ sở báo cáo kết quả …, Ban Tài chính quyết toán kinh phí …": two bodies, two duties); a time
    labelling the clause ("Trước ngày 28/02/2027: …") is each part's. Not a list of bodies before one verb ("Sở Y tế,
    Sở Giáo dục và Đào tạo phối hợp …": the first opens no act of its own)."""
    label = _TIME_LABEL.match(clause)
    time = label.group(0) if label and _dated(parse_due(label.group(0))) and not found.mentions(label.group(0)) else ""
    out: list[str] = []
    for piece in re.split(r"(?<=,)\s+", clause[len(time):]):
        if out and _acts(out[-1].rstrip(" ,"), found) and _acts(piece, found, then=True):
            out[-1] = out[-1].rstrip(" ,")
            out.append(piece)
        elif out:
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return [f"{time}{part}" for part in out] if len(out) > 1 else [clause]


_TIME_LABEL = re.compile(r"^[^:,;]{3,60}:\s*")


def _acts(text: str, found: Bodies, then: bool = False) -> bool:
    """Whether `text` opens with a body followed by an act of its own: a verb of a task or a time to act by, naming
    no other body than the one it reports to (not "… phối hợp với Sở Nội vụ", "… chỉ đạo các liên đoàn lao động cấp
    huyện": a partner or an object, no second doer), asking or assigning no one ("… yêu cầu Thủ trưởng các cơ quan":
    whom it asks are a list), not a label ("Ủy ban nhân dân tỉnh: …"). `then`: a second body's act after a first's
    needs no word of a task ("…, Ban Tài chính quyết toán kinh phí")."""
    actor = _doer_at_start(text, found, acting=True)
    if actor is None or not actor[1] or _ASK.search(text) or _ASSIGN.search(text):
        return False
    after = text[actor[1][-1].end:]
    if after.lstrip().startswith(":") or len(re.findall(r"[^\W\d_]+", after)) < 2:
        return False
    reports = bool(_REPORT_VERB.search(after) or _REPORTS.search(after))
    if any(not (reports and _TO.search(after[:m.start])) for m in found.mentions(after)):
        return False
    return then or bool(_OWED.search(after) or _ROLE_ACTS.search(f" {after}") or _dated(parse_due(after)))


def _own_clause(before: str, clause: str, found: Bodies) -> bool:
    """Whether `clause`, after the ";"-clauses `before`, is an obligation of its own (`_clauses`): one with a time of
    its own, or one that gives a task to another body ("Giao Ủy ban nhân dân tỉnh tổ chức thực hiện …; giao Sở Nội vụ
    chủ trì …": each body its own)."""
    if _ASSIGN.match(clause) and _assigned(clause, found):
        return True
    due = parse_due(clause)
    if not _dated(due):
        return False
    earlier = parse_due(before)
    if due.date and not due.every and _dated(earlier) and (earlier.every or earlier.date != due.date):
        return True  # "Tổ chức … trong tháng 5/2027; tổ chức Hội thao … trong quý III/2027": two tasks, two times
    if parse_targets(before):
        return not parse_targets(clause) and not _dated(parse_due(before))
    return bool(_doer_at_start(clause, found, acting=True) or _person_doer(clause, found))


_NOT_YET = re.compile(rf"\b{alternation(_W['due']['not_yet'])}\b", _I)
_CLAUSE_START = re.compile(rf"^[\s),;]*(?:{alternation(_W['doer']['join'])}\s+)?", _I)


def _lapsed(sentence: str, found: Bodies, doc_year: int | None) -> list[tuple[str, Actor, Due]]:
    """What a sentence says is still not done by a limit it states as a fact ("Tuy nhiên, còn 06 công đoàn cơ sở chưa
    nộp đủ … (hạn nộp là ngày 30/9/2026) và 03 công đoàn cơ sở chưa gửi … (hạn gửi là ngày 31/7/2026)", a công văn
    đôn đốc's narrative): each clause up to its limit, the body that has not done it, the limit — past or not. The
    caller keeps those of a limit still to come when the letter was written: one already past is the narrative of what
    was missed, the letter's own request ("đề nghị … nộp trước ngày 15/12/2026") the duty."""
    out: list[tuple[str, Actor, Due]] = []
    start = 0
    for begin, end, due in stated_limits(sentence, doc_year):
        start = max(start, sentence.rfind(";", start, begin) + 1)
        start += _CLAUSE_START.match(sentence[start:]).end()
        clause_end = end + 1 if sentence[end:end + 1] == ")" else end
        clause = sentence[start:clause_end]
        not_yet = _NOT_YET.search(clause)
        named = [m for m in found.mentions(clause) if not_yet and m.end <= not_yet.start()]
        if named:
            first = next(i for i, m in enumerate(named) if i == 0 or not _JOIN.match(clause[named[i - 1].end:m.start]))
            chain = _chain(clause, named, first)
            out.append((clause.strip(), (clause[chain[0].start:chain[-1].end], chain), due))
        start = clause_end
    return out


def _heading_period(section: str, doc_year: int | None, months: dict[int, int]) -> Due | None:
    """The time the deepest heading above a passage names, when it is about nothing else ("Quý III/2027",
    "Tháng 3/2027:", "Các hoạt động trong quý I/2027") or about what is to be done in it ("PHƯƠNG HƯỚNG NHIỆM VỤ 6
    THÁNG CUỐI NĂM 2026"): when the items under it that name none of their own are due. Not a heading stating a
    condition with a date ("1.2. Đang sinh sống … trước ngày 15 tháng 6 năm 2013")."""
    for part in reversed(section.split(SECTION_SEP) if section else []):
        heading = _LABEL.sub("", part.strip(), count=1)
        due = half_of_year(heading, doc_year) or _cell_due(heading, doc_year, months)
        if due and due.date and not due.every and (len(heading.replace(due.text, " ").split()) <= PERIOD_HEADING_WORDS
                                                   or _DIRECTION_HEADING.match(heading)):
            return Due(text=due.text, date=due.date)
    return None


def _tells_done(sentence: str, found: Bodies, doc_year: int | None) -> bool:
    """Whether a sentence says what its body has or has not done ("Công đoàn cơ sở Công ty A đã hoàn thành …", "Còn 5
    đơn vị chưa nộp báo cáo …"): "đã"/"chưa" right after the body it opens with (and the body's own name), or after a
    count of bodies. Not one stating a limit missed ("… chưa nộp (hạn nộp là ngày 30/9/2026)"): what is overdue is
    still owed (_lapsed)."""
    if stated_limits(sentence, doc_year):
        return False
    if counted := _COUNTED_DONE.match(sentence):
        return not _acts_after(sentence[counted.end() - 1:])
    actor = _subject(sentence, found)
    if not (actor and actor[1]):
        return False
    after = sentence[actor[1][-1].end:].lstrip()
    words = after[_TERM.match(after).end() if _TERM.match(after) else 0:].split()
    named = bool(words) and words[0][0].isupper()  # the body's own name, opening with a capital, may come first
    for k in range(min(_NAME_WORDS, len(words)) + 1 if named else 1):
        if done := _DONE_START.match(rest := " ".join(words[k:])):
            return not _acts_after(rest[done.end() - 1:])
        if k < len(words) and words[k].endswith((",", ";", ":")):
            break
    return False


def _acts_after(clause: str) -> bool:
    """Whether the "đã/chưa + verb" before `clause` (which opens with that verb) is a relative clause naming which
    bodies act, the directive's own predicate following it ("Các công đoàn cơ sở đã đăng ký tham gia gửi danh sách
    …"): the verb's first two words are passed over (its own syllables, or its object: "chưa nộp báo cáo"). The
    predicate follows the clause with no comma: one after a comma or ";" is another thing done ("Sở … đã ban hành
    văn bản, tổ chức hội nghị; phối hợp Sở Y tế tập huấn …", a report's list)."""
    return bool(_THEN_ACTS.search(" ".join(re.split(r"[,;]", clause, maxsplit=1)[0].split()[2:])))


def _tells_result(sentence: str, in_results: bool, issued: str, doc_year: int | None, found: Bodies) -> bool:
    """Whether a sentence tells what was done or reached rather than what must be: one opening with a day on or before
    the document's own ("Ngày 14 tháng 11 năm 2026, tại …, đồng chí … chủ trì cuộc họp …"); else, when no word
    directs (a duty word, "đề nghị", "phấn đấu", a limit), one under a heading of results ("I. KẾT QUẢ THỰC HIỆN")
    or one with words of a figure reached ("mới đạt 61%", "so với cùng kỳ", "đã kết nạp mới 186 đoàn viên")."""
    opened = opening_date(sentence, doc_year)
    if opened and issued and opened <= issued:
        return True
    if DUTY_WORDS.search(sentence) or _ASK.search(sentence) or _DIRECTS.search(sentence):
        return False
    return in_results or bool(_REACHED.search(sentence) or _PAST_FIGURE.search(sentence)) \
        or _tells_done(sentence, found, doc_year)


def _heading_text(part: str) -> str:
    """A heading's words without its label ("Điều 1.", "Chương II", "II.", "1.2.", "a)")."""
    m = heading_match(part.strip())
    return m.rest if m and m.kind in DIVISIONS else _LABEL.sub("", part.strip(), count=1)


def _target_year(section: str) -> Due | None:
    """The year the deepest target heading above a passage names ("Điều 2. Chỉ tiêu chủ yếu năm 2027"): the targets
    under it that name no time of their own are to be reached by its end, as under a "Đến năm 2025:" line."""
    for part in reversed(section.split(SECTION_SEP) if section else []):
        heading = _heading_text(part)
        if _TARGET_HEADING.search(heading):
            return year_named(heading)
    return None


def _duty_heading(text: str, found: Bodies) -> bool:
    """Whether a line read as a heading is a whole sentence in which a body acts by a time or by a duty word
    ("4. Ban Tuyên giáo … tuyên truyền Chỉ thị … trong tháng 11/2026.", a chỉ thị's last numbered item, after items
    that head lists): the duty it states. Not a heading that names the bodies the items under it are for."""
    line = _LABEL.sub("", text.strip(), count=1)
    return ("\n" not in line and line.endswith(".") and (_dated(parse_due(line)) or bool(DUTY_WORDS.search(line)))
            and _subject(line, found) is not None)


PERIOD_HEADING_WORDS = 3  # words besides the time a heading naming a period may hold ("Các hoạt động trong")


def _heading_targets(section: str, position: int, read: set[str]) -> list[Obligation]:
    """Targets a heading states itself: a short numbered sentence among targets is read as the heading of
    the item after it ("II. CHỈ TIÊU › 1. Phát triển mới ít nhất 15 đoàn viên trong năm 2027."), so no
    passage holds it. Each heading once, cited at the first passage under it."""
    out: list[Obligation] = []
    parts = section.split(SECTION_SEP) if section else []
    for depth in range(1, len(parts)):
        path = SECTION_SEP.join(parts[:depth + 1])
        heading = _LABEL.sub("", parts[depth].strip(), count=1)
        if path in read or not heading.endswith(".") or not _TARGET_HEADING.search(SECTION_SEP.join(parts[:depth])):
            continue
        read.add(path)
        year = _target_year(SECTION_SEP.join(parts[:depth]))
        for clause, target in parse_targets(heading, year.by_year if year else None):
            due = parse_due(clause) or year
            out.append(Obligation(kind="target", quote=clause, chunk_position=position, section=path, text=heading,
                                  due=due.to_json() if due else None, target=target.to_json()))
    return out


def _heading_duties(section: str, position: int, read: set[str], found: Bodies,
                    doc_year: int | None, own_months: dict[int, int]) -> list[Obligation]:
    """Duties a heading states itself (_duty_heading): a chỉ thị's last numbered item, a whole sentence, after
    numbered items that head lists ("3. Ban Chính sách - Pháp luật …: a) … b) …", then "4. Ban Tuyên giáo … tuyên
    truyền … trong tháng 11/2026.") is read as the heading of what follows, so no passage holds it. Each once (`read`:
    their sentences), cited at the first passage under it, or at itself when too long to show in a path."""
    out: list[Obligation] = []
    parts = section.split(SECTION_SEP) if section else []
    for depth, part in enumerate(parts):
        line = _LABEL.sub("", part.strip(), count=1)
        if line in read or not _duty_heading(part, found):
            continue
        read.add(line)
        actor, due, recipient = _doer(line, found), parse_due(line, doc_year, own_months), _recipient(line, found)
        kind = _kind(line, due, recipient, actor, [])
        if kind:
            out.append(Obligation(kind=kind, quote=line, chunk_position=position,
                                  section=SECTION_SEP.join(parts[:depth + 1]), text=part.strip(),
                                  actor=_actor_json(actor), recipient=recipient, due=due.to_json() if due else None))
    return out


def _from_period_start(out: list[Obligation], doc: ParsedDocument) -> None:
    """A recurring item naming no day, in a document whose period begins after the year it was issued (a programme
    "giai đoạn 2027 - 2030" issued in 2026: "khám sức khỏe … hằng năm"), falls due first at the end of the first period
    of that period's first year, not of the year it was issued."""
    start = period_start(doc.meta.title)
    if start is None or doc.meta.year is None or start <= doc.meta.year:
        return
    for o in out:
        if o.due and o.due.get("every") and not o.due.get("date"):
            o.due = {**o.due, "date": first_period_end(o.due["every"], start)}


def extract_obligations(doc: ParsedDocument) -> list[Obligation]:
    found = bodies().with_abbreviations(doc.glossary)
    own_date = _own_date(doc)
    doc_year = int(own_date[:4]) if own_date else None
    out: list[Obligation] = []
    period: tuple[str, int] | None = None  # a "Đến năm 2025:" line over the targets after it
    period_section = ""
    # A paragraph that only names a body ("1.1. Ủy ban nhân dân Thành phố:") heads the items after it.
    paragraph_doer: Actor | None = None
    paragraph_section = ""
    in_parts = False  # inside the items of "…, bao gồm:" (documents, parts): things, not duties
    headings_read: set[str] = set()
    duty_headings_read: set[str] = set()
    # a table's header row ("| Nội dung | Đơn vị thực hiện | Thời hạn |"): a row that is the lead-in its rows carry
    rows = [c for c in doc.chunks if c.text.lstrip().startswith("|")]
    table_headers = ({unicodedata.normalize("NFC", c.lead).strip() for c in rows}
                     & {" | ".join(cell for cell in table_cells(unicodedata.normalize("NFC", c.text)) if cell)
                        for c in rows})
    months = month_years(doc.meta.title, own_date)
    own_months = title_months(doc.meta.title, doc_year)  # a one-off day's year unwritten: the one the text is for
    headless = _headless_tables(doc.chunks, found, doc_year, _issued(doc), months)
    issuer: Actor = _doer_at_start(doc.meta.issuer, found) or (doc.meta.issuer, [])  # "LĐLĐ huyện Bình Sơn"
    minutes = doc.meta.kind.lower() in _MINUTES_KINDS  # its labelled lines record the meeting (_MINUTES_RECORD)
    reporting = doc.meta.kind.lower() in _OWN_TASKS_KINDS  # a báo cáo: its proposals ask, they give no duty
    letter_to = _addressed_actor(addressees(doc.chunks), found)  # "Kính gửi: …": whom "các đơn vị" means
    for n, chunk in enumerate(doc.chunks):
        text = unicodedata.normalize("NFC", chunk.text)
        # a heading is read in the section of the items under it (_heading_doer, _heading_targets, _heading_duties)
        if chunk.kind == "heading":
            whole = SECTION_SEP.join(p for p in (unicodedata.normalize("NFC", chunk.whole_section), text) if p)
            out.extend(_heading_duties(whole, chunk.position, duty_headings_read, found, doc_year, own_months))
        if _RECIPIENTS_BLOCK.match(text) or chunk.kind in CLOSING_KINDS or chunk.kind == "heading":
            continue
        out.extend(_heading_targets(unicodedata.normalize("NFC", chunk.section), chunk.position, headings_read))
        out.extend(_heading_duties(unicodedata.normalize("NFC", chunk.whole_section), chunk.position,
                                   duty_headings_read, found, doc_year, own_months))
        lead = unicodedata.normalize("NFC", chunk.lead).strip()
        if addressed_end(lead):
            continue  # an item under "Kính gửi:": whom the letter is sent to, no duty of theirs
        if (text.lstrip().startswith("|") and lead not in table_headers
                and " | ".join(c for c in table_cells(text) if c) in table_headers):
            continue  # the first row, naming the columns: no task of its own
        # "Giám đốc Sở … có trách nhiệm:" over its items: the doer of the items that name none
        lead_doer = letter_to if letter_to and _means_addressees(lead) else _items_doer(lead, found)
        if lead:  # a short lead-in is no chunk of its own: the items it introduces carry it
            lead_period = _PERIOD_ONLY.match(lead)
            if lead_period:
                period, period_section = (lead.rstrip(":"), int(lead_period.group(1))), chunk.section
            elif _PARAGRAPH_HEADING.match(lead) and _only_names(lead, found):
                paragraph_doer, paragraph_section = _doer_at_start(lead.rstrip(":"), found), chunk.section
        is_row = text.lstrip().startswith("|")
        columns = _header_columns(lead, len(table_cells(text))) if is_row and lead else None
        years = year_columns(lead.split("|")) if is_row and lead and not columns else None
        if years and (_TARGET_HEADING.search(chunk.section) or _TARGET_HEADING.match(lead)):
            top = _heading_text(chunk.section.split(SECTION_SEP)[0]) if chunk.section else ""
            by_year = _year_targets(text, lead, years, doc_year, bool(_RESULTS_HEADING.match(top)))
            for target in by_year:
                target.chunk_position, target.section = chunk.position, chunk.whole_section
            out.extend(by_year)
            if by_year:
                continue
        row = _table_row(columns or headless.get(n, {}), text, found, doc_year, months) if is_row else None
        if row is not None:
            row.chunk_position, row.section = chunk.position, chunk.whole_section
            out.append(row)
            continue
        if in_parts and not _PARAGRAPH_HEADING.match(text):
            in_parts = text.rstrip().endswith((";", ","))
            continue
        in_parts = bool(_PARTS_LEAD.search(text))
        only = _PERIOD_ONLY.match(text)
        if only:
            period, period_section = (text.strip().rstrip(":"), int(only.group(1))), chunk.section
            continue
        if chunk.section != period_section:
            period = None
        if chunk.section != paragraph_section:
            paragraph_doer = None
        if _PARAGRAPH_HEADING.match(text):
            paragraph_doer = _doer_at_start(text.strip().rstrip(":"), found) if _only_names(text, found) else None
            paragraph_section = chunk.section
            continue
        heading = paragraph_doer or _heading_doer(chunk.section, found) \
            or _owner_doer(unicodedata.normalize("NFC", chunk.section), found) \
            or (issuer if _directs_itself(doc, chunk.section) else None)
        article = _article_doer(unicodedata.normalize("NFC", chunk.section), found)
        planned = issuer if heading is None and _plans_itself(doc, chunk.section) else None
        # under "I. MỤC ĐÍCH, YÊU CẦU": aims, not duties — but a line there setting a day to act by ("Kiện toàn Ban Chỉ
        # huy … trước ngày 31 tháng 01 năm 2027", a chỉ thị's "1. Yêu cầu chung") is a task
        purpose = heading is None and bool(
            _PURPOSE_HEADING.search(chunk.section.split(SECTION_SEP)[0] if chunk.section else ""))
        last_heading = chunk.section.split(SECTION_SEP)[-1] if chunk.section else ""
        eligible = bool(_ELIGIBLE_HEADING.match(_heading_text(last_heading)))  # who a rule favours, no duties
        proposals = reporting and any(_PROPOSAL_HEADING.search(_heading_text(part))
                                      for part in chunk.section.split(SECTION_SEP))
        period_heading = _heading_period(chunk.section, doc_year, months)
        yearly = _YEARLY_HEADING.search(last_heading)
        in_targets = bool(_TARGET_HEADING.search(chunk.section))
        target_year = _target_year(chunk.section)
        previous: Actor | None = None
        addressee: Actor | None = None
        # A passage that starts in lower case continues a sentence the layout cut: already counted.
        said = text.split("\n", 1)[1] if addressed_end(text) and "\n" in text else \
            "" if addressed_end(text) else text
        figures_row, row_doer = False, None
        if said.lstrip().startswith("|"):  # a row of a table that is no task table: its cells, not its bars
            cells = table_cells(said)
            figures_row = _figures_row(cells)
            said = " — ".join(c for c in cells if c)
            # a targets table's "Cơ quan chủ trì" column: each row's target is that body's (as written when no table
            # names it), not the issuer's
            doer_cell = cells[columns["doer"]] if columns and "doer" in columns else ""
            row_doer = (_doer_at_start(doer_cell, found) or (doer_cell, [])) if LETTER.search(doer_cell) else None
        unlabelled = _LABEL.sub("", _BULLET.sub("", said, count=1), count=1)
        top = _heading_text(chunk.section.split(SECTION_SEP)[0]) if chunk.section else ""
        in_results = bool(_RESULTS_HEADING.match(top))
        sentences = [s for s in _sentences(split_sentences(said)[1 if unlabelled[:1].islower() else 0:])
                     if not _tells_result(_LABEL.sub("", s.strip(), count=1), in_results, own_date,
                                          doc_year, found)]
        clauses = [c for s in _amounts_joined(sentences)
                   for c in _clauses(_BULLET.sub("", s.strip(), count=1).strip(), found)]
        labelled = None if minutes else next((a for c in clauses if (a := _labelled_doer(c, found))), None)
        for sentence in clauses:
            if len(sentence) < 12 or not sentence[0].isalnum() or DOER_LABEL_RE.match(sentence):
                continue
            if minutes and (_MINUTES_RECORD.match(_LABEL.sub("", sentence, count=1))
                            or _MINUTES_SAID.match(_LABEL.sub("", sentence, count=1))
                            and not _asks_by_a_day(sentence, found, doc_year)):
                continue  # "Thư ký: đồng chí …", "Có mặt 7/9 ủy viên", "Đồng chí Chủ tịch thông qua …": what the
                # meeting was and heard, not what it decided
            if _only_names(sentence, found) or sentence == sentence.upper():
                continue  # a list of bodies, or a line in capitals (a signature's roles): no duty of its own
            lapsed = _lapsed(sentence, found, doc_year)
            for clause, lapsed_actor, lapsed_due in lapsed:
                if not _not_before(lapsed_due, own_date):
                    continue  # "(hạn nộp là ngày 31/10/2026)" in a letter of 02/12/2026: what was missed, told
                out.append(Obligation(kind=_kind(clause, lapsed_due, _recipient(clause, found), lapsed_actor, []) or
                                      "deadline", due=lapsed_due.to_json(), quote=clause, chunk_position=chunk.position,
                                      section=chunk.whole_section, text=text, actor=_actor_json(lapsed_actor),
                                      recipient=_recipient(clause, found)))
            if lapsed:
                continue
            person = _person_doer(_LABEL.sub("", sentence, count=1), found)
            own = letter_to if letter_to and _means_addressees(sentence) else \
                _doer(sentence, found) or ((person, []) if person else None)
            if proposals and own and _ASK.match(_LABEL.sub("", sentence, count=1)):
                continue  # "Đề nghị Bộ Nội vụ hỗ trợ …" under "KIẾN NGHỊ, ĐỀ XUẤT": the issuer's request, no duty here
            if sentence.endswith(":") and not own:
                continue  # the lead-in of a list ("Hướng dẫn và tiếp nhận hồ sơ:"): the items say the duties
            if not own and _FUNDING.match(_LABEL.sub("", sentence, count=1)):
                continue  # "Nguồn kinh phí: Ngân sách … bố trí hằng năm": where the money comes from
            if not own and ":" in sentence and _PARTS_LEAD.search(sentence.partition(":")[0] + ":"):
                continue  # "Hồ sơ gồm: đơn đề nghị …; bản sao …": the parts of a thing, not a duty
            if _enacts_itself(sentence, doc.meta.kind) or _DIFFICULTIES.search(sentence) or _SCOPE.match(sentence):
                continue
            if _IN_FORCE.match(_LABEL.sub("", sentence, count=1)) and not DUTY_WORDS.search(sentence):
                continue  # "Chỉ thị này có hiệu lực kể từ ngày ký và thay thế Chỉ thị số 04/CT-UBND …": no duty
            consequence = _CONSEQUENCE.search(sentence)
            # "… không gửi báo cáo trước ngày 20/12 sẽ bị trừ điểm thi đua": the time to act by is stated before the
            # sanction; a time the sanction names ("sẽ bị kiểm tra trong quý II") is none
            stated = sentence[:consequence.start()] if consequence else sentence
            # "thay vì", "vì vậy" blanked to the same length: their "vì" is no cause
            if because := _BECAUSE.search(_NOT_BECAUSE.sub(lambda m: " " * len(m.group(0)), stated)):
                stated = stated[:because.start()]  # "… vì đơn hàng quý I năm 2027 giảm": the cause's time, no limit
            if consequence and not DUTY_WORDS.search(sentence) and not _dated(parse_due(stated, doc_year, own_months)):
                continue  # "… sẽ bị đưa vào danh sách kiểm tra": a sanction for not complying, no duty
            # a contact line is no task, but a duty with a date that names a phone or mail ("… gửi kết quả trước
            # ngày 15/7/2027, liên hệ 0260 3822 123"; "thông báo số đường dây nóng … trước ngày 30/6/2027") is one
            if _CLOSING.search(sentence) or (_CONTACT.search(sentence)
                                             and not _dated(parse_due(stated, doc_year, own_months))):
                if own and _ASK.search(sentence):
                    addressee = own  # "Trên đây là …, đề nghị CĐGD các cấp triển khai": whom the rest asks
                continue
            # the body an article is of ("Điều 9. Đồn Biên phòng …") owes its items that name none — not one saying
            # what a body it opens with is or may do ("Công đoàn cơ sở là …", "… được sử dụng …": no act)
            actor = own or row_doer or previous or labelled or lead_doer or addressee or heading or (
                article if not _doer_at_start(_LABEL.sub("", sentence, count=1), found) else None)
            if own:
                previous = own
            due = parse_due(stated, doc_year, own_months)
            if purpose and not (due and due.date and _not_before(due, own_date)):
                continue
            if due and due.every and not due.date and _PAID.search(sentence) and not _REPORTS.search(sentence) \
                    and not _SPEAKS_OF_LIMIT.search(sentence):
                due = None  # "chi trả trợ cấp … hằng tháng": how often money is paid, no time to act by
            elif (unpaid := _without_paid_period(stated, due)) != stated:
                due = parse_due(unpaid, doc_year, own_months)
            targets = parse_targets(sentence, period[1] if period else target_year.by_year if target_year else None) \
                if (in_targets or states_goal(sentence)) else []
            if not _dated(due) and targets and period:  # "khám sức khỏe định kỳ" says no time: the heading's
                due = Due(text=period[0], by_year=period[1])
            elif not _dated(due) and targets and target_year:
                due = target_year
            if not _dated(due) and period_heading:
                due = period_heading
            if not _dated(due) and yearly and (in_targets or heading):
                due = Due(text=yearly.group(0), every="year")
            recipient = _recipient(sentence, found)
            kind = _kind(sentence, due, recipient, actor, targets, own_date)
            owner = planned if actor is None else None  # a task of the plan's own, naming no doer: the issuer's
            activity = owner is not None and bool(_ACTIVITY.match(_LABEL.sub("", sentence, count=1)))
            if kind is None and owner is not None and (activity or due is not None and due.after
                                                       and bool(_SPEAKS_OF_LIMIT.search(sentence))):
                # or a limit stated, counted from an event ("hồ sơ được giải quyết trong thời hạn 15 ngày kể từ …")
                kind = _kind(sentence, due, recipient, owner, targets, own_date)
            if kind is None or kind == "duty" and (figures_row or eligible and own is None):
                continue  # "Sinh viên là con liệt sĩ, con thương binh;" under "Điều 2. Đối tượng được ưu tiên …"
            if kind in ("duty", "deadline") and own is None and not activity and _STATES.match(sentence) \
                    and not DUTY_WORDS.search(sentence) and not _dated(parse_due(stated, doc_year)):
                continue  # what a figure is, with no time of its own (one from the heading is no duty's)
            bare = _LABEL.sub("", sentence, count=1)
            if kind in ("duty", "deadline") and _BUDGET.match(bare) and _STATES.match(bare) \
                    and not DUTY_WORDS.search(sentence) and not _dated(parse_due(stated, doc_year)):
                continue  # "Tổng kinh phí dự kiến 900 triệu đồng, trong đó: Công đoàn các KCN 540 triệu đồng": shares
            if kind in ("target", "deadline") and not _not_before(due, own_date):
                continue  # "Tổng số lao động đến 30/6/2026 là 3.240 người" in a report of 05/7/2026: a figure reached
            common = dict(quote=sentence, chunk_position=chunk.position, section=chunk.whole_section, text=text,
                          actor=_actor_json(actor), recipient=recipient, owner=_actor_json(owner))
            if kind == "target":
                for clause, target in targets:
                    out.append(Obligation(kind=kind, due=due.to_json() if due else None,
                                          target=target.to_json(), **{**common, "quote": clause}))
            else:
                out.extend(Obligation(kind=kind, due=each.to_json() if each else None, **common)
                           for each in _round_dues(stated, due, doc_year, own_months))
    _from_period_start(out, doc)
    known = events(doc)  # "Sau Hội thao 10 ngày": dated from the days the document gives the Hội thao
    for o in out:
        o.due = date_counted(o.due, known)
    return out
