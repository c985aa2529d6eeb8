"""A chat of several short follow-ups keeps to the event asked about: "bao nhiêu đại biểu" counts of it (the unit counted
names no subject of its own), a chain longer than the turns the rewriter used to read goes on from what was asked, not
from a follow-up read alone, and "còn X thì sao?" after a follow-up naming a thing of the old event asks X what the
question before it asked. Document and wordings are this file's own, invented; asked through the terminal chat."""
from __future__ import annotations

from tests.helpers import assistant_fixture
from tests.test_chat_subject import chat, first_line

_NOTICE = "\n\n".join([
    "CÔNG ĐOÀN TRƯỜNG TIỂU HỌC HÒA BÌNH\nSố: 07/TB-CĐ\nNghệ An, ngày 02 tháng 9 năm 2027",
    "THÔNG BÁO\nVề việc tổ chức Đại hội Công đoàn trường và các hoạt động tháng 10 năm 2027",
    "1. Đại hội Công đoàn trường nhiệm kỳ 2027 - 2032 tổ chức ngày 20/9/2027 tại phòng đa năng, với 45 đại biểu "
    "chính thức.",
    "2. Hội thi cắm hoa chào mừng ngày 20/10\nThời gian: 14 giờ 30 ngày 19/10/2027.\nĐịa điểm: Nhà thi đấu của "
    "trường.\nGiải thưởng: giải Nhất 800.000 đồng; giải Nhì 500.000 đồng.",
    "3. Lễ tuyên dương giáo viên dạy giỏi\nThời gian: 7 giờ 15 ngày 25/10/2027.\nĐịa điểm: Sân trường.",
    "4. Các tổ công đoàn gửi hồ sơ đề nghị tuyên dương về Văn phòng công đoàn trước ngày 12/10/2027.",
    "5. Chế độ năm học 2027 - 2028\na) Tiền ăn trưa của giáo viên bán trú là 30.000 đồng/bữa, như năm học trước.\n"
    "b) Phụ cấp kiêm nhiệm của tổ trưởng công đoàn là 450.000 đồng/tháng, tăng 15% so với năm học trước.",
    "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nPhan Thị Lan\n"])

_RULES = "\n\n".join([
    "LIÊN ĐOÀN LAO ĐỘNG HUYỆN QUỲNH LƯU\nSố: 15/QC-LĐLĐ\nNghệ An, ngày 10 tháng 3 năm 2027",
    "QUY CHẾ\nTổ chức đại hội công đoàn cơ sở",
    "Điều 3. Đại biểu dự đại hội\n1. Đại biểu chính thức gồm ủy viên ban chấp hành đương nhiệm và đại biểu do các tổ "
    "công đoàn bầu.\n2. Đại biểu dự đại hội phải được đại hội thẩm tra và biểu quyết công nhận tư cách đại biểu.",
    "Điều 4. Số lượng đại biểu\nSố lượng đại biểu chính thức do ban chấp hành công đoàn cơ sở quyết định, bảo đảm cơ "
    "cấu hợp lý.",
    "Điều 5. Hồ sơ đại hội\nCông đoàn cơ sở gửi hồ sơ đại hội về Liên đoàn Lao động huyện trước ngày 30/4/2027.",
    "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nHồ Văn Tâm\n"])


school = assistant_fixture("tb07-hoat-dong.txt", _NOTICE, ("qc15-dai-hoi.txt", _RULES))


def test_how_many_delegates_counts_of_the_congress_asked_about(school):
    """Before, "đại biểu" counted as a topic of its own: "bao nhiêu đại biểu" was asked alone, not of the đại hội."""
    said = chat(school, "đại hội nhiệm kỳ 2027 - 2032 tổ chức ngày nào?", "bao nhiêu đại biểu")[-1]
    assert "Hiểu là: bao nhiêu đại biểu (tiếp theo câu hỏi: đại hội" in said, said
    assert "45 đại biểu" in first_line(said), said


def test_a_long_chain_of_follow_ups_goes_on_from_the_event_asked_about(school):
    """Before, the fifth message was read with the last three only, the first of them a follow-up read alone: "mấy giờ
    (tiếp theo câu hỏi: ở đâu)", refused; and "còn lễ tuyên dương thì sao?" was shown as "giải nhì bao nhiêu (tiếp theo
    câu hỏi: …)", a prize of the hội thi asked of the lễ. "ở đâu" is asked of the hội thi ("hội thi cắm hoa ở đâu?"),
    so "còn lễ tuyên dương thì sao" asks the lễ's place, the last thing asked of the event before the prize."""
    *_, other, hour = chat(school, "hội thi cắm hoa mấy giờ", "ở đâu", "giải nhì bao nhiêu",
                           "còn lễ tuyên dương thì sao", "mấy giờ")
    assert "giải nhì" not in other.split("Trợ lý: ")[0] and "Sân trường" in first_line(other), other
    assert "7 giờ 15" in first_line(hour), hour


