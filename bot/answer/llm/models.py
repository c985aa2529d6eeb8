"""Chat models through LangChain, chosen by TROLY_LLM = "<provider>:<model>".

- `openai:<model>`: OpenAI, or any OpenAI-compatible server when TROLY_LLM_BASE_URL points at it;
  `vllm:`, `llamacpp:`, `lmstudio:`, `gemini:` are the same client with that server's usual address.
- `ollama:<model>`: an Ollama server (TROLY_LLM_BASE_URL, default http://localhost:11434).
"""
from __future__ import annotations

from langchain_core.language_models.chat_models import BaseChatModel

from troly.config import Settings
from troly.model_spec import DEFAULT_BASE_URLS, parse_spec

# Reasoning models accept only their default temperature.
_FIXED_TEMPERATURE = ("o1", "o3", "o4", "gpt-5")


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
    base_url = settings.llm_base_url or DEFAULT_BASE_URLS[provider]
    if base_url:
        kwargs["base_url"] = base_url
    if settings.llm_api_key:
        kwargs["api_key"] = settings.llm_api_key.get_secret_value()
    elif provider != "openai" or settings.llm_base_url:
        kwargs["api_key"] = "not-needed"  # local servers ignore the key, but the client insists on one
    # else: OPENAI_API_KEY from the environment
    if not model.lower().startswith(_FIXED_TEMPERATURE):
        kwargs["temperature"] = temperature
    return ChatOpenAI(**kwargs)
