"""/nghiavu and /hanchot: duties and deadlines extracted from the loaded documents
(bot/answer/obligations.py), as chat messages; when none were extracted, the question to ask instead."""
from __future__ import annotations

from bot.answer.service import Assistant
from bot.channels.render import render_deadlines, render_obligations
from troly.texts import t

LIST_LIMIT = 10  # obligations shown before "… and N more"


def _obligation_index(assistant: Assistant):
    """The obligations of every loaded document, kept in step with the store by the answer context."""
    return getattr(getattr(assistant, "answer_context", None), "obligations", None)


def _chat_paragraphs(text: str, more: int) -> list[str]:
    """Each obligation its own paragraph, so splitting a long list never cuts one in two."""
    text = text.replace("\n  • ", "\n\n  • ")
    return [text] + ([t("bot.list_more", n=more)] if more > 0 else [])


def duties_or_question(assistant: Assistant, actor: str) -> list[str] | str:
    """The duties and reports of an actor; when none were extracted, the question to ask instead."""
    index = _obligation_index(assistant)
    groups = index.by_actor(actor) if index is not None else {}
    if not groups:
        return t("bot.duties_question", actor=actor)
    shown: dict[str, list] = {}
    left = LIST_LIMIT
    for name, items in groups.items():
        if left > 0:
            shown[name] = items[:left]
            left -= len(shown[name])
    more = sum(map(len, groups.values())) - sum(map(len, shown.values()))
    return [t("bot.duties_header", actor=actor), *_chat_paragraphs(render_obligations(shown, actor), more)]


def deadlines_or_question(assistant: Assistant) -> list[str] | str:
    """Deadlines and targets in order of time; when none, the question to ask instead."""
    index = _obligation_index(assistant)
    items = index.deadlines() if index is not None else []
    if not items:
        return t("bot.deadlines_question")
    return [t("bot.deadlines_header"),
            *_chat_paragraphs(render_deadlines(items[:LIST_LIMIT]), len(items) - LIST_LIMIT)]
