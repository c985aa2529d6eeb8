"""Figures as Vietnamese texts write them, read one way by ingest (targets, a targets-by-year table's cells) and by
answers (the largest row of a table): two readers of one writing disagreed ("1.5" was 1.5 to one and 15 to the
other). Written one way too, when an answer states a figure it computed (a sum, a difference)."""
from __future__ import annotations

import re

# "11.500" and "1.234,5": dots group thousands, a comma comes before the decimals; else digits, maybe with decimals
# after a comma or a dot ("65,2"; "1.5", written the English way: a dot before fewer or more than three digits)
FIGURE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def figure(text: str) -> float | None:
    """The value of a figure alone ("11.500" → 11500, "65,2" → 65.2, "1.234,5" → 1234.5, "1.5" → 1.5); None when the
    text is not one figure alone."""
    text = text.strip()
    if not re.fullmatch(FIGURE, text):
        return None
    return float((text.replace(".", "") if _GROUPED.fullmatch(text) else text).replace(",", "."))


def written(amount: float) -> str:
    """A figure written the Vietnamese way, to two decimals at most: "6.000", "2,5", "1.234,75"."""
    whole = f"{amount:,.2f}".rstrip("0").rstrip(".")
    return whole.replace(",", " ").replace(".", ",").replace(" ", ".")
