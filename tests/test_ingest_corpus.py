"""Ingestion of the five real plans: structure, repair and idempotence as a user sees them."""
from __future__ import annotations

import json
import re

from tests.conftest import corpus_files, run_troly


def _chunks(assistant, doc_id):
    return assistant.store.doc_chunks(doc_id)


def test_chunk_under_iv_2_reports_results(assistant):
    chunks = _chunks(assistant, "001_8a56ceed1e768dfa.txt")
    under = [c for c in chunks if c.meta["section"].startswith("IV. TỔ CHỨC THỰC HIỆN › 2.")]
    assert under, "no chunk under IV › 2."
    assert any("tổng hợp và báo cáo kết quả" in c.text for c in under)


def test_no_broken_glyphs_or_wrapped_sentences(assistant):
    for path in corpus_files():
        for chunk in _chunks(assistant, path.name):
            assert "ƣ" not in chunk.text and "Ƣ" not in chunk.text
            assert "\n" not in chunk.text
            assert "**" not in chunk.text


def test_every_chunk_has_title_and_closing_block_is_its_own_kind(assistant):
    record = assistant.store.get("001_8a56ceed1e768dfa.txt")
    assert "CĐCS trực thuộc" in record.meta["recipients"]
    chunks = _chunks(assistant, "001_8a56ceed1e768dfa.txt")
    assert all(c.meta["title"] == record.title for c in chunks)
    closing = [c for c in chunks if c.text.startswith("Nơi nhận")]
    assert [c.meta["block"] for c in closing] == ["recipients"]
    assert "CĐCS trực thuộc" in closing[0].text


def test_reingest_reports_unchanged(corpus_data, cli_env):
    cli_env["TROLY_DATA_DIR"] = str(corpus_data)
    proc = run_troly(["ingest", "--json", *map(str, corpus_files())], cli_env)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert [d["status"] for d in report["documents"]] == ["unchanged"] * 5
