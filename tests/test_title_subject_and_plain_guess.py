"""Two refusals a user hit at once, on a plan's own lines. Asked when or how long the event its title names happens
("Tuần lễ Xanh diễn ra khi nào", "… kéo dài bao lâu"), the line "Thời gian: từ ngày … đến ngày …" answers, though it
repeats none of the event's words: its document's title says them (each beside a title word the store nearly always
writes with it, "hưởng ứng Tuần lễ": the question's own word stands there all the same), a title naming nothing but
its kind before the occasion ("Kế hoạch hưởng ứng …") plans what is held while the occasion lasts, and "kéo dài" says
only that the thing lasts: a line stating a span holds it. Asked without diacritics ("thuong cho tap the"), a word
the restorer read as one form ("thường", the issuer's "Ban Thường vụ") with no pair of the documents vouching for it
is matched by the form the line writes ("thưởng") too. Invented document, worded apart from any trial's: an
industrial zone union's plan for a green week."""
from __future__ import annotations

import pytest

from tests.helpers import assistant_fixture

PLAN = """\
CÔNG ĐOÀN KHU KINH TẾ TỈNH QUẢNG TRỊ
BAN THƯỜNG VỤ

Số: 31/KH-CĐKKT
Quảng Trị, ngày 05 tháng 6 năm 2027

KẾ HOẠCH
Hưởng ứng Tuần lễ Xanh năm 2027

Ban Thường vụ Công đoàn Khu kinh tế xây dựng kế hoạch hưởng ứng Tuần lễ Xanh năm 2027 như sau:

I. THỜI GIAN, ĐỊA ĐIỂM
1. Thời gian: từ ngày 10/8/2027 đến ngày 16/8/2027.
2. Địa điểm: các doanh nghiệp trong Khu công nghiệp Nam Đông Hà.

II. NỘI DUNG
1. Trồng cây
Các công đoàn cơ sở trồng cây xanh, thu gom rác thải tại nơi làm việc.
2. Khen thưởng
Tặng Giấy khen cho 04 tập thể tiêu biểu; mức thưởng 1.500.000 đồng/tập thể.

III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Công đoàn Khu kinh tế theo dõi, sơ kết hoạt động hưởng ứng Tuần lễ Xanh.
2. Các công đoàn cơ sở báo cáo kết quả về Văn phòng trước ngày 25/8/2027.

Nơi nhận:
- Thường trực Công đoàn tỉnh (để b/c);
- Các công đoàn cơ sở;
- Lưu: VT.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH

Hồ Thị Lan
"""

green_week = assistant_fixture("kh31_tuan_le_xanh.txt", PLAN)


@pytest.mark.parametrize("question", ["Tuần lễ Xanh diễn ra khi nào", "Tuần lễ Xanh kéo dài bao lâu"])
def test_the_title_subject_is_dated_by_its_time_line(green_week, question):
    answer = green_week.ask(question)
    # asked how long, its days counted from the two dates open the answer (months.span_length)
    opening = "7 ngày (từ ngày 10/8/2027 đến ngày 16/8/2027).\n" if "bao lâu" in question else ""
    assert answer.found and answer.answer.startswith(f"{opening}Thời gian: từ ngày 10/8/2027"), answer.answer


def test_a_restored_guess_matches_the_form_the_line_writes():
    """The composer alone, over a plan whose issuer writes "Thường vụ" more often than any line "thưởng": the reading
    search restores ("thường") is a guess no pair of the documents vouches for, and the line paying the prize holds
    the word as typed ("thuong") in another form. Not as far in meaning as a question on another subject (.85)."""
    from bot.answer.composer import compose
    from bot.answer.lexicon import Lexicon
    from vectorstore.search import Passage

    texts = ["Tặng Giấy khen cho 04 tập thể tiêu biểu; mức thưởng 1.500.000 đồng/tập thể.",
             "Văn phòng tổ chức 02 lớp tập huấn cho cán bộ công đoàn cơ sở.",
             "Ban Thường vụ giao Văn phòng theo dõi, tổng hợp kết quả."]
    passages = [Passage(f"c{i}", "kh", "Kế hoạch hưởng ứng Tuần lễ Xanh năm 2027", "kh.txt", "II. NỘI DUNG", text,
                        0.84 - i / 100, i, lexical=1.0 - i / 10, issuer="Ban Thường vụ Công đoàn Khu kinh tế")
                for i, text in enumerate(texts)]
    lexicon = Lexicon()
    lexicon.add_documents(texts + ["Thường trực Công đoàn tỉnh.", "TM. BAN THƯỜNG VỤ", "Các tập thể, cá nhân tham gia.",
                                   "Khen thưởng tập thể."])
    answer = compose("thuong cho tap the bao nhieu", passages, lexicon=lexicon,
                     reading="thường cho tập thể bao nhiêu")
    assert answer.found and "1.500.000" in answer.answer, answer.answer
