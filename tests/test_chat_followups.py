"""Follow-ups of a chat over an invented plan: what the user typed is what is asked, read with its diacritics."""
from __future__ import annotations

from tests.helpers import corpus_fixture

_PLAN = ("KẾ HOẠCH\nTổ chức Hội thao công nhân viên chức năm 2027\n\n"
         "Ban Chấp hành Công đoàn Trường THCS Trần Phú xây dựng Kế hoạch tổ chức Hội thao như sau:\n\n"
         "I. MỤC ĐÍCH, YÊU CẦU\n1. Hội thao được tổ chức an toàn, tiết kiệm, thu hút đông đảo đoàn viên và con của đoàn viên tham gia.\n\n"
         "Các con của đoàn viên được tham gia các môn kéo co, nhảy bao bố.\n\n"
         "II. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: từ 7 giờ 30 ngày 14/11/2027 (Chủ nhật).\n"
         "2. Địa điểm: Sân vận động phường Hòa Khánh, số 45 đường Âu Cơ.\n\n"
         "III. TỔ CHỨC THỰC HIỆN\n1. Các tổ công đoàn đăng ký vận động viên với Văn phòng trước ngày 01/11/2027.\n"
         "2. Trưởng Ban Tổ chức báo cáo kết quả Hội thao với Ban Chấp hành trước ngày 25/11/2027.\n")


_NHA_GIAO_PLAN = ("KẾ HOẠCH\nTổ chức Hội thao chào mừng ngày Nhà giáo Việt Nam 20/11/2027\n\n"
                  "Ban Chấp hành Công đoàn Trường Tiểu học Hòa Phát xây dựng Kế hoạch như sau:\n\n"
                  "I. MỤC ĐÍCH, YÊU CẦU\n1. Tạo sân chơi lành mạnh, thu hút đông đảo đoàn viên tham gia.\n\n"
                  "II. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: từ 7 giờ 00 ngày 18/11/2027 (thứ Năm). Ngày 05/11/2027, các "
                  "tổ công đoàn gửi danh sách vận động viên tham gia hội thao về Văn phòng.\n"
                  "2. Địa điểm: Sân trường, số 8 đường Hòa Phát.\n")


sports = corpus_fixture(("hoi-thao.txt", _PLAN))


def test_a_plain_follow_up_asks_còn_not_con(sports):
    """Before, "con may gio?" after "hội thao tổ chức ở đâu" was understood (and shown, "Hiểu là: …") as "con mấy
    giờ? (tiếp theo …)": diacritics restored on the whole message, "con" read as the plan's "con" (a child), not the
    user's "còn", so that the follow-up's rewrite was lost."""
    where = sports.ask("hội thao tổ chức ở đâu")
    assert where.found and where.answer.startswith("Địa điểm: Sân vận động"), where.answer
    then = sports.ask("con may gio?", [("hội thao tổ chức ở đâu", where.answer)])
    assert "mấy giờ" in then.question and "hội thao" in then.question and "con" not in then.question.split(), \
        then.question
    assert then.found and then.answer.startswith("Thời gian: từ 7 giờ 30"), (then.question, then.answer)


def test_a_follow_up_asks_its_own_kind_of_fact(sports):
    """Before, "còn địa điểm?" after "… tổ chức ngày nào" still asked a date (the kind classified on the joined
    question) and quoted "Thời gian: …"."""
    when = sports.ask("hội thao tổ chức ngày nào")
    assert when.found and when.answer.startswith("Thời gian: từ 7 giờ 30"), when.answer
    for followup in ("còn địa điểm?", "con dia diem?"):
        then = sports.ask(followup, [("hội thao tổ chức ngày nào", when.answer)])
        assert then.found and then.answer.startswith("Địa điểm: Sân vận động"), (followup, then.question, then.answer)


