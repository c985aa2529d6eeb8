"""A text two bodies issue together (new-user trial of session 39: a "chương trình phối hợp" PDF with both bodies in
its header and their two signatures side by side above a one-column "Nơi nhận" lost both signers, glued their roles,
showed the second body as the upper one and read a role line as a duty): each signer with their own role, both bodies
as issuers, and who heads each body answered from its signature. Also an issuer printed over a rule line ("BỘ …" /
"-------"), and one told by an enacting sentence with its head's post ("Bộ trưởng Bộ … ban hành"). The documents and
the wordings are this file's own."""
from __future__ import annotations

import pytest

from ingest.parse import parse_document
from tests.helpers import assistant_fixture

JOINT = """LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ GIANG
BẢO HIỂM XÃ HỘI TỈNH HÀ GIANG
Số: 05/QCPH-LĐLĐ-BHXH
Hà Giang, ngày 08 tháng 9 năm 2027

QUY CHẾ PHỐI HỢP
Về tuyên truyền chính sách bảo hiểm xã hội cho đoàn viên

I. NỘI DUNG PHỐI HỢP
1. Tổ chức 04 hội nghị tuyên truyền chính sách bảo hiểm xã hội tự nguyện mỗi năm tại các khu công nghiệp.
2. Liên đoàn Lao động tỉnh gửi danh sách doanh nghiệp nợ đóng bảo hiểm xã hội trước ngày 15 hằng tháng.

II. TỔ CHỨC THỰC HIỆN
Quy chế có hiệu lực từ ngày ký.

GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH               TM. BAN THƯỜNG VỤ
                                            CHỦ TỊCH

Lục Văn Toàn                                Vàng Thị Mai

Nơi nhận:
- Tổng LĐLĐ Việt Nam;
- Các LĐLĐ huyện, thành phố;
- Lưu: VT.
"""

joint = assistant_fixture("quy_che_phoi_hop_bhxh.txt", JOINT)


def test_both_signers_side_by_side_keep_their_roles_and_both_bodies_issue():
    parsed = parse_document(JOINT, "qc.txt")
    meta = parsed.meta
    assert (meta.signer, meta.signer_role) == ("Lục Văn Toàn", "GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH")
    assert meta.cosigners == [["Vàng Thị Mai", "TM. BAN THƯỜNG VỤ CHỦ TỊCH"]]
    assert meta.issuer == "Bảo hiểm xã hội tỉnh Hà Giang" and meta.co_issuers == ["Liên đoàn Lao động tỉnh Hà Giang"]
    assert not meta.parent  # the other issuer, not the upper body
    assert meta.recipients == ["Tổng LĐLĐ Việt Nam", "Các LĐLĐ huyện, thành phố"]
    assert not any("GIÁM ĐỐC" in o.quote or "CHỦ TỊCH" in o.quote for o in parsed.obligations)


def test_signers_side_by_side_in_a_pdf_are_read_as_in_a_text():
    pytest.importorskip("reportlab")
    from io import BytesIO
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
    from ingest.readers import read_pdf

    try:
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    except Exception:  # no font with Vietnamese letters on this machine
        pytest.skip("DejaVuSans not installed")
    left = ParagraphStyle("n", fontName="DV", fontSize=10, leading=13)
    centred = ParagraphStyle("c", parent=left, alignment=1)
    above, below = JOINT.split("GIÁM ĐỐC BẢO HIỂM", 1)
    story = [Paragraph(line, left) for line in above.split("\n") if line.strip()]
    story.append(Table([[Paragraph("GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH<br/><br/><br/>Lục Văn Toàn", centred),
                         Paragraph("TM. BAN THƯỜNG VỤ<br/>CHỦ TỊCH<br/><br/>Vàng Thị Mai", centred)]],
                       colWidths=[250, 250]))
    story += [Paragraph(line, left) for line in below[below.index("Nơi nhận:"):].split("\n") if line.strip()]
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    meta = parse_document(read_pdf(out.getvalue(), 10 ** 7, [], {}), "qc.pdf").meta
    assert (meta.signer, meta.cosigners) == ("Lục Văn Toàn", [["Vàng Thị Mai", "TM. BAN THƯỜNG VỤ CHỦ TỊCH"]])


def test_who_heads_each_body_and_between_whom_are_answered(joint):
    head = joint.ask("Giám đốc Bảo hiểm xã hội tỉnh Hà Giang là ai?")
    assert head.found and "là Lục Văn Toàn" in head.answer, head.answer
    chair = joint.ask("Chủ tịch LĐLĐ tỉnh Hà Giang là ai?")
    assert chair.found and "Liên đoàn Lao động tỉnh Hà Giang là Vàng Thị Mai" in chair.answer, chair.answer
    between = joint.ask("Quy chế số 05 giữa những bên nào?")
    assert between.found and "Bảo hiểm xã hội tỉnh Hà Giang" in between.answer \
        and "Liên đoàn Lao động tỉnh Hà Giang" in between.answer, between.answer


def test_issuer_over_a_rule_line_and_from_an_enacting_sentence_is_the_body_not_its_head():
    circular = """BỘ TÀI CHÍNH
-------
Số: 31/2027/TT-BTC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Hà Nội, ngày 02 tháng 8 năm 2027

THÔNG TƯ
Hướng dẫn quản lý kinh phí hỗ trợ đào tạo nghề cho đoàn viên

Căn cứ Luật Ngân sách nhà nước;
Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn quản lý kinh phí hỗ trợ đào tạo nghề cho đoàn viên.

Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn việc lập dự toán kinh phí hỗ trợ đào tạo nghề.
"""
    assert parse_document(circular, "tt.txt").meta.issuer == "Bộ Tài chính"
    headless = circular[circular.index("THÔNG TƯ"):]  # no header: the enacting sentence tells who issued it
    assert parse_document(headless, "tt.txt").meta.issuer == "Bộ Tài chính"
