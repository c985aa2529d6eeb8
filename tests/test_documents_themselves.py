"""Questions about the documents themselves (new-user trial of session 38): what one rests on ("căn cứ vào văn bản
nào" answered by its "Thực hiện Kế hoạch số …"), which documents a body or a place issued, how many chapters, articles
or listed tasks one holds (counted from its parsed structure), what two documents each say of one thing, and a
message asking who signed, when and to whom of a document named by its kind and title words; a body named (its
province, its school, its sector) answered from its own documents only. The documents and the wordings are this
file's own."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture

LETTER = """LIÊN ĐOÀN LAO ĐỘNG HUYỆN TUY AN
Số: 126/LĐLĐ
V/v hỗ trợ đoàn viên có hoàn cảnh khó khăn dịp Tết Nguyên đán
Tuy An, ngày 10 tháng 12 năm 2027

Kính gửi: Các công đoàn cơ sở trực thuộc.

Thực hiện Kế hoạch số 45/KH-LĐLĐ ngày 02/12/2027 của Liên đoàn Lao động tỉnh Phú Yên về chăm lo Tết cho đoàn viên, \
Liên đoàn Lao động huyện đề nghị các công đoàn cơ sở thực hiện như sau:

1. Rà soát danh sách đoàn viên có hoàn cảnh khó khăn, gửi về Liên đoàn Lao động huyện trước ngày 20/12/2027.
2. Mức hỗ trợ mỗi suất quà Tết là 700.000 đồng.

Nơi nhận:
- Như kính gửi;
- Lưu: VT.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lê Văn Tâm
"""

GUIDANCE = """LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ YÊN
Số: 05/HD-LĐLĐ
Phú Yên, ngày 05 tháng 12 năm 2027
HƯỚNG DẪN
Chi thăm hỏi, tặng quà đoàn viên dịp Tết Nguyên đán năm 2028

1. Đối tượng: đoàn viên công đoàn có hoàn cảnh khó khăn, bị tai nạn lao động, bệnh hiểm nghèo.
2. Mức chi mỗi suất quà Tết là 500.000 đồng.

TM. BAN THƯỜNG VỤ
PHÓ CHỦ TỊCH
Trần Thị Lan
"""

RULES = """CÔNG ĐOÀN TRƯỜNG THPT LÊ LỢI
Số: 02/QC-CĐCS
Tuy Hòa, ngày 20 tháng 9 năm 2027
QUY CHẾ
Hoạt động của Ban Chấp hành Công đoàn cơ sở

Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định hoạt động của Ban Chấp hành Công đoàn cơ sở trường.
Điều 2. Đối tượng áp dụng
Quy chế áp dụng với các ủy viên Ban Chấp hành và các tổ công đoàn.

Chương II
CHẾ ĐỘ LÀM VIỆC
Điều 3. Chế độ họp
Ban Chấp hành họp thường kỳ mỗi tháng một lần. Máy chiếu dùng chung đặt tại phòng họp của trường.
Điều 4. Chế độ báo cáo
Các tổ công đoàn báo cáo hoạt động trước ngày 25 hằng tháng.

Chương III
ĐIỀU KHOẢN THI HÀNH
Điều 5. Hiệu lực thi hành
Quy chế này có hiệu lực từ ngày ký.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Nguyễn Văn Hùng
"""

NOTICE = """LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ YÊN
Số: 71/TB-LĐLĐ
Phú Yên, ngày 15 tháng 01 năm 2028
THÔNG BÁO
Kết luận của Thường trực Liên đoàn Lao động tỉnh tại buổi làm việc với Công đoàn ngành Giáo dục

Thường trực Liên đoàn Lao động tỉnh kết luận các nhiệm vụ trọng tâm thời gian tới như sau:
a) Tăng cường phát triển đoàn viên trong các trường ngoài công lập.
b) Tổ chức tốt Tháng Công nhân năm 2028.
c) Hoàn thành quyết toán tài chính công đoàn năm 2027 trước ngày 31/3/2028.

Nơi nhận:
- Công đoàn ngành Giáo dục;
- Lưu: VT.

TL. BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
Phạm Minh Đức
"""

PLAN = """LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ ĐÔNG HÀ
Số: 14/KH-LĐLĐ
Quảng Trị, ngày 03 tháng 3 năm 2028
KẾ HOẠCH
Tổ chức Tháng Công nhân năm 2028

