"""A count asked of a thing the document answering never names: "Có bao nhiêu doanh nghiệp giải thể năm 2024?" asked of
a tax report that counts the businesses registering e-invoices ("Có 1.350 doanh nghiệp … đăng ký sử dụng hóa đơn
điện tử") and writes "giải thể" nowhere. The line found counts the same noun ("doanh nghiệp") of another kind; its
figure is no answer.

The sign is structural, no floor on a share of words: the words after "bao nhiêu" and the noun things are counted in
(count_words.toml: "người", "doanh nghiệp", "chiếc" …), up to a function word or a number, name what is counted
("giải thể"); a word of them that no line of the cited document holds — nor its headings and name, its abbreviations
spelled out, nor another phrase of the word's synonym group (prompts/synonyms.toml) — says the document does not
count that thing. Only a count of things: an amount of money, a share or a length ("bao nhiêu tiền", "bao nhiêu
ngày") is measured in a unit, and what it is of is told by the subject asked (abstain.of_subject)."""
from __future__ import annotations

import re
from collections.abc import Callable

from bot.answer.cases import _held_by_group, _key, _sequence, _words
from bot.answer.model import Answer, list_lead
from bot.answer.question import number_unit
from troly.synonyms import Synonyms
from troly.tables import toml
from troly.texts import t
from troly.vntext import STOP_FOLDED, Abbreviations, common_abbreviations, fold, normalize, typed_without_diacritics
from vectorstore.search import Passage
from vectorstore.store import StoredChunk

_COUNT = toml("count_words.toml")
# the cue of a count that is no other word ("bao nhiêu"; folded "may" is also "máy")
_CUES = [c.split() for c in _COUNT["how_many"] if c not in {fold(w) for w in _COUNT["marked"]}]
# nouns things are counted in, said before what is counted ("bao nhiêu chiếc xe", "bao nhiêu doanh nghiệp …"): a
# document may count in another ("03 xe"), so they name nothing it must hold
_COUNTING_NOUNS = sorted({*_COUNT["classifiers"], *_COUNT["generic"], *_COUNT["noun_first_classifiers"],
                          *_COUNT["table_units"]["words"], *(n for ns in _COUNT["counted_alike"].values() for n in ns)},
                         key=lambda n: -len(n.split()))
# units of a measure, not of things counted (money, time, length …): "bao nhiêu ngày" asks no count of things
_MEASURE_UNITS = frozenset({*_COUNT["other_units"], *_COUNT["not_units"], *map(fold, _COUNT["measures"])})
_PER = frozenset(fold(w) for w in _COUNT["amount_clauses"]["per"])  # "mỗi", "một" …: what each is, said after
_MOST_WORDS = 6  # what is counted: a noun and its modifier ("hợp tác xã giải thể"), not the rest of the clause


def counted_words(question: str) -> tuple[list[str], list[str]]:
    """What a count asked counts ("bao nhiêu doanh nghiệp giải thể"), as typed: the noun things are counted in
    ("doanh nghiệp"; none when it is another) and the words past it naming which ("giải thể"); ([], []) when the
    question asks no count of things."""
    unit = number_unit(question)
    if not unit or unit in _MEASURE_UNITS:
        return [], []
    for clause in re.split(r"[,;:?!.()]", normalize(question)):
        words = re.findall(r"\w+|%", clause)
        folded = [fold(w).lower() for w in words]
        for i in range(len(folded)):
            cue = next((c for c in _CUES if folded[i:i + len(c)] == c), None)
            if cue is None:
                continue
            start = i + len(cue)
            noun = next((n.split() for n in _COUNTING_NOUNS if folded[start:start + len(n.split())] == n.split()), [])
            start += len(noun)
            said = []
            for k in range(start, len(words)):
                # up to a word naming nothing whatever its marks ("… cho", "… em"; "thể" of "giải thể" is one only
                # typed so, as in "có thể"), a word of what each is ("mỗi năm"), a name ("… Lạng Sơn": where, not
                # what), a number or "%", or a word before a number ("… năm 2024": when)
                if not words[k].isalpha() or folded[k] in STOP_FOLDED or folded[k] in _PER \
                        or words[k][0].isupper() or k + 1 < len(words) and words[k + 1].isdigit():
                    break
                said.append(words[k])
            return words[i + len(cue):start], said[:_MOST_WORDS]
    return [], []


def uncounted(answer: Answer, question: str, doc_chunks: Callable[[str], list[StoredChunk]],
              abbreviations: Abbreviations | None = None, synonyms: Synonyms | None = None) -> Answer:
    """The answer, or, when it counts in a document that names no word of what the question counts, that the document
    does not state it (the figure found counts another thing)."""
    if not answer.found or not answer.citations or answer.mode != "offline":
        return answer
    spelled = (abbreviations or common_abbreviations()).spelled
    noun, asked = counted_words(spelled(question))
    if not asked:
        return answer
    p = answer.citations[0].passage
    marked = not typed_without_diacritics(question)
    said = " ".join(asked)

    def named(text: str) -> set[str]:
        return _words(text, marked) | _held_by_group(said, text, synonyms, marked)
    # the line counting, with its lead-in and headings; not its document's name ("nhiệm vụ, giải pháp năm 2025": what
    # all its lines are of)
    around = spelled("\n".join((p.text, list_lead(p), p.section)))
    # … counts the noun the question counts in when it writes the phrase's first words as one ("hợp tác xã"): which
    # of them is said by the words after it
    keys = [_key(w, marked) for w in asked]
    written = [_sequence(line, marked) for line in around.split("\n")]
    held = max((k for k in range(len(keys)) if any(_holds(seq, keys[:k]) for seq in written)), default=0)
    which = keys[held:]
    # … and holds a word of which ("hộ chưa nhận tiền" of "hộ chưa lấy tiền"): said otherwise
    if not which or any(w in named(around) for w in which):
        return answer
    own = [Passage.from_chunk(c, 0.0) for c in doc_chunks(p.doc_id)]
    whole = spelled("\n".join([p.document, p.short_title, *(f"{q.section}\n{q.text}" for q in own)]))
    if all(w in named(whole) for w in which):
        return answer
    document = f"«{p.short_title or p.document}»"
    return Answer(question, t("answer.named_not_found_detail", documents=document,
                              reason=t("abstain.counted", counted=" ".join([*noun, *asked]))), False,
                  confidence=answer.confidence)


def _holds(seq: list[str], phrase: list[str]) -> bool:
    """Whether a sequence of words holds the phrase, its words in a row (an empty one always)."""
    n = len(phrase)
    return any(seq[i:i + n] == phrase for i in range(len(seq) - n + 1))
