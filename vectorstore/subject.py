"""Whom a passage is about: the bodies its own heading or its list's lead-in name.

A question naming a body ("Trách nhiệm của Bộ Y tế …", "Sở Xây dựng được giao những việc gì?") asks about the
passages under that body's heading — "Điều 49. Trách nhiệm của Bộ Y tế", the items under "2.2. Sở Xây dựng:" — not
about another body's passage that repeats more of the question's other words (the clauses of "Điều 46. Trách
nhiệm của Bộ Công an" state the same kinds of duty). Neither retriever tells them apart: the body's name is two or
three syllables of a long question, and a rival's name shares most of them ("Bộ", "Sở"). A body named as the
issuer of a document the question names ("Chỉ thị 11 của Thủ tướng") says which text, not whose duty. The bodies
are those of prompts/bodies.tsv (troly.vntext.bodies); the search adds weights.subject to such passages."""
from __future__ import annotations

import re
from functools import lru_cache

from ingest.markers import heading_match
from ingest.model import SECTION_SEP
from ingest.structure import CAPITALS
from vectorstore.lexical import article_title
from troly import tables
from troly.vntext import Mention, bodies, fold, is_topicless
from troly.weights import DEFAULT
from troly.doc_numbers import ends_with_doc_ref

_OF = fold(tables.toml("header_words.toml")["references"]["of"])  # "Chỉ thị 11 của Thủ tướng"
_PARTNER = tuple(fold(w).split() for w in tables.toml("header_words.toml")["references"]["partner"])
# A kind of body (prompts/bodies.tsv, "Sở …") as a heading writes it, then its own name opening with a capital ("3. Sở
# Tư pháp", "Nhiệm vụ của Sở Thông tin và Truyền thông:"): the name runs to the heading's end or its first ":;,(".
_KIND_NAMED = re.compile(r"(?<![\w&])(?:" + "|".join(sorted(
    map(re.escape, bodies().kinds), key=len, reverse=True))
    + rf")\s+[{CAPITALS}][^:;,(]*")  # not "[A-ZĐÀ-Ỹ]", which holds "đ", "ở" ("Phòng ở", "Ban đầu")


def _key(text: str, mention: Mention) -> str:
    """One body however written: its name in the table, or for a kind of body ("Sở …") the name as written,
    folded ("Sở Tư pháp" and "Sở Y tế" are two bodies)."""
    return fold(" ".join(text[mention.start:mention.end].split())) if mention.body.is_kind else mention.body.name


def _issuer(text: str, mention: Mention) -> bool:
    """The body is named as the issuer of a document the text names: "của" right after the reference ("Chỉ thị 11
    của Thủ tướng"), not after other words ("Theo KH 05, nhiệm vụ của Sở Y tế")."""
    before = fold(text[:mention.start]).split()
    return bool(before) and before[-1] == _OF and ends_with_doc_ref(" ".join(before[:-1]))


@lru_cache(maxsize=1024)
def named(question: str) -> frozenset[str]:
    """The bodies a question asks about: those it names, but a named document's issuer."""
    return frozenset(_key(question, m) for m in bodies().mentions(question) if not _issuer(question, m))


_ADDRESSED = frozenset(fold(w) for w in tables.toml("question_cues.toml")["recipients"]["addressed"])


@lru_cache(maxsize=1024)
def acting(question: str) -> frozenset[str]:
    """The bodies a question names that it may ask to act: named() less those named right after a word sending or
    asking to them ("hồ sơ xin LĐLĐ tỉnh hỗ trợ …", "gửi về Sở Y tế …": whom the file goes to, not who acts)."""
    return frozenset(_key(question, m) for m in bodies().mentions(question) if not _issuer(question, m)
                     and (fold(question[:m.start]).split() or [""])[-1] not in _ADDRESSED)


@lru_cache(maxsize=20_000)
def named_in(text: str) -> frozenset[str]:
    """The bodies a heading or lead-in names, as named() keys them. (Cached: the same headings come back question
    after question.)"""
    return frozenset(_key(text, m) for m in bodies().mentions(text)) if text else frozenset()