1. Thăm hỏi, tặng 200 suất quà cho công nhân lao động tại các khu công nghiệp.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Hồ Văn Sơn
"""

SUBMISSION = """CÔNG ĐOÀN TRƯỜNG THPT LÊ LỢI
Số: 08/TTr-CĐCS
Tuy Hòa, ngày 04 tháng 3 năm 2028
TỜ TRÌNH
Về việc đề nghị hỗ trợ kinh phí tổ chức Ngày Quốc tế Phụ nữ

Công đoàn đề nghị Ban Giám hiệu hỗ trợ 5.000.000 đồng tổ chức Ngày Quốc tế Phụ nữ 8/3.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Nguyễn Văn Hùng
"""

SICK_LETTER = """LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA
Số: 58/LĐLĐ
V/v thăm hỏi đoàn viên ốm đau, tai nạn năm 2028
Khánh Hòa, ngày 08 tháng 01 năm 2028

Kính gửi: Các công đoàn cơ sở trực thuộc.

Liên đoàn Lao động tỉnh đề nghị các công đoàn cơ sở thực hiện một số việc sau:
1. Lập danh sách đoàn viên ốm đau dài ngày, bị tai nạn lao động trong năm, gửi Ban Tổ chức trước ngày 15/01/2028.
2. Mức thăm hỏi: 800.000 đồng/đoàn viên ốm đau dài ngày; 3.000.000 đồng/đoàn viên bị tai nạn lao động nặng.
3. Hồ sơ kèm theo: giấy ra viện hoặc biên bản tai nạn lao động.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Võ Văn Hùng
"""

SCHOOL_PLAN = """CÔNG ĐOÀN TRƯỜNG TIỂU HỌC HÒA BÌNH
Số: 03/KH-CĐCS
Tuy Hòa, ngày 20 tháng 02 năm 2028
KẾ HOẠCH
Tổ chức Ngày Quốc tế Phụ nữ 8/3 năm 2028

1. Tổ chức gặp mặt nữ đoàn viên vào chiều ngày 07/3/2028 tại hội trường nhà trường.
2. Kinh phí chi từ quỹ công đoàn cơ sở, mỗi nữ đoàn viên được tặng một phần quà.
3. Phấn đấu kết nạp 04 đoàn viên mới trong năm 2028.

TM. BAN CHẤP HÀNH
CHỦ TỊCH
Đỗ Thị Thu Trang
"""

HEALTH_REPORT = """CÔNG ĐOÀN NGÀNH Y TẾ TỈNH PHÚ YÊN
Số: 09/BC-CĐN
Tuy Hòa, ngày 28 tháng 12 năm 2027
BÁO CÁO
Tổng kết công tác công đoàn năm 2027

Năm 2027, toàn ngành kết nạp 96 đoàn viên mới, đạt 110% chỉ tiêu.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Trần Quốc Việt
"""

BUILDERS_PLAN = """CÔNG ĐOÀN NGÀNH XÂY DỰNG TỈNH PHÚ YÊN
Số: 11/KH-CĐN
Tuy Hòa, ngày 05 tháng 01 năm 2028
KẾ HOẠCH
Phát triển đoàn viên năm 2028

1. Chỉ tiêu kết nạp mới năm 2028: 60 đoàn viên.
2. Các công đoàn cơ sở báo cáo kết quả trước ngày 15/12/2028.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lê Minh Châu
"""

papers = assistant_fixture("cv126-tet.txt", LETTER, ("hd05-qua-tet.txt", GUIDANCE), ("qc02-bch.txt", RULES),
                           ("tb71-ket-luan.txt", NOTICE), ("kh14-thang-cong-nhan.txt", PLAN),
                           ("ttr08-phu-nu.txt", SUBMISSION), ("cv58-om-dau.txt", SICK_LETTER),
                           ("kh03-hoa-binh.txt", SCHOOL_PLAN), ("bc09-nganh-y-te.txt", HEALTH_REPORT),
                           ("kh11-nganh-xay-dung.txt", BUILDERS_PLAN))


def _cited(answer) -> list[str]:
    return [c.passage.doc_id for c in answer.citations]


@pytest.mark.parametrize("question", ["Công văn 126 căn cứ vào văn bản nào?", "CV 126 thực hiện kế hoạch nào?"])
def test_what_a_letter_rests_on_is_the_text_it_says_it_carries_out(papers, question):
    """Before: "không đề cập", though the letter opens with "Thực hiện Kế hoạch số 45/KH-LĐLĐ …"."""
    answer = papers.ask(question)
    assert answer.found and "Kế hoạch số 45/KH-LĐLĐ" in answer.answer, answer.answer
    assert _cited(answer) == ["cv126-tet.txt"], answer.citations


def test_the_documents_a_body_issued_are_listed_from_their_issuer(papers):
    """Before: an abstention, though each document's header names its issuer."""
    answer = papers.ask("văn bản nào do LĐLĐ tỉnh Phú Yên ban hành?")
    assert answer.found and sorted(_cited(answer)) == ["hd05-qua-tet.txt", "tb71-ket-luan.txt"], answer.answer
    district = papers.ask("LĐLĐ huyện Tuy An đã ban hành những văn bản nào")
    assert _cited(district) == ["cv126-tet.txt"], district.answer  # not the city's union, a body of the same level
    other = papers.ask("Văn bản nào do Liên đoàn Lao động tỉnh Khánh Hòa ban hành?")
    assert _cited(other) == ["cv58-om-dau.txt"], other.answer  # before: Phú Yên's too, and Khánh Hòa's in Phú Yên's


