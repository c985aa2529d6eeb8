"""The line that answers among siblings sharing the question's words: the row of a month-by-month schedule keyed by the
month asked ("| Tháng 8 | … |", not the month before, whose row repeats as many words: newuser42 N8); asked the
amount paid per one thing ("bao nhiêu 1 phòng"), the line paying per unit before the programme's total (N7); a
question typed without diacritics whose "may" is a garment's ("công nhân may bao nhieu"), no "mấy" counting
"bao" (N19); an enumeration opened after a ":" quoted to its end, not cut at its first ";" (N11); hours asked as
"mấy tiếng", answered by the line stating "24 giờ". The documents and wording are this file's own."""
from __future__ import annotations

from bot.answer.composer import compose
from tests.helpers import first_line, lexicon_of
from vectorstore.search import Passage

_PLAN = "Chương trình công tác năm 2027 của Công đoàn Viên chức tỉnh"
_HEADER = "Tháng | Công việc trọng tâm | Bộ phận thực hiện"
_MONTHS = ("| Tháng 7 | Tổ chức Hội thao công đoàn viên chức tỉnh lần thứ 8 tại 4 cụm thi đua | Ban Tuyên giáo |",
           "| Tháng 8 | Giải cầu lông cán bộ, giáo viên; kiểm tra thu chi tại 5 công đoàn cơ sở | Ban Nữ công |",
           "| Tháng 9 | Tổng kết phong trào thi đua; khen thưởng công đoàn viên chức tỉnh | Văn phòng |")


def _row(n: int, text: str) -> Passage:
    return Passage(f"r{n}", "ct-vc", _PLAN, "ct.docx", "III. LỊCH CÔNG TÁC HẰNG THÁNG", text, 0.85 - 0.01 * n, n,
                   short_title="CTr 12/CTr-CĐVC", lead=_HEADER, context=_HEADER)


def test_the_row_of_the_month_asked_answers_not_a_sibling_month():
    rows = [_row(n, text) for n, text in enumerate(_MONTHS)]
    found = [rows[0], rows[2], rows[1]]  # the month asked is found last; the month before repeats more words
    line = first_line(compose("Tháng 8 công đoàn viên chức tỉnh có việc gì?", found, lexicon=lexicon_of(found)))
    assert "cầu lông" in line and "Hội thao" not in line and "Tổng kết" not in line, line


_TOTAL = ("Tổng kinh phí thực hiện năm 2027 dự kiến 960 triệu đồng, trong đó chi phong trào thi đua 400 triệu đồng, "
          "chi sửa chữa nhà công vụ cho giáo viên 210 triệu đồng.")
_ITEM = ("c) Sửa chữa 07 nhà công vụ cho giáo viên vùng khó khăn, mức hỗ trợ 30 triệu đồng một nhà đối với nhà cấp "
         "bốn.")


def test_an_amount_per_unit_answers_before_the_total_asked_per_one():
    found = [Passage("k1", "kh-gd", "Kế hoạch chăm lo giáo viên năm 2027", "kh.txt", "IV. KINH PHÍ", _TOTAL, 0.9, 4),
             Passage("k2", "kh-gd", "Kế hoạch chăm lo giáo viên năm 2027", "kh.txt", "II. CHỈ TIÊU", _ITEM, 0.88, 1)]
    line = first_line(compose("sửa chữa nhà công vụ cho giáo viên được hỗ trợ bao nhiêu tiền 1 căn", found,
                              lexicon=lexicon_of(found)))
    assert "30 triệu đồng một nhà" in line, line


_PROPOSED = ("Tăng tiền ăn giữa ca lên 30.000 đồng một suất.",
             "Bổ sung phụ cấp đi lại 200.000 đồng một tháng cho công nhân ở xa.",
             "Tăng thời gian nghỉ cho lao động nữ mang thai lên 60 phút mỗi ngày.")


