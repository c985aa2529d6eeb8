"""Answers as plain text (terminal, Zalo); Telegram has its own HTML rendering."""
from __future__ import annotations

from bot.answer import Answer, Citation
from troly.texts import t


def citation_line(c: Citation) -> str:
    p = c.passage
    where = f"{p.document} › {p.section}" if p.section else p.document
    return f"[{c.n}] {where}"


def render_answer_text(answer: Answer, quote_chars: int = 400) -> str:
    lines = [answer.answer]
    if answer.citations:
        lines.append("")
        lines.append(t("answer.sources") if answer.found else t("answer.maybe_related"))
        for c in answer.citations:
            lines.append(citation_line(c))
            quote = c.passage.text if len(c.passage.text) <= quote_chars else c.passage.text[:quote_chars].rsplit(" ", 1)[0] + " …"
            lines.append(f"    “{quote}”")
    return "\n".join(lines)
