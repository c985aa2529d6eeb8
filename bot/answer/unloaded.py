"""A question naming a law or a text guiding one by its kind and title ("Theo Luật Điện ảnh, phim loại C …") that
no loaded document is, and that nothing answers: the user learns that this document is not loaded and which are,
rather than "the documents do not mention this" (as if it had been searched). The kinds and the words ending a
title live in prompts/question_cues.toml [named_title]; a name whose end is unsure names nothing."""
from __future__ import annotations

import re
import unicodedata

from ingest.metadata import names_text
from ingest.model import SECTION_SEP
from troly.tables import rows, toml
from troly.texts import t
from troly.vntext import fold, is_stopword, padded_words, plain_words, typed_without_diacritics
from troly.weights import DEFAULT
from vectorstore.store import DocRecord

_TABLE = toml("question_cues.toml")["named_title"]
_KNOWN_KINDS = {row[1] for row in rows("document_kinds.tsv") if len(row) > 1}
assert set(_TABLE["kinds"]) <= _KNOWN_KINDS, "named_title kinds must be kinds of document_kinds.tsv"
_KINDS = sorted((tuple(plain_words(k).split()) for k in _TABLE["kinds"]), key=len, reverse=True)
_ENDS = sorted((tuple(e.split()) for e in _TABLE["ends"]), key=len, reverse=True)
_ENDS_FOLDED = sorted((tuple(fold(e).split()) for e in _TABLE["ends"]), key=len, reverse=True)
_NO_TITLE = {w.lower() for w in _TABLE["no_title"]}
_PLURAL = {fold(w) for w in _TABLE["plural"]}
LISTED = 8  # loaded documents named in the answer; the rest counted (display only)


def _clauses(question: str) -> list[list[tuple[str, str]]]:
    """The question's clauses (split at punctuation), each a list of its words as typed and folded."""
    out = []
    for clause in re.split(r"[,;:?!.()\"“”«»\n]", unicodedata.normalize("NFC", question)):
        words = [(w, fold(w)) for w in re.findall(r"[^\W_]+", clause)]
        out.append([(w, f) for w, f in words if re.fullmatch(r"[a-z0-9]+", f)])
    return out


def _starts(words: list[str], at: int, phrases: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    return next((p for p in phrases if tuple(words[at:at + len(p)]) == p), None)


def _opens_name(clause: list[tuple[str, str]], at: int) -> bool:
    """Whether the kind at `at` opens a name: written with a capital ("vi phạm Luật Giao thông"), or opening its
    clause or after a linking word ("theo luật điện ảnh"); not the end of another word ("kỷ luật", "pháp luật", "bộ
    luật" when "luật" is read)."""
    typed = clause[at][0]
    return typed[:1].isupper() and not (at and clause[at - 1][0][:1].isupper() and
                                        _starts([f for _, f in clause], at - 1, _KINDS)) \
        or at == 0 or is_stopword(clause[at - 1][0].lower())


def named_titles(question: str) -> list[str]:
    """The documents the question names by a kind and a title, as typed ("Luật Điện ảnh"); only those whose title
    ends sure (at its clause's end or an `ends` word) within `most` words, holds a content word and no number."""
    names = []
    marked = not typed_without_diacritics(question)
    for clause in _clauses(question):
        folded = [f for _, f in clause]
        said, ends = ([w.lower() for w, _ in clause], _ENDS) if marked else (folded, _ENDS_FOLDED)
        for at in range(len(folded)):
            kind = _starts(folded, at, _KINDS)
            if kind is None or not _opens_name(clause, at) or (at and folded[at - 1] in _PLURAL):
                continue  # "các luật về thuế": laws in general, no one document
            end = start = at + len(kind)
            while end < len(folded) and _starts(said, end, ends) is None:
                end += 1
            title = clause[start:end]
            if len(title) == 1 and (title[0][0].lower() if marked else title[0][1]) in _NO_TITLE:
                continue  # "luật sư", "luật pháp": one word with the kind's, no document's name
            if 0 < len(title) <= DEFAULT.named_title_words and not any(c.isdigit() for w, _ in title for c in w) \
                    and not all(is_stopword(w.lower()) for w, _ in title):
                names.append(" ".join(w for w, _ in clause[at:end]))
    return names


def _loaded(name: str, records: list[DocRecord]) -> bool:
    """Whether a loaded document is the one named: its title holds the name whole ("Luật Công đoàn"), or it is of
    the kind named and its title holds the title words. Not a document of another kind whose title merely holds
    them (a plan on "… hoạt động của Công đoàn Việt Nam" is no "Luật Công đoàn")."""
    words = plain_words(name).split()
    kind = _starts(words, 0, _KINDS) or ()
    whole, title = f" {' '.join(words)} ", f" {' '.join(words[len(kind):])} "
    for r in records:
        held = padded_words(f"{r.title} {r.short_title}")
        if whole in held or (tuple(plain_words(r.kind).split()) == kind and title in held):
            return True
    return False


def _quoted(name: str, texts: list[str]) -> bool:
    """Whether a passage names the document ("… theo quy định của Luật Công đoàn"): its words then speak of it."""
    words = plain_words(name)
    return any(f" {words} " in padded_words(text) for text in texts)


def _kind_loaded(name: str, records: list[DocRecord]) -> bool:
    """Whether a loaded document is of the kind named, or of its family ("Bộ luật" of "Luật": a code and the laws
    quote each other's provisions, and a question may name the wrong one)."""
    kind = _starts(plain_words(name).split(), 0, _KINDS) or ("",)
    return any(plain_words(r.kind).split()[-1:] == [kind[-1]] for r in records)


def _in_a_file(name: str, sections: list[str]) -> bool:
    """Whether the named document is a second text of a loaded file ("Điều lệ Công đoàn" after the law in one file),
    whose title heads the heading path of a passage found (ingest/parts.py)."""
    words = padded_words(name)
    return any(names_text(top) and words in padded_words(top) for top in (s.split(SECTION_SEP)[0] for s in sections))


def unloaded_title(question: str, records: list[DocRecord], cited: list[str] | None = None,
                   sections: list[str] = ()) -> str | None:
    """What to answer a question that names by title only documents not loaded, or None (none named, or one
    loaded). `cited`: the texts of the passages a found answer cites, when it was found: then said only when no
    loaded document is of the kind named (a plan answering "Luật Công đoàn quy định …" is not what that law says)
    and no passage cited names it (what the loaded texts say of it). `sections`: the heading paths of the passages
    found, cited or not (a text loaded inside another's file heads its passages' paths)."""
    names = named_titles(question)
    if not names or not records or any(_loaded(name, records) or _in_a_file(name, sections) for name in names):
        return None
    if cited is not None and any(_kind_loaded(name, records) or _quoted(name, cited) for name in names):
        return None
    labels = [r.label for r in records]
    listed = "; ".join(labels[:LISTED])
    if len(labels) > LISTED:
        listed = t("answer.unloaded_more", listed=listed, more=len(labels) - LISTED)
    return t("answer.unloaded_title", name=names[0], listed=listed)
