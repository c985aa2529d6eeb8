"""A follow-up "còn X?" keeps the half of the question before it that X does not replace: a new subject keeps what was
asked (the fee of another distance), a new thing asked keeps what it was asked of (the place of the same race); typed
without diacritics, its "con" is "còn"; joined to the question before, that question is shown as it was asked. The
notice and the guide are invented; so are the wordings."""
from __future__ import annotations

from bot.channels.telegram import TelegramBot
from fakes.bots import running_bot
from fakes.telegram_api import FakeTelegram
from tests.helpers import assistant_fixture, chatted, first_line
from troly.vntext import fold

_RACE = ("THÔNG BÁO\nVề việc tổ chức Giải đua thuyền truyền thống sông Lam năm 2027\n\n"
         "Sở Văn hóa và Thể thao thông báo tổ chức Giải đua thuyền như sau:\n\n"
         "1. Thời gian, địa điểm\n"
         "- Thời gian tổ chức: từ 07 giờ 00 ngày 12 tháng 10 năm 2027.\n"
         "- Điểm xuất phát và về đích: Bến Cửa Hội, xã Nghi Thủy.\n"
         "- Nhận áo và số thuyền: ngày 10 và 11 tháng 10 năm 2027, tại Nhà Văn hóa xã Nghi Thủy.\n\n"
         "2. Lệ phí đăng ký\n\n"
         "| Cự ly | Lệ phí mỗi đội |\n|---|---|\n| 2 km | 300.000 đồng |\n| 5 km | 450.000 đồng |\n\n"
         "3. Giải thưởng\n- Giải Nhất cự ly 5 km: 8.000.000 đồng; cự ly 2 km: 4.000.000 đồng.\n")

_GUIDE = ("CÔNG ĐOÀN NGÀNH GIAO THÔNG\nSố: 15/HD-CĐN\nHà Nội, ngày 01 tháng 8 năm 2027\n\n"
          "HƯỚNG DẪN\nXét tặng quà cho con đoàn viên vượt khó năm 2027\n\n"
          "1. Công đoàn cơ sở lập danh sách, gửi hồ sơ xét tặng quà về Văn phòng Công đoàn ngành trước ngày "
          "15 tháng 9 năm 2027.\n\n"
          "2. Sau khi trao quà, công đoàn cơ sở gửi chứng từ chi quà về Ban Tài chính chậm nhất ngày 20 tháng 12 "
          "năm 2027.\n")

events = assistant_fixture("giai-dua-thuyen.md", _RACE, ("tang-qua.txt", _GUIDE))


def _asked(answer) -> str:
    """The question as the user is told it was understood ("Hiểu là: …"), folded."""
    return fold(answer.question).lower()


def test_another_distance_after_its_fee_is_asked_its_fee(events):
    """Before, "còn 5 km?" after "cự ly 2 km lệ phí bao nhiêu" was joined to that question ("5 km (tiếp theo câu hỏi:
    cự ly 2 km …)"), and typed without diacritics ("con 5km?") asked nothing: the distance takes the place of the one
    named, the fee is still what is asked."""
    for followup in ("còn 5 km?", "còn 5km?", "con 5km?"):
        fee, then = chatted(events, "cự ly 2 km lệ phí bao nhiêu", followup)
        assert "300.000" in first_line(fee), fee.answer
        assert "le phi" in _asked(then) and "tiep theo" not in _asked(then) and " 2 km" not in _asked(then), \
            (followup, then.question)
        assert then.found and "450.000" in first_line(then), (followup, then.question, then.answer)


def test_the_place_asked_after_the_day_is_the_same_race(events):
    """Before, "còn địa điểm?" after "giải đua thuyền tổ chức ngày nào" was joined to that question, whose words asking
    a day ("ngày nào") found the line giving the day and place to collect the shirts: the place is asked of the race
    ("địa điểm giải đua thuyền"), typed either way."""
    for day, followup in (("giải đua thuyền tổ chức ngày nào", "còn địa điểm?"),
                          ("giai dua thuyen to chuc ngay nao", "con dia diem?")):
        when, then = chatted(events, day, followup)
        assert "12 tháng 10" in first_line(when), when.answer
        assert "dia diem" in _asked(then) and "dua thuyen" in _asked(then), then.question
        assert "ngay nao" not in _asked(then) and "tiep theo" not in _asked(then), then.question
        assert then.found and "Bến Cửa Hội" in then.answer, (followup, then.question, then.answer)


def test_a_joined_follow_up_shows_the_question_before_as_asked(events):
    """Before, a follow-up typed without diacritics joined to a question typed so was shown with some of that
    question's words restored ("cdcs nop hồ sơ xét tặng quà trước ngày nào"), a question the user never typed."""
    before = "cdcs nop ho so xet tang qua truoc ngay nao"
    _, then = chatted(events, before, "can nhung giay to gi?")
    assert f"(tiếp theo câu hỏi: {before})" in then.question, then.question


async def test_in_telegram_con_typed_without_diacritics_opens_a_follow_up(events):
    """Before, "con chung tu?" after "cdcs nop ho so xet tang qua truoc ngay nao" was shown "Hiểu là: con chung tu?
    (văn bản: …)" (or "con chứng từ?"): "con" read as the documents' "con" (a child), not as "còn". It asks the
    deadline of the vouchers, by the words of the question before, and is shown so."""
    user = 3003
    async with FakeTelegram() as fake:
        settings = events.settings.model_copy(update={"telegram_token": fake.token, "telegram_api_url": fake.url})

        def answered(n: int) -> bool:
            return sum(bool((m.get("reply_markup") or {}).get("inline_keyboard")) for m in fake.bot_messages(user)) >= n

        async with running_bot(TelegramBot, events, settings):
            for n, message in enumerate(("cdcs nop ho so xet tang qua truoc ngay nao", "con chung tu?"), 1):
                fake.message(user, user, message)
                await fake.wait_for(lambda: answered(n))
    sent = [m["text"] for m in fake.bot_messages(user) if (m.get("reply_markup") or {}).get("inline_keyboard")][-1]
    understood = fold(sent.split("</i>")[0]).lower()
    assert sent.startswith("<i>Hiểu là: ") and "chung tu" in understood and "truoc ngay nao" in understood, sent
    assert "con chung tu" not in understood, sent
    assert "20 tháng 12" in sent.split("\n")[2], sent
