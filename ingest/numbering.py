"""The numbers drawn before list items ("1.", "a)", "II."), in no text run: Word keeps them in the
document's numbering definitions, a browser counts the items of an <ol>. Without them a .docx whose items or
headings are numbered automatically would read as bullets, and its outline ("II. NỘI DUNG › 2. …") be lost."""
from __future__ import annotations

from dataclasses import dataclass, field

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
BULLET = "- "


def _roman(n: int) -> str:
    out = ""
    for value, digits in _ROMAN:
        while n >= value:
            out, n = out + digits, n - value
    return out


def _letter(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26)


_FORMATS = {"decimal": str, "decimalZero": lambda n: f"{n:02d}", "upperRoman": lambda n: _roman(n).upper(),
            "lowerRoman": _roman, "upperLetter": lambda n: _letter(n).upper(), "lowerLetter": _letter}


_HTML_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def html_label(item) -> str:
    """The number a browser draws before an <li> of an <ol> ("3. ", "b. "): its place among the items,
    from the list's `start`, in the list's `type`."""
    ol = item.getparent()
    place = [c for c in ol if c.tag == "li"].index(item)
    value = item.get("value") if (item.get("value") or "").isdigit() else None
    start = int(ol.get("start")) if (ol.get("start") or "").lstrip("-").isdigit() else 1
    n = int(value) if value else start + place
    return _FORMATS[_HTML_TYPES.get(ol.get("type") or "1", "decimal")](max(n, 1)) + ". "


def _val(node, tag: str) -> str | None:
    child = node.find(_W + tag) if node is not None else None
    return child.get(_W + "val") if child is not None else None


@dataclass
class Numbering:
    """A document's list levels (numId → level → (start, format, text such as "%1.%2.")) and the styles
    that number their paragraphs; counts as the paragraphs are read in order."""
    levels: dict[str, dict[int, tuple[int, str, str]]] = field(default_factory=dict)
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)
    counts: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def read(cls, numbering, styles) -> "Numbering":
        """From the parsed numbering.xml and styles.xml parts (either may be None)."""
        out = cls()
        abstract = {}
        for node in numbering.iter(_W + "abstractNum") if numbering is not None else ():
            abstract[node.get(_W + "abstractNumId")] = {
                int(lvl.get(_W + "ilvl") or 0): (int(_val(lvl, "start") or 1), _val(lvl, "numFmt") or "decimal",
                                                 _val(lvl, "lvlText") or "")
                for lvl in node.iter(_W + "lvl")}
        for node in numbering.iter(_W + "num") if numbering is not None else ():
            levels = dict(abstract.get(_val(node, "abstractNumId"), {}))
            for override in node.iter(_W + "lvlOverride"):
                ilvl, start = int(override.get(_W + "ilvl") or 0), _val(override, "startOverride")
                if start and ilvl in levels:
                    levels[ilvl] = (int(start), *levels[ilvl][1:])
            out.levels[node.get(_W + "numId")] = levels
        for style in styles.iter(_W + "style") if styles is not None else ():
            num = style.find(f"{_W}pPr/{_W}numPr")
            if num is not None and _val(num, "numId"):
                out.styles[style.get(_W + "styleId")] = (_val(num, "numId"), int(_val(num, "ilvl") or 0))
        return out

    def label(self, p) -> str | None:
        """The number (or bullet) Word draws before paragraph `p`, counted; None for a paragraph in no list."""
        ppr = p.find(_W + "pPr")
        num = ppr.find(_W + "numPr") if ppr is not None else None
        num_id, ilvl = (_val(num, "numId"), int(_val(num, "ilvl") or 0)) if num is not None else (None, 0)
        if num_id is None:
            num_id, ilvl = self.styles.get(_val(ppr, "pStyle") or "", (None, 0))
        if num_id is None or num_id == "0":
            return None
        levels = self.levels.get(num_id, {})
        if ilvl not in levels:
            return BULLET  # numbered by a definition the file does not hold: an item all the same
        start, fmt, text = levels[ilvl]
        if fmt not in _FORMATS:
            return BULLET if fmt == "bullet" else None  # "none": a paragraph of the list without a mark
        counts = self.counts.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # a new item restarts the levels under it
        for k in range(ilvl + 1):
            level = levels.get(k, (1, "decimal", ""))
            shown = _FORMATS.get(level[1], str)(counts.get(k, level[0]))
            text = text.replace(f"%{k + 1}", shown)
        return text.strip() + " " if text.strip() else None
