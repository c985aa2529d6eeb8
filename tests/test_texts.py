"""prompts/messages.toml holds every user text once: each key the code asks for exists, and each key
is asked for somewhere. Keys are found by reading the source for t("…") calls; a key built at run time
(t(f"ingest.{status}")) counts for the keys one level under its literal prefix."""
from __future__ import annotations

import ast
import re
import tomllib

from tests.helpers import ROOT
from troly.texts import PROMPTS_DIR, t

PACKAGES = ("troly", "ingest", "vectorstore", "bot")


def _keys(node: dict, prefix: str = "") -> set[str]:
    out: set[str] = set()
    for name, value in node.items():
        out |= _keys(value, f"{prefix}{name}.") if isinstance(value, dict) else {prefix + name}
    return out


def _used() -> tuple[set[str], set[str]]:
    """(literal keys, prefixes of keys built at run time) of every t(…) call in the source; every string
    in the key expression counts (t("a" if ok else "b") uses both)."""
    literal, prefixes = set(), set()
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "t"
                        and call.args):
                    continue
                in_fstrings: set[int] = set()  # the literal parts of an f-string are not keys
                for node in ast.walk(call.args[0]):
                    if isinstance(node, ast.JoinedStr):
                        head = node.values[0]
                        prefixes.add(head.value if isinstance(head, ast.Constant) else "")
                        in_fstrings |= {id(part) for part in node.values}
                    elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in in_fstrings:
                        literal.add(node.value)
    return literal, prefixes


def test_every_key_used_exists_and_every_key_is_used():
    with open(PROMPTS_DIR / "messages.toml", "rb") as fh:
        defined = _keys(tomllib.load(fh))
    literal, prefixes = _used()
    assert literal and prefixes
    assert sorted(literal - defined) == []
    assert sorted(p for p in prefixes if not any(k.startswith(p) for k in defined)) == []
    built = {k for k in defined for p in prefixes if k.startswith(p) and "." not in k[len(p):]}
    assert sorted(defined - literal - built) == []


def test_a_missing_key_is_an_error():
    import pytest

    with pytest.raises(KeyError):
        t("cli.no_such_key")


def test_a_word_is_written_with_one_accent_placement_everywhere():
    """"Đã xóa" in one message, "Chưa xoá" in the next reads as a typo: each word that has an old and a
    new accent placement is written one way across the messages."""
    words = set(re.findall(r"\w+", (PROMPTS_DIR / "messages.toml").read_text(encoding="utf-8").lower()))
    for pair in (("xóa", "xoá"), ("hóa", "hoá"), ("khóa", "khoá"), ("ủy", "uỷ"), ("thủy", "thuỷ"), ("tòa", "toà")):
        assert not set(pair) <= words, pair
