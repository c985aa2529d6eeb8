"""A name with a word before it that makes it a lesser form of what the name alone is ("Bán marathon": half of one,
"nửa ngày"): a question naming the thing bare ("thời gian giới hạn cự ly marathon") asks of the whole one, so a line
naming it bare ("42,195 km (Marathon)") answers before a line naming that lesser form ("21,1 km (Bán marathon)"),
unless the question writes the word too ("bán marathon xuất phát lúc mấy giờ"). Words: prompts/question_cues.toml
[words] part_of."""
from __future__ import annotations

import re
from collections.abc import Collection

from troly.tables import toml
from troly.texts import alternation
from troly.vntext import plain_words

_PART_OF = toml("question_cues.toml")["words"]["part_of"]
_QUALIFIED = re.compile(rf"(?i)(?<!\w)({alternation(_PART_OF)})\s+(\w+)")


def lessened(question: str, line: str, matched: Collection[str]) -> frozenset[str]:
    """The question's words (`matched`, lower case) that the line writes after a word of part_of, where the question
    writes them without it."""
    asked = f" {plain_words(question)} "
    return frozenset(word.lower() for part, word in _QUALIFIED.findall(line)
                     if word.lower() in matched and f" {plain_words(part)} {plain_words(word)} " not in asked)


def bare(line: str, words: Collection[str]) -> bool:
    """Whether the line writes each of the words at least once after no word of part_of ("(Marathon)")."""
    lessened_at = {m.start(2) for m in _QUALIFIED.finditer(line)}
    return all(any(m.start() not in lessened_at for m in re.finditer(rf"(?i)(?<!\w){re.escape(w)}(?!\w)", line))
               for w in words)
