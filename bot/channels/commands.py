"""The command table (prompts/commands.toml) and what is generated from it: the commands a channel
knows, its help text and Telegram's menus; plus parsing "/lenh@bot tham số" out of a message."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache

from troly.texts import PROMPTS_DIR, t
from troly.vntext import fold


@dataclass(frozen=True)
class Command:
    name: str
    description: str
    channels: tuple[str, ...]
    args: str = ""
    admin: bool = False
    typed_alone: tuple[str, ...] = ()  # words that, typed as the whole message without "/", are this command

    @property
    def usage(self) -> str:
        return f"/{self.name} {self.args}".rstrip()


@lru_cache(maxsize=1)
def table() -> tuple[Command, ...]:
    with open(PROMPTS_DIR / "commands.toml", "rb") as fh:
        rows = tomllib.load(fh)["command"]
    return tuple(Command(**{**row, "channels": tuple(row["channels"]),
                            "typed_alone": tuple(row.get("typed_alone", ()))}) for row in rows)


def commands(channel: str, admin: bool = True) -> list[Command]:
    """The commands of a channel, in table order; without the admin-only ones unless `admin`."""
    return [c for c in table() if channel in c.channels and (admin or not c.admin)]


def names(channel: str) -> set[str]:
    return {c.name for c in commands(channel)}


def help_text(channel: str, admin: bool = False) -> str:
    """/help of a channel: how to ask there (messages.toml [help]), then every command it knows;
    admins also see their commands and what else they can do."""
    lines = [t(f"help.{channel}")]
    lines += [t("help.line", usage=c.usage, description=c.description) for c in commands(channel, admin=False)]
    if admin and any(c.admin for c in commands(channel)):
        lines += ["", t(f"help.{channel}_admin")]
        lines += [t("help.line", usage=c.usage, description=c.description) for c in commands(channel) if c.admin]
    return "\n".join(lines)


def parse_command(text: str, channel: str | None = None) -> tuple[str, str] | None:
    """("hoi", "rest of the text") for "/hoi@bot rest…", else None. Given the channel, a message that is only a
    word its command table lets be typed alone ("thoát", "exit" in the terminal) is that command: a user who
    types it means it, and searching the documents for it would answer with passages."""
    if not text.startswith("/"):
        typed = _typed_alone(text.strip(" .!?"), channel) if channel else None
        return (typed, "") if typed else None
    head, _, rest = text[1:].partition(" ")
    if "\n" in head:
        head, _, more = head.partition("\n")
        rest = more + (" " + rest if rest else "")
    head = head.split("@", 1)[0].lower()
    # "/exit", "/thoát": a word the channel lets be typed alone, written as a command, is that command too
    if channel and head not in names(channel):
        head = _typed_alone(head, channel) or head
    return head, rest.strip()


def _typed_alone(said: str, channel: str) -> str | None:
    """The command of `channel` whose typed_alone words hold `said` (folded), if any."""
    said = fold(said)
    return next((c.name for c in commands(channel) if said in map(fold, c.typed_alone)), None) if said else None