@lru_cache(maxsize=20_000)
def kind_named(heading: str) -> str:
    """The body a heading names by a kind and its own name, as written there and folded ("3. Sở Tư pháp" → "so tu
    phap"); "" for none. The table lists a few bodies of each kind; the others (every province's departments) are named
    so, and a question names them in the same words ("Sở Tư pháp được giao việc gì?"). A body right after a partner
    word ("Công an tỉnh phối hợp Sở Tư pháp") is not the heading's: it names none of its kind."""
    found = _KIND_NAMED.search(heading)
    before = fold(heading[:found.start()]).split() if found else []
    if any(before[-len(words):] == words for words in _PARTNER):
        return ""
    name = " ".join(re.sub(r"[^\w&]+", " ", fold(found.group(0))).split()) if found else ""
    return name if len(name.split()) <= DEFAULT.body_name_words else ""


def asks_heading_body(question: str, section: str, lead: str) -> bool:
    """Whether a question (folded words, abbreviations spelled out) names the body a passage's innermost heading or
    lead-in names by a kind and its own name (kind_named), but as a named document's issuer ("Công văn 1482 của Sở
    Công Thương gửi những ai": which text, not whose duty)."""
    padded = f" {question} "
    for heading in (section.rsplit(SECTION_SEP, 1)[-1], lead):
        name = kind_named(heading) if heading else ""
        at = padded.find(f" {name} ") if name else -1
        if at >= 0:
            before = padded[:at].split()
            if not (before and before[-1] == _OF and ends_with_doc_ref(" ".join(before[:-1]))):
                return True
    return False


def subjects(section: str, lead: str) -> frozenset[str]:
    """The bodies a passage is about: those its innermost heading ("Điều 49. Trách nhiệm của Bộ Y tế") or its
    list's lead-in ("Giám đốc Sở Y tế có trách nhiệm:") names."""
    return named_in(section.rsplit(SECTION_SEP, 1)[-1]) | named_in(lead)


@lru_cache(maxsize=20_000)
def topic_run(text: str) -> str:
    """A text's words in order, folded, those naming no topic left out ("Trách nhiệm của Bộ Y tế" -> " trach nhiem bo
    y te "): read on the words as written, "vay" of "vay vốn" being no "vậy"."""
    words = (w for w in re.findall(r"[^\W_]+", text.lower()) if not is_topicless(w))
    return " " + " ".join(fold(w) for w in words) + " "


def asks_title(section: str, question: str) -> int:
    """How many topic words of the title of the law article a passage stands in a question (its topic_run) opens
    with, two at least, else 0: "Trách nhiệm của Bộ Y tế trong phòng, chống ma túy là gì? …" asks "Điều 49. Trách
    nhiệm của Bộ Y tế" though the rest of it repeats a line of another article. A title that only names a body ("Điều
    10. Sở Giao thông vận tải") says who acts, which `subjects`/asks_heading_body read, not what is asked."""
    title = article_title(section)
    run = topic_run(title) if title else ""
    if run.count(" ") <= 2 or not question.startswith(run):
        return 0
    named_body = any(topic_run(name) == run for name in (kind_named(title), *named_in(title)) if name)
    return 0 if named_body else run.count(" ") - 1


def restates_heading(section: str, question: str) -> bool:
    """Whether a question's topic words (its topic_run) are those of the innermost heading a passage stands under,
    no more and two at least: "Người có tài sản đấu giá là ai?" asks the section "1. Người có tài sản đấu giá", whose
    short body ("Ủy ban nhân dân xã …") shares none of the question's words, which a longer passage repeating them
    outranks. A heading naming only a body says who acts (`subjects`), not what is asked."""
    last = section.rsplit(SECTION_SEP, 1)[-1].strip()
    found = heading_match(last)
    heading = found.rest if found else last
    run = topic_run(heading) if heading else ""
    if run.count(" ") <= 2 or run != question:
        return False
    return not any(topic_run(name) == run for name in (kind_named(heading), *named_in(heading)) if name)
