"""Who signed in what capacity, asked across documents and read from each signer's capacity in the metadata
(ingest/signing.py): "văn bản nào được ký thay chủ tịch" lists the documents signed "KT. CHỦ TỊCH", not those of the
office signed "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG" whose titles name the Chủ tịch; an organ signing by its kind alone
("TM. BAN THƯỜNG VỤ") is the issuer's; a post of a unit ("TRƯỞNG PHÒNG TỔ CHỨC") printed after a mark on one line is
the signer's own; posts and bodies said as usually written. Signers53's findings (session 53), invented documents."""
from __future__ import annotations

import pytest

from ingest.pipeline import parse_file
from tests.helpers import assistant_fixture


def _notice(number: int, subject: str, signature: str) -> str:
    return f"""ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG LA
Số: {number}/TB-UBND
Mường La, ngày {number % 20 + 1} tháng 4 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân huyện tại buổi làm việc về {subject}

Ngày 2 tháng 4 năm 2026, Chủ tịch Ủy ban nhân dân huyện làm việc về {subject}. Chánh văn phòng Ủy ban nhân dân
huyện thông báo kết luận như sau:
1. Phòng Tài chính - Kế hoạch huyện bố trí kinh phí cho {subject} trước ngày 30/5/2026.
2. Ủy ban nhân dân các xã báo cáo kết quả {subject} trước ngày 15/6/2026.

Nơi nhận:
- Như trên;
- Lưu: VT.

{signature}
"""


PLAN = """ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG LA
Số: 77/KH-UBND
Mường La, ngày 5 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức ngày hội văn hóa các dân tộc năm 2026

1. Tổ chức ngày hội văn hóa các dân tộc tại trung tâm huyện trong tháng 9/2026.
2. Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với các xã chuẩn bị 12 đội văn nghệ.

Nơi nhận:
- Các xã, thị trấn;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Vi Thị Hằng
"""

UNION = """LIÊN ĐOÀN LAO ĐỘNG TỈNH SƠN LA
Số: 31/KH-LĐLĐ
Sơn La, ngày 8 tháng 3 năm 2026

KẾ HOẠCH
Tổ chức giải bóng chuyền công nhân viên chức lao động năm 2026

1. Tổ chức giải bóng chuyền trong tháng 7/2026 với 20 đội tham gia.
2. Ban Tuyên giáo Liên đoàn Lao động tỉnh chuẩn bị sân thi đấu.

Nơi nhận:
- Các công đoàn cơ sở;
- Lưu: VT.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH

Nông Văn Khải
"""

assistant = assistant_fixture(
    "tb41_ket_luan_duong.txt", _notice(41, "sửa chữa đường liên xã",
                                       "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nHà Thị Ngọc"),
    ("tb42_ket_luan_cho.txt", _notice(42, "xây dựng chợ trung tâm", "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nLò Văn Sơn")),
    ("kh77_ngay_hoi.txt", PLAN), ("kh31_bong_chuyen.txt", UNION))


# Before, the notices' titles naming the Chủ tịch were taken for the documents asked, and none was said signed so.
def test_documents_signed_for_a_post_are_those_whose_capacity_says_so(assistant):
    answer = assistant.ask("văn bản nào được ký thay chủ tịch")
    assert answer.found and "Vi Thị Hằng" in answer.answer, answer.answer
    assert "Hà Thị Ngọc" not in answer.answer and "Lò Văn Sơn" not in answer.answer, answer.answer


# Before, "thay mặt Ban Thường vụ", the body unsaid; and the office's post "Phó Chánh văn phòng" as this body writes it.
@pytest.mark.parametrize("question, said", [
    ("kế hoạch 31 do ai ký",
     "Nông Văn Khải, Chủ tịch, ký thay mặt Ban Thường vụ Liên đoàn Lao động tỉnh Sơn La"),
    ("thông báo 41 do ai ký",
     "Hà Thị Ngọc, Phó Chánh Văn phòng, ký thay Chánh Văn phòng, thừa lệnh Chủ tịch"),
])
def test_whom_a_signer_signs_for_is_named_whole_and_as_usually_written(assistant, question, said):
    answer = assistant.ask(question)
    assert answer.found and said in answer.answer, answer.answer


