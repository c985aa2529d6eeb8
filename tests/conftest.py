"""Shared fixtures. The five real plans are embedded once per test session (a vector cache file
keeps later sessions fast); tests that change the store work on a copy."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the repo; a worktree under /work/wt/<name> finds it two levels up.
SHARED = next((d for d in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if d.is_dir()),
              ROOT.parent / "shared").resolve()
CORPUS = SHARED / "corpus"
TROLY = [sys.executable, "-m", "bot.cli"]


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.fail(f"the shared corpus is missing: {CORPUS}")
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def embed_cache(tmp_path_factory) -> Path:
    """One vector cache for the session (TROLY_TEST_EMBED_CACHE keeps it across sessions)."""
    keep = os.environ.get("TROLY_TEST_EMBED_CACHE")
    return Path(keep) if keep else tmp_path_factory.mktemp("cache") / "vectors.sqlite"


@pytest.fixture
def make_settings(tmp_path, embed_cache):
    from troly.config import Settings

    def make(data_dir: Path | None = None, **overrides) -> Settings:
        return Settings(data_dir=data_dir or tmp_path / "data", embed_cache=embed_cache, _env_file=None, **overrides)

    return make


@pytest.fixture(scope="session")
def corpus_template(tmp_path_factory, embed_cache) -> Path:
    """A data directory holding the five plans, built once; copy it, never write to it."""
    from bot.answer.service import Assistant
    from troly.config import Settings

    data = tmp_path_factory.mktemp("corpus-store")
    assistant = Assistant(Settings(data_dir=data, embed_cache=embed_cache, _env_file=None))
    report = assistant.ingest(corpus_files())
    assert [d.status for d in report.documents] == ["added"] * 5, report.to_json()
    del assistant
    return data


@pytest.fixture
def corpus_data(corpus_template, tmp_path) -> Path:
    """A private copy of the ingested corpus store for one test."""
    target = tmp_path / "data"
    shutil.copytree(corpus_template, target)
    return target


@pytest.fixture
def assistant(corpus_data, make_settings):
    from bot.answer.service import Assistant

    return Assistant(make_settings(corpus_data))


@pytest.fixture
def cli_env(embed_cache, tmp_path):
    """Environment for running `troly` in a subprocess against tmp_path/data."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TROLY_")}
    env.update(TROLY_DATA_DIR=str(tmp_path / "data"), TROLY_EMBED_CACHE=str(embed_cache), PYTHONIOENCODING="utf-8")
    return env


def run_troly(args: list[str], env: dict, input: str | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(TROLY + args, env=env, input=input, capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, cwd=ROOT)
