"""A notice of conclusions (thông báo kết luận) gives the conclusions of whoever chaired the meeting, named in its
title and opening sentence ("Ngày 21 tháng 11 năm 2026, Phó Chủ tịch … Hoàng Minh Đức chủ trì cuộc họp …"); it is
signed for the office that writes them up ("KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"). Asked whose conclusions
they are or who chaired, the answer names that person and quotes the opening sentence, which says when the meeting
was — not the signer, nor a task list (new-user trial of session 45, M7). A body leading a task ("Sở Xây dựng chủ
trì …") chairs no meeting. The notice is invented."""
from __future__ import annotations

from tests.helpers import ingested

_NOTICE = """ỦY BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÀ NAM                          Độc lập - Tự do - Hạnh phúc
   VĂN PHÒNG
Số: 77/TB-VP                          Hà Nam, ngày 02 tháng 12 năm 2026

THÔNG BÁO
Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh Hoàng Minh Đức tại cuộc họp về chợ nông sản đêm

Ngày 25 tháng 11 năm 2026, Phó Chủ tịch Ủy ban nhân dân tỉnh Hoàng Minh Đức chủ trì cuộc họp về tổ chức chợ nông sản
đêm. Tham dự có lãnh đạo Sở Công Thương, Sở Tài chính và Ủy ban nhân dân các phường.

I. NHIỆM VỤ

1. Sở Công Thương chủ trì xây dựng phương án bố trí gian hàng, trình Ủy ban nhân dân tỉnh trước ngày 20 tháng 12 năm
2026.

2. Sở Tài chính bố trí kinh phí tổ chức chợ năm 2027.

Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:                                       KT. CHÁNH VĂN PHÒNG
- Các sở: CT, TC;                               PHÓ CHÁNH VĂN PHÒNG
- Lưu: VT.
                                                 Đinh Thị Thu Hà
"""


def test_whose_conclusions_a_notice_gives_names_who_chaired_and_when(assistant, tmp_path):
    """Before, the answer listed task paragraphs and named no one."""
    ingested(assistant, tmp_path, "tb77-cho-dem.txt", _NOTICE)
    for question in ("TB 77/TB-VP là kết luận của ai, cuộc họp ngày nào?", "Ai chủ trì cuộc họp của TB 77/TB-VP?"):
        answer = assistant.ask(question)
        assert answer.found and "Hoàng Minh Đức" in answer.answer.split("\n")[0], answer.answer
        assert "25 tháng 11 năm 2026" in answer.answer and "Đinh Thị Thu Hà" not in answer.answer
        assert "Hoàng Minh Đức chủ trì cuộc họp" in answer.citations[0].passage.text


def test_who_leads_a_task_is_not_asked_as_the_meetings_chair(assistant, tmp_path):
    ingested(assistant, tmp_path, "tb77-cho-dem.txt", _NOTICE)
    answer = assistant.ask("Theo TB 77/TB-VP, ai chủ trì xây dựng phương án bố trí gian hàng?")
    assert "Sở Công Thương" in answer.answer and "Hoàng Minh Đức" not in answer.answer.split("\n")[0], answer.answer


def test_who_leads_or_partners_a_task_is_not_the_meetings_chair(assistant, tmp_path):
    """review47 R1: "phối hợp" folds to a "họp", and "việc X ai chủ trì, ai phối hợp?" asks a task's lead; both were
    answered with the meeting's chair."""
    ingested(assistant, tmp_path, "tb77-cho-dem.txt", _NOTICE)
    for question in ("Theo TB 77/TB-VP, việc bố trí gian hàng ai chủ trì, ai phối hợp?",
                     "Theo TB 77/TB-VP, việc phối hợp bố trí kinh phí tổ chức chợ do ai chủ trì?"):
        answer = assistant.ask(question)
        assert "người chủ trì là Hoàng Minh Đức" not in answer.answer, answer.answer
    answer = assistant.ask("Theo TB 77/TB-VP, ai chủ trì?")
    assert answer.found and "Hoàng Minh Đức" in answer.answer.split("\n")[0], answer.answer


def test_a_body_or_a_post_before_the_chairs_word_is_no_chair():
    """review47 R2: the capitalised words before "chủ trì" were taken as the chair's name whatever they were."""
    from bot.answer.chair import _chair_in
    assert _chair_in("Ngày 5/3/2027, đồng chí Nguyễn Văn An, Bí thư Huyện ủy chủ trì hội nghị.") == "Nguyễn Văn An"
    assert _chair_in("Ngày 25/11/2026, ông Hoàng Minh Đức, Giám đốc Sở Tài Chính chủ trì cuộc họp.") == "Hoàng Minh Đức"
    assert _chair_in("Ủy ban nhân dân tỉnh giao Sở Nội Vụ chủ trì, phối hợp các sở.") == ""
    assert _chair_in("UBND huyện giao Phòng Văn Hóa Thông Tin chủ trì tổ chức Hội thi.") == ""
    assert _chair_in("Chủ trì: Đồng chí Trần Văn Bình - Phó Chủ tịch UBND huyện.") == "Trần Văn Bình"
