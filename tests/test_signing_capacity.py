"""Who signs in what capacity: the marks above a signer's post ("TM." thay mặt, "KT." ký thay, "TL." thừa lệnh,
"TUQ." thừa ủy quyền, "Q." quyền; header_words.toml [roles.marks]) read into the document's metadata at ingest, so that
"ai ký?" is answered "Văn bản do Lê Thị Mai, Phó Chủ tịch, ký thay Chủ tịch, thay mặt Ủy ban nhân dân huyện Hòa
Vang." rather than with the block's capitals run together ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị
Mai"), which stays the passage cited (o-part tester's finding, session 53). The decision is this file's own."""
from __future__ import annotations

import pytest

from ingest.pipeline import parse_file
from ingest.signing import signing
from ingest.truecase import CaseModel
from tests.helpers import assistant_fixture, run_troly

_BODY = ["ỦY BAN NHÂN DÂN", "HUYỆN HÒA VANG", "Số: 15/QĐ-UBND", "Hòa Vang, ngày 9 tháng 3 năm 2026", "QUYẾT ĐỊNH",
         "Về việc thành lập Tổ công tác kiểm tra an toàn thực phẩm năm 2026", "ỦY BAN NHÂN DÂN HUYỆN HÒA VANG",
         "Điều 1. Thành lập Tổ công tác kiểm tra an toàn thực phẩm năm 2026 do Phó Chủ tịch Ủy ban nhân dân huyện "
         "làm Tổ trưởng.",
         "Điều 2. Chánh Văn phòng Ủy ban nhân dân huyện và các thành viên Tổ công tác chịu trách nhiệm thi hành "
         "Quyết định này./."]
_SIGNATURE = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lê Thị Mai"]
_RECIPIENTS = ["Nơi nhận:", "- Như Điều 2;", "- Lưu: VT."]
DECISION = "\n".join([*_BODY, "", *_SIGNATURE, "", *_RECIPIENTS]) + "\n"
_SAID = "Lê Thị Mai, Phó Chủ tịch, ký thay Chủ tịch, thay mặt Ủy ban nhân dân huyện Hòa Vang"
_EXPECTED = {"name": "Lê Thị Mai", "post": "Phó Chủ tịch", "also": "",
             "acts": [{"mark": "KT.", "how": "thay", "whom": "Chủ tịch"},
                      {"mark": "TM.", "how": "thay mặt", "whom": "Ủy ban nhân dân huyện Hòa Vang"}]}

decision = assistant_fixture("qd15_to_cong_tac.txt", DECISION)


def _docx(path):
    """The decision as Word lays it out: "Nơi nhận" and the signature side by side in a table."""
    import docx

    document = docx.Document()
    for line in _BODY:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, [_RECIPIENTS, _SIGNATURE]):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    document.save(str(path))
    return path


def _txt(path):
    path.write_text(DECISION, encoding="utf-8")
    return path


@pytest.mark.parametrize("make", [_txt, _docx], ids=["txt", "docx"])
def test_the_signers_capacity_is_read_into_the_metadata(tmp_path, make):
    meta = parse_file(make(tmp_path / f"qd15.{make.__name__[1:]}"), 10**7).meta
    assert meta.signing == _EXPECTED, meta
    assert meta.signer_role == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"  # the block as printed, kept


@pytest.mark.parametrize(("role", "post", "acts"), [
    ("TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG", "Phó Chánh Văn phòng",
     [("thay", "Chánh Văn phòng"), ("thừa lệnh", "Chủ tịch")]),
    ("TUQ. CHỦ TỊCH GIÁM ĐỐC SỞ TƯ PHÁP", "Giám đốc Sở Tư pháp", [("thừa ủy quyền", "Chủ tịch")]),
    ("Q. GIÁM ĐỐC", "Quyền Giám đốc", []),
    ("CHỦ TỊCH", "Chủ tịch", []),
])
def test_each_mark_says_how_the_signer_signs(role, post, acts):
    model = CaseModel("Chủ tịch giao Chánh Văn phòng và Giám đốc Sở Tư pháp.")
    read = signing("Trần Văn Nam", role, "Ủy ban nhân dân tỉnh Quảng Nam", model)
    assert (read["post"], [(a["how"], a["whom"]) for a in read["acts"]]) == (post, acts), read


def test_who_signed_is_told_in_words_and_the_block_cited(decision):
    answer = decision.ask("ai ký quyết định thành lập tổ công tác an toàn thực phẩm?")
    assert answer.found and f"Văn bản do {_SAID}." in answer.answer, answer.answer
    assert "KT. CHỦ TỊCH" not in answer.answer, answer.answer
    assert "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Mai" in answer.citations[0].passage.text  # findable as printed


def test_show_says_the_signers_capacity(decision, cli_env):
    shown = run_troly(["--data-dir", str(decision.settings.data_dir), "show", "qd15_to_cong_tac.txt"], cli_env)
    assert shown.returncode == 0 and f"{_SAID}\n" in shown.stdout, shown
