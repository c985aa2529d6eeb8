"""Faults a new user met (session 40): an item asked by its place in a list ("nội dung thứ 5"), a deadline asked of a
task whose line sets no day, a date of another body than the one asked, a year asked answered by another year's
line, a follow-up's joining words quoted back as the case asked, and whether a text another one replaces is still in
force. Documents and wordings are this file's own, invented."""
from __future__ import annotations

import pytest

from bot.answer.followup import joined
from tests.helpers import corpus_fixture
from troly.texts import t

_PLAN = "\n\n".join([
    "CÔNG ĐOÀN GIÁO DỤC TỈNH HẬU GIANG\nSố: 15/KH-CĐGD\nHậu Giang, ngày 05 tháng 01 năm 2026",
    "KẾ HOẠCH\nTuyên truyền, phổ biến pháp luật cho đoàn viên năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao hiểu biết pháp luật lao động của đoàn viên, người lao động.\n"
    "2. Gắn công tác tuyên truyền với phát triển đoàn viên mới.",
    "II. NỘI DUNG\n1. Tuyên truyền Bộ luật Lao động và Luật Công đoàn năm 2024.\n"
    "2. Phổ biến chế độ nghỉ phép, nghỉ thai sản của nhà giáo.\n"
    "3. Tổ chức hội thi tìm hiểu pháp luật cấp tỉnh vào quý III.\n"
    "4. Biên soạn tài liệu hỏi đáp pháp luật phát cho công đoàn cơ sở.\n"
    "5. Tổ chức tọa đàm về phòng, chống bạo lực học đường tại các trường trung học.",
    "III. CHỈ TIÊU\n- Năm 2026: kết nạp 500 đoàn viên mới; 90% đoàn viên được phổ biến pháp luật.\n"
    "- Năm 2027: kết nạp 800 đoàn viên mới; 95% đoàn viên được phổ biến pháp luật.",
    "IV. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo Công đoàn Giáo dục tỉnh chủ trì tổ chức hội thi, hoàn thành trước ngày "
    "30/9/2026.\n2. Công đoàn cấp dưới (bao gồm công đoàn giáo dục huyện và công đoàn cơ sở trực thuộc) tổ chức tuyên "
    "truyền tại đơn vị. Công đoàn giáo dục huyện tổng hợp kết quả gửi về Công đoàn Giáo dục tỉnh trước ngày "
    "15/11/2026.\n3. Các công đoàn cơ sở nộp báo cáo kết quả thực hiện kế hoạch về Ban Tuyên giáo.\n"
    "4. Kế hoạch này thay thế Kế hoạch số 08/KH-CĐGD ngày 10/01/2025 của Công đoàn Giáo dục tỉnh.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nTrần Thị Hoa\n"])

_DECISION = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\nSố: 21/2026/QĐ-UBND\nHậu Giang, ngày 12 tháng 3 năm 2026",
    "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp giữa Ủy ban nhân dân tỉnh và Liên đoàn Lao động tỉnh",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp giữa Ủy ban nhân dân tỉnh và Liên đoàn Lao động tỉnh.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 4 năm 2026 và thay thế Quyết định số 33/2019/QĐ-UBND "
    "ngày 20 tháng 8 năm 2019 của Ủy ban nhân dân tỉnh. Bãi bỏ Quyết định số 12/2020/QĐ-UBND ngày 05 tháng 5 năm 2020.",
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Chủ tịch Liên đoàn Lao động tỉnh và thủ trưởng các sở, ngành chịu "
    "trách nhiệm thi hành Quyết định này.",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Minh\n"])

_VISITS = "\n\n".join([
    "CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT VỊ THANH\nSố: 05/QĐ-CĐCS\nVị Thanh, ngày 10 tháng 02 năm 2026",
    "QUYẾT ĐỊNH\nVề mức chi thăm hỏi đoàn viên năm 2026",
    "Điều 1. Mức chi thăm hỏi đoàn viên như sau:\na) Đoàn viên ốm đau phải nằm viện từ 05 ngày trở lên: 500.000 "
    "đồng/người;\nb) Đoàn viên bị tai nạn lao động: 1.000.000 đồng/người;\nc) Đoàn viên có cha, mẹ qua đời: 700.000 "
    "đồng/người.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nNguyễn Văn An\n"])

store = corpus_fixture(("kh15-tuyen-truyen.txt", _PLAN), ("qd21-quy-che.txt", _DECISION),
                       ("qd05-tham-hoi.txt", _VISITS))


def _lines(answer) -> list[str]:
    return answer.answer.split("\n")


# (question, the heading the item is quoted under, the item, an item of the same list that is not asked). Before,
# the lines repeating the question's words were quoted ("nội dung thứ 5": items 1, 3, 4 and 5; "mục đích thứ hai"
# was not answered at all).
PLACES = [
    ("kế hoạch tuyên truyền pháp luật 2026 có nội dung thứ 5 là gì", "II. NỘI DUNG", "5. Tổ chức tọa đàm", "1. "),
    ("nội dung cuối cùng của kế hoạch tuyên truyền pháp luật năm 2026", "II. NỘI DUNG", "5. Tổ chức tọa đàm", "4. "),
    ("nội dung đầu tiên của kế hoạch tuyên truyền pháp luật là gì", "II. NỘI DUNG", "1. Tuyên truyền Bộ luật", "2. "),
    ("mục đích thứ hai của kế hoạch tuyên truyền pháp luật", "I. MỤC ĐÍCH, YÊU CẦU", "2. Gắn công tác", "1. "),
    ("mục thứ 3 của kế hoạch tuyên truyền pháp luật", "III. CHỈ TIÊU", "Năm 2026: kết nạp 500", "IV."),
]


