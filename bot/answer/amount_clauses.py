"""Which amount of a line a yes-or-no claim is about. Budget lines state several amounts, each of one thing ("Tổng
kinh phí 45.000.000 đồng, trong đó ngân sách huyện hỗ trợ 30.000.000 đồng"); asked "Tổng kinh phí là 30 triệu đúng
không?", finding 30.000.000 anywhere in the line confirmed a false claim. The line is cut into clauses (at ";", at the
words opening another amount's clause, and, within a piece still stating several, at its commas), and the claim is
judged by the clause naming what the question asks of: the one holding most of the question's words that not every
clause holds, or whose amount is paid per the thing the question asks per ("mỗi đoàn viên" of "300.000 đồng/đoàn
viên"). When no one clause is named so, every amount of the line stays (the claim is judged as before)."""
from __future__ import annotations

import re
import unicodedata

from troly.tables import toml
from troly.texts import alternation
from troly.vntext import content_words, fold, typed_without_diacritics

_COUNT = toml("count_words.toml")
_TABLE = _COUNT["amount_clauses"]
_OPENS = re.compile(r";|(?<!\w)" + alternation(_TABLE["opens"]) + r"(?!\w)")
_COMMA = re.compile(r",(?!\s*\d)")  # not the comma of "1,5 triệu"
_PER = alternation(fold(w) for w in _TABLE["per"])
# "/đoàn viên", " một nhà", " mỗi suất", "/1 người" right after an amount: the unit it is paid per (its first two
# words), read with the text's marks ("mới" is no "mỗi")
_PAID_PER = re.compile(rf"\s*{alternation(_TABLE['per'])}\s*(?:1\s+)?([^\W\d]\w*(?:\s+[^\W\d]\w*)?)", re.IGNORECASE)
# "/người/ngày", "/trường/năm học": the further units of a rate after the first ("250.000 đồng/người/ngày" is paid per
# person and per day)
_CHAINED = re.compile(r"/\s*([^\W\d]\w*)")
_EACH_BEFORE = re.compile(rf"(?<!\w){alternation(_TABLE['each'])}\s+(\w+)")
# the per words of a rate, with those a question asks a rate by ("hằng tháng", "trên tháng"; question_cues.toml
# per_unit), folded: a lead-in or heading naming the unit an amount is paid per
_RATE = alternation([*(fold(w) for w in _TABLE["per"]), *toml("question_cues.toml")["per_unit"]["words"]])
_NOT_UNITS = alternation([*_TABLE["not_units"], *(fold(w) for w in _TABLE["not_units"])])
_HOW_MUCH = alternation([*_COUNT["how_many"], *_COUNT["how_many_marked"]])
_MONEY = alternation([*_COUNT["kind_units"], *_COUNT["kind_units_marked"]])
# the per words as typed with their marks or without any ("mỗi", "moi"; never "mới"), and "1" typed for "một"
_ASKED_PER = alternation([*_TABLE["per"], *(fold(w) for w in _TABLE["per"]), "1"])
_UNIT = r"(?!\d)(\w+)"
# "bao nhiêu (tiền) 1 căn", "mỗi nhà (được hỗ trợ) bao nhiêu": the unit paid per, read with the question's marks
# "mỗi ha lúa bị chết rét … được hỗ trợ bao nhiêu": "mỗi"/"từng" (not "một", which also counts) name the unit however
# far from the words asking, within the clause — a unit of measure (count_words.toml measure_units, by its first
# word): far from them, a person or thing ("Mỗi cá nhân được tuyên dương nhận bao nhiêu tiền?") is who is paid
_EACH_ASKED = alternation([*_TABLE["each"], *(fold(w) for w in _TABLE["each"])])
_MEASURES = frozenset(unit.split()[0] for units in _COUNT["measure_units"].values() for unit in units)
# The words asking, when the unit comes before them, end the phrase or ask money: "mỗi năm tối đa bao nhiêu thư viện"
# asks a count per year, no amount
_AMOUNT_ENDS = rf"(?!\s+(?!{_MONEY}(?!\w))[^\W\d])"
_ASKS_PER = re.compile(rf"(?<!\w){_HOW_MUCH}\s+(?:{_MONEY}\s+)?({_ASKED_PER})\s*(?!{_NOT_UNITS}(?!\w)){_UNIT}"
                       rf"|(?<!\w)({_ASKED_PER})\s+(?!{_NOT_UNITS}(?!\w)){_UNIT}(?:\s+\w+){{0,4}}\s+{_HOW_MUCH}"
                       rf"{_AMOUNT_ENDS}"
                       rf"|(?<!\w)({_EACH_ASKED})\s+(?!{_NOT_UNITS}(?!\w)){_UNIT}[^,;:?!.]*?\s{_HOW_MUCH}{_AMOUNT_ENDS}")
