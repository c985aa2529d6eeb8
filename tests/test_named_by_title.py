"""A question that names a document by its title — its kind and name, "Luật Công đoàn", or the beginning of a
title no other document's begins with, "Điều lệ Công đoàn" for "Điều lệ Công đoàn Việt Nam" — is answered from
that document, as one naming it by its number is, not from a plan that says nearly the same."""
from __future__ import annotations

import pytest

LAW = """LUẬT CÔNG ĐOÀN

Điều 1. Quyền của Công đoàn trong thi đua
Công đoàn được tham gia với cơ quan, đơn vị xây dựng quy chế thi đua, khen thưởng của cơ quan, đơn vị.
"""

CHARTER = """ĐIỀU LỆ CÔNG ĐOÀN VIỆT NAM

Điều 1. Quyền của đoàn viên
Đoàn viên được công đoàn giới thiệu để bầu vào ban thanh tra nhân dân của cơ quan, đơn vị.
"""

PLAN = """KẾ HOẠCH
Tổ chức phong trào thi đua năm 2026

Theo Luật Công đoàn, công đoàn có quyền đề xuất thi đua, khen thưởng đoàn viên tiêu biểu trong năm 2026.
Theo Điều lệ Công đoàn, đoàn viên có quyền được giới thiệu vào ban thanh tra nhân dân trong năm 2026.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory, embed_cache):
    from bot.answer.service import Assistant
    from troly.config import Settings

    folder = tmp_path_factory.mktemp("docs")
    for name, text in (("luat.txt", LAW), ("dieu_le.txt", CHARTER), ("ke_hoach.txt", PLAN)):
        (folder / name).write_text(text, encoding="utf-8")
    assistant = Assistant(Settings(data_dir=tmp_path_factory.mktemp("data"), embed_cache=embed_cache, _env_file=None))
    assert [d.status for d in assistant.ingest([folder]).documents] == ["added"] * 3
    yield assistant
    assistant.close()


@pytest.mark.parametrize("question, doc", [
    ("Luật Công đoàn quy định công đoàn có quyền gì về thi đua, khen thưởng?", "luat.txt"),
    ("theo luat cong doan thi cong doan co quyen gi ve thi dua khen thuong", "luat.txt"),
    ("Điều lệ Công đoàn quy định đoàn viên có quyền gì về ban thanh tra nhân dân?", "dieu_le.txt"),
])
def test_a_document_named_by_its_title_answers(store, question, doc):
    answer = store.ask(question)
    assert answer.found and answer.citations, answer.answer
    assert answer.citations[0].passage.doc_id == doc, [(c.passage.doc_id, c.passage.text) for c in answer.citations]
