"""A yes or no claiming where someone or something is by a proper name ("Hoàng Văn Lực làm ở Foxconn phải không?"),
answered by a line naming another ("Chức vụ, đơn vị: Thợ bảo trì, Công ty TNHH Samsung Display Việt Nam"). The
name claimed is the run of capitalised words after a word placing it ("ở", "tại": prompts/question_cues.toml
where.at); written nowhere in the document, or nowhere in a line naming the one asked of by name, the claim is not
what it says, and the line's own name — its longest run of two or more capitalised words sharing no word with the
question — is what it says instead. Provinces and
cities said so are premise_held's (a claim of that kind is judged before a line is accepted)."""
from __future__ import annotations

import re
import unicodedata

from bot.answer.question import AT_WORDS
from troly.tables import toml
from troly.texts import alternation
from vectorstore.search import Passage
from troly.vntext import fold
from troly.weights import DEFAULT

_WORD = re.compile(r"\w+")
# "Chị Lê Thị Mai": the title of address opening a run (question_cues.toml issued_by.address), folded, is no part of
# the name; the rest is the name whole — its given and middle names alone ("Thị Mai") are another person's too
_ADDRESS = re.compile(rf"^(?:{alternation(fold(w) for w in toml('question_cues.toml')['issued_by']['address'])})\s+")


def _runs(text: str) -> list[tuple[str, str]]:
    """The runs of capitalised words of a text, as written, each with the word before it, folded ("" at the start):
    a run may hold up to `name_lower_words` (troly/weights.py) lower-case words between two capitalised ones ("Công
    ty TNHH Điện tử Hanel", "Trường tiểu học Kim Đồng"), not a word placing it ("Lực làm ở Foxconn"), nor a mark
    ("Hoàng Văn Lực | Chức vụ")."""
    text = unicodedata.normalize("NFC", text)
    words = list(_WORD.finditer(text))
    joined = [i > 0 and not text[words[i - 1].end():w.start()].strip() for i, w in enumerate(words)]
    capital = [w.group()[0].isupper() for w in words]
    runs: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        if not capital[i]:
            i += 1
            continue
        end = j = i + 1
        while j < len(words) and joined[j] and (
                capital[j] or j - end < DEFAULT.name_lower_words and fold(words[j].group()) not in AT_WORDS):
            if capital[j]:
                end = j + 1
            j += 1
        runs.append((text[words[i].start():words[end - 1].end()], fold(words[i - 1].group()) if i else ""))
        i = end
    return runs


def other_name(question: str, line: str, document: str) -> tuple[str, str] | None:
    """(the name the question places its subject at, the line's own name) when the line names another — and the
    document writes the first nowhere, or the line names whom the question asks of by a name the question writes
    ("Hoàng Văn Lực": another row of the list may well be at Foxconn); None otherwise."""
    question = unicodedata.normalize("NFC", question)
    asked = next((run for run, before in _runs(question) if before in AT_WORDS), None)
    if asked is None or fold(asked) in fold(line):
        return None
    runs = [run for run, _ in _runs(line) if len(run.split()) >= 2]
    if fold(asked) in fold(document) and not any(fold(run) in fold(question) for run in runs):
        return None  # the document places something there: only a line naming whom the question asks of says no
    # the line's own name shares no word with the question but the place claimed ("Trường Mầm non …" of "làm ở
    # Trường Tiểu học …"), nor is a part of that place itself ("Hàn Quốc" of "ở Hàn Quốc theo EPS": the line names it)
    words = {fold(w) for w in _WORD.findall(question.replace(asked, " "))}
    claimed = {fold(w) for w in _WORD.findall(asked)}
    named = [run for run in runs if not (own := {fold(w) for w in _WORD.findall(run)}) & words and not own <= claimed]
    return (asked, max(named, key=lambda run: len(run.split()))) if named else None


def claimed_place(question: str) -> str:
    """The name a question places its subject at, as written ("Đà Nẵng" of "… tổ chức ở Đà Nẵng phải không?"): the
    run of capitalised words after a word placing it; "" when none."""
    return next((run for run, before in _runs(unicodedata.normalize("NFC", question)) if before in AT_WORDS), "")


def places_at_name(line: str) -> bool:
    """Whether a line places something at a name of its own ("… tại Nhà thi đấu huyện Sông Xanh")."""
    return any(before in AT_WORDS for _, before in _runs(line))


def names_after(noun: str, line: str) -> bool:
    """Whether a line writes a proper name right after the word `noun` (folded: "huyen" of "các huyện Sốp Cộp, Quỳnh
    Nhai"): it names members of that kind, where "03 huyện chưa hoàn thành …" only counts them."""
    return any(before == noun for _, before in _runs(line))


def claims_unknown_place(question: str, unknown: str) -> bool:
    """Whether the name a question places its subject at is `unknown`, one no loaded document writes."""
    return bool(unknown) and fold(unknown) in fold(claimed_place(question))


def placed_elsewhere(question: str, line: str, unknown: str) -> bool:
    """Whether a yes or no places its subject at a name no loaded document writes (`unknown`: "… tổ chức ở Đà Nẵng
    phải không?") and the line places it at a name of its own ("… tại Nhà thi đấu huyện Sông Xanh"): the documents
    state where, otherwise — "Không." says more than that they never name the place claimed."""
    return claims_unknown_place(question, unknown) and fold(claimed_place(question)) not in fold(line) \
        and places_at_name(line)


def named_row(question: str, line: str, rows: list[Passage]) -> Passage | None:
    """The one row of a list naming the person a yes-or-no question names ("Chị Lê Thị Mai làm ở … phải không?": a
    run of capitalised words, not one placing its subject), when the line answering names someone else's row: the
    claim is judged by that person's row, never by a row holding only the place claimed (review of session 41,
    R13). The run without its title of address is the name, whole ("Lê Thị Mai" of "Chị Lê Thị Mai"; never its tail
    "Thị Mai", which another person's row may write: review of session 42, R5); None when the line names them, or no
    row or several do."""
    question = unicodedata.normalize("NFC", question)
    said = fold(line)
    for run in (run for run, before in _runs(question) if before not in AT_WORDS):
        name = _ADDRESS.sub("", fold(run))
        if len(name.split()) < 2:
            continue
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", said):
            return None
        held = [p for p in rows if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", fold(p.text))]
        if held:
            return held[0] if len(held) == 1 else None
    return None
