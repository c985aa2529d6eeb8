"""How a text names a document by its kind and number ("QĐ 33/2019", "Quyết định số 33/2019", "Chỉ thị 11 năm 2020"):
the kinds' names and codes (prompts/document_kinds.tsv) and the one reader of those references (doc_refs) and of the
years written with them — for search (vectorstore/query.py), for answers (bot/answer) and for the years a text states
(troly/years.py: that year names the document, no period asked about). Here, below all three, so that none reads them
a second way (review46 R1)."""
from __future__ import annotations

import re

from troly import tables
from troly.vntext import fold, fold_same_length


def _doc_kinds() -> dict[str, str]:
    """How a question names a kind of document before its number ("ket luan", "kl") → the kind's code ("kl"),
    folded; the third column of prompts/document_kinds.tsv says which names count."""
    out: dict[str, str] = {}
    for row in tables.rows("document_kinds.tsv"):
        named_by = {w.strip() for w in (row[2] if len(row) > 2 else "").split(",")}
        code = fold(row[0])
        if "tên" in named_by:
            out[fold(row[1])] = code
        if "mã" in named_by:
            out[code] = code
    return out


DOC_KINDS = _doc_kinds()
# "QĐ 22/2013", "Thông tư 98/2013" (folded): a kind, then the number and its year.
NUMBER_YEAR_RE = re.compile(r"\b(" + "|".join(sorted(DOC_KINDS, key=len, reverse=True)) +
                            r")\s*(?:so\s*)?0*(\d{1,4})\s*/\s*((?:19|20)\d{2})\b")



# "báo cáo 6 tháng", "quy chế 2 lần": a number followed by a unit it measures (prompts/count_words.toml `after_number`)
# is a length or a count, not the number of a document of that kind, unless a date or year follows the unit
# ("KH 15 năm 2020", "QĐ 22 ngày 26/4/2013").
_MEASURED = (r"(?!\s+(?:" + "|".join(map(re.escape, tables.toml("count_words.toml")["after_number"]))
             + r")\b(?!\s*\d))")
# "3 kỳ", "2 đợt" as typed: the number is a count of them; blanked (same length) before references are read
_COUNTED = re.compile(r"(?i)(?<![\w/])\d{1,4}(?=\s+(?:" + "|".join(map(re.escape, tables.toml("count_words.toml")[
    "counted_marked"])) + r")(?!\w))")


def uncounted(text: str) -> str:
    """The text with the numbers counting periods or rounds ("chậm báo cáo 3 kỳ") blanked: no document's number."""
    return _COUNTED.sub(lambda m: " " * len(m.group(0)), text)


REF_RE = re.compile(r"\b(" + "|".join(sorted(DOC_KINDS, key=len, reverse=True)) +
                     r")\s*(?:so\s*)?0*(\d{1,4})(?!\s*/\s*\d)\b" + _MEASURED)
_CODE_REF_RE = re.compile(r"\b0*(\d{1,4})\s*-\s*(" + "|".join(sorted({v for v in DOC_KINDS.values()},
                                                                      key=len, reverse=True)) + r")\b")


# "22/2013/QĐ-TTg", "03/NQ-CP": a full number names its kind after it (the year between, when there is one).
_NUMBER_REF_RE = re.compile(r"\b0*(\d{1,4})\s*/\s*(?:(?:19|20)\d{2}\s*/\s*)?(" + "|".join(
    sorted(set(DOC_KINDS.values()), key=len, reverse=True)) + r")\b")


def doc_refs(text: str) -> set[tuple[str, int]]:
    """Document references in text: {("kl", 51), ("nq", 2)} for "KL 51, Nghị quyết số 02-NQ/TW"; a number
    written in full ("22/2013/QĐ-TTg") or with its year ("QĐ 22/2013") is the same reference as "QĐ 22"."""
    folded = " ".join(fold(uncounted(text)).replace("-", " - ").split())
    found = {(DOC_KINDS[m.group(1)], int(m.group(2))) for rx in (REF_RE, NUMBER_YEAR_RE) for m in rx.finditer(folded)}
    found |= {(m.group(2), int(m.group(1))) for rx in (_CODE_REF_RE, _NUMBER_REF_RE) for m in rx.finditer(folded)}
    return found


def ends_with_doc_ref(text: str) -> bool:
    """A document reference ends the text, its code or year after it included ("Theo Kế hoạch 15/KH-SYT",
    "Chỉ thị 11 năm 2020"): what follows ("của Sở Y tế") is said of that document, not of other words before."""
    folded = " ".join(fold(text).replace("-", " - ").split())
    return any(_REF_TAIL_RE.fullmatch(folded, m.end())
               for rx in (REF_RE, NUMBER_YEAR_RE, _CODE_REF_RE, _NUMBER_REF_RE) for m in rx.finditer(folded))


