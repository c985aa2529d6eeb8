"""Short names for documents, as citations show them: "QĐ 773/QĐ-TTg (26/6/2018)", or for a
text without a number "KH thực hiện KL 21 – CĐGD Việt Nam". At most SHORT_MAX characters."""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ingest.model import shown_date
from troly import tables

if TYPE_CHECKING:
    from ingest.model import DocumentMeta

SHORT_MAX = 60
_SUBJECT_MIN = 8  # characters of an unnumbered text's subject kept before its issuer, beside its kind's code
_W = tables.toml("header_words.toml")["short_names"]
_ATTACHED = "|".join(re.escape(w) for w in tables.toml("header_words.toml")["appendix"]["attached"])
_REF_RE = re.compile(rf"(.+?)\s+{re.escape(tables.toml('date_words.toml')['number'])}\s+(\d+)")


def _rows(name: str) -> list[tuple[str, str]]:
    """The first two columns of a table in prompts/."""
    return [(row[0], row[1]) for row in tables.rows(name) if len(row) >= 2]


KIND_CODES: dict[str, str] = {code: kind for code, kind in _rows("document_kinds.tsv") if code}  # "QĐ" → "Quyết định"


@cache
def _code_of_kind() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, kind in _rows("document_kinds.tsv"):
        if code:
            out.setdefault(kind.lower(), code)
    return out


@cache
def _abbreviations() -> list[tuple[re.Pattern[str], str]]:
    """Spelled-out names → their abbreviation, longest first ("Công đoàn giáo dục" → "CĐGD")."""
    pairs = sorted(_rows("abbreviations.tsv"), key=lambda r: -len(r[1]))
    return [(re.compile(rf"\b{re.escape(long)}\b", re.I), short) for short, long in pairs
            if len(long.split()) >= 2 and not long[:1].isupper()]


def kind_code(kind: str) -> str:
    """ "Quyết định" → "QĐ"; a kind without a code stays spelled out ("Luật")."""
    code = _code_of_kind().get(kind.lower(), "")
    return kind if not code or KIND_CODES.get(code) in _W["spelled_out"] else code


def abbreviate(text: str) -> str:
    for pattern, short in _abbreviations():
        text = pattern.sub(short, text)
    return re.sub(r"\s+", " ", text).strip()


def _ref(ref: str) -> str:
    """ "Kết luận số 21-KL/TW ngày 25/10/2021" → "KL 21"."""
    m = _REF_RE.match(ref)
    return f"{kind_code(m.group(1))} {m.group(2)}" if m else ref


def _title_attaches_to(title: str, ref: str) -> bool:
    """Whether a title names `ref` as the document it was issued with ("… (Ban hành kèm theo Quyết định số 14/QĐ-CĐCS
    …)"), not one it carries out."""
    m = _REF_RE.match(ref)
    named = rf"{re.escape(m.group(1))}\s+{re.escape(tables.toml('date_words.toml')['number'])}\s+0*{m.group(2)}" \
        if m else re.escape(ref)
    return bool(re.search(rf"(?:{_ATTACHED})\s+{named}", title, re.IGNORECASE))


def _fit(text: str, limit: int = SHORT_MAX) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    return text[:limit - 1].rsplit(" ", 1)[0].rstrip(" ,;–-") + "…"


def short_name(meta: "DocumentMeta") -> str:
    code = kind_code(meta.kind) if meta.kind else ""
    # a text issued with a decision its title names goes by that decision ("QC kèm theo QĐ 09"), whose number it takes
    issued_with = bool(meta.implements) and _title_attaches_to(meta.title, meta.implements[0])
    if meta.number and not issued_with:
        name = f"{code} {meta.number}".strip()
        if meta.date:
            name += f" ({shown_date(meta.date)})"
        return _fit(name)
    if meta.implements:
        template = _W["issued_with" if issued_with else "implements"]
        what = template.format(code=code, ref=_ref(meta.implements[0])).strip()
    else:
        rest = meta.title[len(meta.kind):] if meta.kind and meta.title.lower().startswith(meta.kind.lower()) \
            else meta.title
        what = f"{code} {abbreviate(rest)}".strip()
    issuer = abbreviate(meta.issuer)
    if issuer and len(what) + 3 + len(issuer) <= SHORT_MAX:
        return f"{what} – {issuer}"
    room = SHORT_MAX - 3 - len(issuer)
    if issuer and room >= len(code) + _SUBJECT_MIN:
        # minutes of a "họp BCH" say what every union's say: who held them tells them apart (and is embedded with
        # each passage), so the subject is cut to leave room for the issuer
        return f"{_fit(what, room)} – {issuer}"
    return _fit(what)
