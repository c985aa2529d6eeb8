"""What TROLY_LLM = "<provider>:<model>" may name, read without loading any model client: here, below bot/, so that
the settings (troly/config.py) refuse a value naming no model the way they refuse any other unusable setting — for
the command line, the bots and the answer service alike — and bot/answer/llm/models.py builds the client from it."""
from __future__ import annotations

from troly.texts import t

# OpenAI-compatible servers, with where they listen by default (TROLY_LLM_BASE_URL overrides).
DEFAULT_BASE_URLS = {
    "openai": None,  # api.openai.com
    "vllm": "http://localhost:8000/v1",
    "llamacpp": "http://localhost:8080/v1",
    "lmstudio": "http://localhost:1234/v1",
    "gemini": "https://generativelanguage.googleapis.com/v1beta/openai/",
}
OPENAI_COMPATIBLE = set(DEFAULT_BASE_URLS)


class ModelConfigError(ValueError):
    """TROLY_LLM names no provider and model troly can use; the message says why, in Vietnamese."""


def parse_spec(spec: str) -> tuple[str, str]:
    """"openai:gpt-4o-mini" → ("openai", "gpt-4o-mini"); model names may hold ':' ("ollama:qwen2.5:7b")."""
    provider, sep, model = spec.strip().partition(":")
    if not sep or not model.strip():
        raise ModelConfigError(t("llm.bad_spec"))
    provider = provider.strip().lower()
    if provider not in OPENAI_COMPATIBLE | {"ollama"}:
        known = ", ".join(sorted(OPENAI_COMPATIBLE | {"ollama"}))
        raise ModelConfigError(t("llm.unknown_provider", provider=repr(provider), known=known))
    return provider, model.strip()
