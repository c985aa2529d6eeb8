"""The channels troly has: one line each. The `troly` command line gets one subcommand per line
(plus `troly bots`, which runs every configured bot), and `troly bots` loops over the bot lines.
A channel's class is imported only when it is used (`troly chat` never loads a bot library)."""
from __future__ import annotations

import argparse
import importlib
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


def add_commands(sub: argparse._SubParsersAction) -> None:
    """`troly chat`, `troly telegram`, `troly zalo`… and `troly bots`, each with its handler."""
    for channel in CHANNELS:
        help_text = t(f"channels.cli_{channel.command}")
        p = sub.add_parser(channel.command, help=help_text, description=help_text)
        if channel.bot:
            p.add_argument("--webhook", metavar="URL", help=t("channels.cli_webhook"))
            p.set_defaults(handler=lambda args, c=channel: _runner().run_bot_cli(c, args.webhook))
        else:
            p.set_defaults(handler=lambda args: _runner().run_terminal_cli())
    help_text = t("channels.cli_bots", names=", ".join(c.command for c in bots()))
    p = sub.add_parser("bots", help=help_text, description=help_text)
    for channel in bots():
        p.add_argument(f"--{channel.name}-webhook", metavar="URL",
                       help=t("channels.cli_bots_webhook", channel=channel.command))
    p.set_defaults(handler=lambda args: _runner().run_bots_cli(
        {c.name: getattr(args, f"{c.name}_webhook") for c in bots()}))