def test_the_documents_of_a_place_include_those_of_a_district_body_within_it(papers):
    """LĐLĐ huyện Tuy An's letter names no province in its header, but opens carrying out the plan of LĐLĐ tỉnh Phú
    Yên: it is a document of Phú Yên (new-user trial of session 38: a quận of Đà Nẵng's letter was missing)."""
    answer = papers.ask("Phú Yên có văn bản nào?")
    assert answer.found and "cv126-tet.txt" in _cited(answer), answer.answer
    assert {"hd05-qua-tet.txt", "tb71-ket-luan.txt"} <= set(_cited(answer)), answer.answer
    assert "cv58-om-dau.txt" not in _cited(answer), answer.answer  # Khánh Hòa's


def test_a_post_holder_is_never_of_another_body_of_the_same_level(papers):
    """Before: "Chủ tịch công đoàn trường tiểu học …" named the chairman of another school's union ("trường" matched,
    the school's own name was ignored)."""
    asked = papers.ask("Ai là chủ tịch công đoàn trường tiểu học Hòa Bình?")
    assert "Đỗ Thị Thu Trang" in asked.answer and "Nguyễn Văn Hùng" not in asked.answer, asked.answer
    assert _cited(asked) == ["kh03-hoa-binh.txt"], asked.answer
    own = papers.ask("Ai là chủ tịch công đoàn trường THPT Lê Lợi?")
    assert "Nguyễn Văn Hùng" in own.answer, own.answer


def test_the_plans_of_a_place_are_those_its_headers_name(papers):
    answer = papers.ask("Quảng Trị có kế hoạch gì?")
    assert answer.found and "Tháng Công nhân năm 2028" in answer.answer, answer.answer
    assert _cited(answer) == ["kh14-thang-cong-nhan.txt"], answer.answer


@pytest.mark.parametrize(("question", "count", "first"), [
    ("Quy chế 02 có mấy chương?", "Có 3 chương", "Chương I. QUY ĐỊNH CHUNG"),
    ("quy chế 02 có bao nhiêu điều", "Có 5 điều", "Điều 1. Phạm vi điều chỉnh"),
    ("Quy chế có mấy chương?", "Có 3 chương", "Chương I. QUY ĐỊNH CHUNG"),  # the one Quy chế, named by its kind
    ("Thông báo 71 có bao nhiêu nhiệm vụ trọng tâm?", "Có 3 nhiệm vụ trọng tâm", "a) Tăng cường phát triển"),
])
def test_a_count_of_parts_is_counted_from_the_documents_structure(papers, question, count, first):
    """Before: "không đề cập con số cụ thể" — no line states the number; the parsed chapters, articles and the list
    under its lead-in say it."""
    answer = papers.ask(question)
    assert answer.found and answer.answer.startswith(count), answer.answer
    assert first in answer.answer.split("\n")[1] + answer.answer.split("\n")[2], answer.answer


@pytest.mark.parametrize("question", ["Suất quà Tết của công văn 126 và của hướng dẫn 05, bên nào nhiều hơn?",
                                      "mức chi của HD 05 có cao hơn mức hỗ trợ của CV 126 không?"])
def test_a_comparison_of_two_documents_gives_each_ones_line(papers, question):
    """Before: an abstention, or one document's line alone."""
    answer = papers.ask(question)
    assert answer.found and "700.000 đồng" in answer.answer and "500.000 đồng" in answer.answer, answer.answer
    assert sorted(_cited(answer)) == ["cv126-tet.txt", "hd05-qua-tet.txt"], answer.answer
    verdict = answer.answer.split("\n")[-1]
    assert verdict.index("CV 126") < verdict.index("HD 05"), answer.answer  # the letter's is more


