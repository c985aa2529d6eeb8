"""The number a file names its document by ("dev_04_chithi11_ttg_2020_covid.md", a converter's title "Chi thi 11
2019 CTTTg…"), for a text whose own number cannot be read: a scan that garbled its header ("41 /CT-TTs" for
11/CT-TTg) or lost the "Số:" line. People call the document by that number; without it a question naming it
("Chỉ thị 11") finds no document. Only the kind the text itself has counts ("chithi11" for a Chỉ thị), so a file
named after another document ("…_nq03_…_phuluc…" of an appendix) lends it no number."""
from __future__ import annotations

import re
from functools import cache

from troly import tables
from troly.vntext import fold

# "Hiến pháp 2013", "Luật Du lịch 2017": a year after a kind names when it was passed, not its number.
_YEARS = range(1945, 2100)


@cache
def _kind_re(kind: str) -> re.Pattern[str]:
    """A kind as a file name writes it (folded; words apart by a space, "_", "-" or nothing; or its code when
    questions name the kind by it: "qd3210"), then its number."""
    names = [r"[\s_-]*".join(map(re.escape, fold(kind).split()))]
    for row in tables.rows("document_kinds.tsv"):
        if len(row) > 2 and row[0] and row[1].lower() == kind.lower() and "mã" in row[2]:
            names.append(re.escape(fold(row[0])))
    return re.compile(rf"(?<![a-z])(?:{'|'.join(names)})[\s_-]*(?:so[\s_-]*)?(\d{{1,4}})(?!\d)")


def named_number(kind: str, *names: str) -> str:
    """The number, as written, the first of `names` (declared title, file name) gives a document of this kind
    ("11", "08"); ""."""
    if not kind:
        return ""
    pattern = _kind_re(kind)
    for name in names:
        for m in pattern.finditer(fold(name)):
            if int(m.group(1)) not in _YEARS:
                return m.group(1)
    return ""
