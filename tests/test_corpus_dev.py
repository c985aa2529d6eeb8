"""Acceptance over the whole of ../shared/corpus-dev (18 real documents, ~1,300 passages): loaded once
into one store, then for every document with a "Nơi nhận" block, the question whom it is sent to is
answered from that block and cites it, both scoped to the document (`--doc`) and asked the way a user
would, naming the document by its number. Embedding the corpus takes minutes, so `make test` skips
these (marker `corpus`); `make test-corpus` runs them, and CI runs that after `make test`."""
from __future__ import annotations

import json
import os
import re
import pytest

from tests.helpers import CORPUS, run_troly

CORPUS_DEV = CORPUS.parent / "corpus-dev"
pytestmark = pytest.mark.corpus


def _with_recipients_block() -> list[str]:
    """Files whose text holds a "Nơi nhận" block (read as a user would see it in the file)."""
    return sorted(p.name for p in CORPUS_DEV.glob("*") if "Nơi nhận" in p.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev_env(tmp_path_factory, embed_cache) -> dict[str, str]:
    """`troly` environment over one store holding all of corpus-dev, loaded once for this module."""
    data = tmp_path_factory.mktemp("corpus-dev") / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TROLY_")}
    env.update(TROLY_DATA_DIR=str(data), TROLY_EMBED_CACHE=str(embed_cache), PYTHONIOENCODING="utf-8")
    loaded = run_troly(["ingest", "--json", str(CORPUS_DEV)], env)
    statuses = [d["status"] for d in json.loads(loaded.stdout)["documents"]]
    assert loaded.returncode == 0 and statuses == ["added"] * len(list(CORPUS_DEV.glob("*"))), loaded.stdout
    return env


@pytest.fixture(scope="module")
def documents(dev_env) -> dict[str, dict]:
    got = run_troly(["docs", "--json"], dev_env)
    assert got.returncode == 0, got.stderr
    return {d["id"]: d for d in json.loads(got.stdout)["documents"]}


def _ask(env: dict[str, str], *args: str) -> dict:
    got = run_troly(["ask", "--json", *args], env)
    assert got.returncode == 0, got.stderr
    return json.loads(got.stdout)


def _named(doc: dict) -> str:
    """The document as a user names it: kind and number ("Quyết định 22/2013/QĐ-TTg"), else kind and issuer
    ("Chỉ thị của Thủ tướng Chính phủ", a scan whose number is unreadable)."""
    if doc["number"]:
        return f"{doc['kind']} {doc['number']}".strip()
    return f"{doc['kind'] or 'Văn bản'} của {doc['issuer']}" if doc["issuer"] else doc["short_title"]


def _cites_recipients(answer: dict, doc: dict) -> None:
    assert answer["found"], answer["answer"]
    # a letter's addressees ("Kính gửi") lead when it has them, its copy list ("Nơi nhận") follows; both of this document
    first = answer["citations"][0]
    assert first["doc_id"] == doc["id"] and (first["kind"] == "recipients" or re.match(
        r"\W*Kính gửi", first["text"])), (answer["answer"], first)
    first = next((c for c in answer["citations"] if c["kind"] == "recipients"), None)
    assert first and first["doc_id"] == doc["id"], (answer["answer"], answer["citations"])
    assert first["text"].startswith(("Nơi nhận", "| Nơi nhận", "Noi nhận"))
    # the block names a recipient, or means the addressees of its "Kính gửi" by "Như trên" (as above), which the
    # document's recipients spell out (ingest/addressees.py)
    named = [r for r in doc["recipients"] if r in first["text"]] or re.findall(r"Như trên", first["text"])
    assert named, "the cited block names none of the document's recipients"
    assert 0 < answer["confidence"] <= 1  # --json says how sure, as for every other answer


@pytest.mark.parametrize("name", _with_recipients_block())
def test_whom_it_is_sent_to_scoped_to_the_document(dev_env, documents, name):
    """Also for a dossier of several documents in one file (dev_02): a letter's block, not the decision's it holds."""
    doc = documents[name]
    answer = _ask(dev_env, "--doc", name, f"{doc['kind'] or 'Văn bản'} này gửi cho những ai?")
    _cites_recipients(answer, doc)


def test_a_decision_inside_a_dossier_is_answered_from_its_own_block(dev_env):
    """dev_02 is a letter first; the decision it holds, asked for by its kind and number, by its subject, or with
    --doc, is answered from the decision's "Nơi nhận", and the citation names the decision."""
    name = "dev_02_cdcs_mau_hoso_thuongluong_tuldtt.txt"
    for args in (["Quyết định 01/2026/QĐ-CĐCS gửi cho những ai?"],
                 ["--doc", name, "Quyết định thành lập Tổ thương lượng tập thể gửi cho ai?"]):
        first = _ask(dev_env, *args)["citations"][0]
        assert (first["doc_id"], first["kind"]) == (name, "recipients"), (args, first)
        assert first["section"] == "QĐ 01/2026/QĐ-CĐCS › Nơi nhận" and "Thành viên Tổ thương lượng" in first["text"]


@pytest.mark.parametrize("name", _with_recipients_block())
def test_whom_it_is_sent_to_named_by_its_number(dev_env, documents, name):
    doc = documents[name]
    _cites_recipients(_ask(dev_env, f"{_named(doc)} gửi cho những ai?"), doc)


@pytest.mark.parametrize("name", [n for n in _with_recipients_block() if n.startswith("dev_1")])
def test_whom_it_is_sent_to_asked_in_few_words_by_its_short_number(dev_env, documents, name):
    """"công văn 2428 gửi ai": the kind, the number without its suffix, "gửi ai"."""
    doc = documents[name]
    if not doc["number"]:
        pytest.skip("no number to name the document by")
    _cites_recipients(_ask(dev_env, f"{doc['kind'].lower()} {doc['number'].split('/')[0]} gửi ai"), doc)


@pytest.mark.parametrize("name", _with_recipients_block())
def test_who_signed_is_answered_from_the_signature_and_closing_blocks_stay_out_of_other_answers(
        dev_env, documents, name):
    doc = documents[name]
    if doc["signer"]:
        signed = _ask(dev_env, f"Ai ký {_named(doc)}?")
        first = signed["citations"][0]
        assert (first["doc_id"], first["kind"]) == (doc["id"], "signature") and doc["signer"] in signed["answer"]
        assert 0 < signed["confidence"] <= 1
    other = _ask(dev_env, "--doc", name, f"{doc['kind'] or 'Văn bản'} này quy định những nội dung gì?")
    assert all(c["kind"] not in ("recipients", "signature") for c in other["citations"])


def test_doc_takes_a_number_and_year_takes_the_documents_own_date(dev_env, documents):
    got = run_troly(["search", "--json", "--doc", "5115/LĐTBXH-KHTC", "chi trả qua Bưu điện"], dev_env)
    assert {r["doc_id"] for r in json.loads(got.stdout)["results"]} == {"dev_16_cv5115_ldtbxh_buudien.md"}
    got = run_troly(["search", "--json", "--k", "50", "--year", "2013", "hỗ trợ nhà ở"], dev_env)
    years = {documents[r["doc_id"]]["date"][:4] for r in json.loads(got.stdout)["results"]}
    assert years == {"2013"}
