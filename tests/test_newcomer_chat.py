"""What a newcomer's chat runs into: a follow-up asking another fact of the document named before, a message asking
several things each of which gets a line, what falls due next month and from texts whose time is past, a reminder
asked in words, yes or no on who issued a document, a law named that is not loaded, and the example questions
offered with the welcome. Wordings are this file's own; the directive is invented."""
from __future__ import annotations

import re
from datetime import date

import pytest

from bot.answer.question import cue_spans
from tests.helpers import chatted, corpus_fixture
from troly.texts import t
from troly.vntext import STOP_FOLDED, fold_same_length

pytestmark = pytest.mark.slow

# Issued in April 2019 (no day written), unsigned; a duty dated in 2019, a monthly report, a 2019 spending duty.
_DIRECTIVE = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 07/CT-UBND\nHòa Bình, ngày   tháng 4 năm 2019\n\n"
              "CHỈ THỊ\nVề tăng cường phòng, chống dịch sốt xuất huyết năm 2019\n\n"
              "Để chủ động phòng, chống dịch sốt xuất huyết trên địa bàn tỉnh, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
              "1. Sở Y tế chủ trì tổ chức chiến dịch diệt bọ gậy tại các xã trọng điểm, báo cáo Ủy ban nhân dân tỉnh "
              "trước ngày 15 tháng 5 năm 2019.\n\n"
              "2. Ủy ban nhân dân các huyện, thành phố tổng hợp tình hình phòng, chống dịch, báo cáo Sở Y tế trước "
              "ngày 20 hàng tháng.\n\n"
              "3. Sở Tài chính bố trí kinh phí phòng, chống dịch cho các huyện trong tháng 6 năm 2019.\n\n"
              "Nơi nhận:\n- Bộ Y tế;\n- Các sở, ban, ngành;\n- UBND các huyện, thành phố;\n- Lưu: VT.\n")


with_directive = corpus_fixture(("chi-thi-sot-xuat-huyet.txt", _DIRECTIVE), today=date(2026, 12, 2))


def _cited_blocks(answer) -> list[tuple[str, str]]:
    return [(c.passage.short_title, c.passage.block) for c in answer.citations]


def test_a_follow_up_asking_another_fact_keeps_the_document_not_the_question(assistant):
    """Before, "gửi tới những đâu?" after "thế còn KL 21?" (after "KL 01 do ai ký vậy?") was joined to "… ai ký" and
    quoted the signature again."""
    signed, other, sent = chatted(assistant, "KL 01 do ai ký vậy?", "thế còn KL 21?", "gửi tới những đâu?")
    assert "Bùi Minh Thanh" in signed.answer and "Nguyễn Thị Bích Hợp" in other.answer, (signed.answer, other.answer)
    blocks = _cited_blocks(sent)
    assert blocks and all(block == "recipients" and "KL 21" in title for title, block in blocks), (sent.question,
                                                                                                   sent.answer)


def test_every_part_of_a_message_gets_a_line(with_directive):
    """Before, the part asking the date (or a phone number) of a plan that states none added nothing: only the
    signer was answered. And a date lost from a header's date line was answered with the header's first words."""
    dated = with_directive.ask("Kế hoạch KL 01 ai ký, ban hành ngày nào?")
    lines = dated.answer.split("\n")
    assert "Bùi Minh Thanh" in lines[0] and any("không ghi ngày" in line for line in lines[1:]), dated.answer
    phone = with_directive.ask("Kế hoạch KL 01 ai ký, số điện thoại liên hệ là gì?")
    assert "Bùi Minh Thanh" in phone.answer and "số điện thoại liên hệ là gì" in phone.answer.split("\n")[-1], \
        phone.answer
    unsigned = with_directive.ask("Chỉ thị 07 do ai ký, ký ngày nào?")
    assert "không ghi người ký" in unsigned.answer and "tháng 4/2019" in unsigned.answer, unsigned.answer


def test_next_month_lists_next_months_times_and_past_texts_come_last(with_directive):
    """Before, "còn tháng sau?" listed the monthly report as due "20/12" under a January header, and this month's list
    opened with the duties of a directive whose every dated duty fell in 2019."""
    this_month, next_month = chatted(with_directive, "tháng này có những việc gì tới hạn?", "còn tháng sau?")
    items = [line for line in this_month.answer.split("\n") if line.startswith("•")]
    assert items and "Sở Y tế" not in items[0], this_month.answer
    days = re.findall(r"\b\d\d/(\d\d)/(\d{4})\b", "\n".join(line.split("]")[0] for line in
                                                           next_month.answer.split("\n") if line.startswith("•")))
    assert days and all(day == ("01", "2027") for day in days), next_month.answer


def test_a_reminder_asked_in_words_is_told_the_command(assistant):
    """Before, "nhắc …" was searched and answered "không đề cập" with passages about reports."""
    for message in ("nhắc mình gửi báo cáo quý vào ngày 10/4 nhé", "Bạn ơi đặt lịch nhắc họp chi bộ thứ Hai"):
        answer = assistant.ask(message)
        assert answer.answer == t("answer.remind_how") and not answer.citations, (message, answer.answer)
    assert "/nhacviec" in t("answer.remind_how")
    due = assistant.ask("nhắc mình những việc đến hạn tuần này")  # a due question, not a reminder
    assert due.mode == "deadlines", due.answer