# "Điều 1 hỗ trợ …", "Quý 1 chi bao nhiêu": a "1" numbering the word before it, as typed; in a question typed without
# any marks, the words as it types them ("quy 1 chi bao nhieu")
_NUMBERED = re.compile(rf"(?<!\w){alternation(_TABLE['numbered'])}\s*$")
_NUMBERED_PLAIN = re.compile(rf"(?<!\w){alternation(map(fold, _TABLE['numbered']))}\s*$")
# "căn" and "nhà": the nouns counting one kind of thing (count_words.toml counted_alike), a unit either way; a rate's
# units of one measure ("khối" and "m3": measure_units, by their first word) and those a rate is said per alike
# ("ngày" and "đêm" of a room: amount_clauses per_alike)
_ALIKE = [frozenset(w for n in nouns for w in n.split()) for nouns in _COUNT["counted_alike"].values()]
_PER_ALIKE = [*_ALIKE, *(frozenset(n.split()[0] for n in units) for units in _COUNT["measure_units"].values()),
              *(frozenset(fold(w.split()[0]) for w in words) for words in _TABLE["per_alike"])]
_PAID_TO = frozenset(fold(w.split()[0]) for w in _TABLE["paid_to"])  # people an amount is paid to, asked per one


def _cuts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses of a text, as (start, end): cut at ";" and the words opening a clause, then a piece stating several
    amounts at its commas, a piece of it stating none joined to the one before (or after, opening it)."""
    strong = [0, *(m.start() for m in _OPENS.finditer(text)), len(text)]
    clauses: list[tuple[int, int]] = []
    for a, b in zip(strong, strong[1:]):
        if sum(a <= s < b for s, _ in spans) < 2:
            clauses.append((a, b))
            continue
        cuts = [a, *(m.start() for m in _COMMA.finditer(text, a, b)), b]
        pieces: list[tuple[int, int]] = []
        for x, y in zip(cuts, cuts[1:]):
            if pieces and not any(pieces[-1][0] <= s < pieces[-1][1] for s, _ in spans):
                pieces[-1] = (pieces[-1][0], y)  # the piece before states no amount: it opens this one
            elif pieces and not any(x <= s < y for s, _ in spans):
                pieces[-1] = (pieces[-1][0], y)  # this one states none: it goes on the one before
            else:
                pieces.append((x, y))
        clauses.extend(pieces)
    return clauses


def bound_amounts(subject: str, line: str, spans: list[tuple[int, int]]) -> list[int]:
    """The indices of the amounts (their spans in `line`, a text of the line's own length) stated by the clause naming
    what `subject` (the question, its claimed amounts taken out) asks of; all of them when no one clause does."""
    clause = named_clause(subject, line, spans)
    if clause is None:
        return list(range(len(spans)))
    a, b = clause
    return [i for i, (s, _) in enumerate(spans) if a <= s < b]


def named_clause(subject: str, line: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The clause of `line` (start, end) stating amounts (`spans`) that names what `subject` asks of, by words no
    other clause stating one holds ("LĐLĐ quận 350.000.000 đồng" of "… trong đó: LĐLĐ quận 350.000.000 đồng; vận
    động doanh nghiệp … 300.000.000 đồng" asked of "LĐLĐ quận"); None when the line has one such clause, or no one
    clause is named so."""
    clauses = [c for c in _cuts(line, spans) if any(c[0] <= s < c[1] for s, _ in spans)]
    if len(clauses) < 2:
        return None
    asked, folded = content_words(subject), fold(subject)
    held = [content_words(line[a:b]) & asked for a, b in clauses]
    shared = set.intersection(*held)

    def score(clause: tuple[int, int], words: set[str]) -> int:
        units = (_PAID_PER.match(line, e) for s, e in spans if clause[0] <= s < clause[1])
        per = max((len(u.group(1).split()) for u in units
                   if u and re.search(rf"(?<!\w){_PER}\s*{re.escape(fold(u.group(1)))}(?!\w)", folded)), default=0)
        return len(words - shared) + per

    scores = [score(c, w) for c, w in zip(clauses, held)]
    best = max(scores)
    return None if best == 0 or scores.count(best) > 1 else clauses[scores.index(best)]


def asked_per(question: str) -> str:
    """The unit a question asks an amount per ("can" of "bao nhiêu tiền 1 căn", "nha" of "mỗi nhà được bao nhiêu"),
    folded; "" when it asks none. Read with the question's marks, as paid_per reads a line: "mới" is no "mỗi", and the
    "1" of "Điều 1", "Quý 1" numbers an article or a quarter, no one thing paid per — typed without marks too ("quy
    1")."""
    said = unicodedata.normalize("NFC", question).lower()
    numbered = _NUMBERED_PLAIN if typed_without_diacritics(said) else _NUMBERED
    m = _ASKS_PER.search(said)
    while m:
        per = next(n for n in (1, 3, 5) if m.group(n))
        far = per == 5 and fold(m.group(per + 1)) not in _MEASURES
        if not far and not (m.group(per) == "1" and numbered.search(said, 0, m.start(per))):
            return fold(m.group(per + 1))
        m = _ASKS_PER.search(said, m.end(per))
    return ""


def paid_per(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """The units the amounts of a line (`spans` in `text`) are paid per, folded: the word after "/", "một", "mỗi"
    right after an amount ("60 triệu đồng một nhà", "55.000.000 đồng/nhà"), or after "mỗi"/"từng" opening its clause
    before it ("mỗi suất trị giá 500.000 đồng"). Read with the text's marks: "mới" is no "mỗi"."""
    said = unicodedata.normalize("NFC", text).lower()
    units = set()
    for start, end in spans:
        after = _PAID_PER.match(said, end)
        before = _EACH_BEFORE.findall(re.split(r"[;:.]", said[:start])[-1])
        units |= {fold(after.group(1).split()[0])} if after else set()
        units |= {fold(w) for w in before[-1:]}
        chained = after and (_CHAINED.match(said, after.start(1) + len(after.group(1).split()[0]))
                             or _CHAINED.match(said, after.end()))  # "/học sinh/tháng": after the unit's two words
        while chained:
            units.add(fold(chained.group(1)))
            chained = _CHAINED.match(said, chained.end())
    return frozenset(units)


def paid_otherwise(asked: str, units: frozenset[str], around: str) -> bool:
    """Whether a line's amounts, paid per `units`, are another measure than the one asked per `asked` ("500.000
    đồng/lần" asked "bao nhiêu một ngày", "30 triệu đồng/điểm" asked "bao nhiêu tiền mỗi tháng"): each is paid per
    some unit, none per the one asked (or a unit said alike: _PER_ALIKE), and the line with its lead-in and headings
    (`around`) does not say it is paid per that one either ("Mức hỗ trợ hằng tháng:" over "500.000 đồng/người"). Not
    judged asked per a person paid (_PAID_TO): "mỗi đoàn viên … bao nhiêu" is answered by "200.000 đồng mỗi lần"."""
    if not asked or asked in _PAID_TO or not units or same_unit(asked, units, _PER_ALIKE) \
            or any(_one_letter_dropped(unit, asked) for unit in units):
        return False
    return not re.search(rf"(?<!\w){_RATE}\s*{re.escape(asked)}(?!\w)", fold(unicodedata.normalize("NFC", around)))


def _one_letter_dropped(said: str, typed: str) -> bool:
    """"thág" typed for "tháng": the unit asked is the line's with one letter left out (folded; not a short word, where
    one letter tells words apart: "ha", "hà")."""
    return len(typed) >= 3 and len(said) == len(typed) + 1 and any(said[:i] + said[i + 1:] == typed
                                                                   for i in range(len(said)))


def same_unit(asked: str, units: frozenset[str], alike: list[frozenset[str]] | None = None) -> bool:
    """Whether a line paid per `units` is paid per the unit asked, or a noun counting the same kind of thing ("nhà"
    for "căn"; `alike`, the groups of units said alike, by default those counting nouns)."""
    return asked in units or any(asked in group and not units.isdisjoint(group) for group in alike or _ALIKE)
