"""Answers as Telegram HTML: escaped text, citations as numbered lines, split into messages under
Telegram's 4,096-character limit at paragraph boundaries and never inside a citation."""
from __future__ import annotations

import html

from bot.answer.model import CITATION_HEADER_MAX, Answer, Citation, citation_header
from bot.channels.render import ListPage, cited_words, related_chars
from bot.channels.splitting import pack
from troly.texts import t

TELEGRAM_LIMIT = 4096
SAFE_LIMIT = 4000  # measured on the escaped HTML (longer than what Telegram counts), with a margin for
                   # characters outside the BMP, which Telegram counts twice
QUOTE_CHARS = 70  # the answer above already quotes the cited sentences; this shows where they stand


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def citation_html(c: Citation, quote_chars: int = QUOTE_CHARS) -> str:
    """One citation: number, short name › last heading levels, the lead-in, and the words of the paragraph
    where the quoted sentences stand."""
    p = c.passage
    where = f"<b>[{c.n}]</b> {escape(citation_header(p, CITATION_HEADER_MAX - len(f'[{c.n}] ')))}"
    shown, quote = cited_words(c, quote_chars)
    lead = f"<i>{escape(shown)}</i>" if shown else ""
    return f"{where}\n{lead}“{escape(' '.join(quote.split()))}”"


def answer_units(answer: Answer) -> list[str]:
    """Paragraphs of the answer, then the sources header and one unit per citation."""
    units = [escape(part.strip()) for part in answer.answer.split("\n\n") if part.strip()]
    if answer.citations:
        header = t("answer.sources") if answer.found else t("answer.maybe_related")
        units.append(f"<b>{escape(header)}</b>")
        units.extend(citation_html(c, related_chars(answer, QUOTE_CHARS)) for c in answer.citations)
    return units


def render_answer(answer: Answer, limit: int = SAFE_LIMIT, note: str | None = None) -> list[str]:
    """The messages to send for an answer (usually one); `note` ("Hiểu là: …") in italics above it."""
    return pack(([f"<i>{escape(note)}</i>"] if note else []) + answer_units(answer), limit)


def render_text(text: str, limit: int = SAFE_LIMIT) -> list[str]:
    """A plain-text reply (commands) as escaped HTML messages."""
    return pack([escape(part) for part in text.split("\n\n") if part.strip()], limit)


def source_html(c: dict, limit: int = SAFE_LIMIT) -> list[str]:
    """The whole cited paragraph (from Citation.to_json) with its document and section."""
    head = [f"<b>{escape(t('bot.source_title', n=c['n']))}</b>",
            escape(t("bot.source_document", document=c.get("document") or c["doc_id"]))]
    if c.get("section"):
        head.append(escape(t("bot.source_section", section=c["section"])))
    return pack(["\n".join(head), *[escape(p) for p in c.get("shown", c["text"]).split("\n\n") if p.strip()]], limit)


def list_page_html(page: ListPage) -> str:
    """A /nghiavu or /hanchot page: bold header and item heads, the quote, the source in italics."""
    items = [f"<b>{escape(head)}</b>\n{escape(quote)}\n<i>{escape(t('obligations.source'))}: {escape(where)}</i>"
             for head, quote, where in page.items]
    return "\n\n".join([f"<b>{escape(page.header)}</b>", *items, escape(page.footer)])