def test_yes_or_no_on_the_issuer_or_signer_is_answered_from_the_document(assistant):
    """Before, "… có phải do LĐLĐ tỉnh ban hành không?" quoted a sentence naming another body issuing another plan."""
    no = assistant.ask("KH thực hiện KL 21 có phải do Liên đoàn Lao động tỉnh ban hành không?")
    assert no.answer.startswith("Không.") and "Công đoàn Giáo dục Việt Nam" in no.answer and no.citations, no.answer
    yes = assistant.ask("Kế hoạch KL 21 có phải do CĐGD Việt Nam ban hành không ạ")
    assert yes.answer.startswith("Có."), yes.answer
    signed = assistant.ask("kế hoạch KL 01 do đồng chí Bùi Minh Thanh ký phải không?")
    assert signed.answer.startswith("Có.") and _cited_blocks(signed)[0][1] == "signature", signed.answer


def test_a_law_not_loaded_is_said_so_though_other_texts_share_its_words(assistant):
    """Before, "Luật Công đoàn …" was taken for loaded (a plan's title holds "Công đoàn") and answered from plans that
    never name the law."""
    answer = assistant.ask("Theo Luật Công đoàn thì đoàn viên được hưởng những quyền lợi gì?")
    assert "«Luật Công đoàn» chưa được nạp" in answer.answer and not answer.found, answer.answer


# Verbs that only ask ("ai chịu trách nhiệm", "cần đạt"), which the cue table need not hold.
_ASKING = {"chiu", "can"}


def _topic_words(question: str) -> set[str]:
    """The words a question names its topic by: not those asking ("khi nào", "ai chịu trách nhiệm"), nor stop words."""
    kept = list(fold_same_length(question))
    for a, b in cue_spans(question):
        kept[a:b] = " " * (b - a)
    return {w for w in re.findall(r"\w+", "".join(kept)) if w not in STOP_FOLDED | _ASKING}


def test_the_welcome_examples_are_answered_from_the_five_plans(assistant):
    """Before, "Thời hạn gửi báo cáo sơ kết là khi nào?" was answered with a yearly report that is no review
    (sơ kết): the plans set no deadline for one. Each example's first line, under its passage's headings, holds
    what the example asks about."""
    examples = [line[2:] for line in t("answer.examples").split("\n") if line.startswith("• ")]
    assert len(examples) == 3
    for example in examples:
        answer = assistant.ask(example)
        assert answer.found and not answer.nearest, (example, answer.answer)
        line = answer.answer.split("\n")[0]
        cited = next(c.passage for c in answer.citations if c.n == int(re.search(r"\[(\d+)\]", line).group(1)))
        held = set(re.findall(r"\w+", fold_same_length(f"{cited.section} {line}")))
        assert _topic_words(example) <= held, (example, _topic_words(example) - held, answer.answer)


async def test_in_telegram_a_follow_up_asks_its_own_fact_and_a_reminder_gets_the_command(assistant):
    """The same through the real Telegram bot, over HTTP against the fake Bot API server."""
    from bot.channels.telegram import TelegramBot
    from fakes.bots import running_bot
    from fakes.telegram_api import FakeTelegram

    user = 2002
    async with FakeTelegram() as fake:
        settings = assistant.settings.model_copy(update={"telegram_token": fake.token, "telegram_api_url": fake.url})

        def answered(n: int) -> bool:
            return sum(bool((m.get("reply_markup") or {}).get("inline_keyboard")) for m in fake.bot_messages(user)) >= n

        async with running_bot(TelegramBot, assistant, settings):
            for n, message in enumerate(("KL 01 do ai ký vậy?", "thế còn KL 21?", "gửi tới những đâu?"), 1):
                fake.message(user, user, message)
                await fake.wait_for(lambda: answered(n))
            fake.message(user, user, "nhắc mình gửi báo cáo quý vào ngày 10/4 nhé")
            await fake.wait_for(lambda: any("/nhacviec" in m["text"] for m in fake.bot_messages(user)))
    sent = [m["text"] for m in fake.bot_messages(user) if (m.get("reply_markup") or {}).get("inline_keyboard")][-1]
    assert "Nơi nhận" in sent and "KL 21" in sent and "Nguyễn Thị Bích Hợp" not in sent, sent


def test_when_a_document_was_issued_states_the_date_once(with_directive):
    """Before, "ban hành khi nào?" named the document by its listed label, which ends with its date, then stated the
    date again in another form («CT 07 · … · 4/2019» ban hành tháng 4/2019)."""
    answer = with_directive.ask("Chỉ thị 07 ban hành khi nào?")
    assert answer.found and "ban hành tháng 4/2019" in answer.answer, answer.answer
    assert answer.answer.count("2019") == 1, answer.answer
