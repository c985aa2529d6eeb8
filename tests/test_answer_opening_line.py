"""What an answer opens with: the item of a list labelled with the thing asked ("2. Chủ đề: …" of "chủ đề năm nay là
gì"), not the list's first item; two rows compared ("A với B chênh nhau bao nhiêu"), both, with
the difference. Invented plan, own wording (lead's tryout of session 57)."""
from __future__ import annotations

from tests.helpers import corpus_fixture

_GIFTS = "\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH GIA LAI", "Số: 07/KH-LĐLĐ", "Gia Lai, ngày 04 tháng 01 năm 2028", "",
    "KẾ HOẠCH", "Tổ chức chương trình \"Xuân ấm áp\" năm 2028", "",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Chăm lo cho đoàn viên có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán.", "",
    "II. THỜI GIAN, CHỦ ĐỀ",
    "1. Thời gian: Từ ngày 10/01/2028 đến hết ngày 20/01/2028.",
    "2. Chủ đề: \"Xuân ấm áp - Tết yêu thương\".", "",
    "III. NỘI DUNG",
    "1. Tặng quà cho đoàn viên có hoàn cảnh khó khăn. Mỗi suất quà trị giá 600.000 đồng, gồm 500.000 đồng tiền mặt "
    "và hiện vật trị giá 100.000 đồng.",
    "2. Phân bổ số suất quà cho các công đoàn như sau:", "",
    "| Đơn vị | Số suất | Kinh phí |", "|---|---|---|",
    "| Liên đoàn Lao động thành phố Pleiku | 40 | 24.000.000 |",
    "| Liên đoàn Lao động huyện Chư Sê | 90 | 54.000.000 |",
    "| Công đoàn Giáo dục tỉnh | 25 | 15.000.000 |",
    "| Tổng cộng | 155 | 93.000.000 |", "",
    "IV. TỔ CHỨC THỰC HIỆN",
    "Ban Nữ công tổng hợp kết quả, báo cáo Thường trực trước ngày 10/02/2028.", "",
    "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Trần Văn Lực", ""])

store = corpus_fixture(("kh07-xuan-am-ap.txt", _GIFTS))


def test_the_item_labelled_with_the_thing_asked_opens_the_answer(store):
    """Before, "kế hoạch 07 có chủ đề là gì" was answered with the list in the order written, "Thời gian: …" first."""
    answer = store.ask("kế hoạch 07 có chủ đề là gì")
    assert answer.found and "Xuân ấm áp - Tết yêu thương" in answer.answer.split("\n")[0], answer.answer


def test_two_rows_compared_by_their_short_names_are_both_cited_with_the_difference(store):
    """Before, "Chư Sê với Pleiku chênh nhau bao nhiêu suất" was refused: the rows are named by the last words of
    what they are of ("Liên đoàn Lao động huyện Chư Sê"), and "chênh nhau" compares as "hơn" does."""
    answer = store.ask("Chư Sê với Pleiku chênh nhau bao nhiêu suất")
    assert answer.found and "Chư Sê" in answer.answer and "Pleiku" in answer.answer, answer.answer
    assert "90 − 40 = 50" in answer.answer.split("\n")[0], answer.answer
    assert "Giáo dục" not in answer.answer, answer.answer