def _docx(path, signature: list[str]):
    """A Sở's decision as Word lays it out, "Nơi nhận" and the signature side by side in a table."""
    import docx

    document = docx.Document()
    for line in ["SỞ Y TẾ TỈNH SƠN LA", "Số: 12/QĐ-SYT", "Sơn La, ngày 3 tháng 2 năm 2026", "QUYẾT ĐỊNH",
                 "Về việc cử viên chức đi học lớp bồi dưỡng quản lý bệnh viện",
                 "Điều 1. Cử 3 viên chức đi học lớp bồi dưỡng quản lý bệnh viện từ ngày 1/3/2026.",
                 "Điều 2. Phòng Tổ chức cán bộ và các viên chức có tên tại Điều 1 thi hành Quyết định này./."]:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, [["Nơi nhận:", "- Như Điều 2;", "- Lưu: VT."], signature]):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    document.save(str(path))
    return path


# Before, the unit's post ran on into whom the mark signs for ("thừa lệnh Giám đốc trưởng phòng tổ chức cán bộ"), and
# an abbreviation in the post under it was said in small letters ("ubnd").
@pytest.mark.parametrize("signature, post, also, whom", [
    (["TL. GIÁM ĐỐC TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ", "", "Đinh Văn Toàn"], "Trưởng phòng Tổ chức cán bộ", "",
     ["Giám đốc"]),
    (["TRƯỞNG BAN", "PHÓ CHỦ TỊCH UBND TỈNH", "", "Đinh Văn Toàn"], "Trưởng ban", "Phó Chủ tịch UBND tỉnh", []),
])
def test_a_units_post_and_an_abbreviation_are_read_as_written(tmp_path, signature, post, also, whom):
    signing = parse_file(_docx(tmp_path / "qd12.docx", signature), 10**7).meta.signing
    assert (signing["post"], signing["also"], [a["whom"] for a in signing["acts"]]) == (post, also, whom), signing


_REPORT = ["Số: 64/BC-BCĐ", "Lào Cai, ngày 12 tháng 11 năm 2026", "BÁO CÁO",
           "Kết quả công tác thi đua năm 2026", "1. Năm 2026 toàn tỉnh có 35 tập thể được khen thưởng.",
           "2. Ban Chỉ đạo đề nghị các sở gửi báo cáo trước ngày 20/12/2026."]
_LETTERHEAD = ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "HỘI ĐỒNG THI ĐUA", "KHEN THƯỞNG"]
_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""]


def _report_txt(path):
    """The letterhead beside the motto, as a PDF's text layout prints its two columns."""
    header = [f"{left:<40}{right}" for left, right in zip(_LETTERHEAD, _MOTTO)]
    path.write_text("\n".join([*header, f"{_REPORT[0]:<40}{_REPORT[1]}", "", *_REPORT[2:]]) + "\n", encoding="utf-8")
    return path


def _report_docx(path):
    """The letterhead and the motto in the two cells of a Word table."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, [[*_LETTERHEAD, _REPORT[0]], [*_MOTTO[:2], _REPORT[1]]]):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    for line in _REPORT[2:]:
        document.add_paragraph(line)
    document.save(str(path))
    return path


# Before, the issuer was read as the wrapped line alone ("Khen thưởng"), the council's name cut at its first line.
@pytest.mark.parametrize("make", [_report_txt, _report_docx], ids=["txt", "docx"])
def test_a_body_named_by_its_task_keeps_the_task_wrapped_onto_the_next_line(tmp_path, make):
    meta = parse_file(make(tmp_path / f"bc64.{make.__name__.rsplit('_', 1)[1]}"), 10**7).meta
    assert meta.issuer.lower() == "hội đồng thi đua khen thưởng", meta
