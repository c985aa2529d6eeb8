"""A proper name the question names that no loaded document writes ("đóng đoàn phí qua ví MoMo", "Lăng Thiệu Trị").

Whatever the documents say of their own subjects, none of it is about a thing they never name: a line on paying dues
"bằng tiền mặt hoặc chuyển khoản" answers nothing of MoMo, a fee table of "Lăng Tự Đức, Lăng Khải Định" nothing of
Lăng Thiệu Trị. A name is read as the question writes it, by its capitals: a run of capitalised words not opening a
sentence, two or more ("Thiệu Trị", "Huyện Nghĩa Hưng") or one with a capital inside (a brand's "MoMo"); an
abbreviation in capitals ("BHYT") is none, nor one word capitalised by convention ("Nhà nước", "Chính phủ"). It is
unknown when no two of its words stand side by side in any loaded passage's text (one word: when none writes it), and
none of the passages found names it in its text, heading, lead-in or document's name. The store's counts are of
folded syllables (bot/answer/lexicon.py), so a name typed without its diacritics is known as well.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from bot.answer.lexicon import Lexicon
from troly.vntext import capitalised_runs, fold


def names_written(question: str) -> list[list[str]]:
    """The runs of capitalised words of the question that do not open a sentence and name something by their own
    name: two words or more ("Thiệu Trị", "Gỗ Bình Minh"), or one with a capital inside ("MoMo", "VssID"). One word
    with its first capital is what writing capitalises by convention ("Nhà nước", "Chính phủ", "Quốc hội")."""
    return [run for run in capitalised_runs(question, names_only=True)
            if len(run) > 1 or any(ch.isupper() for ch in run[0][1:])]


def _written(lexicon: Lexicon, name: list[str]) -> bool:
    """Whether some loaded passage writes two of the name's words side by side (one word: writes it at all)."""
    folded = [fold(w) for w in name]
    if len(folded) == 1:
        return lexicon.df_folded[folded[0]] > 0
    return any(lexicon.df_pairs_folded[pair] > 0 for pair in zip(folded, folded[1:]))


def unknown_name(question: str, lexicon: Lexicon, found: Iterable[str]) -> str:
    """The first name the question writes that no loaded document does, as written ("Thiệu Trị"); "" when none.
    `found`: the texts of the passages found with their headings, lead-ins and documents' names (the store's counts
    are of passage texts only)."""
    said = fold(" \n ".join(found))
    for name in names_written(question):
        phrase = re.escape(fold(" ".join(name))).replace(r"\ ", r"\W+")
        if not _written(lexicon, name) and not re.search(rf"(?<!\w){phrase}(?!\w)", said):
            return " ".join(name)
    return ""
