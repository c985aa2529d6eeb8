"""A proper name the question names that no loaded document writes ("đóng đoàn phí qua ví MoMo", "Lăng Thiệu Trị").

Whatever the documents say of their own subjects, none of it is about a thing they never name: a line on paying dues
"bằng tiền mặt hoặc chuyển khoản" answers nothing of MoMo, a fee table of "Lăng Tự Đức, Lăng Khải Định" nothing of
Lăng Thiệu Trị. A name is read as the question writes it, by its capitals: a run of capitalised words not opening a
sentence, two or more ("Thiệu Trị", "Huyện Nghĩa Hưng") or one with a capital inside (a brand's "MoMo"); an
abbreviation in capitals ("BHYT") is none, nor one word capitalised by convention ("Nhà nước", "Chính phủ"). It is
unknown when no two of its words stand side by side in any loaded passage's text (one word: when none writes it), and
none of the passages found names it in its text, heading, lead-in or document's name. The store's counts are of
folded syllables (bot/answer/lexicon.py), so a name typed without its diacritics is known as well. A body asked its
duties by its kind and name ("Phòng Tư pháp") is read against the answer's own documents (unnamed_body): a name the
store knows from another document is still no body of a letter that never writes it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from bot.answer.lexicon import Lexicon
from troly import tables
from troly.vntext import bodies, capitalised_runs, fold, fold_same_length
from vectorstore.search import Passage


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


# A body of a kind (prompts/bodies.tsv: "Phòng", "Sở", "Ban" …) then the first two words of its own name, the first
# written with a capital ("Phòng Tư pháp", "Sở Tài chính"): folded, as the documents' texts are searched
_KINDS = sorted({fold(kind) for kind in bodies().kinds}, key=len, reverse=True)
_KIND_NAME = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, _KINDS))})\s+([^\W\d_]+)\s+([^\W\d_]+)(?!\w)")


def unnamed_body(question: str, texts: Callable[[], Sequence[str]]) -> str:
    """The body the question asks the duties of by its kind and name ("Phòng Tư pháp thị xã … được giao nhiệm vụ gì")
    that the answer's documents never write — kind and the name's first two words, in none of their passages with
    headings, lead-ins and names (`texts`, read only when the question names such a body) — as typed; "" when none.
    A letter giving tasks to other bodies gives none to a body it never names: its lines answered for it tell the user
    another body's duty as if it were theirs. A name in capitals ("Sở GD&ĐT", "Phòng TC-KH") may be written out in
    full by the documents: none is read."""
    typed = fold_same_length(question)
    asked = [m for m in _KIND_NAME.finditer(typed) if question[m.start()].isupper()
             and question[m.start(1)].isupper() and not question[m.start(1) + 1:m.end(1)].isupper()
             and not question[m.start(2):m.end(2)].isupper()]
    said = [" ".join(fold(text).split()) for text in texts()] if asked else []
    for m in asked:
        phrase = " ".join(typed[m.start():m.end()].split())
        if said and not any(re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) for text in said):
            return " ".join(question[m.start():m.end()].split())
    return ""


_CHANNEL = frozenset(fold(w) for w in tables.toml("question_cues.toml")["recipients"]["channel"])


def channel_only(question: str, read_passages: Callable[[], Sequence[Passage]]
                 ) -> tuple[str, Passage, tuple[int, int]] | None:
    """The body the question names by its kind and name ("ban to chuc lam gi": "Ban Tổ chức"), as the passages write
    it, that these passages (a document's every one) name only right after a word sending or passing something on
    ("… gửi về Liên đoàn Lao động tỉnh (qua Ban Tổ chức) trước ngày 20/4"), never in a heading, lead-in or as the
    doer of a line; with the first such passage and the span of its line. Asked its duties, the other body's line
    naming it would be answered as if it were its own: the documents give it none. None when it acts anywhere, or is
    never written with its capital. `read_passages` is called only once the question names a body so: most duty
    questions name none, and a law's every passage is thousands."""
    typed = fold_same_length(question)
    passages: Sequence[Passage] = ()
    for m in _KIND_NAME.finditer(typed):
        passages = passages or read_passages()
        written = r"\s+".join(map(re.escape, typed[m.start():m.end()].split()))
        pattern = re.compile(rf"(?<!\w){written}(?!\w)")
        first, only = None, True
        for p in passages:
            if any(pattern.search(fold(text)) for text in (p.section, p.lead)):
                only = False
            text = p.text
            for found in pattern.finditer(fold_same_length(text)):
                if not text[found.start()].isupper():
                    continue
                before = fold(text[:found.start()]).split()
                if not before or before[-1].lstrip("(") not in _CHANNEL:
                    only = False
                elif first is None:
                    line_start = text.rfind("\n", 0, found.start()) + 1
                    line_end = text.find("\n", found.end())
                    first = (text[found.start():found.end()], p, (line_start, len(text) if line_end < 0 else line_end))
            if not only:
                break
        if only and first is not None:
            return first
    return None
