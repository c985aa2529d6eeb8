"""/nghiavu and /hanchot: duties and deadlines extracted from the loaded documents
(bot/answer/obligations.py), one short page at a time ("/hanchot 2" for the next); when none were
extracted, the question to ask instead."""
from __future__ import annotations

from datetime import date

from bot.answer.service import Assistant
from bot.channels.render import ListPage, chat_page
from troly.texts import t

_BODIES_SHOWN = 8  # bodies named when the one asked has no deadline: a chat line's worth


def _obligation_index(assistant: Assistant):
    """The obligations of every loaded document, kept in step with the store by the answer context."""
    return getattr(getattr(assistant, "answer_context", None), "obligations", None)


def page_arg(arg: str) -> tuple[str, int]:
    """"CĐCS 2" → ("CĐCS", 2): a trailing number is the page of the list."""
    words = arg.split()
    if words and words[-1].isdigit():
        return " ".join(words[:-1]), int(words[-1])
    return arg, 1


def unknown_body(assistant: Assistant, arg: str) -> str | None:
    """What to say when the body named ("/nghiavu abcxyz") is one no loaded document names
    (ObligationIndex.recognises): that it is not recognised, as `troly obligations --actor` and /nhacviec say —
    not an answer to a question about it."""
    actor, _ = page_arg(arg)
    index = _obligation_index(assistant)
    if not actor or index is None or index.recognises(actor):
        return None
    return t("obligations.unknown_actor", actor=actor)


def duties_or_question(assistant: Assistant, arg: str, today: date) -> ListPage | str:
    """A page of the duties and reports of a body; when none were extracted, the question to ask instead."""
    actor, page = page_arg(arg)
    index = _obligation_index(assistant)
    items = index.select(actor) if index is not None else []
    if not items:
        return t("bot.duties_question", actor=actor)
    # "ubnd tinh" is headed by the body's own name; "cong an", no body of the tables, by the names the documents
    # write ("Công an thành phố")
    body = index.body_of(actor)
    written = list(dict.fromkeys(o.doer_as_written for o in items if o.doer))
    header = t("bot.duties_header", actor=body.name if body else ", ".join(written[:_BODIES_SHOWN]) or actor)
    return chat_page(items, today, page, "nghiavu", actor, header, actor=False)


def no_deadlines_of(assistant: Assistant, arg: str, today: date) -> str | None:
    """What /hanchot says for a body that has no deadline while others have ("/hanchot Bộ Y tế"): that it has none,
    and which bodies have, most items first — not a question about every deadline, which would drop the body asked.
    None when no body is named, or it has deadlines, or no body has."""
    actor, _ = page_arg(arg)
    index = _obligation_index(assistant)
    if not actor or index is None:
        return None
    items = [o for _, group in index.timeline().by_urgency(today) for o in group]
    if not items or any(index.actor_matches(actor, o) for o in items):
        return None
    counts: dict[str, int] = {}
    for o in items:
        for name in o.bodies or ([o.doer["name"]] if o.doer else []):
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    named = sorted(counts, key=lambda name: (-counts[name], name))[:_BODIES_SHOWN]
    return t("obligations.no_deadlines_of", actor=actor, bodies=", ".join(named))


def deadlines_or_question(assistant: Assistant, arg: str, today: date) -> ListPage | str:
    """A page of deadlines (of one body when `arg` names one), what is still to come first
    (Timeline.by_urgency, as `troly deadlines`); when none, the question to ask instead."""
    actor, page = page_arg(arg)
    index = _obligation_index(assistant)
    if index is None:
        return t("bot.deadlines_question")
    items = [o for _, group in index.timeline().by_urgency(today) for o in group]
    if actor:
        items = [o for o in items if index.actor_matches(actor, o)]
    if not items:
        return t("bot.deadlines_question")
    return chat_page(items, today, page, "hanchot", actor, t("bot.deadlines_header"))