def test_a_field_line_answers_for_what_the_plan_organises_not_the_occasion_in_its_title(assistant, tmp_path):
    """Before, "ngày nhà giáo việt nam là ngày nào" quoted the sports plan's "Thời gian: … 18/11/2027" because its title
    says "chào mừng ngày Nhà giáo Việt Nam": a field line was lent every word of the title. It is lent the words naming
    what the plan organises (the Hội thao), not the occasion it marks. And only the sentence opening the labelled line
    is labelled: the registration day after it is no "Thời gian" of the Hội thao."""
    plan = tmp_path / "hoi-thao-nha-giao.txt"
    plan.write_text(_NHA_GIAO_PLAN, encoding="utf-8")
    assert not assistant.ingest([plan]).failed
    when = assistant.ask("hội thao tổ chức ngày nào")
    assert when.found and when.answer.startswith("Thời gian: từ 7 giờ 00 ngày 18/11/2027"), when.answer
    occasion = assistant.ask("ngày nhà giáo việt nam là ngày nào")
    assert "18/11/2027" not in occasion.answer.split("\n")[0], occasion.answer


def test_a_follow_up_of_a_question_in_chat_spellings_is_rebuilt_from_its_words(assistant):
    """Before, "còn năm 2030?" after "ko bik chỉ tiêu đoàn viên năm 2025 là bn vậy ad" was rebuilt from the chat
    spellings ("Hiểu là: ko bik … là bn vậy ad?") and refused, though asked with the words they stand for it is
    answered."""
    first = "ko bik chỉ tiêu đoàn viên năm 2025 là bn vậy ad"
    asked = assistant.ask(first)
    assert asked.found and "97%" in asked.answer, asked.answer
    then = assistant.ask("còn năm 2030?", [(first, asked.answer)])
    assert "bao nhiêu" in then.question and "bn" not in then.question.split(), then.question
    assert then.found and "2030" in then.answer, (then.question, then.answer)


def test_z_is_read_as_vậy(assistant):
    """Before, "… la bn z" was refused while the same without "z" was answered: "z" (vậy) is a chat spelling."""
    typed = assistant.ask("ko bik ti le doan vien nam 2025 la bn z")
    assert typed.found and "97%" in typed.answer, (typed.question, typed.answer)


def test_thanks_before_a_follow_up_is_passed_over(assistant):
    """Before, "cảm ơn, còn năm 2030 thì sao?" was searched whole and refused with unrelated passages: the thanks
    opening it is no part of the question, the rest goes on from the question before."""
    first = "tỷ lệ đoàn viên năm 2025 là bao nhiêu?"
    asked = assistant.ask(first)
    then = assistant.ask("cảm ơn, còn năm 2030 thì sao?", [(first, asked.answer)])
    alone = assistant.ask("còn năm 2030 thì sao?", [(first, asked.answer)])
    assert then.found and then.answer == alone.answer and "2030" in then.answer, (then.question, then.answer)


def test_a_follow_up_naming_its_own_kind_of_fact_asks_that_kind(assistant, tmp_path):
    """Before, "còn hội thao tổ chức ở đâu?" after a question on the deadline for the list of athletes quoted the
    deadline sentence again: a follow-up asking where is answered with the place, as asked alone."""
    plan = tmp_path / "hoi-thao-vdv.txt"
    plan.write_text(_NHA_GIAO_PLAN, encoding="utf-8")
    assert not assistant.ingest([plan]).failed
    first = "Tôi cần biết hạn gửi danh sách vận động viên hội thao"
    asked = assistant.ask(first)
    alone = assistant.ask("hội thao tổ chức ở đâu?")
    assert alone.found and "Sân trường" in alone.answer, alone.answer
    then = assistant.ask("còn hội thao tổ chức ở đâu?", [(first, asked.answer)])
    assert then.found and "Sân trường" in then.answer.split("\n")[0], (then.question, then.answer)


def test_asking_for_information_about_a_topic_is_answered_as_the_topic(assistant):
    """Before, "Cho mình xin thông tin về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" was refused
    though a plan is about it: "thông tin về" asks for what the texts say of the topic, it is no topic word a passage
    must hold."""
    topic = "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    alone = assistant.ask(topic)
    assert alone.found, alone.answer
    for asked in (f"Cho mình xin thông tin về {topic}", f"xin thông tin về {topic}"):
        answer = assistant.ask(asked)
        assert answer.found and answer.citations[0].passage.text == alone.citations[0].passage.text, (asked, answer.answer)
