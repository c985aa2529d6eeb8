"""A follow-up typed with diacritics after a question typed without them is answered from that question read with its
diacritics, and shown ("Hiểu là: …") with only the words the documents vouch for restored: a word read uncertainly
("ve dau", where the documents write "thi đấu" and never "về đâu") is shown as typed, not as a word the user never
meant (review46 R15)."""
from __future__ import annotations

import io

from bot.channels.terminal import run_chat
from tests.helpers import assistant_fixture

_GAMES = ("KẾ HOẠCH\nTổ chức Hội thao công nhân năm 2027\n\n"
          "Ban Chấp hành Công đoàn Công ty Hoàng Long xây dựng Kế hoạch tổ chức Hội thao như sau:\n\n"
          "I. NỘI DUNG THI ĐẤU\n1. Các môn thi đấu: bóng đá, cầu lông, kéo co; các đội thi đấu vòng tròn.\n"
          "2. Trọng tài điều hành trận đấu theo luật thi đấu hiện hành.\n\n"
          "II. TỔ CHỨC THỰC HIỆN\n1. Công đoàn cơ sở gửi báo cáo kết quả thi đấu về Văn phòng Công đoàn Công ty "
          "trước ngày 30/10/2027.\n"
          "2. Tổ công đoàn gửi danh sách vận động viên về Ban Tổ chức trước ngày 10/10/2027.\n")

games = assistant_fixture("hoi-thao.txt", _GAMES)


def test_a_question_before_typed_without_diacritics_is_shown_with_its_sure_words_only(games):
    """Before, "còn tổ công đoàn thì sao?" after "cdcs gui bao cao ket qua thi dau ve dau?" was shown "… về đấu?" (a
    match), the reading of "ve dau" the search made and was unsure of."""
    out = io.StringIO()
    script = "cdcs gui bao cao ket qua thi dau ve dau?\ncòn tổ công đoàn thì sao?\n"
    assert run_chat(games, stdin=io.StringIO(script), stdout=out) == 0
    first, then = out.getvalue().split("Bạn: ")[1:3]
    assert "Văn phòng Công đoàn Công ty" in first, first
    assert "về đấu" not in then, then
    shown = next(line for line in then.splitlines() if "Hiểu là" in line)  # what is shown: the follow-up understood,
    assert "tổ công đoàn" in shown and "thi đấu" in shown and shown.rstrip().endswith(" dau?"), shown  # "dau" as typed
