"""The channels troly has: one line each. The `troly` command line gets one subcommand per line
(plus `troly bots`, which runs every configured bot), and `troly bots` loops over the bot lines.
A channel's class is imported only when it is used (`troly chat` never loads a bot library)."""
from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from dataclasses import dataclass

from troly.texts import t


@dataclass(frozen=True)
class Registered:
    name: str     # the channel's name, as in prompts/commands.toml
    command: str  # its `troly` subcommand
    target: str   # "module:Class"
    bot: bool = True  # a BotChannel (runs under `troly bots`, takes --webhook)

    def load(self) -> type:
        module, _, cls = self.target.partition(":")
        return getattr(importlib.import_module(module), cls)


CHANNELS: tuple[Registered, ...] = (
    Registered("terminal", "chat", "bot.channels.terminal:TerminalChat", bot=False),
    Registered("telegram", "telegram", "bot.channels.telegram:TelegramBot"),
    Registered("zalo", "zalo", "bot.channels.zalo:ZaloBot"),
)


def bots() -> list[Registered]:
    return [c for c in CHANNELS if c.bot]


def _runner():
    from bot.channels import runner  # only once a channel command runs: `troly docs` loads no bot code

    return runner


def add_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    """`troly chat`, `troly telegram`, `troly zalo`… and `troly bots`, each with its handler, through
    the command line's own `add(name, handler, help_text, json_flag)`."""
    for channel in CHANNELS:
        if channel.bot:
            p = add(channel.command, lambda args, c=channel: _runner().run_bot_cli(c, args.webhook),
                    t(f"channels.cli_{channel.command}"), json_flag=False)
            p.add_argument("--webhook", metavar="URL", help=t("channels.cli_webhook"))
        else:
            add(channel.command, lambda args: _runner().run_terminal_cli(), t(f"channels.cli_{channel.command}"),
                json_flag=False)
    p = add("bots", lambda args: _runner().run_bots_cli({c.name: getattr(args, f"{c.name}_webhook") for c in bots()}),
            t("channels.cli_bots", names=", ".join(c.command for c in bots())), json_flag=False)
    for channel in bots():
        p.add_argument(f"--{channel.name}-webhook", metavar="URL",
                       help=t("channels.cli_bots_webhook", channel=channel.command))
