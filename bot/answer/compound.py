"""Messages asking several things at once ("công đoàn cơ sở phải báo cáo gì, khi nào, gửi ai?", "KH 21 ai ký và có
vướng mắc thì phản ánh về đâu?"): answered whole, then each part on its own, and what a part's answer adds put under
the whole answer, with its citation.

A single best sentence rarely states a signer and a contact: answered whole, such a message got only the part its best
sentence held. Cutting is cautious, because a false cut costs more than a part left unanswered: a piece is a part only
when it asks on its own (`_asks`), never an aside before a comma ("Dù thế nào, …", "Trong mấy năm qua, …", "Khi nào
có vướng mắc, …", "Mấy anh chị cho em hỏi, …"), a name ("Ai Mộ") or "còn" meaning "still". And a part adds a line only
when it is answered from a document the whole answer is about; a part not answered adds nothing (no "not mentioned"
line beside an answer).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.answer.article_asked import asks_article_only, is_article_line
from bot.answer.followup import joined, names_something, of_named_document
from bot.answer.model import CITATION_MARK, MISSING, Answer, Citation, renumbered
from bot.answer.question import ADDRESS, ASKS_WHEN, PLACE, classify, cue_spans, states_asked
from bot.answer.question_words import TABLE, as_read, asking, by_typing, either
from troly.texts import t
from troly.vntext import STOP_FOLDED, bodies, fold, fold_same_length, typed_without_diacritics
from troly.weights import DEFAULT

_MARKS = "[" + re.escape(TABLE["marks"]) + "]"
_CUT = by_typing(lambda p: _MARKS + r"+\s*|\s+(?=(?:" + either(TABLE["joins"], p) + r")\s)")
_JOIN = by_typing(lambda p: r"^(?:(?:" + either(TABLE["joins"], p) + r")\s+)+")
_OPENS = by_typing(lambda p: r"^(?:" + either(TABLE["opens"], p) + r")\s+")
_CONDITIONAL = by_typing(lambda p: r"^(?:" + either(TABLE["conditional"], p) + r")(?!\w)")
_LISTED_RE = by_typing(lambda p: r"^(?:\w+\s+){1," + str(DEFAULT.listed_words) + r"}(?:"
                        + either(TABLE["listed_joins"], p) + r")\s+\w+\s*$")
_SHARED = ASKS_WHEN | {PLACE, ADDRESS}  # what two events joined may each be asked: when, where


def _asks(piece: str, plain: bool) -> bool:
    """A piece asks on its own: a question word asking, and another word beside it ("khi nào", "gửi ai"; a bare
    "Nào," or the "Ai" of "Ai và đơn vị nào …" asks with the piece after it)."""
    words = asking(piece, plain)
    rest = as_read(piece, plain)
    for m in words:
        rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
    return bool(words) and bool(re.search(r"\w", rest))


def parts(message: str) -> list[str]:
    """The things a message asks, in order: one part (the message) when it asks one thing, or more than the table's
    most. Cut at marks and joining words; a piece asking on its own starts a part, one asking nothing stays with the
    part before it (before the first, with the first). Not a part: a piece opening with "khi nào" before another
    question (a condition), a short "… là gì" after a piece not ending with its question ("… còn tồn tại, hạn chế
    là gì": one more thing of that question). "còn" after a mark opens a part ("…, còn năm 2045?"), which a piece
    asking right after it completes ("còn sửa khung tường, thay mái thì bao nhiêu")."""
    plain = typed_without_diacritics(message)
    text = as_read(message, plain)
    cuts = [0, *(m.end() for m in _CUT[plain].finditer(text)), len(message)]
    pieces = [message[a:b] for a, b in zip(cuts, cuts[1:]) if message[a:b].strip()]
    found: list[str] = []
    lead, pending = "", False  # pending: the last part opened with "còn" and asks nothing yet
    for n, piece in enumerate(pieces):
        bare = _cleaned(piece, plain)
        asks = bool(bare) and _asks(bare, plain)
        if asks and not found and n + 1 < len(pieces) and _CONDITIONAL[plain].match(as_read(bare, plain)):
            asks = False
        if asks and found and _LISTED_RE[plain].match(as_read(bare, plain)) and not _ends_asking(found[-1], plain):
            asks = False
        opens = bool(found) and bool(bare) and bool(_OPENS[plain].match(as_read(bare, plain)))
        if (asks and not pending) or opens:
            found.append(lead + piece)
            lead, pending = "", opens and not asks
        elif found:
            found[-1] += piece
            pending = pending and not asks
        else:
            lead += piece
    found = [part for piece in _shared_asks(found, plain) for part in _asks_in_a_row(piece)]
    return [p.strip() for p in found] if 1 < len(found) <= DEFAULT.compound_parts else [message]


def _asking_tail(piece: str) -> tuple[int, int] | None:
    """The span of the asks ending a piece ("lúc nào ở đâu" of "hội thao tổ chức lúc nào ở đâu"): its cues running to
    its end, one after another; None when it does not end asking a kind of fact."""
    end = len(piece.rstrip(" ?.!,;"))
    spans = [span for span in cue_spans(piece) if span[1] <= end]
    if not spans or spans[-1][1] < end or piece[spans[-1][1]:end].strip():
        return None
    start = spans[-1][0]
    for a, b in reversed(spans):
        if b >= start - 1 and not piece[b:start].strip():
            start = min(start, a)
    return start, end


def _shared_asks(found: list[str], plain: bool) -> list[str]:
    """A first part naming two events joined ("hội nghị sơ kết và lễ khai mạc hội thao ngày nào"), the first asking
    nothing of its own, asks its last subject's question of each: "hội nghị sơ kết ngày nào", "lễ khai mạc hội thao
    ngày nào"; answered whole, the one best line answers one of them. Only a time or a place shared (each event has its
    own line stating it): "mục đích và yêu cầu … là gì" asks one thing, and bodies joined ("LĐLĐ các huyện và công
    đoàn cơ sở gửi báo cáo … khi nào") are one subject of one verb, the first no event of its own."""
    if not found:
        return found
    text = as_read(found[0], plain)
    join = next((m for m in _CUT[plain].finditer(text) if m.group().strip() == ""), None)
    if join is None:
        return found
    first, second = found[0][:join.start()], _cleaned(found[0][join.end():], plain)
    tail = _asking_tail(second)
    kinds = classify(second[tail[0]:]).kinds if tail else set()
    if first.strip().endswith(",") or asking(first, plain) or not kinds or not kinds <= _SHARED \
            or not names_something(first) or not names_something(second[:tail[0]]) or bodies().mentions(first):
        return found
    return [f"{first.strip()} {second[tail[0]:]}", second, *found[1:]]


def _asks_in_a_row(part: str) -> list[str]:
    """A part asking two kinds of fact one right after the other ("tổ chức lúc nào ở đâu", "mấy giờ, tại đâu" without
    its comma) is two: the second ("ở đâu") goes on from the first as a part after a comma does. Only when each asks
    with a question word of its own: "bao nhiêu phần trăm" asks one amount, in its unit; "hạn chót khi nào" asks one
    deadline, of the subject before it ("hạn chót" alone would ask what falls due soon)."""
    tail = _asking_tail(part)
    spans = [span for span in cue_spans(part) if tail and tail[0] <= span[0]]
    starts = sorted({a for a, _ in spans})
    plain = typed_without_diacritics(part)
    for a in starts[1:]:
        if all(b <= a for x, b in spans if x < a) and classify(part[:a]).kinds != classify(part[a:]).kinds \
                and _asks(part[a:], plain) and asking(part[starts[0]:a], plain):
            return [part[:a].rstrip(), part[a:]]
    return [part]


def _ends_asking(part: str, plain: bool) -> bool:
    """A part ends with its question: a question word among its last two words ("phản ánh về ban nào")."""
    bare = _cleaned(part, plain)
    tail = bare[max(0, len(bare) - len(" ".join(bare.split()[-2:]))):]
    return bool(asking(tail, plain))


def _cleaned(part: str, plain: bool) -> str:
    """A part as said on its own: no joining word opening it, no mark at its ends ("và gửi ai," → "gửi ai")."""
    part = re.sub(r"^(?:" + _MARKS + r"|\s)+|(?:" + _MARKS + r"|\s)+$", "", part)
    opener = _JOIN[plain].match(as_read(part, plain))
    return part[opener.end() if opener else 0:].strip()


def as_said(part: str) -> str:
    """A part as said on its own, "còn" opening it dropped ("và tháng này có việc gì đến hạn?" → "tháng này có việc
    gì đến hạn")."""
    plain = typed_without_diacritics(part)
    said = _cleaned(part, plain)
    opener = _OPENS[plain].match(as_read(said, plain))
    return said[opener.end() if opener and (not plain or not _asks(said, plain)) else 0:]


def questions(asked: Sequence[str], goes_on: Callable[[str, str], str]) -> list[str]:
    """Each part as a question of its own. The first as asked; a later one naming something of its own as it stands
    (its own subject kept, no other glued on); one naming nothing ("khi nào", "ký ngày nào") is asked of the document
    the first part asks about (followup.of_named_document), else goes on from the first part; "còn …" asking nothing
    of its own ("còn kế hoạch KL 01?") as `goes_on` (the chat's follow-up reading)
    makes it a follow-up of the first part."""
    first = as_said(asked[0])
    out = [f"{first}?"]
    for part in asked[1:]:
        plain = typed_without_diacritics(part)
        own = as_said(part)
        if not _asks(own, plain):
            said = _cleaned(part, plain)
            standalone = goes_on(said, first)
            out.append(standalone if standalone != said else joined(f"{own}?", first))
        elif names_something(own):
            out.append(f"{own}?")
        else:  # "TT 40 ai ký, ngày nào?": asked of the document the first part names, else going on from it
            out.append(of_named_document(own, first) or joined(f"{own}?", first))
    return out


def cited_documents(answer: Answer) -> set[str]:
    """The documents an answer's lines cite."""
    shown = {int(n) for n in CITATION_MARK.findall(answer.answer)}
    return {c.passage.doc_id for c in answer.citations if c.n in shown}


def settled(answer: Answer) -> bool:
    """An answer stating what was asked, not offering the nearest passage."""
    return answer.found and not answer.nearest


def stands(whole: Answer) -> bool:
    """A whole message's answer that is a line of the reply: settled, or declined for what its document lacks."""
    return settled(whole) or whole.mode == MISSING


def merged(whole: Answer, answers: Sequence[Answer], allowed: Callable[[int], set[str]],
           closing: Sequence[set[str]], said_parts: Sequence[str] = ()) -> Answer:
    """One reply: the whole message's answer, then, in the order asked, each part's best line that the reply does not
    already hold (the same sentence of the same passage, however quoted) and that cites only documents `allowed(n)` for
    the n-th part; a list of deadlines (a due part) whole. A part adds its line only as its own answer would stand
    alone: settled, and stating the kind of fact it asks ("khi nào": a date), not any line near it. A part asking about
    the document itself (its signer, date, recipients: `closing[n]`, the kinds of closing passage it asks for) is
    answered from those passages only, never from a body sentence naming a date; what the document lacks ("không ghi
    người ký") is said in the words the part alone would get. A part not answered adds nothing of its own; when no line
    of the reply states the kind of fact it asks (a date for "ký ngày nào"), a short line says that it is not stated
    (`said_parts[n]`: the part as typed), so that no part goes unanswered. A whole message not answered (nor declined
    for what its document lacks: MISSING) is no line of the reply: its parts answered are the reply, or it stands as it
    is. The sources are those the reply's lines cite, numbered in order."""
    own = stands(whole)
    blocks: list[tuple[list[str], Answer]] = [(whole.answer.split("\n"), whole)] if own else []
    said = {_unmarked(line) for block, _ in blocks for line in block}
    quoted = _quoted(whole, blocks[0][0]) if own else set()
    unsaid: list[int] = []  # the parts that added no line
    for n, answer in enumerate(answers):
        if answer.mode == "deadlines":
            blocks.append((answer.answer.split("\n"), answer))
            continue
        if answer.mode == MISSING:
            if answer.answer not in said:
                said.add(answer.answer)
                blocks.append(([answer.answer], answer))
            continue
        cited_lines = [line for line in answer.answer.split("\n") if CITATION_MARK.search(line)]
        # the line naming the article a part asks of ("Nội dung này được quy định tại … [2]:") states nothing asked: it
        # goes before the part's line; a part asking only which article ("điều nào quy định?") asks it of the rest of
        # the message, whose answer names it, and adds nothing of its own
        article = next((line for line in cited_lines if is_article_line(line)), None)
        if article is not None and asks_article_only(answer.question):
            continue
        cited_lines = [line for line in cited_lines if not is_article_line(line)]
        # its first line stating what it asks ("ở đâu": the place, under the time its words also found), else its first
        best = next((line for line in cited_lines if not closing[n] and states_asked(answer.question, _unmarked(line))),
                    cited_lines[0] if cited_lines else None)
        if not settled(answer) or best is None:
            unsaid.append(n)
            continue
        marks = {int(m) for m in CITATION_MARK.findall(best)}
        used = [c for c in answer.citations if c.n in marks]
        cites = {c.passage.doc_id for c in used}
        fits = all(c.passage.block in closing[n] for c in used) if closing[n] else states_asked(answer.question,
                                                                                                  _unmarked(best))
        if _unmarked(best) in said or _quoted(answer, [best]) <= quoted or _holds_answer(said, best, answer.question):
            continue  # the reply holds it already
        if fits and cites and (cites <= allowed(n) or n < len(said_parts)
                               and _names_subject(said_parts[n], best, used)):
            said.add(_unmarked(best))
            quoted |= _quoted(answer, [best])
            named = article is not None and _unmarked(article) not in said \
                and set(CITATION_MARK.findall(article)) <= set(CITATION_MARK.findall(best))
            if named:
                said.add(_unmarked(article))
            blocks.append(([article, best] if named else [best], answer))
        else:
            unsaid.append(n)
    if not blocks:  # neither the whole nor any part answered: the whole's reply (its maybe-related passages)
        return whole
    if own and any(is_article_line(line) for block, _ in blocks[1:] for line in block):
        # a part asking which article of its own subject names it; the whole's article line, of the whole's best line
        # (another part's fact), is not the one asked
        blocks[0] = ([line for line in blocks[0][0] if not is_article_line(line)], whole)
    lines = [_unmarked(line) for block, _ in blocks for line in block]
    for n in unsaid:  # a part no line answers: said not to be stated, not left silent
        if n < len(said_parts) and not any(states_asked(answers[n].question, line) for line in lines):
            blocks.append(([t("answer.part_not_stated", part=said_parts[n].strip(" ,;?.!"))], whole))
    if len(blocks) == int(own):
        return whole
    return _numbered(whole, blocks, whole.confidence if own else blocks[0][1].confidence)


def _holds_answer(said: set[str], line: str, part: str) -> bool:
    """Whether a line the reply holds is part of this line, or holds it, and states what the part asks: the same
    sentence quoted once short and once with the next ("Đã số hóa … (đạt 76% khối lượng) …" and that with "Kinh phí
    thực hiện …"), which the reply need not say twice."""
    own = _unmarked(line)
    return any((held in own or own in held) and states_asked(part, held) for held in said if held)


def _names_subject(part: str, line: str, cited: Sequence[Citation]) -> bool:
    """The line, with its passage's document name, headings and lead-in, names every word of the subject the part asks
    of ("lễ khai mạc hội thao" of "lễ khai mạc hội thao ngày nào"; two at least, its asking words aside): its own line,
    from whichever document states it, as the part names that subject as its own."""
    text = fold_same_length(part.lower())
    for a, b in cue_spans(part):
        text = text[:a] + " " * (b - a) + text[b:]
    words = {w for w in re.findall(r"[a-z0-9]+", text) if w not in STOP_FOLDED}
    around = " ".join(f"{c.passage.document} {c.passage.section} {c.passage.lead}" for c in cited)
    held = set(re.findall(r"[a-z0-9]+", fold(f"{_unmarked(line)} {around}")))
    return len(words) >= 2 and words <= held


def _quoted(answer: Answer, lines: Sequence[str]) -> set[tuple[str, int, int, int]]:
    """The passages and spans the lines quote (document, position, span): one sentence quoted twice, once with its
    list's lead-in, is the same line."""
    marks = {int(m) for line in lines for m in CITATION_MARK.findall(line)}
    return {(c.passage.doc_id, c.passage.position, a, b) for c in answer.citations if c.n in marks
            for a, b in c.spans}


def _unmarked(line: str) -> str:
    """A line without its citation numbers (which differ from one answer to another)."""
    return CITATION_MARK.sub("", line).strip()


def _numbered(whole: Answer, blocks: list[tuple[list[str], Answer]], confidence: float) -> Answer:
    """The blocks' lines as one text, each citation renumbered in the order the text cites it (a passage cited by
    two answers once), and only those cited."""
    passages: dict[tuple[str, int], Citation] = {}
    lines: list[str] = []
    for block, answer in blocks:
        by_n = {c.n: c for c in answer.citations}

        def number(n: int) -> int:
            c = by_n.get(n)
            if c is None:
                return n
            key = (c.passage.doc_id, c.passage.position)
            held = passages.setdefault(key, Citation(len(passages) + 1, c.passage, []))
            held.spans.extend(s for s in c.spans if s not in held.spans)
            return held.n

        lines.extend(renumbered(line, number) for line in block)
    # found when a line answers something: lines saying only what is not stated (the whole's own) answer nothing
    found = any(answer.found for _, answer in blocks)
    return Answer(whole.question, "\n".join(lines), found, list(passages.values()),
                  mode="offline" if whole.mode == MISSING else whole.mode, confidence=confidence)
