"""Questions asking several things at once ("công đoàn cơ sở phải báo cáo gì, khi nào, gửi ai?", "KH 21 ai ký và có
vướng mắc thì phản ánh về đâu?"): each part is answered on its own by the composer, and the answers are put together
in one reply, each fact with its citation; a part with its own topic no passage answers is said to be missing.

A single best sentence rarely states a signer and a contact, or a target of two years: answered whole, such a
question got only the part its best sentence held. A message asking one thing stays one question: a greeting or an
aside with a question word ("Mấy anh chị cho em hỏi, …", "Nào, …"), a name ("Ai Mộ"), "còn" meaning "still" ask
nothing of their own.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.answer.followup import joined
from bot.answer.model import Answer, Citation
from bot.answer.question import asked_from, cue_spans
from troly.tables import toml
from troly.texts import t
from troly.vntext import STOP_FOLDED, bodies, fold, fold_same_length, typed_without_diacritics
from vectorstore.query import RECIPIENTS, closing_asked, closing_spans, doc_refs

_TABLE = toml("question_cues.toml")["compound"]
_MOST: int = _TABLE["most"]


def _either(words: list[str], plain: bool) -> str:
    """An alternation of table words, folded for a message typed without diacritics, longest first."""
    return "|".join(sorted({fold(w) if plain else w for w in words}, key=len, reverse=True))


def _by_typing(build: Callable[[bool], re.Pattern[str]]) -> dict[bool, re.Pattern[str]]:
    """One pattern for a message typed with diacritics (matched on it in lower case), one for one typed without."""
    return {plain: build(plain) for plain in (False, True)}


_MARKS = "[" + re.escape(_TABLE["marks"]) + "]"
# cut after a mark, and before a joining word
_CUT = _by_typing(lambda p: re.compile(_MARKS + r"+\s*|\s+(?=(?:" + _either(_TABLE["joins"], p) + r")\s)"))
# what a part as said on its own does not start or end with: a joining word, a mark
_ENDS = _by_typing(lambda p: re.compile(r"^(?:(?:" + _either(_TABLE["joins"], p) + r")\s+)+|(?:\s+(?:"
                                        + _either(_TABLE["joins"], p) + r")|" + _MARKS + r"|\s)+$"))
# "còn …" after a mark: a follow-up of the first part
_OPENS = _by_typing(lambda p: re.compile(r"^(?:" + _either(_TABLE["opens"], p) + r")\s+"))
_AMBIGUOUS = frozenset(_TABLE["ambiguous_folded"])
_ASKING = _by_typing(lambda p: re.compile(r"(?<!\w)(?:" + "|".join(
    [*_TABLE["folded_asking"], *(w for w in {fold(q) for q in _TABLE["question_words"]} if w not in _AMBIGUOUS)]
    if p else _TABLE["question_words"]) + r")(?!\w)"))
_NOT_ASKING = _by_typing(lambda p: re.compile(r"(?:" + _either(_TABLE["not_asking"], p) + r")(?!\w)"))
_ASKING_FOLDED = frozenset(w for q in _TABLE["question_words"] for w in fold(q).split())
_MARK = re.compile(r"\[(\d+)\]")
Standalone = Callable[[str, str], str]  # (part, first part) -> the part as a question of its own
AnswerOf = Callable[[int], Answer]  # the answer to the n-th part


def _text(piece: str, plain: bool) -> str:
    """The piece as its patterns read it: lower case, folded when the message is typed without diacritics (one
    character for each, so offsets hold)."""
    return fold_same_length(piece) if plain else piece.lower()


def _question_word(piece: str, plain: bool) -> re.Match[str] | None:
    """The first question word the piece asks with: not one followed by a word making it no question ("gì cả",
    "mấy anh chị"), nor one capitalised inside the piece (a name: "Trường Tiểu học Ai Mộ")."""
    text = _text(piece, plain)
    for m in _ASKING[plain].finditer(text):
        named = m.start() > 0 and piece[m.start()].isupper()
        if not named and not _NOT_ASKING[plain].match(text, m.start()):
            return m
    return None


def _asks(piece: str, plain: bool) -> bool:
    """A piece asks something of its own: a question word and a word beside it ("khi nào", "gửi ai"; a bare "Ai"
    of "Ai và đơn vị nào …", an interjection "Nào," ask with the next piece)."""
    m = _question_word(piece, plain)
    return m is not None and bool(re.search(r"\w", piece[:m.start()] + piece[m.end():]))


def _topic(part: str) -> set[str]:
    """The words a part names to ask about (folded), beside its cue, question words, numbers and function words
    ("khi nào", "gửi ai", "đến năm 2025 là bao nhiêu" name nothing: they ask of the first part's topic)."""
    kept = list(fold_same_length(part))
    for a, b in cue_spans(part):
        kept[a:b] = " " * (b - a)
    return {w for w in re.findall(r"\w+", "".join(kept))
            if w not in STOP_FOLDED and w not in _ASKING_FOLDED and not w.isdigit()}


def parts(question: str) -> list[str]:
    """The things a message asks, in the order asked; one part when it asks one thing, or more than the table's
    most (a list pasted as one question). A piece between the marks and joining words asks of its own when it
    holds a question word asking (`_asks`), or (after the first) when it opens with "còn" after a mark ("…, còn năm
    2045?"). Pieces that ask nothing ("KH 51 Cao Bằng", "tổng kết") stay with the part before them (before the first
    part, with it)."""
    plain = typed_without_diacritics(question)
    cuts = [0, *(m.end() for m in _CUT[plain].finditer(_text(question, plain))), len(question)]
    pieces = [question[a:b] for a, b in zip(cuts, cuts[1:]) if question[a:b].strip()]
    found: list[str] = []
    lead = ""
    for piece in pieces:
        bare = _cleaned(piece, plain)
        if bare and (_asks(bare, plain) or (found and _OPENS[plain].match(_text(bare, plain)))):
            found.append(lead + piece)
            lead = ""
        elif found:
            found[-1] += piece
        else:
            lead += piece
    return [p.strip() for p in found] if 1 < len(found) <= _MOST else [question]


def _own(part: str) -> str:
    """A part as said on its own, without the "còn" opening it."""
    plain = typed_without_diacritics(part)
    said = _cleaned(part, plain)
    opener = _OPENS[plain].match(_text(said, plain))
    return said[opener.end() if opener else 0:]


def as_said(part: str) -> str:
    """A part of a message as said on its own ("và tháng này có việc gì đến hạn?" → "tháng này có việc gì đến
    hạn")."""
    return _cleaned(part, typed_without_diacritics(part))


def _cleaned(part: str, plain: bool) -> str:
    """A part as said on its own: no joining word or mark left at its ends ("và gửi ai," → "gửi ai")."""
    start, end = 0, len(part)
    for m in _ENDS[plain].finditer(_text(part, plain)):
        if m.start() == 0 and m.end() < len(part):
            start = m.end()
        else:
            end = min(end, m.start())
    return part[start:end].strip()


def _head(part: str, plain: bool) -> str:
    """What a part asks about, before it starts asking: before its first cue or question word ("Kế hoạch KL 21" of
    "Kế hoạch KL 21 ai ký")."""
    word = _question_word(part, plain)
    return part[:min(asked_from(part), word.start() if word else len(part))].strip(" ,;")


def _subject(first: str, plain: bool) -> str:
    """The first part's subject, shared by the later parts naming none: what stands before it starts asking, or,
    when it starts with its question ("Ai ký kế hoạch KL 21"), what follows it when that names a document or body
    ("Ai xây dựng điều lệ hội thao" has none)."""
    head = _head(first, plain)
    if head:
        return head
    end = 0
    for a, b in sorted(cue_spans(first) + closing_spans(first)):  # the question's words, one after another
        if a <= end + 1:
            end = max(end, b)
    rest = first[end:].strip(" ,;?")
    return rest if _names_a_subject(rest) else ""


def _names_a_subject(words: str) -> bool:
    """Words name a document ("kế hoạch KL 01", "KH KL 51") or a body ("LĐLĐ huyện") of their own."""
    return bool(words) and bool(doc_refs(words) or bodies().mentions(words))


def questions(asked: list[str], standalone: Standalone) -> list[str]:
    """Each part as a question of its own (each ending in "?"). The first as asked. A later one opening with "còn"
    and asking nothing of its own ("còn năm 2045?", "còn kế hoạch KL 01?") goes on from the first part as
    `standalone` makes a follow-up of it. One naming its
    own subject before it asks ("LĐLĐ huyện phải làm gì", "còn Ban Tổ chức tham mưu gì") as it stands. Any other
    one asking who signed or issued the text, or when, or naming something of its own to ask about ("có vướng mắc
    thì phản ánh về đâu"), after the first part's subject; one naming nothing ("khi nào") goes on from the first
    (from its subject alone when the first asks who signed)."""
    plain = typed_without_diacritics(" ".join(asked))
    first = _cleaned(asked[0], plain)
    subject = _subject(first, plain)
    context = subject if subject and closing_asked(first) - {RECIPIENTS} else first
    out = [f"{first}?"]
    for part in (f"{_cleaned(p, plain)}?" for p in asked[1:]):
        opener = _OPENS[plain].match(_text(part, plain))
        own = part[opener.end() if opener else 0:]
        if opener and not _asks(own, plain):
            goes_on = standalone(part, first)
            out.append(goes_on if goes_on != part else joined(own, first))
        elif _names_a_subject(_head(own, plain)):
            out.append(own)
        elif closing_asked(own) - {RECIPIENTS} or _topic(own):
            out.append(f"{subject} {own}".strip())
        else:
            goes_on = standalone(own, context)
            out.append(goes_on if goes_on != own else joined(own, context))
    return out


def _quoted(answer: Answer) -> list[str]:
    """The lines an answer quotes, without their citation numbers (which differ from one answer to another)."""
    return [_MARK.sub("", line).strip() for line in answer.answer.split("\n") if _MARK.search(line)]


def merged(whole: Answer, asked: Sequence[str], answer_of: AnswerOf) -> Answer:
    """One reply: the whole question's answer, then what each part's answer adds, in the order asked (a line said
    twice once), and for a part not answered, that the documents do not say it — when the whole answer is found,
    only for a part with a topic of its own the answer does not speak of (a greeting, "khi nào", "… tồn tại" of an
    answer on "những hạn chế tồn tại" add no line). A part whose best line the whole question's answer already quotes adds nothing: its other lines are runners-up to that one
    ("… báo cáo gì, khi nào, gửi ai?" answered by one sentence stays that sentence). The whole question not answered
    for want of its topic (weak retrieval, a text it names not loaded) stands, no part asked: the parts, each with
    fewer words to find, would be answered from passages on something else. Nor when the first part, whose subject
    the later ones are asked of, is not answered. The sources are those the reply's lines cite, numbered in the
    order cited."""
    if not whole.found and not (whole.unstated and answer_of(0).found):
        return whole
    said = set(_quoted(whole)) if whole.found else set()
    spoken = set(re.findall(r"\w+", fold(whole.answer))) if whole.found else set()
    adding: list[tuple[str, Answer]] = []
    for n, part in enumerate(asked):
        answer = answer_of(n)
        quoted = _quoted(answer) if answer.found else []
        if (quoted[:1] and quoted[0] not in said) if answer.found else \
                (not whole.found or not _topic(_own(part)) <= spoken):
            adding.append((part, answer))
    if whole.found and not adding:
        return whole
    sure = [a.confidence for a in (whole, *(a for _, a in adding)) if a.found and a.confidence is not None]
    return _joined_reply(whole, adding, sure)


def _joined_reply(whole: Answer, adding: list[tuple[str, Answer]], sure: list[float]) -> Answer:
    """The whole answer's lines and each adding part's (a part not answered, said missing), the citations of the
    lines kept, renumbered in the order the reply cites them."""
    lines: list[str] = []
    keys: dict[tuple[str, int], Citation] = {}  # one passage, one source: its spans from every answer citing it
    for part, answer in [("", whole), *adding]:
        if not answer.found:
            if part:
                lines.append(t("answer.part_not_found", part=_cleaned(part, typed_without_diacritics(part)).strip(" ?")))
            continue
        mine: dict[int, tuple[str, int]] = {}
        for c in answer.citations:
            key = (c.passage.doc_id, c.passage.position)
            held = keys.setdefault(key, Citation(0, c.passage, []))
            held.spans.extend(s for s in c.spans if s not in held.spans)
            mine[c.n] = key
        for line in answer.answer.split("\n"):
            line = _MARK.sub(lambda m: f"[{_KEY}{list(keys).index(mine[int(m.group(1))])}]"
                             if int(m.group(1)) in mine else m.group(0), line)
            if line not in lines:
                lines.append(line)
    order: dict[int, int] = {}
    text = re.sub(r"\[" + _KEY + r"(\d+)\]", lambda m: f"[{order.setdefault(int(m.group(1)), len(order) + 1)}]",
                  "\n".join(lines))
    cited = list(keys.values())
    citations = [Citation(n, cited[k].passage, cited[k].spans) for k, n in order.items()]
    return Answer(whole.question, text, True, citations, mode=whole.mode, confidence=min(sure) if sure else None)


_KEY = "\x00"  # a passage's place among the reply's, before the reply is numbered
