"""Answers as plain text (terminal, Zalo); Telegram has its own HTML rendering."""
from __future__ import annotations

from bot.answer.model import Answer, Citation, lead_prefix
from bot.answer.obligations import DocObligation
from troly.texts import t


def citation_line(c: Citation) -> str:
    return c.label


def render_answer_text(answer: Answer, quote_chars: int = 400) -> str:
    lines = [answer.answer]
    if answer.citations:
        lines.append("")
        lines.append(t("answer.sources") if answer.found else t("answer.maybe_related"))
        for c in answer.citations:
            lines.append(citation_line(c))
            lines.append(f"    {lead_prefix(c.passage)}“{quote_around(c, quote_chars)}”")
    return "\n".join(lines)


def quote_around(c: Citation, quote_chars: int = 400) -> str:
    """The cited paragraph, cut to about `quote_chars` around the sentences the answer quotes
    (never reworded; "…" marks what was left out). `/nguon N` shows it whole."""
    text = c.passage.text
    if len(text) <= quote_chars:
        return text
    if c.spans:
        start = min(s for s, _ in c.spans)
        end = max(e for _, e in c.spans)
    else:
        start, end = 0, 0
    if end - start < quote_chars:  # widen evenly to the budget, at word boundaries
        room = quote_chars - (end - start)
        start = max(0, start - room // 3)
        end = min(len(text), end + room - (room // 3))
    if start > 0:
        cut = text.find(" ", start)
        start = cut + 1 if 0 <= cut < start + 30 else start
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    return ("… " if start > 0 else "") + text[start:end].strip() + (" …" if end < len(text) else "")


def obligation_line(o: DocObligation, quote_chars: int = 400) -> str:
    """One duty/report/deadline/target with its facts and where it is written."""
    kind = t(f"obligations.kind_{o.kind}")
    facts = [f"{t('obligations.when')}: {o.when}" if o.when else "",
             f"{t('obligations.report_to')}: {o.report_to}" if o.report_to else "",
             f"{t('obligations.target')}: {o.target}" if o.target else ""]
    facts_text = "; ".join(f for f in facts if f)
    text = o.action if len(o.action) <= quote_chars else o.action[:quote_chars].rsplit(" ", 1)[0] + " …"
    where = f"{o.document} › {o.section}" if o.section else o.document
    lines = [f"  • [{kind}] {text}"]
    if facts_text:
        lines.append(f"      {facts_text}")
    lines.append(f"      {t('obligations.source')}: {where}")
    return "\n".join(lines)


def render_obligations(groups: dict[str, list[DocObligation]], actor: str | None = None) -> str:
    if not groups:
        return t("obligations.none_for", actor=actor) if actor else t("obligations.none")
    out: list[str] = []
    for name, items in groups.items():
        docs = len({o.doc_id for o in items})
        out.append(t("obligations.group", actor=name, n=len(items), docs=docs))
        out.extend(obligation_line(o) for o in items)
        out.append("")
    return "\n".join(out).rstrip()


def render_deadlines(items: list[DocObligation]) -> str:
    if not items:
        return t("obligations.no_deadlines")
    out: list[str] = []
    current = None
    for o in items:
        if o.when.lower() != current:
            current = o.when.lower()
            out.append(f"\n⏰ {o.when[:1].upper()}{o.when[1:]}")
        who = o.actor or t("obligations.no_actor")
        out.append(obligation_line(o).replace("  • [", f"  • {who} — [", 1))
    return "\n".join(out).strip()
