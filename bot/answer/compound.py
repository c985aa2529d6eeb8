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
from bot.answer.question import asked_from, cue_spans
from troly.tables import toml
from troly.texts import t
from troly.vntext import STOP_FOLDED, fold, fold_same_length, typed_without_diacritics
from vectorstore.query import RECIPIENTS, closing_asked

_TABLE = toml("question_cues.toml")["compound"]
_JOINS = "|".join(_TABLE["joins"])
# cut after a mark, and before a joining word: "còn" stays with the part it opens ("còn năm 2045?" goes on from the
# first part as a follow-up does)
_CUT = re.compile(r"[" + re.escape(_TABLE["marks"]) + r"]+\s*|\s+(?=(?:" + _JOINS + r")\s)")
# "và", "rồi" join; "còn" opens a follow-up and stays with its part for the follow-up rules
_ENDS = re.compile(r"^(?:(?:" + "|".join(j for j in _TABLE["joins"] if j not in _TABLE["opens"]) + r")\s+)+|(?:\s+(?:"
                   + _JOINS + r")|[" + re.escape(_TABLE["marks"]) + r"\s])+$")
_OPENS = re.compile(r"^(?:" + "|".join(_TABLE["opens"]) + r")\s+")
_WORDS = _TABLE["question_words"]
_ASKING = {False: re.compile(r"(?<!\w)(?:" + "|".join(_WORDS) + r")(?!\w)"),
           True: re.compile(r"\b(?:" + "|".join(fold(w) for w in _WORDS) + r")\b")}
_ASKING_FOLDED = frozenset(w for q in _WORDS for w in fold(q).split())
_MARK = re.compile(r"\[(\d+)\]")
Standalone = Callable[[str, str], str]  # (part, first part) -> the part as a question of its own


def _asks(piece: str, plain: bool) -> bool:
    """A piece asks something of its own: it holds a question word ("gì", "nào", "ai"; folded when the message is
    typed without diacritics, as written otherwise: "đầu mối" asks nothing)."""
    text = fold_same_length(piece) if plain else piece.lower()
    return bool(_ASKING[plain].search(text))


def _own_topic(part: str) -> bool:
    """A part names something of its own to ask about ("ai chuẩn bị sân bãi"), beside its cue, question words,
    numbers and function words ("khi nào", "gửi ai", "đến năm 2025 là bao nhiêu" name nothing: they ask of the
    first part's topic)."""
    kept = list(fold_same_length(part))
    for a, b in cue_spans(part):
        kept[a:b] = " " * (b - a)
    return any(w not in STOP_FOLDED and w not in _ASKING_FOLDED and not w.isdigit()
               for w in re.findall(r"\w+", "".join(kept)))


def parts(question: str, standalone: Standalone) -> list[str]:
    """The things a message asks, in the order asked; one part when it asks one thing. A piece between the marks and
    joining words asks of its own when it holds a question word, or (after the first) when it goes on from the first
    as a follow-up would ("còn năm 2045?"). Pieces that ask nothing ("KH 51 Cao Bằng", "tổng kết") stay with the
    part before them (before the first part, with it)."""
    plain = typed_without_diacritics(question)
    folded = fold_same_length(question)
    cuts = [0, *(m.end() for m in _CUT.finditer(folded)), len(question)]
    pieces = [question[a:b] for a, b in zip(cuts, cuts[1:]) if question[a:b].strip()]
    found: list[str] = []
    lead = ""
    for piece in pieces:
        bare = _cleaned(piece)
        if bare and (_asks(bare, plain) or (found and standalone(bare, _cleaned(found[0])) != bare)):
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
    """Each part as a question of its own (each ending in "?": a question, not a bare name). The first as asked. A
    later one asking who signed or issued the text, or when, or naming something of its own to ask about ("có vướng
    mắc thì phản ánh về đâu"), after the first part's subject — what stands before its first cue, "Kế hoạch KL 21" of
    "Kế hoạch KL 21 ai ký", the document or body it asks of. One naming nothing of its own ("khi nào", "còn năm
    2045?", "đến năm 2025 là bao nhiêu") goes on from the first part — from its subject alone when the first asks who
    signed — as `standalone` makes a follow-up of it. (The subject ends at a question word too: "Hội thao có những môn
    thi đấu" of "… môn thi đấu nào", which no cue asks.)"""
    first = _cleaned(asked[0])
    plain = typed_without_diacritics(" ".join(asked))
    word = _ASKING[plain].search(fold_same_length(first) if plain else first.lower())
    head = first[:min(asked_from(first), word.start() if word else len(first))].strip(" ,;")
    context = head if head and closing_asked(first) - {RECIPIENTS} else first
    out = [f"{first}?"]
    for part in (f"{_cleaned(p)}?" for p in asked[1:]):
        opener = _OPENS.match(fold_same_length(part))
        own = part[opener.end() if opener else 0:]
        if closing_asked(part) - {RECIPIENTS} or _own_topic(own):
            out.append(f"{head} {own}".strip())
        else:
            goes_on = standalone(part, context)
            out.append(goes_on if goes_on != part else joined(own, context))
    return out


def _quoted(answer: Answer) -> list[str]:
    """The lines an answer quotes, without their citation numbers (which differ from one answer to another)."""
    return [_MARK.sub("", line).strip() for line in answer.answer.split("\n") if _MARK.search(line)]


def merged(whole: Answer, asked: list[str], answers: list[Answer]) -> Answer:
    """One reply: the whole question's answer, then what each part's answer adds, in the order asked (one number per
    passage, a line said twice once), and for a part not answered, that the documents do not say. A part whose best
    line the whole question's answer already quotes adds nothing: its other lines are runners-up to that one ("…
    báo cáo gì, khi nào, gửi ai?" answered by one sentence stays that sentence). The whole question not answered for
    want of its topic (weak retrieval, a text it names not loaded) stands: the parts, each with fewer words to find,
    would be answered from passages on something else. Nor when the first part, whose subject the later ones are
    asked of, is not answered."""
    if not whole.found and not (whole.unstated and answers[0].found):
        return whole
    said = set(_quoted(whole)) if whole.found else set()
    adding = [(part, answer) for part, answer in zip(asked, answers)
              if not answer.found or not _quoted(answer)[:1] or _quoted(answer)[0] not in said]
    if whole.found and not adding:
        return whole
    lines: list[str] = []
    citations: list[Citation] = []
    numbers: dict[tuple[str, int], int] = {}
    for part, answer in [("", whole), *adding]:
        if not answer.found:
            if part:
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
    sure = [a.confidence for a in (whole, *answers) if a.found and a.confidence is not None]
    return Answer(whole.question, "\n".join(lines), True, citations, mode=whole.mode,
                  confidence=min(sure) if sure else None)