def test_a_compared_document_answering_with_a_list_is_quoted_by_its_item(papers):
    """Before: "«CV 58 …»: không nêu rõ." — its answer was a list whose lead-in cites nothing, though item 2 states
    the amount."""
    answer = papers.ask("Mức hỗ trợ đoàn viên bị tai nạn lao động của công văn 58 và hướng dẫn 05 khác nhau thế nào?")
    assert "3.000.000 đồng" in answer.answer and "cv58-om-dau.txt" in _cited(answer), answer.answer
    assert "không nêu" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", ["Công đoàn ngành xây dựng kết nạp được bao nhiêu đoàn viên năm 2027?",
                                      "Công đoàn ngành xây dựng tỉnh Phú Yên kết nạp được bao nhiêu đoàn viên năm 2027?"])
def test_a_body_named_is_not_answered_from_another_bodys_document(papers, question):
    """Before: "Năm 2027, toàn ngành kết nạp 96 đoàn viên mới" — the health-sector union's figure, for the builders'
    union, whose plan gives only its 2028 target."""
    answer = papers.ask(question)
    assert "96 đoàn viên" not in answer.answer, answer.answer  # an abstention (it may show that passage as near)
    own = papers.ask("Chỉ tiêu kết nạp năm 2028 của công đoàn ngành xây dựng là bao nhiêu?")
    assert "60 đoàn viên" in own.answer and _cited(own) == ["kh11-nganh-xay-dung.txt"], own.answer


def test_signer_date_and_recipients_of_a_document_named_by_kind_and_title(papers):
    """Before: the signer only — the date and recipients parts, read with "ai ký …", found the signature again."""
    answer = papers.ask("Ai ký thông báo kết luận, ký ngày nào, gửi những ai?")
    assert all(s in answer.answer for s in ("Phạm Minh Đức", "15 tháng 01 năm 2028", "Công đoàn ngành Giáo dục")), \
        answer.answer
    assert set(_cited(answer)) == {"tb71-ket-luan.txt"}, answer.answer


def test_recipients_of_a_document_listing_none_are_not_anothers(papers):
    """Before: "TTr 8 gửi ai" of a submission with no "Nơi nhận" quoted the letter's recipients."""
    answer = papers.ask("TTr 8 gửi cho ai?")
    assert "cv126-tet.txt" not in _cited(answer) and "Như kính gửi" not in answer.answer, answer.answer


@pytest.mark.parametrize("lines, said", [
    (("Mức chi mỗi suất là 1,5 triệu đồng.", "Mức chi mỗi suất là 1.000.000 đồng."), "Mức của «A» (1,5 triệu đồng) cao hơn"),
    (("Mức hỗ trợ 700.000 đồng.", "Mức hỗ trợ 2 triệu đồng."), "Mức của «B» (2 triệu đồng) cao hơn của «A»"),
    (("Tỷ lệ đạt 90%.", "Mức hỗ trợ 700.000 đồng."), None),
])
def test_which_of_two_amounts_is_more_is_read_in_dong_whatever_the_unit(lines, said):
    """Before, "1,5 triệu" was read as 1 (its ",5" dropped) and "2 triệu" was no amount of the unit "đồng"."""
    from bot.answer.compared import _verdict
    verdict = _verdict(list(zip(("A", "B"), lines)))
    assert (verdict is None) if said is None else (verdict or "").startswith(said), verdict


@pytest.mark.parametrize("follow_up", ["văn bản này áp dụng cho ai?", "van ban nay ap dung cho ai"])
def test_whom_a_document_applies_to_asked_of_the_one_talked_about(papers, follow_up):
    """Before: "Các văn bản đã nạp không đề cập …" with "Điều 2. Đối tượng áp dụng" listed first: once "văn bản này"
    (which document) and "áp dụng cho ai" (what is asked) were set aside, no topic word was left for a line to hold."""
    from tests.test_chat_subject import chat, first_line

    _, whom = chat(papers, "Quy chế 02 có hiệu lực từ khi nào?", follow_up)
    assert "các ủy viên Ban Chấp hành và các tổ công đoàn" in first_line(whom), whom


def test_a_one_syllable_asking_word_is_no_topic_of_its_own(papers):
    """review43 R6: "văn bản này dùng cho ai?" quoted "… dùng chung …" lines as the answer; "dùng" says too little."""
    from tests.test_chat_subject import chat, first_line

    _, whom = chat(papers, "Quy chế 02 có hiệu lực từ khi nào?", "văn bản này dùng cho ai?")
    assert "dùng chung" not in first_line(whom), whom
