"""The README documents what the code has: every setting of `Settings` (and no other) in its settings
table, every command and every option `troly --help` lists."""
from __future__ import annotations

import argparse
import re

from tests.helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_settings_table_matches_settings():
    from troly.config import Settings

    rows = [line for line in _section("Settings").splitlines() if line.startswith("| `TROLY_")]
    documented = [re.match(r"\| `(TROLY_\w+)`", row).group(1) for row in rows]
    assert len(documented) == len(set(documented))
    assert sorted(documented) == sorted(f"TROLY_{name.upper()}" for name in Settings.model_fields)



def test_the_paragraph_limit_row_states_the_length_the_count_uses():
    """The long line's length is written out in the settings table (a reader has no code to look at); it must be
    the one ingest counts with (review47 R12: restated by hand, it would drift)."""
    from ingest.pipeline import PARAGRAPH_CHARS

    row = next(line for line in _section("Settings").splitlines() if line.startswith("| `TROLY_MAX_FILE_PARAGRAPHS`"))
    assert f"more than {PARAGRAPH_CHARS} characters counts one for each {PARAGRAPH_CHARS}" in row, row

def test_every_command_and_option_is_documented():
    from bot.cli import build_parser

    commands = _section("Commands")
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert sub.choices
    for name, parser in sub.choices.items():
        row = next((line for line in commands.splitlines() if line.startswith(f"| `troly {name}")), None)
        assert row, f"troly {name} has no row in the Commands table"
        for action in parser._actions:
            for flag in action.option_strings:
                if flag not in ("-h", "--help"):
                    assert f"`{flag}" in row, f"troly {name} {flag} is not documented"


def test_no_empty_or_repeated_headings():
    """Headings outside code blocks: each once, each followed by text (a shell comment inside a code block
    stays a comment)."""
    lines, in_code = [], False
    for line in README.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        lines.append("" if in_code else line)
    headings = [i for i, line in enumerate(lines) if re.match(r"#{1,6} ", line)]
    titles = [lines[i] for i in headings]
    assert len(titles) == len(set(titles)), titles
    for i in headings:
        following = next(line for line in README.splitlines()[i + 1:] if line.strip())
        assert not re.match(r"#{1,6} ", following), f"nothing under {lines[i]!r}"


def test_make_echoes_no_english_comment():
    """`make run` and `make test` print the commands they run: an English note after one would be the
    only English a Vietnamese admin sees ("troly chat   # on an empty store …")."""
    echoed = [line for line in (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
              if line.startswith("\t") and not line.startswith("\t@")]
    assert echoed and not [line for line in echoed if "#" in line]
