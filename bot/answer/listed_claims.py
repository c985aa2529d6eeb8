"""Which line of a list's answer a yes-or-no claim is judged by. A list quoted whole opens with its lead-in ("Sở …
đề nghị các đơn vị thực hiện một số nội dung sau:", "… được hỗ trợ theo mức độ thương tật như sau:"), which states no
day or amount, or another one (the date of the letter it carries out); its items state them. The claim ("… báo cáo
UBND tỉnh trước ngày 31/12 đúng không?") is the item's naming what it is claimed of: the one sharing most of the
question's other words. When no one item names it more than the others, the items are levels of one thing ("a) …
1.000.000 đồng; b) … 2.000.000 đồng"): a claim none of them holds is denied by naming them all; one a level holds is
left to the reader."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from bot.answer.model import CITATION_MARK
from bot.answer.question import premise_denied, premise_held, premise_phrases
from troly.vntext import fold, plain_content, typed_without_diacritics


def _words(text: str, marked: bool) -> set[str]:
    """The text's content words, with their marks when the question is typed with them ("trợ" is no "trở")."""
    words = plain_content(text)
    return {w for w in re.findall(r"\w+", unicodedata.normalize("NFC", text).lower()) if fold(w) in words} \
        if marked else words


def _naming(question: str, lines: list[str]) -> int | None:
    """The index of the one line naming what the question claims a value of more than every other line does (sharing
    most of its words but the claimed value's), or None when none does, or several do alike."""
    subject = question
    for phrase in premise_phrases(question):
        subject = subject.replace(phrase, " ")
    marked = not typed_without_diacritics(question)
    asked = _words(subject, marked)
    shared = [len(_words(line, marked) & asked) for line in lines]
    best = max(shared, default=0)
    return shared.index(best) if best and shared.count(best) == 1 else None


def listed_claim(question: str, lines: list[str]) -> tuple[bool, str] | None:
    """Whether the item of a list's answer (`lines`, its items, cited) naming what the question claims a day or an
    amount of holds the claim, with the item's words stating its own (every item's when no one item names it more
    than the others, and none holds it); None when no item states a value of the claim's kind, or a level holds it."""
    stating = [line for line in (CITATION_MARK.sub("", x).strip() for x in lines)
               if premise_held(question, line) is not None]
    if not stating:
        return None
    best = _naming(question, stating)
    if best is not None:
        line = stating[best]
        return (True, "") if premise_held(question, line) else (False, premise_denied(question, line))
    if any(premise_held(question, line) for line in stating):
        return None
    return False, ", ".join(premise_denied(question, line) for line in stating)


def naming_other(question: str, lines: list[str]) -> int | None:
    """The index of the line naming what a yes-or-no question claims a value of, when it is not the first but the
    first states a value of that kind too — for a sibling ("Có phải sửa chữa được 55 triệu không?" of "xây mới …
    55.000.000 đồng/nhà" beside "sửa chữa … 32.500.000 đồng/nhà"); None otherwise (new-user recheck of session 41,
    M1: a sibling's value is no "Có.")."""
    stating = [i for i, line in enumerate(lines)
               if premise_held(question, CITATION_MARK.sub("", line).strip()) is not None]
    if len(stating) < 2 or stating[0] != 0:
        return None
    best = _naming(question, [CITATION_MARK.sub("", lines[i]) for i in stating])
    return stating[best] if best else None


def claimed_first(question: str, text: str, sibling: Callable[[str], bool]) -> str:
    """An answer's lines with the one naming what a yes-or-no question claims a value of moved first (naming_other),
    among the first line's siblings (`sibling`: a line quoting an item of the same list): the verdict is judged by the
    line it opens with. Lines of other lists or documents are left: sharing words with the question, they need not
    be a sibling case."""
    lines = text.split("\n")
    cited = [i for i, line in enumerate(lines) if CITATION_MARK.search(line) and (i == 0 or sibling(line))]
    if not cited or cited[0] != 0:
        return text
    moved = naming_other(question, [lines[i] for i in cited])
    if moved is None:
        return text
    moved = cited[moved]
    return "\n".join([lines[moved], *(line for i, line in enumerate(lines) if i != moved)])
