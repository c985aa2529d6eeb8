"""A table row named by the question: the row whose label (its first cell of words, what the row is of) is mostly
the question's own words — "Lăng vua Minh Mạng" asked "vào lăng Minh Mạng bao nhiêu tiền", a word of the label
between the question's, "BHXH tự nguyện (người)" asked "bao nhiêu người tham gia BHXH tự nguyện" — is the row asked,
not a longer row naming the same place among many others ("Vé liên tuyến 3 điểm: Đại Nội - Lăng Tự Đức - Lăng Minh
Mạng"), nor a sentence sharing a few of its words. Words are compared with their marks when the question has them
("động" of "lao động" is no "đóng"), folded when it has none; the words asking the kind of fact ("bao nhiêu") and
function words name nothing."""
from __future__ import annotations

import re

from bot.answer.model import row_cells
from bot.answer.question import cue_spans
from troly.vntext import STOP_FOLDED, STOP_WORDS, fold, normalize, typed_without_diacritics
from vectorstore.search import Passage

_WORD = re.compile(r"\w+")


def row_label(p: Passage) -> str:
    """The row's first cell holding a word (not its number: "STT: 3"), "" for a passage that is no row of a table
    with a header."""
    return next((cell for _, cell in row_cells(p) if any(c.isalpha() for c in cell)), "")


def _words(text: str, marked: bool, skipped: list[tuple[int, int]] | None = None) -> set[str]:
    """The text's words naming something, as compared: no function word, none inside `skipped`. A figure is a word:
    a row "Tháng 4" is named by "tháng 4", not by every question saying "6 tháng" (review45 R3)."""
    out = set()
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if any(a < m.end() and m.start() < b for a, b in skipped or ()):
            continue
        if marked and word not in STOP_WORDS:
            out.add(word)
        elif not marked and fold(word) not in STOP_FOLDED:
            out.add(fold(word))
    return out


def label_held(question: str, p: Passage) -> tuple[int, int]:
    """How many words of the row's label the question names, and how many it has."""
    text = normalize(question)
    marked = not typed_without_diacritics(text)
    label = _words(normalize(row_label(p)), marked)
    return len(label & _words(text, marked, cue_spans(text))), len(label)


def names_row(question: str, p: Passage) -> bool:
    """Whether the question names the row: it holds more of its label's words than it lacks."""
    held, total = label_held(question, p)
    return held * 2 > total


def named_share(question: str, p: Passage) -> float:
    """The share of the row's label the question holds (0 for no row): of two rows named, the nearer one."""
    held, total = label_held(question, p)
    return held / total if total else 0.0
