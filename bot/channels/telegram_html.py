"""Answers as Telegram HTML: escaped text, citations as numbered lines, split into messages under
Telegram's 4,096-character limit at paragraph boundaries and never inside a citation."""
from __future__ import annotations

import html

from bot.answer.model import Answer, Citation
from bot.channels.splitting import pack
from troly.texts import t

TELEGRAM_LIMIT = 4096
SAFE_LIMIT = 4000  # measured on the escaped HTML (longer than what Telegram counts), with a margin for
                   # characters outside the BMP, which Telegram counts twice
QUOTE_CHARS = 160


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def citation_html(c: Citation) -> str:
    """One citation: number, document › section, and the start of the paragraph."""
    p = c.passage
    where = f"<b>[{c.n}]</b> {escape(p.document or p.doc_id)}"
    if p.section:
        where += f" › <i>{escape(p.section)}</i>"
    return f"{where}\n“{escape(_short(p.text, QUOTE_CHARS))}”"


def answer_units(answer: Answer) -> list[str]:
    """Paragraphs of the answer, then the sources header and one unit per citation."""
    units = [escape(part.strip()) for part in answer.answer.split("\n\n") if part.strip()]
    if answer.citations:
        header = t("answer.sources") if answer.found else t("answer.maybe_related")
        units.append(f"<b>{escape(header)}</b>")
        units.extend(citation_html(c) for c in answer.citations)
    return units


def render_answer(answer: Answer, limit: int = SAFE_LIMIT) -> list[str]:
    """The messages to send for an answer (usually one)."""
    return pack(answer_units(answer), limit)


def render_text(text: str, limit: int = SAFE_LIMIT) -> list[str]:
    """A plain-text reply (commands) as escaped HTML messages."""
    return pack([escape(part) for part in text.split("\n\n") if part.strip()], limit)


def source_html(c: dict, limit: int = SAFE_LIMIT) -> list[str]:
    """The whole cited paragraph (from Citation.to_json) with its document and section."""
    head = [f"<b>{escape(t('bot.source_title', n=c['n']))}</b>",
            escape(t("bot.source_document", document=c.get("document") or c["doc_id"]))]
    if c.get("section"):
        head.append(escape(t("bot.source_section", section=c["section"])))
    return pack(["\n".join(head), *[escape(p) for p in c["text"].split("\n\n") if p.strip()]], limit)
