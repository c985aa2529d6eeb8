"""Generated answers: prompt → streamed generation under a deadline → citation check.

Returns None whenever the model cannot be trusted for this question (error, time-out, unusable answer);
the caller then answers with the offline composer, so a user never gets a failed reply.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable

from langchain_core.language_models.chat_models import BaseChatModel

from bot.answer.model import Answer, Citation
from bot.answer.llm.citations import Renumberer, check_answer, says_not_found
from bot.answer.llm.prompt import answer_messages
from troly.texts import t
from vectorstore.search import Passage

log = logging.getLogger("troly.llm")

MAX_PASSAGES = 6
COOL_DOWN = 30.0  # seconds without trying the model after it failed, so users don't each wait for a dead server


class ModelTimeout(TimeoutError):
    pass


class ThinkStripper:
    """Drops <think>…</think> blocks that reasoning models (Qwen3, DeepSeek-R1 …) put before the answer,
    also when a tag arrives cut across stream pieces."""

    OPEN, CLOSE = "<think>", "</think>"

    def __init__(self) -> None:
        self.inside = False
        self._pending = ""

    def feed(self, piece: str) -> str:
        text, self._pending = self._pending + piece, ""
        out: list[str] = []
        while text:
            tag = self.CLOSE if self.inside else self.OPEN
            at = text.find(tag)
            if at >= 0:
                if not self.inside:
                    out.append(text[:at])
                self.inside = not self.inside
                text = text[at + len(tag):]
                continue
            keep = next((k for k in range(min(len(tag) - 1, len(text)), 0, -1) if tag.startswith(text[-k:])), 0)
            if not self.inside:
                out.append(text[:len(text) - keep])
            self._pending = text[len(text) - keep:]
            break
        return "".join(out)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return "" if self.inside else text

    def run(self, text: str) -> str:
        return self.feed(text) + self.flush()


def _content(chunk: object) -> str:
    content = getattr(chunk, "content", "")
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content blocks
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return ""


class _Emitter:
    """Calls on_token; a failing channel callback is logged and then left alone — it must not count as a
    model failure nor stop the answer."""

    def __init__(self, on_token: Callable[[str], None] | None) -> None:
        self.on_token = on_token
        self.started = False

    def __call__(self, text: str) -> None:
        if not self.started:
            text = text.lstrip()  # the final answer is stripped too
        if not text or self.on_token is None:
            return
        self.started = True
        try:
            self.on_token(text)
        except Exception:
            log.exception("on_token callback failed; streaming stopped for this answer")
            self.on_token = None


class LLMAnswerer:
    def __init__(self, model: BaseChatModel, timeout: float, max_passages: int = MAX_PASSAGES) -> None:
        self.model = model
        self.timeout = timeout
        self.max_passages = max_passages
        self.down_until = 0.0

    @property
    def available(self) -> bool:
        return time.monotonic() >= self.down_until

    def _failed(self, what: str, started: float, exc: Exception) -> None:
        self.down_until = time.monotonic() + COOL_DOWN
        log.warning("language model failed (%s) after %.1f s: %s: %s; answering offline for the next %.0f s",
                    what, time.monotonic() - started, type(exc).__name__, exc, COOL_DOWN)

    def complete(self, messages: list, what: str) -> str | None:
        """One short non-streamed completion (follow-up rewriting); None when the model fails."""
        if not self.available:
            return None
        started = time.monotonic()
        try:
            return ThinkStripper().run(_content(self.model.invoke(messages)))
        except Exception as exc:
            self._failed(what, started, exc)
            return None

    def generate(self, question: str, passages: list[Passage],
                 on_token: Callable[[str], None] | None = None) -> tuple[str, Renumberer]:
        """The raw answer. Pieces go to on_token with citations already renumbered as they will end up."""
        renumber = Renumberer(len(passages))
        think = ThinkStripper()
        deadline = time.monotonic() + self.timeout
        raw: list[str] = []
        emit = _Emitter(on_token)
        for chunk in self.model.stream(answer_messages(question, passages)):
            piece = think.feed(_content(chunk))
            if piece:
                raw.append(piece)
                emit(renumber.feed(piece))
            if time.monotonic() > deadline:
                raise ModelTimeout(f"no complete answer within {self.timeout:g} s")
        tail = think.flush()
        raw.append(tail)
        emit(renumber.feed(tail) + renumber.flush())
        return "".join(raw), renumber

    def answer(self, question: str, passages: list[Passage],
               on_token: Callable[[str], None] | None = None) -> Answer | None:
        passages = passages[: self.max_passages]
        if not passages or not self.available:
            return None
        started = time.monotonic()
        try:
            raw, _ = self.generate(question, passages, on_token)
        except Exception as exc:  # time-outs, HTTP errors, unreachable server: all mean "answer offline"
            self._failed("answer", started, exc)
            return None
        try:
            return self._checked(question, passages, raw)
        except Exception:  # a bug in the check must not cost the user the answer
            log.exception("checking the generated answer failed; answering offline")
            return None

    def _checked(self, question: str, passages: list[Passage], raw: str) -> Answer | None:
        if says_not_found(raw, t("answer.not_found")):
            return Answer(question, t("answer.not_found"), False,
                          [Citation(i + 1, p) for i, p in enumerate(passages[:3])], mode="llm")
        checked = check_answer(raw, passages)
        for sentence, why in checked.removed:
            log.info("removed from the generated answer (%s): %s", why, sentence)
        if not checked.usable:
            log.warning("generated answer failed the citation check (%d kept, %d removed, cited %s); answering offline",
                        checked.kept, len(checked.removed), checked.cited)
            return None
        citations = [Citation(k, passages[n - 1]) for k, n in enumerate(checked.cited, 1)]
        return Answer(question, checked.text, True, citations, mode="llm")
