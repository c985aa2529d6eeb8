"""A question asking which ones by their kind ("huyện nào chưa hoàn thành giao rừng?"): it asks for their names, so a
line naming them ("… giao Ủy ban nhân dân các huyện Sốp Cộp, Quỳnh Nhai, Bắc Yên …") answers before one that only
counts them ("03 huyện chưa hoàn thành giao rừng cho cộng đồng"); the count may still join the answer (choose)."""
from __future__ import annotations

import re

from bot.answer.named_claims import names_after
from bot.answer.question import WHICH_ASKED, counts_beside
from troly.vntext import STOP_FOLDED, capitalised_runs, fold


def kind_asked(question: str) -> tuple[str, ...]:
    """The noun "nào" asks of, folded: its last syllable first, then the one before it when that is no function word
    ("huyện nào": ("huyen",); "đơn vị nào": ("vi", "don")); () when the question asks no "… nào" of a noun."""
    words = [fold(w) for w in re.findall(r"\w+", question)]
    at = next((n for n, w in enumerate(words) if w == WHICH_ASKED), 0)
    if at == 0 or words[at - 1] in STOP_FOLDED:
        return ()
    return (words[at - 1],) + ((words[at - 2],) if at >= 2 and words[at - 2] not in STOP_FOLDED else ())


def only_counts(kind: tuple[str, ...], line: str) -> bool:
    """Whether a line writes a number of the kind asked ("03 huyện …") and names no one by a proper name: "03 tuyến
    xe buýt: Trung tâm thành phố - phường Hội An; …" names them after its colon."""
    return bool(kind) and any(counts_beside(word, line) for word in kind) and not capitalised_runs(line, True)


def names_members(kind: tuple[str, ...], line: str) -> bool:
    """Whether a line names members of the kind asked by their proper names ("các huyện Sốp Cộp, Quỳnh Nhai")."""
    return bool(kind) and names_after(kind[0], line)
