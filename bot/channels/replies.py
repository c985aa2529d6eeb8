"""Command replies every channel gives alike, as plain text, computed from the Assistant alone
(synchronous: bots run them in a worker thread, the terminal chat directly)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.answer.about_documents import documents_text
from bot.answer.service import Assistant
from bot.channels.obligation_lists import (deadlines_or_question, duties_or_question, no_deadlines_of, page_arg,
                                          unknown_body)
from bot.channels.render import ListPage
from troly.texts import t


@dataclass
class Reply:
    """What a command produced: text to show, or a question to answer as if the user had asked it,
    or (Telegram) a removal waiting for the admin's confirmation, or a page of a list (Telegram shows
    it as HTML with page buttons; `text` is its plain form)."""
    text: str | None = None
    question: str | None = None
    confirm_removal: str | None = None
    page: ListPage | None = None


def read_command(name: str, arg: str, assistant: Assistant, today: date | None = None) -> Reply:
    """/vanban, /nghiavu, /hanchot (and /hoi): what they show, or the question they become; deadlines
    count from `today` (the settings' clock when not given)."""
    if name == "hoi":
        return Reply(question=arg) if arg else Reply(t("bot.ask_usage"))
    if name == "vanban":
        return Reply(documents_text(assistant.documents()))
    if name == "nghiavu" and not arg:
        return Reply(t("bot.duties_usage"))
    unknown = unknown_body(assistant, arg)
    if unknown:
        return Reply(unknown)
    today = today or assistant.settings.current_date()
    none_of_body = no_deadlines_of(assistant, arg, today) if name == "hanchot" else None
    if none_of_body:
        return Reply(none_of_body)
    lister = duties_or_question if name == "nghiavu" else deadlines_or_question
    found = lister(assistant, arg, today)
    if not isinstance(found, ListPage):
        return Reply(question=found)
    asked = page_arg(arg)[1]
    if asked > found.pages:  # "/hanchot 99": said, not the last page shown instead
        return Reply(t("obligations.no_page", page=asked, pages=found.pages,
                       command=f"/{found.command} {found.arg}".strip()))
    return Reply(found.plain(), page=found)


READ_COMMANDS = ("hoi", "vanban", "nghiavu", "hanchot")
