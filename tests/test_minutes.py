"""Minutes of a meeting (biên bản) as a kind of document (new-user trial of session 38: a "BIÊN BẢN" page was read
with "Biên bản" as its issuer, "Ai ký biên bản số 07?" listed every loaded document's signer, and its "Thư ký: đồng
chí …" line was a duty): its issuer from the header, both who signed (the chair and the secretary, side by side or
one under the other) with their roles, and its lines recording the meeting no obligations, while what it decided
with a date still is. The documents and the wordings are this file's own."""
from __future__ import annotations

from ingest.parse import parse_document
from tests.helpers import assistant_fixture

MINUTES = """CÔNG ĐOÀN NGÀNH XÂY DỰNG TỈNH QUẢNG NGÃI
CÔNG ĐOÀN CÔNG TY CỔ PHẦN GẠCH MEN THẠCH BÍCH
Số: 03/BB-CĐCS
Quảng Ngãi, ngày 14 tháng 10 năm 2027

BIÊN BẢN
Họp Ban Chấp hành Công đoàn cơ sở quý III năm 2027

Thời gian: 15 giờ 00 ngày 14/10/2027. Địa điểm: hội trường Công ty.
Thành phần: có mặt 8/11 ủy viên Ban Chấp hành.
Chủ tọa: đồng chí Huỳnh Văn Tường, Chủ tịch công đoàn. Thư ký: đồng chí Đoàn Thị Mỹ Duyên.

I. NỘI DUNG
1. Đánh giá kết quả hoạt động quý III năm 2027.
2. Bàn việc tổ chức Hội thao chào mừng ngày thành lập Công ty.

II. KẾT LUẬN
1. Hội nghị thống nhất tổ chức Hội thao vào ngày 05/12/2027, kinh phí 40.000.000 đồng. Biểu quyết: 8/8 tán thành.
2. Giao Ban Nữ công gửi danh sách vận động viên về Văn phòng Công đoàn trước ngày 20/11/2027.

Cuộc họp kết thúc lúc 17 giờ cùng ngày.

THƯ KÝ                                   CHỦ TỌA
                                         CHỦ TỊCH
Đoàn Thị Mỹ Duyên                        Huỳnh Văn Tường
"""

# The same signatures one under the other (a web page's paragraphs): the chair's block last.
STACKED = MINUTES[:MINUTES.index("THƯ KÝ  ")] + """THƯ KÝ
Đoàn Thị Mỹ Duyên
CHỦ TỌA
CHỦ TỊCH
Huỳnh Văn Tường
"""

minutes = assistant_fixture("bien_ban_hop_bch.txt", MINUTES)


def test_minutes_are_a_kind_with_the_issuer_of_their_header():
    meta = parse_document(MINUTES, "bb.txt").meta
    assert (meta.kind, meta.number) == ("Biên bản", "03/BB-CĐCS")
    assert meta.issuer.lower() == "công đoàn công ty cổ phần gạch men thạch bích", meta.issuer
    assert meta.short_title.startswith("BB 03")


def test_both_who_signed_minutes_are_kept_with_their_roles_the_chair_first():
    for text in (MINUTES, STACKED):
        parsed = parse_document(text, "bb.txt")
        assert (parsed.meta.signer, parsed.meta.signer_role) == ("Huỳnh Văn Tường", "CHỦ TỌA CHỦ TỊCH")
        signature = next(c.text for c in parsed.chunks if c.kind == "signature")
        assert signature == "CHỦ TỌA CHỦ TỊCH Huỳnh Văn Tường; THƯ KÝ Đoàn Thị Mỹ Duyên"
        assert not any("THƯ KÝ" in c.text for c in parsed.chunks if c.kind != "signature")


def test_what_minutes_record_is_no_obligation_what_they_decide_is():
    quotes = [o.quote for o in parse_document(MINUTES, "bb.txt").obligations]
    assert not any(q.startswith(("Thời gian", "Thành phần", "Chủ tọa", "Thư ký", "Biểu quyết", "Cuộc họp"))
                   for q in quotes), quotes
    assert any("Hội thao vào ngày 05/12/2027" in q for q in quotes), quotes
    assert any(q.startswith("Giao Ban Nữ công gửi danh sách") for q in quotes), quotes


def test_who_signed_minutes_named_by_kind_and_number_names_both(minutes):
    answer = minutes.ask("Ai ký biên bản số 03?")
    assert answer.found and answer.mode != "signers", answer.answer
    assert "Huỳnh Văn Tường" in answer.answer and "Đoàn Thị Mỹ Duyên" in answer.answer, answer.answer
    assert answer.answer.index("CHỦ TỌA") < answer.answer.index("THƯ KÝ")