def test_a_garment_factory_typed_without_diacritics_asks_no_count_of_bags():
    found = [Passage(f"b{n}", "bb-det", "Biên bản họp công đoàn cơ sở Công ty may Hưng Phát", "bb.md",
                     "II. ĐỀ XUẤT THƯƠNG LƯỢNG", text, 0.87 - 0.01 * n, n,
                     lead="Công đoàn đề xuất các nội dung thương lượng:")
             for n, text in enumerate(_PROPOSED)]
    answer = compose("phu cap di lai cong doan de xuat cho cong nhan may bao nhieu 1 thang", found,
                     lexicon=lexicon_of(found))
    assert answer.found and "200.000 đồng" in first_line(answer), answer.answer


_PAPERS = ("3. Trong thời hạn 20 ngày kể từ ngày nhận thông báo trúng tuyển, người trúng tuyển phải đến Ủy ban nhân "
           "dân huyện xuất trình bản chính các văn bằng, chứng chỉ để đối chiếu và nộp các giấy tờ sau: bản sao giấy "
           "khai sinh có chứng thực; Phiếu lý lịch tư pháp số 1 do cơ quan có thẩm quyền cấp; Giấy khám sức khỏe do "
           "bệnh viện cấp huyện trở lên cấp còn giá trị sử dụng; bản sao sổ bảo hiểm xã hội (nếu có).")


def test_an_enumeration_after_a_colon_is_quoted_to_its_end():
    found = [Passage("t1", "tb-ub", "Thông báo tuyển dụng công chức cấp xã năm 2027", "tb.txt", "IV. HỒ SƠ",
                     _PAPERS, 0.9, 3)]
    line = first_line(compose("Trúng tuyển thì nộp những giấy tờ gì?", found, lexicon=lexicon_of(found)))
    assert "Giấy khám sức khỏe" in line and "sổ bảo hiểm xã hội" in line, line


_INCIDENT = ("Khi xảy ra sự cố mất an toàn lao động nghiêm trọng, công đoàn cơ sở báo cáo nhanh Liên đoàn Lao động "
             "huyện trong vòng 24 giờ kể từ khi xảy ra sự cố.",
             "Báo cáo bằng văn bản về vụ việc gửi chậm nhất 05 ngày làm việc sau khi kết thúc điều tra.")


def test_hours_asked_in_everyday_words_are_answered_by_the_hours_stated():
    found = [Passage(f"s{n}", "qc-atld", "Quy chế phối hợp bảo đảm an toàn lao động", "qc.txt", "Điều 6. Báo cáo",
                     text, 0.9 - 0.01 * n, n) for n, text in enumerate(reversed(_INCIDENT))]
    line = first_line(compose("Công đoàn cơ sở báo cáo nhanh sự cố trong mấy tiếng?", found, lexicon=lexicon_of(found)))
    assert "24 giờ" in line, line


_ROADMAP = "Kế hoạch chuyển đổi số của Công đoàn ngành Y tế giai đoạn 2026-2030"
_STAGES = ("Giai đoạn 1: công đoàn cơ sở cài đặt phần mềm quản lý đoàn viên, tập huấn sử dụng phần mềm quản lý đoàn "
           "viên cho cán bộ công đoàn cơ sở.",
           "Giai đoạn 2: công đoàn cơ sở kết nối dữ liệu đoàn viên với Liên đoàn Lao động tỉnh.",
           "Giai đoạn 3: đánh giá kết quả chuyển đổi số của công đoàn cơ sở; khen thưởng cán bộ công đoàn tiêu biểu.")


def test_the_line_of_the_stage_asked_answers_not_a_sibling_stage():
    """A plan's stages named by their number ("Giai đoạn 2: …") are slots as months are (date_words.toml slot_words,
    one list with the periods a follow-up swaps): before, a sibling stage repeating more of the question's words
    answered."""
    found = [Passage(f"g{n}", "kh-cds", _ROADMAP, "kh.txt", "III. LỘ TRÌNH THỰC HIỆN", text, 0.95 - 0.01 * n, n,
                     short_title="KH 12/KH-CĐYT") for n, text in enumerate(_STAGES)]
    found = [found[0], found[2], found[1]]  # the stage asked is found last; the stage before repeats more words
    line = first_line(compose("Giai đoạn 2 công đoàn cơ sở làm gì với phần mềm quản lý đoàn viên?", found,
                              lexicon=lexicon_of(found)))
    assert "kết nối" in line and "cài đặt" not in line and "đánh giá" not in line, line