def is_doc_ref(text: str) -> bool:
    """The whole text is one document's reference ("TB 77/TB-VP", "Kế hoạch số 15/KH-SYT năm 2026"): no other words
    before or after it."""
    folded = " ".join(fold(text).replace("-", " - ").split())
    return any(_REF_TAIL_RE.fullmatch(folded, m.end())
               for rx in (REF_RE, NUMBER_YEAR_RE, _CODE_REF_RE, _NUMBER_REF_RE) for m in [rx.match(folded)] if m)


_DATE = tables.toml("date_words.toml")
# What may follow a reference's number and still be that reference (folded): its code ("/KH-SYT"), the year or
# date it was issued ("năm 2020", "ngày 26/4/2013").
_REF_TAIL_RE = re.compile(rf"(?:\s*[/-]\s*[a-z0-9]+)*(?:\s*,?\s*(?:{fold(_DATE['year'])}\s+|{fold(_DATE['day'])}\s+"
                          rf"\d{{1,2}}\s*[/-]\s*\d{{1,2}}\s*[/-]\s*)(?:19|20)\d{{2}})?\W*")
# "Chỉ thị 11/CT-TTg năm 2020", "chi thi 11 ttg nam 2020", "QĐ 22 ngày 26/4/2013" (folded): a number, its code
# (after a slash or dash, or an abbreviation on its own: no vowel), then the year it was issued.
_REF_YEAR_RE = re.compile(rf"(?<![\w/])0*(\d{{1,4}})(?:\s*[/-]\s*[a-z0-9]+|\s+[b-df-hj-np-tv-xz]+)*\s*,?\s*"
                          rf"(?:{fold(_DATE['year'])}\s+|{fold(_DATE['day'])}\s+\d{{1,2}}\s*[/-]\s*\d{{1,2}}\s*[/-]\s*)"
                          r"((?:19|20)\d{2})(?!\d)")


# A year within a number's code ("33/2019/qd-ubnd"): that number states its year, and a year after it is another's.
_HOLDS_YEAR = re.compile(r"/\s*(?:19|20)\d{2}(?!\d)")


def _ref_year_matches(folded: str) -> list[re.Match[str]]:
    """_REF_YEAR_RE's matches in `folded` whose number is a document reference (doc_refs of the words before it)."""
    return [m for m in _REF_YEAR_RE.finditer(folded)
            if any(number == int(m.group(1)) for _, number in doc_refs(folded[max(0, m.start() - 30):m.end()]))]


def ref_years(text: str) -> set[str]:
    """The years written right after a document reference ("Chỉ thị 11/CT-TTg năm 2020" → {"2020"}): they name
    that document, as its number does, and are no topic of the question."""
    return {m.group(2) for m in _ref_year_matches(fold(text))}


def ref_year_spans(text: str) -> set[tuple[int, int]]:
    """Where the years written right after a document reference stand ("Chỉ thị 11/CT-TTg năm 2020", "QĐ 22 ngày
    26/4/2013" → the span of "2020", "2013"; NFC text), but not after a number holding its own year ("33/2019/QĐ-UBND,
    năm 2027": 2027 is a period): where a follow-up's year must not go (troly/years.asked_year_matches)."""
    folded = fold_same_length(text)
    return {m.span(2) for m in _ref_year_matches(folded) if not _HOLDS_YEAR.search(folded, m.end(1), m.start(2))}


def number_year_spans(text: str) -> set[tuple[int, int]]:
    """Where the year of a document's number written after its kind stands ("Quyết định 33/2019", "QĐ số 33/2019"
    → the span of "2019"): that document's name, no year a question asks about."""
    return {m.span(3) for m in NUMBER_YEAR_RE.finditer(fold_same_length(text))}


# "115/SGDĐT-GDTrH", "2428/BXD-QLN": a number with its issuer's code after the slash (folded); written in full
# it names one document, whatever word comes before it (or none).
_FULL_NUMBER_RE = re.compile(r"(?<![\w/])0*(\d{1,4})\s*/\s*([a-z0-9]+(?:\s*[/-]\s*[a-z0-9]+)*)")


def full_numbers(text: str) -> set[str]:
    """Full document numbers in text, folded without spaces or leading zeros: {"115/sgddt-gdtrh"}."""
    return {f"{int(m.group(1))}/{''.join(m.group(2).split())}" for m in _FULL_NUMBER_RE.finditer(fold(text))
            if re.search(r"[a-z]", m.group(2))}
