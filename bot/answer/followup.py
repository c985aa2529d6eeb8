"""Follow-up questions ("còn LĐLĐ huyện thì sao?") rewritten into standalone questions from the recent turns
of the same chat, so that search sees what the user means. An offline heuristic always works; a language
model, when configured, does it better and falls back to the heuristic when it fails."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.llm.facts import BODY_KINDS, LEVELS, extract_facts
from bot.answer.question import classify
from troly import tables
from troly.texts import alternation
from troly.vntext import bodies, fold, fold_same_length, is_acronym, typed_without_diacritics

if TYPE_CHECKING:
    from bot.answer.llm.answerer import LLMAnswerer

Turn = tuple[str, str]
RECENT_TURNS = 3

_W = tables.toml("followup_words.toml")
_OPENER = re.compile(rf"^(?:{alternation(_W['lead'])}\s+)?{alternation(_W['turn'])}\s+", re.IGNORECASE)
_TAIL = re.compile(rf"\s*{alternation(_W['verb'])}?\s*{alternation(_W['ask'])}?\s*"
                   rf"{alternation(_W['particle'])}?\s*[?.!]*\s*$", re.IGNORECASE)
# The same, typed without diacritics ("con ldld huyen thi sao"): only with its asking tail, as "con" alone is a word.
_OPENER_PLAIN = re.compile(rf"^(?:{alternation(map(fold, _W['lead']))}\s+)?{alternation(map(fold, _W['turn']))}\s+")
_TAIL_PLAIN = re.compile(rf"\s*{alternation(map(fold, _W['verb']))}?\s*{alternation(map(fold, _W['ask']))}\s*"
                         rf"{alternation(map(fold, _W['particle']))}?\s*[?.!]*\s*$")
_LEAD = re.compile(rf"^{alternation(_W['lead'])}\s+", re.IGNORECASE)
_TAIL_ONLY = re.compile(rf"{alternation(_W['ask_only'])}\s*{alternation(_W['particle_only'])}?\s*\??$", re.IGNORECASE)
_ANAPHORA = re.compile(rf"(?<!\w){alternation(_W['anaphora'])}(?!\w)", re.IGNORECASE)
_VAGUE_START = re.compile(rf"^{alternation(_W['vague_start'])}(?!\w)", re.IGNORECASE)
_MODEL_LABEL = re.compile(rf"^{alternation(_W['model_labels'])}\s*:\s*", re.IGNORECASE)
_TOPIC = re.compile(rf"(?<!\w){alternation(_W['topic'])}\s+")
_WORDS = re.compile(r"\S+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text)


def _word(word: str) -> str:
    """A word without the punctuation around it, case-folded (diacritics kept)."""
    return word.strip(",.;:?!()\"“”").casefold()


def _level_len(words: list[str], i: int) -> int:
    rest = " ".join(_word(w) for w in words[i:i + 2])
    for level in sorted(LEVELS, key=len, reverse=True):
        if rest == level or rest.startswith(level + " "):
            return len(level.split())
    return 0


def _qualifier_run(words: list[str], i: int) -> int:
    """How many words from i qualify a name: a capitalized part ("Giáo dục") and/or a level ("tỉnh")."""
    n = 0
    while i + n < len(words) and words[i + n][:1].isupper():
        n += 1
        if n == 1 and i + n < len(words) and words[i + n][:1].islower() and not _level_len(words, i + n):
            n += 1  # second syllable of a name: "Giáo dục"
    return n + _level_len(words, i + n)


def _substitute(prev: str, subject: str) -> str | None:
    """Put `subject` in place of the matching subject of the previous question (LĐLĐ tỉnh → LĐLĐ huyện)."""
    pw, sw = _words(prev.rstrip(" ?")), _words(subject)
    if _YEAR.fullmatch(subject) and _YEAR.search(prev):  # "còn 2024?": the year asked about is swapped
        return _YEAR.sub(subject, prev.rstrip(" ?"), count=1) + "?"
    folded = [_word(w) for w in pw]
    named = bodies().mentions(subject)
    is_body = (_body_span(sw) == (0, len(sw)) or any(is_acronym(w) for w in sw)
               or bool(named and named[0].start == 0 and named[0].end == len(subject)))
    for i, w in enumerate(folded):
        if w != _word(sw[0]):
            continue
        common = 1
        while common < len(sw) and i + common < len(pw) and folded[i + common] == _word(sw[common]):
            common += 1
        same_slot = (common < len(sw) and i + common < len(pw) and pw[i + common][:1].isdigit()
                     and sw[common][:1].isdigit())  # "năm 2022" → "năm 2023"
        if not same_slot and (not is_body or (common < min(2, len(sw)) and not is_acronym(sw[0]))):
            # A subject framed like a phrase of the previous question, same first and last word
            # ("trường công lập" → "trường ngoài công lập"), takes its place; else a topic, or one shared
            # common word ("công"), is no anchor.
            last = _word(sw[-1])
            for j in range(i + 1, min(len(pw), i + len(sw) + 1)):
                if len(sw) > 1 and folded[j] == last and folded[i:j + 1] != [_word(w) for w in sw]:
                    return " ".join(pw[:i] + sw + pw[j + 1:]) + "?"
            continue
        if same_slot:
            return " ".join(pw[:i] + sw + pw[i + common + 1:]) + "?"
        old = _qualifier_run(pw, i + common) if common < len(sw) else 0
        return " ".join(pw[:i] + sw + pw[i + common + old:]) + "?"
    if _level_len(sw, 0) == len(sw):  # only a level: "còn huyện thì sao?"
        for lv in LEVELS:
            if re.search(rf"(?<!\w){lv}(?!\w)", prev, re.IGNORECASE):
                return re.sub(rf"(?<!\w){lv}(?!\w)", subject, prev, count=1, flags=re.IGNORECASE)
    if is_body:
        span = _body_span(pw)
        if span:
            return " ".join(pw[:span[0]] + sw + pw[span[1]:]) + "?"
        named = bodies().mentions(prev)  # also a short form typed in haste ("cdcs")
        if named:
            return (prev[:named[0].start] + subject + prev[named[0].end:]).rstrip(" ?") + "?"
        return None
    topic = list(_TOPIC.finditer(prev))  # the new subject is a topic
    if topic:
        return prev[:topic[-1].end()] + subject + "?"
    return None


def _body_span(words: list[str]) -> tuple[int, int] | None:
    """Where the first body is named in a question: an acronym or a kind of body, with its qualifiers."""
    kinds = sorted((k.casefold().split() for k in BODY_KINDS), key=len, reverse=True)
    for i, w in enumerate(words):
        if is_acronym(w):
            return i, i + 1 + _qualifier_run(words, i + 1)
        for kind in kinds:
            if [_word(x) for x in words[i:i + len(kind)]] == kind:
                end = i + len(kind)
                return i, end + _qualifier_run(words, end)
    return None


def rewrite_offline(question: str, previous: str) -> str:
    """The standalone form of `question` given the standalone form of the previous question."""
    q = question.strip()
    opener = _OPENER.match(q)
    subject = _TAIL.sub("", q[opener.end():]).strip() if opener else ""
    if not opener and typed_without_diacritics(q):
        plain = fold_same_length(q)
        opener, tail = _OPENER_PLAIN.match(plain), _TAIL_PLAIN.search(plain)
        if opener and tail and tail.start() > opener.end():
            subject = q[opener.end():tail.start()].strip()
    if opener:
        if subject and len(_words(subject)) <= 8:
            return _substitute(previous, subject) or f"{subject}: {previous}"
    words = _words(q)
    has_own_subject = any(f.kind in ("body", "number") for f in extract_facts(q))
    tail_only = _TAIL_ONLY.search(q)
    if tail_only and len(words) <= 6 and has_own_subject:
        subject = _LEAD.sub("", _TAIL.sub("", q).strip())
        return _substitute(previous, subject) or f"{subject}: {previous}"
    anaphoric = _ANAPHORA.search(q) and len(words) <= 12
    # A short message goes on from the previous question only when it asks something ("thời hạn?", "bao lâu"):
    # a stray word ("Ctrl", "ok nha") is no follow-up.
    vague = len(words) <= 5 and not has_own_subject and (q.endswith("?") or bool(classify(q).kinds))
    if anaphoric or vague or _VAGUE_START.match(q):
        return _W["joined"].format(question=q.rstrip(), previous=previous.rstrip())
    return q


def _clean_model_output(text: str, question: str) -> str | None:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return None
    line = _MODEL_LABEL.sub("", lines[0]).strip(" \"“”'")
    if not 2 <= len(line) <= max(400, 4 * len(question)):
        return None
    return line


class FollowupRewriter:
    def __init__(self, model: "LLMAnswerer | None" = None) -> None:
        self.model = model

    def rewrite(self, question: str, history: list[Turn] | None) -> str:
        """The question as it would be asked without the conversation (unchanged without history)."""
        turns = [(q, a) for q, a in (history or []) if q.strip()][-RECENT_TURNS:]
        if not turns:
            return question
        if self.model is not None:
            from bot.answer.llm.prompt import rewrite_messages

            out = self.model.complete(rewrite_messages(question, turns), "rewrite")
            cleaned = _clean_model_output(out, question) if out else None
            if cleaned:
                return cleaned
        previous = turns[0][0].strip()
        for q, _ in turns[1:]:
            previous = rewrite_offline(q, previous)
        return rewrite_offline(question, previous)
