"""A chat moving from one topic to another: a message with its own topic and its own question word is asked as it
stands, not glued to the question before; "còn …?" asking another fact goes on from the topic just asked about.
Documents and wordings are this file's own, invented."""
from __future__ import annotations

import pytest

from tests.helpers import chatted

_FOOTBALL = "\n\n".join([
    "CÔNG ĐOÀN TRƯỜNG THCS HÒA BÌNH\nSố: 08/KH-CĐCS\nHòa Bình, ngày 02 tháng 3 năm 2027",
    "KẾ HOẠCH\nTổ chức Giải bóng đá mini nam năm 2027",
    "I. NỘI DUNG",
    "1. Thời gian: từ ngày 15/4/2027 đến ngày 17/4/2027.",
    "2. Địa điểm: sân bóng mini phường Tân Hòa.",
    "3. Các tổ công đoàn đăng ký đội bóng trước ngày 05/4/2027.\n"])

_TRIP = "\n\n".join([
    "CÔNG ĐOÀN CÔNG TY MAY HÒA BÌNH\nSố: 11/TB-CĐ\nHòa Bình, ngày 01 tháng 6 năm 2027",
    "THÔNG BÁO\nVề việc tổ chức tham quan cho đoàn viên năm 2027",
    "1. Thời gian: từ ngày 20/7/2027 đến ngày 22/7/2027.",
    "2. Nơi tham quan: Vịnh Hạ Long, tỉnh Quảng Ninh.",
    "3. Mỗi đoàn viên được công đoàn hỗ trợ 1.200.000 đồng; người thân đi cùng tự đóng tiền.\n"])

_HOUSING = "\n\n".join([
    "ỦY BAN NHÂN DÂN HUYỆN HÒA BÌNH\nSố: 30/QĐ-UBND\nHòa Bình, ngày 10 tháng 1 năm 2027",
    "QUYẾT ĐỊNH\nVề việc hỗ trợ sửa chữa nhà ở cho hộ nghèo",
    "Điều 1. Mức hỗ trợ: 25.000.000 đồng/hộ xây mới; 12.000.000 đồng/hộ sửa chữa nhà ở.\n"])


@pytest.fixture
def store(assistant, tmp_path):
    """The five plans and this file's three documents, loaded as one folder."""
    docs = {"kh08-bong-da.txt": _FOOTBALL, "tb11-tham-quan.txt": _TRIP, "qd30-nha-o.txt": _HOUSING}
    for name, text in docs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert not assistant.ingest([tmp_path]).failed
    return assistant


def test_a_new_topic_with_its_own_question_word_is_asked_as_it_stands(store):
    """Before, "đi tham quan ở đâu?" after "giải bóng đá tổ chức ở đâu?" (and a "còn …" turn) was read "… (tiếp theo câu
    hỏi: giải bóng đá tổ chức ở đâu?)": the football's words found the football's passages. (Which line of the
    notice states the place is the composer's: tests of answers.)"""
    *_, trip = chatted(store, "giải bóng đá tổ chức ở đâu?", "còn thời gian?", "đi tham quan ở đâu?")
    assert "tiếp theo" not in trip.question, trip.question
    assert trip.found and trip.citations[0].passage.doc_id == "tb11-tham-quan.txt", (trip.question, trip.answer)
    assert "sân bóng" not in trip.answer, trip.answer


def test_còn_asking_another_fact_goes_on_from_the_topic_just_asked(store):
    """Before, "còn được hỗ trợ bao nhiêu tiền?" after "đi tham quan ở đâu?" was asked alone and quoted the housing
    decision's amounts; it asks the trip's."""
    _, money = chatted(store, "đi tham quan ở đâu?", "còn được hỗ trợ bao nhiêu tiền?")
    assert "tham quan" in money.question, money.question
    assert money.found and "1.200.000" in money.answer.split("\n")[0], (money.question, money.answer)


def test_a_new_topic_then_thì_sao_without_còn_asks_the_same_of_it(store):
    """Before, "tham quan thì sao?" (no "còn") after "giải bóng đá tổ chức ngày nào?" was joined to that question,
    whose words found nothing the trip notice says; typed "còn tham quan thì sao?" it asked the trip's dates."""
    _, trip = chatted(store, "giải bóng đá tổ chức ngày nào?", "tham quan thì sao?")
    assert "tiếp theo" not in trip.question, trip.question
    assert trip.found and "20/7/2027" in trip.answer.split("\n")[0], (trip.question, trip.answer)


def test_the_day_in_the_old_topics_name_is_not_asked_of_the_new_one(store):
    """Before, "còn tham quan thì sao?" after "giải bóng đá chào mừng 26/3 diễn ra ngày nào?" was read "tham quan 26/3
    diễn ra ngày nào?": the football's day, which the trip notice does not hold, kept in the new question."""
    _, trip = chatted(store, "giải bóng đá chào mừng 26/3 diễn ra ngày nào?", "còn tham quan thì sao?")
    assert "26/3" not in trip.question, trip.question
    assert trip.found and "20/7/2027" in trip.answer.split("\n")[0], (trip.question, trip.answer)


def test_a_follow_up_naming_what_only_another_document_holds_is_not_kept_to_the_last_one(store):
    """Before, "còn người thân đi cùng thì sao?" after the football plan's dates stayed on the football plan, and the
    passages offered as maybe related were all the plan's, though only the trip notice speaks of relatives going."""
    _, then = chatted(store, "giải bóng đá tổ chức ngày nào?", "còn người thân đi cùng thì sao?")
    shown = [c.passage.doc_id for c in then.citations]
    assert shown and shown[0] == "tb11-tham-quan.txt", (then.question, shown)



def test_a_document_changed_is_read_anew_for_a_follow_ups_topic(store, tmp_path):
    """The words of the document talked about are kept for the next follow-up (Lexicon.words_of), not read whole on
    each; a new version of it is read anew: once the football plan no longer says relatives may come, "còn người thân
    đi cùng thì sao?" after its dates goes to the trip notice, as it does of the plan that never said so."""
    said = _FOOTBALL.replace("3. Các tổ", "3. Người thân đi cùng đoàn viên được vào sân cổ vũ miễn phí.\n4. Các tổ")
    (tmp_path / "kh08-bong-da.txt").write_text(said, encoding="utf-8")
    assert not store.ingest([tmp_path / "kh08-bong-da.txt"]).failed
    _, then = chatted(store, "giải bóng đá tổ chức ngày nào?", "còn người thân đi cùng thì sao?")
    assert [c.passage.doc_id for c in then.citations][:1] == ["kh08-bong-da.txt"], then.question  # its words kept
    (tmp_path / "kh08-bong-da.txt").write_text(_FOOTBALL, encoding="utf-8")
    assert not store.ingest([tmp_path / "kh08-bong-da.txt"]).failed
    _, then = chatted(store, "giải bóng đá tổ chức ngày nào?", "còn người thân đi cùng thì sao?")
    shown = [c.passage.doc_id for c in then.citations]
    assert shown and shown[0] == "tb11-tham-quan.txt", (then.question, shown)