def test_a_chain_goes_on_from_the_document_the_last_follow_up_named(school):
    """Before, "còn quy chế tổ chức đại hội?" after "ai ký thông báo 07?" was read "quy chế tổ chức đại hội theo thông
    báo 07??" (articles on delegates quoted, no signer), and "ký ngày nào?" then went on from the first question: the
    notice's date. A follow-up naming another document puts it in the place of the one named before, and each message
    goes on from the question answered last, as it was shown ("Hiểu là: …"), however long the chain."""
    signer, rules, when, back = chat(school, "ai ký thông báo 07?", "còn quy chế tổ chức đại hội?", "ký ngày nào?",
                                     "còn thông báo 07?")
    assert "Phan Thị Lan" in first_line(signer), signer
    assert "Hiểu là: ai ký quy chế tổ chức đại hội? (văn bản: QC 15" in rules and "Hồ Văn Tâm" in first_line(rules), rules
    dates = [said.split("Trợ lý: ", 1)[1].split("Nguồn:")[0] for said in (when, back)]
    assert "ngày 10 tháng 3 năm 2027" in dates[0] and "tháng 9" not in dates[0], when
    assert "ngày 02 tháng 9 năm 2027" in dates[1] and "tháng 3" not in dates[1], back


def test_còn_a_document_not_known_by_that_name_is_not_the_one_talked_about(school):
    """"quy chế 15" is a number search does not read as a document: "còn quy chế 15?" is asked of all the documents
    (each one's signer listed), not of the notice the conversation was about, whose signer would be a wrong answer."""
    _, rules = chat(school, "ai ký thông báo 07?", "còn quy chế 15?")
    assert "Hiểu là: ai ký quy chế 15?" in rules and "Hồ Văn Tâm" in rules.split("Nguồn:")[0], rules


def test_còn_a_fact_after_a_document_named_by_number_asks_it_of_that_document(school):
    """Before, "còn hạn gửi hồ sơ?" after "Thông báo 07 ai ký?" / "khi nào?" went on from the topic asked four turns
    back, joined to "quy chế này ai ký?" of it: answered from the quy chế (30/4/2027), pinned to it as the document
    the conversation was about. The document the last turn named comes first."""
    *_, deadline = chat(school, "đại biểu chính thức gồm những ai?", "quy chế này ai ký?", "ký ngày nào?",
                        "Thông báo 07 ai ký?", "khi nào?", "còn hạn gửi hồ sơ?")
    assert "Thông báo 07" in deadline.split("Trợ lý: ")[0], deadline
    assert "12/10/2027" in first_line(deadline) and "30/4/2027" not in deadline.split("Nguồn:")[0], deadline


def test_a_follow_up_goes_on_from_the_amount_asked_last_not_the_one_before(school):
    """Before, "còn phụ cấp kiêm nhiệm?" after "tiền ăn trưa bao nhiêu?" was read "phụ cấp kiêm nhiệm (tiếp theo câu
    hỏi: tiền ăn trưa …)", and "tang bao nhieu %?" then went on from the lunch: "không đề cập tỷ lệ phần trăm"."""
    _, allowance, rise = chat(school, "tiền ăn trưa giáo viên bán trú bao nhiêu?", "còn phụ cấp kiêm nhiệm?",
                              "tang bao nhieu %?")
    assert "450.000" in first_line(allowance) and "30.000" not in first_line(allowance), allowance
    assert "phụ cấp kiêm nhiệm" in rise.split("Trợ lý: ")[0] and "15%" in first_line(rise), rise


def test_a_document_named_by_its_own_words_is_asked_of_not_the_one_talked_about(school):
    """Before, "quy chế đại hội ai ký?" after "Thông báo 07 ai ký?" was asked of the notice ("Hiểu là: … (văn bản: TB
    07 …)"): the notice's signer given as the rules'. A question naming its own document (kind and title words) is
    asked as it stands, as `troly ask` reads it — here too few words of the title to tell: each signer listed, the
    rules' among them; named by more of its title, the rules', and their date after."""
    _, short = chat(school, "Thông báo 07 ai ký?", "quy chế đại hội ai ký?")
    assert "TB 07" not in short.split("Trợ lý: ")[0] and "Hồ Văn Tâm" in short.split("Nguồn:")[0], short
    _, rules, when = chat(school, "Thông báo 07 ai ký?", "quy chế tổ chức đại hội ai ký?", "ký ngày nào?")
    assert "Hồ Văn Tâm" in first_line(rules) and "Phan Thị Lan" not in rules.split("Nguồn:")[0], rules
    assert "10 tháng 3 năm 2027" in when.split("Nguồn:")[0], when
