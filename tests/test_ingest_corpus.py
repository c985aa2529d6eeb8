"""Ingestion of the five real plans: structure, repair and idempotence as a user sees them."""
from __future__ import annotations

import json

from tests.helpers import corpus_files, run_troly


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
            assert "\n" not in chunk.text or chunk.meta.get("block") == "title"  # the title's lines as printed
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


def test_2030_target_carries_its_year_and_comes_first(assistant):
    first = assistant.search("chỉ tiêu đoàn viên đến năm 2030", k=5)[0]
    assert "đạt ít nhất 98%" in first.text and first.lead == "Đến năm 2030:"
    answer = assistant.ask("Chỉ tiêu đoàn viên năm 2030?")
    assert answer.found and "(Đến năm 2030) Phấn đấu tỷ lệ đoàn viên" in answer.answer and "98%" in answer.answer


def test_docs_json_and_doc_option(corpus_data, cli_env):
    cli_env["TROLY_DATA_DIR"] = str(corpus_data)
    docs = json.loads(run_troly(["docs", "--json"], cli_env).stdout)["documents"]
    keys = {"id", "title", "short_title", "kind", "number", "date", "issuer", "signer", "recipients",
            "implements", "source", "chunks", "ingested_at"}
    assert all(keys <= set(d) for d in docs)
    kl21 = next(d for d in docs if d["id"].startswith("000_"))
    assert kl21["short_title"] == "KH thực hiện KL 21 – CĐGD Việt Nam" and kl21["date"] is None
    listing = run_troly(["docs"], cli_env).stdout
    assert "KH thực hiện KL 21 – CĐGD Việt Nam" in listing
    # --doc: a unique prefix of an id; an unknown one is an error naming what is loaded.
    found = run_troly(["search", "--json", "--doc", "004_f", "báo cáo kết quả"], cli_env)
    assert {r["doc_id"] for r in json.loads(found.stdout)["results"]} == {"004_f2391f32d5c3f913.txt"}
    unknown = run_troly(["ask", "--doc", "999/QĐ-TTg", "báo cáo gì?"], cli_env)
    assert unknown.returncode != 0 and "999/QĐ-TTg" in unknown.stderr and "KH thực hiện KL 51" in unknown.stderr
