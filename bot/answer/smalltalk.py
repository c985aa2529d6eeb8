"""Greetings, thanks and "help" typed as text ("xin chào", "cảm ơn", "bạn là ai", "giúp tôi"):
a short reply with example questions, not a search (which would find "chào cờ đầu tuần").
The phrases live in prompts/small_talk.txt."""
from __future__ import annotations

import re
from functools import lru_cache

from troly.tables import lines
from troly.vntext import fold


@lru_cache(maxsize=1)
def _phrases() -> re.Pattern[str]:
    phrases = sorted({" ".join(line.split()) for line in lines("small_talk.txt")}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


def is_small_talk(message: str) -> bool:
    """Whether the message holds nothing but greetings, thanks, help requests and particles."""
    words = " ".join(re.findall(r"[a-z0-9]+", fold(message)))
    return bool(words) and not _phrases().sub(" ", words).strip()
