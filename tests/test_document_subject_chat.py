"""Questions about one document's own facts asked in a row or in one message: each asks its own fact of the document
named first (who signed it, then when, then whom it goes to), who issued it answered from the document itself and not
from a sentence naming the body behind the text it implements, and ingest --json saying what the text report says.
Wordings and documents are this file's own, invented."""
from __future__ import annotations

import json

import pytest

from tests.helpers import chatted, corpus_fixture, ingested, run_troly
from troly.texts import t

pytestmark = pytest.mark.slow

_DECISION = "\n\n".join([
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 45/QĐ-UBND\nYên Bái, ngày 12 tháng 3 năm 2024",
    "QUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ huy phòng, chống thiên tai tỉnh Yên Bái",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", "QUYẾT ĐỊNH:",
    "Điều 1. Thành lập Ban Chỉ huy phòng, chống thiên tai tỉnh gồm 15 thành viên.",
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.",
    "Nơi nhận:\n- Bộ Nông nghiệp và Phát triển nông thôn;\n- Các sở, ban, ngành;\n- Lưu: VT.",
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Hoàng Văn Thắng\n"])

# No header: who issued it is said in its opening sentence, after another body issuing the plan it carries out.
_PLAN = "\n\n".join([
    "KẾ HOẠCH",
    "Triển khai thực hiện Chỉ thị số 09-CT/TU ngày 02/01/2024 của Tỉnh ủy về phòng, chống đuối nước cho học sinh",
    "Ngày 15/01/2024 Ủy ban nhân dân tỉnh ban hành Kế hoạch số 66/KH-UBND thực hiện Chỉ thị số 09-CT/TU ngày "
    "02/01/2024 của Tỉnh ủy về phòng, chống đuối nước cho học sinh. Trên cơ sở đó, Sở Giáo dục và Đào tạo tỉnh xây "
    "dựng Kế hoạch triển khai cụ thể như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU", "1. Trang bị kỹ năng bơi an toàn cho học sinh tiểu học trong hè năm 2024.",
    "II. NHIỆM VỤ", "1. Các trường tiểu học tổ chức lớp dạy bơi cho học sinh lớp 3 và lớp 4.",
    "2. Phòng Giáo dục và Đào tạo các huyện ban hành hướng dẫn dạy bơi an toàn trước ngày 30/4/2024.\n"])


with_decision = corpus_fixture(("qd45-phong-chong-thien-tai.txt", _DECISION))


def _blocks(answer) -> set[str]:
    return {c.passage.block for c in answer.citations}


def test_each_follow_up_asks_its_own_fact_of_the_document_named_first(with_decision):
    """Before, the third turn was read as "gửi cho ai ký quyết định 45?" and quoted the signature again."""
    signed, dated, sent = chatted(with_decision, "Ai ký quyết định 45?", "ký ngày nào?", "gửi cho ai?")
    assert "Hoàng Văn Thắng" in signed.answer, signed.answer
    assert "12 tháng 3 năm 2024" in dated.answer or "12/3/2024" in dated.answer, (dated.question, dated.answer)
    assert "Hoàng Văn Thắng" not in sent.answer and "Bộ Nông nghiệp" in sent.answer, (sent.question, sent.answer)
    assert _blocks(sent) == {"recipients"}, (sent.question, sent.answer)


def test_whom_it_goes_to_asked_without_cho_after_a_document_question(with_decision):
    """Before, "gửi ai?" (no "cho") was joined to "Ai ký quyết định 45?" and the signature came back."""
    _, sent = chatted(with_decision, "Ai ký quyết định 45?", "gửi ai?")
    assert "Hoàng Văn Thắng" not in sent.answer and "Bộ Nông nghiệp" in sent.answer, (sent.question, sent.answer)


def test_when_after_whom_a_document_goes_to_asks_the_documents_date(with_decision):
    """Before, "khi nào?" was joined to "QĐ 45 gửi cho ai?" and the recipients came back."""
    _, when = chatted(with_decision, "QĐ 45 gửi cho ai?", "khi nào?")
    assert "12 tháng 3 năm 2024" in when.answer or "12/3/2024" in when.answer, (when.question, when.answer)
    assert "Bộ Nông nghiệp" not in when.answer, when.answer


def test_a_short_second_part_asks_of_the_document_the_first_part_names(with_decision):
    """Before, "ngày nào?" after "… ai ký," added nothing: only the signer was answered."""
    answer = with_decision.ask("QĐ 45 ai ký, ngày nào?")
    assert "Hoàng Văn Thắng" in answer.answer, answer.answer
    assert "12 tháng 3 năm 2024" in answer.answer or "12/3/2024" in answer.answer, answer.answer


def test_who_issued_a_plan_is_its_own_issuer_not_the_body_of_the_plan_it_implements(assistant, tmp_path):
    """Before, the answer led with "Ngày 15/01/2024 Ủy ban nhân dân tỉnh ban hành Kế hoạch số 66 …"."""
    ingested(assistant, tmp_path, "kh-duoi-nuoc.txt", _PLAN)
    answer = assistant.ask("Kế hoạch CT 09 do cơ quan nào ban hành?")
    first = answer.answer.split("\n")[0]
    assert answer.found and "Sở Giáo dục và Đào tạo" in first and "Ủy ban nhân dân" not in first, answer.answer
    # what it implements, named without the plan's own kind, is another body's text: not answered as this plan's
    for other in ("Cơ quan nào ban hành Kế hoạch số 66/KH-UBND?", "Chỉ thị 09 do cơ quan nào ban hành?"):
        source = assistant.ask(other)
        assert "Sở Giáo dục và Đào tạo" not in source.answer.split("\n")[0], (other, source.answer)
    # who issues something else the plan names is what its text says
    guide = assistant.ask("Theo Kế hoạch CT 09, đơn vị nào ban hành hướng dẫn dạy bơi?")
    assert "Phòng Giáo dục và Đào tạo" in guide.answer.split("\n")[0], guide.answer


def test_ingest_json_says_what_the_text_report_says(tmp_path, cli_env):
    """Before, --json of a folder with nothing to load had no message, and a skipped old .doc no advice."""
    empty, old = tmp_path / "trong", tmp_path / "cu"
    empty.mkdir()
    old.mkdir()
    (old / "bien-ban.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    proc = run_troly(["ingest", "--json", str(empty)], cli_env)
    out = json.loads(proc.stdout)
    assert proc.returncode == 1 and out["documents"] == [] and out["message"] == t("ingest.no_files"), proc.stdout
    text = run_troly(["ingest", str(old)], cli_env).stdout
    out = json.loads(run_troly(["ingest", "--json", str(old)], cli_env).stdout)
    assert out["skipped"] == ["bien-ban.doc"] and out["advice"], out
    assert all(advice in text for advice in out["advice"]) and ".docx" in out["advice"][0], (text, out)
