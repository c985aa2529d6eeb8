"""A question asking for all of something a law or charter lays out as a chapter or section of articles ("liệt kê
toàn bộ quyền của công đoàn" → "Mục 1. QUYỀN, TRÁCH NHIỆM CỦA CÔNG ĐOÀN"): the group heading whose words name the
question's topic, found among the passages search returned, and the articles under it in the order written."""
from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from bot.answer.written_order import written
from ingest.markers import DIVISIONS, heading_match
from ingest.model import SECTION_SEP
from ingest.place import article_heading
from troly.tables import toml
from troly.vntext import is_stopword, padded_words
from vectorstore.search import Passage

_ALL = toml("question_cues.toml")["all"]
_ASKS_ALL = re.compile(_ALL["asks"])
_HOW_MUCH = re.compile(_ALL["how_much"])


def topic_words(question: str) -> list[str]:
    """The folded words naming what is asked for all of, in the order typed: the question's words but those saying
    how much is asked ("liệt kê", "toàn bộ"); [] when it does not ask for all of something."""
    folded = padded_words(question)
    if not _ASKS_ALL.search(folded):
        return []
    return _HOW_MUCH.sub(" ", folded).split()


def _run(a: list[str], b: list[str]) -> int:
    """The length of the longest run of words the two hold side by side in the same order."""
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def _groups(section: str) -> list[str]:
    """The heading path down to the group levels (part, chapter, section) above a passage's article, innermost
    last; [] for a passage in no article."""
    if not article_heading(section):
        return []
    out: list[str] = []
    for level in section.split(SECTION_SEP):
        m = heading_match(level.strip())
        if m and m.kind == "dieu":
            break
        out.append(level)
    return out


def topic_heading(said: list[str], passages: Iterable[Passage]) -> tuple[str, str] | None:
    """(doc_id, heading path) of the group heading that names the question's topic (`said`) most closely. Of the
    headings above the passages (their articles' too) that hold every topic word: the one holding the longest run of the
    question's words ("… CỦA CÔNG ĐOÀN" for "quyền của công đoàn", not "Quyền của đoàn viên công đoàn"), then the
    fewest other words ("QUYỀN, TRÁCH NHIỆM CỦA CÔNG ĐOÀN" before "QUYỀN, TRÁCH NHIỆM CỦA CÔNG ĐOÀN VÀ ĐOÀN VIÊN …"),
    then the innermost, then the first found. None when the question asks for no whole, no heading names it, or an
    article's does (its own text answers: "Điều 18. Quyền của đoàn viên công đoàn"). `said`: topic_words."""
    topic = {w for w in said if not is_stopword(w) and not w.isdigit()}
    if not topic:
        return None
    best: tuple[tuple[int, int, int], str, str] | None = None
    for p in passages:
        levels = [*_groups(p.section), article_heading(p.section)]
        for depth, level in enumerate(levels):
            m = heading_match(level.strip())
            if not m or m.kind not in DIVISIONS:
                continue
            words = padded_words(m.rest).split()
            if not topic <= set(words):
                continue
            key = (-_run(said, words), len({w for w in words if w not in topic and not is_stopword(w)}), -m.rank)
            if best is None or key < best[0]:
                path = "" if m.kind == "dieu" else SECTION_SEP.join(levels[:depth + 1])
                best = (key, p.doc_id, path)
    return (best[1], best[2]) if best and best[2] else None


def articles_under(passages: Iterable[Passage], doc_id: str, path: str) -> list[tuple[str, Passage]]:
    """(article heading, its first passage) of each article under the heading path, in the order written."""
    first: dict[str, Passage] = {}
    under = path + SECTION_SEP
    for p in written(passages, lambda p: p.doc_id == doc_id and (p.section + SECTION_SEP).startswith(under)):
        heading = article_heading(p.section)
        if heading:
            first.setdefault(heading, p)
    return list(first.items())