@pytest.mark.parametrize("question, heading, item, other", PLACES)
def test_an_item_asked_by_its_place_is_that_item_under_its_heading(store, question, heading, item, other):
    answer = store.ask(question)
    lines = _lines(answer)
    assert answer.found and lines[0] == heading and lines[1].startswith(item), answer.answer
    assert not any(line.startswith(other) for line in lines), answer.answer


@pytest.mark.parametrize("question", [
    "hạn chót nộp báo cáo kết quả thực hiện kế hoạch tuyên truyền pháp luật là ngày nào",
    "công đoàn cơ sở phải gửi kết quả tuyên truyền pháp luật trước ngày nào",
])
def test_a_deadline_of_a_task_setting_no_day_is_said_not_given(store, question):
    """Before: "Công đoàn giáo dục huyện … trước ngày 15/11/2026" answered first, a day another body must act by."""
    answer = store.ask(question)
    said = t("answer.task_undated", document="KH 15/KH-CĐGD (5/1/2026)", line="")
    assert answer.answer.startswith(said) and "15/11/2026" not in answer.answer, answer.answer
    assert answer.citations[0].passage.text.startswith("3. Các công đoàn cơ sở nộp báo cáo"), answer.answer


def test_the_body_whose_day_it_is_still_gets_it(store):
    answer = store.ask("công đoàn giáo dục huyện phải gửi kết quả tuyên truyền trước ngày nào")
    assert answer.found and "trước ngày 15/11/2026" in _lines(answer)[0], answer.answer


# Before: the 2027 line was quoted beside the 2026 one (the plan's title names 2026), and a 2026 claim of the 2027
# figure was answered "Có." over it.
YEARS = [
    ("năm 2026 phải kết nạp bao nhiêu đoàn viên mới", "Năm 2026: kết nạp 500", "800"),
    ("năm 2026 phải kết nạp 800 đoàn viên mới đúng không",
     t("answer.claim_no", stated="500 đoàn viên", line="Năm 2026: kết nạp 500"), "2027"),
    ("năm 2027 phải kết nạp 800 đoàn viên mới đúng không", t("answer.case_yes", line="Năm 2027: kết nạp 800"), "2026:"),
]


@pytest.mark.parametrize("question, opens, absent", YEARS)
def test_a_year_asked_is_answered_by_that_years_line_only(store, question, opens, absent):
    answer = store.ask(question)
    assert answer.found and answer.answer.startswith(opens) and absent not in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    joined("còn tai nạn giao thông thì sao", "đoàn viên bị tai nạn lao động có được chi thăm hỏi không?"),
    t("chat.understood", question="đoàn viên bị tai nạn giao thông có được chi thăm hỏi không"),
])
def test_a_case_not_listed_quotes_the_users_own_words(store, question):
    """Before: a follow-up joined to the question it went on from was answered "1.000.000 đồng" of "tai nạn lao
    động"."""
    answer = store.ask(question)
    said = t("answer.case_not_listed", document="QĐ 05/QĐ-CĐCS (10/2/2026)", case="tai nạn giao thông")
    assert _lines(answer)[0] == said, answer.answer


# Before: "Có." over the line replacing QĐ 33; "KH 08 còn hiệu lực không" was not answered; what QĐ 21 replaces
# left out the decision it repeals.
REPLACED = [
    ("QĐ 33/2019/QĐ-UBND có còn hiệu lực không?", "Không.", "33/2019/QĐ-UBND"),
    ("kế hoạch 08/KH-CĐGD còn hiệu lực không", "Không.", "Kế hoạch số 08/KH-CĐGD"),
    ("QĐ 12/2020/QĐ-UBND đã bị bãi bỏ chưa", "Có.", "Bãi bỏ Quyết định số 12/2020/QĐ-UBND"),
]


@pytest.mark.parametrize("question, verdict, line", REPLACED)
def test_a_text_another_replaces_is_said_not_in_force(store, question, verdict, line):
    answer = store.ask(question)
    first = _lines(answer)[0]
    assert answer.found and first.startswith(t("answer.case_no" if verdict == "Không." else "answer.case_yes",
                                                line="")) and line in first, answer.answer


def test_what_a_text_replaces_and_repeals_is_quoted_whole(store):
    answer = store.ask("quyết định 21/2026 thay thế văn bản nào")
    assert answer.found and "33/2019/QĐ-UBND" in answer.answer and "12/2020/QĐ-UBND" in answer.answer, answer.answer


# Before (review40 R4), a text was matched by its bare number: a line replacing "Thông tư số 33/2015" or "Quyết định
# số 33/2021" made "QĐ 33/2019 còn hiệu lực không" answer "Không.", and so did a line repealing one article of it.
@pytest.mark.parametrize("line, question, ends", [
    ("Quyết định này thay thế Thông tư số 33/2015/TT-BTC.", "QĐ 33/2019 còn hiệu lực không", False),
    ("Quyết định này thay thế Quyết định số 33/2021/QĐ-UBND.", "QĐ 33/2019 còn hiệu lực không", False),
    ("Bãi bỏ Điều 33 của Quyết định số 12/2019/QĐ-UBND.", "QĐ 12/2019 còn hiệu lực không", False),
    ("Quyết định này thay thế Quyết định số 33/2019/QĐ-UBND và bãi bỏ Quyết định số 12/2020/QĐ-UBND.",
     "QĐ 12/2020 còn hiệu lực không", True),
    ("Quyết định này thay thế Quyết định số 33/2019/QĐ-UBND.", "Quyết định 33 còn hiệu lực không", True),
])
def test_a_text_asked_is_ended_only_by_a_line_naming_that_very_text(line, question, ends):
    from bot.answer.replaced import _named, _same, ended_refs
    from troly.vntext import fold

    assert _same(_named(fold(question)), ended_refs(line)) is ends
