"""Years as texts write them, read one way by ingest (a table cell's shape, a header naming a year, a due date's year)
and by answers (the years a line or a question states, the year a follow-up swaps). Four readers with slightly
different look-arounds disagreed on "30/9/2026", "2027/năm" or "12.020" (review44 R6); this is the one they share.
Patterns of their own still read years elsewhere — a document's issue date (ingest/metadata.py),
bot/answer/about_documents.py and two in composer.py (review45 R8: to fold in here when next touched); the year of a
document's number written after its kind ("QĐ 33/2019") is read by troly/doc_numbers.py, and is no year stated; nor,
for a follow-up, one written after a document's reference ("Chỉ thị 11 năm 2020": asked_year_matches).

A year closes a date ("ngày 04 tháng 5 năm 2027", "30/9/2026", "tháng 5/2027"), or names a period on its own ("năm
2026", "Năm học 2026-2027", a header "Năm 2027"). A date's year says WHEN something falls, not which year a text is
about: the settlement of the 2026 tax falls due "ngày 04 tháng 5 năm 2027". Callers asking which year a line or a
question is about read the years that name periods only (`dated=False`)."""
from __future__ import annotations

import re

from troly import tables
from troly.doc_numbers import number_year_spans, ref_year_spans

_D = tables.toml("date_words.toml")

# The digits of a year ("2025"), not part of a longer number: the fragment larger patterns (a date, a table cell's
# shape, a header "Năm 2027") are built on.
YEAR = r"(?<!\d)(?:19|20)\d\d(?!\d)"
# A year a text states: not the digits of a figure ("12.020", "2.026,5"), nor the year of a document's number
# ("33/2019/QĐ-UBND") or a rate ("2027/năm"), which a letter follows after a slash; a date written with dots
# ("30.6.2026", "31.12.2025") states its year: a day or month of one or two digits before the dot, never a group of a
# figure's thousands (review45 R4).
STATED_YEAR = re.compile(rf"(?:(?<![\d.,])|(?<=\b\d\.)|(?<=\b\d\d\.)){YEAR}(?![.,]\d)(?!\s*/\s*[^\W\d])")
# What stands before the year of a date: a day or month and a slash, dot or dash ("30/9/", "30.6.", "30-9-"), or the
# words "tháng 5 năm" ("ngày 04 tháng 5 năm 2027", "tháng 5 năm 2027"), matched at the end of the text before the year.
_DATED_BY = re.compile(rf"(?:(?<![\d/.-])\d{{1,2}}\s*[/.-]\s*(?:\d{{1,2}}\s*[/.-]\s*)?"
                       rf"|(?<!\w){re.escape(_D['month'])}\s+\d{{1,2}}\s*,?\s+{re.escape(_D['year'])}\s+)$",
                       re.IGNORECASE)
_BEFORE = 16  # characters before a year _DATED_BY reads: enough to hold "tháng 12, năm " — the pattern's reach, not a
# reading to fit (so not in troly/weights.py; review45 R10)


def stated_year_matches(text: str, dated: bool = True) -> list[re.Match[str]]:
    """Where the years a text states stand, in order ("Năm 2027: …", "trước ngày 30/9/2026" → "2027", "2026"): not
    the digits of a figure nor the year of a document's number, written in full ("33/2019/QĐ-UBND", STATED_YEAR) or
    after its kind without its code ("Quyết định 33/2019", troly/doc_numbers.py, the reader search uses; review45 R5);
    with `dated=False` only those naming a period, not the year of a date ("ngày 04 tháng 5 năm 2027", "30/9/2026",
    "tháng 5/2027")."""
    numbered = number_year_spans(text)
    return [m for m in STATED_YEAR.finditer(text) if m.span() not in numbered
            and (dated or not _DATED_BY.search(text, max(0, m.start() - _BEFORE), m.start()))]


def asked_year_matches(text: str) -> list[re.Match[str]]:
    """The years a question states (stated_year_matches) that a follow-up's year may take the place of: not one
    written after a document's reference, which names that document ("Chỉ thị số 05-CT/TW năm 2016", "QĐ 22 ngày
    26/4/2013": troly/doc_numbers.ref_year_spans; review46 R1). Only the follow-up reads years so: answers read a
    line's and a question's years as stated_year_matches does (bot/answer/composer.py subtracts ref_years)."""
    named = ref_year_spans(text)
    return [m for m in stated_year_matches(text) if m.span() not in named]


def stated_years(text: str, dated: bool = True) -> list[str]:
    """The years a text states, in order (stated_year_matches)."""
    return [m.group(0) for m in stated_year_matches(text, dated)]
