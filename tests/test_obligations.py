"""Obligations extracted at ingest and queried across documents: who must do what, when, reporting
to whom, which target; `troly obligations` and `troly deadlines`."""
from __future__ import annotations

import json

from ingest.parse import parse_document
from tests.helpers import run_troly

PLAN = """CÔNG ĐOÀN GIÁO DỤC TỈNH AN BÌNH
Số: 12/KH-CĐGD
KẾ HOẠCH
Thực hiện phong trào thi đua năm học mới

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng phong trào thi đua trong các trường học.

II. CHỈ TIÊU
Phấn đấu 100% công đoàn cơ sở đăng ký thi đua.
Đến năm 2027:
Phấn đấu có ít nhất 85% đoàn viên đạt danh hiệu lao động tiên tiến.

III. TỔ CHỨC THỰC HIỆN
1. Công đoàn Giáo dục tỉnh
Theo dõi, đôn đốc việc triển khai Kế hoạch này.
2. Công đoàn cơ sở
Hằng năm, tổng hợp và báo cáo kết quả về Công đoàn Giáo dục tỉnh trước ngày 15/12.
Ban Nữ công phối hợp tổ chức các hoạt động cho nữ đoàn viên.
"""


def test_extraction_reads_actor_timing_recipient_and_target():
    doc = parse_document(PLAN, "an-binh.txt")
    obligations = doc.obligations
    report = next(o for o in obligations if o.kind == "report")
    assert report.actor == "Công đoàn cơ sở"
    assert "Hằng năm" in report.when and "trước ngày 15/12" in report.when
    assert report.report_to.startswith("Công đoàn Giáo dục tỉnh")
    assert report.action in doc.chunks[report.chunk_position].text
    target = next(o for o in obligations if "85%" in o.target)
    assert target.kind == "target" and "2027" in target.when
    assert any(o.actor == "Ban Nữ công" for o in obligations), "a sentence's own subject is its actor"
    assert any(o.actor == "Công đoàn Giáo dục tỉnh" and o.kind == "duty" for o in obligations)


def test_cdcs_obligations_gathered_from_at_least_three_plans(assistant):
    index = assistant.answer_context.obligations
    docs_per_name = {}
    for name in ("CĐCS", "công đoàn cơ sở", "cong doan co so"):
        groups = index.by_actor(name)
        docs_per_name[name] = {o.doc_id for items in groups.values() for o in items}
    assert docs_per_name["CĐCS"] == docs_per_name["công đoàn cơ sở"] == docs_per_name["cong doan co so"]
    assert len(docs_per_name["CĐCS"]) >= 3, docs_per_name
    reports = [o for items in index.by_actor("CĐCS").values() for o in items if o.kind == "report"]
    assert len({o.doc_id for o in reports}) >= 2, "several plans each oblige the CĐCS to report"
    assert any("Liên đoàn Lao động tỉnh" in o.report_to or "LĐLĐ tỉnh" in o.report_to for o in reports)


def test_actor_filter_excludes_other_bodies(assistant):
    groups = assistant.answer_context.obligations.by_actor("Ban Tổ chức - Kiểm tra")
    assert groups and all("Tổ chức" in name for name in groups)
    assert not assistant.answer_context.obligations.by_actor("Hội Cựu chiến binh")


def test_obligations_and_deadlines_commands(cli_env, corpus_store, make_settings):
    from bot.answer.service import Assistant

    cli_env["TROLY_DATA_DIR"] = str(corpus_store)
    store = Assistant(make_settings(corpus_store)).store
    chunk_text = {(c.meta["doc_id"], int(c.meta["position"])): c.text
                  for doc in store.records() for c in store.doc_chunks(doc)}

    proc = run_troly(["obligations", "--actor", "cong doan co so", "--json"], cli_env)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["actor"] == "cong doan co so"
    docs = {d for g in data["groups"] for d in g["documents"]}
    assert len(docs) >= 3
    for g in data["groups"]:
        for o in g["obligations"]:
            assert {"doc_id", "document", "source", "section", "text", "kind", "when", "report_to", "target"} <= set(o)
            assert o["text"] in chunk_text[(o["doc_id"], o["position"])]

    proc = run_troly(["deadlines", "--json"], cli_env)
    assert proc.returncode == 0, proc.stderr
    deadlines = json.loads(proc.stdout)["deadlines"]
    assert deadlines and all(d["when"] for d in deadlines)
    assert {"hằng năm", "hàng năm"} & {d["when"].lower() for d in deadlines}
    assert any("2030" in d["when"] and "98%" in d["target"] for d in deadlines)
    for d in deadlines:
        assert d["text"] in chunk_text[(d["doc_id"], d["position"])]

    proc = run_troly(["obligations", "--actor", "CĐCS"], cli_env)
    assert proc.returncode == 0, proc.stderr
    assert "Nguồn:" in proc.stdout and "■ " in proc.stdout
