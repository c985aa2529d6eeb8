"""Chat messages sent to the model, built from the Vietnamese templates in prompts/.

Passages travel inside a data block whose delimiters carry a random nonce, so text inside a document
("bỏ qua hướng dẫn trước", or a forged closing line) can neither pass as an instruction nor close the block.
"""
from __future__ import annotations

import re
import secrets

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from troly import tables
from troly.texts import t, template
from vectorstore.search import Passage

MAX_PASSAGE_CHARS = 1500
_ANGLES = re.compile(r"<{2,}|>{2,}")
_TURN = tables.toml("followup_words.toml")["turn_lines"]  # "Người dùng: …\nTrợ lý: …"


def _as_data(text: str) -> str:
    """Passage text made unable to imitate the block delimiters."""
    return _ANGLES.sub(lambda m: m.group(0)[0], text.strip())


def format_passages(passages: list[Passage]) -> str:
    parts = []
    for n, p in enumerate(passages, 1):
        text = p.text if len(p.text) <= MAX_PASSAGE_CHARS else p.text[:MAX_PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"
        parts.append(template("answer_passage.txt").format(
            n=n, document=_as_data(p.document) or "—", section=_as_data(p.section) or "—", text=_as_data(text)).strip())
    return "\n\n".join(parts)


def answer_messages(question: str, passages: list[Passage], nonce: str | None = None) -> list[BaseMessage]:
    """System rules + one user message holding the numbered passages and the question."""
    nonce = nonce or secrets.token_hex(4)
    system = template("answer_system.txt").format(nonce=nonce, not_found=t("answer.not_found")).strip()
    user = template("answer_user.txt").format(nonce=nonce, passages=format_passages(passages),
                                              question=_as_data(question)).strip()
    return [SystemMessage(system), HumanMessage(user)]


def rewrite_messages(question: str, turns: list[tuple[str, str]], answer_chars: int = 300) -> list[BaseMessage]:
    """The follow-up rewriting request: recent turns (answers shortened) and the new question."""
    lines = []
    for q, a in turns:
        a = " ".join(a.split())
        if len(a) > answer_chars:
            a = a[:answer_chars].rsplit(" ", 1)[0] + " …"
        lines.append(_TURN.format(question=q.strip(), answer=a))
    return [HumanMessage(template("rewrite.txt").format(history="\n".join(lines), question=question.strip()).strip())]
