"""Questions asking several things at once ("công đoàn cơ sở phải báo cáo gì, khi nào, gửi ai?", "KH 21 ai ký và có
vướng mắc thì phản ánh về đâu?"): each part is answered on its own by the composer, and the answers are put together
in one reply, each fact with its citation; a part no passage answers is said to be missing, that part only.

A single best sentence rarely states a signer and a contact, or a target of two years: answered whole, such a
question got only the part its best sentence held.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from bot.answer.followup import joined
from bot.answer.model import Answer, Citation
from bot.answer.question import asked_from, classify
from troly.tables import toml
from troly.texts import t
from troly.vntext import fold_same_length
from vectorstore.query import RECIPIENTS, closing_asked

_TABLE = toml("question_cues.toml")["compound"]
_JOINS = "|".join(_TABLE["joins"])
# cut after a mark, and before a joining word: "còn" stays with the part it opens ("còn năm 2045?" goes on from the
# first part as a follow-up does)
_CUT = re.compile(r"[" + re.escape(_TABLE["marks"]) + r"]+\s*|\s+(?=(?:" + _JOINS + r")\s)")
# "và", "rồi" join; "còn" opens a follow-up ("còn năm 2045?") and stays with its part for the follow-up rules
_ENDS = re.compile(r"^(?:(?:" + "|".join(j for j in _TABLE["joins"] if j not in _TABLE["opens"]) + r")\s+)+|(?:\s+(?:" + _JOINS + r")|[" + re.escape(_TABLE["marks"]) + r"\s])+$")
_OPENS = re.compile(r"^(?:" + "|".join(_TABLE["opens"]) + r")\s+")
_ASKING = re.compile(r"\b(?:" + "|".join(_TABLE["question_words"]) + r")\b")
_MARK = re.compile(r"\[(\d+)\]")
Standalone = Callable[[str, str], str]  # (part, first part) -> the part as a question of its own


def _asks(piece: str) -> bool:
    """A piece asks something of its own: a kind of fact and a question word ("khi nào", "gửi ai")."""
    return bool(_ASKING.search(fold_same_length(piece))) and bool(classify(piece).kinds)


def parts(question: str, standalone: Standalone) -> list[str]:
    """The things a message asks, in the order asked; one part when it asks one thing. A piece between the marks and
    joining words asks of its own when it asks a kind of fact with a question word, or (after the first) when it goes
    on from the first as a follow-up would ("còn năm 2045?"). Pieces that ask nothing ("KH 51 Cao Bằng", "tổng kết")
    stay with the part before them (before the first part, with it)."""
    folded = fold_same_length(question)
    cuts = [0, *(m.end() for m in _CUT.finditer(folded)), len(question)]
    pieces = [question[a:b] for a, b in zip(cuts, cuts[1:]) if question[a:b].strip()]
    found: list[str] = []
    lead = ""
    for piece in pieces:
        bare = _cleaned(piece)
        if bare and (_asks(bare) or (found and standalone(bare, _cleaned(found[0])) != bare)):
            found.append(lead + piece)
            lead = ""
        elif found:
            found[-1] += piece
        else:
            lead += piece
    return [p.strip() for p in found] if len(found) > 1 else [question]


def _cleaned(part: str) -> str:
    """A part as said on its own: no joining word or mark left at its ends ("và gửi ai," → "gửi ai")."""
    folded = fold_same_length(part)
    start, end = 0, len(part)
    for m in _ENDS.finditer(folded):
        if m.start() == 0 and m.end() < len(part):
            start = m.end()
        else:
            end = min(end, m.start())
    return part[start:end].strip()


def questions(asked: list[str], standalone: Standalone) -> list[str]:
    """Each part as a question of its own. The first as asked. A later one asking who signed or issued the text, or
    when, after the first part's subject (what stands before its first cue: "Kế hoạch KL 21" of "Kế hoạch KL 21 ai
    ký …"): a property of the document it names. Any other goes on from the first part — from its subject alone when
    the first asks who signed — as `standalone` makes a follow-up ("khi nào", "còn năm 2045?"), else joined to it
    ("đến năm 2025 là bao nhiêu (tiếp theo câu hỏi: Đến năm 2023 tỷ lệ đoàn viên …)")."""
    first = _cleaned(asked[0])
    head = first[:asked_from(first)].strip(" ,;")
    context = head if head and closing_asked(first) - {RECIPIENTS} else first
    out = [f"{first}?"]
    for part in (f"{_cleaned(p)}?" for p in asked[1:]):  # each a question: "?" tells one from a bare name
        opener = _OPENS.match(fold_same_length(part))
        own = part[opener.end() if opener else 0:]
        if closing_asked(part) - {RECIPIENTS}:
            out.append(f"{head} {own}".strip())
            continue
        goes_on = standalone(part, context)
        out.append(goes_on if goes_on != part else joined(own, context))
    return out


def merged(question: str, asked: list[str], answers: list[Answer]) -> Answer:
    """One reply of the parts' answers, in the order asked: each answered part's lines with its citations (one
    number per passage, a line said by two parts once), and for a part not answered, that it is not in the documents."""
    lines: list[str] = []
    citations: list[Citation] = []
    numbers: dict[tuple[str, int], int] = {}
    for part, answer in zip(asked, answers):
        if not answer.found:
            lines.append(t("answer.part_not_found", part=_cleaned(part).strip(" ?")))
            continue
        renumbered: dict[int, int] = {}
        for c in answer.citations:
            key = (c.passage.doc_id, c.passage.position)
            if key not in numbers:
                numbers[key] = len(numbers) + 1
                citations.append(Citation(numbers[key], c.passage, list(c.spans)))
            else:
                held = citations[numbers[key] - 1]
                held.spans.extend(s for s in c.spans if s not in held.spans)
            renumbered[c.n] = numbers[key]
        for line in answer.answer.split("\n"):
            line = _MARK.sub(lambda m: f"[{renumbered.get(int(m.group(1)), m.group(1))}]", line)
            if line not in lines:
                lines.append(line)
    sure = [a.confidence for a in answers if a.found and a.confidence is not None]
    return Answer(question, "\n".join(lines), True, citations, confidence=min(sure) if sure else None)
