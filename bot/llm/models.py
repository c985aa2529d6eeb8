"""Chat models through LangChain, chosen by TROLY_LLM = "<provider>:<model>".

- `openai:<model>`: OpenAI, or any OpenAI-compatible server (vLLM, llama.cpp server, LM Studio, Gemini's
  compatible endpoint …) when TROLY_LLM_BASE_URL points at it.
- `ollama:<model>`: an Ollama server (TROLY_LLM_BASE_URL, default http://localhost:11434).
"""
from __future__ import annotations

from langchain_core.language_models.chat_models import BaseChatModel

from troly.config import Settings

OPENAI_COMPATIBLE = {"openai", "openai-compatible", "vllm", "llamacpp", "llama.cpp", "lmstudio", "gemini"}
# Reasoning models accept only their default temperature.
_FIXED_TEMPERATURE = ("o1", "o3", "o4", "gpt-5")


class ModelConfigError(ValueError):
    pass


def parse_spec(spec: str) -> tuple[str, str]:
    """"openai:gpt-4o-mini" → ("openai", "gpt-4o-mini"); model names may hold ':' ("ollama:qwen2.5:7b")."""
    provider, sep, model = spec.strip().partition(":")
    if not sep or not model.strip():
        raise ModelConfigError(f"TROLY_LLM phải có dạng <nhà cung cấp>:<mô hình>, vd. openai:gpt-4o-mini (nhận được {spec!r})")
    provider = provider.strip().lower()
    if provider not in OPENAI_COMPATIBLE | {"ollama"}:
        raise ModelConfigError(f"TROLY_LLM: nhà cung cấp {provider!r} chưa hỗ trợ; dùng openai:… hoặc ollama:…")
    return ("ollama" if provider == "ollama" else "openai"), model.strip()


def make_chat_model(settings: Settings, temperature: float = 0.1) -> BaseChatModel:
    """The configured chat model; no network traffic happens here."""
    provider, model = parse_spec(settings.llm or "")
    timeout = settings.llm_timeout
    if provider == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(model=model, base_url=settings.llm_base_url, temperature=temperature, num_ctx=8192,
                          client_kwargs={"timeout": timeout})
    from langchain_openai import ChatOpenAI

    kwargs: dict = {"model": model, "timeout": timeout, "max_retries": 0}
    if settings.llm_base_url:
        kwargs["base_url"] = settings.llm_base_url
    # Local servers ignore the key, but the client insists on one.
    kwargs["api_key"] = settings.llm_api_key or (None if not settings.llm_base_url else "not-needed")
    if kwargs["api_key"] is None:
        del kwargs["api_key"]  # fall back to OPENAI_API_KEY
    if not model.lower().startswith(_FIXED_TEMPERATURE):
        kwargs["temperature"] = temperature
    return ChatOpenAI(**kwargs)
